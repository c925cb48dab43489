// `kubectl apply|create|replace|delete -f FILE|DIR` (or `-k DIR`) without
// `--namespace` deploys each object where its manifest says
// (`metadata.namespace`); with a different `--namespace` kubectl refuses. So
// an allow rule on `kubectl apply -f k8s/*` would let `namespace: prod` past
// a deny rule on `kubectl apply*--namespace=prod*`. For every such command one
// more `shell.execute` action is added per namespace its manifests name: the
// command's canonical text with `--namespace=<ns>`, at the same origin. The
// engine judges it like any command, so the namespace rules apply. A separate
// step over the collected actions (the shell analysis itself is not changed),
// used by `safeclaw check` (files of the checkout) and by the live hooks
// (files as they are when the agent is about to run the command).
//
// Fail closed: when SafeClaw cannot read what the command would deploy — a
// URL, `-f -` (standard input), a file outside the checkout, one that does not
// exist (yet), is no regular file, is too large or does not parse, a file the
// same command line writes first (`cat > x.yaml … && kubectl apply -f
// x.yaml`), a working directory known only at run time (`cd "$D" && kubectl
// apply -f web.yaml`: the shell analysis' `cwd` of each simple command says
// where it runs; a `cd` it follows is followed here), a name with blanks, or more files than the bounds below — the
// command is also judged as deploying to a namespace known only at run time:
// an opaque form no wildcard allow rule can allow (only a rule naming it
// exactly, or deny rules on its text). Giving `--namespace=NS` makes kubectl
// refuse any object of another namespace, so such a command is judged as
// written.
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { analyzeShellCommand, prepareShellAnalysis, type ShellAnalysis, type SimpleCommand } from '../shell/analyze.js';
import { treeSitterMisses } from '../shell/parser.js';
import type { Action, ShellAction } from '../types.js';
import { isObject } from './claude-transcript.js';
import { manifestObjects } from './kubernetes-manifests.js';
import { quoteArg } from './quote-argv.js';

const SUBCOMMANDS = new Set(['apply', 'create', 'replace', 'delete']);
/** Bounds on what one command may make SafeClaw read (a live hook reads them before every such call). */
const MAX_FILES = 2000;
const MAX_DEPTH = 8;
const MAX_FILE_BYTES = 4 * 1024 * 1024;
const MAX_TOTAL_BYTES = 32 * 1024 * 1024;

/**
 * The namespace word of the opaque form: a variable, so the analysis reads the
 * form as depending on run time (opaque: denied unless a rule names it exactly).
 */
export const UNREAD_NAMESPACE = '$NAMESPACE_SAFECLAW_COULD_NOT_READ';

export interface ManifestContext {
  /** The checkout: manifests are read only inside it (symbolic links resolved). */
  root: string;
  /**
   * Where the command runs, relative paths start: the hook's working directory.
   * Default `root`. `null`: not known, so no relative path can be read (fail closed).
   */
  cwd?: string | null;
}

/**
 * The analysis each kubectl line was read with here, by its action object: the
 * gate hands it to the engine (evaluateAll's `analyses`), which judges it instead
 * of analysing the same line a second time. Only analyses made with no
 * tree-sitter miss during them (so exactly what the engine's own would be).
 */
export const manifestLineAnalyses = new WeakMap<object, { command: string; analysis: ShellAnalysis }>();

/** The actions, each kubectl manifest command followed by its per-namespace forms (files of the checkout at `repoDir`). */
export async function withManifestNamespaces(actions: Action[], repoDir: string): Promise<Action[]> {
  if (!actions.some(mentionsKubectl)) return actions;
  await prepareShellAnalysis();
  return withManifestNamespacesNow(actions, { root: repoDir });
}

/**
 * The same, for callers whose shell analysis is ready (a loaded policy set readies it):
 * the live hooks, which read the files as they are just before the command runs.
 */
