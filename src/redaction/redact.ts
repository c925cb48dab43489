// Replacing secrets by `[REDACTED:kind]`, from the tables in secret-forms.ts.
//
// Only the secret value is replaced; nothing is truncated, so what is shown
// still says what the command did (`mysql -u root -p[REDACTED:password] prod`).
// The secrets found are also returned as values, because the engine's derived
// texts spell them differently from the raw text (`-p'S3cret'` is shown as
// `-pS3cret` in a canonical form, and `echo S3cret` is its own part of
// `echo S3cret | docker login --password-stdin`): display.ts scrubs those
// values from every derived text.
//
// Redacting twice changes nothing and reports the same kinds: a text that
// already holds `[REDACTED:kind]` markers reports their kinds, so the audit
// log still flags a record whose action the gate redacted on entry.
import { shellSegments, type Segment, type Word } from './shell-words.js';
import { FEEDERS, PROGRAM_FORMS, TEXT_FORMS, WRAPPERS, type OptionForm, type ProgramForm, type ValueShape } from './secret-forms.js';

export interface Redaction {
  text: string;
  /** Kinds of secret replaced (`github-token`, `password`…), in order of first appearance; empty when none. */
  kinds: string[];
  /** The secret values found (as written and as unquoted), for scrubbing texts derived from this one. */
  secrets: string[];
}

interface Found {
  start: number;
  end: number;
  kind: string;
  /** Lower is more specific: names the kind when finds overlap. */
  rank: number;
  /** The value as the program receives it, when known (unquoted). */
  value?: string;
}

const MARKER = /\[REDACTED:[a-z0-9-]+\]/g;

