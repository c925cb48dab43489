// Shell command analysis: one command line → every simple command that could
// run, in canonical form, plus the file and network actions those commands imply.
//
// The engine judges each simple command alone and takes the strictest verdict,
// so this module's job is to leave nothing out: commands inside `$( )`, here-docs
// fed to a shell, `bash -c '…'`, `sudo`/`env`/`xargs` wrappers, `ssh host CMD`…
// Whatever cannot be known before run time becomes an opaque command with a
// reason (fail closed); so does anything that fails to parse.
import type { ShellNode as Node } from './bash-parser/node.js';
import type { FileAction, NetworkAction } from '../types.js';
import { TOOL_ENVIRONMENT, TOOL_ENVIRONMENT_OPAQUE, canonicalise } from './canonical.js';
import { allowWords } from './allow-text.js';
import { openEnd } from './open-end.js';
import { RUNS_ITS_ARGUMENTS, runsCodeSubcommand } from './programs/side-effects.js';
import { type OptionEffects, environmentEffects, hasEnvironmentEffect, optionEffects } from './option-effects.js';
import { joinContinuations } from './continuations.js';
import { knownKey } from './options.js';
import { assigningBuiltinReason, evaluatedCodeReason } from './evaluated.js';
import { impliedActions, fileRead, fileWrite, findReach, networkTo, recursiveRead, recursiveWrite, type ImpliedTarget } from './implied.js';
import type { ReadFilters } from './programs/recursive-reads.js';
import { READS_ITS_FOLDER, directoryWords } from './programs/directories.js';
import { type Place, type WorkingDirectory, atRoot, directoriesOf, enterFolders, foldersOf, isOutsideDirectory, pathFrom, startingPlace } from './working-directory.js';

/** `http_proxy=http://evil:8080 curl …`: the request goes to the proxy. */
const ENV_REACHES = new Set(['AWS_ENDPOINT_URL', 'VAULT_ADDR', 'HELM_KUBEAPISERVER']);
const PROXY_VARIABLE = /^(https?_proxy|HTTPS?_PROXY|ALL_PROXY|all_proxy|ftp_proxy|FTP_PROXY)$/;
import { isParserReady, parseShell, prepareParser, treeSitterMisses } from './parser.js';
import { type Word, isComputed, newWord, misreadCommand, misreadTree, resolveTouchingWords, resolveWord, wordsInRedirects } from './words.js';
import {
  SENSITIVE_VARIABLE,
  SHELLS,
  awkReason,
  gitReason,
  inlineCodeReason,
  remoteRun,
  shellRun,
  suCommand,
  unwrap,
} from './wrappers.js';

export interface SimpleCommand {
  /** Canonical text matched against `command` patterns. */
  text: string;
  /** The command as written in the source. */
  raw: string;
  /**
   * The text as allow patterns see it, when it differs: each `-` that is not part
   * of a real option's name is a stand-in, so `*--dry-run*` cannot be satisfied by
   * `--cache-dir=/tmp/--dry-run`, a quoted argument, a URL or a word after `--`.
   */
  allowText?: string;
  /** Other spellings of allowText with the same meaning (`rsync -avn` as `rsync -av --dry-run`): allow patterns are tried on them too. */
  allowForms?: string[];
  /** The words the program receives, as far as known before run time (the program as its name). */
  argv?: string[];
  /** Set when the command cannot be resolved statically: why. */
  opaque?: string;
  /** Wrappers looked through to reach this command, outermost first (`sudo`, `env`…). */
  wrappers?: string[];
  /**
   * The text the command would have if its program were the system tool of that
   * name (`./terraform apply` → `terraform apply`): deny and approval rules are
   * tried on it too, allow rules never (the file is not that tool).
   */
  judgedAs?: string;
  /**
   * Set on a command opaque only because of words computed at run time, when its
   * program's arguments are inert: the text every run of it starts with. An
   * allow pattern `PREFIX*` covering it may allow it (the engine decides, once).
   */
  knownPrefix?: string;
  /** knownPrefix as allow patterns see it (real options only keep their `-`). */
  knownAllowPrefix?: string;
  /** Inline assignments the program reads (`HELM_NAMESPACE=prod helm …`): shown by explain. */
  env?: Record<string, string>;
  /**
   * Every folder the program may run in, when that is not surely the repository
   * root: after `cd`/`pushd` in the script and its own folder options (`git -C`,
   * `make -C`, `terraform -chdir`, `env -C`, `sudo -D`). More than one when a
   * `cd` before it may have failed (`cd x; cmd`). Its relative paths are taken
   * from these (see working-directory.ts for resolving one).
   */
  cwd?: WorkingDirectory[];
}

export interface ImpliedAction {
  action: FileAction | NetworkAction;
  /** Canonical text of the simple command that implies it. */
  via: string;
  /** Set when the path or destination is only known at run time (a variable, a glob): why. */
  opaque?: string;
  /** A file the tool reads as its own input (`-var-file`, helm `-f`): judged by deny and approval rules only. */
  ownInput?: string;
  /** The path is a folder read or written with everything under it: judged for every file it can reach. */
  recursive?: ReadFilters;
  /** The path is relative to a folder known only at run time: why. Never a repository path. */
  outside?: string;
}

export interface ShellAnalysis {
  commands: SimpleCommand[];
  implied: ImpliedAction[];
}

/**
 * A simple command with every field present (unset ones undefined), in one order: the
 * engine reads commands of every kind at the same places, fastest when they share one shape.
 */
