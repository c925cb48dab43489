export type AuditFailureKind = 'json' | 'format' | 'hash' | 'link' | 'seq' | 'time' | 'policy' | 'head' | 'torn' | 'io';
export interface AuditFailure {
    /** 1-based line number of the first bad line. */
    line: number;
    kind: AuditFailureKind;
    message: string;
}
export interface AuditVerification {
    ok: boolean;
    file: string;
    /** Valid records before the first failure (all of them when ok). */
    records: number;
    /** Hash of the last valid record: the anchor to publish. Null when there is none. */
    head: string | null;
    /** Time of the last valid record (appends never go back before it). */
    lastTime: string | null;
    /** Bytes of the file up to and including the last valid record's newline. */
    validBytes: number;
    failure?: AuditFailure;
    /** Set when the failure is a torn last line: where it starts and how long it is. */
    torn?: {
        line: number;
        offset: number;
        bytes: number;
    };
}
export interface VerifyOptions {
    /** The chain must end exactly at this record hash (a previously published head). */
    head?: string;
    /** Every record must have been decided under this policy set digest. */
    policyDigest?: string;
}
/**
 * Below this size one thread is faster (starting a worker costs tens of ms).
 * Exported as a setting only so tests can reach the parallel path with small files.
 */
export declare const verifySettings: {
    parallelMinBytes: number;
    workers: number;
};
export declare function verifyAuditFile(file: string, options?: VerifyOptions): Promise<AuditVerification>;
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