const FORMS_BY_PROGRAM = new Map<string, ProgramForm[]>();
for (const form of PROGRAM_FORMS) {
  for (const program of form.programs) FORMS_BY_PROGRAM.set(program, [...(FORMS_BY_PROGRAM.get(program) ?? []), form]);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// A program form can only apply where its program is named, followed by its first command word if it has one
// (`docker … login`, not `docker build`).
const programWord = (programs: string[]) => String.raw`(?:^|[\s/;&|(\x60'"])(?:${programs.map(escapeRegExp).join('|')})(?=[\s;&|)<>\x60'"]|$)`;
const PROGRAM_HINT_SOURCE = PROGRAM_FORMS.map((form) => {
  const program = programWord(form.programs);
  const first = form.command?.[0];
  return first ? String.raw`${program}.*?(?:^|[\s'"])${escapeRegExp(first)}(?=[\s;&|)<>\x60'"]|$)` : program;
}).join('|');
const PROGRAM_HINT = new RegExp(PROGRAM_HINT_SOURCE, 's');

// The quick test is one union: the text forms' hints, a marker, or a program form's hint (any case).
// Taken as one RegExp it ran ~1.5x slower than its parts apart (V8 compiles a very large
// alternation poorly), so it is tested part by part, the program hints only where some program
// is named at all: every match of a program hint starts with a match of ANY_PROGRAM.
const TEXT_HINTS = new RegExp([...TEXT_FORMS.map((form) => form.hint), String.raw`\[REDACTED:`].join('|'), 'is');
const ANY_PROGRAM = new RegExp(programWord([...new Set(PROGRAM_FORMS.flatMap((form) => form.programs))]), 'is');
const PROGRAM_HINT_ANY_CASE = new RegExp(PROGRAM_HINT_SOURCE, 'is');

// Anchors as bitmaps of ASCII trigrams, lower case: one pass over a text's characters tells
// whether any text hint, or any program name, could match before their RegExps run (each
// costs ~40 ns a character on common texts: ~40 and ~80 alternatives tried at every position,
// and compiling them is a few ms of a hook call). A text form's anchors are in secret-forms.ts.
// A program is named with a separator before it or at the text's start, and a separator or the
// end after it: its match holds a separator and its first two letters, or its last two letters
// and a separator, unless it is the whole text.
const TEXT_TRIGRAMS = new Uint32Array((1 << 21) >>> 5);
/** Characters that are a text form's anchor alone (`??@`: any two ASCII characters before them). */
const TEXT_LAST_CHARACTERS = new Uint8Array(128);
const PROGRAM_STARTS = new Uint8Array(1 << 14);
const PROGRAM_ENDS = new Uint8Array(1 << 14);
const BEFORE_PROGRAM = new Uint8Array(128);
const AFTER_PROGRAM = new Uint8Array(128);
const PROGRAM_NAMES = new Set<string>();
/** No program name is longer: only a text this short can be one whole. */
const LONGEST_PROGRAM = 16;

// Filling the tables costs start-up time (its loops run before the JIT has warmed up), about what
// a process judging a handful of texts (a hook call) spends compiling and running the RegExps
// themselves: they are filled once a process has asked about this many texts.
const TEXTS_BEFORE_TABLES = 200;
let textsAsked = 0;
let tablesFilled = false;

function fillTables(): void {
  for (const anchor of [...TEXT_FORMS.flatMap((form) => form.anchors), '[re']) {
    if (anchor.length !== 3 || anchor !== anchor.toLowerCase() || /[^\x00-\x7f]/.test(anchor)) throw new Error(`secret-forms.ts: anchor ${JSON.stringify(anchor)} is not three lower-case ASCII characters`);
    const [a, b, c] = [...anchor];
    const wild = [a, b, c].filter((x) => x === '?').length;
    if (a === '?' && b === '?' && c !== '?') TEXT_LAST_CHARACTERS[c.charCodeAt(0)] = 1;
    else if (wild > 1) throw new Error(`secret-forms.ts: anchor ${JSON.stringify(anchor)}: one ? at most, or the first two`);
    else {
      for (let code = 0; code < (wild === 1 ? 128 : 1); code++) {
        const at = (x: string) => (x === '?' ? code : x.charCodeAt(0));
        const bit = (at(a) << 14) | (at(b) << 7) | at(c);
        TEXT_TRIGRAMS[bit >>> 5] |= 1 << (bit & 31);
      }
    }
  }
  for (const c of `\t\n\v\f\r /;&|(\x60'"`) BEFORE_PROGRAM[c.charCodeAt(0)] = 1;
  for (const c of `\t\n\v\f\r ;&|)<>\x60'"`) AFTER_PROGRAM[c.charCodeAt(0)] = 1;
  for (const program of new Set(PROGRAM_FORMS.flatMap((form) => form.programs))) {
    const name = program.toLowerCase();
    if (name.length < 2 || name.length > LONGEST_PROGRAM || /[^\x00-\x7f]/.test(name)) throw new Error(`secret-forms.ts: program ${JSON.stringify(program)} cannot be anchored`);
    PROGRAM_NAMES.add(name);
    PROGRAM_STARTS[(name.charCodeAt(0) << 7) | name.charCodeAt(1)] = 1;
    PROGRAM_ENDS[(name.charCodeAt(name.length - 2) << 7) | name.charCodeAt(name.length - 1)] = 1;
  }
  tablesFilled = true;
}

const MAY_TEXT_HINT = 1;
const MAY_NAME_PROGRAM = 2;
const MAY_EITHER = MAY_TEXT_HINT | MAY_NAME_PROGRAM;

/**
 * Which RegExps could match `text`: MAY_TEXT_HINT unless it holds no text
 * form's anchor, MAY_NAME_PROGRAM unless it names no program (separator and
 * first two letters, last two letters and separator, or the whole text); both
 * for a text the trigrams cannot speak for (shorter than three characters, or
 * holding a non-ASCII character: the RegExps decide those), and before the
 * tables are filled. Upper-case ASCII letters count as lower case, as the
 * case-insensitive RegExps match them; no other character matches an ASCII
 * letter there.
 */
function quickHints(text: string): number {
  const n = text.length;
  if (n < 3) return MAY_EITHER;
  if (!tablesFilled) {
    if (++textsAsked < TEXTS_BEFORE_TABLES) return MAY_EITHER;
    fillTables();
  }
  let found = 0;
  let a = text.charCodeAt(0);
  let b = text.charCodeAt(1);
  if (a >= 0x80 || b >= 0x80) return MAY_EITHER;
  if (a >= 0x41 && a <= 0x5a) a += 0x20;
  if (b >= 0x41 && b <= 0x5a) b += 0x20;
  for (let i = 2; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0x80) return MAY_EITHER;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    const bit = (a << 14) | (b << 7) | c;
    if ((TEXT_TRIGRAMS[bit >>> 5] & (1 << (bit & 31))) !== 0 || TEXT_LAST_CHARACTERS[c] !== 0) found |= MAY_TEXT_HINT;
    if ((BEFORE_PROGRAM[a] !== 0 && PROGRAM_STARTS[(b << 7) | c] !== 0) || (PROGRAM_ENDS[(a << 7) | b] !== 0 && AFTER_PROGRAM[c] !== 0)) found |= MAY_NAME_PROGRAM;
    a = b;
    b = c;
  }
  if (n <= LONGEST_PROGRAM && PROGRAM_NAMES.has(text.toLowerCase())) found |= MAY_NAME_PROGRAM;
  return found;
}

