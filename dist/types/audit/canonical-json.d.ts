/** A value `canonicalJson` refused, with the path of the offending part (`$.action.raw`). */
export declare class CanonicalJsonError extends Error {
    readonly path: string;
    readonly problem: string;
    constructor(path: string, problem: string);
}
/** The RFC 8785 canonical JSON text of `value`. Throws CanonicalJsonError for non-I-JSON input. */
export declare function canonicalJson(value: unknown): string;
