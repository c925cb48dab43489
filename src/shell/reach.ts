// What a recursive read can reach, judged against a path pattern without the
// file tree: the engine is pure and never lists folders. A deny or approval
// pattern is *reached* from folder D when some path under D could match it and
// pass the tool's filters; an allow pattern *covers* a read of D when every path
// the read can reach matches it. Both answers lean to the strict side: when a
// glob is beyond what this module can reason about, a deny pattern counts as
// reached and an allow pattern as not covering.
//
// Paths and patterns are split into `/` segments; `dir` is the engine's normal
// form ('.' for the repository root, `infra/k8s`, `/etc`, `~/x`).
import { expandBraces } from '../policy/glob.js';
import type { ReadFilters } from './programs/recursive-reads.js';

/** A segment glob as a RegExp over one name, or null when it uses syntax this module does not reason about (extglobs). */
function segmentRegex(glob: string): RegExp | null {
  if (/[@!+]\(|[*?]\(/.test(glob)) return null;
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '\\') {
      out += escapeRegex(glob[++i] ?? '\\');
    } else if (ch === '*') out += '[^/]*';
    else if (ch === '?') out += '[^/]';
    else if (ch === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) return null;
      let body = glob.slice(i + 1, close);
      if (body.startsWith('!')) body = '^' + body.slice(1);
      if (/\[:|\\/.test(body)) return null;
      out += `[${body.replace(/\]/g, '\\]')}]`;
      i = close;
    } else out += escapeRegex(ch);
  }
  return new RegExp(`^${out}$`, 's');
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function isLiteral(glob: string): boolean {
  return !/[*?[\\]/.test(glob);
}

/** Does the segment glob match this literal name? null: cannot tell. */
function segmentMatches(glob: string, name: string): boolean | null {
  return matchName(segmentMatcher(glob), glob, name);
}

/** How a segment glob matches one name: by its text (a literal), a RegExp, or not at all ('unknown': cannot tell). */
type SegmentMatcher = 'literal' | RegExp | 'unknown';

function segmentMatcher(glob: string): SegmentMatcher {
  if (isLiteral(glob)) return 'literal';
  if (glob.length > MAX_GLOB) return 'unknown';
  return segmentRegex(glob) ?? 'unknown';
}

function matchName(matcher: SegmentMatcher, glob: string, name: string): boolean | null {
  if (matcher === 'literal') return glob === name;
  if (matcher === 'unknown') return null;
  return matcher.test(name);
}

/**
 * Could some name match both globs? Decided on a product of the two as
 * automata over a small alphabet: every literal character of either glob, the
 * ends of every bracket range, and one character neither names. null: cannot tell.
 */
/** Longer globs (a command's `--include=…` is the agent's text) are not reasoned about: "cannot tell". */
const MAX_GLOB = 256;

export function globsIntersect(a: string, b: string): boolean | null {
  if (a.length > MAX_GLOB || b.length > MAX_GLOB) return null;
  if (isLiteral(a)) return segmentMatches(b, a);
  if (isLiteral(b)) return segmentMatches(a, b);
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta || !tb) return null;
  const alphabet = new Set<string>(['\u0001']);
  for (const t of [...ta, ...tb]) {
    if (t.kind === 'char') alphabet.add(t.char);
    if (t.kind === 'class') for (const c of t.mentions) alphabet.add(c);
  }
  const seen = new Set<string>();
  const stack: [number, number][] = [[0, 0]];
  while (stack.length) {
    const [i, j] = stack.pop()!;
    const key = `${i},${j}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // `*` may match nothing: step over it on either side.
    if (ta[i]?.kind === 'star') stack.push([i + 1, j]);
    if (tb[j]?.kind === 'star') stack.push([i, j + 1]);
    if (i === ta.length && j === tb.length) return true;
    if (i === ta.length || j === tb.length) continue;
    for (const c of alphabet) {
      if (!accepts(ta[i], c) || !accepts(tb[j], c)) continue;
      stack.push([ta[i].kind === 'star' ? i : i + 1, tb[j].kind === 'star' ? j : j + 1]);
    }
  }
  return false;
}

type Token = { kind: 'char'; char: string } | { kind: 'any' } | { kind: 'star' } | { kind: 'class'; re: RegExp; mentions: string[] };

function tokens(glob: string): Token[] | null {
  if (/[@!+]\(|[*?]\(/.test(glob)) return null;
  const out: Token[] = [];
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '\\') out.push({ kind: 'char', char: glob[++i] ?? '\\' });
    else if (ch === '*') {
      if (out[out.length - 1]?.kind !== 'star') out.push({ kind: 'star' });
    } else if (ch === '?') out.push({ kind: 'any' });
    else if (ch === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) return null;
      const body = glob.slice(i + 1, close);
      if (/\[:|\\/.test(body)) return null;
      const re = new RegExp(`^[${body.startsWith('!') ? '^' + body.slice(1) : body}]$`, 's');
      out.push({ kind: 'class', re, mentions: [...body.replace(/^!/, '')] });
      i = close;
    } else out.push({ kind: 'char', char: ch });
  }
  return out;
}

function accepts(token: Token, c: string): boolean {
  switch (token.kind) {
    case 'char':
      return token.char === c;
    case 'any':
    case 'star':
      return c !== '/';
    case 'class':
      return token.re.test(c);
  }
}

/** Where a path or pattern starts: the repository, `/` or a home folder. */
function anchorOf(path: string): 'relative' | 'absolute' | 'home' {
  if (path.startsWith('/')) return 'absolute';
  if (path.startsWith('~')) return 'home';
  return 'relative';
}

const NO_SEGMENTS: string[] = Object.freeze([]) as unknown as string[];
const SLASH = 0x2f;

function segmentsOf(dir: string): string[] {
  if (dir === '.' || dir === '') return NO_SEGMENTS;
  let end = dir.length;
  while (end > 0 && dir.charCodeAt(end - 1) === SLASH) end--;
  const trimmed = end === dir.length ? dir : dir.slice(0, end);
  return trimmed.indexOf('/') < 0 ? [trimmed] : trimmed.split('/');
}

/** A path pattern split into `/` segments, each with its matcher, made once per pattern. */
interface ReadySegments {
  segments: string[];
  /** Made when a segment is first matched: a read may never get that deep. */
  matchers: (SegmentMatcher | undefined)[];
}

function readySegments(segments: string[]): ReadySegments {
  return { segments, matchers: [] };
}

function matchSegment(ready: ReadySegments, at: number, name: string): boolean | null {
  const glob = ready.segments[at];
  return matchName((ready.matchers[at] ??= segmentMatcher(glob)), glob, name);
}

/** One alternative of a pattern as PathReach.reaches reads it: one without `/` matches a base name in any folder (gitignore-like). */
interface ReachAlternative extends ReadySegments {
  anchor: 'relative' | 'absolute' | 'home';
}

/** One alternative of a pattern as PathReach.covers reads it: its folders and its last segment. */
interface CoverAlternative {
  last: string;
  folders: ReadySegments;
  /** Every folder segment is `**`. */
  anyFolder: boolean;
  /** No folder segment is `**`. */
  plain: boolean;
}

/**
 * A path pattern made ready to judge recursive reads with, kept with the
 * policy's pattern: its brace alternatives split into segments, and each
 * segment's RegExp once it is first needed. (The policy's patterns are few and
 * fixed; the folders and filters judged against them come from commands and
 * are never kept.)
 */
export class PathReach {
  private readonly expanded: string[];
  /** Made on first use: a caller may only ever ask one of the two questions. */
  private reachAlternatives?: ReachAlternative[];
  private coverAlternatives?: CoverAlternative[];

  constructor(pattern: string) {
    this.expanded = expandBraces(pattern);
  }

  /**
   * Can a recursive read of `dir` with these filters reach a path the pattern
   * matches? True when unsure. `dir` itself is matched by the caller.
   */
  reaches(dir: string, filters: ReadFilters): boolean {
    const names = segmentsOf(dir);
    const dirAnchor = anchorOf(dir);
    this.reachAlternatives ??= this.expanded.map(reachAlternative);
    for (const alternative of this.reachAlternatives) {
      if (alternative.anchor !== 'relative' && alternative.anchor !== dirAnchor) {
        // A read inside the repository reaches `/…` or `~…` files only through links; a read of `/` or of a home
        // folder may hold the other kind (home lies under `/`, and a home folder may hold anything through links).
        if (filters.followsLinks || dirAnchor !== 'relative') return true;
        continue;
      }
      const positions = positionsAfter(alternative, names);
      if (positions === null) return true;
      for (const p of positions) if (restPossible(alternative.segments, p, filters)) return true;
    }
    return false;
  }

  /**
   * Does the pattern match every path a recursive read of `dir` can reach? Only
   * plain shapes are recognised: `**`, `PREFIX/**` with PREFIX matching `dir` or a
   * folder above it, and `NAME` (or `**\/NAME`) when every file the read's
   * includes let through is matched by NAME. Symbolic links followed may lead
   * anywhere: then nothing covers the read.
   */
  covers(dir: string, filters: ReadFilters): boolean {
    if (filters.followsLinks) return false;
    const names = segmentsOf(dir);
    this.coverAlternatives ??= this.expanded.map(coverAlternative);
    for (const { last, folders, anyFolder, plain } of this.coverAlternatives) {
      if (last === '**') {
        if (anyFolder) return true;
        if (plain && folders.segments.length <= names.length && matchesEvery(folders, names)) return true;
        continue;
      }
      if (anyFolder && filters.include?.length && filters.include.every((inc) => covers(last, inc))) return true;
    }
    return false;
  }
}

function reachAlternative(alt: string): ReachAlternative {
  const trimmed = alt.startsWith('./') ? alt.slice(2) : alt;
  // `~` and `~user` name home folders, not a base name (README: path rules).
  const segments = trimmed.includes('/') || trimmed.startsWith('~') ? trimmed.split('/') : ['**', trimmed];
  return { segments, matchers: [], anchor: anchorOf(segments.join('/')) };
}

function coverAlternative(alt: string): CoverAlternative {
  const segments = (alt.startsWith('./') ? alt.slice(2) : alt).split('/');
  const folders = segments.slice(0, -1);
  return {
    last: segments[segments.length - 1],
    folders: readySegments(folders),
    anyFolder: folders.every((s) => s === '**'),
    plain: !folders.includes('**'),
  };
}

/** Each folder segment matches the name at its place (for certain). */
function matchesEvery(folders: ReadySegments, names: string[]): boolean {
  for (let i = 0; i < folders.segments.length; i++) if (matchSegment(folders, i, names[i]) !== true) return false;
  return true;
}

/**
 * The positions in `segments` reachable after matching the folder `dir`
 * segment by segment (a `**` may take any number of them); null: cannot tell.
 */
function positionsAfter(ready: ReadySegments, dir: string[]): number[] | null {
  const { segments } = ready;
  let positions = closeOverStars(segments, [0]);
  for (const name of dir) {
    const next: number[] = [];
    for (const p of positions) {
      const glob = segments[p];
      if (glob === undefined) continue;
      if (glob === '**') {
        addPosition(next, p);
        continue;
      }
      const m = matchSegment(ready, p, name);
      if (m === null) return null;
      if (m) addPosition(next, p + 1);
    }
    positions = closeOverStars(segments, next);
    if (positions.length === 0) return positions;
  }
  return positions;
}

/** Adds (in place) every position a run of `**` lets the match skip to: a `**` may stand for no folder. */
function closeOverStars(segments: string[], positions: number[]): number[] {
  for (let i = 0; i < positions.length; i++) if (segments[positions[i]] === '**') addPosition(positions, positions[i] + 1);
  return positions;
}

/** Positions are few (a pattern's segments): a list without repeats. */
function addPosition(positions: number[], p: number): void {
  if (!positions.includes(p)) positions.push(p);
}

/** Could a folder name matching `glob` be entered (not hidden when hidden ones are skipped, not excluded)? */
function folderPossible(glob: string, filters: ReadFilters): boolean {
  if (filters.skipsHidden && isLiteral(glob) && glob.startsWith('.')) return false;
  if (filters.skipsHidden && glob.startsWith('.')) return false;
  for (const excluded of filters.excludeDir ?? []) if (covers(excluded, glob)) return false;
  return true;
}

/** Could a file name matching `glob` be read (passing include, exclude and hidden)? */
function filePossible(glob: string, filters: ReadFilters): boolean {
  if (filters.skipsHidden && glob.startsWith('.')) return false;
  for (const excluded of filters.exclude ?? []) if (covers(excluded, glob)) return false;
  if (!filters.include?.length) return true;
  return filters.include.some((included) => globsIntersect(glob, included) !== false);
}

/** Every name `inner` matches is matched by `outer` (decided only in the plain cases; false when unsure). */
function covers(outer: string, inner: string): boolean {
  if (outer === inner || outer === '*') return true;
  if (isLiteral(inner)) return segmentMatches(outer, inner) === true;
  // `*.ext` covers `*x.ext`, `prefix*.ext`…: a suffix after one leading `*`.
  const suffix = /^\*([^*?[\\]+)$/.exec(outer);
  if (suffix && inner.endsWith(suffix[1]) && !/[*?[\\]/.test(inner.slice(inner.length - suffix[1].length))) return true;
  return false;
}

/**
 * Could the remaining pattern segments match some non-empty path whose folders
 * and file pass the filters? A `**` may stand for no folder at all.
 */
function restPossible(segments: string[], from: number, filters: ReadFilters): boolean {
  if (from >= segments.length) return false;
  const glob = segments[from];
  const last = from === segments.length - 1;
  if (glob === '**') return last ? filePossible('*', filters) : restPossible(segments, from + 1, filters);
  if (last) return filePossible(glob, filters);
  // A flat read or write enters no folder: only a `**` (standing for none) may come before the file.
  if (filters.flat) return false;
  return folderPossible(glob, filters) && restPossible(segments, from + 1, filters);
}
