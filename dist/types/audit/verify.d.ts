export type AuditFailureKind = 'json' | 'format' | 'canonical' | 'hash' | 'link' | 'seq' | 'time' | 'policy' | 'head' | 'anchor' | 'segment' | 'torn' | 'io';
export interface AuditFailure {
    /** 1-based line number of the first bad line, in `file`. */
    line: number;
    kind: AuditFailureKind;
    message: string;
    /** The file the bad line is in: the log itself or one of its sealed segments. */
    file?: string;
}
export interface AuditVerification {
    ok: boolean;
    file: string;
    /** Valid records before the first failure (all of them when ok), over every segment. */
    records: number;
    /** Hash of the last valid record: the anchor to publish. Null when there is none. */
    head: string | null;
    /** Time of the last valid record. */
    lastTime: string | null;
    /** Bytes of the log's own file (not its segments) up to and including the last valid record's newline. */
    validBytes: number;
    /** Valid lines in the log's own file (the records after its sealed segments). */
    lines: number;
    /** Sealed segments checked before the log's own file. */
    segments: number;
    /** Anchors that were found, with the seq of their record. */
    anchors?: Array<{
        hash: string;
        seq: number;
    }>;
    failure?: AuditFailure;
    /** Set when the failure is a torn last line: where it starts and how long it is. */
    torn?: {
        line: number;
        offset: number;
        bytes: number;
    };
    /**
     * Set when the last record is complete and valid but has no newline after it
     * (written by something other than SafeClaw's appender, or edited): it counts,
     * and the next append writes the missing newline before its own records.
     */
    unterminated?: {
        line: number;
        offset: number;
    };
}
export interface VerifyOptions {
    /** The chain must end exactly at this record hash (a previously published head). */
    head?: string;
    /**
     * Each of these record hashes must be in the chain (published heads: a head
     * published yesterday checks today's longer log). A record's hash covers its
     * seq and prev, so a found anchor is at its place.
     */
    anchors?: string[];
    /** Every record must have been decided under this policy set digest. */
    policyDigest?: string;
}
/** Where a verified chain stands at a line boundary of the log's own file (a checkpoint). */
export interface ChainPosition {
    offset: number;
    lines: number;
    records: number;
    head: string;
    lastTime: string;
    segments: number;
}
/**
 * Below this size one thread is faster (starting a worker costs tens of ms).
 * Exported as a setting only so tests can reach the parallel path with small files.
 */
export declare const verifySettings: {
    parallelMinBytes: number;
    workers: number;
};
/** Verifies the whole log: every sealed segment, then the file itself. */
export declare function verifyAuditFile(file: string, options?: VerifyOptions): Promise<AuditVerification>;
/**
 * Verifies only what follows a trusted position of the log's own file (a
 * checkpoint whose bytes were matched), read through the appender's descriptor
 * `fd`: what an append needs, at a cost that does not grow with the log.
 */
export declare function verifyAuditTail(file: string, from: ChainPosition, fd: number): AuditVerification;
/** Exposed for the property test that holds the fast and general paths together. */
export declare const verifyInternals: {
    fastPattern: string;
    fastPreimage(text: string): {
        preimage: string;
        hash: string;
    } | null;
    generalPreimage(text: string): {
        preimage: string;
        hash: string;
    } | string;
};
