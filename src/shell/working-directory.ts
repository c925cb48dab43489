// Where each command of a script runs: `cd`, `pushd` and `popd` move the base
// of every later relative path (`cd /etc && cat passwd` reads /etc/passwd, not
// the repository's `passwd`), so the analysis follows them the way bash does.
//
// A script is interpreted abstractly before its commands are judged: the state
// is the set of places the shell may be in (its folder, `$OLDPWD` and the
// `pushd` stack), and every statement maps it to the places it may leave behind
// when it succeeds and when it fails. That is what `&&`, `||` and `if` branch on:
// after `cd x && cat y` only `x` is possible, after `cd x; cat y` both the old
// folder and `x` are (cd may fail and bash goes on). Subshells, pipelines and
// command substitutions run in a copy of the shell, so a `cd` inside them
// changes nothing after them. Whatever cannot be known (`cd "$X"`, a loop that
// moves, `eval`, `source`, a function that moves, CDPATH) becomes an unknown
// folder: relative paths from it are opaque and outside the repository, never
// repository paths.
//
// Per-command folder options (`git -C`, `make -C`, `terraform -chdir`, `env -C`,
// `sudo -D`) move only that command: see programs/directories.ts.
import { posix } from 'node:path';
import type { ShellNode as Node } from './bash-parser/node.js';
import { type Word, isComputed, resolveTouchingWords, wordsInRedirects } from './words.js';

/**
 * A folder a command may run in. `path` is repository-relative (`.` is the
 * root, `infra/k8s`; a `../` start escapes the repository), absolute (`/etc`)
 * or under a home folder (`~`, `~/x`, `~deploy/x`). `unknown` says why the
 * folder is known only at run time.
 */
export type WorkingDirectory = { path: string } | { unknown: string };

export const REPOSITORY_ROOT: WorkingDirectory = Object.freeze({ path: '.' });

/** True for a folder that is not inside the repository (or cannot be known to be). */
export function isOutsideDirectory(dir: WorkingDirectory): boolean {
  return 'unknown' in dir || dir.path.startsWith('/') || dir.path.startsWith('~') || dir.path === '..' || dir.path.startsWith('../');
}

/**
 * `$HOME` (or `${HOME}`) at the start of a word, followed by literal text: the
 * home folder, written `~` as in patterns. HOME is a run-time value, but the
 * analysis makes every assignment of it opaque (wrappers.ts SENSITIVE_VARIABLE),
 * so within one command line it is the home folder the `~` of a pattern means.
 */
const HOME_PREFIX = /^(?:\$HOME|\$\{HOME\})(?=\/|$)/;

