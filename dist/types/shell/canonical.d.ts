export declare function isCanonicalisedTool(name: string): boolean;
export type CanonicalResult = {
    words: string[];
} | {
    opaque: string;
    words: string[];
};
/**
 * Canonical argument list for `tool args…`, or an opaque reason when the
 * subcommand cannot be told apart from an option value (an unknown option
 * written before it).
 */
export declare function canonicalise(tool: string, args: string[]): CanonicalResult;
