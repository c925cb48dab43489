/** glob.ts's NOT_OPTION_DASH (not imported: glob.ts imports this file); a test keeps the two equal. */
export declare const NOT_OPTION_DASH = "\uE002";
export interface LinearGlob {
    /** Segments between `*` runs; the first is anchored at the start unless `leadingStar`, the last at the end unless `trailingStar`. */
    segments: Segment[];
    leadingStar: boolean;
    trailingStar: boolean;
}
interface Segment {
    length: number;
    /** Plain text: matched with startsWith / indexOf / endsWith. */
    literal?: string;
    /** Otherwise one entry per position: a code unit, ANY_CHARACTER or EITHER_DASH_CODE. */
    codes?: Int32Array;
}
/**
 * Parses a brace-free alternative into a linear matcher, or null when the
 * pattern uses anything beyond literals, `?` and `*`.
 */
export declare function parseLinearGlob(alternative: string): LinearGlob | null;
/**
 * True when the glob matches the whole text. Texts picomatch treats specially
 * (empty, `.`, `..`) must be tested with the regex instead: see `needsRegex`.
 */
export declare function linearMatch(glob: LinearGlob, text: string): boolean;
/** picomatch's regex refuses these for patterns that start with a wildcard; the linear matcher does not know that rule. */
export declare function needsRegex(text: string): boolean;
export {};
