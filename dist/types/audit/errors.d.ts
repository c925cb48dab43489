export type AuditErrorKind = 'broken-chain' | 'lock' | 'io' | 'input';
export declare class AuditError extends Error {
    readonly kind: AuditErrorKind;
    readonly fix: string;
    /** file:line of the first bad record, for a broken chain. */
    readonly position?: string | undefined;
    constructor(kind: AuditErrorKind, problem: string, fix: string, 
    /** file:line of the first bad record, for a broken chain. */
    position?: string | undefined);
}
