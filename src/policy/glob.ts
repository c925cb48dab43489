// Policy globs, compiled once at load into one RegExp each (compile once, match many).
//
// Two flavours share picomatch's syntax (`*`, `?`, `[…]`, `{a,b}`, `{1..3}`, extglobs):
// - text globs (`command`, `destination`, and the infra keys): `*` matches any
//   characters, `/` and spaces included. picomatch treats `/` as a separator, so
//   every `/` is swapped for a private-use character in both pattern and text.
// - path globs (`path`): `*` stays in one segment, `**` crosses segments, dotfiles
//   match, and an alternative with no `/` matches the base name in any folder
//   (as in .gitignore).
//
// Braces are expanded here rather than by picomatch because picomatch does not
// apply globstar semantics inside braces: `{**/.env,*.pem}` would not match a
// root-level `.env`. Each alternative is compiled on its own, then joined.
import picomatch from 'picomatch';
import type { CompiledPattern } from '../types.js';
import { linearMatch, needsRegex, parseLinearGlob, type LinearGlob } from './linear-glob.js';

/** Stands in for `/` in text globs; chosen from the private-use area so it never occurs in real text. */
const SLASH = '\uE000';
/** Any real occurrence of the stand-in is moved aside so it cannot pose as `/`. */
const SLASH_ESCAPE = '\uE001';
const MAX_ALTERNATIVES = 1024;

/**
 * Stands in for a `-` of a command word that is not a real option (an option's
 * value, an operand, a quoted argument, anything after `--`) in the text allow
 * patterns see. A pattern's option-like literal (`--dry-run`, `-auto-approve`,
 * `--namespace=dev`) is compiled to match only a real `-`, so it is satisfied
 * only by a real option; every other `-` of a pattern matches either.
 */
export const NOT_OPTION_DASH = '\uE002';

/** The text of a word that is not a real option, as allow patterns see it. */
export function notOption(word: string): string {
  // An indexOf loop: about twice as fast as replaceAll on the short words of a command (tables' profile of allowWords).
  let at = word.indexOf('-');
  if (at < 0) return word;
  let out = '';
  let from = 0;
  for (; at >= 0; at = word.indexOf('-', from)) {
    out += word.slice(from, at) + NOT_OPTION_DASH;
    from = at + 1;
  }
  return out + word.slice(from);
}

/** An option word as allow patterns see it: its name is an option, its `=value` is not. */
export function asOption(word: string): string {
  const eq = word.indexOf('=');
  return eq < 0 ? word : word.slice(0, eq + 1) + notOption(word.slice(eq + 1));
}

/** Where a `-` starts an option-like literal in a pattern: at its start, after a blank or a wildcard. */
const OPTION_START_AFTER = new Set([undefined, ' ', '*', '?', ']', ')', '(', '|']);

/**
 * Rewrites a pattern so that its option-like literals match only real options:
 * the dashes and name of `--name` (up to `=`) stay `-`; every other dash becomes
 * "a dash of either kind". Bracket expressions and escapes are left alone.
 */
function optionAwareDashes(pattern: string): string {
  if (!pattern.includes('-')) return pattern;
  // Unchanged runs are copied as slices (`kept` is where the next one starts): only a rewritten dash is added on its own.
  let out = '';
  let kept = 0;
  let mode: 'none' | 'name' | 'value' = 'none';
  let previous: string | undefined;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\' && i + 1 < pattern.length) {
      previous = pattern[++i];
      if (mode === 'name') mode = 'none';
      continue;
    }
    if (ch === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close !== -1) {
        i = close;
        previous = ']';
        mode = 'none';
        continue;
      }
    }
    if (ch === '-') {
      if (mode === 'name' || (mode === 'none' && OPTION_START_AFTER.has(previous))) {
        mode = 'name';
      } else {
        out += pattern.slice(kept, i) + `[-${NOT_OPTION_DASH}]`;
        kept = i + 1;
      }
    } else {
      if (ch === ' ') mode = 'none';
      else if (ch === '=' && mode === 'name') mode = 'value';
      else if (mode === 'name' && !NAME_CHARACTER.test(ch)) mode = 'none';
    }
    previous = ch;
  }
  return kept === 0 ? pattern : out + pattern.slice(kept);
}

