// An agent's planned or performed commands, in any of the shapes agents write,
// → actions. The format is detected from the content (never the file name,
// which an agent controls as easily) and can be forced with a format name.
//
// Detection: text that parses as one JSON object/array, or whose first line
// starts like an object (`{"`), is JSON or JSONL; its first object decides: `action`/`type` naming an
// action type → SafeClaw actions; `sessionId`/`parentUuid`/`message` →
// Claude Code transcript; `choices`/`output`/`tool_calls`/a Responses item
// type → OpenAI. Anything else is plain shell text.
import { ACTION_TYPES, type Action } from '../types.js';
import { parseActionsJsonl } from './actions-jsonl.js';
import { claudeTranscriptActions, isObject } from './claude-transcript.js';
import { SourceError } from './errors.js';
import { openAiActions } from './openai-log.js';
import { ShellSplitError, splitShellCommands } from './shell-lines.js';

export const COMMANDS_FORMATS = ['auto', 'safeclaw', 'text', 'claude', 'openai'] as const;
export type CommandsFormat = (typeof COMMANDS_FORMATS)[number];

export function commandActions(text: string, file: string, format: CommandsFormat = 'auto'): Action[] {
  const resolved = format === 'auto' ? detectCommandsFormat(text, file) : format;
  switch (resolved) {
    case 'text':
      return textCommandActions(text, file);
    case 'claude':
      return claudeTranscriptActions(text, file);
    case 'safeclaw':
      return parseActionsJsonl(text, file);
    case 'openai': {
      const whole = parseWhole(text);
      if (whole.ok) return openAiActions(whole.value, { file, lineOf: lineOfItem(text) });
      return jsonValues(text, file).flatMap(({ value, line }) => openAiActions(value, { file, lineOf: () => line }));
    }
    default:
      throw new SourceError({ file }, `unknown commands format "${String(format)}"`, `use one of ${COMMANDS_FORMATS.join(', ')}`);
  }
}

export function detectCommandsFormat(text: string, file: string): Exclude<CommandsFormat, 'auto'> {
  const start = text.trimStart();
  const whole = parseWhole(text);
  const looksJson = (whole.ok && typeof whole.value === 'object' && whole.value !== null) || /^\{\s*"/.test(start);
  if (!looksJson) return 'text';
  const first = whole.ok ? firstObject(whole.value) : firstObject(jsonValues(text, file, 1)[0]?.value);
  if (!first) throw new SourceError({ file, line: 1 }, 'JSON holds no object to read actions from', 'pass --commands-format to say what the file is');
  if (typeof first.action === 'string' && (ACTION_TYPES as readonly string[]).includes(first.action)) return 'safeclaw';
  if ('sessionId' in first || 'parentUuid' in first || (isObject(first.message) && 'content' in first.message)) return 'claude';
  if (['choices', 'output', 'tool_calls', 'messages', 'input', 'payload'].some((k) => k in first)) return 'openai';
  if (typeof first.type === 'string') return 'openai';
  throw new SourceError({ file, line: 1 }, 'cannot tell which agent log format this is', `pass --commands-format (${COMMANDS_FORMATS.slice(1).join(', ')})`);
}

function firstObject(value: unknown): Record<string, unknown> | undefined {
  if (Array.isArray(value)) return value.find(isObject);
  return isObject(value) ? value : undefined;
}

function parseWhole(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** JSONL: every non-blank line must parse; a line that does not is an error at that line. */
function jsonValues(text: string, file: string, limit = Infinity): { value: unknown; line: number }[] {
  const out: { value: unknown; line: number }[] = [];
  const whole = parseWhole(text);
  if (whole.ok) {
    const lineOf = lineOfItem(text);
    const items = Array.isArray(whole.value) ? whole.value : [whole.value];
    return items.map((value) => ({ value, line: (isObject(value) && lineOf(value)) || 1 }));
  }
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && out.length < limit; i++) {
    if (!lines[i].trim()) continue;
    try {
      out.push({ value: JSON.parse(lines[i]), line: i + 1 });
    } catch (err) {
      throw new SourceError({ file, line: i + 1 }, `not valid JSON (${(err as Error).message})`, 'repair or remove the line; every line is read');
    }
  }
  return out;
}

/** For one-document JSON: the line where an item's id (or, failing that, first string field) appears. */
function lineOfItem(text: string): (item: Record<string, unknown>) => number | undefined {
  return (item) => {
    const key = [item.call_id, item.id, item.command, item.path, item.destination].find((v) => typeof v === 'string');
    if (typeof key !== 'string') return undefined;
    const at = text.indexOf(JSON.stringify(key));
    if (at < 0) return undefined;
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
    return line;
  };
}

function textCommandActions(text: string, file: string): Action[] {
  try {
    return splitShellCommands(text).map(({ command, line }) => ({
      type: 'shell.execute' as const,
      command,
      origin: { source: 'commands', file, line, detail: 'plain text' },
    }));
  } catch (err) {
    if (err instanceof ShellSplitError) throw new SourceError({ file, line: err.line }, err.message, 'fix the command text');
    throw err;
  }
}
