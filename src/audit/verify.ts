// Verifying an audit log: JSON validity, canonical form, hashes, `prev` links,
// contiguous `seq`, time order (a clock that went back must say so), and
// optionally the expected head, anchors and policy digest. A log is its sealed
// segments (FILE.000001, FILE.000002…, see segments.ts) followed by FILE itself;
// the chain runs through them. Files are streamed in chunks, so memory stays
// bounded whatever their length.
//
// Speed: almost every line is exactly what recordLine() wrote (canonical JSON
// with `hash` in its sorted place). For those, one anchored regex proves the
// line is a canonical version-1 record and yields the hash pre-image by cutting
// the `hash` member out: no JSON.parse, no re-serialisation, per-record work is
// one regex pass plus SHA-256. Any other line takes the general path:
// JSON.parse, shape check, and a comparison with its canonical form (a line
// that is not the canonical text of its own value is refused: the bytes on disk
// must be the bytes that were hashed). The fast path only accepts lines the
// general path accepts with the same hash (a property test holds the two together).
//
// Files of 16 MiB and more are first checked in parallel, one range of lines per
// core (verify-ranges.ts); the sequential check below takes over at the first
// range that is not clean or does not join, so failures read exactly the same.
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { ACTION_TYPES, EFFECTS } from '../types.js';
import { canonicalJson, CanonicalJsonError } from './canonical-json.js';
import { checkRangesInWorkers, splitAtLines, type RangeSummary } from './verify-ranges.js';
import { GENESIS_HASH, recordShapeProblem, recordTimeMs, sha256Hex, type UnsealedRecord } from './record.js';
import { listSegments } from './segments.js';
import { plural } from '../plural.js';

export type AuditFailureKind =
  | 'json' // not JSON
  | 'format' // JSON, but not a version-1 record
  | 'canonical' // a record, but not in the canonical form that was hashed (reformatted, duplicate keys, CR)
  | 'hash' // hash does not match the record's content
  | 'link' // prev is not the previous record's hash
  | 'seq' // sequence number out of order
  | 'time' // time went backwards without the record saying so
  | 'policy' // recorded policy digest differs from the expected one
  | 'head' // the chain does not end at the expected head
  | 'anchor' // an anchored record is not in the chain
  | 'segment' // a sealed segment is missing or does not end cleanly
  | 'torn' // incomplete last line (a write interrupted by a crash)
  | 'io'; // the file could not be read

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
  anchors?: Array<{ hash: string; seq: number }>;
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

const CHUNK_BYTES = 1 << 20;
/** A line longer than this is not a record; refusing it keeps memory bounded. */
const MAX_LINE_BYTES = 64 << 20;
const NEWLINE = 0x0a;
/**
 * Below this size one thread is faster (starting a worker costs tens of ms).
 * Exported as a setting only so tests can reach the parallel path with small files.
 */
export const verifySettings = { parallelMinBytes: 16 << 20, workers: Math.min(4, availableParallelism()) };

/** Verifies the whole log: every sealed segment, then the file itself. */
export async function verifyAuditFile(file: string, options: VerifyOptions = {}): Promise<AuditVerification> {
  const chain = new ChainCheck(options);
  const segments = listSegments(file);
  if (segments.missing !== undefined) {
    return chain.result(file, {
      line: 0,
      kind: 'segment',
      file: segments.missingPath,
      message: `sealed segment ${segments.missingPath} is missing (segments run from 1 without gaps): records were removed`,
    });
  }
  for (const segment of segments.paths) {
    chain.beginFile(segment);
    const failed = await checkFile(segment, chain, 0, false);
    if (failed) return { ...failed, file };
    chain.segments++;
  }
  chain.beginFile(file);
  if (segments.paths.length > 0) {
    // A crash inside a rotation can leave the file missing, or still linked as the newest segment: no records of its own yet.
    const own = statSync(file, { throwIfNoEntry: false }) ?? null;
    const last = statSync(segments.paths[segments.paths.length - 1]);
    if (own === null || (own.ino === last.ino && own.dev === last.dev)) return chain.result(file, chain.finalFailure());
  }
  return (await checkFile(file, chain, 0, true))!;
}

/**
 * Verifies only what follows a trusted position of the log's own file (a
 * checkpoint whose bytes were matched), read through the appender's descriptor
 * `fd`: what an append needs, at a cost that does not grow with the log.
 */
