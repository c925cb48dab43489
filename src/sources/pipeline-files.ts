// Commands that files in a PR would make CI (or a developer) run: GitHub
// workflow `run:` steps, Makefile recipes, shell scripts and package.json
// scripts. An agent that cannot run `terraform apply` itself could otherwise
// commit it into a workflow and let CI run it, so these are gated as
// `shell.execute` actions from that file and line. Pure: text in, actions out.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { ShellAction } from '../types.js';
import { SourceError } from './errors.js';
import { ShellSplitError, splitShellCommands } from './shell-lines.js';

export type PipelineFileKind = 'workflow' | 'makefile' | 'shell-script' | 'package-json' | 'composite-action';

/** Which kind of command-bearing file a repository path is, if any. */
export function pipelineFileKind(path: string): PipelineFileKind | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (/^\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) return 'workflow';
  if (name === 'action.yml' || name === 'action.yaml') return 'composite-action';
  if (name === 'Makefile' || name === 'makefile' || name === 'GNUmakefile' || name.endsWith('.mk')) return 'makefile';
  if (name.endsWith('.sh') || name.endsWith('.bash')) return 'shell-script';
  if (name === 'package.json') return 'package-json';
  return undefined;
}

export function pipelineCommands(path: string, text: string, kind = pipelineFileKind(path)): ShellAction[] {
  switch (kind) {
    case 'workflow':
    case 'composite-action':
      return yamlRunSteps(path, text, kind);
    case 'makefile':
      return makefileRecipes(path, text);
    case 'shell-script':
      return scriptCommands(path, text, 'shell script');
    case 'package-json':
      return packageScripts(path, text);
    default:
      return [];
  }
}

function shell(command: string, file: string, line: number, detail: string): ShellAction {
  return { type: 'shell.execute', command, origin: { source: 'pipeline', file, line, detail } };
}

/** Every `run:` in `jobs.*.steps` (workflows) or `runs.steps` (composite actions). */
function yamlRunSteps(file: string, text: string, kind: PipelineFileKind): ShellAction[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  if (doc.errors.length) {
    const err = doc.errors[0];
    throw new SourceError({ file, line: err.linePos?.[0].line }, `not valid YAML: ${err.message.split('\n')[0]}`, 'fix the YAML; a workflow the gate cannot read is not run past it');
  }
  const lineOf = (node: YamlNode | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : 0);
  const out: ShellAction[] = [];
  const stepsOf = (steps: unknown, where: string) => {
    if (!isSeq(steps)) return;
    steps.items.forEach((step, index) => {
      if (!isMap(step)) return;
      for (const pair of step.items) {
        if (!isScalar(pair.key) || pair.key.value !== 'run') continue;
        const value = pair.value;
        if (!isScalar(value) || value.value === null) continue;
        out.push(shell(String(value.value).trim(), file, lineOf(pair.key as YamlNode), `${where} step ${index + 1}`));
      }
    });
  };
  const root = doc.contents;
  if (!isMap(root)) return out;
  if (kind === 'composite-action') {
    const runs = root.get('runs', true);
    if (isMap(runs)) stepsOf(runs.get('steps', true), 'runs');
    return out;
  }
  const jobs = root.get('jobs', true);
  if (!isMap(jobs)) return out;
  for (const job of jobs.items) {
    if (!isMap(job.value)) continue;
    stepsOf(job.value.get('steps', true), `job ${isScalar(job.key) ? String(job.key.value) : '?'}`);
  }
  return out;
}

/**
 * Makefile recipe lines (tab-indented lines under a rule, and `target: ; cmd`).
 * `@`, `-` and `+` prefixes are make's, not the shell's; `$$` is a literal `$`.
 * `$(VAR)` references are left in place: the shell analysis treats what it
 * cannot resolve as opaque, which a policy must allow explicitly.
 */
function makefileRecipes(file: string, text: string): ShellAction[] {
  const physical = text.replace(/\r\n?/g, '\n').split('\n');
  const out: ShellAction[] = [];
  let inRule = false;
  let inDefine = false;
  const emit = (raw: string, line: number, target: string) => {
    const command = raw.replace(/^[\s@+-]+/, '').replace(/\$\$/g, '$').trim();
    if (command && !command.startsWith('#')) out.push(shell(command, file, line, `make ${target}`));
  };
  let target = '';
  for (let i = 0; i < physical.length; i++) {
    let text = physical[i];
    const line = i + 1;
    if (inDefine) {
      if (/^\s*endef\b/.test(text)) inDefine = false;
      continue;
    }
    if (text.startsWith('\t') && inRule) {
      // A recipe line continues while it ends in a backslash; the shell sees the joined line.
      let joined = text.slice(1);
      while (/\\$/.test(joined) && i + 1 < physical.length) {
        i++;
        joined = joined.slice(0, -1) + ' ' + physical[i].replace(/^\t/, '').trimStart();
      }
      emit(joined, line, target);
      continue;
    }
    if (/^\s*(#|$)/.test(text)) continue;
    if (/^\s*define\b/.test(text)) {
      inDefine = true;
      continue;
    }
    if (/^\s*(ifeq|ifneq|ifdef|ifndef|else|endif|include|-include|sinclude|export|unexport|override|vpath)\b/.test(text)) continue;
    while (/\\$/.test(text) && i + 1 < physical.length) text = text.slice(0, -1) + ' ' + physical[++i].trim();
    const rule = /^([^:=#]+?)\s*::?(?!=)(.*)$/.exec(text);
    if (rule && !/^\s*[\w.-]+\s*[:+?!]?=/.test(text)) {
      inRule = true;
      target = rule[1].trim();
      const inline = rule[2].indexOf(';');
      if (inline >= 0) emit(rule[2].slice(inline + 1), line, target);
    } else {
      inRule = false;
    }
  }
  return out;
}

function scriptCommands(file: string, text: string, detail: string): ShellAction[] {
  try {
    return splitShellCommands(text).map((c) => shell(c.command, file, c.line, detail));
  } catch (err) {
    if (err instanceof ShellSplitError) throw new SourceError({ file, line: err.line }, err.message, 'fix the script; a command the gate cannot delimit is not let through');
    throw err;
  }
}

/** `scripts` of a package.json; YAML reads JSON and gives each key its line. */
function packageScripts(file: string, text: string): ShellAction[] {
  try {
    JSON.parse(text);
  } catch (err) {
    throw new SourceError({ file }, `not valid JSON: ${(err as Error).message}`, 'fix package.json');
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  const root = doc.contents;
  if (!isMap(root)) return [];
  const scripts = root.get('scripts', true);
  if (!isMap(scripts)) return [];
  const out: ShellAction[] = [];
  for (const pair of scripts.items) {
    if (!isScalar(pair.key) || !isScalar(pair.value) || typeof pair.value.value !== 'string') continue;
    const line = pair.key.range ? lines.linePos(pair.key.range[0]).line : 0;
    out.push(shell(pair.value.value, file, line, `npm script ${String(pair.key.value)}`));
  }
  return out;
}
