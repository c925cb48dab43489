export type Effect = 
/** The value is a command or script the program runs. */
'runs'
/** The value is a file the program reads. */
 | 'reads'
/** The value is the tool's own input (var files, values files): a read only deny and approval rules judge. */
 | 'reads-input'
/** The value is a file the program writes (or deletes). */
 | 'writes'
/** The value is a host or URL the program connects to. */
 | 'reaches'
/** The option itself (no value) writes or deletes the files the program visits. */
 | 'writes-operands'
/** The value is a folder the program writes files under (`helm template --output-dir`). */
 | 'writes-under'
/** The value is the tool's own output file (`terraform plan -out`): a write only deny and approval rules judge, in the repository. */
 | 'writes-output'
/** The value is a folder (or URL) whose files are copied into the working folder (`terraform init -from-module=DIR`). */
 | 'copies-in';
export interface SideEffectTable {
    /** Options that take a value: `--name VALUE`, `--name=VALUE`, `-x VALUE`, `-xVALUE`. */
    values: string[];
    /** Option → what it does. */
    effects: Record<string, Effect>;
    /** Options are written `-name` with one dash (find, make's -f is still short). */
    singleDash?: boolean;
    /** Only for these subcommands (first operand), when the table is about one (`git difftool`). */
    subcommands?: string[];
    /** Values with these prefixes are files read (`file://x`, `fileb://x`, `@x`). */
    filePrefixes?: string[];
    /**
     * Rows that apply only under one subcommand (the first operand after the
     * program's global options), merged over `values` and `effects`.
     */
    bySubcommand?: Record<string, {
        values: string[];
        effects: Record<string, Effect>;
    }>;
    /** Global options before the subcommand that take the next word (`git -C DIR`). */
    globalValues?: string[];
    /** Operands that are URLs are fetched (`helm install web oci://host/chart`): a network.request each. */
    urlOperands?: boolean;
    /** Options whose value is `KEY=FILE` (helm `--set-file name=path`). */
    keyedFiles?: string[];
    /** Options end at the first operand (wrappers: what follows is the command they run). */
    stopAtOperand?: boolean;
    /**
     * Options whose value is either a file or a `KEY=VALUE` setting
     * (`terraform init -backend-config=address=http://…`): a setting reads no
     * file, and a URL in it is a host reached.
     */
    settingOrFile?: string[];
}
export declare const SIDE_EFFECTS: Record<string, SideEffectTable>;
/** `-o ProxyCommand=…` and the like: option values that are themselves commands. */
export declare function optionValueRuns(program: string, option: string, value: string): boolean;
/**
 * Programs that run their arguments (or a program named in them) in ways the
 * analysis does not follow: whatever they run is not what an allow rule for
 * them meant, so they are opaque.
 */
export declare const RUNS_ITS_ARGUMENTS: Record<string, string>;
/** `docker run IMAGE CMD`, `go run`, `cargo run`…: subcommands that run code. */
export declare function runsCodeSubcommand(program: string, args: string[]): string | null;
