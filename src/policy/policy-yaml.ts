// A parser for the plain YAML policies are written in, for a cold start: block
// maps and lists, `- key: …` items, one-line scalars (plain, "double" or 'single'
// quoted), one-line [flow, lists] and { flow: maps }, comments. Anything else, and
// anything it is not sure of, it does not read: it answers undefined and the caller
// parses the file with the `yaml` package, whose errors (file:line, what to fix)
// stay as they are. So this parser only has to be exact where it answers, and it
// answers only where the file is unambiguous:
//
// - no tabs, carriage returns, control characters, byte order marks, surrogates,
//   U+2028/2029 anywhere; no `---`, `...` or `%` directive lines;
// - keys are plain words ([A-Za-z_][A-Za-z0-9_-]*, not null/true/false), each at
//   most once per map (yaml's uniqueKeys would refuse a second);
// - every value is on the line of its key or dash, or a block below it: an empty
//   value, a value continued on the next line, a block scalar (| >), an anchor,
//   alias or tag, a `? key`, a nested `- -` is undefined;
// - a plain scalar has none of `: `, a final `:`, and takes the type YAML's core
//   schema gives it: a plain decimal integer is a number, anything the schema
//   would read as null, a boolean or another number form is undefined;
// - every line's indentation is exactly where the structure expects it.
//
// Offsets are those `yaml` gives the same nodes (./policy-tree.ts): the policy
// compiler reports positions from them.
import type { PolicyMap, PolicyNode, PolicyScalar, PolicySeq } from './policy-tree.js';

/** Outside the subset: the caller parses the file with `yaml`. */
class OutsideSubset extends Error {}
const outside = (): never => {
  throw new OutsideSubset();
};

/** One line that holds more than spaces and a comment. */
interface ContentLine {
  /** Offset of its first character. */
  start: number;
  /** Offset of its first non-space character. */
  content: number;
  /** Offset of its line break (or the end of the text). */
  end: number;
  indent: number;
}

const KEY = /[A-Za-z_][A-Za-z0-9_-]{0,127}/y;
const NOT_STRING_KEY = /^(?:null|true|false)$/i;
// YAML 1.2's core schema (yaml's schema/core and schema/common): plain scalars it reads as something other than a string.
const CORE_NULL = /^(?:~|[Nn]ull|NULL)?$/;
const CORE_BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const CORE_NUMBER = [
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
];
/** The one non-string plain form read here: a decimal integer without sign or leading zero, exact as a double. */
const PLAIN_INTEGER = /^(?:0|[1-9][0-9]{0,14})$/;
// Characters a plain scalar may not start with here (YAML indicators, and `-?:` which start one only when followed by a non-space).
const PLAIN_START_REFUSED = new Set(['-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`', ' ']);
// Inside a flow collection a plain scalar here has none of these.
const FLOW_PLAIN_REFUSED = /[[\]{},:#'"]/;
const DOUBLE_QUOTED_ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t' };

/**
 * The file's tree, null for a file with no content (only comments and blank
 * lines), or undefined when the file is outside the subset this parser reads.
 */
export function parsePolicySubset(text: string): PolicyNode | null | undefined {
  const lines = contentLines(text);
  if (lines === undefined) return undefined;
  if (lines.length === 0) return null;
  try {
    const parser = new SubsetParser(text, lines);
    return parser.document();
  } catch (err) {
    if (err instanceof OutsideSubset) return undefined;
    throw err;
  }
}

function contentLines(text: string): ContentLine[] | undefined {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) continue;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xfeff || code === 0x2028 || code === 0x2029 || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  }
  const lines: ContentLine[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (text.startsWith('---', start) || text.startsWith('...', start) || text[start] === '%') return undefined;
    let content = start;
    while (content < end && text.charCodeAt(content) === 32) content++;
    if (content < end && text[content] !== '#') lines.push({ start, content, end, indent: content - start });
    start = end + 1;
  }
  return lines;
}

class SubsetParser {
  private line = 0;

  constructor(
    private readonly text: string,
    private readonly lines: ContentLine[],
  ) {}

  document(): PolicyNode {
    const first = this.lines[0];
    if (first.indent !== 0) outside();
    const root = this.blockNode(first.content);
    if (this.line !== this.lines.length) outside();
    return root;
  }

  /** The block collection starting at `at` on the current line. */
  private blockNode(at: number): PolicyNode {
    if (this.isDash(at)) return this.blockSeq();
    if (this.keyEnd(at) !== undefined) return this.blockMap(at);
    return outside();
  }

  private isDash(at: number): boolean {
    return this.isDashAt(this.lines[this.line], at);
  }

  private isDashAt(line: ContentLine, at = line.content): boolean {
    return this.text[at] === '-' && (at + 1 === line.end || this.text[at + 1] === ' ');
  }