/** True when `text` may hold a secret (false means it certainly holds none of the forms). */
export function mayHoldSecret(text: string): boolean {
  const may = quickHints(text);
  if (may === 0) return false;
  return ((may & MAY_TEXT_HINT) !== 0 && TEXT_HINTS.test(text)) || ((may & MAY_NAME_PROGRAM) !== 0 && ANY_PROGRAM.test(text) && PROGRAM_HINT_ANY_CASE.test(text));
}

// Outputs redact the same texts again and again (a rule's reason on thousands of
// items, a path as raw text and as normalized form, the audit after the gate), and
// the result depends on the text alone: short texts are remembered. Bounded in
// count and length so memory stays small (at most MEMO_SIZE × MEMO_LENGTH chars).
const MEMO_SIZE = 4096;
const MEMO_LENGTH = 512;
const memo = new Map<string, Redaction>();

/**
 * Empties the memo. A long-lived process that serves calls one after another (the
 * hook's judge, src/cli/judge-server.ts) calls it before each, so every call does
 * its own redaction as a fresh process would, and no call's texts outlive it.
 */
export function forgetRedactions(): void {
  memo.clear();
}

/** Replaces every secret in `text` by `[REDACTED:kind]`. */
export function redactSecrets(text: string): Redaction {
  const known = sharedRedaction(text);
  // Copies: a caller may change the lists it was given.
  return { text: known.text, kinds: [...known.kinds], secrets: [...known.secrets] };
}

/**
 * redactSecrets without the copies, for callers in this folder that only read
 * the result (display.ts makes ~100,000 of them for a large PR): the object may
 * be the memo's own, so it must never be changed.
 */
export function sharedRedaction(text: string): Readonly<Redaction> {
  if (text.length > MEMO_LENGTH) return redactText(text);
  let known = memo.get(text);
  if (known === undefined) {
    known = redactText(text);
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(text, known);
  }
  return known;
}

function redactText(text: string): Redaction {
  if (!mayHoldSecret(text)) return { text, kinds: [], secrets: [] };
  const markers = [...text.matchAll(MARKER)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, kind: m[0].slice(10, -1) }));
  const found = [...textForms(text), ...(PROGRAM_HINT.test(text) ? programForms(text) : [])].filter(
    // A value that is already a marker was redacted before; a find starting inside one read the marker as text.
    (f) => f.end > f.start && !markers.some((m) => (f.start >= m.start && f.end <= m.end) || (f.start > m.start && f.start < m.end)),
  );
  const merged = mergeFound(found);
  const kinds: string[] = [];
  const secrets = new Set<string>();
  let out = '';
  let at = 0;
  const events = [
    ...merged.map((f) => ({ start: f.start, kind: f.kind })),
    ...markers.filter((m) => !merged.some((f) => m.start >= f.start && m.end <= f.end)),
  ].sort((a, b) => a.start - b.start);
  for (const event of events) if (!kinds.includes(event.kind)) kinds.push(event.kind);
  for (const f of merged) {
    out += text.slice(at, f.start) + `[REDACTED:${f.kind}]`;
    at = f.end;
    addSecret(secrets, text.slice(f.start, f.end));
    for (const value of f.values) addSecret(secrets, value);
  }
  out += text.slice(at);
  return { text: out, kinds, secrets: [...secrets] };
}

