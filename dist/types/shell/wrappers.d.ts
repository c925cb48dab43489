import type { Word } from './words.js';
export type Unwrapped = 
/**
 * The wrapper runs these words as a command. `extraArgs` says why more arguments come at run time;
 * `chdir` is the folder it runs the command in (`env -C DIR`, `sudo -D DIR`), taken from the shell's;
 * `reads` are files the wrapper itself reads (`xargs -a FILE`: their words become arguments).
 */
{
    kind: 'command';
    words: Word[];
    extraArgs?: string;
    chdir?: Word;
    reads?: Word[];
}
/** The words, joined with spaces, are a shell script. */
 | {
    kind: 'script';
    words: Word[];
}
/** The wrapper runs no other command (`sudo -l`, `env` alone): judge it as it is. */
 | {
    kind: 'self';
}
/** Nothing runs (`exec 3>file` only changes redirections). */
 | {
    kind: 'none';
} | {
    kind: 'opaque';
    reason: string;
};
/**
 * Variables that change what later commands run or how they behave as programs:
 * setting them (inline or with `export`) makes the affected command opaque.
 * HOME and XDG_CONFIG_HOME are where tools read their configuration (git's
 * aliases and pager, kubeconfig, AWS credentials) and what `~` means; CDPATH
 * and OLDPWD are where `cd NAME` and `cd -` go.
 */
export declare const SENSITIVE_VARIABLE: RegExp;
export declare const SHELLS: Set<string>;
/** Looks through a wrapper; `null` when `name` is not one. */
export declare function unwrap(name: string, args: Word[]): Unwrapped | null;
export type ShellRun = {
    kind: 'script';
    script: Word;
} | {
    kind: 'stdin';
} | {
    kind: 'file';
    file: Word;
} | {
    kind: 'opaque';
    reason: string;
};
/** What a shell invocation runs: a `-c` script, a script file, or standard input. */
export declare function shellRun(name: string, args: Word[]): ShellRun;
/** `su [opts] [-] [user] -c CMD`: the command, or why it is unknown. */
export declare function suCommand(args: Word[]): Word | string;
/** Inline code for an interpreter (`python -c`, `node -e`): a reason when present. */
export declare function inlineCodeReason(name: string, args: Word[]): string | null;
/** awk programs can run commands (`system()`, `| getline`, `print | "cmd"`) and read or write files (`getline < f`, `print > f`). */
export declare function awkReason(args: Word[]): string | null;
/** git options that make git run another program. */
export declare function gitReason(args: Word[]): string | null;
export interface RemoteRun {
    /** Argument vector run directly (docker exec, kubectl exec). */
    argv?: Word[];
    /** Words joined into a script for the remote shell (ssh). */
    script?: Word[];
    opaque?: string;
}
/** The command `ssh`, `docker exec` or `kubectl exec` runs elsewhere; `null` when there is none. */
export declare function remoteRun(name: string, args: Word[]): RemoteRun | null;