/** The text of a word with a leading `$HOME` written as `~`, when nothing else in it is computed; null otherwise. */
export function homeRelative(word: Word): string | null {
  if (!word.dynamic || word.expands || word.fdPath) return null;
  const m = HOME_PREFIX.exec(word.text);
  if (!m) return null;
  const rest = word.text.slice(m[0].length);
  // Anything else that looks computed keeps the word opaque (a literal `$` from single quotes too: fail closed).
  if (/[$`]/.test(rest)) return null;
  return '~' + rest;
}

/** Normal form of a `~` path: `~/a/../b` → `~/b`; a `..` above the home folder stays (`~/../x`, outside anyway). */
export function normalizeHomePath(path: string): string {
  const slash = path.indexOf('/');
  const head = slash < 0 ? path : path.slice(0, slash);
  const rest = slash < 0 ? '' : path.slice(slash + 1);
  if (rest === '') return head;
  const normal = posix.normalize(rest).replace(/\/$/, '');
  return normal === '.' ? head : `${head}/${normal}`;
}

/**
 * `path` as written in a command that runs in `dir`: a repository-relative,
 * absolute or `~` path, or unknown when `dir` is.
 */
export function resolveIn(dir: WorkingDirectory, path: string): WorkingDirectory {
  if (path.startsWith('/')) return { path: posix.normalize(path).replace(/(.)\/$/, '$1') };
  if (path.startsWith('~')) return { path: normalizeHomePath(path) };
  if ('unknown' in dir) return dir;
  if (path === '' || path === '.') return dir;
  // `cd infra`, `make -C services/x` from the root or a folder named the same way: nothing for normalize to do.
  if (isPlainRelative(path) && (dir.path === '.' || isPlainRelative(dir.path))) return { path: dir.path === '.' ? path : `${dir.path}/${path}` };
  if (dir.path.startsWith('/')) return { path: posix.normalize(posix.join(dir.path, path)).replace(/(.)\/$/, '$1') };
  if (dir.path.startsWith('~')) return { path: normalizeHomePath(`${dir.path}/${path}`) };
  const joined = posix.normalize(posix.join(dir.path, path)).replace(/(.)\/$/, '$1');
  return { path: joined };
}

const SLASH = 0x2f;
const PERIOD = 0x2e;

/**
 * A relative path posix.normalize leaves as it is: names between single slashes,
 * none of them `.` or `..`, no slash first or last (`infra`, `services/svc-2`).
 * Its callers take a `~` first as a home path before asking.
 */
export function isPlainRelative(path: string): boolean {
  let start = 0;
  for (let i = 0; i <= path.length; i++) {
    if (i < path.length && path.charCodeAt(i) !== SLASH) continue;
    const length = i - start;
    if (length === 0) return false;
    if (path.charCodeAt(start) === PERIOD && (length === 1 || (length === 2 && path.charCodeAt(start + 1) === PERIOD))) return false;
    start = i + 1;
  }
  return true;
}

/** The path a relative path names from `dir`, written for the engine (which normalises it against the root). */
export function pathFrom(dir: WorkingDirectory, path: string): string | null {
  if (path.startsWith('/') || path.startsWith('~')) return path;
  if ('unknown' in dir) return null;
  if (dir.path === '.') return path;
  if (path === '.' || path === './') return dir.path;
  return `${dir.path}/${path}`;
}

export function sameDirectory(a: WorkingDirectory, b: WorkingDirectory): boolean {
  return 'unknown' in a ? 'unknown' in b && a.unknown === b.unknown : 'path' in b && a.path === b.path;
}

/** One state the shell may be in. */
export interface Place {
  cwd: WorkingDirectory;
  /** `$OLDPWD`, where `cd -` goes: unknown at the start (inherited). */
  old: WorkingDirectory;
  /** The `pushd` stack below the current folder (empty at the start of a shell). */
  stack: WorkingDirectory[];
  /** CDPATH (or `shopt -s cdable_vars`) was set: `cd NAME` may go to a folder elsewhere. */
  cdpath?: boolean;
  /** HOME was set: `cd` alone and `~` go elsewhere. */
  home?: boolean;
}

const INHERITED_OLDPWD: WorkingDirectory = Object.freeze({ unknown: '$OLDPWD is inherited from the environment' });

export function startingPlace(cwd: WorkingDirectory = REPOSITORY_ROOT): Place {
  return { cwd, old: INHERITED_OLDPWD, stack: [] };
}

/** More possible places than this collapse into one unknown folder. */
const MAX_PLACES = 8;

/** Whether two places are the same state of the shell (compared field by field: no key is built). */
function samePlace(a: Place, b: Place): boolean {
  if (a === b) return true;
  if (!sameDirectory(a.cwd, b.cwd) || !sameDirectory(a.old, b.old)) return false;
  if (!a.cdpath !== !b.cdpath || !a.home !== !b.home || a.stack.length !== b.stack.length) return false;
  for (let i = 0; i < a.stack.length; i++) if (!sameDirectory(a.stack[i], b.stack[i])) return false;
  return true;
}

function includesPlace(places: Place[], place: Place): boolean {
  for (const known of places) if (samePlace(known, place)) return true;
  return false;
}

/** The distinct places of the lists, in order of first appearance. */
function unite(...lists: Place[][]): Place[] {
  const first = lists[0];
  if (first.length === 1 && onlyPlace(first[0], lists)) return first; // the commonest case: nothing moved (lists are never changed once made)
  const places: Place[] = [];
  for (const list of lists) for (const place of list) if (!includesPlace(places, place)) places.push(place);
  if (places.length <= MAX_PLACES) return places;
  return [startingPlace({ unknown: `the script may be in more than ${MAX_PLACES} folders here` })];
}

/** Whether every list is empty or holds only `place`. */
function onlyPlace(place: Place, lists: Place[][]): boolean {
  for (const list of lists) for (const other of list) if (!samePlace(place, other)) return false;
  return true;
}

function samePlaces(a: Place[], b: Place[]): boolean {
  if (a.length !== b.length) return false;
  for (const place of b) if (!includesPlace(a, place)) return false;
  return true;
}

function withUnknown(places: Place[], reason: string): Place[] {
  return unite(places, places.map((p) => ({ ...p, cwd: { unknown: reason }, stack: [] })));
}

/** The places a statement may leave when it succeeds and when it fails. */
interface Outcome {
  ok: Place[];
  fail: Place[];
}

function both(places: Place[]): Outcome {
  return { ok: places, fail: places };
}

/**
 * The places each command (and each redirected statement) of a parsed script
 * may run in, by node id. `initial` is where the script starts.
 */
/** What directoriesOf gives for a script that cannot move: shared (only a walk's own map is ever added to). */
const NO_MOVES: Map<number, Place[]> = new Map();

export function directoriesOf(root: Node, initial: Place[]): Map<number, Place[]> {
  // An empty map: every command runs where the script starts.
  if (!mayMove(root.text)) return NO_MOVES;
  const walker = new DirectoryWalker();
  walker.sequence(root.namedChildren, initial);
  return walker.at;
}

const STATEMENTS = new Set([
  'command', 'list', 'pipeline', 'subshell', 'compound_statement', 'if_statement', 'while_statement', 'for_statement',
  'c_style_for_statement', 'case_statement', 'function_definition', 'negated_command', 'redirected_statement',
  'variable_assignment', 'variable_assignments', 'declaration_command', 'unset_command', 'test_command', 'do_group',
]);

const SUBSTITUTIONS = new Set(['command_substitution', 'process_substitution']);

/**
 * Command names (as written) that may change the folder or the walk: the
 * builtins, names spelled with quotes, escapes or expansions (`c\\d`, `"cd"`,
 * `$CMD`), and names a function may have taken.
 */
const MAY_MOVE = /[\\'"$`]|^(cd|pushd|popd|eval|source|\.|trap|command|builtin|time|exit|true|false|:|alias|shopt)$/;

/** Words that name a builtin that may move the shell, once quotes, escapes and expansions are taken out (`c""d`, `\\cd`, `{cd,/etc}`): any word starting with one. */
const MOVER_WORDS = ['cd', 'pushd', 'popd', 'eval', 'source', 'trap', 'alias', 'shopt', 'cdable_vars'];
const LONGEST_MOVER = Math.max(...MOVER_WORDS.map((word) => word.length));
/** Words after which the next word is a command name. */
const COMMAND_FOLLOWS_WORDS = ['then', 'do', 'else', 'elif', 'if', 'while', 'until', 'time', 'builtin', 'command'];
const COMMAND_FOLLOWS = new Set(COMMAND_FOLLOWS_WORDS);

/** Text anywhere in a script that may move the shell or the walk. */
const MOVING_TEXT = /CDPATH|OLDPWD|HOME|function|\\[0-7xuUc]|\(\s*\)/;

/**
 * Whether a script could move the shell at all, in one linear pass over its
 * text: a word that is a moving builtin however spelled, an octal or hex escape,
 * a `.`, `$`, backquote or glob where a command starts, a function definition,
 * or CDPATH, OLDPWD, HOME. Other scripts are not walked (the walk costs about
 * half a parse). The text is cut into runs of operator characters (`;&|()!`,
 * backquote, newline) and words between blanks; a word `{` or `}` counts as an
 * operator.
 */
export function mayMove(source: string): boolean {
  if (MOVING_TEXT.test(source)) return true;
  let commandStart = true;
  let i = 0;
  while (i < source.length) {
    const code = source.charCodeAt(i);
    if (isOperator(code)) {
      while (i < source.length && isOperator(source.charCodeAt(i))) i++;
      commandStart = true;
      continue;
    }
    if (isBlank(code)) {
      i++;
      continue;
    }
    const start = i;
    // The word's end: the next operator character or blank (by a table below 128: a call per character, or an expression per word, cost twice as much).
    i++;
    while (i < source.length) {
      const next = source.charCodeAt(i);
      if (next < 128 ? ENDS_WORD[next] === 1 : isBlank(next)) break;
      i++;
    }
    if (i - start === 1 && (code === OPEN_BRACE || code === CLOSE_BRACE)) {
      commandStart = true;
      continue;
    }
    if (startsWithMover(source, start, i)) return true;
    if (commandStart && (code === DOT || code === DOLLAR || hasGlob(source, start, i))) return true;
    // `X=1 cmd`: an assignment keeps the command's start for the next word.
    if (!(commandStart && isAssignment(source, start, i))) {
      commandStart = i - start <= 7 && code < 128 && BEGINS_COMMAND_FOLLOWS[code] === 1 && isCommandFollows(source, start, i);
    }
  }
  return false;
}

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const DOT = 0x2e;
const DOLLAR = 0x24;

/** By character code below 128: 1 for an operator character (isOperator) or a blank (isBlank: \s). */
const ENDS_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code++) if (isOperator(code) || isBlank(code)) ENDS_WORD[code] = 1;

/** Whether the word from start to end is one of COMMAND_FOLLOWS (compared in place: no slice per word). */
function isCommandFollows(source: string, start: number, end: number): boolean {
  for (const word of COMMAND_FOLLOWS_WORDS) if (word.length === end - start && source.startsWith(word, start)) return true;
  return false;
}

/** `;&|()!`, backquote and newline. */
function isOperator(code: number): boolean {
  return code === 0x3b || code === 0x26 || code === 0x7c || code === 0x28 || code === 0x29 || code === 0x21 || code === 0x60 || code === 0x0a;
}

/** White space as JavaScript's `\s` has it. */
function isBlank(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

// Character codes, not one-character strings: comparing strings by < and > costs a call per comparison.
function hasGlob(source: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = source.charCodeAt(i);
    if (code === 0x2a || code === 0x3f || code === 0x5b) return true; // * ? [
  }
  return false;
}

/** `NAME=…` */
function isAssignment(source: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = source.charCodeAt(i);
    if (code === 0x3d) return i > start; // =
    if (!isNameStart(code) && (i === start || code < 0x30 || code > 0x39)) return false;
  }
  return false;
}