function addSecret(secrets: Set<string>, value: string): void {
  if (value === '' || value.includes('[REDACTED:')) return;
  secrets.add(value);
  const unquoted = value.replace(/^(['"])([\s\S]*)\1$/, '$2');
  if (unquoted !== value && unquoted !== '') secrets.add(unquoted);
  // A multi-line secret (a key block, a heredoc) may be shown a line at a time.
  if (value.includes('\n')) {
    for (const line of value.split('\n')) if (line.trim().length >= 4) secrets.add(line.trim());
  }
}

// `d` gives the offsets of the `s` group; the table's patterns are written without it.
// Each form's own hint is tested first: one quick test per form instead of its whole pattern.
const COMPILED_TEXT_FORMS = TEXT_FORMS.map(({ kind, pattern, hint }) => ({
  kind,
  hint: new RegExp(hint, 'i'),
  pattern: new RegExp(pattern.source, pattern.flags.includes('d') ? pattern.flags : pattern.flags + 'd'),
}));

function* textForms(text: string): Iterable<Found> {
  for (let rank = 0; rank < COMPILED_TEXT_FORMS.length; rank++) {
    const { kind, hint, pattern } = COMPILED_TEXT_FORMS[rank];
    if (!hint.test(text)) continue;
    for (const match of text.matchAll(pattern)) {
      const span = match.indices?.groups?.s;
      if (!span) continue;
      let [start, end] = span;
      // A quoted value keeps its quotes: `DB_PASSWORD="[REDACTED:secret]"` is still a word.
      const quote = text[start];
      if ((quote === '"' || quote === "'") && end - start >= 2 && text[end - 1] === quote) {
        start += 1;
        end -= 1;
      }
      yield { start, end, kind, rank };
    }
  }
}

const PROGRAM_RANK = TEXT_FORMS.length;
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

// How deep quoted commands are opened: `bash -c "ssh host 'mysql -pX'"` is two levels.
const MAX_QUOTE_DEPTH = 3;

function* programForms(text: string, depth = 0): Iterable<Found> {
  const segments = shellSegments(text);
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index];
    // A quoted word with blanks may be a command of its own (`bash -c "…"`, `ssh host '…'`,
    // an error message quoting the input): its programs are looked at too.
    if (depth < MAX_QUOTE_DEPTH) {
      for (const word of segment.words) {
        const open = text[word.start];
        if ((open !== '"' && open !== "'") || text[word.end - 1] !== open || !/\s/.test(word.value)) continue;
        const inner = text.slice(word.start + 1, word.end - 1);
        for (const found of programForms(inner, depth + 1)) yield { ...found, start: found.start + word.start + 1, end: found.end + word.start + 1 };
      }
    }
    const start = programIndex(segment.words);
    if (start === -1) continue;
    // A wrapper can take a secret itself (`echo PASS | sudo -S apt-get install x`): its forms apply too.
    const first = segment.words.findIndex((word) => !ASSIGNMENT.test(word.value));
    const starts = first !== -1 && first !== start ? [first, start] : [start];
    for (const at of starts) {
      const forms = FORMS_BY_PROGRAM.get(basename(segment.words[at].value));
      if (!forms) continue;
      const args = segment.words.slice(at + 1, at === first && first !== start ? start : undefined);
      for (const form of forms) yield* applyForm(text, form, args, segment, segments[index - 1]);
    }
  }
}

/** The index of the word that names the program, past assignments and wrappers (`sudo -u x env A=b docker …`). */
function programIndex(words: Word[]): number {
  let i = 0;
  while (i < words.length) {
    const value = words[i].value;
    if (ASSIGNMENT.test(value)) {
      i++;
      continue;
    }
    const wrapper = WRAPPERS[basename(value)];
    if (!wrapper) return i;
    i++;
    let positionals = wrapper.leadingPositionals ?? 0;
    while (i < words.length) {
      const word = words[i].value;
      if (word.startsWith('-') && word.length > 1) {
        i += wrapper.valueOptions.includes(word) ? 2 : 1;
      } else if (ASSIGNMENT.test(word)) {
        i++;
      } else if (positionals > 0) {
        positionals--;
        i++;
      } else break;
    }
  }
  return -1;
}

function basename(value: string): string {
  const slash = value.lastIndexOf('/');
  return slash === -1 ? value : value.slice(slash + 1);
}

function* applyForm(text: string, form: ProgramForm, args: Word[], segment: Segment, previous: Segment | undefined): Iterable<Found> {
  const rank = PROGRAM_RANK;
  const kind = form.kind;
  const optionNames = new Set((form.options ?? []).flatMap((o) => o.names));
  const valueOptions = new Set(form.valueOptions ?? []);
  // Sort the words into options (with the value they take) and positionals.
  const positionals: Word[] = [];
  const flagLetters = new Set<string>();
  let endOfOptions = false;
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    const value = word.value;
    if (endOfOptions || !value.startsWith('-') || value === '-') {
      positionals.push(word);
      continue;
    }
    if (value === '--') {
      endOfOptions = true;
      continue;
    }
    if (/^-[A-Za-z]+$/.test(value)) for (const letter of value.slice(1)) flagLetters.add(letter);
    if (optionNames.has(value) || valueOptions.has(value)) i++;
  }
  const commandEnd = matchCommand(form.command ?? [], positionals);
  if (commandEnd === -1) return;

  for (const option of form.options ?? []) yield* optionValues(text, option, args, kind, rank);

  const rest = positionals.slice(commandEnd);
  for (const spec of form.positionals ?? []) {
    if (spec.whenFlags && ![...spec.whenFlags].every((l) => flagLetters.has(l))) continue;
    if (spec.unlessFlags && [...spec.unlessFlags].some((l) => flagLetters.has(l))) continue;
    const word = rest[spec.index];
    if (!word) continue;
    if (spec.keyValue) {
      const eq = word.value.indexOf('=');
      if (eq === -1) continue;
      if (spec.keyMatches && !spec.keyMatches.test(word.value.slice(0, eq))) continue;
      yield* within(text, word, eq + 1, kind, rank);
      continue;
    }
    if (spec.keyMatches) {
      const key = rest[spec.keyIndex ?? spec.index - 1];
      if (!key || !spec.keyMatches.test(key.value)) continue;
    }
    if (word.value === '-') continue;
    yield* within(text, word, 0, kind, rank);
  }

  if (form.stdin && (form.stdin === true || form.stdin.some((flag) => args.some((a) => a.value === flag)))) {
    yield* fedSecrets(text, segment, previous, kind, rank);
  }
}

