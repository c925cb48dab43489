// OpenAI agent logs → actions: Chat Completions results and requests
// (`choices[].message.tool_calls`, `messages[]`), Responses results and inputs
// (`output[]`/`input[]` items), Codex items (`local_shell_call` with an argv,
// `shell_call` with command strings, `apply_patch`), and Codex session JSONL
// whose lines wrap items as `{"type":"response_item","payload":…}`.
//
// Function calls carry their command, URL or path under names each tool
// author picks (`command`, `cmd`, `url`, `file_path`…); the keys below are
// the ones looked for. A function call none of them fits is a `tool.call` of
// that function with its parsed arguments as input (server `''`): only a
// `tool.call` rule naming it can allow it. MCP calls are `tool.call`s of
// `mcp__<server>__<tool>`, the name Claude Code, Codex and `safeclaw
// mcp-proxy` give them, so one rule serves every source: a Responses
// `mcp_call` item (`server_label`, `name`), a Codex function call in an MCP
// namespace (`namespace: "mcp__db"`, `name: "query"`), or a function named
// `mcp__db__query`. Their arguments are the tool's input only, never read as
// a command or path of this machine (an MCP server runs elsewhere, as for
// Claude Code's MCP tools). Arguments that are not a JSON object, and tool
// call types SafeClaw does not know, are errors (fail-closed).
import type { Action, Origin } from '../types.js';
import { isObject } from './claude-transcript.js';
import { SourceError } from './errors.js';
import { quoteArgv } from './quote-argv.js';
import { CODEX_TOOLS } from '../integrations/codex.js';
import { mcpServerOf, toolCallAction } from '../integrations/tool-call.js';

const COMMAND_KEYS = ['command', 'cmd', 'script', 'shell_command', 'bash', 'argv'];
const COMMAND_LIST_KEYS = ['commands'];
const URL_KEYS = ['url', 'uri', 'href', 'endpoint', 'destination', 'link'];
const PATH_KEYS = ['path', 'file_path', 'filepath', 'file', 'filename', 'target_file', 'notebook_path'];
const CONTENT_KEYS = ['content', 'contents', 'new_string', 'text', 'patch', 'diff', 'data', 'edits'];
const WRITE_NAME = /write|edit|create|save|update|patch|delete|remove|append|put|move|rename|mkdir|touch/i;

interface Place {
  file: string;
  /** Line for items that do not know their own (whole-file JSON). */
  lineOf: (item: Record<string, unknown>) => number | undefined;
}

/** Actions from one parsed log value (a response, a completion, a request, an item or an array of them). */
export function openAiActions(value: unknown, place: Place): Action[] {
  const out: Action[] = [];
  // One by one, not push(...list): a shell_call may list any number of commands.
  const add = (list: Action[]) => {
    for (const action of list) out.push(action);
  };
  const visit = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!isObject(v)) return;
    if (Array.isArray(v.choices)) v.choices.forEach((c) => isObject(c) && visit(c.message));
    if (Array.isArray(v.messages)) v.messages.forEach(visit);
    if (Array.isArray(v.output)) v.output.forEach(visit);
    if (Array.isArray(v.input)) v.input.forEach(visit);
    if (v.type === 'response_item' && isObject(v.payload)) {
      codexItems.add(v.payload);
      visit(v.payload);
    }
    if (Array.isArray(v.tool_calls)) v.tool_calls.forEach((call) => isObject(call) && add(chatToolCall(call, place)));
    if (isObject(v.function_call) && v.role === 'assistant') add(functionCall(v.function_call, v.function_call, place));
    if (typeof v.type === 'string') add(responseItem(v, place, codexItems.has(v)));
  };
  const codexItems = new WeakSet<object>();
  visit(value);
  return out;
}

/**
 * Codex's own tools that act on the session only (its plan, goals, a question to
 * the user: `none` in the hook's table) give no action, as Claude Code's TodoWrite.
 * Recognised only in Codex session logs (`response_item` lines), where the name is
 * Codex's and not an application's function tool of the same name.
 */
const isCodexSessionTool = (name: string) => CODEX_TOOLS[name]?.does === 'none';

function originOf(item: Record<string, unknown>, place: Place, detail: string): Origin {
  return { source: 'transcript', file: place.file, line: place.lineOf(item), detail };
}

function chatToolCall(call: Record<string, unknown>, place: Place): Action[] {
  if (isObject(call.function)) return functionCall(call.function, call, place);
  if (isObject(call.custom)) return customToolCall(call.custom, call, place);
  return [];
}

function responseItem(item: Record<string, unknown>, place: Place, inCodexLog = false): Action[] {
  const type = item.type as string;
  const action = isObject(item.action) ? item.action : {};
  switch (type) {
    case 'function_call':
      if (inCodexLog && typeof item.namespace !== 'string' && isCodexSessionTool(String(item.name))) return [];
      return functionCall(item, item, place);
    case 'mcp_call':
      return mcpCall(item, place);
    case 'custom_tool_call':
      return customToolCall(item, item, place);
    case 'local_shell_call': {
      const argv = action.command;
      if (!isStringArray(argv) || argv.length === 0) throw unreadable(item, place, 'local_shell_call has no command argv');
      return [{ type: 'shell.execute', command: quoteArgv(argv), origin: originOf(item, place, 'Codex local_shell_call') }];
    }
    case 'shell_call': {
      const commands = action.commands;
      if (!isStringArray(commands)) throw unreadable(item, place, 'shell_call has no commands list');
      return commands.map((command) => ({ type: 'shell.execute' as const, command, origin: originOf(item, place, 'Codex shell_call') }));
    }
    case 'web_search_call': {
      const destination = typeof action.url === 'string' ? action.url : `websearch:${String(action.query ?? '')}`;
      return [{ type: 'network.request', destination, origin: originOf(item, place, 'web_search_call') }];
    }
    default:
      // Outputs, messages and reasoning do nothing; any other *_call does something we cannot read.
      if (type.endsWith('_call')) throw unreadable(item, place, `${type} is a tool call SafeClaw cannot judge`);
      return [];
  }
}