/** The first characters of a word once its expansions (`$X`, `${…}`, `$1`) and quote, escape and brace characters are taken out. */
const cleaned = new Uint16Array(LONGEST_MOVER);

/** By character code: a word's first character that may begin a mover word once cleaned (a first letter, or text cleaning takes out). */
const MAY_BEGIN_MOVER = new Uint8Array(128);
for (const word of MOVER_WORDS) MAY_BEGIN_MOVER[word.charCodeAt(0)] = 1;
for (const ch of '$\\\'"{}') MAY_BEGIN_MOVER[ch.charCodeAt(0)] = 1;

/** By character code: the first letters of COMMAND_FOLLOWS' words. */
const BEGINS_COMMAND_FOLLOWS = new Uint8Array(128);
for (const word of COMMAND_FOLLOWS) BEGINS_COMMAND_FOLLOWS[word.charCodeAt(0)] = 1;

function startsWithMover(source: string, start: number, end: number): boolean {
  // Most words: their first character is kept by cleaning and begins no mover word.
  const first = source.charCodeAt(start);
  if (first >= 128 || MAY_BEGIN_MOVER[first] === 0) return false;
  let length = 0;
  let i = start;
  while (i < end && length < LONGEST_MOVER) {
    const ch = source[i];
    if (ch === '$') {
      const next = i + 1 < end ? source[i + 1] : '';
      const close = next === '{' ? source.indexOf('}', i + 2) : -1;
      if (close >= 0 && close < end) i = close + 1;
      else if (isNameStart(i + 1 < end ? source.charCodeAt(i + 1) : -1)) {
        i += 2;
        while (i < end && isNameCharacter(source.charCodeAt(i))) i++;
      } else if (next !== '' && SPECIAL_PARAMETERS.includes(next)) i += 2;
      else i++;
      continue;
    }
    if (ch !== '\\' && ch !== "'" && ch !== '"' && ch !== '{' && ch !== '}') cleaned[length++] = source.charCodeAt(i);
    i++;
  }
  for (const word of MOVER_WORDS) {
    if (word.length > length) continue;
    let same = true;
    for (let k = 0; k < word.length && same; k++) same = cleaned[k] === word.charCodeAt(k);
    if (same) return true;
  }
  return false;
}

