export interface InertArguments {
    /** How many leading arguments must be literal (and not options) first; 0 when any word is inert. */
    firstLiteral: number;
}
export declare const INERT_ARGUMENTS: Record<string, InertArguments>;
/**
 * Subcommands whose operands are inert names (Kubernetes resources): never a
 * file, a host or a program. (git log/diff/show are not: their path operands
 * print files, see ../option-effects.ts.) A computed operand of one (`kubectl get pods web-*`, `kubectl describe "pod/$P"`)
 * cannot change what runs, provided it cannot be an option (../open-end.ts):
 * options are where these tools' side effects live (`--kubeconfig`,
 * `-o go-template-file=`, `--output=`).
 */
export declare const INERT_OPERANDS: Record<string, Set<string>>;
