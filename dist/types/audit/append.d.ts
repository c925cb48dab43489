import type { Action, Decision, Origin } from '../types.js';
import { type LockOptions } from './lock.js';
import { type AuditContext, type AuditApproval, type AuditRepair } from './record.js';
/** One decision to record. A GateItem fits as is; `origin` overrides `action.origin`. */
export interface AuditEntry {
    action: Action;
    decision: Decision;
    origin?: Origin;
    /** Approvals counted for this decision (a require_approval one): recorded with it. */
    approvals?: AuditApproval[];
}
/**
 * An entry's record body made ahead of its append by prepareAuditBodies: every
 * text redacted and serialised, as a plain string (cheap to post to another
 * thread). appendAuditRecords gives it its place in the chain (seq, time, prev,
 * hash, the append's context and policy digest); the line is byte for byte the
 * one the entry itself would have made.
 */
export type PreparedAuditBody = string;
/**
 * The record bodies of `entries`, in order, for a later appendAuditRecords in this
 * process or another thread (a worker can do the redaction and serialising that
 * is most of an append's CPU). Redacts exactly as the append does; throws
 * AuditError (kind `input`) for an entry the audit format cannot hold, as the
 * append would.
 */
export declare function prepareAuditBodies(entries: readonly AuditEntry[]): PreparedAuditBody[];
export interface AuditMeta {
    /** PolicySet.digest of the policies that decided. */
    policyDigest: string;
    context?: Partial<AuditContext>;
    /** Clock, for tests. */
    now?: () => Date;
    lock?: LockOptions;
    /**
     * Seal the file as the next segment (FILE.000001, …) and start it again once it
     * holds this many bytes; the chain continues across. Unset: never rotate.
     */
    rotateAt?: number;
}
export interface AppendResult {
    file: string;
    /** Hash of the last record now in the log: the anchor to publish. */
    head: string;
    /** Records in the log (every segment) after the append. */
    records: number;
    appended: number;
    /** Set when a torn last line was truncated first (also recorded in the first new record). */
    repaired?: AuditRepair;
    /** The segment the file was sealed as, when this append rotated it. */
    rotated?: string;
}
/** The default audit file of a repository (used by the hooks). */
export declare function defaultAuditPath(repositoryRoot: string): string;
/**
 * Appends one record per entry, in order; an entry may be a body prepareAuditBodies
 * made of it instead. Throws AuditError when the existing
 * log is not a valid chain (kind `broken-chain`, with file:line), when the lock
 * cannot be had or was lost, or on any write failure: a caller must treat that
 * as "not recorded" (a live hook then denies).
 */
export declare function appendAuditRecords(file: string, entries: readonly (AuditEntry | PreparedAuditBody)[], meta: AuditMeta): Promise<AppendResult>;
