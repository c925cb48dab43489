// Applies the side-effect tables (programs/side-effects.ts) to one command's
// words: the file and network actions its options cause, and whether an option
// makes it run another program (then the command is opaque).
import { SIDE_EFFECTS, optionValueRuns, type Effect, type SideEffectTable } from './programs/side-effects.js';
import { lookupTable } from './options.js';
import { NO_TARGETS, fileRead, fileWrite, networkTo, recursiveRead, recursiveWrite, type ImpliedTarget } from './implied.js';
import type { Word } from './words.js';

export interface OptionEffects {
  implied: ImpliedTarget[];
  /** Why an option makes the program run another program. */
  runs?: string;
}

/** No effect: shared and frozen, so a program without a table (or without effects) makes no objects. */
const NONE: OptionEffects = Object.freeze({ implied: NO_TARGETS });

/** A value the program fetches rather than opens: a URL with a scheme other than file. */
const URL_VALUE = /^(?!file:)[a-z][a-z0-9+.-]*:\/\//i;

/**
 * A side-effect table ready to read a command with: its value options as a set,
 * its effects by option name, and one such table per subcommand row, merged at
 * module load. The names looked up come from the command line: in a Map, no
 * `--constructor=x` or `--toString=x` finds an inherited member.
 */
interface ReadyTable {
  table: SideEffectTable;
  values: Set<string>;
  effects: Map<string, Effect>;
  /** The tables with each subcommand's rows merged in (`git clone`), when the table has rows per subcommand. */
  bySubcommand?: Map<string, ReadyTable>;
  /** Global options before the subcommand that take the next word. */
  globalValues?: Set<string>;
  /** The operands are needed after the options are read: URL operands, or the start folders of an option that writes what the program visits. */
  keepsOperands: boolean;
}

function ready(table: SideEffectTable): ReadyTable {
  const out = readyRow(table);
  if (!table.bySubcommand) return out;
  out.bySubcommand = new Map();
  out.globalValues = new Set(table.globalValues ?? []);
  for (const [subcommand, row] of Object.entries(table.bySubcommand)) {
    out.bySubcommand.set(subcommand, readyRow({ ...table, values: [...table.values, ...row.values], effects: { ...table.effects, ...row.effects } }));
  }
  return out;
}

function readyRow(table: SideEffectTable): ReadyTable {
  const effects = new Map(Object.entries(table.effects));
  const keepsOperands = table.urlOperands === true || [...effects.values()].includes('writes-operands');
  return { table, values: new Set(table.values), effects, keepsOperands };
}

const READY: Record<string, ReadyTable> = lookupTable(Object.fromEntries(Object.entries(SIDE_EFFECTS).map(([program, table]) => [program, ready(table)])));

/** One command being read: what its options have done so far. */
interface Reading {
  program: string;
  table: SideEffectTable;
  /** The targets found so far: NO_TARGETS until the first one. */
  implied: ImpliedTarget[];
  runs: string | undefined;
  /** The last value of each option (pflag: the last one wins), kept for kubectl's options that depend on others; null until the first. */
  last: Map<string, Word> | null;
  /** An option writes the files the program visits (`find -delete`). */
  deletes: boolean;
}

function add(reading: Reading, target: ImpliedTarget): void {
  if (reading.implied === NO_TARGETS) reading.implied = [target];
  else reading.implied.push(target);
}

function addAll(reading: Reading, targets: ImpliedTarget[]): void {
  for (const target of targets) add(reading, target);
}

