// Verifying a large audit file on several cores: the file is cut at line
// boundaries into one range per worker thread; each worker checks the lines of
// its range on the fast path only (the canonical pattern, the hash, and seq /
// prev / time continuity inside the range) and returns a summary. The main
// thread joins the ranges (first seq, prev and time of each against the end of
// the one before). A worker decides nothing about failures: the first line it
// cannot accept (not canonical, bad hash, broken link, unreadable…) marks its
// range unclean, and the main thread re-checks from that range's start with
// the ordinary sequential check, which words the failure and its line exactly
// as a single-threaded run would.
import { open } from 'node:fs/promises';
import type { Worker } from 'node:worker_threads';

/** What a worker reports for its range. Line numbers are 1-based within the range. */
export interface RangeSummary {
  /** Every line of the range was accepted by the fast path and continuous with the one before. */
  clean: boolean;
  records: number;
  firstSeq: number;
  firstPrev: string;
  firstTimeMs: number;
  lastHash: string;
  lastTime: string;
  lastTimeMs: number;
  /** Last line whose hash is the expected head, 0 when none. */
  headLine: number;
  /** Anchors met in the range, with their 1-based line within it. */
  anchorLines: Array<[string, number]>;
  /** Bytes up to and including the range's last newline. */
  bytes: number;
  /** Bytes after the range's last newline (only the last range can have them: a torn line). */
  tail: number;
}

export interface FileRange {
  start: number;
  /** Exclusive; Infinity for the last range (read to the end of the file, as the sequential check does). */
  end: number;
}

interface RangeJob extends FileRange {
  file: string;
  pattern: string;
  head: string | undefined;
  anchors: string[];
  policyDigest: string | undefined;
  chunkBytes: number;
  maxLineBytes: number;
}

/** `count` ranges of about equal size, each starting at the beginning of a line. */
export async function splitAtLines(file: string, size: number, count: number): Promise<FileRange[]> {
  const starts = [0];
  const handle = await open(file, 'r');
  try {
    const probe = Buffer.allocUnsafe(64 << 10);
    for (let k = 1; k < count; k++) {
      let at = Math.max(Math.floor((size * k) / count), starts[starts.length - 1]);
      let next = -1;
      while (next === -1 && at < size) {
        const { bytesRead } = await handle.read(probe, 0, probe.length, at);
        if (bytesRead === 0) break;
        const newline = probe.subarray(0, bytesRead).indexOf(0x0a);
        if (newline !== -1) next = at + newline + 1;
        else at += bytesRead;
      }
      // A cut after the last newline would leave an empty or torn-only range: the previous range takes it.
      if (next === -1 || next >= size) break;
      if (next > starts[starts.length - 1]) starts.push(next);
    }
  } finally {
    await handle.close();
  }
  return starts.map((start, i) => ({ start, end: i + 1 < starts.length ? starts[i + 1] : Infinity }));
}

/**
 * Checks each range in its own worker thread. A worker that cannot start or
 * fails reports its range unclean (the sequential check then covers it).
 * worker_threads is imported here, not at the top: every hook call's audit
 * append loads this module and never starts a worker (~3 ms on Node 24).
 */
export async function checkRangesInWorkers(
  file: string,
  ranges: FileRange[],
  settings: Omit<RangeJob, keyof FileRange | 'file'>,
): Promise<RangeSummary[]> {
  const { Worker } = await import('node:worker_threads');
  return Promise.all(
    ranges.map(
      (range) =>
        new Promise<RangeSummary>((resolve) => {
          const unclean = { clean: false } as RangeSummary;
          let worker: Worker;
          try {
            const job: RangeJob = { file, ...range, ...settings };
            worker = new Worker(WORKER_SOURCE, { eval: true, workerData: job });
          } catch {
            resolve(unclean);
            return;
          }
          worker.once('message', (summary: RangeSummary) => resolve(summary));
          worker.once('error', () => resolve(unclean));
          worker.once('exit', () => resolve(unclean)); // no-op when a message came first
        }),
    ),
  );
}

/**
 * The worker's program. It runs as an eval'd CommonJS script, so it works the
 * same from the sources (tsx) and from the bundle: it must use nothing from
 * outside its own body, and it is kept free of named inner functions (a
 * transpiler may wrap those in helpers that would not exist in the worker).
 */
function rangeWorker(): void {
  const req = (globalThis as unknown as { require: NodeJS.Require }).require;
  const { readSync, openSync, closeSync } = req('node:fs') as typeof import('node:fs');
  const crypto = req('node:crypto') as typeof import('node:crypto') & { hash?: (algorithm: string, data: string) => string };
  const { workerData, parentPort } = req('node:worker_threads') as typeof import('node:worker_threads');
  const job = workerData as RangeJob;
  const record = new RegExp(job.pattern);
  const anchors = new Set(job.anchors);
  const summary: RangeSummary = {
    clean: true,
    records: 0,
    firstSeq: 0,
    firstPrev: '',
    firstTimeMs: 0,
    lastHash: '',
    lastTime: '',
    lastTimeMs: 0,
    headLine: 0,
    anchorLines: [],
    bytes: 0,
    tail: 0,
  };
  const fd = openSync(job.file, 'r');
  try {
    let buffer = Buffer.allocUnsafe(job.chunkBytes);
    let carry = 0;
    let position = job.start;
    reading: while (position < job.end) {
      if (carry === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(buffer.length)]);
      const bytesRead = readSync(fd, buffer, carry, Math.min(buffer.length - carry, job.end - position), position);
      if (bytesRead === 0) break;
      position += bytesRead;
      const filled = carry + bytesRead;
      const end = buffer.lastIndexOf(0x0a, filled - 1);
      if (end === -1) {
        carry = filled;
        if (carry > job.maxLineBytes) {
          summary.clean = false;
          break;
        }
        continue;
      }
      const lines = buffer.toString('utf8', 0, end).split('\n');
      for (let i = 0; i < lines.length; i++) {
        const m = record.exec(lines[i]);
        // A clock that went back is rare: the sequential check judges its flag.
        if (m === null || m[2] !== undefined) {
          summary.clean = false;
          break reading;
        }
        const hash = m[3];
        const preimage = m[1] + m[4];
        const computed = crypto.hash ? crypto.hash('sha256', preimage) : crypto.createHash('sha256').update(preimage).digest('hex');
        const seq = Number(m[7]);
        const timeMs = Date.parse(m[8]);
        const first = summary.records === 0;
        if (
          computed !== hash ||
          Number.isNaN(timeMs) ||
          (job.policyDigest !== undefined && m[5] !== job.policyDigest) ||
          (!first && (seq !== summary.firstSeq + summary.records || m[6] !== summary.lastHash || timeMs < summary.lastTimeMs))
        ) {
          summary.clean = false;
          break reading;
        }
        if (first) {
          summary.firstSeq = seq;
          summary.firstPrev = m[6];
          summary.firstTimeMs = timeMs;
        }
        summary.records++;
        if (hash === job.head) summary.headLine = summary.records;
        if (anchors.has(hash)) summary.anchorLines.push([hash, summary.records]);
        summary.lastHash = hash;
        summary.lastTime = m[8];
        summary.lastTimeMs = timeMs;
      }
      carry = filled - end - 1;
      buffer.copyWithin(0, end + 1, filled);
    }
    summary.bytes = position - carry - job.start;
    summary.tail = carry;
  } catch {
    summary.clean = false;
  } finally {
    closeSync(fd);
  }
  parentPort!.postMessage(summary);
}

const WORKER_SOURCE = `(${rangeWorker.toString()})()`;
