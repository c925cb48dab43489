// The one entry the CLI and the Action call: everything a PR holds → actions.
// Sources are read in a fixed order (diff, pipeline files, plans, command
// files, PR body) so reports and audit logs list them the same way each run.
// Every error is a SourceError naming the file (and line) and what to do.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Action } from '../types.js';
import { commandActions, type CommandsFormat } from './agent-commands.js';
import { SourceError } from './errors.js';
import { fileChangeActions, parseDiffRange, readBlobs, readPrDiff } from './git-diff.js';
import { pipelineCommands, pipelineFileKind } from './pipeline-files.js';
import { prBodyActions } from './pr-body.js';
import { readPlanActions } from './terraform-plan.js';

export interface CollectOptions {
  /** The checkout to diff (default: the current folder). Relative file options resolve against `cwd`. */
  repoDir?: string;
  /** `BASE...HEAD`: changed files and the commands files in them would run. */
  diff?: string;
  /** Terraform/OpenTofu plan JSON files. */
  plans?: string[];
  /** Agent command files (SafeClaw JSONL, shell text, Claude Code or OpenAI logs). */
  commands?: string[];
  commandsFormat?: CommandsFormat;
  /** The PR description, as text or a file to read. */
  prBody?: string | { file: string };
  /** Folder relative paths are resolved against (default: process.cwd()). */
  cwd?: string;
}

export async function collectActions(options: CollectOptions): Promise<Action[]> {
  const cwd = options.cwd ?? process.cwd();
  const resolve = (p: string) => path.resolve(cwd, p);
  const actions: Action[] = [];

  if (options.diff) actions.push(...(await diffAndPipelineActions(resolve(options.repoDir ?? '.'), options.diff)));
  for (const plan of options.plans ?? []) actions.push(...(await readPlanActions(resolve(plan), plan)));
  for (const file of options.commands ?? []) {
    actions.push(...commandActions(await readText(resolve(file), file), file, options.commandsFormat ?? 'auto'));
  }
  if (options.prBody !== undefined) {
    const body = typeof options.prBody === 'string' ? options.prBody : await readText(resolve(options.prBody.file), options.prBody.file);
    actions.push(...prBodyActions(body, typeof options.prBody === 'string' ? 'PR body' : options.prBody.file));
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
    actions.push(...pipelineCommands(f.path, content.toString('utf8')));
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
