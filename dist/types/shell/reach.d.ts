import type { ReadFilters } from './programs/recursive-reads.js';
export declare function globsIntersect(a: string, b: string): boolean | null;
/**
 * A path pattern made ready to judge recursive reads with, kept with the
 * policy's pattern: its brace alternatives split into segments, and each
 * segment's RegExp once it is first needed. (The policy's patterns are few and
 * fixed; the folders and filters judged against them come from commands and
 * are never kept.)
 */
export declare class PathReach {
    private readonly expanded;
    /** Made on first use: a caller may only ever ask one of the two questions. */
    private reachAlternatives?;
    private coverAlternatives?;
    constructor(pattern: string);
    /**
     * Can a recursive read of `dir` with these filters reach a path the pattern
     * matches? True when unsure. `dir` itself is matched by the caller.
     */
    reaches(dir: string, filters: ReadFilters): boolean;
    /**
     * Does the pattern match every path a recursive read of `dir` can reach? Only
     * plain shapes are recognised: `**`, `PREFIX/**` with PREFIX matching `dir` or a
     * folder above it, and `NAME` (or `**\/NAME`) when every file the read's
     * includes let through is matched by NAME. Symbolic links followed may lead
     * anywhere: then nothing covers the read.
     */
    covers(dir: string, filters: ReadFilters): boolean;
}
