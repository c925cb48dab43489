// Verifying an audit file: JSON validity, format, canonical hashes, `prev`
// links, contiguous `seq`, non-decreasing time, and optionally the expected
// head (detects truncation) and policy digest. The file is streamed in chunks,
// so memory stays bounded whatever its length.
//
// Speed: almost every line is exactly what recordLine() wrote (canonical JSON
// with `hash` in its sorted place). For those, one anchored regex proves the
// line is a canonical version-1 record and yields the hash pre-image by cutting
// the `hash` member out: no JSON.parse, no re-serialisation, per-record work is
// one regex pass plus SHA-256. Any other line (reformatted, reordered keys,
// CRLF, tampered) takes the general path: JSON.parse, shape check, canonicalJson.
// The fast path only accepts lines the general path accepts with the same hash
// (a property test holds the two together).
//
// Files of 16 MiB and more are first checked in parallel, one range of lines per
// core (verify-ranges.ts); the sequential check below takes over at the first
// range that is not clean or does not join, so failures read exactly the same.
import { open, type FileHandle } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { ACTION_TYPES, EFFECTS } from '../types.js';
import { canonicalJson, CanonicalJsonError } from './canonical-json.js';
import { checkRangesInWorkers, splitAtLines, type RangeSummary } from './verify-ranges.js';
import { GENESIS_HASH, recordShapeProblem, recordTimeMs, sha256Hex, type UnsealedRecord } from './record.js';

export type AuditFailureKind =
  | 'json' // not JSON
  | 'format' // JSON, but not a version-1 record
  | 'canonical' // a record, but not in the canonical form that was hashed (reformatted, duplicate keys, CR)
  | 'hash' // hash does not match the record's content
  | 'link' // prev is not the previous record's hash
  | 'seq' // sequence number out of order
  | 'time' // time went backwards
  | 'policy' // recorded policy digest differs from the expected one
  | 'head' // the chain does not end at the expected head
  | 'torn' // incomplete last line (a write interrupted by a crash)
  | 'io'; // the file could not be read

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
  torn?: { line: number; offset: number; bytes: number };
  /**
   * Set when the last record is complete and valid but has no newline after it
   * (written by something other than SafeClaw's appender, or edited): it counts,
   * and the next append writes the missing newline before its own records.
   */
  unterminated?: { line: number; offset: number };
}

export interface VerifyOptions {
  /** The chain must end exactly at this record hash (a previously published head). */
  head?: string;
  /** Every record must have been decided under this policy set digest. */
  policyDigest?: string;
}

const CHUNK_BYTES = 1 << 20;
/** A line longer than this is not a record; refusing it keeps memory bounded. */
const MAX_LINE_BYTES = 64 << 20;
const NEWLINE = 0x0a;
/**
 * Below this size one thread is faster (starting a worker costs tens of ms).
 * Exported as a setting only so tests can reach the parallel path with small files.
 */
export const verifySettings = { parallelMinBytes: 16 << 20, workers: Math.min(4, availableParallelism()) };

export async function verifyAuditFile(file: string, options: VerifyOptions = {}): Promise<AuditVerification> {
  const chain = new ChainCheck(options);
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (err) {
    return chain.result(file, { line: 0, kind: 'io', message: `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}` });
  }
  try {
    const size = (await handle.stat()).size;
    const workers = verifySettings.workers;
    let from = 0;
    if (size >= verifySettings.parallelMinBytes && workers > 1) {
      const ranges = await splitAtLines(file, size, workers);
      const summaries = await checkRangesInWorkers(file, ranges, {
        pattern: FAST_RECORD.source,
        head: options.head,
        policyDigest: options.policyDigest,
        chunkBytes: CHUNK_BYTES,
        maxLineBytes: MAX_LINE_BYTES,
      });
      from = Infinity;
      for (let i = 0; i < ranges.length; i++) {
        const range = summaries[i];
        const joins =
          range.clean &&
          (range.records === 0 || (range.firstSeq === chain.records && range.firstPrev === chain.prev && range.firstTimeMs >= chain.lastTimeMs));
        if (!joins || range.tail > 0) {
          // The sequential check takes over from here: it words the failure (or the torn line) as always.
          from = ranges[i].start;
          break;
        }
        chain.advance(range, ranges[i].start + range.bytes);
      }
      if (from === Infinity) return chain.result(file, chain.headFailure());
    }
    return await verifySequentially(file, handle, chain, from);
  } catch (err) {
    return chain.result(file, { line: chain.line + 1, kind: 'io', message: `cannot read ${file}: ${(err as Error).message}` });
  } finally {
    await handle.close();
  }
}