/** Where the command words sit among the positionals: the index after the last one, or -1 when they are not there. */
function matchCommand(command: string[], positionals: Word[]): number {
  let at = 0;
  for (let k = 0; k < command.length; k++) {
    let found = -1;
    // The first word must come early (global options may take values we do not know); the rest follow in order.
    const limit = k === 0 ? Math.min(positionals.length, 3) : positionals.length;
    for (let i = at; i < limit; i++) {
      if (positionals[i].value === command[k]) {
        found = i;
        break;
      }
    }
    if (found === -1) return -1;
    at = found + 1;
  }
  return at;
}

function* optionValues(text: string, option: OptionForm, args: Word[], kind: string, rank: number): Iterable<Found> {
  for (let i = 0; i < args.length; i++) {
    const value = args[i].value;
    for (const name of option.names) {
      const long = name.length > 2;
      if (value === name) {
        if (option.gluedOnly) continue;
        const next = args[i + 1];
        if (next && next.value !== '-') yield* shaped(text, next, 0, option.shape, kind, rank);
      } else if (long && value.startsWith(name + '=')) {
        yield* shaped(text, args[i], name.length + 1, option.shape, kind, rank);
      } else if (!long && value.startsWith(name) && value.length > name.length && !value.startsWith('--')) {
        yield* shaped(text, args[i], name.length, option.shape, kind, rank);
      }
    }
  }
}

/** The secret part of a value of the given shape, from `offset` (in the unquoted value) on. */
function* shaped(text: string, word: Word, offset: number, shape: ValueShape = 'whole', kind: string, rank: number): Iterable<Found> {
  // Separators inside an earlier marker (`[REDACTED:api-key]:`) are not the value's own.
  const value = word.value.slice(offset).replace(MARKER, (marker) => '#'.repeat(marker.length));
  let from: number;
  switch (shape) {
    case 'whole':
      from = 0;
      break;
    case 'after-colon':
      from = value.indexOf(':') + 1;
      break;
    case 'after-percent':
      from = value.indexOf('%') + 1;
      break;
    case 'after-equals':
      from = value.indexOf('=') + 1;
      break;
    case 'after-pass-prefix':
      from = value.startsWith('pass:') ? 5 : 0;
      if (from === 0) return;
      break;
    case 'cookie':
      from = value.includes('=') ? 0 : -1;
      if (from === -1) return;
      break;
  }
  // No separator: no secret in this value (`curl -u alice` prompts for the password).
  if (from === 0 && shape !== 'whole' && shape !== 'cookie') return;
  if (from >= value.length && shape !== 'whole') return;
  yield* within(text, word, offset + from, kind, rank);
}

/** The part of `word` from unquoted offset `from` to its end, as a found secret (kept inside its quotes). */
function* within(text: string, word: Word, from: number, kind: string, rank: number): Iterable<Found> {
  const value = word.value.slice(from);
  if (value === '') return;
  const { offset, quote } = rawOffset(text, word, from);
  let end = word.end;
  if (quote && text[end - 1] === quote && end - 1 > offset) end -= 1;
  let start = offset;
  // A secret that is a whole quoted word keeps its quotes outside the marker.
  if (from === 0 && (text[start] === "'" || text[start] === '"') && text[end - 1] === text[start] && end - start >= 2) {
    start += 1;
    end -= 1;
  }
  yield { start, end, kind, rank, value };
}

