// The one entry the CLI and the Action call: everything a PR holds → actions.
// Sources are read in a fixed order (diff, pipeline files, plans, command
// files, PR body) so reports and audit logs list them the same way each run.
// Every error is a SourceError naming the file (and line) and what to do.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Action } from '../types.js';
import { readCommandsFile, type CommandsFormat } from './agent-commands.js';
import { SourceError } from './errors.js';
import { fileChangeActions, parseDiffRange, readBlobs, readPrDiff } from './git-diff.js';
import { withManifestNamespaces } from './kubectl-manifests.js';
import { isManifestPath, manifestChangeActions, manifestObjects } from './kubernetes-manifests.js';
import { pipelineCommands, pipelineFileKind } from './pipeline-files.js';
import { prBodyPlanActions } from './pr-body.js';
import { readPlanFileActions, type PlanFormat } from './plan-file.js';

export interface CollectOptions {
  /** The checkout to diff (default: the current folder). Relative file options resolve against `cwd`. */
  repoDir?: string;
  /** `BASE...HEAD`: changed files and the commands files in them would run. */
  diff?: string;
  /** Plan files: Terraform/OpenTofu plan JSON, Pulumi preview JSON or CloudFormation change sets. */
  plans?: string[];
  /** How to read the plan files (default `auto`: told by their top-level keys). */
  planFormat?: PlanFormat;
  /** Agent command files (SafeClaw JSONL, shell text, Claude Code or OpenAI logs). */
  commands?: string[];
  commandsFormat?: CommandsFormat;
  /**
   * The PR description. As text (the Action: the PR's own description) a body
   * with no plan section is normal and gives no action; as a file (`--pr-body`)
   * it was given to be judged, so a body with no plan section is an error.
   * Either way a plan section with no command, or a heading that looks like
   * a plan heading SafeClaw does not read, is an error.
   */
  prBody?: string | { file: string };
  /** Folder relative paths are resolved against (default: process.cwd()). */
  cwd?: string;
}

export async function collectActions(options: CollectOptions): Promise<Action[]> {
  const cwd = options.cwd ?? process.cwd();
  const resolve = (p: string) => path.resolve(cwd, p);
  const actions: Action[] = [];
  // Appended one by one: `push(...list)` passes every element as an argument
  // and overflows the stack past ~120k (a plan of 190k changes).
  const add = (list: readonly Action[]) => {
    for (const action of list) actions.push(action);
  };

  // The diff is mostly waiting for git: the other sources are read meanwhile, and every list is
  // still added in the fixed order. A failing diff is reported first, as if it had been read
  // first (its rejection is marked handled at once, and thrown when its turn comes).
  const diff = options.diff ? diffAndPipelineActions(resolve(options.repoDir ?? '.'), options.diff) : undefined;
  diff?.catch(() => undefined);
  let others: Action[] = [];
  let othersFailed: { error: unknown } | undefined;
  try {
    others = await otherSourceActions(options, resolve);
  } catch (error) {
    othersFailed = { error };
  }
  if (diff) add(await diff);
  if (othersFailed) throw othersFailed.error;
  add(others);
  // kubectl -f/-k commands are also judged with the namespaces their manifests name.
  return withManifestNamespaces(actions, resolve(options.repoDir ?? '.'));
}

/** Plans, command files and the PR body, in that order. */
async function otherSourceActions(options: CollectOptions, resolve: (p: string) => string): Promise<Action[]> {
  const actions: Action[] = [];
  const add = (list: readonly Action[]) => {
    for (const action of list) actions.push(action);
  };
  for (const plan of options.plans ?? []) add(await readPlanFileActions(resolve(plan), plan, { format: options.planFormat ?? 'auto' }));
  for (const file of options.commands ?? []) {
    add(readCommandsFile(await readText(resolve(file), file), file, options.commandsFormat ?? 'auto'));
  }
  if (options.prBody !== undefined) {
    // A file was given to be judged; a PR's own description may simply have no plan section.
    const given = typeof options.prBody !== 'string';
    const label = given ? (options.prBody as { file: string }).file : 'PR body';
    const body = given ? await readText(resolve(label), label) : (options.prBody as string);
    add(prBodyPlanActions(body, label, { planRequired: given }));
  }
  return actions;
}

/** Changed files as writes, then the commands the changed workflows/Makefiles/scripts would run. */
export async function diffAndPipelineActions(repoDir: string, range: string): Promise<Action[]> {
  const diff = await readPrDiff(repoDir, parseDiffRange(range));
  const actions = fileChangeActions(diff.files);
  // Symlinks (120000) and submodules (160000) hold no script text of their own.
  const runnable = diff.files.filter((f) => f.blob && f.mode?.startsWith('100') && pipelineFileKind(f.path));
  const blobs = await readBlobs(repoDir, runnable.map((f) => f.blob as string));
  for (const f of runnable) {
    const content = blobs.get(f.blob as string);
    if (!content) throw new SourceError({ file: f.path }, `cannot read the file at ${diff.head.slice(0, 12)}`, 'check the clone is complete');
    for (const action of pipelineCommands(f.path, content.toString('utf8'))) actions.push(action);
  }
  // Kubernetes manifests: the objects of each changed YAML file, at the merge base and at HEAD.
  const isText = (mode?: string) => mode?.startsWith('100');
  const yaml = diff.files.filter((f) => isManifestPath(f.path) || (f.from !== undefined && isManifestPath(f.from)));
  const ids = yaml.flatMap((f) => [isText(f.mode) ? f.blob : undefined, isText(f.oldMode) && f.change !== 'copied' ? f.oldBlob : undefined]).filter((id): id is string => !!id);
  const manifestBlobs = await readBlobs(repoDir, ids);
  for (const f of yaml) {
    const text = (id?: string) => (id ? manifestBlobs.get(id)?.toString('utf8') : undefined);
    const after = isText(f.mode) && f.blob ? manifestObjects(text(f.blob) ?? '', f.path) : undefined;
    const oldPath = f.from ?? f.path;
    const before = isText(f.oldMode) && f.oldBlob && f.change !== 'copied' ? manifestObjects(text(f.oldBlob) ?? '', oldPath) : undefined;
    for (const action of manifestChangeActions(f.change === 'deleted' ? oldPath : f.path, before, after)) actions.push(action);
  }
  return actions;
}

async function readText(file: string, label: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    throw new SourceError({ file: label }, `cannot read file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, 'check the path');
  }
}