/** Checks the file line by line from `from` (the start of a line) to its end, continuing `chain`. */
async function verifySequentially(file: string, handle: FileHandle, chain: ChainCheck, from: number): Promise<AuditVerification> {
  // One buffer, reused: the incomplete line at its end (the carry) moves to its front before the next read.
  let buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let carry = 0;
  let offset = from; // file offset of buffer[0]
  for (;;) {
    if (carry === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(buffer.length)]);
    const { bytesRead } = await handle.read(buffer, carry, buffer.length - carry, offset + carry);
    if (bytesRead === 0) break;
    const filled = carry + bytesRead;
    const end = buffer.lastIndexOf(NEWLINE, filled - 1);
    if (end === -1) {
      carry = filled;
      if (carry > MAX_LINE_BYTES)
        return chain.result(file, { line: chain.line + 1, kind: 'format', message: `line longer than ${MAX_LINE_BYTES} bytes` });
      continue;
    }
    const failure = chain.checkLines(buffer, end, offset);
    if (failure) return chain.result(file, failure);
    offset += end + 1;
    chain.validBytes = offset;
    carry = filled - end - 1;
    buffer.copyWithin(0, end + 1, filled);
  }
  if (carry > 0) return checkLastLine(file, chain, buffer.subarray(0, carry), offset);
  return chain.result(file, chain.headFailure());
}

/**
 * The bytes after the last newline. Only a write cut short leaves them, and such a
 * write is the beginning of one record line: that alone is "torn" (the next append
 * may truncate it, as it was never acknowledged). Anything else is judged as a line
 * and kept: a complete valid record whose newline is missing stays in the chain
 * (the next append adds the newline), and a record that parses but does not verify,
 * several records glued together or text that is no record are refused, never cut.
 */
function checkLastLine(file: string, chain: ChainCheck, tail: Buffer, offset: number): AuditVerification {
  const line = chain.line + 1;
  const text = tail.toString('utf8');
  const starts = recordStarts(text);
  if (isRecordPrefix(text, starts)) {
    const failure: AuditFailure = {
      line,
      kind: 'torn',
      message: `line ${line} is incomplete (${tail.length} bytes without a newline): a write was interrupted; the next append truncates it and records that it did`,
    };
    return chain.result(file, failure, { line, offset, bytes: tail.length });
  }
  const failure = chain.check(text);
  if (failure) {
    chain.validBytes = offset;
    return chain.result(file, failure);
  }
  chain.validBytes = offset + tail.length;
  return chain.result(file, chain.headFailure(), undefined, { line, offset: offset + tail.length });
}

/**
 * Where a record line begins. Canonical JSON escapes every quote inside a string,
 * so this text (with its bare quotes) can only be the start of a record, never
 * part of a value: two of them on one line are two records glued together.
 */
const RECORD_START = '{"action":{"normalized":"';

function recordStarts(text: string): number {
  let count = 0;
  for (let at = text.indexOf(RECORD_START); at !== -1; at = text.indexOf(RECORD_START, at + 1)) count++;
  return count;
}

/** A strict beginning of one record line: what an interrupted append leaves, and nothing else. */
function isRecordPrefix(text: string, starts: number): boolean {
  if (RECORD_START.startsWith(text)) return true;
  if (starts !== 1 || !text.startsWith(RECORD_START)) return false;
  // A complete record parses; a cut one never does (an object closes only at its end).
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
}

/** The chain state carried from one line to the next. */
class ChainCheck {
  line = 0;
  records = 0;
  prev = GENESIS_HASH;
  lastTimeMs = Number.NEGATIVE_INFINITY;
  lastTime: string | null = null;
  validBytes = 0;
  /** Line at which the expected head was met, if it was. */
  private headLine = 0;

  constructor(private readonly options: VerifyOptions) {}