function newSimpleCommand(text: string, raw: string): SimpleCommand {
  return {
    text,
    raw,
    allowText: undefined,
    allowForms: undefined,
    argv: undefined,
    opaque: undefined,
    wrappers: undefined,
    judgedAs: undefined,
    knownPrefix: undefined,
    knownAllowPrefix: undefined,
    env: undefined,
    cwd: undefined,
  };
}

/** Scripts inside scripts (`bash -c "sh -c '…'"`) deeper than this are opaque. */
export const MAX_NESTING = 8;

/** Leads the text of a command that could not be parsed: only a rule naming it can allow it. */
export const UNPARSABLE = '[unparsable]';

/**
 * Readies shell analysis. With the commands to be analysed, loads tree-sitter's
 * wasm (17–27 ms) only when one of them (or a script inside one: `bash -c '…'`)
 * needs it, found by analysing them once; without, always: a caller that cannot
 * know its commands must not meet an unloaded parser.
 */
export async function prepareShellAnalysis(commands?: readonly string[]): Promise<void> {
  if (commands && !isParserReady()) {
    const before = treeSitterMisses();
    for (const command of commands) analyze(command, true);
    if (treeSitterMisses() === before) return;
  }
  await prepareParser();
}

interface Context {
  depth: number;
  out: ShellAnalysis;
  /** Where the shell may be for the command being analysed (working-directory.ts). */
  places: Place[];
  /** The places of each command of the script being visited, by node id. */
  directories?: Map<number, Place[]>;
}

/** A context with every field present, in one order: the analysis then reads one object shape. */
function newContext(depth: number, out: ShellAnalysis, places: Place[]): Context {
  return { depth, out, places, directories: undefined };
}

/** The text with each run of white space as one space and none at either end: the form patterns are matched against. */
function collapse(text: string): string {
  return isCollapsed(text) ? text : text.replace(/\s+/g, ' ').trim();
}

/**
 * True when collapse has nothing to do: no white space (JavaScript's \s, which
 * trim removes too) but single spaces between other characters. The allow
 * text's stand-in dashes are no white space: its collapse is no replace either.
 */
function isCollapsed(text: string): boolean {
  // Long texts by the loop (printable ASCII only, else the replace decides): the expression's backtracking stack grows with the words.
  if (text.length <= 4096) return COLLAPSED.test(text);
  let afterSpace = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if (code < 32 || code > 126) return false;
    else afterSpace = false;
  }
  return !afterSpace || text.length === 0;
}

/** Runs of characters other than white space, one space between them (or nothing): what collapse leaves as it is. */
const COLLAPSED = /^(?:\S+(?: \S+)*)?$/;

/** The words' texts. */
function textsOf(words: Word[]): string[] {
  const texts = new Array<string>(words.length);
  for (let i = 0; i < words.length; i++) texts[i] = words[i].text;
  return texts;
}

/** The words' texts joined by spaces, as the command was written (before collapse). */
function textOf(words: Word[]): string {
  return textsOf(words).join(' ');
}

export function analyzeShellCommand(command: string): ShellAnalysis {
  return analyze(command, true);
}

/** The same analysis, always through the parser: what the fast path must equal (tests compare the two). */
export function analyzeShellCommandParsed(command: string): ShellAnalysis {
  return analyze(command, false);
}

function analyze(command: string, fastPath: boolean): ShellAnalysis {
  const out: ShellAnalysis = { commands: [], implied: [] };
  try {
    const plain = fastPath ? plainWords(command) : null;
    const places = [startingPlace()];
    if (plain) runWords(plain.words, newContext(0, out, places), newRunInfo(plain.raw, null, undefined));
    else analyzeScript(command, newContext(0, out, places), command);
    return out;
  } catch (error) {
    const reason = `cannot analyse the command: ${error instanceof Error ? error.message : String(error)}`;
    const failed = newSimpleCommand(collapse(command), command);
    failed.opaque = reason;
    return { commands: [failed], implied: [] };
  }
}

/**
 * Characters that mean nothing to bash outside a word's first position: with only
 * these and spaces, a line is one simple command whose words are the
 * space-separated pieces, exactly what the parser would find (no quotes,
 * expansions, globs, braces, tildes, comments, operators or redirections).
 */
const PLAIN_CHARACTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.,:=/%+@';

/**
 * The program name is held to the plainest characters (no `-` first): tree-sitter-bash
 * reads some others there (`a@-`, `NAME=value cmd`) as something else, and the parser decides.
 */
const PROGRAM_CHARACTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-./';

/** By character code below 128: PROGRAM for a character a program name may hold, ARGUMENT for one only arguments may. */
const ARGUMENT = 1;
const PROGRAM = 2;
const PLAIN = new Uint8Array(128);
for (const ch of PLAIN_CHARACTERS) PLAIN[ch.charCodeAt(0)] = ARGUMENT;
for (const ch of PROGRAM_CHARACTERS) PLAIN[ch.charCodeAt(0)] = PROGRAM;

const SPACE = 32;
const EQUALS = 61;
const DASH = 45;

/** First words the parser reads as something other than a simple command. */
const NOT_SIMPLE = new Set([
  'if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'case', 'esac', 'while', 'until', 'for', 'in', 'function',
  'select', 'time', 'coproc', 'declare', 'typeset', 'export', 'readonly', 'local', 'unset', 'unsetenv',
]);

/**
 * A fast path for the commonest input, a plain `program arg arg`: its words
 * without running the parser, or null when the line needs the parser (one pass
 * over the characters).
 */