  /** The end of a `key:` at `at` (the offset after the colon), if one is there. */
  private keyEnd(at: number): number | undefined {
    KEY.lastIndex = at;
    if (!KEY.test(this.text)) return undefined;
    const colon = KEY.lastIndex;
    const end = this.lines[this.line].end;
    if (this.text[colon] !== ':' || (colon + 1 !== end && this.text[colon + 1] !== ' ')) return undefined;
    return colon + 1;
  }

  /** A block map whose first key is at `at` on the current line; its keys all stand at that column. */
  private blockMap(at: number): PolicyMap {
    const column = at - this.lines[this.line].start;
    const map: PolicyMap = { kind: 'map', offset: at, pairs: [] };
    const seen = new Set<string>();
    let keyAt = at;
    for (;;) {
      const afterColon = this.keyEnd(keyAt);
      if (afterColon === undefined) outside();
      const keyText = this.text.slice(keyAt, afterColon! - 1);
      if (NOT_STRING_KEY.test(keyText) || seen.has(keyText)) outside();
      seen.add(keyText);
      const key: PolicyScalar = { kind: 'scalar', offset: keyAt, value: keyText, source: keyText };
      const line = this.lines[this.line];
      const valueAt = this.skipSpaces(afterColon!, line.end);
      let value: PolicyNode;
      if (valueAt === line.end || (this.text[valueAt] === '#' && valueAt > afterColon!)) {
        // The value is the block below: more indented, or a list at the key's own column.
        const next = this.lines[++this.line];
        if (next === undefined) return outside();
        if (next.indent > column) value = this.blockNode(next.content);
        else if (next.indent === column && this.isDash(next.content)) value = this.blockSeq();
        else return outside();
      } else {
        value = this.inlineValue(valueAt, line.end);
        this.line++;
      }
      map.pairs.push({ key, keyText, value });
      const next = this.lines[this.line];
      if (next === undefined || next.indent < column) return map;
      if (next.indent > column) outside();
      keyAt = next.content;
    }
  }

  /** A block list whose first dash is on the current line. */
  private blockSeq(): PolicySeq {
    const first = this.lines[this.line];
    const column = first.indent;
    const seq: PolicySeq = { kind: 'seq', offset: first.content, items: [] };
    for (;;) {
      const line = this.lines[this.line];
      if (!this.isDash(line.content)) outside();
      const itemAt = this.skipSpaces(line.content + 1, line.end);
      if (itemAt === line.end || this.text[itemAt] === '#' || this.isDash(itemAt)) outside();
      if (this.keyEnd(itemAt) !== undefined) {
        seq.items.push(this.blockMap(itemAt));
      } else {
        seq.items.push(this.inlineValue(itemAt, line.end));
        this.line++;
      }
      const next = this.lines[this.line];
      // A line at the dash's column that is no dash ends a list that is a map's value at its key's column.
      if (next === undefined || next.indent < column || (next.indent === column && !this.isDashAt(next))) return seq;
      if (next.indent > column) outside();
    }
  }

  private skipSpaces(at: number, end: number): number {
    while (at < end && this.text.charCodeAt(at) === 32) at++;
    return at;
  }

  /** A value that starts at `at` and ends on this line (then only spaces and a comment may follow). */
  private inlineValue(at: number, end: number): PolicyNode {
    const c = this.text[at];
    let node: PolicyNode;
    let after: number;
    if (c === '"' || c === "'") [node, after] = this.quoted(at, end);
    else if (c === '[') [node, after] = this.flowSeq(at, end);
    else if (c === '{') [node, after] = this.flowMap(at, end);
    else return this.blockPlain(at, end);
    const rest = this.skipSpaces(after, end);
    if (rest !== end && !(this.text[rest] === '#' && rest > after)) outside();
    return node;
  }

  /** A plain scalar in block context: up to a ` #` comment or the line's end. */
  private blockPlain(at: number, end: number): PolicyScalar {
    // Searched within the line only: indexOf over the rest of the text made a file without comments quadratic.
    let stop = end;
    for (let i = at; i + 1 < end; i++) {
      if (this.text.charCodeAt(i) === 32 && this.text.charCodeAt(i + 1) === 35) {
        stop = i;
        break;
      }
    }
    while (stop > at && this.text.charCodeAt(stop - 1) === 32) stop--;
    const raw = this.text.slice(at, stop);
    if (raw.includes(': ') || raw.endsWith(':')) outside();
    return this.plain(raw, at);
  }

  private plain(raw: string, at: number): PolicyScalar {
    if (raw === '' || PLAIN_START_REFUSED.has(raw[0])) outside();
    if (PLAIN_INTEGER.test(raw)) return { kind: 'scalar', offset: at, value: Number(raw), source: raw };
    if (CORE_NULL.test(raw) || CORE_BOOL.test(raw) || CORE_NUMBER.some((test) => test.test(raw))) outside();
    return { kind: 'scalar', offset: at, value: raw, source: raw };
  }

