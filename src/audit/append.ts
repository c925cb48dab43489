// Appending decisions to an audit file. Under one lock: verify the existing
// chain to its end, repair a torn last line, write the whole batch with one
// write call, fsync. So concurrent hook processes serialise instead of forking
// the chain, and a crash leaves at most one incomplete last line.
import { createHash } from 'node:crypto';
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Action, Decision, Origin } from '../types.js';
import { AuditError } from './errors.js';
import { acquireLock, type LockOptions } from './lock.js';
import {
  DEFAULT_AUDIT_PATH,
  GENESIS_HASH,
  recordLine,
  sealRecord,
  type AuditContext,
  type AuditRecord,
  type AuditRepair,
  type UnsealedRecord,
} from './record.js';
import { redactSecrets } from './redact.js';
import { verifyAuditFile } from './verify.js';

/** One decision to record. A GateItem fits as is; `origin` overrides `action.origin`. */
export interface AuditEntry {
  action: Action;
  decision: Decision;
  origin?: Origin;
}

export interface AuditMeta {
  /** PolicySet.digest of the policies that decided. */
  policyDigest: string;
  context?: Partial<AuditContext>;
  /** Clock, for tests. */
  now?: () => Date;
  lock?: LockOptions;
}

export interface AppendResult {
  file: string;
  /** Hash of the last record now in the file: the anchor to publish. */
  head: string;
  /** Records in the file after the append. */
  records: number;
  appended: number;
  /** Set when a torn last line was truncated first (also recorded in the first new record). */
  repaired?: AuditRepair;
}

/** The default audit file of a repository (used by the hooks). */
export function defaultAuditPath(repositoryRoot: string): string {
  return join(repositoryRoot, DEFAULT_AUDIT_PATH);
}

/**
 * Appends one record per entry, in order. Throws AuditError when the existing
 * file is not a valid chain (kind `broken-chain`, with file:line), when the lock
 * cannot be had, or on any write failure: a caller must treat that as "not
 * recorded" (a live hook then denies).
 */
export async function appendAuditRecords(file: string, entries: AuditEntry[], meta: AuditMeta): Promise<AppendResult> {
  if (!/^[0-9a-f]{64}$/.test(meta.policyDigest)) {
    throw new AuditError('input', `policy digest ${JSON.stringify(meta.policyDigest)} is not a SHA-256 hex digest`, 'pass PolicySet.digest');
  }
  await mkdir(dirname(file), { recursive: true }).catch((err: Error) => {
    throw new AuditError('io', `cannot create the folder for ${file}: ${err.message}`, 'check the path and permissions');
  });
  const lock = await acquireLock(`${file}.lock`, meta.lock);
  let handle: FileHandle | undefined;
  try {
    let created = false;
    try {
      handle = await open(file, 'wx+');
      created = true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      // O_APPEND: even a writer that ignored the lock could not overwrite records.
      handle = await open(file, 'a+');
    }
    const existing = await verifyAuditFile(file);
    let repaired: AuditRepair | undefined;
    if (!existing.ok) {
      const { failure, torn } = existing;
      if (failure?.kind !== 'torn' || !torn) {
        throw new AuditError(
          'broken-chain',
          `refusing to append to a broken audit chain: ${failure?.message ?? 'unknown problem'}`,
          `run \`safeclaw audit verify ${file}\`; keep the file as evidence, move it aside and start a new log`,
          `${file}:${failure?.line ?? 0}`,
        );
      }
      // Repair only when there is a record to say so. Truncating before the write means a crash in
      // between loses only the torn bytes, which were never acknowledged as recorded anyway.
      if (entries.length > 0) {
        repaired = { line: torn.line, bytes: torn.bytes, sha256: await sha256OfRange(handle, torn.offset, torn.bytes) };
        await handle.truncate(torn.offset);
      }
    }

    const now = meta.now ?? (() => new Date());
    // Times never go backwards along the chain, even if this machine's clock did.
    let time = now().toISOString();
    if (existing.lastTime !== null && Date.parse(existing.lastTime) > Date.parse(time)) time = existing.lastTime;
    const context = fullContext(meta.context);
    let prev = existing.head ?? GENESIS_HASH;
    let seq = existing.records;
    const lines: string[] = [];
    for (const entry of entries) {
      const record: AuditRecord = sealRecord({
        ...recordBody(entry, meta.policyDigest, context),
        seq,
        time,
        ...(repaired && seq === existing.records ? { repaired } : {}),
        prev,
      });
      lines.push(recordLine(record));
      prev = record.hash;
      seq++;
    }
    if (lines.length > 0) {
      if (!(await lock.stillHeld())) {
        throw new AuditError('lock', `the lock ${lock.path} was taken over while appending`, 'retry; check for clock skew on a shared filesystem');
      }
      // A complete last record without its newline keeps its place: the newline goes first, in the same write.
      const bytes = Buffer.from((existing.unterminated ? '\n' : '') + lines.join('\n') + '\n', 'utf8');
      await writeAll(handle, bytes);
      await handle.sync();
      if (created) await syncFolder(dirname(file));
    }
    return {
      file,
      head: prev,
      records: seq,
      appended: lines.length,
      ...(repaired ? { repaired } : {}),
    };
  } catch (err) {
    if (err instanceof AuditError) throw err;
    throw new AuditError('io', `cannot append to ${file}: ${(err as Error).message}`, 'check the path, permissions and free space');
  } finally {
    await handle?.close().catch(() => undefined);
    await lock.release();
  }
}