  /**
   * Checks the lines of `b[0, end]` (`end` is a newline); `offset` is the file
   * offset of b[0]. Returns the first failure, or null with the chain advanced.
   */
  checkLines(b: Buffer, end: number, offset: number): AuditFailure | null {
    // One decode per chunk; lines never straddle the cut because it is at a newline.
    const lines = b.toString('utf8', 0, end).split('\n');
    for (let i = 0; i < lines.length; i++) {
      const failure = this.check(lines[i]);
      if (failure) {
        // The failing line starts after the i-th newline (counted in bytes: decoding may have replaced some).
        let start = 0;
        for (let n = 0; n < i; n++) start = b.indexOf(NEWLINE, start) + 1;
        this.validBytes = offset + start;
        return failure;
      }
    }
    return null;
  }

  /** Takes over the state a range worker reached (its range joined this chain). */
  advance(range: RangeSummary, validBytes: number): void {
    if (range.headLine > 0) this.headLine = this.line + range.headLine;
    this.line += range.records;
    this.records += range.records;
    if (range.records > 0) {
      this.prev = range.lastHash;
      this.lastTimeMs = range.lastTimeMs;
      this.lastTime = range.lastTime;
    }
    this.validBytes = validBytes;
  }

  /** Checks the next line; returns its failure, or null and advances the chain. */
  check(text: string): AuditFailure | null {
    const line = ++this.line;
    const fast = FAST_RECORD.exec(text);
    let hash: string, prev: string, seq: number, time: string, policyDigest: string, computed: string;
    if (fast) {
      [, , hash, , policyDigest, prev, , time] = fast as unknown as string[];
      seq = Number(fast[6]);
      computed = sha256Hex(fast[1] + fast[3]);
    } else {
      const general = generalRecord(text);
      if (typeof general === 'string') {
        const kind = general === NOT_CANONICAL ? 'canonical' : text.trim() === '' ? 'format' : general.startsWith('not JSON') ? 'json' : 'format';
        return { line, kind, message: general };
      }
      ({ hash, prev, seq, time, policyDigest } = general.record);
      computed = general.computed;
    }
    if (computed !== hash) return { line, kind: 'hash', message: `hash does not match the record's content (the record was altered)` };
    if (seq !== this.records)
      return { line, kind: 'seq', message: `seq is ${seq}, expected ${this.records} (a record was removed, inserted, duplicated or moved)` };
    if (prev !== this.prev)
      return { line, kind: 'link', message: `prev does not match the hash of the record before it (a record was removed, inserted or moved)` };
    // The fast pattern already holds recordTimeMs's RFC 3339 shape; Date.parse still refuses impossible dates.
    const timeMs = fast ? Date.parse(time) : recordTimeMs(time);
    if (Number.isNaN(timeMs)) return { line, kind: 'format', message: `field time: ${JSON.stringify(time)} is not a valid time` };
    if (timeMs < this.lastTimeMs) return { line, kind: 'time', message: `time ${time} is before the previous record's ${this.lastTime}` };
    if (this.options.policyDigest !== undefined && policyDigest !== this.options.policyDigest)
      return { line, kind: 'policy', message: `decided under policy digest ${policyDigest}, not the expected ${this.options.policyDigest}` };
    if (hash === this.options.head) this.headLine = line;
    this.records++;
    this.prev = hash;
    this.lastTimeMs = timeMs;
    this.lastTime = time;
    return null;
  }

  headFailure(): AuditFailure | undefined {
    const expected = this.options.head;
    if (expected === undefined || expected === this.prev) return undefined;
    const line = this.line + 1;
    if (this.headLine > 0)
      return { line: this.headLine + 1, kind: 'head', message: `the expected head is line ${this.headLine}, but ${this.line - this.headLine} more record(s) follow it` };
    return {
      line,
      kind: 'head',
      message: `the chain ends at ${this.records === 0 ? 'no record' : this.prev} after ${this.records} record(s), not at the expected head ${expected}: records were removed (truncated) or the file is another log`,
    };
  }

  result(file: string, failure?: AuditFailure, torn?: AuditVerification['torn'], unterminated?: AuditVerification['unterminated']): AuditVerification {
    return {
      ok: failure === undefined,
      file,
      records: this.records,
      head: this.records > 0 ? this.prev : null,
      lastTime: this.lastTime,
      validBytes: this.validBytes,
      ...(failure ? { failure } : {}),
      ...(torn ? { torn } : {}),
      ...(unterminated && !failure ? { unterminated } : {}),
    };
  }
}

