// The checkpoint beside a log (FILE.checkpoint): where the last append left the
// verified chain (offset, line, seq, head, time) and which file that was (device
// and inode). The next append trusts it only when the file is still that file,
// is at least that long, and the line that ends at the offset is the record
// the checkpoint names (its hash recomputed); then only what follows is
// verified, so an append costs the same at a thousand records as at a million.
//
// It is a cache, not evidence: a missing, stale or lying checkpoint costs one
// full verify, never a wrong chain. Bytes changed before the offset are not seen
// by an append (the hash chain, `audit verify` and anchors are what see them).
import { randomBytes } from 'node:crypto';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import type { ChainPosition } from './verify.js';
import { verifyInternals } from './verify.js';
import { sha256Hex } from './record.js';

interface CheckpointFile extends ChainPosition {
  version: 1;
  dev: number;
  ino: number;
}

export function checkpointPath(file: string): string {
  return `${file}.checkpoint`;
}

/** The checkpoint's position when it matches the file open in `handle`, else null. */
export async function trustedCheckpoint(file: string, handle: FileHandle): Promise<ChainPosition | null> {
  let saved: CheckpointFile;
  try {
    saved = JSON.parse(await readFile(checkpointPath(file), 'utf8')) as CheckpointFile;
  } catch {
    return null;
  }
  if (!isCheckpoint(saved)) return null;
  const info = await handle.stat();
  if (info.dev !== saved.dev || info.ino !== saved.ino || info.size < saved.offset || saved.offset === 0) return null;
  const line = await lineEndingAt(handle, saved.offset);
  if (line === null) return null;
  const record = verifyInternals.fastPreimage(line) ?? verifyInternals.generalPreimage(line);
  if (typeof record === 'string' || record.hash !== saved.head || sha256Hex(record.preimage) !== saved.head) return null;
  const fields = JSON.parse(line) as { seq: number; time: string };
  if (fields.seq !== saved.records - 1 || fields.time !== saved.lastTime) return null;
  return { offset: saved.offset, lines: saved.lines, records: saved.records, head: saved.head, lastTime: saved.lastTime, segments: saved.segments };
}

/** Replaces the checkpoint atomically (rename); a failure only costs the next append a full verify. */
export async function saveCheckpoint(file: string, handle: FileHandle, position: ChainPosition): Promise<void> {
  const info = await handle.stat();
  const saved: CheckpointFile = { version: 1, dev: info.dev, ino: info.ino, ...position };
  const temp = `${checkpointPath(file)}.${randomBytes(6).toString('hex')}`;
  try {
    await writeFile(temp, JSON.stringify(saved) + '\n');
    await rename(temp, checkpointPath(file));
  } catch {
    await unlink(temp).catch(() => undefined);
  }
}

/** The line whose newline is the byte before `offset`, without that newline; null if there is none. */
async function lineEndingAt(handle: FileHandle, offset: number): Promise<string | null> {
  let window = 4096;
  for (;;) {
    const start = Math.max(0, offset - window);
    const bytes = Buffer.allocUnsafe(offset - start);
    const { bytesRead } = await handle.read(bytes, 0, bytes.length, start);
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
    typeof v.head === 'string' && /^[0-9a-f]{64}$/.test(v.head) && typeof v.lastTime === 'string'
  );
}
