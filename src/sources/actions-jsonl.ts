// SafeClaw's own input format: JSON Lines, one action per line:
//   {"action":"shell.execute","command":"terraform plan"}
//   {"action":"file.read","path":".env"}      {"action":"file.write","path":"infra/main.tf"}
//   {"action":"network.request","destination":"https://example.com"}
//   {"action":"tool.call","tool":"mcp__github__create_issue","input":{"repo":"acme/infra"}}
// `"type"` is accepted in place of `"action"` (the library's Action shape).
// A tool.call's `server` defaults to the one its `mcp__<server>__<tool>` name
// says (a different one is refused: either could be what a rule names); its
// `input` is the tool's arguments (an object, flattened as the hooks flatten
// them) or the library's already flattened `[{"path","value"}]` list.
// A line that is not such an action is an error with file:line; it is never skipped.
import type { Action, Origin, ToolCallAction } from '../types.js';
import { mcpServerOf, toolCallAction } from '../integrations/tool-call.js';
import { SourceError } from './errors.js';

const FIELD_OF = {
  'shell.execute': 'command',
  'file.read': 'path',
  'file.write': 'path',
  'network.request': 'destination',
  'tool.call': 'tool',
} as const;

type JsonlActionType = keyof typeof FIELD_OF;

const EXAMPLE = '{"action":"shell.execute","command":"terraform plan"}';

export function parseActionsJsonl(text: string, file: string): Action[] {
  const actions: Action[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (line.trim() === '') continue;
    actions.push(parseActionLine(line, { file, line: i + 1 }));
  }
  return actions;
}

export function parseActionLine(line: string, place: { file: string; line: number }): Action {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    throw new SourceError(place, `not valid JSON (${(err as Error).message})`, `write one JSON object per line, e.g. ${EXAMPLE}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SourceError(place, 'expected a JSON object', `e.g. ${EXAMPLE}`);
  }
  const record = value as Record<string, unknown>;
  // `type` is the library's spelling of the same field (Action.type); both are read so neither is a way around the other.
  if (record.action !== undefined && record.type !== undefined && record.action !== record.type) {
    throw new SourceError(place, `"action" (${JSON.stringify(record.action)}) and "type" (${JSON.stringify(record.type)}) disagree`, `give one of them, e.g. ${EXAMPLE}`);
  }
  const type = record.action ?? record.type;
  if (typeof type !== 'string' || !(type in FIELD_OF)) {
    throw new SourceError(
      place,
      `"action" must be one of ${Object.keys(FIELD_OF).join(', ')} (got ${JSON.stringify(type)})`,
      `e.g. ${EXAMPLE}`,
    );
  }
  const field = FIELD_OF[type as JsonlActionType];
  const text = record[field];
  if (typeof text !== 'string' || text === '') {
    throw new SourceError(place, `${type} needs a non-empty string "${field}"`, `e.g. {"action":"${type}","${field}":"…"}`);
  }
  const origin = { source: 'input', file: place.file, line: place.line };
  switch (type as JsonlActionType) {
    case 'shell.execute':
      return { type: 'shell.execute', command: text, origin };
    case 'file.read':
    case 'file.write':
      return { type: type as 'file.read' | 'file.write', path: text, origin };
    case 'network.request':
      return { type: 'network.request', destination: text, origin };
    case 'tool.call':
      return toolCallLine(record, text, place, origin);
  }
}

const TOOL_EXAMPLE = '{"action":"tool.call","tool":"mcp__github__create_issue","input":{"repo":"acme/infra"}}';

function toolCallLine(record: Record<string, unknown>, tool: string, place: { file: string; line: number }, origin: Origin): ToolCallAction {
  const named = mcpServerOf(tool);
  const given = record.server;
  if (given !== undefined && typeof given !== 'string') throw new SourceError(place, `tool.call "server" must be a string (got ${JSON.stringify(given)})`, `e.g. ${TOOL_EXAMPLE}`);
  if (given !== undefined && named !== undefined && given !== named) {
    throw new SourceError(place, `tool.call "server" (${JSON.stringify(given)}) is not the server its name ${JSON.stringify(tool)} says (${JSON.stringify(named)})`, 'leave "server" out, or name the tool mcp__<server>__<tool>');
  }
  const server = given ?? named ?? '';
  const input = record.input;
  if (input === undefined || isPlainObject(input)) return toolCallAction(tool, server, input ?? {}, origin);
  if (Array.isArray(input) && input.every((a) => isPlainObject(a) && typeof a.path === 'string' && a.path !== '' && typeof a.value === 'string')) {
    // The library's flattened form, kept as given (only path and value: a line cannot mark its own values unknown or sensitive).
    return { type: 'tool.call', tool, server, input: input.map((a) => ({ path: a.path as string, value: a.value as string })), origin };
  }
  throw new SourceError(place, 'tool.call "input" must be the tool\'s arguments as a JSON object, or a list of {"path","value"} strings', `e.g. ${TOOL_EXAMPLE}`);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