export function optionEffects(program: string, args: Word[]): OptionEffects {
  const found = READY[program];
  if (!found) return NONE;
  const { table, values, effects, keepsOperands } = withSubcommand(found, args);
  const reading: Reading = { program, table, implied: NO_TARGETS, runs: undefined, last: null, deletes: false };
  const prefixes = table.filePrefixes;
  const operands: Word[] | null = keepsOperands ? [] : null;

  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    const text = word.text;
    if (text === '--') {
      if (operands) for (let j = i + 1; j < args.length; j++) operands.push(args[j]); // not push(...): any number of words
      break;
    }
    // `--name[=value]`, or `-name[=value]` (a name of two letters or more) for single-dash programs.
    const start = longNameStart(text, table.singleDash === true);
    if (start > 0) {
      const eq = text.indexOf('=', start);
      const name = eq < 0 ? text.slice(start) : text.slice(start, eq);
      let value: Word | undefined = eq < 0 ? undefined : { ...word, text: text.slice(eq + 1) };
      if (value === undefined && values.has(name) && i + 1 < args.length) value = args[++i];
      apply(reading, name, effects.get(name), value, start === 2 ? '--' : '-');
      if (value && prefixes) filePrefixed(value, prefixes, reading);
      continue;
    }
    if (text.length > 1 && text.charCodeAt(0) === DASH) {
      // A multi-letter short option (`zip -TT cmd`).
      if (text.length > 2) {
        const multiLetter = text.slice(1);
        if (values.has(multiLetter) && i + 1 < args.length) {
          const value = args[++i];
          apply(reading, multiLetter, effects.get(multiLetter), value, '-');
          if (prefixes) filePrefixed(value, prefixes, reading);
          continue;
        }
      }
      for (let c = 1; c < text.length; c++) {
        const letter = text[c];
        if (values.has(letter)) {
          const attached = text.charCodeAt(c + 1) === EQUALS ? text.slice(c + 2) : text.slice(c + 1);
          const value = attached ? { ...word, text: attached } : args[++i];
          apply(reading, letter, effects.get(letter), value, '-');
          if (value && prefixes) filePrefixed(value, prefixes, reading);
          break;
        }
        apply(reading, letter, effects.get(letter), undefined, '-');
      }
      continue;
    }
    if (table.stopAtOperand) break;
    operands?.push(word);
    if (prefixes) filePrefixed(word, prefixes, reading);
  }
  if (table.urlOperands && operands) {
    for (const word of operands) if (URL_VALUE.test(word.text) || word.text.startsWith('oci://')) add(reading, networkTo(word));
  }
  if (reading.deletes && operands) {
    // `find DIR … -delete`: every file under the start folders may be deleted.
    const starts = operands.filter((w) => !w.text.startsWith('-') && !/^[()!,]$/.test(w.text)).slice(0, 1);
    for (const start of starts.length ? starts : [{ text: '.' }]) addAll(reading, fileWrite({ ...start, text: `${start.text.replace(/\/+$/, '')}/**` }));
  }
  if (program === 'curl') curlExtras(args, reading);
  if (reading.last) kubectlExtras(reading.last, reading);
  if (program === 'git') gitOperandReads(args, reading);
  if (reading.implied === NO_TARGETS && reading.runs === undefined) return NONE;
  return reading.runs === undefined ? { implied: reading.implied } : { implied: reading.implied, runs: reading.runs };
}

const DASH = 0x2d;
const EQUALS = 0x3d;

/**
 * Where a long option's name starts in `text` (-1: none): after `--` and a
 * first character other than `=`; for single-dash programs also after `-` and
 * a first character other than `-` or `=`, when the name has two letters or
 * more (`-x` is a short option).
 */
function longNameStart(text: string, singleDash: boolean): number {
  if (text.charCodeAt(0) !== DASH) return -1;
  const second = text.charCodeAt(1);
  if (second === DASH) return text.length > 2 && text.charCodeAt(2) !== EQUALS ? 2 : -1;
  if (!singleDash || text.length < 2 || second === EQUALS) return -1;
  const eq = text.indexOf('=', 1);
  return (eq < 0 ? text.length : eq) > 2 ? 1 : -1;
}