/** A character an option's name may hold after its dashes. */
const NAME_CHARACTER = /[A-Za-z0-9_.]/;

export class GlobError extends Error {}

const PICOMATCH_OPTIONS = { dot: true, strictBrackets: true, posix: true } as const;

/** Splits `a{b,c}d` into `abd`, `acd` and `a{1..3}` into `a1`, `a2`, `a3`; nested braces and `\` escapes respected. Other groups with no top-level comma (`{x}`) stay for picomatch. */
export function expandBraces(pattern: string): string[] {
  const open = findExpandableGroup(pattern);
  if (!open) return [pattern];
  const { start, end, parts } = open;
  const prefix = pattern.slice(0, start);
  const suffix = pattern.slice(end + 1);
  const out: string[] = [];
  for (const part of parts) {
    for (const expanded of expandBraces(prefix + part + suffix)) {
      out.push(expanded);
      if (out.length > MAX_ALTERNATIVES) {
        throw new GlobError(`expands to more than ${MAX_ALTERNATIVES} alternatives; split it into several patterns`);
      }
    }
  }
  return out;
}

function findExpandableGroup(pattern: string): { start: number; end: number; parts: string[] } | null {
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '[') {
      // Braces inside a bracket expression are literal.
      const close = pattern.indexOf(']', i + 2);
      if (close !== -1) i = close;
      continue;
    }
    if (ch !== '{') continue;
    let depth = 0;
    const commas: number[] = [];
    let j = i;
    for (; j < pattern.length; j++) {
      const c = pattern[j];
      if (c === '\\') {
        j++;
        continue;
      }
      if (c === '{') depth++;
      else if (c === '}') {
        depth--;
        if (depth === 0) break;
      } else if (c === ',' && depth === 1) commas.push(j);
    }
    if (j >= pattern.length) throw new GlobError('has a "{" with no closing "}" (write "\\{" for a literal brace)');
    if (commas.length === 0) {
      const range = expandRange(pattern.slice(i + 1, j));
      if (range) return { start: i, end: j, parts: range };
      continue;
    }
    const parts: string[] = [];
    let from = i + 1;
    for (const c of [...commas, j]) {
      parts.push(pattern.slice(from, c));
      from = c + 1;
    }
    return { start: i, end: j, parts };
  }
  return null;
}

/**
 * `|` means "or" only inside an extglob group (`@(a|b)`); elsewhere it is a
 * character (a pipe in a command, a URL). picomatch leaves a `|` after a leading
 * `*` unescaped, so `*| grep *` became "anything, or ` grep …`" and matched every
 * text: an allow rule that allowed everything. Such a `|` is escaped first.
 */
function literalPipes(pattern: string): string {
  if (!pattern.includes('|')) return pattern;
  let out = '';
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      out += pattern.slice(i, i + 2);
      i++;
      continue;
    }
    if (ch === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close !== -1) {
        out += pattern.slice(i, close + 1);
        i = close;
        continue;
      }
    }
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
    out += ch === '|' && depth === 0 ? '\\|' : ch;
  }
  return out;
}

/**
 * `{1..10}`, `{01..10}` (zero-padded like bash), `{10..1}`, `{1..9..2}`, `{a..e}`:
 * the values, or null when the text is no range. picomatch turns `{1..1000}` into
 * the character class `[1-1000]` (one character: 0 or 1), so `x{1..1000}` missed
 * `x5`; expanded here, a range means what it says, within the alternatives limit.
 */
