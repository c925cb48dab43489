// An agent's planned or performed commands, in any of the shapes agents write,
// → actions. The format is detected from the content (never the file name,
// which an agent controls as easily) and can be forced with a format name.
//
// Detection looks at the whole shape, not the first line: a real Claude Code
// transcript often starts with a `summary` or `file-history-snapshot` record,
// which a first-line test took for an OpenAI item (0 actions, allow). Every
// record (each JSONL line, or each element of a one-document JSON array) is
// classified by the markers only one format writes (see `formatsOfRecord`);
// records with no marker are neutral (the reader of the decided format skips
// them too). All marked records must agree: records of two formats, or one
// record with the markers of two, is refused as ambiguous rather than read
// one way. Text that does not start like JSON is plain shell text.
import { ACTION_TYPES, type Action } from '../types.js';
import { parseActionsJsonl } from './actions-jsonl.js';
import { claudeTranscriptActions, isObject } from './claude-transcript.js';
import { noActionsError, SourceError } from './errors.js';
import { openAiActions } from './openai-log.js';
import { ShellSplitError, splitShellCommands } from './shell-lines.js';

export const COMMANDS_FORMATS = ['auto', 'safeclaw', 'text', 'claude', 'openai'] as const;
export type CommandsFormat = (typeof COMMANDS_FORMATS)[number];

export function commandActions(text: string, file: string, format: CommandsFormat = 'auto'): Action[] {
  return readCommands(text, file, format).actions;
}

/**
 * The actions of one commands file and the format it was read as. A file that
 * yields none is an error (see noActionsError): an empty file, a log read in
 * the wrong format, or a session with no tool call is not a pass.
 */
export function readCommandsFile(text: string, file: string, format: CommandsFormat = 'auto'): Action[] {
  const read = readCommands(text, file, format);
  if (read.actions.length === 0) {
    const what = text.trim() === '' ? 'shell text (the file is empty)' : `${read.format} (${FORMAT_NAMES[read.format]})`;
    throw noActionsError(file, what);
  }
  return read.actions;
}

function readCommands(text: string, file: string, format: CommandsFormat): { format: Exclude<CommandsFormat, 'auto'>; actions: Action[] } {
  const resolved = format === 'auto' ? detectCommandsFormat(text, file) : format;
  return { format: resolved, actions: actionsAs(resolved, text, file) };
}

function actionsAs(resolved: CommandsFormat, text: string, file: string): Action[] {
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
      throw new SourceError({ file }, `unknown commands format "${String(resolved)}"`, `use one of ${COMMANDS_FORMATS.join(', ')}`);
  }
}

type DetectedFormat = Exclude<CommandsFormat, 'auto' | 'text'>;

/** What each format is called in messages. */
export const FORMAT_NAMES: Record<Exclude<CommandsFormat, 'auto'>, string> = {
  safeclaw: 'SafeClaw JSONL actions',
  text: 'shell text',
  claude: 'a Claude Code transcript',
  openai: 'an OpenAI / Codex log',
};

// Record types only Claude Code writes (transcript lines: conversation turns,
// and the bookkeeping records that may come first in a file).
const CLAUDE_RECORD_TYPES = new Set(['user', 'assistant', 'system', 'summary', 'custom-title', 'file-history-snapshot', 'queue-operation']);
const CLAUDE_KEYS = ['sessionId', 'parentUuid', 'leafUuid', 'isSidechain'];
// Responses API items and Codex session lines (`response_item` wraps an item).
const OPENAI_ITEM_TYPES = new Set([
  'message',
  'reasoning',
  'function_call_output',
  'custom_tool_call_output',
  'local_shell_call_output',
  'shell_call_output',
  'mcp_list_tools',
  'mcp_approval_request',
  'mcp_approval_response',
  'item_reference',
  'session_meta',
  'response_item',
  'event_msg',
  'turn_context',
  'compacted',
]);
const OPENAI_KEYS = ['choices', 'output', 'tool_calls', 'messages', 'input', 'payload', 'function_call'];
const OPENAI_OBJECTS = new Set(['response', 'chat.completion', 'chat.completion.chunk']);