export function plainWords(command: string): { words: Word[]; raw: string } | null {
  // Where each word starts and ends, pairs in `bounds`: the words are made only once the line is known to be
  // plain (a compound line is mostly found out after some words, which were made for nothing before).
  let count = 0;
  /** Where the current word starts; -1 between words. */
  let start = -1;
  let rawStart = 0;
  let rawEnd = 0;
  for (let i = 0; i <= command.length; i++) {
    const code = i < command.length ? command.charCodeAt(i) : SPACE;
    if (code === SPACE) {
      if (start >= 0) {
        if (count + 2 > bounds.length) bounds = growBounds(bounds);
        bounds[count++] = start;
        bounds[count++] = i;
        rawEnd = i;
        start = -1;
      }
      continue;
    }
    const kind = code < 128 ? PLAIN[code] : 0;
    if (kind === 0 || (count === 0 && kind !== PROGRAM)) return null;
    if (start < 0) {
      // `==` is an operator to tree-sitter-bash even as an argument: words starting with `=` take the parser.
      if (code === EQUALS || (count === 0 && code === DASH)) return null;
      if (count === 0) rawStart = i;
      start = i;
    }
  }
  if (count === 0) return null;
  const program = command.slice(bounds[0], bounds[1]);
  if (NOT_SIMPLE.has(program)) return null;
  const words: Word[] = [newWord(program)];
  for (let k = 2; k < count; k += 2) words.push(newWord(command.slice(bounds[k], bounds[k + 1])));
  return { words, raw: command.slice(rawStart, rawEnd) };
}

/** plainWords' word bounds, kept between calls (it calls nothing that could call it again); grown, never shrunk. */
let bounds: Int32Array = new Int32Array(64);

function growBounds(old: Int32Array): Int32Array {
  const grown = new Int32Array(old.length * 2);
  grown.set(old);
  return grown;
}

function pushOpaque(ctx: Context, text: string, raw: string, reason: string, wrappers: string[] = NO_WRAPPERS): string {
  const command = newSimpleCommand(collapse(text), raw);
  command.opaque = reason;
  if (wrappers.length) command.wrappers = wrappers;
  ctx.out.commands.push(command);
  return command.text;
}

function firstError(node: Node): Node | null {
  if (node.type === 'ERROR' || node.isMissing) return node;
  if (!node.hasError) return null;
  for (const child of node.children) {
    const found = firstError(child);
    if (found) return found;
  }
  return node;
}

function analyzeScript(source: string, ctx: Context, raw: string): void {
  if (ctx.depth > MAX_NESTING) {
    pushOpaque(ctx, `${UNPARSABLE} ${source}`, raw, `commands nested more than ${MAX_NESTING} levels deep`);
    return;
  }
  const joined = joinContinuations(source);
  if ('opaque' in joined) {
    pushOpaque(ctx, `${UNPARSABLE} ${source}`, raw, joined.opaque);
    return;
  }
  // A line that needs tree-sitter while its wasm is not loaded throws here: the caller makes it opaque.
  const parsed = parseShell(joined.source);
  try {
    const root = parsed.root;
    const error = firstError(root);
    if (error) {
      const where = `${error.startPosition.row + 1}:${error.startPosition.column + 1}`;
      const what = error.isMissing ? `missing ${error.type}` : 'syntax error';
      // The text is marked so an allow rule for its first words (`ls*`) cannot allow
      // the rest, which the shell may read differently from the parser.
      pushOpaque(ctx, `${UNPARSABLE} ${source}`, raw, `cannot parse the command (${what} at ${where})`);
      return;
    }
    const misread = misreadTree(root);
    if (misread) {
      pushOpaque(ctx, `${UNPARSABLE} ${source}`, raw, misread);
      return;
    }
    const outer = { places: ctx.places, directories: ctx.directories };
    ctx.directories = directoriesOf(root, ctx.places);
    try {
      visit(root, ctx);
    } finally {
      ctx.places = outer.places;
      ctx.directories = outer.directories;
    }
  } finally {
    parsed.release();
  }
}

// The parent is passed down: tree-sitter's `node.parent` searches from the root,
// which makes long scripts quadratic.
function visit(node: Node, ctx: Context, parent: Node | null = null): void {
  const evaluated = evaluatedCodeReason(node);
  if (evaluated) pushOpaque(ctx, node.text, node.text, evaluated);
  switch (node.type) {
    case 'comment':
      return;
    case 'command_substitution':
      // `$(< FILE)` is FILE's content (red-team F23): a read, whatever the word it stands in.
      redirectActions(redirectsOf(node), ctx, collapse(node.text).slice(0, 200));
      break;
    case 'for_statement': {
      // `for PATH in /tmp; do ls; done` and `select IFS in …` assign the loop variable.
      const variable = node.childForFieldName('variable');
      if (variable && SENSITIVE_VARIABLE.test(variable.text)) {
        pushOpaque(ctx, node.text, node.text, `the loop sets ${variable.text}, which changes what later commands run`);
      }
      break;
    }
    case 'command':
      analyzeCommandNode(node, ctx, parent);
      break;
    case 'redirected_statement': {
      const body = node.childForFieldName('body');
      if (body && body.type !== 'command') {
        enterPlaces(node, ctx);
        redirectActions(redirectsOf(node), ctx, collapse(body.text).slice(0, 200));
      }
      break;
    }
    case 'variable_assignment': {
      const within = parent?.type;
      if (within !== 'command' && within !== 'declaration_command') checkAssignment(node, ctx, node.text);
      break;
    }
    case 'declaration_command': {
      // Its options and quoted words were judged above (evaluatedCodeReason); its assignments are checked here.
      for (const child of node.namedChildren) {
        if (child.type === 'variable_assignment' || child.type === 'variable_name') checkAssignment(child, ctx, node.text);
      }
      break;
    }
  }
  for (const child of node.namedChildren) visit(child, ctx, node);
}

