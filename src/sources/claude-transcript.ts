// A Claude Code session transcript (JSONL, one event per line) → the actions
// its `tool_use` blocks performed. Paths are made relative to the session's
// `cwd` when they lie inside it, so repository policies (`infra/**`, `**/.env`)
// match them; paths outside stay absolute.
//
// Fail-closed on tools: a tool SafeClaw does not know is an error naming the
// tool and its line (exit 2), never skipped. Tools that only touch the
// session itself (todo lists, plan mode, questions) are listed in
// SESSION_ONLY_TOOLS and produce no action. A sub-agent (`Task`) records its
// own tool calls in its transcript lines (`isSidechain`), which are read too.
import path from 'node:path';
import type { Action, Origin } from '../types.js';
import { SourceError } from './errors.js';

const SESSION_ONLY_TOOLS = new Set([
  'TodoWrite',
  'TodoRead',
  'Task',
  'Agent',
  'ExitPlanMode',
  'EnterPlanMode',
  'AskUserQuestion',
  'BashOutput',
  'KillShell',
  'KillBash',
  'Skill',
  'SlashCommand',
]);

export function claudeTranscriptActions(text: string, file: string): Action[] {
  const out: Action[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim()) return;
    let event: unknown;
    try {
      event = JSON.parse(raw);
    } catch (err) {
      throw new SourceError({ file, line }, `not valid JSON (${(err as Error).message})`, 'repair or remove the line; every line of a transcript is read');
    }
    if (!isObject(event)) throw new SourceError({ file, line }, 'a transcript line must be a JSON object');
    const message = event.message;
    if (!isObject(message) || !Array.isArray(message.content)) return;
    const cwd = typeof event.cwd === 'string' ? event.cwd : undefined;
    for (const block of message.content) {
      if (!isObject(block) || (block.type !== 'tool_use' && block.type !== 'server_tool_use')) continue;
      const name = String(block.name ?? '');
      const input = isObject(block.input) ? block.input : {};
      out.push(...claudeToolActions(name, input, { source: 'transcript', file, line, detail: `Claude Code ${name}` }, cwd));
    }
  });
  return out;
}

/** One Claude Code tool call → what it does (also used by the live PreToolUse hook). */
export function claudeToolActions(name: string, input: Record<string, unknown>, origin: Origin, cwd: string | undefined): Action[] {
  const need = (key: string): string => {
    const value = input[key];
    if (typeof value !== 'string' || !value) {
      throw new SourceError({ file: origin.file, line: origin.line }, `${name} tool call has no "${key}"`, 'repair the transcript line');
    }
    return value;
  };
  const local = (p: string) => relativeTo(cwd, p);
  switch (name) {
    case 'Bash':
      return [{ type: 'shell.execute', command: need('command'), origin }];
    case 'Read':
      return [{ type: 'file.read', path: local(need('file_path')), origin }];
    case 'NotebookRead':
      return [{ type: 'file.read', path: local(need('notebook_path')), origin }];
    case 'Grep':
    case 'LS':
      return [{ type: 'file.read', path: local(typeof input.path === 'string' ? input.path : (cwd ?? '.')), origin }];
    case 'Glob': {
      const dir = typeof input.path === 'string' ? input.path : (cwd ?? '.');
      return [{ type: 'file.read', path: local(path.posix.join(dir, need('pattern'))), origin }];
    }
    case 'Write':
    case 'Edit':
    case 'MultiEdit':
      return [{ type: 'file.write', path: local(need('file_path')), origin }];
    case 'NotebookEdit':
      return [{ type: 'file.write', path: local(need('notebook_path')), origin }];
    case 'WebFetch':
      return [{ type: 'network.request', destination: need('url'), origin }];
    case 'WebSearch':
    case 'web_search':
      // A search sends the query to a search provider: gated as a request to `websearch:<query>`.
      return [{ type: 'network.request', destination: `websearch:${need('query')}`, origin }];
    default:
      if (SESSION_ONLY_TOOLS.has(name)) return [];
      throw new SourceError(
        { file: origin.file, line: origin.line },
        `unknown tool "${name}": SafeClaw cannot tell what it does, so it cannot judge it`,
        'state what the call does as SafeClaw JSONL actions (--commands-format safeclaw) or remove the call from the transcript',
      );
  }
}

export function relativeTo(cwd: string | undefined, p: string): string {
  if (!cwd || !path.posix.isAbsolute(p)) return p;
  const rel = path.posix.relative(cwd, path.posix.normalize(p));
  if (rel === '') return '.';
  return rel.startsWith('..') ? p : rel;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