const SPECIAL_PARAMETERS = '0123456789@*#?$!-';

/** [A-Za-z_], by character code. */
function isNameStart(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
}

/** [A-Za-z0-9_], by character code. */
function isNameCharacter(code: number): boolean {
  return isNameStart(code) || (code >= 0x30 && code <= 0x39);
}

const NO_NODES: readonly Node[] = [];

/** Variables whose assignment changes where `cd` goes. */
const CD_VARIABLES = /^(CDPATH|OLDPWD|HOME)$/;

class DirectoryWalker {
  readonly at = new Map<number, Place[]>();
  /** A function whose body moves the shell was defined: any later command may call it. */
  private movingFunction = false;
  /** Names defined as functions (or any, after `alias`): `exit`, `true` and `false` may then do anything. */
  private readonly redefined = new Set<string>();
  private anyAlias = false;
  /** The places last recorded: a command the walk finds unreachable (`true || cmd`) is still judged, from there. */
  private lastSeen: Place[] = [];

  private record(node: Node, places: Place[]): void {
    if (places.length) this.lastSeen = places;
    this.at.set(node.id, places.length ? places : this.lastSeen);
  }

  sequence(nodes: Node[], places: Place[]): Outcome {
    let outcome = both(places);
    let current = places;
    for (const node of nodes) {
      if (!STATEMENTS.has(node.type)) {
        this.nested(node, current);
        continue;
      }
      outcome = this.statement(node, current);
      current = unite(outcome.ok, outcome.fail);
    }
    return outcome;
  }

