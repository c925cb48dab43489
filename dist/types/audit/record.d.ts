import { type ActionType, type Origin, type Verdict } from '../types.js';
export declare const AUDIT_FORMAT_VERSION = 1;
/** `prev` of the first record. */
export declare const GENESIS_HASH: string;
/** Where hooks append when nothing else is configured, relative to the repository root. */
export declare const DEFAULT_AUDIT_PATH = ".safeclaw/audit/audit.jsonl";
/** Who and what a run was about, where known (null otherwise, never guessed). */
export interface AuditContext {
    repository: string | null;
    commit: string | null;
    pr: number | null;
    runId: string | null;
    actor: string | null;
}
/** Set on the first record written after a torn (incomplete) last line was truncated. */
export interface AuditRepair {
    /** 1-based line number the torn line had (the line this record now occupies). */
    line: number;
    /** Length in bytes of what was cut off. */
    bytes: number;
    /** SHA-256 hex of the bytes cut off, so the discarded text can still be matched to a copy. */
    sha256: string;
}
/**
 * An approval counted for a require_approval decision (issue 13): who, with which repository
 * permission, for which head commit and action digest, through which comment or review.
 */
export interface AuditApproval {
    approver: string;
    /** write, maintain or admin, as the permission API answered. */
    permission: string;
    /** The full head SHA it was counted for. */
    commit: string;
    /** SHA-256 hex of the approval-needed actions it was given for. */
    actions: string;
    via: 'comment' | 'review';
    url: string;
    /** When it was given, as GitHub says (RFC 3339). */
    at: string;
    /** The rules of this decision it counts for. */
    rules: string[];
}
export interface AuditRecord {
    version: typeof AUDIT_FORMAT_VERSION;
    /** 0 for the first record, then +1 per record. */
    seq: number;
    /**
     * RFC 3339 UTC (`2024-05-01T12:00:00.000Z`): the writer's clock, never rewritten.
     * Earlier than the previous record's time only with `clockBehind`.
     */
    time: string;
    /**
     * Set when the writer's clock read earlier than the previous record's time (a clock
     * stepped back, or the previous record came from a clock running ahead). The time is
     * kept as read, so one wrong clock never freezes or shifts the times after it.
     */
    clockBehind?: true;
    action: {
        type: ActionType;
        /** The action as it was given (command text, path, destination, `change address`). */
        raw: string;
        /** The normalised form the engine matched. */
        normalized: string;
    };
    /** Where the action came from (file:line, hook, PR body…), or null when unknown. */
    origin: Origin | null;
    decision: Verdict;
    rule: string | null;
    reason: string;
    /** Digest of the policy set that decided (PolicySet.digest). */
    policyDigest: string;
    context: AuditContext;
    /** True when secrets were replaced by `[REDACTED:kind]` in raw, normalized, reason or origin. */
    redacted: boolean;
    repaired?: AuditRepair;
    /** Approvals counted for this decision (only on require_approval records that have some). */
    approvals?: AuditApproval[];
    /** Hash of the previous record, GENESIS_HASH for the first. */
    prev: string;
    hash: string;
}
export type UnsealedRecord = Omit<AuditRecord, 'hash'>;
/** SHA-256 hex over the canonical JSON of a record without its `hash`. */
export declare function recordHash(record: UnsealedRecord): string;
export declare function sealRecord(record: UnsealedRecord): AuditRecord;
/** The line written to the file (canonical JSON, so verify's fast path applies) without its newline. */
export declare function recordLine(record: AuditRecord): string;
/**
 * sealRecord and recordLine in one: the record is serialised once, and its line is
 * the pre-image with the hash member put in its sorted place.
 */
export declare function sealRecordLine(record: UnsealedRecord): {
    hash: string;
    line: string;
};
export declare function sha256Hex(text: string): string;
/** Milliseconds since the epoch for a record time, or NaN when it is not RFC 3339 UTC. */
export declare function recordTimeMs(time: string): number;
/**
 * Checks a parsed line against format version 1 and returns what is wrong
 * (`field action.type: …`), or null. Unknown fields are refused: a field the
 * verifier does not know is a field nobody checked.
 */
export declare function recordShapeProblem(value: unknown): string | null;
