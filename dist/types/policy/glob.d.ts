import type { CompiledPattern } from '../types.js';
export declare class GlobError extends Error {
}
/** Splits `a{b,c}d` into `abd`, `acd`; nested braces and `\` escapes respected. Groups with no top-level comma (`{1..3}`, `{x}`) stay for picomatch. */
export declare function expandBraces(pattern: string): string[];
/** A glob where `*` matches anything, `/` and spaces included. */
export declare function compileTextGlob(pattern: string): CompiledPattern;
/** Text as text globs see it: `/` becomes the stand-in character. */
export declare function toGlobText(text: string): string;
/** A path glob with .gitignore-like base-name matching for alternatives without `/`. */
export declare function compilePathGlob(pattern: string): CompiledPattern;
/** True when the glob uses any wildcard at all (lint: an exact command pattern is rarely meant). */
export declare function hasWildcard(pattern: string): boolean;
