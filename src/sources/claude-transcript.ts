// A Claude Code session transcript (JSONL, one event per line) → the actions
// its `tool_use` blocks performed. Paths are made relative to the session's
// `cwd` when they lie inside it, so repository policies (`infra/**`, `**/.env`)
// match them; paths outside stay absolute.
//
// Fail-closed on tools: a tool SafeClaw does not know is an error naming the
// tool and its line (exit 2), never skipped. Tools that only touch the
// session itself (todo lists, plan mode, questions) produce no action: see
// CLAUDE_CODE_TOOLS in integrations/claude-code-tools.ts. A sub-agent (`Task`) records its
// own tool calls in its transcript lines (`isSidechain`), which are read too.
import { claudeToolActions } from '../integrations/claude-code-tools.js';
import type { Action } from '../types.js';
import { SourceError } from './errors.js';

// What each tool does is one table, shared with the live hooks.
export { claudeToolActions, relativeTo } from '../integrations/claude-code-tools.js';

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
      for (const action of claudeToolActions(name, input, { source: 'transcript', file, line, detail: `Claude Code ${name}` }, cwd)) out.push(action);
    }
  });
  return out;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
