export declare function isCanonicalisedTool(name: string): boolean;
/**
 * A canonical form. For a tool with an option table its real options are the
 * words from `optionsStart` up to `optionsEnd` (they are written together, after
 * the operands): what option-literal matching needs to know of each word.
 * Without `optionsStart` (no table, or opaque) the words are a new list of the
 * tool and its arguments exactly as given (emit keeps that list as the argv).
 */
export type CanonicalResult = {
    words: string[];
    optionsStart?: number;
    optionsEnd?: number;
} | {
    opaque: string;
    words: string[];
    optionsStart?: number;
    optionsEnd?: number;
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
