import type { FileAction, NetworkAction } from '../types.js';
import { type OptionSpec } from './options.js';
import { type ReadFilters } from './programs/recursive-reads.js';
import { type WorkingDirectory } from './working-directory.js';
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
/**
 * The targets as seen from the folders the command runs in: a relative path is
 * taken from each folder (one target per folder); from an unknown folder it is
 * opaque and outside the repository, whatever its text.
 */
export declare function fromFolders(targets: ImpliedTarget[], dirs: WorkingDirectory[]): ImpliedTarget[];
/** A folder read with everything under it that passes the tool's filters. */
export declare function recursiveRead(word: Word, filters: ReadFilters): ImpliedTarget[];
/** A folder written with everything under it (an archive extracted, a tree copied in). */
export declare function recursiveWrite(word: Word): ImpliedTarget[];
export declare function fileRead(word: Word): ImpliedTarget[];
export declare function fileWrite(word: Word): ImpliedTarget[];
export declare function networkTo(word: Word, destination?: string): ImpliedTarget;
export declare const SSH: OptionSpec;
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
