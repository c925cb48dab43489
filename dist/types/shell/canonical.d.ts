export declare function isCanonicalisedTool(name: string): boolean;
/** What a canonical word is, for option-literal matching: a real option of the tool, or not. */
export type WordKind = 'option' | 'other';
export type CanonicalResult = {
    words: string[];
    kinds?: WordKind[];
} | {
    opaque: string;
    words: string[];
    kinds?: WordKind[];
};
/** Environment variables any canonicalised tool reads: setting one (inline or exported) changes what it does. */
export declare const TOOL_ENVIRONMENT: Set<string>;
export declare const TOOL_ENVIRONMENT_OPAQUE: RegExp;
/**
 * Canonical argument list for `tool args…`, or an opaque reason when the
 * subcommand cannot be told apart from an option value (an unknown option
 * written before it). Options resolve as the tool resolves them: the last value
 * of a repeated option wins, boolean spellings and `--no-` negations apply, and
 * options set by the environment (`env`: NAME → value) count unless a flag
 * overrides them.
 */
export declare function canonicalise(tool: string, args: string[], env?: Record<string, string>, notes?: string[]): CanonicalResult;