function functionCall(fn: Record<string, unknown>, item: Record<string, unknown>, place: Place): Action[] {
  const name = String(fn.name ?? '');
  if (!name) throw unreadable(item, place, 'function call has no name');
  const args = parsedArguments(fn.arguments, name, item, place);
  // Codex offers an MCP server's tools in a Responses namespace (`mcp__db`) and logs the bare tool name.
  const namespace = typeof fn.namespace === 'string' ? fn.namespace : typeof item.namespace === 'string' ? item.namespace : '';
  const full = namespace && !name.startsWith(`${namespace}__`) ? `${namespace}__${name}` : name;
  const server = mcpServerOf(full);
  if (server !== undefined) return [toolCallAction(full, server, args, originOf(item, place, `OpenAI MCP ${full}`))];
  // A tool of another namespace (Codex's multi_agent_v1…) is judged under its namespaced name, as an unknown tool.
  if (namespace) return [toolCallAction(full, '', args, originOf(item, place, `OpenAI ${full}`))];
  const origin = originOf(item, place, `OpenAI ${name}`);
  const actions = argumentActions(name, args, origin);
  if (actions.length === 0) return [toolCallAction(name, '', args, origin)];
  return actions;
}

/** A Responses `mcp_call` item: the model called tool `name` of the MCP server `server_label`. */
function mcpCall(item: Record<string, unknown>, place: Place): Action[] {
  const server = item.server_label;
  const name = item.name;
  if (typeof server !== 'string' || !server) throw unreadable(item, place, 'mcp_call has no "server_label"');
  if (typeof name !== 'string' || !name) throw unreadable(item, place, 'mcp_call has no tool "name"');
  const tool = `mcp__${server}__${name}`;
  // The name must say this server back: a label or name with `__` in it would be read as another server's tool.
  if (mcpServerOf(tool) !== server) throw unreadable(item, place, `mcp_call server_label "${server}" cannot be told apart from its tool name "${name}" (a "__" in them)`);
  return [toolCallAction(tool, server, parsedArguments(item.arguments, tool, item, place), originOf(item, place, `OpenAI MCP ${tool}`))];
}

/** The call's arguments as an object: JSON text (empty is no arguments) or an object already. */
function parsedArguments(raw: unknown, name: string, item: Record<string, unknown>, place: Place): Record<string, unknown> {
  let args: unknown = raw ?? {};
  if (typeof args === 'string') {
    try {
      args = args.trim() ? JSON.parse(args) : {};
    } catch (err) {
      throw unreadable(item, place, `arguments of ${name} are not JSON (${(err as Error).message})`);
    }
  }
  if (!isObject(args)) throw unreadable(item, place, `arguments of ${name} are not a JSON object`);
  return args;
}

function argumentActions(name: string, args: Record<string, unknown>, origin: Origin): Action[] {
  const out: Action[] = [];
  const lower = new Map(Object.entries(args).map(([k, v]) => [k.toLowerCase(), v]));
  for (const key of COMMAND_KEYS) {
    const v = lower.get(key);
    if (typeof v === 'string' && v.trim()) out.push({ type: 'shell.execute', command: v, origin });
    else if (isStringArray(v) && v.length) out.push({ type: 'shell.execute', command: quoteArgv(v), origin });
  }
  for (const key of COMMAND_LIST_KEYS) {
    const v = lower.get(key);
    if (isStringArray(v)) v.forEach((command) => out.push({ type: 'shell.execute', command, origin }));
  }
  for (const key of URL_KEYS) {
    const v = lower.get(key);
    if (typeof v === 'string' && v) out.push({ type: 'network.request', destination: v, origin });
  }
  const writes = WRITE_NAME.test(name) || CONTENT_KEYS.some((k) => lower.has(k));
  for (const key of PATH_KEYS) {
    const v = lower.get(key);
    if (typeof v === 'string' && v) out.push({ type: writes ? 'file.write' : 'file.read', path: v, origin });
  }
  return out;
}

/** Codex `apply_patch` writes each file its patch names; other custom tools must carry readable input. */
function customToolCall(fn: Record<string, unknown>, item: Record<string, unknown>, place: Place): Action[] {
  const name = String(fn.name ?? '');
  const input = typeof fn.input === 'string' ? fn.input : '';
  const origin = originOf(item, place, `OpenAI ${name}`);
  if (name === 'apply_patch') {
    const paths = [...input.matchAll(/^\*\*\* (?:Add File|Update File|Delete File|Move to): (.+)$/gm)].map((m) => m[1].trim());
    if (paths.length === 0) throw unreadable(item, place, 'apply_patch input names no file');
    return paths.map((path) => ({ type: 'file.write' as const, path, origin }));
  }
  throw unreadable(item, place, `custom tool "${name}" is not one SafeClaw can judge`);
}

function unreadable(item: Record<string, unknown>, place: Place, problem: string): SourceError {
  return new SourceError(
    { file: place.file, line: place.lineOf(item) },
    problem,
    'state what the call does as SafeClaw JSONL actions (--commands-format safeclaw) or remove it from the log',
  );
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}
