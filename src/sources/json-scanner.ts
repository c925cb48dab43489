// A byte scanner for one large JSON document whose top level is an object, of
// which only a few values matter (a Terraform plan: `format_version` and the
// entries of `resource_changes`, beside hundreds of MB of prior state and
// configuration). The file is read in fixed-size chunks; the scanner tracks
// string state (escapes included), nesting and the top-level keys, cuts the
// bytes of each selected value (or of each element of a selected array, which
// may span any number of chunks) and hands it to `JSON.parse` on its own.
// Every other value is checked and dropped without ever being built.
//
// What is checked everywhere, skipped values included: the JSON grammar
// (balanced and matching brackets and braces, `:` after each key, `,` between
// members and elements and nowhere else, only whitespace between tokens and
// after the document), terminated strings with no raw control characters and
// only valid escapes (`\uXXXX` with four hex digits), and numbers and
// `true`/`false`/`null` spelled exactly.
//
// What is not checked inside skipped values: that string bytes are valid UTF-8
// (they are never decoded) and that an object has no duplicate keys (nothing
// is built to compare them). Neither can change a decision: a decision only
// sees the top-level key names and the selected values, and those are decoded
// and parsed from their exact bytes by `JSON.parse` (invalid UTF-8 becomes
// U+FFFD there, as it would for a full parser). Inside a skipped string only an
// unescaped `"` ends it, and escapes are checked, so bytes within a skipped
// value can never move where a selected value begins or ends.
import { open } from 'node:fs/promises';

/** How a top-level value is handed over: not at all, whole, or element by element (an array). */
export type TopLevelUse = 'skip' | 'whole' | 'elements';

export interface TopLevelHandlers {
  /** Each key of the top-level object, in file order (a key may repeat). */
  key(name: string, line: number): TopLevelUse;
  /**
   * A selected value, parsed: the whole value of a `whole` key, or one element
   * of an `elements` key (`element` true). An `elements` key whose value is
   * not an array hands that value over whole (`element` false).
   */
  value(name: string, value: unknown, line: number, element: boolean): void;
}

/** Bad or truncated JSON, at the 1-based line and byte column where it goes wrong. */
export class JsonSyntaxError extends Error {
  readonly line: number;
  readonly column: number;
  /** The document ends before its top-level value does (a cut-off file, an unterminated string). */
  readonly truncated: boolean;

  constructor(message: string, line: number, column: number, truncated: boolean) {
    super(message);
    this.name = 'JsonSyntaxError';
    this.line = line;
    this.column = column;
    this.truncated = truncated;
  }
}

export const DEFAULT_CHUNK_BYTES = 1 << 20;

/** Reads `file` chunk by chunk through a {@link TopLevelScanner}; never holds the whole file. */
export async function scanTopLevelFile(file: string, handlers: TopLevelHandlers, chunkBytes = DEFAULT_CHUNK_BYTES): Promise<void> {
  const handle = await open(file, 'r');
  try {
    const scanner = new TopLevelScanner(handlers);
    // One buffer, reused: the scanner copies out what it keeps across chunks.
    const buffer = Buffer.allocUnsafe(chunkBytes);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, chunkBytes, null);
      if (bytesRead === 0) break;
      scanner.write(buffer.subarray(0, bytesRead));
    }
    scanner.end();
  } finally {
    await handle.close();
  }
}

// Scanner states: what the next non-whitespace byte may be.
const VALUE = 0; // a value (after `:`, after `,` in an array, at the start)
const VALUE_OR_CLOSE = 1; // after `[`
const KEY_OR_CLOSE = 2; // after `{`
const KEY = 3; // after `,` in an object
const COLON = 4; // after a key
const AFTER_VALUE = 5; // `,` or the closing bracket of the container
const STRING = 6; // inside a string
const SCALAR = 7; // inside a number or literal
const DONE = 8; // after the top-level value: whitespace only

const OBJECT = 1;
const ARRAY = 2;

// What the bytes being cut out are.
const NO_CAPTURE = 0;
const CAPTURE_KEY = 1;
const CAPTURE_VALUE = 2;
const CAPTURE_ELEMENT = 3;

