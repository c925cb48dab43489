import type { Action, FileChange } from '../types.js';
export interface ChangedFile {
    change: FileChange;
    path: string;
    /** For renames and copies: the name before. */
    from?: string;
    /** Blob id at HEAD (absent for deletions). */
    blob?: string;
    /** Git file mode at HEAD, e.g. `100644`, `120000` (symlink), `160000` (submodule). */
    mode?: string;
    /** Blob id and mode at the merge base (absent for additions). */
    oldBlob?: string;
    oldMode?: string;
}
export interface DiffRange {
    base: string;
    head: string;
}
/** `BASE...HEAD` (or `BASE..HEAD`, treated the same: a PR is judged from the merge base). */
export declare function parseDiffRange(range: string): DiffRange;
/** Parses `git diff --raw -z --no-abbrev` output. Pure, for tests and reuse. */
export declare function parseRawDiff(output: string): ChangedFile[];
/** One `file.write` per name a change touches: a rename writes both names. */
export declare function fileChangeActions(files: ChangedFile[]): Action[];
export interface PrDiff {
    mergeBase: string;
    head: string;
    files: ChangedFile[];
}
/** Lists the files changed between the merge base of `range.base` and `range.head`. */
export declare function readPrDiff(repoDir: string, range: DiffRange): Promise<PrDiff>;
/** Reads blobs by id with one `git cat-file --batch` process. */
export declare function readBlobs(repoDir: string, ids: string[]): Promise<Map<string, Buffer>>;
