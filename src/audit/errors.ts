// Audit errors users can meet (a broken chain, a busy lock, an unwritable
// folder). The CLI prints the message alone and exits 2; a live hook that gets
// one denies, because an action that cannot be recorded must not run.
export type AuditErrorKind = 'broken-chain' | 'lock' | 'io' | 'input';

export class AuditError extends Error {
  constructor(
    readonly kind: AuditErrorKind,
    problem: string,
    readonly fix: string,
    /** file:line of the first bad record, for a broken chain. */
    readonly position?: string,
  ) {
    super(`${position ? `${position}: ` : ''}${problem}\n  fix: ${fix}`);
    // The CLI recognises user-facing errors by name.
    this.name = 'AuditError';
  }
}
