import type { ReadFilters } from './programs/recursive-reads.js';
export declare function globsIntersect(a: string, b: string): boolean | null;
/**
 * Can a recursive read of `dir` with these filters reach a path the pattern
 * matches? True when unsure. `dir` itself is matched by the caller.
 */
export declare function patternReaches(pattern: string, dir: string, filters: ReadFilters): boolean;
/**
 * Does the pattern match every path a recursive read of `dir` can reach? Only
 * plain shapes are recognised: `**`, `PREFIX/**` with PREFIX matching `dir` or a
 * folder above it, and `NAME` (or `**\/NAME`) when every file the read's
 * includes let through is matched by NAME. Symbolic links followed may lead
 * anywhere: then nothing covers the read.
 */
export declare function patternCovers(pattern: string, dir: string, filters: ReadFilters): boolean;