  /** Commands inside words (`$(cd x; …)`, `<(…)`): they run in a copy of the shell. */
  nested(node: Node, places: Place[]): void {
    if (SUBSTITUTIONS.has(node.type)) {
      this.sequence(node.namedChildren, places);
      return;
    }
    for (const child of node.namedChildren) {
      if (STATEMENTS.has(child.type)) this.statement(child, places);
      else this.nested(child, places);
    }
  }

  /** `around`: the children of the redirected statement whose body this is (its redirections hold words of a command). */
  statement(node: Node, placesIn: Place[], around: readonly Node[] = NO_NODES): Outcome {
    const places = this.movingFunction ? withUnknown(placesIn, 'a function defined earlier changes the folder when called') : placesIn;
    switch (node.type) {
      case 'command':
        this.record(node, places);
        for (const child of node.namedChildren) this.nested(child, places);
        return this.command(node, places, around);
      case 'redirected_statement': {
        this.record(node, places);
        const body = node.childForFieldName('body');
        for (const child of node.namedChildren) if (child.id !== body?.id) this.nested(child, places);
        const outcome = body ? this.statement(body, places, node.namedChildren) : both(places);
        // tree-sitter-bash hangs `a && b > f` on the whole list, where bash opens f for b, after a's cd:
        // the file is judged from every place the list may leave as well.
        if (body?.type === 'list') this.record(node, unite(places, outcome.ok, outcome.fail));
        return outcome;
      }
      case 'list': {
        const left = node.namedChildren[0];
        const right = node.namedChildren[node.namedChildren.length - 1];
        const operator = node.children.find((c) => !c.isNamed && (c.type === '&&' || c.type === '||'))?.type;
        if (!left || !right || left.id === right.id) return this.sequence(node.namedChildren, places);
        const first = this.statement(left, places);
        if (operator === '&&') {
          const second = this.statement(right, first.ok);
          return { ok: second.ok, fail: unite(first.fail, second.fail) };
        }
        const second = this.statement(right, first.fail);
        return { ok: unite(first.ok, second.ok), fail: second.fail };
      }
      case 'negated_command': {
        const inner = this.sequence(node.namedChildren, places);
        return { ok: inner.fail, fail: inner.ok };
      }
      case 'subshell':
        this.sequence(node.namedChildren, places);
        return both(places);
      case 'pipeline': {
        // Each part runs in a copy of the shell; with `shopt -s lastpipe` the last one does not, so its moves count.
        const parts = node.namedChildren;
        let last: Outcome = both(places);
        for (const part of parts) last = STATEMENTS.has(part.type) ? this.statement(part, places) : (this.nested(part, places), both(places));
        const after = unite(places, last.ok, last.fail);
        return both(after);
      }
      case 'compound_statement':
      case 'do_group':
        return this.sequence(node.namedChildren, places);
      case 'if_statement':
        return this.ifStatement(node, places);
      case 'while_statement':
      case 'for_statement':
      case 'c_style_for_statement':
        return this.loop(node, places);
      case 'case_statement': {
        const results: Place[][] = [places];
        for (const child of node.namedChildren) {
          if (child.type !== 'case_item') {
            this.nested(child, places);
            continue;
          }
          const close = child.children.findIndex((c) => c.type === ')');
          const body = child.children.slice(close + 1).filter((c) => c.isNamed);
          const outcome = this.sequence(body, places);
          results.push(outcome.ok, outcome.fail);
        }
        return both(unite(...results));
      }
      case 'function_definition': {
        // The body runs when the function is called, from wherever the caller is.
        const body = node.childForFieldName('body');
        const name = node.childForFieldName('name');
        if (name) this.redefined.add(name.text);
        if (body) {
          const before = this.movingFunction;
          const outcome = this.statement(body, withUnknown(places, 'a function body runs from the folder of its caller'));
          const start = withUnknown(places, 'a function body runs from the folder of its caller');
          if (!samePlaces(unite(outcome.ok, outcome.fail), start)) this.movingFunction = true;
          else this.movingFunction = before;
        }
        return both(places);
      }
      case 'variable_assignment':
      case 'variable_assignments':
      case 'declaration_command':
      case 'unset_command': {
        for (const child of node.namedChildren) this.nested(child, places);
        const names = assignedNames(node);
        if (names.some((n) => CD_VARIABLES.test(n))) return both(places.map((p) => assignCdVariables(p, names)));
        return both(places);
      }
      default:
        for (const child of node.namedChildren) this.nested(child, places);
        return both(places);
    }
  }