export function withManifestNamespacesNow(actions: Action[], context: ManifestContext): Action[] {
  if (!actions.some(mentionsKubectl)) return actions;
  const out: Action[] = [];
  for (const action of actions) {
    out.push(action);
    if (action.type !== 'shell.execute' || !mentionsKubectl(action)) continue;
    for (const extra of namespaceForms(action, context)) out.push(extra);
  }
  return out;
}

const KUBECTL_LETTERS = [...'kubectl'];

/**
 * Whether the shell analysis could find a kubectl command in the action: only
 * then is it analysed here. bash spells a program's name from the text's own
 * characters, less its quotes and backslashes (`kube""ctl`, `k\ubectl`), so
 * a text lacking one of the letters of `kubectl` names no kubectl; the letters
 * count in any case (`${K,,}` lowers them), and `$'…'` can write any of them as
 * an escape (`$'\x6b'`), so a text with it is analysed.
 */
function mentionsKubectl(action: Action): boolean {
  if (action.type !== 'shell.execute') return false;
  const text = action.command.toLowerCase();
  return text.includes("$'") || KUBECTL_LETTERS.every((letter) => text.includes(letter));
}

/** What one kubectl command would deploy, as far as its files say. */
interface Reading {
  files: Set<string>;
  /** Folders read (a file written into one is read by kubectl too). */
  dirs: Set<string>;
  namespaces: Map<string, string>;
  bytes: number;
  /** Why some of it could not be read (the first reason). */
  unread?: string;
}

function namespaceForms(action: ShellAction, context: ManifestContext): ShellAction[] {
  const out: ShellAction[] = [];
  let analysis;
  const missesBefore = treeSitterMisses();
  try {
    analysis = analyzeShellCommand(action.command);
  } catch {
    return out; // the engine reports what cannot be analysed (and denies it)
  }
  if (treeSitterMisses() === missesBefore) manifestLineAnalyses.set(action, { command: action.command, analysis });
  const root = realDir(context.root);
  const base = context.cwd === undefined ? context.root : context.cwd;
  // Files the command line writes before kubectl reads them: their content now is not what kubectl will read.
  const written = analysis.implied.flatMap((i) => (i.action.type === 'file.write' && base !== null ? [realPath(path.resolve(base, i.action.path))] : []));
  for (const command of analysis.commands) {
    const words = command.text.split(' ');
    if (command.opaque || words[0] !== 'kubectl' || !SUBCOMMANDS.has(words[1])) continue;
    const options = words.slice(2).filter((w) => w.startsWith('--'));
    // An empty `--namespace=` (`-n ""`) is no namespace to kubectl: the manifests' own still decide.
    if (options.some((o) => (o.startsWith('--namespace=') && o.length > '--namespace='.length) || o === '--all-namespaces')) continue;
    const where = commandDirectories(command, base);
    const reading: Reading = { files: new Set(), dirs: new Set(), namespaces: new Map(), bytes: 0 };
    const fileOptions = options.filter((o) => o.startsWith('--filename=') || o.startsWith('--kustomize='));
    if (fileOptions.length === 0) continue; // no manifests named: kubectl reads none (it refuses the command)
    if ('why' in where) reading.unread = where.why;
    else if (root === undefined) reading.unread = `the checkout ${context.root} cannot be read`;
    else if ((command.argv ?? []).some((w) => /\s/.test(w))) reading.unread = 'a file name holds blanks';
    else {
      const recursive = options.includes('--recursive');
      // `cd x; kubectl …` may run in x or (the cd failed) where it started: the files of every such folder count.
      for (const dir of where.dirs) {
        for (const o of fileOptions) {
          if (o.startsWith('--filename=')) for (const f of o.slice('--filename='.length).split(',')) collectFiles(root, dir, f, recursive, reading, 0);
          else collectKustomization(root, dir, o.slice('--kustomize='.length), reading, 0);
        }
      }
      const read = [...reading.files, ...reading.dirs];
      const clash = written.find((w) => read.some((f) => f === w || f.startsWith(w + path.sep)) || [...reading.dirs].some((d) => w.startsWith(d + path.sep)));
      if (clash !== undefined && !reading.unread) reading.unread = `the same command line writes ${relative(root, clash)} first`;
      readNamespaces(root, reading);
    }
    const origin = (detail: string) => ({ ...action.origin, source: action.origin?.source ?? 'commands', detail });
    for (const [namespace, at] of reading.namespaces) {
      out.push({ type: 'shell.execute', command: `${command.text} ${quoteArg(`--namespace=${namespace}`)}`, origin: origin(`kubectl ${words[1]} deploys to namespace ${namespace} (${at})`) });
    }
    if (reading.unread !== undefined) {
      out.push({
        type: 'shell.execute',
        command: `${command.text} "--namespace=${UNREAD_NAMESPACE}"`,
        origin: origin(`kubectl ${words[1]} deploys to namespaces SafeClaw could not read: ${reading.unread}; give --namespace=NS to have it judged as written`),
      });
    }
  }
  return out;
}