function assignedName(node: Node): string {
  if (node.type === 'variable_name') return node.text;
  const name = node.childForFieldName('name');
  return (name?.type === 'subscript' ? name.childForFieldName('name') : name)?.text ?? '';
}

/** `PATH=/tmp/x`, `export IFS=…`: changes what later commands run. */
function checkAssignment(node: Node, ctx: Context, raw: string): void {
  const name = assignedName(node);
  if (SENSITIVE_VARIABLE.test(name)) {
    pushOpaque(ctx, raw, raw, `sets ${name}, which changes what later commands run`);
  } else if (TOOL_ENVIRONMENT.has(name) || TOOL_ENVIRONMENT_OPAQUE.test(name) || hasEnvironmentEffect(name)) {
    // `export HELM_NAMESPACE=prod; helm install …`: every later run of the tool reads it.
    pushOpaque(ctx, raw, raw, `sets ${name}, which later ${name.split('_')[0].toLowerCase()} commands read as an option`);
  }
}

const REDIRECT_TYPES = new Set(['file_redirect', 'heredoc_redirect', 'herestring_redirect']);

/** Shared by every node without redirections: never added to (analyzeCommandNode copies before it adds). */
const NO_REDIRECTS: readonly Node[] = Object.freeze([]);

function redirectsOf(node: Node): readonly Node[] {
  let found = NO_REDIRECTS as Node[];
  for (const child of node.namedChildren) {
    if (!REDIRECT_TYPES.has(child.type)) continue;
    if (found === NO_REDIRECTS) found = [];
    found.push(child);
  }
  return found;
}

function operatorOf(redirect: Node): string {
  return redirect.children.find((c) => !c.isNamed)?.type ?? '>';
}

function redirectActions(redirects: readonly Node[], ctx: Context, via: string): void {
  for (const redirect of redirects) {
    if (redirect.type !== 'file_redirect') continue;
    const destination = redirect.childrenForFieldName('destination')[0];
    if (!destination) continue;
    const op = operatorOf(redirect);
    const word = resolveWord(destination);
    // `2>&1`, `<&0`, `>&-`: duplicating or closing descriptors touches no file.
    if ((op === '>&' || op === '<&' || op === '>&-' || op === '<&-') && /^(\d+|-)$/.test(word.text)) continue;
    const targets: ImpliedTarget[] =
      op === '<' ? fileRead(word) : op === '<>' ? [...fileRead(word), ...fileWrite(word)] : fileWrite(word);
    pushImplied(ctx, targets, via);
  }
}

/** The places the pre-pass found for this command or statement (fallback: unknown, if the script moves at all). */
function enterPlaces(node: Node, ctx: Context): void {
  const places = ctx.directories?.get(node.id);
  if (places) ctx.places = places;
}

/** Relative paths are taken from `dirs`: the folders the program runs in (by default, the shell's). */
function pushImplied(ctx: Context, targets: ImpliedTarget[], via: string, dirs?: WorkingDirectory[]): void {
  if (targets.length === 0) return;
  const folders = dirs ?? foldersOf(ctx.places);
  const root = atRoot(folders);
  for (const t of targets) {
    const action = t.action;
    // A path taken from each folder (one action per folder); from an unknown folder it is opaque and outside the repository.
    if (root || action.type === 'network.request' || action.path.startsWith('/') || action.path.startsWith('~')) {
      addImplied(ctx, action, via, t, t.opaque, t.outside);
      continue;
    }
    const path = action.path;
    for (const dir of folders) {
      const from = pathFrom(dir, path);
      if (from === null) {
        const reason = 'unknown' in dir ? dir.unknown : 'the folder is unknown';
        addImplied(ctx, action, via, t, t.opaque ?? `${path} is taken from a folder known only at run time (${reason})`, reason);
      } else addImplied(ctx, { ...action, path: from }, via, t, t.opaque, t.outside);
    }
  }
}

function addImplied(ctx: Context, action: ImpliedAction['action'], via: string, t: ImpliedTarget, opaque: string | undefined, outside: string | undefined): void {
  const implied: ImpliedAction = { action, via };
  if (opaque) implied.opaque = opaque;
  if (t.ownInput) implied.ownInput = t.ownInput;
  if (t.recursive) implied.recursive = t.recursive;
  if (outside) implied.outside = outside;
  ctx.out.implied.push(implied);
}

