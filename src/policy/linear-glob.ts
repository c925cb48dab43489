// A matcher for the common text glob (literals, `?` and `*`) that takes
// time linear in the text, whatever the pattern.
//
// Why: picomatch compiles `*` to a lazy `[^/]*?`, and a backtracking regex with
// several of them backtracks polynomially: `curl *|*sh*` takes ~0.4 s on a
// 20,000-character command and ~40 s on 200,000, and the text is the agent's.
// A gate that hangs on a command a prompt-injected agent wrote is a gate the
// agent can time out (a hook that times out is not a deny in every client).
//
// A `*`-separated glob matches when its segments occur in order; every segment
// here has a fixed length, so taking each one at its leftmost place after the
// previous one is never worse than any other choice, and no backtracking is
// needed. Anything outside this subset (brackets, extglobs, a leading `!`
// negation, unexpanded braces) keeps picomatch's regex, and so do the texts
// picomatch treats specially (``, `.`, `..`); test/policy/linear-glob.test.ts
// checks that both agree on generated patterns and texts. One difference is
// deliberate: picomatch's leading `(?=.)` refuses a text that starts with a line
// break for a pattern that starts with a wildcard; here `*` matches any
// characters, as the README says.

/** glob.ts's NOT_OPTION_DASH (not imported: glob.ts imports this file); a test keeps the two equal. */
export const NOT_OPTION_DASH = '\uE002';
const EITHER_DASH = `[-${NOT_OPTION_DASH}]`;

export interface LinearGlob {
  /** Segments between `*` runs; the first is anchored at the start unless `leadingStar`, the last at the end unless `trailingStar`. */
  segments: Segment[];
  leadingStar: boolean;
  trailingStar: boolean;
}

interface Segment {
  length: number;
  /** Plain text: matched with startsWith / indexOf / endsWith. */
  literal?: string;
  /** Otherwise one entry per position: a code unit, ANY_CHARACTER or EITHER_DASH_CODE. */
  codes?: Int32Array;
}

const ANY_CHARACTER = -1;
const EITHER_DASH_CODE = -2;
const DASH = 45;
const NOT_OPTION_DASH_CODE = NOT_OPTION_DASH.charCodeAt(0);

/**
 * Parses a brace-free alternative into a linear matcher, or null when the
 * pattern uses anything beyond literals, `?` and `*`.
 */
export function parseLinearGlob(alternative: string): LinearGlob | null {
  if (alternative.startsWith('!')) return null; // picomatch negation
  // Each segment's positions as numbers (a code unit, ANY_CHARACTER, EITHER_DASH_CODE), not an object per character:
  // a policy's globs are parsed at load, where this was the largest allocation.
  const segments: number[][] = [[]];
  let leadingStar = false;
  let trailingStar = false;
  for (let i = 0; i < alternative.length; i++) {
    const ch = alternative[i];
    if (ch === '*') {
      if (i === 0) leadingStar = true;
      while (alternative[i + 1] === '*') i++;
      if (i === alternative.length - 1) trailingStar = true;
      if (segments[segments.length - 1].length > 0 || segments.length === 1) segments.push([]);
      continue;
    }
    // Extglobs `@(…)`, `?(…)`, `+(…)`, `!(…)`, `*(…)`, groups and braces: picomatch's business.
    if (ch === '(' || ch === ')' || ch === '{' || ch === '}') return null;
    // The dash of either kind that glob.ts writes for a dash that need not start an option.
    if (alternative.startsWith(EITHER_DASH, i)) {
      segments[segments.length - 1].push(EITHER_DASH_CODE);
      i += EITHER_DASH.length - 1;
      continue;
    }
    // Other brackets: picomatch reads `[ab]*` as "a, b or the text [ab]" and `]+` as a regex quantifier.
    if (ch === '[') return null;
    if (ch === '\\') {
      // An escaped character is itself; a trailing backslash escapes nothing.
      if (++i >= alternative.length) return null;
      segments[segments.length - 1].push(alternative.charCodeAt(i));
    } else segments[segments.length - 1].push(ch === '?' ? ANY_CHARACTER : alternative.charCodeAt(i));
  }
  const pieces = segments.filter((s, index) => s.length > 0 || index === 0);
  // A leading `*` left an empty first segment: drop it (leadingStar says so).
  if (leadingStar && pieces[0].length === 0) pieces.shift();
  return { segments: pieces.map(compileSegment), leadingStar, trailingStar };
}

function compileSegment(codes: number[]): Segment {
  for (const code of codes) if (code < 0) return { length: codes.length, codes: Int32Array.from(codes) };
  let literal = '';
  for (let from = 0; from < codes.length; from += 4096) literal += String.fromCharCode(...codes.slice(from, from + 4096));
  return { length: literal.length, literal };
}

/** Compared code unit by code unit: a segment is a few characters of the policy's pattern. */
function codesMatchAt(codes: Int32Array, text: string, at: number): boolean {
  for (let i = 0; i < codes.length; i++) {
    const want = codes[i];
    if (want === ANY_CHARACTER) continue;
    const code = text.charCodeAt(at + i);
    if (want === EITHER_DASH_CODE ? code !== DASH && code !== NOT_OPTION_DASH_CODE : code !== want) return false;
  }
  return true;
}

function matchesAt(segment: Segment, text: string, at: number): boolean {
  if (segment.literal !== undefined) return text.startsWith(segment.literal, at);
  return at + segment.length <= text.length && codesMatchAt(segment.codes!, text, at);
}

/** Leftmost start ≥ `from` where the segment matches and ends by `limit`, or -1. */
function findFrom(segment: Segment, text: string, from: number, limit: number): number {
  if (segment.literal !== undefined) {
    const at = text.indexOf(segment.literal, from);
    return at !== -1 && at + segment.length <= limit ? at : -1;
  }
  for (let at = from; at + segment.length <= limit; at++) if (codesMatchAt(segment.codes!, text, at)) return at;
  return -1;
}

/**
 * True when the glob matches the whole text. Texts picomatch treats specially
 * (empty, `.`, `..`) must be tested with the regex instead: see `needsRegex`.
 */
export function linearMatch(glob: LinearGlob, text: string): boolean {
  const { segments, leadingStar, trailingStar } = glob;
  const starred = leadingStar || trailingStar || segments.length > 1;
  if (!starred) {
    const only = segments[0];
    return text.length === only.length && matchesAt(only, text, 0);
  }
  let from = 0;
  let limit = text.length;
  let first = 0;
  let last = segments.length;
  if (!leadingStar) {
    if (segments[0].length > limit || !matchesAt(segments[0], text, 0)) return false;
    from = segments[0].length;
    first = 1;
  }
  if (!trailingStar && last > first) {
    const tail = segments[last - 1];
    const at = limit - tail.length;
    if (at < from || !matchesAt(tail, text, at)) return false;
    limit = at;
    last--;
  }
  for (let i = first; i < last; i++) {
    const at = findFrom(segments[i], text, from, limit);
    if (at === -1) return false;
    from = at + segments[i].length;
  }
  return true;
}

/** picomatch's regex refuses these for patterns that start with a wildcard; the linear matcher does not know that rule. */
export function needsRegex(text: string): boolean {
  return text.length <= 2 && (text === '' || text === '.' || text === '..');
}