export function verifyAuditTail(file: string, from: ChainPosition, fd: number): AuditVerification {
  const chain = new ChainCheck({});
  chain.beginFile(file);
  chain.start(from);
  try {
    return verifySequentially(file, fd, chain, from.offset, true, fstatSync(fd).size)!;
  } catch (err) {
    return chain.result(file, { line: chain.line + 1, kind: 'io', message: `cannot read ${file}: ${(err as Error).message}` });
  }
}

/**
 * Checks one file from `from` (a line start), continuing `chain`. A sealed
 * segment (`last` false) must end with a newline; it returns null when clean.
 * The log's own file returns its result.
 */
async function checkFile(file: string, chain: ChainCheck, from: number, last: boolean): Promise<AuditVerification | null> {
  let fd;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    return chain.result(file, { line: 0, kind: 'io', message: `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}` });
  }
  try {
    const size = fstatSync(fd).size;
    const workers = verifySettings.workers;
    if (from === 0 && size >= verifySettings.parallelMinBytes && workers > 1) {
      const ranges = await splitAtLines(file, size, workers);
      const summaries = await checkRangesInWorkers(file, ranges, {
        pattern: FAST_RECORD.source,
        head: chain.options.head,
        anchors: chain.options.anchors ?? [],
        policyDigest: chain.options.policyDigest,
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
      if (from === Infinity) return last ? chain.result(file, chain.finalFailure()) : null;
    }
    return verifySequentially(file, fd, chain, from, last, size);
  } catch (err) {
    return chain.result(file, { line: chain.line + 1, kind: 'io', message: `cannot read ${file}: ${(err as Error).message}` });
  } finally {
    closeSync(fd);
  }
}

/**
 * Checks the file line by line from `from` (the start of a line) to its end, continuing `chain`.
 * Synchronous reads: checking a chunk is CPU work that holds the thread anyway, and below
 * parallelMinBytes a read from the page cache is a fraction of that check.
 */
function verifySequentially(file: string, fd: number, chain: ChainCheck, from: number, last: boolean, size: number): AuditVerification | null {
  // One buffer, reused: the incomplete line at its end (the carry) moves to its front before the next read.
  // No larger than what is left (+1 to see the end at once): an append's tail is mostly empty.
  let buffer = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, Math.max(size - from, 0) + 1));
  let carry = 0;
  let offset = from; // file offset of buffer[0]
  for (;;) {
    if (carry === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(buffer.length)]);
    const bytesRead = readSync(fd, buffer, carry, buffer.length - carry, offset + carry);
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
  if (!last) {
    if (carry === 0) return null;
    // Rotation seals only a verified file that ends with its newline: anything after it was added later.
    return chain.result(file, {
      line: chain.line + 1,
      kind: 'segment',
      message: `sealed segment ${file} does not end with a newline (${carry} bytes follow its last record): it was changed after it was sealed`,
    });
  }
  if (carry > 0) return checkLastLine(file, chain, buffer.subarray(0, carry), offset);
  return chain.result(file, chain.finalFailure());
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
  return chain.result(file, chain.finalFailure(), undefined, { line, offset: offset + tail.length });
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

/** The chain state carried from one line to the next, and from one segment to the next. */
class ChainCheck {
  /** Lines checked in the current file (the failing one included). */
  line = 0;
  /** Valid lines in the current file. */
  validLines = 0;
  records = 0;
  segments = 0;
  prev = GENESIS_HASH;
  lastTimeMs = Number.NEGATIVE_INFINITY;
  lastTime: string | null = null;
  validBytes = 0;
  file = '';
  /** Line (in the current file) at which the expected head was met, if it was. */
  private headLine = 0;
  private readonly anchorsWanted: Set<string>;
  private readonly anchorsFound = new Map<string, number>();

  constructor(readonly options: VerifyOptions) {
    this.anchorsWanted = new Set(options.anchors ?? []);
  }

  beginFile(file: string): void {
    this.file = file;
    this.line = 0;
    this.validLines = 0;
    this.validBytes = 0;
    this.headLine = 0;
  }