function expandRange(body: string): string[] | null {
  const numeric = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(body);
  const letters = /^([A-Za-z])\.\.([A-Za-z])(?:\.\.(-?\d+))?$/.exec(body);
  if (!numeric && !letters) return null;
  const step = Math.abs(Number((numeric ?? letters)![3] ?? 1)) || 1;
  let from: number;
  let to: number;
  if (numeric) {
    from = Number(numeric[1]);
    to = Number(numeric[2]);
  } else {
    from = letters![1].charCodeAt(0);
    to = letters![2].charCodeAt(0);
    if ((from >= 97) !== (to >= 97)) throw new GlobError(`has the range {${body}}, which mixes upper and lower case; write two ranges`);
  }
  const count = Math.floor(Math.abs(to - from) / step) + 1;
  if (count > MAX_ALTERNATIVES) throw new GlobError(`has the range {${body}}, more than ${MAX_ALTERNATIVES} alternatives; write * or a character class`);
  const padded = numeric !== null && (/^-?0\d/.test(numeric[1]) || /^-?0\d/.test(numeric[2]));
  const width = padded ? Math.max(numeric[1].replace('-', '').length, numeric[2].replace('-', '').length) : 0;
  const values: string[] = [];
  for (let k = 0, value = from; k < count; k++, value += from <= to ? step : -step) {
    if (!numeric) values.push(String.fromCharCode(value));
    else values.push(`${value < 0 ? '-' : ''}${String(Math.abs(value)).padStart(width, '0')}`);
  }
  return values;
}

function compileAlternative(alternative: string): RegExp {
  let re: RegExp;
  try {
    re = picomatch.makeRe(literalPipes(alternative), PICOMATCH_OPTIONS);
  } catch (err) {
    throw new GlobError((err as Error).message);
  }
  // picomatch signals a pattern that can never match (e.g. `[z-a]`, a trailing `\`) with /$^/.
  if (re.source === '$^') throw new GlobError('can never match anything (check brackets and a trailing "\\")');
  return re;
}

/**
 * A text glob's empty alternative (`{terraform apply*,}`) matches the empty text, as the
 * linear matcher says; picomatch refuses an empty glob, which, compiled on first use,
 * threw on the first empty, `.` or `..` text (a destination such as `http://`).
 */
function compileTextAlternative(alternative: string): RegExp {
  return alternative === '' ? /^$/ : compileAlternative(alternative);
}

function join(regexes: RegExp[]): RegExp | null {
  if (regexes.length === 0) return null;
  if (regexes.length === 1) return regexes[0];
  return new RegExp(regexes.map((r) => r.source).join('|'));
}

function checkNotEmpty(pattern: string): void {
  if (pattern.trim() === '') throw new GlobError('is empty; write a glob such as "terraform apply*"');
}

/** The alternatives of a text glob as the matchers read them, `/` still itself. */
function optionAwareAlternatives(pattern: string): string[] {
  return expandBraces(pattern).map((alt) => singleStars(optionAwareDashes(alt)));
}

function textGlobAlternatives(pattern: string): string[] {
  return optionAwareAlternatives(pattern).map(withSlashStandIns);
}

function withSlashStandIns(alternative: string): string {
  return alternative.includes('/') ? alternative.replaceAll('/', SLASH) : alternative;
}

/**
 * In a text glob `**` means what `*` means. picomatch compiles `**` with `.`,
 * which stops at a line break, so `curl**` missed `curl x` + newline + `y`.
 * A run of stars becomes one (escapes and brackets left alone; `**(…)` kept).
 */
function singleStars(pattern: string): string {
  if (!pattern.includes('**')) return pattern;
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      out += pattern.slice(i, i + 2);
      i++;
      continue;
    }
    if (ch === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close !== -1) {
        out += pattern.slice(i, close + 1);
        i = close;
        continue;
      }
    }
    if (ch === '*') {
      let end = i;
      while (pattern[end + 1] === '*') end++;
      out += pattern[end + 1] === '(' ? pattern.slice(i, end + 1) : '*';
      i = end;
      continue;
    }
    out += ch;
  }
  return out;
}