  ifStatement(node: Node, places: Place[]): Outcome {
    // `if C; then T; elif C2; then T2; else E; fi`: statements are grouped by the keywords between them.
    const results: Place[][] = [];
    let condition: Node[] = [];
    let body: Node[] = [];
    let phase: 'condition' | 'body' = 'condition';
    let pending = places;
    let finalElse: Node | null = null;
    const clauses: { condition: Node[]; body: Node[] }[] = [];
    for (const child of node.children) {
      if (child.type === 'then') phase = 'body';
      else if (child.type === 'elif_clause' || child.type === 'else_clause' || child.type === 'fi') {
        if (condition.length || body.length) clauses.push({ condition, body });
        condition = [];
        body = [];
        if (child.type === 'elif_clause') clauses.push(...clausesOf(child));
        if (child.type === 'else_clause') finalElse = child;
      } else if (child.isNamed) (phase === 'condition' ? condition : body).push(child);
    }
    for (const clause of clauses) {
      const tested = this.sequence(clause.condition, pending);
      const then = this.sequence(clause.body, tested.ok);
      results.push(then.ok, then.fail);
      pending = tested.fail;
    }
    if (finalElse) {
      const otherwise = this.sequence(finalElse.namedChildren, pending);
      results.push(otherwise.ok, otherwise.fail);
    } else results.push(pending);
    return both(unite(...results));
  }

  loop(node: Node, places: Place[]): Outcome {
    // The body may run any number of times: once to see whether it moves, then again from every place it may be.
    const parts = node.namedChildren;
    const once = this.sequence(parts, places);
    const after = unite(places, once.ok, once.fail);
    if (samePlaces(after, places)) return both(places);
    const start = withUnknown(places, 'a loop changes the folder on each pass');
    const again = this.sequence(parts, start);
    return both(unite(start, again.ok, again.fail));
  }

