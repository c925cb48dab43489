/** The members before and after `hash` (without braces), or null when the record is not one this file writes. */
export interface RecordHalves {
    before: string;
    after: string;
}
export declare function contextJson(value: unknown): string | null;
export declare function repairedJson(value: unknown): string | null;
/**
 * The members of a record that its entry alone decides, each a fragment of its
 * canonical JSON. A fragment never holds a raw newline (canonical JSON has no
 * whitespace and escapes control characters in strings), which is what lets a
 * prepared body (append.ts) carry them joined by newlines.
 */
export interface EntryMembers {
    /** `"action":{…}`, then `,"approvals":[…]` when the record has approvals. */
    action: string;
    /** `,"decision":"…"` */
    decision: string;
    /** `"origin":…` */
    origin: string;
    /** `,"reason":"…","redacted":…` */
    reason: string;
    /** `,"rule":…` */
    rule: string;
}
/** The members that depend on the append (where the record lands in the chain, who ran it), each as canonical JSON values. */
export interface ChainMembers {
    /** `,"clockBehind":true`, or ''. */
    clockBehind: string;
    context: string;
    policyDigest: string;
    prev: string;
    /** `,"repaired":{…}`, or ''. */
    repaired: string;
    seq: string;
    time: string;
    version: string;
}
/** The entry's members of `r`, or null when one is not of the shape this file writes. Keys are not checked here. */
export declare function entryMembers(r: Record<string, unknown>): EntryMembers | null;
/** A record's halves from its two kinds of members: the one place their order is written. */
export declare function joinHalves(entry: EntryMembers, chain: ChainMembers): RecordHalves;
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