function recordBody(entry: AuditEntry, policyDigest: string, context: AuditContext): Omit<UnsealedRecord, 'seq' | 'time' | 'prev'> {
  const { action, decision } = entry;
  let redacted = false;
  // Lone surrogates (possible in text decoded from JSON escapes) are not I-JSON and cannot be hashed canonically.
  const clean = (text: string): string => {
    const redaction = redactSecrets(toWellFormed(text));
    if (redaction.kinds.length > 0) redacted = true;
    return redaction.text;
  };
  const origin = entry.origin ?? action.origin;
  const body = {
    version: 1 as const,
    action: { type: action.type, raw: clean(rawText(action)), normalized: clean(decision.normalized) },
    origin: origin
      ? {
          source: toWellFormed(origin.source),
          ...(origin.file !== undefined ? { file: clean(origin.file) } : {}),
          ...(origin.line !== undefined ? { line: origin.line } : {}),
          ...(origin.detail !== undefined ? { detail: clean(origin.detail) } : {}),
        }
      : null,
    decision: decision.decision,
    rule: decision.rule,
    reason: clean(decision.reason),
    policyDigest,
    context,
  };
  return { ...body, redacted };
}

/** The action as given, before normalisation. */
function rawText(action: Action): string {
  switch (action.type) {
    case 'shell.execute':
      return action.command;
    case 'file.read':
    case 'file.write':
      return action.path;
    case 'network.request':
      return action.destination;
    case 'infra.change':
      return `${action.change} ${action.address}`;
  }
}

function fullContext(context: Partial<AuditContext> = {}): AuditContext {
  const text = (value: string | null | undefined) => (value === undefined || value === null ? null : toWellFormed(value));
  return {
    repository: text(context.repository),
    commit: text(context.commit),
    pr: context.pr ?? null,
    runId: text(context.runId),
    actor: text(context.actor),
  };
}

function toWellFormed(text: string): string {
  const native = (text as { toWellFormed?: () => string }).toWellFormed;
  return native ? native.call(text) : text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

async function sha256OfRange(handle: FileHandle, offset: number, length: number): Promise<string> {
  const bytes = Buffer.alloc(length);
  await handle.read(bytes, 0, length, offset);
  return createHash('sha256').update(bytes).digest('hex');
}

/** One write call; the loop only runs again if the OS accepted part of it (e.g. a full disk). */
async function writeAll(handle: FileHandle, bytes: Buffer): Promise<void> {
  let written = 0;
  while (written < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, written, bytes.length - written);
    if (bytesWritten === 0) throw new Error('the write made no progress');
    written += bytesWritten;
  }
}

/** Makes a new file's directory entry durable too (POSIX); not possible on Windows, where it is skipped. */
async function syncFolder(folder: string): Promise<void> {
  let dir: FileHandle | undefined;
  try {
    dir = await open(folder, 'r');
    await dir.sync();
  } catch {
    // EISDIR/EPERM on Windows: the file's own fsync is what that platform offers.
  } finally {
    await dir?.close().catch(() => undefined);
  }
}