/** picomatch's regex for a text glob, for texts made with toGlobText: what the linear matcher must agree with (tests). */
export function textGlobRegex(pattern: string): RegExp {
  return join(textGlobAlternatives(pattern).map(compileTextAlternative))!;
}

/**
 * An alternative picomatch can neither refuse nor compile to a regex that never matches,
 * so its regex may wait for first use: plain characters, `*`, `?` and the one bracket
 * expression glob.ts writes itself (the dash of either kind). Anything else is compiled
 * at load, where picomatch's quirks show (`]` alone is refused under strictBrackets,
 * `a+++` compiles to a regex that never matches). test/policy/linear-glob.test.ts checks
 * that a pattern is refused at load exactly when picomatch refuses it.
 */
function picomatchAccepts(alternative: string): boolean {
  return alternative.length <= MAX_PICOMATCH_LENGTH && PLAIN_ALTERNATIVE.test(alternative.replaceAll(EITHER_DASH, '-'));
}

const EITHER_DASH = `[-${NOT_OPTION_DASH}]`;
const PLAIN_ALTERNATIVE = /^[A-Za-z0-9 _.,:=%\uE000*?-]*$/;
/** picomatch refuses longer patterns. */
const MAX_PICOMATCH_LENGTH = 65_536;

/** A glob where `*` matches anything, `/` and spaces included. */
export function compileTextGlob(pattern: string): CompiledPattern {
  checkNotEmpty(pattern);
  const aware = optionAwareAlternatives(pattern);
  const alternatives = aware.map(withSlashStandIns);
  // The text is the agent's: match in linear time where the pattern allows (./linear-glob.ts).
  const linear = alternatives.map(parseLinearGlob);
  if (linear.some((glob) => glob === null)) {
    const re = join(alternatives.map(compileTextAlternative))!; // also validates every alternative
    return { source: pattern, test: (text) => re.test(toGlobText(text)) };
  }
  // picomatch's regex is needed only for the texts it treats specially (`needsRegex`): compiled
  // on first use where loading could not fail on it, else now, so a bad pattern is refused at load.
  let re = alternatives.every(picomatchAccepts) ? undefined : join(alternatives.map(compileTextAlternative))!;
  const regexTest = (text: string): boolean => (re ??= join(alternatives.map(compileTextAlternative))!).test(toGlobText(text));
  // Without the stand-in characters in the pattern, matching the text as it is says what
  // matching it with `/` swapped would: each swap maps one character to one other.
  if (pattern.includes(SLASH) || pattern.includes(SLASH_ESCAPE)) {
    const globs = linear as LinearGlob[];
    return {
      source: pattern,
      test: (text) => {
        if (needsRegex(text)) return regexTest(text);
        const globText = toGlobText(text);
        for (const glob of globs) if (linearMatch(glob, globText)) return true;
        return false;
      },
    };
  }
  // An alternative without `/` is the same text either way: its matcher is parsed once.
  const globs = aware.map((alt, i) => (alternatives[i] === alt ? linear[i] : parseLinearGlob(alt))) as LinearGlob[];
  if (globs.length === 1) {
    const [glob] = globs;
    return { source: pattern, test: (text) => (needsRegex(text) ? regexTest(text) : linearMatch(glob, text)) };
  }
  return {
    source: pattern,
    test: (text) => {
      if (needsRegex(text)) return regexTest(text);
      for (const glob of globs) if (linearMatch(glob, text)) return true;
      return false;
    },
  };
}

// A decision tests one text against many patterns in a row: the last conversion
// is kept so it is done once per text, not once per pattern.
let lastText = '';
let lastGlobText = '';

/** Text as text globs see it: `/` becomes the stand-in character. */
export function toGlobText(text: string): string {
  if (text === lastText) return lastGlobText;
  let converted = text.includes(SLASH) ? text.replaceAll(SLASH, SLASH_ESCAPE) : text;
  if (converted.includes('/')) converted = converted.replaceAll('/', SLASH);
  lastText = text;
  lastGlobText = converted;
  return converted;
}