/**
 * Every folder this command's relative paths may start from: the shell
 * analysis' `cwd` (after `cd`/`pushd`, `cd x; cmd` where the cd may fail, and
 * the like), taken from `base` (where the command line starts); or why none can be known.
 */
function commandDirectories(command: SimpleCommand, base: string | null): { dirs: string[] } | { why: string } {
  if (base === null) return { why: 'the working directory of the command is not known' };
  if (command.cwd === undefined) return { dirs: [base] };
  const dirs: string[] = [];
  for (const dir of command.cwd) {
    if ('unknown' in dir) return { why: `its working directory is known only at run time (${dir.unknown})` };
    // A home folder is the agent's HOME, which the hook cannot know for sure; outside the checkout anyway.
    if (dir.path.startsWith('~')) return { why: `it runs in ${dir.path}, outside the checkout` };
    dirs.push(path.resolve(base, dir.path));
  }
  return { dirs };
}

function realDir(dir: string): string | undefined {
  try {
    return realpathSync(dir);
  } catch {
    return undefined;
  }
}

/** The path with symbolic links resolved as far as it exists (a file written later may not exist yet), to compare with read files. */
function realPath(p: string): string {
  const rest: string[] = [];
  let at = p;
  for (;;) {
    try {
      return path.join(realpathSync(at), ...rest.reverse());
    } catch {
      const parent = path.dirname(at);
      if (parent === at) return p;
      rest.push(path.basename(at));
      at = parent;
    }
  }
}

function relative(root: string, file: string): string {
  return path.relative(root, file) || '.';
}

/** An absolute path inside the checkout (symbolic links resolved), or why it is not read. */
function inCheckout(root: string, dir: string, p: string): { file: string } | { unread: string } {
  if (p === '') return { unread: 'an empty file name' };
  if (p === '-') return { unread: '-f - reads standard input' };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(p)) return { unread: `${p} is a URL` };
  let real;
  try {
    real = realpathSync(path.resolve(dir, p));
  } catch {
    return { unread: `${p} does not exist (yet)` };
  }
  const rel = path.relative(root, real);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return { unread: `${p} is outside the checkout` };
  return { file: real };
}