const EXPECTED: Record<number, string> = {
  [VALUE]: 'expected a value',
  [VALUE_OR_CLOSE]: 'expected a value or "]"',
  [KEY_OR_CLOSE]: 'expected a key or "}"',
  [KEY]: 'expected a key',
  [COLON]: 'expected ":"',
  [AFTER_VALUE]: 'expected "," or the end of the object or array',
  [DONE]: 'expected nothing after the end of the document',
};

function isScalarByte(b: number): boolean {
  // Digits, letters, `+ - .`: a scalar's own bytes; anything else ends it.
  return (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || b === 0x2b || b === 0x2d || b === 0x2e;
}

function isHexByte(b: number): boolean {
  return (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x66) || (b >= 0x41 && b <= 0x46);
}

// After a backslash: " \ / b f n r t (u is handled on its own).
function isSimpleEscape(b: number): boolean {
  return b === 0x22 || b === 0x5c || b === 0x2f || b === 0x62 || b === 0x66 || b === 0x6e || b === 0x72 || b === 0x74;
}

function describeByte(b: number): string {
  return b >= 0x20 && b < 0x7f ? JSON.stringify(String.fromCharCode(b)) : `byte 0x${b.toString(16).padStart(2, '0')}`;
}

// `-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?`, `true`, `false` or `null`, read
// from the bytes themselves: a plan holds millions of scalars.
function isScalarText(buf: Buffer, start: number, end: number): boolean {
  const first = buf[start];
  const len = end - start;
  if (first === 0x74) return len === 4 && buf[start + 1] === 0x72 && buf[start + 2] === 0x75 && buf[start + 3] === 0x65;
  if (first === 0x66) return len === 5 && buf[start + 1] === 0x61 && buf[start + 2] === 0x6c && buf[start + 3] === 0x73 && buf[start + 4] === 0x65;
  if (first === 0x6e) return len === 4 && buf[start + 1] === 0x75 && buf[start + 2] === 0x6c && buf[start + 3] === 0x6c;
  let i = start;
  if (buf[i] === 0x2d) i++;
  if (i === end) return false;
  if (buf[i] === 0x30) i++;
  else if (buf[i] >= 0x31 && buf[i] <= 0x39) while (i < end && isDigit(buf[i])) i++;
  else return false;
  if (i < end && buf[i] === 0x2e) {
    const digits = ++i;
    while (i < end && isDigit(buf[i])) i++;
    if (i === digits) return false;
  }
  if (i < end && (buf[i] === 0x65 || buf[i] === 0x45)) {
    i++;
    if (i < end && (buf[i] === 0x2b || buf[i] === 0x2d)) i++;
    const digits = i;
    while (i < end && isDigit(buf[i])) i++;
    if (i === digits) return false;
  }
  return i === end;
}

function isDigit(b: number): boolean {
  return b >= 0x30 && b <= 0x39;
}

/**
 * Push-style scanner: `write` each chunk in order, then `end`. Handlers are
 * called synchronously from `write`; an exception from one stops the scan.
 */
export class TopLevelScanner {
  private readonly handlers: TopLevelHandlers;
  private state = VALUE;
  private depth = 0;
  private kinds = new Uint8Array(64); // OBJECT or ARRAY per open container
  private isKey = false; // the string being scanned is an object key
  private escape = 0; // 1 after a backslash, 2..5 inside \uXXXX
  private scalarCarry = ''; // a scalar's bytes (latin1) from earlier chunks

  private use: TopLevelUse = 'skip'; // of the current top-level key
  private topKey = '';
  private inElements = false; // inside the array of an `elements` key

  private capture = NO_CAPTURE;
  private captureDepth = -1; // the depth whose value completion ends the capture
  private captureStart = 0; // in the current chunk
  private captureParts: Buffer[] = [];
  private captureLine = 0;

  private offset = 0; // absolute offset of the current chunk's first byte
  private line = 1;
  private lineStart = 0; // absolute offset of the current line's first byte

  constructor(handlers: TopLevelHandlers) {
    this.handlers = handlers;
  }

  // One flat loop with the hot state in locals: a plan has millions of short
  // strings and scalars, so per-token overhead, not per-byte, sets the pace.
  // Rare events (top-level keys, captured values, errors) go out of line.
  write(chunk: Buffer): void {
    const n = chunk.length;
    const offset = this.offset;
    let state = this.state;
    let depth = this.depth;
    let escape = this.escape;
    let line = this.line;
    let lineStart = this.lineStart;
    let scalarStart = 0;
    if (this.capture !== NO_CAPTURE) this.captureStart = 0;
    let i = 0;
    while (i < n) {
      let b = chunk[i];
      if (state === STRING) {
        if (escape === 0) {
          while (b !== 0x22 && b !== 0x5c && b >= 0x20) {
            if (++i === n) break;
            b = chunk[i];
          }
          if (i === n) break;
          i++;
          if (b === 0x5c) {
            escape = 1;
            continue;
          }
          if (b !== 0x22) this.fail(`${describeByte(b)} inside a string (a control character must be escaped)`, line, offset + i - lineStart);
          // The string ends.
          if (this.isKey) {
            state = COLON;
            if (this.capture === CAPTURE_KEY) this.endKey(chunk, i);
            continue;
          }
        } else {
          if (escape === 1) {
            if (b === 0x75) escape = 2;
            else if (isSimpleEscape(b)) escape = 0;
            else this.fail(`bad escape "\\${String.fromCharCode(b)}" in a string`, line, offset + i - lineStart + 1);
          } else {
            if (!isHexByte(b)) this.fail(`bad \\u escape in a string: ${describeByte(b)} is not a hex digit`, line, offset + i - lineStart + 1);
            escape = escape === 5 ? 0 : escape + 1;
          }
          i++;
          continue;
        }
      } else if (state === SCALAR) {
        while (isScalarByte(b)) {
          if (++i === n) break;
          b = chunk[i];
        }
        if (i === n) break;
        if (this.scalarCarry === '' ? !isScalarText(chunk, scalarStart, i) : !this.isCarriedScalar(chunk, i)) {
          const text = this.scalarCarry + chunk.toString('latin1', scalarStart, i);
          this.fail(`Unexpected ${JSON.stringify(text)}`, line, offset + i - text.length - lineStart + 1, 'expected a number, true, false or null');
        }
        this.scalarCarry = '';
        // The byte that ended the scalar is read again in the next state.
      } else if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09) {
        do {
          if (b === 0x0a) {
            line++;
            lineStart = offset + i + 1;
          }
          if (++i === n) break;
          b = chunk[i];
        } while (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09);
        continue;
      } else if (state === AFTER_VALUE && b === 0x2c) {
        state = this.kinds[depth - 1] === OBJECT ? KEY : VALUE;
        i++;
        continue;
      } else if (state === COLON && b === 0x3a) {
        state = VALUE;
        i++;
        continue;
      } else if ((state === KEY || state === KEY_OR_CLOSE) && b === 0x22) {
        this.isKey = true;
        state = STRING;
        if (depth === 1) this.startCapture(CAPTURE_KEY, i, 1, line);
        i++;
        continue;
      } else if (state === VALUE || (state === VALUE_OR_CLOSE && b !== 0x5d)) {
        if (depth <= 2) {
          if (depth === 1 && this.use !== 'skip') {
            if (this.use === 'elements' && b === 0x5b) this.inElements = true;
            else this.startCapture(CAPTURE_VALUE, i, 1, line);
          } else if (depth === 2 && this.inElements) {
            this.startCapture(CAPTURE_ELEMENT, i, 2, line);
          }
        }
        if (b === 0x7b || b === 0x5b) {
          if (depth === this.kinds.length) this.growKinds();
          this.kinds[depth++] = b === 0x7b ? OBJECT : ARRAY;
          state = b === 0x7b ? KEY_OR_CLOSE : VALUE_OR_CLOSE;
        } else if (b === 0x22) {
          this.isKey = false;
          state = STRING;
        } else if (b === 0x2d || isDigit(b) || b === 0x74 || b === 0x66 || b === 0x6e) {
          state = SCALAR;
          scalarStart = i;
          this.scalarCarry = '';
        } else {
          this.fail(`Unexpected ${describeByte(b)}`, line, offset + i - lineStart + 1, EXPECTED[state]);
        }
        i++;
        continue;
      } else if (
        (b === 0x7d && (state === KEY_OR_CLOSE || state === AFTER_VALUE) && this.kinds[depth - 1] === OBJECT) ||
        (b === 0x5d && (state === VALUE_OR_CLOSE || state === AFTER_VALUE) && this.kinds[depth - 1] === ARRAY)
      ) {
        depth--;
        i++;
      } else {
        this.fail(`Unexpected ${describeByte(b)}`, line, offset + i - lineStart + 1, EXPECTED[state]);
      }
      // A value (string, scalar, object or array) ended just before byte i.
      state = depth === 0 ? DONE : AFTER_VALUE;
      if (depth <= 2) {
        if (depth === this.captureDepth) this.endValue(chunk, i);
        if (depth === 1) this.inElements = false;
      }
    }
    // Keep what a capture or a scalar has so far: the chunk's buffer is reused.
    if (this.capture !== NO_CAPTURE) this.captureParts.push(Buffer.from(chunk.subarray(this.captureStart, n)));
    if (state === SCALAR) this.scalarCarry += chunk.toString('latin1', scalarStart, n);
    this.state = state;
    this.depth = depth;
    this.escape = escape;
    this.line = line;
    this.lineStart = lineStart;
    this.offset = offset + n;
  }

  end(): void {
    if (this.state === SCALAR) {
      // A number or literal ends at the end of the file (complete only as the whole document).
      this.state = this.depth === 0 ? DONE : AFTER_VALUE;
      const text = this.scalarCarry;
      if (!isScalarText(Buffer.from(text, 'latin1'), 0, text.length)) {
        this.fail(`Unexpected ${JSON.stringify(text)}`, this.line, this.offset - text.length - this.lineStart + 1, 'expected a number, true, false or null');
      }
    }
    if (this.state !== DONE) {
      const where = this.state === STRING ? 'inside a string' : 'before the document is complete';
      throw new JsonSyntaxError(`the JSON ends ${where}`, this.line, this.offset - this.lineStart + 1, true);
    }
  }

  private isCarriedScalar(chunk: Buffer, end: number): boolean {
    const whole = Buffer.concat([Buffer.from(this.scalarCarry, 'latin1'), chunk.subarray(0, end)]);
    return isScalarText(whole, 0, whole.length);
  }

  private growKinds(): void {
    const grown = new Uint8Array(this.kinds.length * 2);
    grown.set(this.kinds);
    this.kinds = grown;
  }

  private endKey(chunk: Buffer, end: number): void {
    const line = this.captureLine;
    const name = this.takeCapture(chunk, end) as string;
    this.topKey = name;
    this.use = this.handlers.key(name, line);
  }

  private endValue(chunk: Buffer, end: number): void {
    const element = this.capture === CAPTURE_ELEMENT;
    const line = this.captureLine;
    const value = this.takeCapture(chunk, end);
    this.handlers.value(this.topKey, value, line, element);
  }

  private startCapture(kind: number, i: number, depth: number, line: number): void {
    this.capture = kind;
    this.captureDepth = kind === CAPTURE_KEY ? -1 : depth;
    this.captureStart = i;
    this.captureParts = [];
    this.captureLine = line;
  }

  private takeCapture(chunk: Buffer, end: number): unknown {
    const parts = this.captureParts;
    const last = chunk.subarray(this.captureStart, end);
    const text = parts.length === 0 ? last.toString('utf8') : Buffer.concat([...parts, last]).toString('utf8');
    this.capture = NO_CAPTURE;
    this.captureDepth = -1;
    this.captureParts = [];
    // The grammar and escapes were checked byte by byte, so this cannot throw.
    return JSON.parse(text);
  }

  private fail(problem: string, line: number, column: number, expected?: string): never {
    throw new JsonSyntaxError(`${problem} at column ${column}${expected ? `, ${expected}` : ''}`, line, column, false);
  }
}
