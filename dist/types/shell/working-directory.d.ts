import type { ShellNode as Node } from './bash-parser/node.js';
import { type Word } from './words.js';
/**
 * A folder a command may run in. `path` is repository-relative (`.` is the
 * root, `infra/k8s`; a `../` start escapes the repository), absolute (`/etc`)
 * or under a home folder (`~`, `~/x`, `~deploy/x`). `unknown` says why the
 * folder is known only at run time.
 */
export type WorkingDirectory = {
    path: string;
} | {
    unknown: string;
};
export declare const REPOSITORY_ROOT: WorkingDirectory;
/** True for a folder that is not inside the repository (or cannot be known to be). */
export declare function isOutsideDirectory(dir: WorkingDirectory): boolean;
/** The text of a word with a leading `$HOME` written as `~`, when nothing else in it is computed; null otherwise. */
export declare function homeRelative(word: Word): string | null;
/** Normal form of a `~` path: `~/a/../b` → `~/b`; a `..` above the home folder stays (`~/../x`, outside anyway). */
export declare function normalizeHomePath(path: string): string;
/**
 * `path` as written in a command that runs in `dir`: a repository-relative,
 * absolute or `~` path, or unknown when `dir` is.
 */
export declare function resolveIn(dir: WorkingDirectory, path: string): WorkingDirectory;
/**
 * A relative path posix.normalize leaves as it is: names between single slashes,
 * none of them `.` or `..`, no slash first or last (`infra`, `services/svc-2`).
 * Its callers take a `~` first as a home path before asking.
 */
export declare function isPlainRelative(path: string): boolean;
/** The path a relative path names from `dir`, written for the engine (which normalises it against the root). */
export declare function pathFrom(dir: WorkingDirectory, path: string): string | null;
export declare function sameDirectory(a: WorkingDirectory, b: WorkingDirectory): boolean;
/** One state the shell may be in. */
export interface Place {
    cwd: WorkingDirectory;
    /** `$OLDPWD`, where `cd -` goes: unknown at the start (inherited). */
    old: WorkingDirectory;
    /** The `pushd` stack below the current folder (empty at the start of a shell). */
    stack: WorkingDirectory[];
    /** CDPATH (or `shopt -s cdable_vars`) was set: `cd NAME` may go to a folder elsewhere. */
    cdpath?: boolean;
    /** HOME was set: `cd` alone and `~` go elsewhere. */
    home?: boolean;
}
export declare function startingPlace(cwd?: WorkingDirectory): Place;
export declare function directoriesOf(root: Node, initial: Place[]): Map<number, Place[]>;
/**
 * Whether a script could move the shell at all, in one linear pass over its
 * text: a word that is a moving builtin however spelled, an octal or hex escape,
 * a `.`, `$`, backquote or glob where a command starts, a function definition,
 * or CDPATH, OLDPWD, HOME. Other scripts are not walked (the walk costs about
 * half a parse). The text is cut into runs of operator characters (`;&|()!`,
 * backquote, newline) and words between blanks; a word `{` or `}` counts as an
 * operator.
 */
export declare function mayMove(source: string): boolean;
/** The distinct folders of a set of places. */
export declare function foldersOf(places: Place[]): WorkingDirectory[];
/** The folders a command runs in after its own folder options (`git -C a -C b`, `env -C dir`), from each folder it starts in. */
export declare function enterFolders(dirs: WorkingDirectory[], words: Word[]): WorkingDirectory[];
/** True when the command surely runs at the repository root. */
export declare function atRoot(dirs: WorkingDirectory[]): boolean;