/** What one option does: `dashes` and `option` are how it was written (`--`, `from-file`). */
function apply(reading: Reading, option: string, effect: Effect | undefined, value: Word | undefined, dashes: string): void {
  const { program, table } = reading;
  // Made on kubectl's first option value (kubectlExtras finds nothing in an empty one).
  if (value && program === 'kubectl') (reading.last ??= new Map()).set(option, value);
  if (value && optionValueRuns(program, option, value.text)) reading.runs ??= `${program} ${dashes}${option} ${value.text.split(/[=\s]/)[0]} runs a local command`;
  if (!effect) return;
  if (effect === 'writes-operands') {
    reading.deletes = true;
    return;
  }
  if (effect === 'runs') {
    reading.runs ??= `${program} ${dashes}${option} runs another program${value ? ` (${value.text})` : ''}`;
    return;
  }
  if (!value) return;
  if (table.settingOrFile?.includes(option) && /^[A-Za-z_][\w.-]*=/.test(value.text)) {
    // `-backend-config=address=http://…`: a setting, no file; a URL in it is a host reached.
    const url = /[a-z][a-z0-9+.-]*:\/\/\S+/i.exec(value.text.slice(value.text.indexOf('=') + 1))?.[0];
    if (url) add(reading, networkTo({ ...value, text: url }));
    return;
  }
  if ((effect === 'reads' || effect === 'reads-input') && URL_VALUE.test(value.text)) {
    // `kubectl apply -f http://…`, `--from-file=https://…`: the tool fetches it.
    add(reading, networkTo(value));
    return;
  }
  if (effect === 'copies-in') {
    // Every file of the source lands in the working folder: a read of all of it, a write of all of the folder.
    if (URL_VALUE.test(value.text) || /^[a-z]+::/.test(value.text)) add(reading, networkTo({ ...value, text: value.text.replace(/^[a-z]+::/, '') }));
    else addAll(reading, recursiveRead(value, {}));
    addAll(reading, recursiveWrite({ text: '.' }));
    return;
  }
  if (effect === 'writes-under') {
    addAll(reading, recursiveWrite(value));
    return;
  }
  if (effect === 'writes-output') {
    // The tool's own output file (`terraform plan -out=tfplan`): judged by deny and approval rules in the repository.
    for (const target of fileWrite(value)) {
      target.ownInput = `${program} writes its own output there (${dashes}${option})`;
      add(reading, target);
    }
    return;
  }
  if (effect === 'reads-input') {
    for (const target of fileRead(stripPrefix(value, table.filePrefixes))) {
      target.ownInput = `${program} reads it as its own input (${dashes}${option})`;
      add(reading, target);
    }
  } else if (effect === 'reads' && table.keyedFiles?.includes(option)) {
    for (const pair of value.text.split(',')) addAll(reading, fileRead({ ...value, text: pair.slice(pair.indexOf('=') + 1) }));
  } else if (effect === 'reads') addAll(reading, fileRead(stripPrefix(value, table.filePrefixes)));
  else if (effect === 'writes') addAll(reading, fileWrite(value));
  else add(reading, networkTo(value));
}

/** The table with the rows of the command's subcommand merged in. */
function withSubcommand(found: ReadyTable, args: Word[]): ReadyTable {
  if (!found.bySubcommand) return found;
  let i = 0;
  while (i < args.length && args[i].text.startsWith('-') && args[i].text !== '--') {
    const text = args[i].text;
    const name = text.slice(text.charCodeAt(1) === DASH ? 2 : 1);
    i += found.globalValues!.has(name) ? 2 : 1;
  }
  return (i < args.length && found.bySubcommand.get(args[i].text)) || found;
}

function stripPrefix(word: Word, prefixes: string[] | undefined): Word {
  const prefix = prefixes?.find((p) => word.text.startsWith(p));
  return prefix ? { ...word, text: word.text.slice(prefix.length) } : word;
}

/** `file://x` (aws), `@x` (vault), `go-template-file=x` (kubectl -o): a file read. */
function filePrefixed(word: Word, prefixes: string[], reading: Reading): void {
  // The word itself, else what follows its first `=`.
  if (readPrefixed(word, 0, prefixes, reading)) return;
  const eq = word.text.indexOf('=');
  if (eq >= 0) readPrefixed(word, eq + 1, prefixes, reading);
}

/** Reads the file named after the first of `prefixes` the word has at `from` (with more text after it), if any. */
function readPrefixed(word: Word, from: number, prefixes: string[], reading: Reading): boolean {
  const text = word.text;
  for (const prefix of prefixes) {
    if (!text.startsWith(prefix, from) || text.length - from <= prefix.length) continue;
    addAll(reading, fileRead({ ...word, text: text.slice(from + prefix.length) }));
    return true;
  }
  return false;
}

