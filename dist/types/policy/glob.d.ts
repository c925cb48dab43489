import type { CompiledPattern } from '../types.js';
/**
 * Stands in for a `-` of a command word that is not a real option (an option's
 * value, an operand, a quoted argument, anything after `--`) in the text allow
 * patterns see. A pattern's option-like literal (`--dry-run`, `-auto-approve`,
 * `--namespace=dev`) is compiled to match only a real `-`, so it is satisfied
 * only by a real option; every other `-` of a pattern matches either.
 */
export declare const NOT_OPTION_DASH = "\uE002";
/** The text of a word that is not a real option, as allow patterns see it. */
export declare function notOption(word: string): string;
/** An option word as allow patterns see it: its name is an option, its `=value` is not. */
export declare function asOption(word: string): string;
export declare class GlobError extends Error {
}
/** Splits `a{b,c}d` into `abd`, `acd` and `a{1..3}` into `a1`, `a2`, `a3`; nested braces and `\` escapes respected. Other groups with no top-level comma (`{x}`) stay for picomatch. */
export declare function expandBraces(pattern: string): string[];
/** picomatch's regex for a text glob, for texts made with toGlobText: what the linear matcher must agree with (tests). */
export declare function textGlobRegex(pattern: string): RegExp;
/** A glob where `*` matches anything, `/` and spaces included. */
export declare function compileTextGlob(pattern: string): CompiledPattern;
/** Text as text globs see it: `/` becomes the stand-in character. */
export declare function toGlobText(text: string): string;
/** A path glob with .gitignore-like base-name matching for alternatives without `/`. */
export declare function compilePathGlob(pattern: string): CompiledPattern;
/** True when the glob uses any wildcard at all (lint: an exact command pattern is rarely meant). */
export declare function hasWildcard(pattern: string): boolean;
