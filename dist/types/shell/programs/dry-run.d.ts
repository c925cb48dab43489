export interface DryRunSpec {
    /** Long option names (without `--`) that turn the dry run on. */
    long: string[];
    /** Short letters that turn it on (`-n`), alone or in a cluster (`-avn`). */
    short?: string;
    /** `--no-NAME` turns it off (git's parse-options, even abbreviated: `--no-dry`). */
    negatable?: boolean;
    /** Short letters that take a value: the rest of their cluster, or the next word, is that value. */
    shortValues?: string;
    /** Long options that take a value as the next word when written without `=`. */
    longValues?: string[];
    /**
     * Long options known to take no value. Before a dry-run spelling, any other
     * long option written without `=` might take it as its value: then it is no dry run.
     */
    longFlags?: string[];
}
export interface DryRunEntry {
    /** The option is resolved by the canonical form (kubectl, helm, aws): see ../canonical.ts. */
    canonical?: true;
    /** Per subcommand (the first word after the program's global options). */
    subcommands?: Record<string, DryRunSpec>;
    /** For every invocation. */
    all?: DryRunSpec;
    /** Global options before the subcommand that take a value (`git -C DIR`). */
    globalValues?: string[];
}
export declare const DRY_RUN: Record<string, DryRunEntry>;