  command(node: Node, places: Place[], around: readonly Node[]): Outcome {
    const nameNode = node.childForFieldName('name');
    if (!nameNode) {
      const names = assignedNames(node);
      return both(names.some((n) => CD_VARIABLES.test(n)) ? places.map((p) => assignCdVariables(p, names)) : places);
    }
    // Most commands cannot move the shell: their words need not be resolved.
    // After `alias` (expanded with `shopt -s expand_aliases`) any name may stand for a cd.
    if (this.anyAlias) return both(withUnknown(places, 'an alias defined earlier may change the folder'));
    if (!MAY_MOVE.test(nameNode.text)) return both(places);
    const wordNodes = node.childrenForFieldName('argument');
    wordNodes.unshift(nameNode);
    let words = resolveTouchingWords(wordNodes);
    // `cd > out /etc`, `cd <<EOF /etc`: bash passes /etc to cd.
    for (const word of wordsInRedirects(node.namedChildren)) words.push(word);
    for (const word of wordsInRedirects(around)) words.push(word);
    // `command cd x`, `builtin cd x` and the `time` keyword run cd in this shell.
    while (words.length > 1 && (words[0].text === 'command' || words[0].text === 'builtin' || words[0].text === 'time') && !words[0].dynamic) {
      words = words.slice(1);
      while (words.length > 1 && /^-[pvV]+$/.test(words[0].text)) words = words.slice(1);
    }
    const program = words[0];
    const args = words.slice(1);
    if (program.dynamic || program.expands) {
      // `$CMD x` may be cd, eval or a function that moves.
      return both(withUnknown(places, `${program.text} is a command computed at run time, which may change the folder`));
    }
    const inline = assignedNames(node).filter((n) => CD_VARIABLES.test(n));
    const here = inline.length ? places.map((p) => assignCdVariables(p, inline)) : places;
    const trusted = !this.redefined.has(program.text);
    if (program.text === 'alias') this.anyAlias = true;
    // `shopt -s cdable_vars`: `cd NAME` goes to $NAME when NAME is no folder, like a CDPATH.
    if (program.text === 'shopt' && args.some((a) => a.text === 'cdable_vars' || isComputed(a))) return both(places.map((p) => ({ ...p, cdpath: true })));
    switch (trusted ? program.text : '') {
      case 'cd':
        return this.cd(args, here);
      case 'pushd':
        return this.pushd(args, here);
      case 'popd':
        return this.popd(args, here);
      case 'exit':
        return { ok: [], fail: [] };
      case 'false':
        return { ok: [], fail: places };
      case 'true':
      case ':':
        return { ok: places, fail: [] };
      case 'eval':
      case 'source':
      case '.':
      case 'trap':
        if (args.length === 0 && program.text !== 'trap') return both(places);
        return both(withUnknown(places, `${program.text} runs commands that may change the folder`));
      default:
        return both(places);
    }
  }

  cd(args: Word[], places: Place[]): Outcome {
    const operands = skipCdOptions(args);
    if (operands === null) return { ok: withUnknown([], 'cd with an option the analysis does not know'), fail: places };
    const target = operands[0];
    const moved = places.map((place): Place => {
      const to = cdTarget(place, target);
      return { ...place, cwd: to, old: place.cwd };
    });
    if (target && target.text === '' && !isComputed(target)) return both(places);
    return { ok: unite(moved), fail: places };
  }

  pushd(args: Word[], places: Place[]): Outcome {
    if (args.length === 0) {
      // Swaps the folder with the top of the stack; fails on an empty stack.
      const ok = places.filter((p) => p.stack.length > 0).map((p) => ({ ...p, cwd: p.stack[0], old: p.cwd, stack: [p.cwd, ...p.stack.slice(1)] }));
      return { ok: unite(ok), fail: places };
    }
    const operands = skipCdOptions(args);
    if (operands === null || /^[+-]\d+$/.test(operands[0]?.text ?? '') || args.some((a) => a.text === '-n')) {
      return { ok: withUnknown(places, 'pushd rotates the folder stack'), fail: places };
    }
    const moved = places.map((place): Place => ({ ...place, cwd: cdTarget(place, operands[0]), old: place.cwd, stack: [place.cwd, ...place.stack] }));
    return { ok: unite(moved), fail: places };
  }

  popd(args: Word[], places: Place[]): Outcome {
    if (args.length > 0) return { ok: withUnknown(places, 'popd with arguments changes the folder stack'), fail: places };
    const ok = places.filter((p) => p.stack.length > 0).map((p) => ({ ...p, cwd: p.stack[0], old: p.cwd, stack: p.stack.slice(1) }));
    return { ok: unite(ok), fail: places };
  }
}

function clausesOf(elif: Node): { condition: Node[]; body: Node[] }[] {
  const condition: Node[] = [];
  const body: Node[] = [];
  let phase: 'condition' | 'body' = 'condition';
  for (const child of elif.children) {
    if (child.type === 'then') phase = 'body';
    else if (child.isNamed) (phase === 'condition' ? condition : body).push(child);
  }
  return [{ condition, body }];
}

