// The checkpoint beside a log (FILE.checkpoint): where the last append left the
// verified chain (offset, line, seq, head, time) and which file that was (device
// and inode). The next append trusts it only when the file is still that file,
// is exactly that long, and the line that ends at the offset is the record
// the checkpoint names (its hash recomputed); then only what follows is
// verified, so an append costs the same at a thousand records as at a million.
//
// It also keeps the file's change time (ctime, to the nanosecond the filesystem
// gives) as it was right after that append's write. Any later write to the file
// (an edit of a record before the offset, even one of the same length, bytes
// added after it) or change of its metadata sets the ctime anew, and no program
// can set it back (utimes sets only atime and mtime), so the next append
// verifies the whole log and refuses a broken one. What an append does not see:
// a change within the same clock tick as the last append's write (Linux stamps
// ctime from a coarse clock, a few milliseconds), or one made below the
// filesystem (the raw disk) or with the system clock set back, and a writer
// who forges the checkpoint too (it is a file beside the log). `audit verify`,
// the hash chain and published anchors see every change, whenever it was made.
//
// It is a cache, not evidence: a missing, stale or lying checkpoint costs one
// full verify, never a wrong chain.
import { closeSync, constants, fstatSync, ftruncateSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { readSmallRegularFile } from '../regular-file.js';
import type { ChainPosition } from './verify.js';
import { verifyInternals } from './verify.js';
import { sha256Hex } from './record.js';

interface CheckpointFile extends ChainPosition {
  version: 1;
  dev: number;
  ino: number;
  /** The file's ctime in nanoseconds, as a decimal string (beyond a double's exact range). */
  ctimeNs: string;
}

export function checkpointPath(file: string): string {
  return `${file}.checkpoint`;
}

/** The checkpoint's position when it matches the file open as `fd`, else null. */
export function trustedCheckpoint(file: string, fd: number): ChainPosition | null {
  let saved: CheckpointFile;
  try {
    // Never through a link, never a wait on a FIFO or device put in its place (the append holds the lock meanwhile).
    saved = JSON.parse(readSmallRegularFile(checkpointPath(file), MAX_CHECKPOINT_BYTES).toString('utf8')) as CheckpointFile;
  } catch {
    return null;
  }
  if (!isCheckpoint(saved)) return null;
  const info = fstatSync(fd, { bigint: true });
  // dev and ino compared as the numbers they were saved as (as before ctime was kept).
  if (Number(info.dev) !== saved.dev || Number(info.ino) !== saved.ino || info.size !== BigInt(saved.offset) || saved.offset === 0) return null;
  // Written to (or changed) since the append that saved the checkpoint: only a full verify can say what changed.
  if (info.ctimeNs.toString() !== saved.ctimeNs) return null;
  const line = lineEndingAt(fd, saved.offset);
  if (line === null) return null;
  const record = verifyInternals.fastPreimage(line) ?? verifyInternals.generalPreimage(line);
  if (typeof record === 'string' || record.hash !== saved.head || sha256Hex(record.preimage) !== saved.head) return null;
  const fields = JSON.parse(line) as { seq: number; time: string };
  if (fields.seq !== saved.records - 1 || fields.time !== saved.lastTime) return null;
  return { offset: saved.offset, lines: saved.lines, records: saved.records, head: saved.head, lastTime: saved.lastTime, segments: saved.segments };
}

/** A checkpoint is written as this many bytes (its JSON, a newline, spaces): rewritten in place, the file never changes size. */
const CHECKPOINT_BYTES = 512;
/** Far above any checkpoint this code writes; a bigger file is not read. */
const MAX_CHECKPOINT_BYTES = 64 << 10;

/**
 * Rewrites the checkpoint in place: one write at offset 0 under the append's lock
 * (appends are its only readers and writers), padded to CHECKPOINT_BYTES so the
 * file keeps its size and blocks: no truncation, whose journal work a file system
 * such as ext4 makes wait behind the log's fsync. A crash or a failure part-way
 * leaves text that does not parse or does not match, which costs the next append
 * a full verify like any other failure.
 *
 * Written in place only when the open file is the checkpoint's own: a regular
 * file with no other name. O_NOFOLLOW refuses a symbolic link, O_NONBLOCK a FIFO's
 * wait; a hard link (the log itself, `.claude/settings.json`, anything the agent
 * could link there) would be overwritten through the other name, so its name is
 * removed instead (the file it shares keeps every byte) and a new checkpoint made
 * with O_EXCL.
 */
export function saveCheckpoint(file: string, fd: number, position: ChainPosition): void {
  const info = fstatSync(fd, { bigint: true });
  const saved: CheckpointFile = { version: 1, dev: Number(info.dev), ino: Number(info.ino), ctimeNs: info.ctimeNs.toString(), ...position };
  const text = JSON.stringify(saved) + '\n';
  const bytes = Buffer.alloc(Math.max(CHECKPOINT_BYTES, Buffer.byteLength(text)), ' ');
  bytes.write(text);
  const path = checkpointPath(file);
  let out: number | undefined;
  try {
    out = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_NOFOLLOW | constants.O_NONBLOCK, 0o666);
    const own = fstatSync(out);
    if (!own.isFile() || own.nlink !== 1) {
      closeSync(out);
      out = undefined;
      unlinkSync(path);
      out = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW | constants.O_NONBLOCK, 0o666);
    }
    let written = 0;
    while (written < bytes.length) {
      const n = writeSync(out, bytes, written, bytes.length - written, written);
      if (n === 0) break;
      written += n;
    }
    // Longer only where something else wrote it (or a checkpoint of an older version): cut to this one.
    if (written === bytes.length && fstatSync(out).size > bytes.length) ftruncateSync(out, bytes.length);
  } catch {
    // Not saved: the next append verifies the whole log.
  } finally {
    if (out !== undefined) {
      try {
        closeSync(out);
      } catch {
        // As above.
      }
    }
  }
}

/** The line whose newline is the byte before `offset`, without that newline; null if there is none. */
function lineEndingAt(fd: number, offset: number): string | null {
  let window = 4096;
  for (;;) {
    const start = Math.max(0, offset - window);
    const bytes = Buffer.allocUnsafe(offset - start);
    const bytesRead = readSync(fd, bytes, 0, bytes.length, start);
    if (bytesRead !== bytes.length || bytes[bytes.length - 1] !== 0x0a) return null;
    const before = bytes.lastIndexOf(0x0a, bytes.length - 2);
    if (before !== -1) return bytes.toString('utf8', before + 1, bytes.length - 1);
    if (start === 0) return bytes.toString('utf8', 0, bytes.length - 1);
    if (window >= 64 << 20) return null;
    window *= 4;
  }
}

function isCheckpoint(value: unknown): value is CheckpointFile {
  const v = value as Record<string, unknown>;
  const count = (x: unknown) => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
  return (
    typeof v === 'object' && v !== null && v.version === 1 &&
    count(v.dev) && count(v.ino) && count(v.offset) && count(v.lines) && count(v.records) && count(v.segments) &&
    typeof v.head === 'string' && /^[0-9a-f]{64}$/.test(v.head) && typeof v.lastTime === 'string' &&
    typeof v.ctimeNs === 'string' && /^\d+$/.test(v.ctimeNs)
  );
}
