// Appending decisions to an audit log. Under one lock: find where the verified
// chain ends (from the checkpoint when it still matches the file, else by a full
// verify), repair a torn last line, rotate when the file reached its size limit,
// check that the lock is still ours and that nobody wrote meanwhile, write the
// whole batch with one write call, fsync, save the checkpoint. So concurrent hook
// processes serialise instead of forking the chain, a crash leaves at most one
// incomplete last line, and an append costs the same whatever the log's length.
//
// The file calls are synchronous: an append is a few dozen small system calls
// and one fsync, and each promise-based call would be a round trip through
// libuv's thread pool (most of a hook call's audit time). What may wait long is
// asynchronous: the wait for a lock another process holds (lock.ts) and the
// parallel verify of a large log without a usable checkpoint (verify.ts).
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, fsyncSync, ftruncateSync, linkSync, mkdirSync, openSync, readSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Action, Decision, Origin } from '../types.js';
import { saveCheckpoint, trustedCheckpoint } from './checkpoint.js';
import { AuditError } from './errors.js';
import { acquireLock, type LockOptions } from './lock.js';
import { canonicalJson } from './canonical-json.js';
import { contextJson, entryMembers, joinHalves, lineOf, preimageOf, repairedJson, type ChainMembers, type EntryMembers } from './record-json.js';
import {
  AUDIT_FORMAT_VERSION,
  DEFAULT_AUDIT_PATH,
  GENESIS_HASH,
  sealRecordLine,
  sha256Hex,
  type AuditContext,
  type AuditApproval,
  type AuditRepair,
  type UnsealedRecord,
} from './record.js';
import { sharedRedaction } from './redact.js';
import { listSegments, nextSegmentPath } from './segments.js';
import { verifyAuditFile, verifyAuditTail } from './verify.js';

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

// A prepared body is this tag and the entry's members (record-json.ts), one per line: a member never holds a raw newline.
const PREPARED_TAG = 'safeclaw-audit-body/1';
const PREPARED_PARTS = 6;

/**
 * The record bodies of `entries`, in order, for a later appendAuditRecords in this
 * process or another thread (a worker can do the redaction and serialising that
 * is most of an append's CPU). Redacts exactly as the append does; throws
 * AuditError (kind `input`) for an entry the audit format cannot hold, as the
 * append would.
 */
export function prepareAuditBodies(entries: readonly AuditEntry[]): PreparedAuditBody[] {
  const redact = redactOnce();
  return entries.map((entry, index) => {
    const body = recordBody(entry, redact);
    const members = entryMembers(body);
    if (members === null) {
      try {
        unwritable(body);
      } catch (err) {
        throw new AuditError('input', `entry ${index} cannot be recorded: ${(err as Error).message}`, 'pass entries as the gate makes them');
      }
    }
    return `${PREPARED_TAG}\n${members.action}\n${members.decision}\n${members.origin}\n${members.reason}\n${members.rule}`;
  });
}

/**
 * The members of a prepared body. Its form is checked (the tag, each member's own
 * key first), which catches a string that is not one; a forged one is not this
 * check's to catch: whoever calls the append can write to the file anyway.
 */
function preparedMembers(body: string, index: number): EntryMembers {
  const parts = body.split('\n');
  if (
    parts.length !== PREPARED_PARTS ||
    parts[0] !== PREPARED_TAG ||
    !parts[1].startsWith('"action":{"normalized":') ||
    !parts[2].startsWith(',"decision":"') ||
    !parts[3].startsWith('"origin":') ||
    !parts[4].startsWith(',"reason":"') ||
    !parts[5].startsWith(',"rule":')
  ) {
    throw new AuditError('input', `entry ${index} is a string but not a body prepareAuditBodies made`, 'pass prepareAuditBodies\' strings unchanged, or the entries themselves');
  }
  return { action: parts[1], decision: parts[2], origin: parts[3], reason: parts[4], rule: parts[5] };
}

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
export function defaultAuditPath(repositoryRoot: string): string {
  return join(repositoryRoot, DEFAULT_AUDIT_PATH);
}

/**
 * Appends one record per entry, in order; an entry may be a body prepareAuditBodies
 * made of it instead. Throws AuditError when the existing
 * log is not a valid chain (kind `broken-chain`, with file:line), when the lock
 * cannot be had or was lost, or on any write failure: a caller must treat that
 * as "not recorded" (a live hook then denies).
 */