/** cd's and pushd's own options (`-L`, `-P`, `-e`, `-@`, `--`): the operands, or null for an option bash does not have. */
function skipCdOptions(args: Word[]): Word[] | null {
  let i = 0;
  for (; i < args.length; i++) {
    const text = args[i].text;
    if (text === '--') {
      i++;
      break;
    }
    if (text === '-' || !text.startsWith('-') || isComputed(args[i])) break;
    if (/^-[+-]?\d+$/.test(text)) break;
    if (!/^-[LPe@]+$/.test(text)) return null;
  }
  return args.slice(i);
}

/** Where `cd WORD` goes from `place` (`cd` alone: home; `cd -`: `$OLDPWD`). */
function cdTarget(place: Place, target: Word | undefined): WorkingDirectory {
  if (!target) return place.home ? { unknown: 'cd goes to $HOME, which the script set' } : { path: '~' };
  const home = homeRelative(target);
  if (home !== null) return place.home ? { unknown: 'cd goes under $HOME, which the script set' } : resolveIn(place.cwd, home);
  if (isComputed(target)) return { unknown: `cd ${target.text}: the folder is known only at run time` };
  const text = target.text;
  if (text === '-') return place.old;
  if (text.startsWith('~') && place.home) return { unknown: 'cd goes under $HOME, which the script set' };
  // Bash looks a name up in CDPATH first unless it starts with `/`, `./` or `../`.
  if (place.cdpath && !/^(\/|\.\.?(\/|$))/.test(text)) return { unknown: `cd ${text} may go elsewhere: the script set CDPATH or cdable_vars` };
  return resolveIn(place.cwd, text);
}

function assignedNames(node: Node): string[] {
  const names: string[] = [];
  const visit = (n: Node) => {
    if (n.type === 'variable_assignment') {
      const name = n.childForFieldName('name');
      names.push((name?.type === 'subscript' ? name.childForFieldName('name') : name)?.text ?? '');
    } else if (n.type === 'variable_name' && (node.type === 'declaration_command' || node.type === 'unset_command')) names.push(n.text);
    else if (n.type === 'variable_assignments' || n.type === 'declaration_command' || n.type === 'unset_command' || n.id === node.id) {
      for (const c of n.namedChildren) visit(c);
    }
  };
  if (node.type === 'variable_assignment') visit(node);
  else for (const c of node.namedChildren) visit(c);
  return names;
}

function assignCdVariables(place: Place, names: string[]): Place {
  const next = { ...place };
  if (names.includes('CDPATH')) next.cdpath = true;
  if (names.includes('HOME')) next.home = true;
  if (names.includes('OLDPWD')) next.old = { unknown: 'the script set $OLDPWD' };
  return next;
}

/** The distinct folders of a set of places. */
export function foldersOf(places: Place[]): WorkingDirectory[] {
  // The commonest case, a script that never moved: one shared list (frozen: nobody may add to it).
  if (places.length === 1 && places[0].cwd === REPOSITORY_ROOT) return AT_ROOT;
  const out: WorkingDirectory[] = [];
  for (const place of places) if (!includesDirectory(out, place.cwd)) out.push(place.cwd);
  return out;
}

/** The folders of a command that surely runs at the repository root (see foldersOf). */
const AT_ROOT: WorkingDirectory[] = Object.freeze([REPOSITORY_ROOT]) as WorkingDirectory[];

function includesDirectory(dirs: WorkingDirectory[], dir: WorkingDirectory): boolean {
  for (const known of dirs) if (sameDirectory(known, dir)) return true;
  return false;
}

/** The folders a command runs in after its own folder options (`git -C a -C b`, `env -C dir`), from each folder it starts in. */
export function enterFolders(dirs: WorkingDirectory[], words: Word[]): WorkingDirectory[] {
  if (words.length === 0) return dirs;
  const out: WorkingDirectory[] = [];
  for (const start of dirs) {
    let dir = start;
    for (const word of words) {
      const home = homeRelative(word);
      if (home !== null) dir = resolveIn(dir, home);
      else if (isComputed(word)) dir = { unknown: `the folder ${word.text} is known only at run time` };
      else dir = resolveIn(dir, word.text);
    }
    if (!includesDirectory(out, dir)) out.push(dir);
  }
  return out;
}

/** True when the command surely runs at the repository root. */
export function atRoot(dirs: WorkingDirectory[]): boolean {
  return dirs === AT_ROOT || (dirs.length === 1 && 'path' in dirs[0] && dirs[0].path === '.');
}
