// `kubectl apply|create|replace|delete -f FILE|DIR` (or `-k DIR`) without
// `--namespace` deploys each object where its manifest says
// (`metadata.namespace`); with a different `--namespace` kubectl refuses. So
// an allow rule on `kubectl apply -f k8s/*` would let `namespace: prod` past
// a deny rule on `kubectl apply*--namespace=prod*`. For every such command
// whose files are in the checkout, one more `shell.execute` action is added
// per namespace its manifests name: the command's canonical text with
// `--namespace=<ns>`, at the same origin. The engine judges it like any
// command, so the namespace rules apply. A separate step over the collected
// actions (the shell analysis itself is not changed).
//
// Files not in the checkout (URLs, `-f -`, paths outside the folder) are
// opaque: nothing is added, the command is judged as written. Paths are taken
// from the repository root (a `cd` before the command is not followed).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { analyzeShellCommand, prepareShellAnalysis } from '../shell/analyze.js';
import type { Action, ShellAction } from '../types.js';
import { isObject } from './claude-transcript.js';
import { manifestObjects } from './kubernetes-manifests.js';

const SUBCOMMANDS = new Set(['apply', 'create', 'replace', 'delete']);
/** Bounds on what one command may make SafeClaw read. */
const MAX_FILES = 2000;
const MAX_DEPTH = 8;

/** The actions, each kubectl manifest command followed by its per-namespace forms. */
export async function withManifestNamespaces(actions: Action[], repoDir: string): Promise<Action[]> {
  if (!actions.some((a) => a.type === 'shell.execute' && a.command.includes('kubectl'))) return actions;
  await prepareShellAnalysis();
  const out: Action[] = [];
  for (const action of actions) {
    out.push(action);
    if (action.type !== 'shell.execute' || !action.command.includes('kubectl')) continue;
    for (const extra of namespaceForms(action, repoDir)) out.push(extra);
  }
  return out;
}

function namespaceForms(action: ShellAction, repoDir: string): ShellAction[] {
  const out: ShellAction[] = [];
  let commands;
  try {
    commands = analyzeShellCommand(action.command).commands;
  } catch {
    return out; // the engine reports what cannot be analysed
  }
  for (const command of commands) {
    if (command.opaque) continue;
    const words = command.text.split(' ');
    if (words[0] !== 'kubectl' || !SUBCOMMANDS.has(words[1])) continue;
    const options = words.slice(2).filter((w) => w.startsWith('--'));
    if (options.some((o) => o.startsWith('--namespace=') || o === '--all-namespaces')) continue;
    const recursive = options.includes('--recursive');
    const files = new Set<string>();
    const namespaces = new Map<string, string>();
    for (const o of options) {
      if (o.startsWith('--filename=')) for (const f of o.slice('--filename='.length).split(',')) collectFiles(repoDir, f, recursive, files, 0);
      if (o.startsWith('--kustomize=')) collectKustomization(repoDir, o.slice('--kustomize='.length), files, namespaces, 0);
    }
    for (const file of files) {
      let objects;
      try {
        objects = manifestObjects(readFileSync(path.join(repoDir, file), 'utf8'), file);
      } catch {
        continue; // a broken manifest in the diff is reported by the manifest reader
      }
      for (const o of objects ?? []) if (o.namespace && !namespaces.has(o.namespace)) namespaces.set(o.namespace, `${file}:${o.line}`);
    }
    for (const [namespace, where] of namespaces) {
      out.push({
        type: 'shell.execute',
        command: `${command.text} --namespace=${namespace}`,
        origin: { ...action.origin, source: action.origin?.source ?? 'commands', detail: `kubectl ${words[1]} deploys to namespace ${namespace} (${where})` },
      });
    }
  }
  return out;
}

/** A repository-relative path inside the checkout, or undefined (a URL, `-`, outside). */
function inCheckout(repoDir: string, p: string): string | undefined {
  if (!p || p === '-' || /^[a-z][a-z0-9+.-]*:\/\//i.test(p)) return undefined;
  const rel = path.relative(repoDir, path.resolve(repoDir, p));
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel || '.';
}

function collectFiles(repoDir: string, p: string, recursive: boolean, files: Set<string>, depth: number): void {
  const rel = inCheckout(repoDir, p);
  if (!rel || files.size >= MAX_FILES || depth > MAX_DEPTH) return;
  let stat;
  try {
    stat = statSync(path.join(repoDir, rel));
  } catch {
    return;
  }
  if (stat.isFile()) {
    files.add(rel);
    return;
  }
  if (!stat.isDirectory()) return;
  for (const entry of readdirSync(path.join(repoDir, rel), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const child = path.join(rel, entry.name);
    // kubectl -f DIR reads the directory's .yaml, .yml and .json files; -R descends.
    if (entry.isFile() && /\.(ya?ml|json)$/i.test(entry.name)) files.add(child);
    else if (entry.isDirectory() && recursive) collectFiles(repoDir, child, true, files, depth + 1);
  }
}

/** `-k DIR`: the kustomization's own `namespace:` wins; else the namespaces its resources name. */
function collectKustomization(repoDir: string, dir: string, files: Set<string>, namespaces: Map<string, string>, depth: number): void {
  const rel = inCheckout(repoDir, dir);
  if (!rel || depth > MAX_DEPTH) return;
  for (const name of ['kustomization.yaml', 'kustomization.yml', 'Kustomization']) {
    let config: unknown;
    try {
      config = parse(readFileSync(path.join(repoDir, rel, name), 'utf8'));
    } catch {
      continue;
    }
    if (!isObject(config)) return;
    // A namespace set by the kustomization is written into every object it builds.
    if (typeof config.namespace === 'string' && config.namespace) {
      if (!namespaces.has(config.namespace)) namespaces.set(config.namespace, path.join(rel, name));
      return;
    }
    const resources = [...(Array.isArray(config.resources) ? config.resources : []), ...(Array.isArray(config.bases) ? config.bases : [])];
    for (const r of resources) {
      if (typeof r !== 'string') continue;
      const target = path.join(rel, r);
      let isDir = false;
      try {
        isDir = statSync(path.join(repoDir, target)).isDirectory();
      } catch {
        continue;
      }
      if (isDir) collectKustomization(repoDir, target, files, namespaces, depth + 1);
      else collectFiles(repoDir, target, false, files, depth);
    }
    return;
  }
}
