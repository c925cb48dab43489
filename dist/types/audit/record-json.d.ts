/** The members before and after `hash` (without braces), or null when the record is not one this file writes. */
export interface RecordHalves {
    before: string;
    after: string;
}
/**
 * The record's canonical members split at `hash` (which the record must not
 * have when `sealed` is false, and must have when it is true), or null.
 */
export declare function recordHalves(record: object, sealed: boolean): RecordHalves | null;
/** The hash pre-image: the canonical JSON of the record without `hash`. */
export declare function preimageOf(halves: RecordHalves): string;
/** The record line: the canonical JSON of the record with its `hash` (a well-formed string: a hex digest). */
export declare function lineOf(halves: RecordHalves, hash: string): string;
/** The canonical line of a sealed record, or null when it is not one this file writes. */
export declare function sealedLine(record: object): string | null;