/** The formats whose markers one record carries (empty: a neutral record). */
export function formatsOfRecord(record: unknown): Set<DetectedFormat> {
  const found = new Set<DetectedFormat>();
  if (Array.isArray(record)) {
    for (const element of record) for (const f of formatsOfRecord(element)) found.add(f);
    return found;
  }
  if (!isObject(record)) return found;
  const type = record.type;
  const isActionType = (v: unknown) => typeof v === 'string' && (ACTION_TYPES as readonly string[]).includes(v);
  // SafeClaw's own lines: `action` (or `type`) names an action type; an `action`
  // string with no `type` is a SafeClaw line with a typo, refused by its reader.
  if (isActionType(record.action) || isActionType(type) || (typeof record.action === 'string' && type === undefined)) found.add('safeclaw');
  if (CLAUDE_KEYS.some((k) => k in record) || (typeof type === 'string' && CLAUDE_RECORD_TYPES.has(type)) || (isObject(record.message) && 'content' in record.message)) {
    found.add('claude');
  }
  // A SafeClaw tool.call line carries its tool's arguments as `input`, which is
  // also an OpenAI request key; no OpenAI item has the type `tool.call` (theirs
  // end in `_call`), so on such a line `input` is not an OpenAI marker.
  const toolCallLine = record.action === 'tool.call' || type === 'tool.call';
  const openAiKeys = toolCallLine ? OPENAI_KEYS.filter((k) => k !== 'input') : OPENAI_KEYS;
  if (
    openAiKeys.some((k) => k in record) ||
    (typeof record.object === 'string' && OPENAI_OBJECTS.has(record.object)) ||
    (typeof record.role === 'string' && !isObject(record.message)) ||
    (typeof type === 'string' && (OPENAI_ITEM_TYPES.has(type) || /_call(_output)?$/.test(type)))
  ) {
    found.add('openai');
  }
  return found;
}

export function detectCommandsFormat(text: string, file: string): Exclude<CommandsFormat, 'auto'> {
  const whole = parseWhole(text);
  const looksJson = (whole.ok && typeof whole.value === 'object' && whole.value !== null) || /^\{\s*"/.test(text.trimStart());
  if (!looksJson) return 'text';
  const records = whole.ok ? wholeDocumentRecords(text, whole.value) : jsonValues(text, file);
  // The first record seen for each format, to name both places when they disagree.
  const firstOf = new Map<DetectedFormat, number>();
  for (const record of records) {
    const formats = [...formatsOfRecord(record.value)];
    if (formats.length === 0 || (formats.length === 1 && firstOf.has(formats[0]))) continue;
    const line = typeof record.line === 'function' ? record.line() : record.line;
    if (formats.length > 1) {
      throw new SourceError({ file, line }, `ambiguous record: it reads as ${formats.map((f) => FORMAT_NAMES[f]).join(' and as ')}`, `pass --commands-format (${COMMANDS_FORMATS.slice(1).join(', ')}) to say what the file is`);
    }
    firstOf.set(formats[0], line);
  }
  if (firstOf.size > 1) {
    const [[a, lineA], [b, lineB]] = [...firstOf];
    throw new SourceError(
      { file, line: lineB },
      `ambiguous log: line ${lineA} reads as ${FORMAT_NAMES[a]}, line ${lineB} as ${FORMAT_NAMES[b]}`,
      `pass --commands-format (${COMMANDS_FORMATS.slice(1).join(', ')}) to say what the file is, or split it into one file per format`,
    );
  }
  const [format] = [...firstOf.keys()];
  if (!format) {
    throw new SourceError({ file, line: 1 }, 'cannot tell which agent log format this JSON is (no record carries the marks of SafeClaw actions, a Claude Code transcript or an OpenAI log)', `pass --commands-format (${COMMANDS_FORMATS.slice(1).join(', ')})`);
  }
  if (format === 'claude' && whole.ok && text.trim().includes('\n')) {
    // A transcript is read line by line; a pretty-printed or array document is not one.
    throw new SourceError({ file, line: 1 }, 'a Claude Code transcript must be JSONL (one record per line), not one JSON document', 'pass the transcript file as Claude Code wrote it (or force another reading with --commands-format)');
  }
  return format;
}

/** The records of a one-document JSON (an array's elements, or the object); lines are found only when asked for. */
function* wholeDocumentRecords(text: string, value: unknown): Generator<{ value: unknown; line: () => number }> {
  const lineOf = lineOfItem(text);
  for (const item of Array.isArray(value) ? value : [value]) yield { value: item, line: () => (isObject(item) && lineOf(item)) || 1 };
}

function parseWhole(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** JSONL: every non-blank line must parse; a line that does not is an error at that line. */
function jsonValues(text: string, file: string): { value: unknown; line: number }[] {
  const out: { value: unknown; line: number }[] = [];
  const whole = parseWhole(text);
  if (whole.ok) {
    const lineOf = lineOfItem(text);
    const items = Array.isArray(whole.value) ? whole.value : [whole.value];
    return items.map((value) => ({ value, line: (isObject(value) && lineOf(value)) || 1 }));
  }
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
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