export async function appendAuditRecords(file: string, entries: readonly (AuditEntry | PreparedAuditBody)[], meta: AuditMeta): Promise<AppendResult> {
  if (!/^[0-9a-f]{64}$/.test(meta.policyDigest)) {
    throw new AuditError('input', `policy digest ${JSON.stringify(meta.policyDigest)} is not a SHA-256 hex digest`, 'pass PolicySet.digest');
  }
  if (meta.rotateAt !== undefined && !(Number.isSafeInteger(meta.rotateAt) && meta.rotateAt > 0)) {
    throw new AuditError('input', `rotateAt ${JSON.stringify(meta.rotateAt)} is not a positive number of bytes`, 'pass a size such as 64 MiB (67108864)');
  }
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch (err) {
    throw new AuditError('io', `cannot create the folder for ${file}: ${(err as Error).message}`, 'check the path and permissions');
  }
  const lock = await acquireLock(`${file}.lock`, meta.lock);
  let fd: number | undefined;
  try {
    const segments = listSegments(file);
    finishRotation(file, segments.paths);
    let created = false;
    try {
      fd = openSync(file, 'wx+');
      created = true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      // O_APPEND: even a writer that ignored the lock could not overwrite records.
      fd = openSync(file, 'a+');
    }
    const checkpoint = trustedCheckpoint(file, fd);
    const existing =
      checkpoint !== null && checkpoint.segments === segments.paths.length && segments.missing === undefined
        ? verifyAuditTail(file, checkpoint, fd)
        : await verifyAuditFile(file);
    let repaired: AuditRepair | undefined;
    let end = existing.validBytes;
    if (!existing.ok) {
      const { failure, torn } = existing;
      if (failure?.kind !== 'torn' || !torn) {
        throw new AuditError(
          'broken-chain',
          `refusing to append to a broken audit chain: ${failure?.message ?? 'unknown problem'}`,
          `run \`safeclaw audit verify ${file}\`; keep the file as evidence, move it aside and start a new log`,
          `${failure?.file ?? file}:${failure?.line ?? 0}`,
        );
      }
      // Repair only when there is a record to say so. Truncating before the write means a crash in
      // between loses only the torn bytes, which were never acknowledged as recorded anyway.
      if (entries.length > 0) {
        repaired = { line: torn.line, bytes: torn.bytes, sha256: sha256OfRange(fd, torn.offset, torn.bytes) };
        ftruncateSync(fd, torn.offset);
        end = torn.offset;
      }
    }
    if (entries.length === 0) return { file, head: existing.head ?? GENESIS_HASH, records: existing.records, appended: 0 };

    let lines = existing.lines;
    let newline = existing.unterminated !== undefined;
    let rotated: string | undefined;
    if (meta.rotateAt !== undefined && end >= meta.rotateAt && lines > 0 && !repaired) {
      if (newline) {
        writeAll(fd, Buffer.from('\n'));
        newline = false;
      }
      checkUnchanged(lock, fd, newline ? end : end + (existing.unterminated ? 1 : 0), file);
      fsyncSync(fd);
      closeSync(fd);
      fd = undefined;
      rotated = nextSegmentPath(file, segments);
      // link then unlink, never rename: rename would replace a segment of that name if one appeared.
      linkSync(file, rotated);
      syncFolder(dirname(file));
      unlinkSync(file);
      fd = openSync(file, 'wx+');
      created = true;
      end = 0;
      lines = 0;
    }

    const clock = (meta.now ?? (() => new Date()))();
    const time = clock.toISOString();
    // The clock's time is kept as read; a clock earlier than the last record is said so, not hidden.
    const clockBehind = existing.lastTime !== null && clock.getTime() < Date.parse(existing.lastTime);
    const context = fullContext(meta.context);
    const contextValue = contextJson(context) ?? unwritable({ context });
    // The members every record of this append shares; prev and seq change per record, the rest only for the first.
    const chain: ChainMembers = {
      clockBehind: clockBehind ? ',"clockBehind":true' : '',
      context: contextValue,
      policyDigest: JSON.stringify(meta.policyDigest),
      prev: '',
      repaired: repaired ? `,"repaired":${repairedJson(repaired) ?? unwritable({ repaired })}` : '',
      seq: '',
      time: JSON.stringify(time),
      version: String(AUDIT_FORMAT_VERSION),
    };
    let prev = existing.head ?? GENESIS_HASH;
    let seq = existing.records;
    // A complete last record without its newline keeps its place: the newline goes first, in the same write.
    const batch = new Utf8Lines(newline ? '\n' : '', entries.length);
    const redact = redactOnce();
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      const first = seq === existing.records;
      const body = typeof entry === 'string' ? null : recordBody(entry, redact);
      const members = body === null ? preparedMembers(entry as PreparedAuditBody, i) : entryMembers(body);
      let sealed: { hash: string; line: string };
      if (members !== null) {
        if (!first) chain.clockBehind = chain.repaired = '';
        chain.prev = `"${prev}"`;
        chain.seq = String(seq);
        const halves = joinHalves(members, chain);
        const hash = sha256Hex(preimageOf(halves));
        sealed = { hash, line: lineOf(halves, hash) };
      } else {
        // Not a shape record-json writes (a number that is not finite, say): the generic serialiser says what is wrong.
        const record = { ...body, version: AUDIT_FORMAT_VERSION, policyDigest: meta.policyDigest, context, seq, time, prev } as UnsealedRecord;
        if (clockBehind && first) record.clockBehind = true;
        if (repaired && first) record.repaired = repaired;
        sealed = sealRecordLine(record);
      }
      batch.add(sealed.line);
      prev = sealed.hash;
      seq++;
    }
    const bytes = batch.bytes();
    checkUnchanged(lock, fd, end, file);
    writeAll(fd, bytes);
    // The checkpoint before the fsync, so that one journal commit carries both (saved after it, its
    // write waited for that commit). It is never evidence: should the records not reach the disk, it
    // matches no file and the next append verifies the whole log.
    saveCheckpoint(file, fd, {
      offset: end + bytes.length,
      lines: lines + batch.lines,
      records: seq,
      head: prev,
      lastTime: time,
      segments: segments.paths.length + (rotated ? 1 : 0),
    });
    fsyncSync(fd);
    if (created) syncFolder(dirname(file));
    return {
      file,
      head: prev,
      records: seq,
      appended: batch.lines,
      ...(repaired ? { repaired } : {}),
      ...(rotated ? { rotated } : {}),
    };
  } catch (err) {
    if (err instanceof AuditError) throw err;
    throw new AuditError('io', `cannot append to ${file}: ${(err as Error).message}`, 'check the path, permissions and free space');
  } finally {
    if (fd !== undefined) closeQuietly(fd);
    lock.release();
  }
}

