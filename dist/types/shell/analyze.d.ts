import type { FileAction, NetworkAction } from '../types.js';
import type { ReadFilters } from './programs/recursive-reads.js';
import { type WorkingDirectory } from './working-directory.js';
import { type Word } from './words.js';
export interface SimpleCommand {
    /** Canonical text matched against `command` patterns. */
    text: string;
    /** The command as written in the source. */
    raw: string;
    /**
     * The text as allow patterns see it, when it differs: each `-` that is not part
     * of a real option's name is a stand-in, so `*--dry-run*` cannot be satisfied by
     * `--cache-dir=/tmp/--dry-run`, a quoted argument, a URL or a word after `--`.
     */
    allowText?: string;
    /** Other spellings of allowText with the same meaning (`rsync -avn` as `rsync -av --dry-run`): allow patterns are tried on them too. */
    allowForms?: string[];
    /** The words the program receives, as far as known before run time (the program as its name). */
    argv?: string[];
    /** Set when the command cannot be resolved statically: why. */
    opaque?: string;
    /** Wrappers looked through to reach this command, outermost first (`sudo`, `env`…). */
    wrappers?: string[];
    /**
     * The text the command would have if its program were the system tool of that
     * name (`./terraform apply` → `terraform apply`): deny and approval rules are
     * tried on it too, allow rules never (the file is not that tool).
     */
    judgedAs?: string;
    /**
     * Set on a command opaque only because of words computed at run time, when its
     * program's arguments are inert: the text every run of it starts with. An
     * allow pattern `PREFIX*` covering it may allow it (the engine decides, once).
     */
    knownPrefix?: string;
    /** knownPrefix as allow patterns see it (real options only keep their `-`). */
    knownAllowPrefix?: string;
    /** Inline assignments the program reads (`HELM_NAMESPACE=prod helm …`): shown by explain. */
    env?: Record<string, string>;
    /**
     * Every folder the program may run in, when that is not surely the repository
     * root: after `cd`/`pushd` in the script and its own folder options (`git -C`,
     * `make -C`, `terraform -chdir`, `env -C`, `sudo -D`). More than one when a
     * `cd` before it may have failed (`cd x; cmd`). Its relative paths are taken
     * from these (see working-directory.ts for resolving one).
     */
    cwd?: WorkingDirectory[];
}
export interface ImpliedAction {
    action: FileAction | NetworkAction;
    /** Canonical text of the simple command that implies it. */
    via: string;
    /** Set when the path or destination is only known at run time (a variable, a glob): why. */
    opaque?: string;
    /** A file the tool reads as its own input (`-var-file`, helm `-f`): judged by deny and approval rules only. */
    ownInput?: string;
    /** The path is a folder read or written with everything under it: judged for every file it can reach. */
    recursive?: ReadFilters;
    /** The path is relative to a folder known only at run time: why. Never a repository path. */
    outside?: string;
}
export interface ShellAnalysis {
    commands: SimpleCommand[];
    implied: ImpliedAction[];
}
/** Scripts inside scripts (`bash -c "sh -c '…'"`) deeper than this are opaque. */
export declare const MAX_NESTING = 8;
/** Leads the text of a command that could not be parsed: only a rule naming it can allow it. */
export declare const UNPARSABLE = "[unparsable]";
/**
 * Readies shell analysis. With the commands to be analysed, loads tree-sitter's
 * wasm (17–27 ms) only when one of them (or a script inside one: `bash -c '…'`)
 * needs it, found by analysing them once; without, always: a caller that cannot
 * know its commands must not meet an unloaded parser.
 */
export declare function prepareShellAnalysis(commands?: readonly string[]): Promise<void>;
export declare function analyzeShellCommand(command: string): ShellAnalysis;
/** The same analysis, always through the parser: what the fast path must equal (tests compare the two). */
export declare function analyzeShellCommandParsed(command: string): ShellAnalysis;
/**
 * A fast path for the commonest input, a plain `program arg arg`: its words
 * without running the parser, or null when the line needs the parser (one pass
 * over the characters).
 */
export declare function plainWords(command: string): {
    words: Word[];
    raw: string;
} | null;