/** curl forms that read files (`-F x=<file`, `--data-urlencode x@file`) and URL globs (`[1-9]`, `{a,b}`). */
function curlExtras(args: Word[], reading: Reading): void {
  const globOff = args.some((a) => a.text === '-g' || a.text === '--globoff');
  for (let i = 0; i < args.length; i++) {
    const text = args[i].text;
    const form = /^(?:-F|--form)(?:=(.*))?$/s.exec(text);
    const urlencode = /^--data-urlencode(?:=(.*))?$/s.exec(text);
    if (form || urlencode) {
      const value = (form ?? urlencode)![1] ?? args[++i]?.text ?? '';
      const file = form ? /=[<@]([^;]+)/.exec(value)?.[1] : /^[^=]*@(.+)$/s.exec(value)?.[1];
      if (file) addAll(reading, fileRead({ ...args[i], text: file }));
      continue;
    }
    if (!globOff && !text.startsWith('-') && /^[a-z]+:\/\/|^[\w.-]+\.[a-z]{2,}\//i.test(text) && /[[{]/.test(text)) {
      add(reading, { action: { type: 'network.request', destination: text }, opaque: `curl expands the URL glob in ${text} into other URLs` });
    }
  }
}

/** kubectl outputs that take their template from a file: `-o go-template-file --template=FILE`. */
const TEMPLATE_FILE_OUTPUTS = new Set(['go-template-file', 'jsonpath-file', 'templatefile', 'custom-columns-file']);

/**
 * kubectl options whose effect depends on another option: `--template=FILE` is
 * a file read when the output is a *-file format (checked with kubectl: the file
 * is printed), and `--profile=cpu|heap|…` writes `profile.pprof` unless
 * `--profile-output` names another file.
 */
function kubectlExtras(last: Map<string, Word>, reading: Reading): void {
  const output = (last.get('output') ?? last.get('o'))?.text;
  const template = last.get('template');
  if (output !== undefined && TEMPLATE_FILE_OUTPUTS.has(output) && template) addAll(reading, fileRead(template));
  const kustomization = last.get('kustomize') ?? last.get('k');
  if (kustomization && /^(github\.com|gitlab\.com|bitbucket\.org)\/|^git@|^[a-z]+::|^[a-z][a-z0-9+.-]*:\/\/|\/\//i.test(kustomization.text)) {
    // A remote kustomization: kubectl runs git to fetch it and applies whatever the remote holds.
    add(reading, { action: { type: 'network.request', destination: kustomization.text }, opaque: `kubectl runs git to fetch the remote kustomization ${kustomization.text}` });
  }
  const profile = last.get('profile');
  if (profile && profile.text !== 'none' && !last.has('profile-output')) addAll(reading, fileWrite({ text: 'profile.pprof' }));
}

/** A new target (from fileRead and its kin) completed in place as the tool's own input. */
function withOwnInput(target: ImpliedTarget, why: string): ImpliedTarget {
  target.ownInput = why;
  return target;
}

/** git global options that take the next word as their value. */
const GIT_GLOBAL_VALUES = new Set(['-C', '-c', '--git-dir', '--work-tree', '--namespace', '--config-env', '--exec-path', '--super-prefix']);

/** git subcommands that print the content of the paths they are given. */
const GIT_PRINTS_PATHS = new Set(['diff', 'log', 'show', 'blame', 'grep', 'whatchanged', 'cat-file', 'annotate']);

/** git subcommands whose first operand is a repository: a URL or `host:path` there is a host reached. */
const GIT_REMOTE_FIRST = new Set(['clone', 'fetch', 'pull', 'push', 'ls-remote', 'archive']);

const OUTSIDE = /^(\/|~|\.\.(\/|$))/;

/** `https://h/x`, `ssh://h/x`, `git@h:x`, `h:x` (scp-like: no `/` before the `:`), as a destination; null for a remote name. */
function gitRemote(text: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return /^file:/i.test(text) ? null : text;
  const scp = /^(?:[^@/:\s]+@)?(\[[^\]]+\]|[^/:\s]+):(?!\/\/)/.exec(text);
  return scp ? `ssh://${scp[1]}/${text.slice(scp[0].length)}` : null;
}