function collectFiles(root: string, dir: string, p: string, recursive: boolean, reading: Reading, depth: number): void {
  if (reading.unread) return;
  if (reading.files.size >= MAX_FILES || depth > MAX_DEPTH) {
    reading.unread = `more than ${MAX_FILES} files or ${MAX_DEPTH} folder levels`;
    return;
  }
  const at = inCheckout(root, dir, p);
  if ('unread' in at) {
    reading.unread = at.unread;
    return;
  }
  const stat = statSync(at.file);
  if (stat.isFile()) {
    reading.files.add(at.file);
    return;
  }
  if (!stat.isDirectory()) {
    reading.unread = `${relative(root, at.file)} is no regular file`;
    return;
  }
  reading.dirs.add(at.file);
  for (const entry of readdirSync(at.file, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    // kubectl -f DIR reads the directory's .yaml, .yml and .json files; -R descends.
    const manifest = /\.(ya?ml|json)$/i.test(entry.name);
    if (entry.isSymbolicLink() && (manifest || recursive)) collectFiles(root, at.file, entry.name, recursive, reading, depth + 1);
    else if (entry.isFile() && manifest) {
      if (reading.files.size >= MAX_FILES) return void (reading.unread = `more than ${MAX_FILES} files`);
      reading.files.add(path.join(at.file, entry.name));
    } else if (entry.isDirectory() && recursive) collectFiles(root, at.file, entry.name, true, reading, depth + 1);
  }
}

/** The namespaces the collected files name, each with the first file:line naming it. */
function readNamespaces(root: string, reading: Reading): void {
  for (const file of reading.files) {
    if (reading.unread) return;
    const shown = relative(root, file);
    let text;
    try {
      const size = statSync(file).size;
      reading.bytes += size;
      if (size > MAX_FILE_BYTES || reading.bytes > MAX_TOTAL_BYTES) return void (reading.unread = `${shown} and the others are more than SafeClaw reads (${MAX_FILE_BYTES >> 20} MB a file, ${MAX_TOTAL_BYTES >> 20} MB in all)`);
      text = readFileSync(file, 'utf8');
    } catch (err) {
      return void (reading.unread = `${shown} cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    let objects;
    try {
      objects = manifestObjects(text, shown);
    } catch {
      return void (reading.unread = `${shown} does not parse`);
    }
    // A file the manifest reader leaves out for `{{` may still be one kubectl applies.
    if (objects === undefined && text.includes('{{')) return void (reading.unread = `${shown} holds {{ }} (a template?)`);
    for (const o of objects ?? []) if (o.namespace && !reading.namespaces.has(o.namespace)) reading.namespaces.set(o.namespace, `${shown}:${o.line}`);
  }
}

/** `-k DIR`: the kustomization's own `namespace:` wins; else the namespaces its resources name. */
function collectKustomization(root: string, dir: string, p: string, reading: Reading, depth: number): void {
  if (reading.unread) return;
  if (depth > MAX_DEPTH) return void (reading.unread = `kustomizations nested more than ${MAX_DEPTH} deep`);
  const at = inCheckout(root, dir, p);
  if ('unread' in at) return void (reading.unread = at.unread);
  const name = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'].find((n) => {
    try {
      return statSync(path.join(at.file, n)).isFile();
    } catch {
      return false;
    }
  });
  if (name === undefined) return void (reading.unread = `${relative(root, at.file)} holds no kustomization`);
  let config: unknown;
  try {
    config = parse(readFileSync(path.join(at.file, name), 'utf8'));
  } catch {
    return void (reading.unread = `${relative(root, path.join(at.file, name))} does not parse`);
  }
  if (!isObject(config)) return void (reading.unread = `${relative(root, path.join(at.file, name))} is no kustomization`);
  // A namespace set by the kustomization is written into every object it builds.
  if (typeof config.namespace === 'string' && config.namespace) {
    if (!reading.namespaces.has(config.namespace)) reading.namespaces.set(config.namespace, relative(root, path.join(at.file, name)));
    return;
  }
  const resources = [...(Array.isArray(config.resources) ? config.resources : []), ...(Array.isArray(config.bases) ? config.bases : [])];
  for (const r of resources) {
    if (typeof r !== 'string') return void (reading.unread = `a resource of ${relative(root, at.file)} is no path`);
    const target = inCheckout(root, at.file, r);
    if ('unread' in target) return void (reading.unread = target.unread);
    if (statSync(target.file).isDirectory()) collectKustomization(root, at.file, r, reading, depth + 1);
    else collectFiles(root, at.file, r, false, reading, depth);
  }
}