/**
 * The last moment before the write: the lock must still be ours and the file
 * exactly as long as what was verified. Either failing means another writer got
 * in, and writing now could fork the chain.
 */
function checkUnchanged(lock: { stillHeld(): boolean; path: string }, fd: number, size: number, file: string): void {
  if (!lock.stillHeld()) {
    throw new AuditError('lock', `the lock ${lock.path} was taken over while appending; nothing was written`, 'retry; check for clock skew on a shared filesystem');
  }
  const now = fstatSync(fd).size;
  if (now !== size) {
    throw new AuditError('lock', `${file} changed while it was locked (${size} bytes verified, ${now} now): another program writes to it; nothing was written`, 'find the writer that ignores the lock; run `safeclaw audit verify`');
  }
}

/** A crash between sealing a segment and removing the file leaves both names on one file: the file's part is done. */
function finishRotation(file: string, segments: string[]): void {
  if (segments.length === 0) return;
  const own = statSync(file, { throwIfNoEntry: false });
  const newest = statSync(segments[segments.length - 1]);
  if (own !== undefined && own.ino === newest.ino && own.dev === newest.dev) unlinkSync(file);
}

/**
 * redactSecrets for one append, each distinct text once: a batch repeats its texts
 * (a rule's reason on thousands of records, a path as raw and normalized form).
 * Lone surrogates (possible in text decoded from JSON escapes) are not I-JSON and
 * cannot be hashed canonically: they become U+FFFD first.
 */