/** Where in the raw text the unquoted character `index` of `word` sits, and the quote open there. */
function rawOffset(text: string, word: Word, index: number): { offset: number; quote?: string } {
  let count = 0;
  let i = word.start;
  let quote: string | undefined;
  while (i < word.end) {
    const c = text[i];
    if (quote === undefined && (c === "'" || c === '"')) {
      quote = c;
      i++;
      continue;
    }
    if (quote !== undefined && c === quote) {
      quote = undefined;
      i++;
      continue;
    }
    if (count === index) return { offset: i, quote };
    if (c === '\\' && quote !== "'") i += 2;
    else i++;
    count++;
  }
  return { offset: Math.min(i, word.end), quote };
}

/** What is fed to a program's standard input: its here-strings and heredocs, or the words an `echo` piped into it prints. */
function* fedSecrets(text: string, segment: Segment, previous: Segment | undefined, kind: string, rank: number): Iterable<Found> {
  yield* inputOf(text, segment, kind, rank);
  if (!segment.piped || !previous) return;
  const start = programIndex(previous.words);
  if (start === -1) {
    yield* inputOf(text, previous, kind, rank);
    return;
  }
  const program = basename(previous.words[start].value);
  if (FEEDERS.includes(program)) {
    let options = true;
    for (const word of previous.words.slice(start + 1)) {
      if (options && /^-[neEs]+$/.test(word.value)) continue;
      options = false;
      yield* within(text, word, 0, kind, rank);
    }
  } else if (program === 'cat') {
    yield* inputOf(text, previous, kind, rank);
  }
}

function* inputOf(text: string, segment: Segment, kind: string, rank: number): Iterable<Found> {
  for (const word of segment.hereStrings) yield* within(text, word, 0, kind, rank);
  for (const body of segment.heredocs) {
    yield { start: body.start, end: body.end, kind, rank, value: text.slice(body.start, body.end) };
  }
}

interface Merged {
  start: number;
  end: number;
  kind: string;
  rank: number;
  values: string[];
}

/** Overlapping finds become one replacement, named by the most specific kind among them. */
function mergeFound(found: Found[]): Merged[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Merged[] = [];
  for (const f of sorted) {
    const last = merged[merged.length - 1];
    if (last && f.start < last.end) {
      last.end = Math.max(last.end, f.end);
      if (f.rank < last.rank) {
        last.rank = f.rank;
        last.kind = f.kind;
      }
      if (f.value !== undefined) last.values.push(f.value);
      continue;
    }
    merged.push({ start: f.start, end: f.end, kind: f.kind, rank: f.rank, values: f.value !== undefined ? [f.value] : [] });
  }
  return merged;
}

/**
 * A function that redacts a text derived from an already redacted one (a
 * canonical form, a part, a reason): the patterns again, then every secret
 * value found in the original, wherever it appears.
 */
export function derivedRedactor(secrets: string[]): (text: string) => Redaction {
  // Longest first, so a secret that contains another is replaced whole.
  const literal = secrets.filter((s) => s.length >= 3).sort((a, b) => b.length - a.length);
  return (text: string) => {
    const first = sharedRedaction(text);
    let out = first.text;
    const kinds = [...first.kinds];
    for (const secret of literal) {
      if (!out.includes(secret)) continue;
      out = out.split(secret).join('[REDACTED:secret]');
      if (!kinds.includes('secret')) kinds.push('secret');
    }
    return out === text ? { text, kinds: [], secrets: [] } : { text: out, kinds, secrets: [...first.secrets] };
  };
}

// V8 quotes the start of a text it cannot parse (`Unexpected token 'm', "mysql -pS3"... is not
// valid JSON`): ten characters, too few for the patterns to recognise a secret by.
const JSON_EXCERPT = /, "(?:[^"\\]|\\.)*"(?:\.\.\.)? is not valid JSON/g;

/** An error message as outputs may show it: secrets redacted, and V8's excerpt of unparsable input dropped. */
export function redactMessage(message: string): string {
  return redactSecrets(message.replace(JSON_EXCERPT, ' (the text is not valid JSON)')).text;
}
