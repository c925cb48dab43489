import type { ParsedArgs } from '../options.js';
/** What a recursive read skips and follows. Globs are matched against base names, as the tools do. */
export interface ReadFilters {
    /** A file is read only when its base name matches one of these (empty or unset: any file). */
    include?: string[];
    /** A file whose base name matches one of these is skipped. */
    exclude?: string[];
    /** A folder whose base name matches one of these is not entered. */
    excludeDir?: string[];
    /** Hidden files and folders (a name starting with `.`) are skipped. */
    skipsHidden?: boolean;
    /** Symbolic links are followed: what is read may lie anywhere, inside the repository or not. */
    followsLinks?: boolean;
    /** Only the files directly in the folder, none in its subfolders (`split FILE dir/part-` writes dir/part-aa…). */
    flat?: boolean;
}
export interface RecursiveReader {
    /** The tool always reads recursively, or only with one of these options (names as parsed, without dashes). */
    recursive: 'always' | string[];
    /** Option values that are base-name globs of files to read. */
    include?: string[];
    /** Option values that are base-name globs of files to skip. */
    exclude?: string[];
    /** Option values that are base-name globs of folders to skip. */
    excludeDir?: string[];
    /** Options whose value skips files and folders alike (tar --exclude, diff -x). */
    excludeBoth?: string[];
    /** ripgrep's `-g GLOB` / `-g !GLOB`: include or, with `!`, exclude. */
    globs?: string[];
    /** ripgrep's `-t TYPE` / `-T TYPE`: file types (see FILE_TYPES). */
    types?: string[];
    typesNot?: string[];
    /** Hidden files are skipped unless one of these options is given (a repeated option counts once per time). */
    hiddenUnless?: {
        option: string;
        times?: number;
    }[];
    /** Symbolic links are followed always, or with one of these options. */
    follows?: 'always' | string[];
    /** …unless one of these options is given (zip -y stores links as links). */
    followsUnless?: string[];
    /** An include given together with these options no longer limits what is read (rsync: includes only undo excludes). */
    excludesIgnoredWith?: string[];
    /** Globs the tool matches against whole paths, where `*` also crosses `/` (zip): only `*NAME` globs read as base names. */
    wholePathGlobs?: boolean;
    /**
     * GNU grep: among --include and --exclude the last one matching a name wins, and a
     * name matching none is read unless the first of them is an --include. So an
     * --include narrows only when it comes first, and an --exclude only when no
     * --include follows it.
     */
    lastMatchWins?: boolean;
}
export declare const RECURSIVE_READERS: Record<string, RecursiveReader>;
/** ripgrep's file types the analysis knows (`rg -t tf`); an unknown type does not narrow the read. */
export declare const FILE_TYPES: Record<string, string[]>;
/**
 * Whether `program` (already reduced to its base name) reads recursively with
 * these options, and what narrows the read; null when it does not.
 */
export declare function recursiveFilters(program: string, parsed: ParsedArgs): ReadFilters | null;