/** The script a here-doc or here-string feeds to the command's standard input. */
function stdinScript(redirects: readonly Node[]): Word | null {
  for (const redirect of redirects) {
    if (redirect.type === 'heredoc_redirect') {
      const body = redirect.namedChildren.find((c) => c.type === 'heredoc_body');
      if (!body) return { text: '' };
      const expansion = body.namedChildren.find((c) => c.type !== 'heredoc_content');
      if (expansion) return { text: body.text, dynamic: `contains ${expansion.text}` };
      // Unquoted, the body reaches the command after bash's here-doc expansion (red-team F9): `\`` is a backquote there.
      const start = redirect.namedChildren.find((c) => c.type === 'heredoc_start');
      return { text: start && !/["'\\]/.test(start.text) ? expandedHeredoc(body.text) : body.text };
    }
    if (redirect.type === 'herestring_redirect') {
      const value = redirect.namedChildren[0];
      return value ? resolveWord(value) : { text: '' };
    }
  }
  return null;
}

/**
 * An unquoted here-doc body with no expansions, as bash hands it on: a backslash
 * quotes only `\\`, `$` and a backquote (it is removed before them) and a
 * backslash-newline disappears; any other backslash stays.
 */
function expandedHeredoc(body: string): string {
  if (!body.includes('\\')) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const next = body[i + 1];
    if (body[i] === '\\' && (next === '\\' || next === '$' || next === '`' || next === '\n')) {
      if (next !== '\n') out += next;
      i++;
    } else out += body[i];
  }
  return out;
}

/** One simple command of the tree: its words (with those the tree hangs on its redirections), assignments and redirections. */
function analyzeCommandNode(node: Node, ctx: Context, parent: Node | null): void {
  enterPlaces(node, ctx);
  let redirects = redirectsOf(node);
  if (parent?.type === 'redirected_statement' && parent.childForFieldName('body')?.id === node.id) {
    redirects = [...redirects, ...redirectsOf(parent)];
  }
  const source = node.text;

  if (commentBeforeEnd(node)) {
    // tree-sitter-bash sometimes carries a command on past a comment (`a #x⏎\(`); bash ends it there.
    pushOpaque(ctx, `${UNPARSABLE} ${source}`, source, 'the parser continued a command past a comment, where bash ends it');
    return;
  }
  const misread = misreadCommand(node);
  if (misread) {
    pushOpaque(ctx, `${UNPARSABLE} ${source}`, source, misread);
    return;
  }
  const nameNode = node.childForFieldName('name');
  const wordNodes = node.childrenForFieldName('argument');
  if (nameNode) wordNodes.unshift(nameNode);
  const words: Word[] = resolveTouchingWords(wordNodes);
  // Words the tree hangs on the redirections are the command's too: they must not disappear from the analysis.
  for (const word of wordsInRedirects(redirects)) words.push(word);

  const assignments: Node[] = [];
  for (const child of node.namedChildren) if (child.type === 'variable_assignment') assignments.push(child);
  const names = assignments.length > 0 ? assignments.map(assignedName) : NO_NAMES;
  const sensitive = assignments.length > 0 ? names.find((name) => SENSITIVE_VARIABLE.test(name)) : undefined;
  /** The canonical text the redirections' files are read or written through. */
  let via = '';
  if (sensitive && words.length > 0) {
    // The assignment stays in the text: `terraform plan*` must not allow `PATH=/tmp/evil terraform plan`.
    via = pushOpaque(ctx, source, source, `sets ${sensitive} for the command, which changes what it runs`);
  } else if (words.length > 0) {
    // `HELM_NAMESPACE=prod helm install …`: variables the tool reads as options (none: no record).
    const env: Record<string, string> | undefined = assignments.length > 0 ? {} : undefined;
    for (let i = 0; i < assignments.length; i++) {
      const name = names[i];
      if (!TOOL_ENVIRONMENT.has(name) && !TOOL_ENVIRONMENT_OPAQUE.test(name) && !PROXY_VARIABLE.test(name) && !hasEnvironmentEffect(name)) continue;
      const valueNode = assignments[i].childForFieldName('value');
      const value = valueNode ? resolveWord(valueNode) : { text: '' };
      if (isComputed(value)) {
        pushOpaque(ctx, source, source, `sets ${name} to a value computed at run time, which the tool reads as an option`);
        return;
      }
      env![name] = value.text;
    }
    via = runWords(words, ctx, newRunInfo(source, stdinScript(redirects), env));
  }
  if (redirects.length > 0) redirectActions(redirects, ctx, via || collapse(source));
}

const NO_NAMES: string[] = [];

/** The wrappers of a command run by none: shared, never added to (a wrapper's command gets a list of its own). */
const NO_WRAPPERS: string[] = Object.freeze([]) as unknown as string[];

/**
 * A RunInfo with every field present, in one order: the wrappers' `{ ...info, … }`
 * copies then keep its shape, and runWords and emit read one shape of it.
 */
function newRunInfo(raw: string, stdin: Word | null, env: Record<string, string> | undefined): RunInfo {
  return { raw, env, stdin, wrappers: NO_WRAPPERS, extraArgs: undefined, cwd: undefined };
}

/** A comment among a command's children that is not its last child. */
function commentBeforeEnd(node: Node): boolean {
  const children = node.children;
  for (let i = 0; i < children.length - 1; i++) if (children[i].type === 'comment') return true;
  return false;
}

interface RunInfo {
  raw: string;
  /** Inline assignments the program reads as options (`KUBECONFIG=… kubectl …`). */
  env?: Record<string, string>;
  stdin: Word | null;
  wrappers: string[];
  /** Why the command gets more arguments at run time (xargs). */
  extraArgs?: string;
  /** The folders a wrapper runs the command in (`env -C`), when not the shell's. */
  cwd?: WorkingDirectory[];
}

/**
 * Folders whose programs are the system's own tools. A program run from any
 * other path (`./cat`, `/tmp/echo`, `bin/terraform`, `"$HOME/bin/terraform"`)
 * is whatever file is there, which an allow rule for the tool does not mean.
 */
const SYSTEM_DIRS = new Set(['/bin', '/sbin', '/usr/bin', '/usr/sbin', '/usr/local/bin', '/usr/local/sbin']);

/**
 * The words bash reserves where a command starts (`time` and `coproc` are run as
 * wrappers; `in` and `]]` are reserved only inside `for`, `case` and `[[`): a
 * program of that name is a compound command the parser read as words
 * (`time { …; }`, `coproc while …`, `! if …`: red-team F1, F3).
 */
const RESERVED_WORDS = new Set([
  '!', '{', '}', '[[', 'if', 'then', 'elif', 'else', 'fi', 'do', 'done', 'while', 'until', 'for', 'case', 'esac', 'select',
  'function',
]);

/** `NAME=value`, `NAME+=value`: an assignment, never a program. */
const ASSIGNMENT_WORD = /^[A-Za-z_][A-Za-z0-9_]*\+?=/;

/** Declaration builtins: the parser reads their words as assignments only at a command's start, not after `builtin` or `command`. */
const DECLARATIONS = new Set(['declare', 'typeset', 'local', 'export', 'readonly']);

type ProgramName = string | { opaque: string; asName?: string };

function programName(program: Word): ProgramName {
  if (program.expands) return { opaque: `program name ${program.text} uses ${program.expands} expansion, resolved at run time` };
  const slash = program.text.lastIndexOf('/');
  const base = program.text.slice(slash + 1);
  if (program.dynamic) {
    // Unquoted (`$HOME/bin/terraform`) the variable could split into other words.
    if (program.splits || slash < 0 || /[$`(]/.test(base)) return { opaque: 'program name is computed at run time' };
    return { opaque: `runs ${program.text}, a file in a folder computed at run time, not the system ${base}`, asName: base };
  }
  if (!base) return { opaque: 'program name is empty' };
  if (slash >= 0) {
    const dir = program.text.slice(0, slash).replace(/\/+/g, '/').replace(/\/$/, '') || '/';
    if (!SYSTEM_DIRS.has(dir)) return { opaque: `runs the file ${program.text}, not the system ${base}`, asName: base };
  }
  return base;
}

/** Judges a word list as one simple command (after wrappers); returns its canonical text. */
function runWords(words: Word[], ctx: Context, info: RunInfo): string {
  if (words.length === 0) return '';
  const program = words[0];
  const args = words.slice(1);
  const argTexts = textsOf(args);
  const programIs = programName(program);
  // The tables' own spelling of the name, when they know it: every table look-up below is then direct (options.ts).
  const name = typeof programIs === 'string' ? knownKey(programIs) : programIs;
  if (typeof name !== 'string') {
    const text = pushOpaque(ctx, textOf(words), info.raw, name.opaque, info.wrappers);
    if (name.asName) {
      const command = ctx.out.commands[ctx.out.commands.length - 1];
      command.judgedAs = collapse(canonicalise(name.asName, argTexts).words.join(' '));
    }
    return text;
  }
  if (name.includes('=') && ASSIGNMENT_WORD.test(name)) {
    // `time X=1 terraform apply`, `sudo X=1 cmd`: the assignment is for the command after it (red-team F12).
    return pushOpaque(ctx, textOf(words), info.raw, `the parser read the assignment ${name} as a program, where bash sets it for the command after it`, info.wrappers);
  }
  if (RESERVED_WORDS.has(name)) {
    return pushOpaque(ctx, textOf(words), info.raw, `the parser read the reserved word ${name} as a program, where bash runs a compound command the analysis did not read`, info.wrappers);
  }
  if (DECLARATIONS.has(name) && args.length > 0) {
    // `builtin declare 'a[$(cmd)]=1'` assigns and evaluates its subscript as a declaration does (red-team F8).
    return pushOpaque(ctx, textOf(words), info.raw, `${name} run as a command's words: its assignments are read only where the parser reads a declaration`, info.wrappers);
  }
  const assigning = assigningBuiltinReason(name, args);
  if (assigning) return pushOpaque(ctx, textOf(words), info.raw, assigning, info.wrappers);
  const runsArguments = RUNS_ITS_ARGUMENTS[name] ?? runsCodeSubcommand(name, argTexts);
  if (runsArguments) return pushOpaque(ctx, textOf(words), info.raw, `${runsArguments}, which the analysis does not follow`, info.wrappers);
  // Wrappers with options of their own that write files (`time -o`, `strace -o`).
  if (name === 'time' || name === 'strace' || name === 'ltrace') pushImplied(ctx, optionEffects(name, args).implied, collapse(textOf(words)), info.cwd);

  const unwrapped = unwrap(name, args);
  if (unwrapped) {
    switch (unwrapped.kind) {
      case 'command':
        if (unwrapped.reads) pushImplied(ctx, unwrapped.reads.flatMap(fileRead), collapse(textOf(words)), info.cwd);
        return runWords(unwrapped.words, ctx, {
          ...info,
          wrappers: [...info.wrappers, name],
          extraArgs: unwrapped.extraArgs ?? info.extraArgs,
          cwd: unwrapped.chdir ? enterFolders(info.cwd ?? foldersOf(ctx.places), [unwrapped.chdir]) : info.cwd,
        });
      case 'script':
        return runScriptWords(unwrapped.words, ctx, info, `${name} runs`, textOf(words));
      case 'none':
        return '';
      case 'opaque':
        return pushOpaque(ctx, textOf(words), info.raw, unwrapped.reason, info.wrappers);
      case 'self':
        return emit(name, args, ctx, info);
    }
  }

  if (SHELLS.has(name)) {
    const run = shellRun(name, args);
    switch (run.kind) {
      case 'script':
        return runScriptWords([run.script], ctx, info, `${name} -c runs`, textOf(words));
      case 'stdin':
        if (info.stdin) return runScriptWords([info.stdin], ctx, info, `${name} reads`, `${textOf(words)} <<< ${info.stdin.text}`);
        return pushOpaque(ctx, textOf(words), info.raw, `${name} runs a script read from standard input, unknown before run time`, info.wrappers);
      case 'file':
        pushImplied(ctx, fileRead(run.file), collapse(textOf(words)), info.cwd);
        return pushOpaque(ctx, textOf(words), info.raw, `${name} runs the script file ${run.file.text}, whose commands are not analysed`, info.wrappers);
      case 'opaque':
        return pushOpaque(ctx, textOf(words), info.raw, run.reason, info.wrappers);
    }
  }

  switch (name) {
    case 'eval':
      return args.length ? runScriptWords(args, ctx, info, 'eval runs', textOf(words)) : '';
    case 'su':
    case 'runuser': {
      const command = suCommand(args);
      if (typeof command === 'string') return pushOpaque(ctx, textOf(words), info.raw, command, info.wrappers);
      return runScriptWords([command], ctx, info, `${name} -c runs`, textOf(words));
    }
    case 'trap':
      if (args.length >= 2 && !args[0].text.startsWith('-')) return runScriptWords([args[0]], ctx, info, 'trap runs', textOf(words));
      return emit(name, args, ctx, info);
    case 'source':
    case '.':
      pushImplied(ctx, impliedActions(name, args), collapse(textOf(words)), info.cwd);
      return pushOpaque(ctx, textOf(words), info.raw, `${name} runs the commands of ${args[0]?.text ?? 'a file'}, which are not analysed`, info.wrappers);
    case 'alias':
      if (args.length === 0 || args.every((a) => !a.text.includes('='))) return emit(name, args, ctx, info);
      return pushOpaque(ctx, textOf(words), info.raw, 'defines an alias, which can make any name run any command', info.wrappers);
    case 'coproc':
      // `coproc NAME { …; }`: a named coprocess runs the compound command after NAME.
      if (args.length > 1 && RESERVED_WORDS.has(args[1].text)) {
        return pushOpaque(ctx, textOf(words), info.raw, `the parser read the reserved word ${args[1].text} as an argument, where bash runs a compound command the analysis did not read`, info.wrappers);
      }
      return runWords(args, ctx, { ...info, wrappers: [...info.wrappers, name] });
    case 'awk':
    case 'gawk':
    case 'mawk':
    case 'nawk': {
      const reason = awkReason(args);
      return reason ? pushOpaque(ctx, textOf(words), info.raw, reason, info.wrappers) : emit(name, args, ctx, info);
    }
    case 'git': {
      const reason = gitReason(args);
      return reason ? pushOpaque(ctx, textOf(words), info.raw, reason, info.wrappers) : emit(name, args, ctx, info);
    }
    case 'find':
      return runFind(args, ctx, info);
  }

  const inline = inlineCodeReason(name, args);
  if (inline) return pushOpaque(ctx, textOf(words), info.raw, inline, info.wrappers);

  const text = emit(name, args, ctx, info, argTexts);
  const remote = remoteRun(name, args);
  if (remote && (name !== 'kubectl' || text.startsWith('kubectl exec'))) {
    const inner = { ...info, wrappers: [...info.wrappers, name], extraArgs: undefined, stdin: null };
    if (remote.opaque) pushOpaque(ctx, textOf(words), info.raw, remote.opaque, info.wrappers);
    else if (remote.argv) runWords(remote.argv, ctx, inner);
    else if (remote.script) runScriptWords(remote.script, ctx, inner, `${name} runs`, textOf(words));
  }
  return text;
}

/** Joins words into a script and analyses it again, if its text is literal. */
function runScriptWords(words: Word[], ctx: Context, info: RunInfo, what: string, invocation: string): string {
  const script = words.map((w) => w.text).join(' ');
  const computed = words.find((w) => w.dynamic || w.expands);
  if (computed) {
    // The whole invocation is the text: `terraform plan*` must not allow `sh -c 'terraform plan {}'`.
    return pushOpaque(ctx, invocation, info.raw, `${what} a script computed at run time (${computed.text})`, info.wrappers);
  }
  const before = ctx.out.commands.length;
  // The script starts where the command runs (`env -C dir sh -c …`); a child shell's moves do not come back.
  const places = info.cwd ? info.cwd.map((dir) => startingPlace(dir)) : ctx.places;
  analyzeScript(script, newContext(ctx.depth + 1, ctx.out, places), script);
  for (const command of ctx.out.commands.slice(before)) {
    if (info.wrappers.length) command.wrappers = [...info.wrappers, ...(command.wrappers ?? [])];
  }
  return ctx.out.commands[before]?.text ?? '';
}

/** `find … -exec CMD {} ;`: find itself, and each command it runs on the files found. */
function runFind(args: Word[], ctx: Context, info: RunInfo): string {
  const text = emit('find', args, ctx, info);
  // What `{}` stands for: every file under the start folders that passes find's `-name` tests.
  const reach = findReach(args);
  const dirs = enterFolders(info.cwd ?? foldersOf(ctx.places), []);
  for (let i = 0; i < args.length; i++) {
    if (!/^-(exec|execdir|ok|okdir)$/.test(args[i].text)) continue;
    const end = args.findIndex((w, j) => j > i && (w.text === ';' || w.text === '+'));
    const argv = args.slice(i + 1, end < 0 ? undefined : end).map((w) =>
      w.text.includes('{}') ? { ...w, dynamic: w.dynamic ?? 'contains {}, a file name found at run time' } : w,
    );
    const before = ctx.out.implied.length;
    // -execdir runs the command in the folder of each file found: its own relative paths are unknown.
    const cwd = /^-(execdir|okdir)$/.test(args[i].text) ? [{ unknown: `find ${args[i].text} runs the command in the folder of each file it finds` }] : info.cwd;
    runWords(argv, ctx, { ...info, wrappers: [...info.wrappers, 'find'], stdin: null, cwd });
    foundFiles(ctx, before, reach, dirs);
    if (end < 0) break;
    i = end;
  }
  return text;
}

/**
 * The `{}` reads and writes of a command `find -exec` ran become recursive reads
 * (or writes) of find's start folders, narrowed by its `-name` tests.
 */
function foundFiles(ctx: Context, from: number, reach: ReturnType<typeof findReach>, dirs: WorkingDirectory[]): void {
  const added = ctx.out.implied.splice(from);
  for (const implied of added) {
    const action = implied.action;
    if (action.type === 'network.request' || !(action.path === '{}' || action.path.endsWith('/{}'))) {
      ctx.out.implied.push(implied);
      continue;
    }
    const targets = reach.starts.flatMap((start) => (action.type === 'file.read' ? recursiveRead(start, reach.filters) : recursiveWrite(start)));
    pushImplied(ctx, targets, implied.via, dirs);
  }
}

/** Records one simple command in canonical form with the actions it implies. */
function emit(name: string, args: Word[], ctx: Context, info: RunInfo, argTexts: string[] = textsOf(args)): string {
  const canonical = canonicalise(name, argTexts, info.env);
  const text = collapse(canonical.words.join(' '));
  // A form without options placed (no table, or opaque) is the program and its arguments as given: that list is argv.
  const argv = canonical.optionsStart === undefined ? canonical.words : [name, ...argTexts];
  const command = newSimpleCommand(text, info.raw);
  command.argv = argv;
  const allow = allowWords(canonical.words, canonical.optionsStart, canonical.optionsEnd);
  // Word for word the same (no `-` marked), the allow text is the text: not joined and collapsed again.
  if (!sameWords(allow.words, canonical.words)) {
    const allowText = collapse(allow.words.join(' '));
    if (allowText !== text) command.allowText = allowText;
  }
  if (allow.canonicalDryRun) command.allowForms = [collapse(allow.canonicalDryRun.join(' '))];
  let growing: Word | undefined;
  // Quoted or not, a computed word is text nobody has seen: `terraform "$T"` may be `terraform apply`.
  let computed: Word | undefined;
  for (const arg of args) {
    if (!growing && (arg.splits || arg.expands)) growing = arg;
    if (!computed && isComputed(arg)) computed = arg;
  }
  if ('opaque' in canonical) command.opaque = canonical.opaque;
  else if (growing) command.opaque = `argument ${growing.text} is expanded at run time and may become several words`;
  else if (computed) command.opaque = `argument ${computed.text} ${computed.dynamic}, known only at run time`;
  else if (info.extraArgs) command.opaque = info.extraArgs;
  if (command.opaque && !('opaque' in canonical)) {
    const end = openEnd(name, args, canonical.words, allow.words, info.extraArgs);
    if (end !== null) {
      command.knownPrefix = end.prefix;
      command.knownAllowPrefix = end.allowPrefix;
    }
  }
  if (info.wrappers.length) command.wrappers = info.wrappers;
  const env = info.env && hasEntries(info.env) ? info.env : undefined;
  if (env) command.env = env;
  // Where the program runs: the shell's folder (or a wrapper's), moved by its own folder options.
  const dirs = enterFolders(info.cwd ?? foldersOf(ctx.places), directoryWords(name, args));
  const root = atRoot(dirs);
  if (!root) command.cwd = dirs;
  // Run outside the repository, a tool that reads its folder's configuration reads everything there.
  const foreign = !root && READS_ITS_FOLDER[name] ? dirs.filter(isOutsideDirectory) : NO_FOLDERS;
  const effects = optionEffects(name, args);
  const fromEnvironment = env ? environmentEffects(env) : NO_EFFECTS;
  const runs = effects.runs ?? fromEnvironment.runs;
  if (runs) {
    command.opaque ??= runs;
    command.knownPrefix = undefined;
    command.knownAllowPrefix = undefined;
  }
  ctx.out.commands.push(command);
  pushImplied(ctx, impliedActions(name, args), text, dirs);
  if (foreign.length) pushImplied(ctx, recursiveRead({ text: '.' }, {}), text, foreign);
  pushImplied(ctx, effects.implied, text, dirs);
  pushImplied(ctx, fromEnvironment.implied, text, dirs);
  if (env) {
    for (const [variable, value] of Object.entries(env)) {
      if ((PROXY_VARIABLE.test(variable) || ENV_REACHES.has(variable)) && value) pushImplied(ctx, [networkTo({ text: value })], text);
      if (variable === 'KUBECONFIG') for (const file of value.split(':').filter(Boolean)) pushImplied(ctx, fileRead({ text: file }), text, dirs);
    }
  }
  return text;
}

function sameWords(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const NO_FOLDERS: WorkingDirectory[] = [];

/** What environment variables imply when the command sets none. */
const NO_EFFECTS: OptionEffects = { implied: [] };

function hasEntries(record: Record<string, string>): boolean {
  for (const _ in record) return true;
  return false;
}