function redactOnce(): (text: string) => { text: string; redacted: boolean } {
  const seen = new Map<string, { text: string; redacted: boolean }>();
  return (text) => {
    let done = seen.get(text);
    if (done === undefined) {
      const redaction = sharedRedaction(toWellFormed(text));
      done = { text: redaction.text, redacted: redaction.kinds.length > 0 };
      seen.set(text, done);
    }
    return done;
  };
}

/** The members of a record its entry alone decides, every text redacted. */
function recordBody(entry: AuditEntry, redact: (text: string) => { text: string; redacted: boolean }): EntryBody {
  const { action, decision } = entry;
  let redacted = false;
  const clean = (text: string): string => {
    const redaction = redact(text);
    if (redaction.redacted) redacted = true;
    return redaction.text;
  };
  const origin = entry.origin ?? action.origin;
  return {
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
    ...(entry.approvals && entry.approvals.length > 0
      ? {
          approvals: entry.approvals.map((a) => ({
            ...a,
            approver: toWellFormed(a.approver),
            url: toWellFormed(a.url),
            at: toWellFormed(a.at),
            rules: a.rules.map(toWellFormed),
          })),
        }
      : {}),
    // Read after every clean() above has run: object members are evaluated in order.
    redacted,
  };
}

type EntryBody = Pick<UnsealedRecord, 'action' | 'origin' | 'decision' | 'rule' | 'reason' | 'approvals' | 'redacted'>;

/** Throws what the generic serialiser says of a value record-json.ts does not write. */
function unwritable(value: unknown): never {
  canonicalJson(value);
  throw new AuditError('input', 'a record member has a shape the audit format does not write', 'pass entries as the gate makes them');
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
    case 'tool.call':
      return `call ${action.tool}`;
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

function sha256OfRange(fd: number, offset: number, length: number): string {
  const bytes = Buffer.alloc(length);
  readSync(fd, bytes, 0, length, offset);
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The batch's records as UTF-8 lines, each encoded as soon as it is made: a line
 * kept as a string until the write stays the rope of every piece it was built
 * from (an Action's 26,000 records held ~60 MB of them at its peak).
 */
class Utf8Lines {
  private static readonly CHUNK = 1 << 20;
  private readonly chunks: Buffer[] = [];
  private chunk: Buffer;
  private used: number;
  lines = 0;

  constructor(prefix: string, expectedLines: number) {
    // A hook call's batch is a record or three: no 1 MiB (an mmap and its page faults) for those.
    this.chunk = Buffer.allocUnsafe(Math.min(Utf8Lines.CHUNK, 4096 * Math.max(1, expectedLines)));
    this.used = this.chunk.write(prefix, 0, 'utf8');
  }

  /** The line and its newline. */
  add(line: string): void {
    // A UTF-16 code unit takes at most 3 bytes of UTF-8: where that much room is left, the line is not measured first.
    if (this.chunk.length - this.used < 3 * line.length + 1) {
      const length = Buffer.byteLength(line, 'utf8') + 1;
      if (this.used + length > this.chunk.length) {
        this.chunks.push(this.chunk.subarray(0, this.used));
        this.chunk = Buffer.allocUnsafe(Math.max(Utf8Lines.CHUNK, length));
        this.used = 0;
      }
    }
    this.used += this.chunk.write(line, this.used, 'utf8');
    this.chunk[this.used++] = 0x0a;
    this.lines++;
  }

  bytes(): Buffer {
    return Buffer.concat([...this.chunks, this.chunk.subarray(0, this.used)]);
  }
}

/** One write call; the loop only runs again if the OS accepted part of it (e.g. a full disk). */
function writeAll(fd: number, bytes: Buffer): void {
  let written = 0;
  while (written < bytes.length) {
    const bytesWritten = writeSync(fd, bytes, written, bytes.length - written);
    if (bytesWritten === 0) throw new Error('the write made no progress');
    written += bytesWritten;
  }
}

/** Makes a new file's directory entry durable too (POSIX); not possible on Windows, where it is skipped. */
function syncFolder(folder: string): void {
  let dir: number | undefined;
  try {
    dir = openSync(folder, 'r');
    fsyncSync(dir);
  } catch {
    // EISDIR/EPERM on Windows: the file's own fsync is what that platform offers.
  } finally {
    if (dir !== undefined) closeQuietly(dir);
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Nothing more can be done with it.
  }
}
