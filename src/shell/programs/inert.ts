// Programs whose arguments are inert: whatever words they receive, they run
// nothing, write nothing, reach no host and read no file a policy protects. A
// word computed at run time (`echo "$f"`, `… | xargs -n1 echo`) then cannot
// change what an allow pattern ending in `*` means (see "No false denials" in the
// README), so such a command need not be opaque to an allow pattern like `echo *`.
//
// `firstLiteral`: the words that must be literal before a computed word cannot
// be taken as an option (`printf -v NAME` assigns a variable; after a literal
// format, every word is data).
import { lookupTable } from '../options.js';

export interface InertArguments {
  /** How many leading arguments must be literal (and not options) first; 0 when any word is inert. */
  firstLiteral: number;
}

export const INERT_ARGUMENTS: Record<string, InertArguments> = lookupTable({
  echo: { firstLiteral: 0 },
  // ls implies no file action whatever it is given: a computed word can do no more than a written one.
  ls: { firstLiteral: 0 },
  printf: { firstLiteral: 1 },
  true: { firstLiteral: 0 },
  false: { firstLiteral: 0 },
  ':': { firstLiteral: 0 },
  sleep: { firstLiteral: 0 },
  basename: { firstLiteral: 0 },
  dirname: { firstLiteral: 0 },
  seq: { firstLiteral: 0 },
});

/**
 * Subcommands whose operands are inert names (Kubernetes resources): never a
 * file, a host or a program. (git log/diff/show are not: their path operands
 * print files, see ../option-effects.ts.) A computed operand of one (`kubectl get pods web-*`, `kubectl describe "pod/$P"`)
 * cannot change what runs, provided it cannot be an option (../open-end.ts):
 * options are where these tools' side effects live (`--kubeconfig`,
 * `-o go-template-file=`, `--output=`).
 */
export const INERT_OPERANDS: Record<string, Set<string>> = lookupTable({
  kubectl: new Set(['get', 'describe', 'explain', 'logs', 'top', 'api-resources', 'api-versions']),
});