/**
 * What git's operands reach. `git diff`, `log`, `show`, `blame`, `grep` print
 * the content of the paths they are given, with or without `--` (git takes an
 * existing file as a pathspec): judged by deny and approval rules. `--no-index`
 * operands and paths outside the repository (git then acts as --no-index) are
 * plain reads; REV:PATH and `-L…:PATH` are PATH as the repository holds it; a
 * pathspec pattern (`*.env`, `:(icase).ENV`) may match any file, so it is a
 * read known only at run time. The first operand of clone/fetch/pull/push is a
 * repository: a URL or `host:path` is a host reached, dry run or not.
 */
function gitOperandReads(args: Word[], reading: Reading): void {
  let i = 0;
  while (i < args.length && args[i].text.startsWith('-')) i += GIT_GLOBAL_VALUES.has(args[i].text) ? 2 : 1;
  const subcommand = args[i]?.text;
  if (!subcommand) return;
  if (GIT_REMOTE_FIRST.has(subcommand)) {
    let first: Word | undefined;
    for (let j = i + 1; j < args.length && !first; j++) if (!args[j].text.startsWith('-')) first = args[j];
    const remote = first ? gitRemote(first.text) : null;
    if (first && remote) add(reading, networkTo(first, remote));
    return;
  }
  if (!GIT_PRINTS_PATHS.has(subcommand)) return;
  const repositoryCopy = `git ${subcommand} prints what the repository holds of it`;
  let noIndex = false;
  if (subcommand === 'diff') for (let j = i + 1; j < args.length && !noIndex; j++) noIndex = args[j].text === '--no-index';
  let afterDashes = false;
  for (let j = i + 1; j < args.length; j++) {
    const word = args[j];
    const text = word.text;
    if (!afterDashes && text === '--') {
      afterDashes = true;
      continue;
    }
    if (!afterDashes && text.startsWith('-')) {
      const lines = text.startsWith('-L') ? /^-L[^:]*:(.+)$/s.exec(text)?.[1] : undefined;
      if (lines) gitPathRead(reading, word, lines, OUTSIDE.test(lines), repositoryCopy);
      continue;
    }
    const inRevision = !afterDashes && text.includes(':') ? /^[^:/\s]*:(?!\/\/)(.+)$/s.exec(text)?.[1] : undefined;
    if (inRevision !== undefined) {
      // `git show HEAD:.env`, `git cat-file -p :secret.pem`, `:/.env`: a file as a commit (or the index) holds it.
      gitPathRead(reading, word, inRevision.replace(/^\//, ''), false, repositoryCopy);
      continue;
    }
    gitPathRead(reading, word, text, noIndex || OUTSIDE.test(text), repositoryCopy);
  }
}

/** One path git prints: `plain` is a read of the file itself; otherwise of what the repository holds of it (`repositoryCopy`). */
function gitPathRead(reading: Reading, word: Word, path: string, plain: boolean, repositoryCopy: string): void {
  if (path.startsWith(':(')) {
    add(reading, { action: { type: 'file.read', path }, opaque: `the pathspec ${path} uses pathspec magic: git prints every file it matches` });
    return;
  }
  const wild = path.search(/[*?[]/);
  if (wild >= 0) {
    // git's `*` crosses `/` (`*.env` matches a/b/.env): everything under the literal folder may be printed.
    const folder = path.slice(0, wild).replace(/[^/]*$/, '').replace(/\/+$/, '') || '.';
    // `*.tf` (a star, then a literal): every path it matches ends so, and so does its base name.
    const last = path.slice(path.lastIndexOf('/') + 1);
    const filters = /^\*[^*?[\]/]*$/.test(last) && path.indexOf('/', wild) < 0 ? { include: [last] } : {};
    for (const target of recursiveRead({ ...word, text: folder }, filters)) add(reading, plain ? target : withOwnInput(target, repositoryCopy));
    return;
  }
  for (const target of fileRead({ ...word, text: path })) add(reading, plain ? target : withOwnInput(target, repositoryCopy));
}

/**
 * Environment variables with side effects, one row each: what a program does
 * because the variable is set (inline `NAME=value cmd` or exported). `runs` and
 * `opaque` make the command opaque; the others yield the action on the value.
 * (Variables that name options a canonical tool reads, like HELM_NAMESPACE,
 * are in ./canonical.ts; those that change what every command runs, like PATH,
 * in ./wrappers.ts.)
 */
const ENVIRONMENT_EFFECTS: Record<string, { effect: 'runs' | 'opaque' | 'reads' | 'writes' | 'reaches'; why: string }> = lookupTable({
  // git appends its trace to an absolute path (1, 2, true or a descriptor number mean stderr).
  GIT_TRACE: { effect: 'writes', why: 'git appends its trace there' },
  GIT_INDEX_FILE: { effect: 'writes', why: 'git rewrites that index' },
  GIT_COMMON_DIR: { effect: 'opaque', why: 'GIT_COMMON_DIR makes git read another repository\'s config, whose core.fsmonitor or hooks run programs' },
  GIT_OBJECT_DIRECTORY: { effect: 'reads', why: 'git reads objects there' },
  GIT_ALTERNATE_OBJECT_DIRECTORIES: { effect: 'reads', why: 'git reads objects there' },
  TF_LOG_PATH: { effect: 'writes', why: 'terraform appends its log there' },
  TAR_OPTIONS: { effect: 'opaque', why: 'TAR_OPTIONS adds options to every tar run (--to-command, --checkpoint-action=exec run programs)' },
  RSYNC_RSH: { effect: 'runs', why: 'RSYNC_RSH is the program rsync runs to reach a host (like -e)' },
  RSYNC_CONNECT_PROG: { effect: 'runs', why: 'RSYNC_CONNECT_PROG is a program rsync runs to reach a daemon' },
  RSYNC_PROXY: { effect: 'reaches', why: 'rsync connects through that proxy' },
  POSIXLY_CORRECT: { effect: 'opaque', why: 'POSIXLY_CORRECT makes every word after the first operand an operand (rsync a/ b/ --dry-run copies for real into ./--dry-run)' },
  POSIX_ME_HARDER: { effect: 'opaque', why: 'POSIX_ME_HARDER makes every word after the first operand an operand' },
  HELM_PLUGINS: { effect: 'runs', why: 'helm runs plugins (and downloader plugins for chart URLs) from HELM_PLUGINS' },
  HELM_CONFIG_HOME: { effect: 'opaque', why: 'HELM_CONFIG_HOME moves helm\'s repositories, registry credentials and plugins' },
  HELM_DATA_HOME: { effect: 'opaque', why: 'HELM_DATA_HOME moves helm\'s plugins and starters' },
  HELM_CACHE_HOME: { effect: 'opaque', why: 'HELM_CACHE_HOME is where helm writes its cache' },
  HELM_REGISTRY_CONFIG: { effect: 'reads', why: 'helm reads registry credentials there' },
  HELM_REPOSITORY_CONFIG: { effect: 'reads', why: 'helm reads repositories there' },
  KUBECACHEDIR: { effect: 'writes', why: 'kubectl writes its cache there (like --cache-dir)' },
  KUBERC: { effect: 'reads', why: 'kubectl reads default options and aliases there' },
});

/** The row of a variable: the GIT_TRACE family shares one. */
function environmentRow(variable: string) {
  return ENVIRONMENT_EFFECTS[/^GIT_TRACE\w*$/.test(variable) ? 'GIT_TRACE' : variable];
}

/** Whether setting this variable has a side effect listed above. */
export function hasEnvironmentEffect(variable: string): boolean {
  return environmentRow(variable) !== undefined;
}

/** The actions of inline environment variables, and why one makes the command opaque. */
export function environmentEffects(env: Record<string, string>): OptionEffects {
  const out: OptionEffects = { implied: [] };
  for (const [variable, value] of Object.entries(env)) {
    const row = environmentRow(variable);
    if (!row || value === '') continue;
    if (row.effect === 'runs' || row.effect === 'opaque') out.runs ??= `${variable}=${value}: ${row.why}`;
    else if (row.effect === 'reaches') out.implied.push(networkTo({ text: value }));
    else if (row.effect === 'reads') for (const path of value.split(':').filter(Boolean)) out.implied.push(...fileRead({ text: path }));
    else if (!variable.startsWith('GIT_TRACE') || /^[/~]/.test(value)) out.implied.push(...fileWrite({ text: value }));
  }
  return out;
}