/** The general path: any JSON formatting of a version-1 record. Returns the problem as text on failure. */
function generalRecord(text: string): { record: UnsealedRecord & { hash: string }; computed: string } | string {
  if (text.trim() === '') return 'empty line (lines were inserted or the file was edited)';
  const glued = recordStarts(text);
  if (glued > 1) return `not JSON: ${glued} records on one line without newlines between them (SafeClaw writes one record per line; the file was edited or written by another program)`;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return `not JSON: ${(err as Error).message}`;
  }
  const problem = recordShapeProblem(value);
  if (problem) return problem;
  const { hash, ...rest } = value as UnsealedRecord & { hash: string };
  try {
    // The bytes on disk must be the bytes that were hashed: JSON.parse keeps the last of
    // duplicate keys and skips whitespace, so any other spelling could show a reader
    // (or another parser) something the hash never covered.
    if (canonicalJson(value) !== text) return NOT_CANONICAL;
    return { record: value as UnsealedRecord & { hash: string }, computed: sha256Hex(canonicalJson(rest)) };
  } catch (err) {
    if (err instanceof CanonicalJsonError) return `not canonicalisable: ${err.message}`;
    throw err;
  }
}

const NOT_CANONICAL =
  'not in canonical form (RFC 8785: sorted keys, no whitespace, no duplicate keys, no carriage return): the line is not the text that was hashed, so it was edited';

// The canonical line, piece by piece. Strings: JCS escaping only (short escapes
// for \b\t\n\f\r, \u00xx lowercase for the other controls, nothing else escaped).
// Integers up to 15 digits (always exact doubles, so their canonical form is the digits).
// Written as "unrolled loop" (runs of plain characters between escapes) so the regex engine scans runs, not alternations.
const PLAIN = String.raw`[^"\\\u0000-\u001f]*`;
const S = String.raw`"${PLAIN}(?:\\(?:["\\bfnrt]|u00(?:0[0-7bef]|1[0-9a-f]))${PLAIN})*"`;
const INT = '(?:0|[1-9][0-9]{0,14})';
const NULLABLE_S = `(?:null|${S})`;
const HEX = '[0-9a-f]{64}';
const TIME = String.raw`\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z`;
const oneOf = (values: readonly string[]) => `(?:${values.map((v) => v.replace(/[.]/g, '\\.')).join('|')})`;

const FAST_RECORD = new RegExp(
  [
    // 1: everything before the hash member
    `^(\\{"action":\\{"normalized":${S},"raw":${S},"type":"${oneOf(ACTION_TYPES)}"\\},`,
    `"context":\\{"actor":${NULLABLE_S},"commit":${NULLABLE_S},"pr":(?:null|${INT}),"repository":${NULLABLE_S},"runId":${NULLABLE_S}\\},`,
    `"decision":"${oneOf(EFFECTS)}",)`,
    // 2: the hash
    `"hash":"(${HEX})",`,
    // 3: everything after it; 4 policyDigest, 5 prev, 6 seq, 7 time
    `("origin":(?:null|\\{(?:"detail":${S},)?(?:"file":${S},)?(?:"line":${INT},)?"source":${S}\\}),`,
    `"policyDigest":"(${HEX})","prev":"(${HEX})","reason":${S},"redacted":(?:true|false),`,
    `(?:"repaired":\\{"bytes":${INT},"line":${INT},"sha256":"${HEX}"\\},)?`,
    `"rule":${NULLABLE_S},"seq":(${INT}),"time":"(${TIME})","version":1\\})$`,
  ].join(''),
);

/** Exposed for the property test that holds the fast and general paths together. */
export const verifyInternals = {
  fastPattern: FAST_RECORD.source,
  fastPreimage(text: string): { preimage: string; hash: string } | null {
    const m = FAST_RECORD.exec(text);
    return m ? { preimage: m[1] + m[3], hash: m[2] } : null;
  },
  generalPreimage(text: string): { preimage: string; hash: string } | string {
    const general = generalRecord(text);
    if (typeof general === 'string') return general;
    const { hash, ...rest } = general.record;
    return { preimage: canonicalJson(rest), hash };
  },
};