/** A path glob with .gitignore-like base-name matching for alternatives without `/`. */
export function compilePathGlob(pattern: string): CompiledPattern {
  checkNotEmpty(pattern);
  const alternatives = expandBraces(pattern);
  // picomatch refuses an empty glob, and its regex waits for first use: refused here, at load, not on the first path judged.
  if (alternatives.includes('')) throw new GlobError('has an empty alternative (as in "{a,}"), which no path matches; remove it');
  // Compiled on first use where picomatch cannot refuse it (see picomatchAccepts), else now.
  let regexes = alternatives.every((alt) => alt.length <= MAX_PICOMATCH_LENGTH && PLAIN_PATH_ALTERNATIVE.test(alt)) ? undefined : pathRegexes(alternatives);
  const alternativesCoverRoot = alternatives.some((alt) => alt === '**' || alt === './**');
  // Most paths judged match none of a pattern's alternatives: a path without the text one of them must hold is not tried on the regex.
  const fullNeeds = requiredTexts(alternatives.filter((alt) => alt.includes('/')));
  const baseNeeds = requiredTexts(alternatives.filter((alt) => !alt.includes('/')));
  return {
    source: pattern,
    test: (path) => {
      const { full, base } = (regexes ??= pathRegexes(alternatives));
      if (full !== null && (fullNeeds === null || holdsOne(path, fullNeeds)) && full.test(path)) return true;
      // `.` is the repository root (`grep -r x .`): everything-patterns cover it.
      if (path === '.') return alternativesCoverRoot;
      if (base === null) return false;
      // The base name is the end of the path: what it must hold, the path holds.
      if (baseNeeds !== null && !holdsOne(path, baseNeeds)) return false;
      return base.test(path.slice(path.lastIndexOf('/') + 1));
    },
  };
}

/**
 * For each alternative, a text every path its regex matches holds: its longest run of
 * characters between wildcards and slashes, which picomatch matches as written. null
 * when some alternative has none, or is not a plain one (brackets, braces, extglobs,
 * escapes), or has a `.` or `..` segment (picomatch drops a leading `./`): the regex
 * alone decides. test/policy/path-glob-prefilter.test.ts compares the two on generated
 * patterns and paths.
 */
function requiredTexts(alternatives: string[]): string[] | null {
  const texts: string[] = [];
  for (const alt of alternatives) {
    if (!PLAIN_PATH_ALTERNATIVE.test(alt) || alt.split('/').some((segment) => segment === '.' || segment === '..')) return null;
    let longest = '';
    for (const run of alt.split(/[*?/]/)) if (run.length > longest.length) longest = run;
    if (longest === '') return null;
    texts.push(longest);
  }
  return texts.length === 0 ? null : texts;
}

function holdsOne(path: string, texts: string[]): boolean {
  for (let i = 0; i < texts.length; i++) if (path.includes(texts[i])) return true;
  return false;
}

/** Path alternatives whose regex may wait for first use: plain characters, `/`, `~`, `*` and `?`. */
const PLAIN_PATH_ALTERNATIVE = /^[A-Za-z0-9 _.,:=%\/~*?-]*$/;

function pathRegexes(alternatives: string[]): { full: RegExp | null; base: RegExp | null } {
  const anywhere: RegExp[] = [];
  const baseName: RegExp[] = [];
  for (const alt of alternatives) (alt.includes('/') ? anywhere : baseName).push(compileAlternative(alt));
  return { full: join(anywhere), base: join(baseName) };
}

/** True when the glob uses any wildcard at all (lint: an exact command pattern is rarely meant). */
export function hasWildcard(pattern: string): boolean {
  return /(^|[^\\])[*?[{]/.test(pattern) || /[@!+]\(/.test(pattern);
}