  /** A one-line quoted scalar at `at`; returns it and the offset after its closing quote. */
  private quoted(at: number, end: number): [PolicyScalar, number] {
    const quote = this.text[at];
    // The text between escapes is copied as slices (`from` is where the next one starts), not character by character.
    let value = '';
    let from = at + 1;
    for (let i = at + 1; i < end; i++) {
      const c = this.text[i];
      if (quote === "'") {
        if (c !== "'") continue;
        if (this.text[i + 1] === "'") {
          value += this.text.slice(from, i + 1);
          i++;
          from = i + 1;
          continue;
        }
        value += this.text.slice(from, i);
        return [{ kind: 'scalar', offset: at, value, source: value }, i + 1];
      } else if (c === '"') {
        value += this.text.slice(from, i);
        return [{ kind: 'scalar', offset: at, value, source: value }, i + 1];
      } else if (c === '\\') {
        const escaped = DOUBLE_QUOTED_ESCAPES[this.text[i + 1]];
        if (escaped === undefined || i + 1 >= end) outside();
        value += this.text.slice(from, i) + escaped;
        i++;
        from = i + 1;
      }
    }
    return outside();
  }

  /** One item of a flow collection: a quoted scalar, or a plain one up to `,` or the closing bracket. */
  private flowScalar(at: number, end: number, close: string): [PolicyScalar, number] {
    const c = this.text[at];
    if (c === '"' || c === "'") return this.quoted(at, end);
    let stop = at;
    while (stop < end && this.text[stop] !== ',' && this.text[stop] !== close) stop++;
    let last = stop;
    while (last > at && this.text.charCodeAt(last - 1) === 32) last--;
    const raw = this.text.slice(at, last);
    if (FLOW_PLAIN_REFUSED.test(raw)) outside();
    return [this.plain(raw, at), last];
  }

  private flowSeq(at: number, end: number): [PolicySeq, number] {
    const seq: PolicySeq = { kind: 'seq', offset: at, items: [] };
    let i = this.skipSpaces(at + 1, end);
    if (this.text[i] === ']') return [seq, i + 1];
    for (;;) {
      const [item, after] = this.flowScalar(i, end, ']');
      seq.items.push(item);
      i = this.skipSpaces(after, end);
      if (this.text[i] === ']') return [seq, i + 1];
      if (this.text[i] !== ',') outside();
      i = this.skipSpaces(i + 1, end);
      if (i >= end || this.text[i] === ']' || this.text[i] === ',') outside();
    }
  }

  private flowMap(at: number, end: number): [PolicyMap, number] {
    const map: PolicyMap = { kind: 'map', offset: at, pairs: [] };
    const seen = new Set<string>();
    let i = this.skipSpaces(at + 1, end);
    if (this.text[i] === '}') return [map, i + 1];
    for (;;) {
      KEY.lastIndex = i;
      if (!KEY.test(this.text) || KEY.lastIndex >= end) outside();
      const colon = KEY.lastIndex;
      const keyText = this.text.slice(i, colon);
      if (this.text[colon] !== ':' || this.text[colon + 1] !== ' ' || NOT_STRING_KEY.test(keyText) || seen.has(keyText)) outside();
      seen.add(keyText);
      const key: PolicyScalar = { kind: 'scalar', offset: i, value: keyText, source: keyText };
      const valueAt = this.skipSpaces(colon + 1, end);
      const opener = this.text[valueAt];
      const [value, after] = opener === '[' ? this.flowSeq(valueAt, end) : opener === '{' ? this.flowMap(valueAt, end) : this.flowScalar(valueAt, end, '}');
      map.pairs.push({ key, keyText, value });
      i = this.skipSpaces(after, end);
      if (this.text[i] === '}') return [map, i + 1];
      if (this.text[i] !== ',') outside();
      i = this.skipSpaces(i + 1, end);
      if (i >= end || this.text[i] === '}' || this.text[i] === ',') outside();
    }
  }
}

/**
 * Line and column (from 1) of an offset in a file this parser read, as `yaml`'s
 * LineCounter gives them for it (its lexer marks a line start after every line
 * break outside a scalar, and this subset has no scalar over several lines).
 */
export function subsetLinePos(text: string): (offset: number) => { line: number; col: number } {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (lineStarts[mid] < offset) low = mid + 1;
      else high = mid;
    }
    if (lineStarts[low] === offset) return { line: low + 1, col: 1 };
    if (low === 0) return { line: 0, col: offset };
    return { line: low, col: offset - lineStarts[low - 1] + 1 };
  };
}