  /** Continues from a trusted position of the current file. */
  start(from: ChainPosition): void {
    this.line = from.lines;
    this.validLines = from.lines;
    this.records = from.records;
    this.segments = from.segments;
    this.prev = from.head;
    this.lastTime = from.lastTime;
    this.lastTimeMs = Date.parse(from.lastTime);
    this.validBytes = from.offset;
  }

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
    for (const [hash, line] of range.anchorLines) this.anchorsFound.set(hash, this.records + line - 1);
    this.line += range.records;
    this.validLines = this.line;
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
    let hash: string, prev: string, seq: number, time: string, policyDigest: string, computed: string, clockBehind: boolean;
    if (fast) {
      [, , , hash, , policyDigest, prev, , time] = fast as unknown as string[];
      seq = Number(fast[7]);
      computed = sha256Hex(fast[1] + fast[4]);
      clockBehind = fast[2] !== undefined;
    } else {
      const general = generalRecord(text);
      if (typeof general === 'string') {
        const kind = general === NOT_CANONICAL ? 'canonical' : text.trim() === '' ? 'format' : general.startsWith('not JSON') ? 'json' : 'format';
        return { line, kind, message: general };
      }
      ({ hash, prev, seq, time, policyDigest } = general.record);
      clockBehind = general.record.clockBehind === true;
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
    if (timeMs < this.lastTimeMs && !clockBehind)
      return { line, kind: 'time', message: `time ${time} is before the previous record's ${this.lastTime}, and the record does not say its clock was behind` };
    if (clockBehind && !(timeMs < this.lastTimeMs))
      return { line, kind: 'time', message: `the record says its clock was behind, but its time ${time} is not before the previous record's ${this.lastTime ?? '(none)'}` };
    if (this.options.policyDigest !== undefined && policyDigest !== this.options.policyDigest)
      return { line, kind: 'policy', message: `decided under policy digest ${policyDigest}, not the expected ${this.options.policyDigest}` };
    if (hash === this.options.head) this.headLine = line;
    if (this.anchorsWanted.has(hash)) this.anchorsFound.set(hash, seq);
    this.records++;
    this.validLines = line;
    this.prev = hash;
    this.lastTimeMs = timeMs;
    this.lastTime = time;
    return null;
  }

  /** What is wrong once every record verified: a head the chain does not end at, or an anchor it does not hold. */
  finalFailure(): AuditFailure | undefined {
    const expected = this.options.head;
    if (expected !== undefined && expected !== this.prev) {
      const line = this.line + 1;
      if (this.headLine > 0)
        return { line: this.headLine + 1, kind: 'head', message: `the expected head is line ${this.headLine}, but ${plural(this.line - this.headLine, 'more record follows', 'more records follow')} it` };
      return {
        line,
        kind: 'head',
        message: `the chain ends at ${this.records === 0 ? 'no record' : this.prev} after ${plural(this.records, 'record')}, not at the expected head ${expected}: records were removed (truncated) or the file is another log`,
      };
    }
    const missing = [...this.anchorsWanted].filter((hash) => !this.anchorsFound.has(hash));
    if (missing.length > 0) {
      return {
        line: this.line + 1,
        kind: 'anchor',
        message:
          `${plural(missing.length, 'anchor')} not in the chain of ${plural(this.records, 'record')}: ${missing.join(', ')}; ` +
          `the records up to an anchor were rewritten, removed or replaced (or the anchor is from another log)`,
      };
    }
    return undefined;
  }

  result(file: string, failure?: AuditFailure, torn?: AuditVerification['torn'], unterminated?: AuditVerification['unterminated']): AuditVerification {
    const where = failure && this.file !== '' && this.file !== file ? { ...failure, file: this.file } : failure;
    return {
      ok: failure === undefined,
      file,
      records: this.records,
      head: this.records > 0 ? this.prev : null,
      lastTime: this.lastTime,
      validBytes: this.validBytes,
      lines: this.validLines,
      segments: this.segments,
      ...(this.anchorsWanted.size > 0 ? { anchors: [...this.anchorsFound].map(([hash, seq]) => ({ hash, seq })) } : {}),
      ...(where ? { failure: where } : {}),
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
    // 1: everything before the hash member; 2: the clock flag, when present
    `^(\\{"action":\\{"normalized":${S},"raw":${S},"type":"${oneOf(ACTION_TYPES)}"\\},("clockBehind":true,)?`,
    `"context":\\{"actor":${NULLABLE_S},"commit":${NULLABLE_S},"pr":(?:null|${INT}),"repository":${NULLABLE_S},"runId":${NULLABLE_S}\\},`,
    `"decision":"${oneOf(EFFECTS)}",)`,
    // 3: the hash
    `"hash":"(${HEX})",`,
    // 4: everything after it; 5 policyDigest, 6 prev, 7 seq, 8 time
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
    return m ? { preimage: m[1] + m[4], hash: m[3] } : null;
  },
  generalPreimage(text: string): { preimage: string; hash: string } | string {
    const general = generalRecord(text);
    if (typeof general === 'string') return general;
    const { hash, ...rest } = general.record;
    return { preimage: canonicalJson(rest), hash };
  },
};
