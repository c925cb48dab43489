import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  SourceError,
  isObject
} from "./chunk-REU7PKNO.js";

// src/sources/quote-argv.ts
var BARE = /^[A-Za-z0-9_\-+=.,/:@%^]+$/;
function quoteArg(arg) {
  if (BARE.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}
function quoteArgv(argv) {
  return argv.map(quoteArg).join(" ");
}

// src/sources/openai-log.ts
var COMMAND_KEYS = ["command", "cmd", "script", "shell_command", "bash", "argv"];
var COMMAND_LIST_KEYS = ["commands"];
var URL_KEYS = ["url", "uri", "href", "endpoint", "destination", "link"];
var PATH_KEYS = ["path", "file_path", "filepath", "file", "filename", "target_file", "notebook_path"];
var CONTENT_KEYS = ["content", "contents", "new_string", "text", "patch", "diff", "data", "edits"];
var WRITE_NAME = /write|edit|create|save|update|patch|delete|remove|append|put|move|rename|mkdir|touch/i;
function openAiActions(value, place) {
  const out = [];
  const visit = (v) => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!isObject(v)) return;
    if (Array.isArray(v.choices)) v.choices.forEach((c) => isObject(c) && visit(c.message));
    if (Array.isArray(v.messages)) v.messages.forEach(visit);
    if (Array.isArray(v.output)) v.output.forEach(visit);
    if (Array.isArray(v.input)) v.input.forEach(visit);
    if (v.type === "response_item" && isObject(v.payload)) visit(v.payload);
    if (Array.isArray(v.tool_calls)) v.tool_calls.forEach((call) => isObject(call) && out.push(...chatToolCall(call, place)));
    if (isObject(v.function_call) && v.role === "assistant") out.push(...functionCall(v.function_call, v.function_call, place));
    if (typeof v.type === "string") out.push(...responseItem(v, place));
  };
  visit(value);
  return out;
}
function originOf(item, place, detail) {
  return { source: "transcript", file: place.file, line: place.lineOf(item), detail };
}
function chatToolCall(call, place) {
  if (isObject(call.function)) return functionCall(call.function, call, place);
  if (isObject(call.custom)) return customToolCall(call.custom, call, place);
  return [];
}
function responseItem(item, place) {
  const type = item.type;
  const action = isObject(item.action) ? item.action : {};
  switch (type) {
    case "function_call":
    case "mcp_call":
      return functionCall(item, item, place);
    case "custom_tool_call":
      return customToolCall(item, item, place);
    case "local_shell_call": {
      const argv = action.command;
      if (!isStringArray(argv) || argv.length === 0) throw unreadable(item, place, "local_shell_call has no command argv");
      return [{ type: "shell.execute", command: quoteArgv(argv), origin: originOf(item, place, "Codex local_shell_call") }];
    }
    case "shell_call": {
      const commands = action.commands;
      if (!isStringArray(commands)) throw unreadable(item, place, "shell_call has no commands list");
      return commands.map((command) => ({ type: "shell.execute", command, origin: originOf(item, place, "Codex shell_call") }));
    }
    case "web_search_call": {
      const destination = typeof action.url === "string" ? action.url : `websearch:${String(action.query ?? "")}`;
      return [{ type: "network.request", destination, origin: originOf(item, place, "web_search_call") }];
    }
    default:
      if (type.endsWith("_call")) throw unreadable(item, place, `${type} is a tool call SafeClaw cannot judge`);
      return [];
  }
}
function functionCall(fn, item, place) {
  const name = String(fn.name ?? "");
  let args = fn.arguments;
  if (typeof args === "string") {
    try {
      args = args.trim() ? JSON.parse(args) : {};
    } catch (err) {
      throw unreadable(item, place, `arguments of ${name} are not JSON (${err.message})`);
    }
  }
  if (!isObject(args)) throw unreadable(item, place, `arguments of ${name} are not a JSON object`);
  const origin = originOf(item, place, `OpenAI ${name}`);
  const actions = argumentActions(name, args, origin);
  if (actions.length === 0) {
    throw unreadable(item, place, `function "${name}" carries no command, URL or path SafeClaw can read (keys: ${Object.keys(args).join(", ") || "none"})`);
  }
  return actions;
}
function argumentActions(name, args, origin) {
  const out = [];
  const lower = new Map(Object.entries(args).map(([k, v]) => [k.toLowerCase(), v]));
  for (const key of COMMAND_KEYS) {
    const v = lower.get(key);
    if (typeof v === "string" && v.trim()) out.push({ type: "shell.execute", command: v, origin });
    else if (isStringArray(v) && v.length) out.push({ type: "shell.execute", command: quoteArgv(v), origin });
  }
  for (const key of COMMAND_LIST_KEYS) {
    const v = lower.get(key);
    if (isStringArray(v)) v.forEach((command) => out.push({ type: "shell.execute", command, origin }));
  }
  for (const key of URL_KEYS) {
    const v = lower.get(key);
    if (typeof v === "string" && v) out.push({ type: "network.request", destination: v, origin });
  }
  const writes = WRITE_NAME.test(name) || CONTENT_KEYS.some((k) => lower.has(k));
  for (const key of PATH_KEYS) {
    const v = lower.get(key);
    if (typeof v === "string" && v) out.push({ type: writes ? "file.write" : "file.read", path: v, origin });
  }
  return out;
}
function customToolCall(fn, item, place) {
  const name = String(fn.name ?? "");
  const input = typeof fn.input === "string" ? fn.input : "";
  const origin = originOf(item, place, `OpenAI ${name}`);
  if (name === "apply_patch") {
    const paths = [...input.matchAll(/^\*\*\* (?:Add File|Update File|Delete File|Move to): (.+)$/gm)].map((m) => m[1].trim());
    if (paths.length === 0) throw unreadable(item, place, "apply_patch input names no file");
    return paths.map((path) => ({ type: "file.write", path, origin }));
  }
  throw unreadable(item, place, `custom tool "${name}" is not one SafeClaw can judge`);
}
function unreadable(item, place, problem) {
  return new SourceError(
    { file: place.file, line: place.lineOf(item) },
    problem,
    "state what the call does as SafeClaw JSONL actions (--commands-format safeclaw) or remove it from the log"
  );
}
function isStringArray(v) {
  return Array.isArray(v) && v.every((x) => typeof x === "string");
}

export {
  openAiActions
};
