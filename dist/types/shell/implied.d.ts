import type { FileAction, NetworkAction } from '../types.js';
import { type OptionSpec } from './options.js';
import { type ReadFilters } from './programs/recursive-reads.js';
import type { Word } from './words.js';
export interface ImpliedTarget {
    action: FileAction | NetworkAction;
    /** Set when the path or destination is only known at run time: why. */
    opaque?: string;
    /** The tool reads the file as its own input: only deny and approval rules judge it (see ImpliedAction). */
    ownInput?: string;
    /** The path is a folder read (or written) with everything under it: judged for every file it can reach (shell/reach.ts). */
    recursive?: ReadFilters;
    /** The path is relative to a folder known only at run time: why. It is not a repository path. */
    outside?: string;
}
/** No targets: shared and frozen, what a program without a table implies (no array is made for it). */
export declare const NO_TARGETS: ImpliedTarget[];
/** A folder read with everything under it that passes the tool's filters. */
export declare function recursiveRead(word: Word, filters: ReadFilters): ImpliedTarget[];
/** A folder written with everything under it (an archive extracted, a tree copied in). */
export declare function recursiveWrite(word: Word): ImpliedTarget[];
export declare function fileRead(word: Word): ImpliedTarget[];
export declare function fileWrite(word: Word): ImpliedTarget[];
export declare function networkTo(word: Word, destination?: string): ImpliedTarget;
export declare const SSH: OptionSpec;
export declare const SED: OptionSpec;
export declare const AWK: OptionSpec;
/** Implied actions of `name args…` (name already reduced to the program's base name). */
export declare function impliedActions(name: string, args: Word[]): ImpliedTarget[];
/**
 * `find START… TESTS -exec CMD {} ;`: the folders the found files lie under and
 * what narrows them (a conjunction of `-name`/`! -name` tests; anything with
 * `-o`, `(`, `,` or `-path` narrows nothing here).
 */
export declare function findReach(args: Word[]): {
    starts: Word[];
    filters: ReadFilters;
};
/** What a sed script does besides editing the stream: files its r/R/w/W commands and `s///w` flags name, and why it is not followed. */
export interface SedScript {
    reads: string[];
    writes: string[];
    /** `e`, `s///e` (runs a command), or text this reader does not know: why. */
    opaque?: string;
}
/**
 * Reads a sed script command by command (GNU sed's syntax): addresses, `{ }`,
 * `s` and `y` with their delimiters, text commands, labels, and the commands
 * that take a file name (to the end of the line). Anything else it does not
 * know makes the script opaque, so a command it misreads is never a silent one.
 */
export declare function sedScript(script: string): SedScript;
