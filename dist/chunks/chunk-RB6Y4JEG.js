import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  require_events,
  require_src
} from "./chunk-H3GUW3Z5.js";
import {
  CODEX_TOOLS,
  isManifestPath,
  manifestChangeActions,
  manifestObjects,
  quoteArgv,
  withManifestNamespaces
} from "./chunk-HH3I3NL2.js";
import {
  SourceError,
  claudeTranscriptActions,
  flattenAfter,
  isObject,
  mcpServerOf,
  noActionsError,
  resourceChangeAction,
  toolCallAction
} from "./chunk-QBAGW2OF.js";
import {
  LineCounter,
  isMap,
  isScalar,
  isSeq,
  parseDocument
} from "./chunk-P7JXOOCS.js";
import {
  ACTION_TYPES
} from "./chunk-IP5HSEW5.js";
import {
  require_child_process
} from "./chunk-XQI5CAFA.js";
import {
  require_promises
} from "./chunk-G7CLGG5Z.js";
import {
  require_path
} from "./chunk-6XR2NURA.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-JSTIMTER.js";

// node_modules/@kwsites/file-exists/dist/src/index.js
var require_src2 = __commonJS({
  "node_modules/@kwsites/file-exists/dist/src/index.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var fs_1 = __require("fs");
    var debug_1 = __importDefault(require_src());
    var log = debug_1.default("@kwsites/file-exists");
    function check(path2, isFile, isDirectory) {
      log(`checking %s`, path2);
      try {
        const stat = fs_1.statSync(path2);
        if (stat.isFile() && isFile) {
          log(`[OK] path represents a file`);
          return true;
        }
        if (stat.isDirectory() && isDirectory) {
          log(`[OK] path represents a directory`);
          return true;
        }
        log(`[FAIL] path represents something other than a file or directory`);
        return false;
      } catch (e) {
        if (e.code === "ENOENT") {
          log(`[FAIL] path is not accessible: %o`, e);
          return false;
        }
        log(`[FATAL] %o`, e);
        throw e;
      }
    }
    function exists(path2, type = exports.READABLE) {
      return check(path2, (type & exports.FILE) > 0, (type & exports.FOLDER) > 0);
    }
    exports.exists = exists;
    exports.FILE = 1;
    exports.FOLDER = 2;
    exports.READABLE = exports.FILE + exports.FOLDER;
  }
});

// node_modules/@kwsites/file-exists/dist/index.js
var require_dist = __commonJS({
  "node_modules/@kwsites/file-exists/dist/index.js"(exports) {
    "use strict";
    function __export(m2) {
      for (var p2 in m2) if (!exports.hasOwnProperty(p2)) exports[p2] = m2[p2];
    }
    Object.defineProperty(exports, "__esModule", { value: true });
    __export(require_src2());
  }
});

// node_modules/@kwsites/promise-deferred/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/@kwsites/promise-deferred/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDeferred = exports.deferred = void 0;
    function deferred() {
      let done;
      let fail;
      let status = "pending";
      const promise = new Promise((_done, _fail) => {
        done = _done;
        fail = _fail;
      });
      return {
        promise,
        done(result) {
          if (status === "pending") {
            status = "resolved";
            done(result);
          }
        },
        fail(error) {
          if (status === "pending") {
            status = "rejected";
            fail(error);
          }
        },
        get fulfilled() {
          return status !== "pending";
        },
        get status() {
          return status;
        }
      };
    }
    exports.deferred = deferred;
    exports.createDeferred = deferred;
    exports.default = deferred;
  }
});

// src/sources/actions-jsonl.ts
var FIELD_OF = {
  "shell.execute": "command",
  "file.read": "path",
  "file.write": "path",
  "network.request": "destination",
  "tool.call": "tool"
};
var EXAMPLE = '{"action":"shell.execute","command":"terraform plan"}';
function parseActionsJsonl(text, file) {
  const actions = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, "");
    if (line.trim() === "") continue;
    actions.push(parseActionLine(line, { file, line: i + 1 }));
  }
  return actions;
}
function parseActionLine(line, place) {
  let value;
  try {
    value = JSON.parse(line);
  } catch (err) {
    throw new SourceError(place, `not valid JSON (${err.message})`, `write one JSON object per line, e.g. ${EXAMPLE}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new SourceError(place, "expected a JSON object", `e.g. ${EXAMPLE}`);
  }
  const record = value;
  if (record.action !== void 0 && record.type !== void 0 && record.action !== record.type) {
    throw new SourceError(place, `"action" (${JSON.stringify(record.action)}) and "type" (${JSON.stringify(record.type)}) disagree`, `give one of them, e.g. ${EXAMPLE}`);
  }
  const type = record.action ?? record.type;
  if (typeof type !== "string" || !(type in FIELD_OF)) {
    throw new SourceError(
      place,
      `"action" must be one of ${Object.keys(FIELD_OF).join(", ")} (got ${JSON.stringify(type)})`,
      `e.g. ${EXAMPLE}`
    );
  }
  const field = FIELD_OF[type];
  const text = record[field];
  if (typeof text !== "string" || text === "") {
    throw new SourceError(place, `${type} needs a non-empty string "${field}"`, `e.g. {"action":"${type}","${field}":"\u2026"}`);
  }
  const origin = { source: "input", file: place.file, line: place.line };
  switch (type) {
    case "shell.execute":
      return { type: "shell.execute", command: text, origin };
    case "file.read":
    case "file.write":
      return { type, path: text, origin };
    case "network.request":
      return { type: "network.request", destination: text, origin };
    case "tool.call":
      return toolCallLine(record, text, place, origin);
  }
}
var TOOL_EXAMPLE = '{"action":"tool.call","tool":"mcp__github__create_issue","input":{"repo":"acme/infra"}}';
function toolCallLine(record, tool, place, origin) {
  const named = mcpServerOf(tool);
  const given = record.server;
  if (given !== void 0 && typeof given !== "string") throw new SourceError(place, `tool.call "server" must be a string (got ${JSON.stringify(given)})`, `e.g. ${TOOL_EXAMPLE}`);
  if (given !== void 0 && named !== void 0 && given !== named) {
    throw new SourceError(place, `tool.call "server" (${JSON.stringify(given)}) is not the server its name ${JSON.stringify(tool)} says (${JSON.stringify(named)})`, 'leave "server" out, or name the tool mcp__<server>__<tool>');
  }
  const server = given ?? named ?? "";
  const input = record.input;
  if (input === void 0 || isPlainObject(input)) return toolCallAction(tool, server, input ?? {}, origin);
  if (Array.isArray(input) && input.every((a) => isPlainObject(a) && typeof a.path === "string" && a.path !== "" && typeof a.value === "string")) {
    return { type: "tool.call", tool, server, input: input.map((a) => ({ path: a.path, value: a.value })), origin };
  }
  throw new SourceError(place, `tool.call "input" must be the tool's arguments as a JSON object, or a list of {"path","value"} strings`, `e.g. ${TOOL_EXAMPLE}`);
}
function isPlainObject(v2) {
  return typeof v2 === "object" && v2 !== null && !Array.isArray(v2);
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
  const add = (list) => {
    for (const action of list) out.push(action);
  };
  const visit = (v2) => {
    if (Array.isArray(v2)) return v2.forEach(visit);
    if (!isObject(v2)) return;
    if (Array.isArray(v2.choices)) v2.choices.forEach((c3) => isObject(c3) && visit(c3.message));
    if (Array.isArray(v2.messages)) v2.messages.forEach(visit);
    if (Array.isArray(v2.output)) v2.output.forEach(visit);
    if (Array.isArray(v2.input)) v2.input.forEach(visit);
    if (v2.type === "response_item" && isObject(v2.payload)) {
      codexItems.add(v2.payload);
      visit(v2.payload);
    }
    if (Array.isArray(v2.tool_calls)) v2.tool_calls.forEach((call) => isObject(call) && add(chatToolCall(call, place)));
    if (isObject(v2.function_call) && v2.role === "assistant") add(functionCall(v2.function_call, v2.function_call, place));
    if (typeof v2.type === "string") add(responseItem(v2, place, codexItems.has(v2)));
  };
  const codexItems = /* @__PURE__ */ new WeakSet();
  visit(value);
  return out;
}
var isCodexSessionTool = (name) => CODEX_TOOLS[name]?.does === "none";
function originOf(item, place, detail) {
  return { source: "transcript", file: place.file, line: place.lineOf(item), detail };
}
function chatToolCall(call, place) {
  if (isObject(call.function)) return functionCall(call.function, call, place);
  if (isObject(call.custom)) return customToolCall(call.custom, call, place);
  return [];
}
function responseItem(item, place, inCodexLog = false) {
  const type = item.type;
  const action = isObject(item.action) ? item.action : {};
  switch (type) {
    case "function_call":
      if (inCodexLog && typeof item.namespace !== "string" && isCodexSessionTool(String(item.name))) return [];
      return functionCall(item, item, place);
    case "mcp_call":
      return mcpCall(item, place);
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
function functionCall(fn2, item, place) {
  const name = String(fn2.name ?? "");
  if (!name) throw unreadable(item, place, "function call has no name");
  const args = parsedArguments(fn2.arguments, name, item, place);
  const namespace = typeof fn2.namespace === "string" ? fn2.namespace : typeof item.namespace === "string" ? item.namespace : "";
  const full = namespace && !name.startsWith(`${namespace}__`) ? `${namespace}__${name}` : name;
  const server = mcpServerOf(full);
  if (server !== void 0) return [toolCallAction(full, server, args, originOf(item, place, `OpenAI MCP ${full}`))];
  if (namespace) return [toolCallAction(full, "", args, originOf(item, place, `OpenAI ${full}`))];
  const origin = originOf(item, place, `OpenAI ${name}`);
  const actions = argumentActions(name, args, origin);
  if (actions.length === 0) return [toolCallAction(name, "", args, origin)];
  return actions;
}
function mcpCall(item, place) {
  const server = item.server_label;
  const name = item.name;
  if (typeof server !== "string" || !server) throw unreadable(item, place, 'mcp_call has no "server_label"');
  if (typeof name !== "string" || !name) throw unreadable(item, place, 'mcp_call has no tool "name"');
  const tool = `mcp__${server}__${name}`;
  if (mcpServerOf(tool) !== server) throw unreadable(item, place, `mcp_call server_label "${server}" cannot be told apart from its tool name "${name}" (a "__" in them)`);
  return [toolCallAction(tool, server, parsedArguments(item.arguments, tool, item, place), originOf(item, place, `OpenAI MCP ${tool}`))];
}
function parsedArguments(raw, name, item, place) {
  let args = raw ?? {};
  if (typeof args === "string") {
    try {
      args = args.trim() ? JSON.parse(args) : {};
    } catch (err) {
      throw unreadable(item, place, `arguments of ${name} are not JSON (${err.message})`);
    }
  }
  if (!isObject(args)) throw unreadable(item, place, `arguments of ${name} are not a JSON object`);
  return args;
}
function argumentActions(name, args, origin) {
  const out = [];
  const lower = new Map(Object.entries(args).map(([k2, v2]) => [k2.toLowerCase(), v2]));
  for (const key of COMMAND_KEYS) {
    const v2 = lower.get(key);
    if (typeof v2 === "string" && v2.trim()) out.push({ type: "shell.execute", command: v2, origin });
    else if (isStringArray(v2) && v2.length) out.push({ type: "shell.execute", command: quoteArgv(v2), origin });
  }
  for (const key of COMMAND_LIST_KEYS) {
    const v2 = lower.get(key);
    if (isStringArray(v2)) v2.forEach((command) => out.push({ type: "shell.execute", command, origin }));
  }
  for (const key of URL_KEYS) {
    const v2 = lower.get(key);
    if (typeof v2 === "string" && v2) out.push({ type: "network.request", destination: v2, origin });
  }
  const writes = WRITE_NAME.test(name) || CONTENT_KEYS.some((k2) => lower.has(k2));
  for (const key of PATH_KEYS) {
    const v2 = lower.get(key);
    if (typeof v2 === "string" && v2) out.push({ type: writes ? "file.write" : "file.read", path: v2, origin });
  }
  return out;
}
function customToolCall(fn2, item, place) {
  const name = String(fn2.name ?? "");
  const input = typeof fn2.input === "string" ? fn2.input : "";
  const origin = originOf(item, place, `OpenAI ${name}`);
  if (name === "apply_patch") {
    const paths = [...input.matchAll(/^\*\*\* (?:Add File|Update File|Delete File|Move to): (.+)$/gm)].map((m2) => m2[1].trim());
    if (paths.length === 0) throw unreadable(item, place, "apply_patch input names no file");
    return paths.map((path2) => ({ type: "file.write", path: path2, origin }));
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
function isStringArray(v2) {
  return Array.isArray(v2) && v2.every((x3) => typeof x3 === "string");
}

// src/sources/shell-lines.ts
var ShellSplitError = class extends Error {
  constructor(line, problem) {
    super(problem);
    this.line = line;
    this.name = "ShellSplitError";
  }
  line;
};
var OPENERS = { if: "fi", case: "esac", for: "done", while: "done", until: "done", select: "done", "{": "}" };
var CLOSERS = /* @__PURE__ */ new Set(["fi", "esac", "done", "}"]);
var LEADS_TO_COMMAND = /* @__PURE__ */ new Set(["if", "then", "else", "elif", "do", "while", "until", "!", "time", "{", "}", "fi", "done", "esac"]);
function splitShellCommands(text, firstLine = 1) {
  const out = [];
  const src = text.replace(/\r\n?/g, "\n");
  let line = firstLine;
  let start = -1;
  let startLine = firstLine;
  let parens = 0;
  let parensLine = 0;
  const blocks = [];
  let hereDocs = [];
  let commandPosition = true;
  let continues = false;
  let word = "";
  let wordQuoted = false;
  const endWord = () => {
    if (word === "" && !wordQuoted) return;
    if (commandPosition && !wordQuoted) {
      if (word in OPENERS) blocks.push({ closer: OPENERS[word], line });
      else if (CLOSERS.has(word) && blocks.length && blocks[blocks.length - 1].closer === word) blocks.pop();
    }
    commandPosition = !wordQuoted && LEADS_TO_COMMAND.has(word) && commandPosition;
    continues = false;
    word = "";
    wordQuoted = false;
  };
  const begin = (i2) => {
    if (start < 0) {
      start = i2;
      startLine = line;
    }
  };
  const finish = (end) => {
    if (start >= 0) {
      const command = src.slice(start, end).trim();
      if (command) out.push({ command, line: startLine });
    }
    start = -1;
    commandPosition = true;
  };
  let i = 0;
  while (i < src.length) {
    const c3 = src[i];
    if (c3 === "\n") {
      endWord();
      line++;
      i++;
      if (hereDocs.length) {
        i = readHereDocBodies(src, i, hereDocs, (n) => line += n);
        hereDocs = [];
      }
      if (parens === 0 && blocks.length === 0 && !continues) finish(i);
      else commandPosition = true;
      continue;
    }
    if (c3 === " " || c3 === "	") {
      endWord();
      i++;
      continue;
    }
    if (c3 === "#" && word === "" && !wordQuoted) {
      while (i < src.length && src[i] !== "\n") i++;
      continue;
    }
    begin(i);
    if (c3 === "\\") {
      if (src[i + 1] === "\n") {
        line++;
        i += 2;
        continue;
      }
      word += src.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c3 === "'" || c3 === '"' || c3 === "`") {
      const ansi = c3 === "'" && word.endsWith("$");
      const opened = line;
      let j3 = i + 1;
      while (j3 < src.length && src[j3] !== c3) {
        if (src[j3] === "\\" && c3 !== "'") j3++;
        else if (src[j3] === "\\" && ansi) j3++;
        if (src[j3] === "\n") line++;
        j3++;
      }
      if (j3 >= src.length) throw new ShellSplitError(opened, `unterminated ${c3} quote`);
      word += src.slice(i, j3 + 1);
      wordQuoted = true;
      i = j3 + 1;
      continue;
    }
    if (c3 === "<" && src[i + 1] === "<" && src[i + 2] !== "<") {
      endWord();
      const parsed = readHereDocOperator(src, i + 2);
      hereDocs.push({ ...parsed.doc, line });
      i = parsed.next;
      continue;
    }
    if (c3 === "(" || c3 === ")") {
      endWord();
      if (c3 === "(") {
        if (parens === 0) parensLine = line;
        parens++;
        commandPosition = true;
      } else if (parens > 0) {
        parens--;
        commandPosition = true;
      } else if (blocks.length && blocks[blocks.length - 1].closer === "esac") {
        commandPosition = true;
      }
      i++;
      continue;
    }
    if (c3 === ";" || c3 === "&" || c3 === "|") {
      endWord();
      const two = src.slice(i, i + 2);
      const pipeOrAnd = two === "&&" || two === "||" || c3 === "|" && two !== "|&";
      i += two === "&&" || two === "||" || two === ";;" || two === "|&" ? 2 : 1;
      commandPosition = true;
      continues = pipeOrAnd || two === "|&";
      continue;
    }
    if (c3 === "<" || c3 === ">") {
      endWord();
      i += src.startsWith("<<<", i) ? 3 : 1;
      continue;
    }
    word += c3;
    i++;
  }
  endWord();
  if (hereDocs.length) throw new ShellSplitError(hereDocs[0].line, `here-doc ${hereDocs[0].delimiter} has no terminator line`);
  if (parens > 0) throw new ShellSplitError(parensLine, "unclosed `(`");
  if (blocks.length) {
    const open2 = blocks[blocks.length - 1];
    throw new ShellSplitError(open2.line, `block is not closed (expected \`${open2.closer}\`)`);
  }
  if (continues) throw new ShellSplitError(startLine, "command ends with `|`, `&&` or `||` and nothing follows");
  finish(src.length);
  return out;
}
function readHereDocOperator(src, from) {
  let i = from;
  let stripTabs = false;
  if (src[i] === "-") {
    stripTabs = true;
    i++;
  }
  while (src[i] === " " || src[i] === "	") i++;
  let delimiter = "";
  while (i < src.length && !/[\s;&|<>()]/.test(src[i])) {
    const c3 = src[i];
    if (c3 === "'" || c3 === '"') {
      const end = src.indexOf(c3, i + 1);
      if (end < 0) break;
      delimiter += src.slice(i + 1, end);
      i = end + 1;
    } else if (c3 === "\\") {
      delimiter += src[i + 1] ?? "";
      i += 2;
    } else {
      delimiter += c3;
      i++;
    }
  }
  return { doc: { delimiter, stripTabs }, next: i };
}
function readHereDocBodies(src, from, docs, addLines) {
  let i = from;
  for (const doc of docs) {
    for (; ; ) {
      if (i >= src.length) throw new ShellSplitError(doc.line, `here-doc ${doc.delimiter} has no terminator line`);
      const eol = src.indexOf("\n", i);
      const end = eol < 0 ? src.length : eol;
      let body = src.slice(i, end);
      if (doc.stripTabs) body = body.replace(/^\t+/, "");
      i = eol < 0 ? src.length : eol + 1;
      if (eol >= 0) addLines(1);
      if (body === doc.delimiter) break;
    }
  }
  return i;
}

// src/sources/agent-commands.ts
var COMMANDS_FORMATS = ["auto", "safeclaw", "text", "claude", "openai"];
function readCommandsFile(text, file, format = "auto") {
  const read = readCommands(text, file, format);
  if (read.actions.length === 0) {
    const what = text.trim() === "" ? "shell text (the file is empty)" : `${read.format} (${FORMAT_NAMES[read.format]})`;
    throw noActionsError(file, what);
  }
  return read.actions;
}
function readCommands(text, file, format) {
  const resolved = format === "auto" ? detectCommandsFormat(text, file) : format;
  return { format: resolved, actions: actionsAs(resolved, text, file) };
}
function actionsAs(resolved, text, file) {
  switch (resolved) {
    case "text":
      return textCommandActions(text, file);
    case "claude":
      return claudeTranscriptActions(text, file);
    case "safeclaw":
      return parseActionsJsonl(text, file);
    case "openai": {
      const whole = parseWhole(text);
      if (whole.ok) return openAiActions(whole.value, { file, lineOf: lineOfItem(text) });
      return jsonValues(text, file).flatMap(({ value, line }) => openAiActions(value, { file, lineOf: () => line }));
    }
    default:
      throw new SourceError({ file }, `unknown commands format "${String(resolved)}"`, `use one of ${COMMANDS_FORMATS.join(", ")}`);
  }
}
var FORMAT_NAMES = {
  safeclaw: "SafeClaw JSONL actions",
  text: "shell text",
  claude: "a Claude Code transcript",
  openai: "an OpenAI / Codex log"
};
var CLAUDE_RECORD_TYPES = /* @__PURE__ */ new Set(["user", "assistant", "system", "summary", "custom-title", "file-history-snapshot", "queue-operation"]);
var CLAUDE_KEYS = ["sessionId", "parentUuid", "leafUuid", "isSidechain"];
var OPENAI_ITEM_TYPES = /* @__PURE__ */ new Set([
  "message",
  "reasoning",
  "function_call_output",
  "custom_tool_call_output",
  "local_shell_call_output",
  "shell_call_output",
  "mcp_list_tools",
  "mcp_approval_request",
  "mcp_approval_response",
  "item_reference",
  "session_meta",
  "response_item",
  "event_msg",
  "turn_context",
  "compacted"
]);
var OPENAI_KEYS = ["choices", "output", "tool_calls", "messages", "input", "payload", "function_call"];
var OPENAI_OBJECTS = /* @__PURE__ */ new Set(["response", "chat.completion", "chat.completion.chunk"]);
function formatsOfRecord(record) {
  const found = /* @__PURE__ */ new Set();
  if (Array.isArray(record)) {
    for (const element of record) for (const f3 of formatsOfRecord(element)) found.add(f3);
    return found;
  }
  if (!isObject(record)) return found;
  const type = record.type;
  const isActionType = (v2) => typeof v2 === "string" && ACTION_TYPES.includes(v2);
  if (isActionType(record.action) || isActionType(type) || typeof record.action === "string" && type === void 0) found.add("safeclaw");
  if (CLAUDE_KEYS.some((k2) => k2 in record) || typeof type === "string" && CLAUDE_RECORD_TYPES.has(type) || isObject(record.message) && "content" in record.message) {
    found.add("claude");
  }
  const toolCallLine2 = record.action === "tool.call" || type === "tool.call";
  const openAiKeys = toolCallLine2 ? OPENAI_KEYS.filter((k2) => k2 !== "input") : OPENAI_KEYS;
  if (openAiKeys.some((k2) => k2 in record) || typeof record.object === "string" && OPENAI_OBJECTS.has(record.object) || typeof record.role === "string" && !isObject(record.message) || typeof type === "string" && (OPENAI_ITEM_TYPES.has(type) || /_call(_output)?$/.test(type))) {
    found.add("openai");
  }
  return found;
}
function detectCommandsFormat(text, file) {
  const whole = parseWhole(text);
  const looksJson = whole.ok && typeof whole.value === "object" && whole.value !== null || /^\{\s*"/.test(text.trimStart());
  if (!looksJson) return "text";
  const records = whole.ok ? wholeDocumentRecords(text, whole.value) : jsonValues(text, file);
  const firstOf = /* @__PURE__ */ new Map();
  for (const record of records) {
    const formats = [...formatsOfRecord(record.value)];
    if (formats.length === 0 || formats.length === 1 && firstOf.has(formats[0])) continue;
    const line = typeof record.line === "function" ? record.line() : record.line;
    if (formats.length > 1) {
      throw new SourceError({ file, line }, `ambiguous record: it reads as ${formats.map((f3) => FORMAT_NAMES[f3]).join(" and as ")}`, `pass --commands-format (${COMMANDS_FORMATS.slice(1).join(", ")}) to say what the file is`);
    }
    firstOf.set(formats[0], line);
  }
  if (firstOf.size > 1) {
    const [[a, lineA], [b3, lineB]] = [...firstOf];
    throw new SourceError(
      { file, line: lineB },
      `ambiguous log: line ${lineA} reads as ${FORMAT_NAMES[a]}, line ${lineB} as ${FORMAT_NAMES[b3]}`,
      `pass --commands-format (${COMMANDS_FORMATS.slice(1).join(", ")}) to say what the file is, or split it into one file per format`
    );
  }
  const [format] = [...firstOf.keys()];
  if (!format) {
    throw new SourceError({ file, line: 1 }, "cannot tell which agent log format this JSON is (no record carries the marks of SafeClaw actions, a Claude Code transcript or an OpenAI log)", `pass --commands-format (${COMMANDS_FORMATS.slice(1).join(", ")})`);
  }
  if (format === "claude" && whole.ok && text.trim().includes("\n")) {
    throw new SourceError({ file, line: 1 }, "a Claude Code transcript must be JSONL (one record per line), not one JSON document", "pass the transcript file as Claude Code wrote it (or force another reading with --commands-format)");
  }
  return format;
}
function* wholeDocumentRecords(text, value) {
  const lineOf = lineOfItem(text);
  for (const item of Array.isArray(value) ? value : [value]) yield { value: item, line: () => isObject(item) && lineOf(item) || 1 };
}
function parseWhole(text) {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}
function jsonValues(text, file) {
  const out = [];
  const whole = parseWhole(text);
  if (whole.ok) {
    const lineOf = lineOfItem(text);
    const items = Array.isArray(whole.value) ? whole.value : [whole.value];
    return items.map((value) => ({ value, line: isObject(value) && lineOf(value) || 1 }));
  }
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    try {
      out.push({ value: JSON.parse(lines[i]), line: i + 1 });
    } catch (err) {
      throw new SourceError({ file, line: i + 1 }, `not valid JSON (${err.message})`, "repair or remove the line; every line is read");
    }
  }
  return out;
}
function lineOfItem(text) {
  return (item) => {
    const key = [item.call_id, item.id, item.command, item.path, item.destination].find((v2) => typeof v2 === "string");
    if (typeof key !== "string") return void 0;
    const at2 = text.indexOf(JSON.stringify(key));
    if (at2 < 0) return void 0;
    let line = 1;
    for (let i = text.indexOf("\n"); i >= 0 && i < at2; i = text.indexOf("\n", i + 1)) line++;
    return line;
  };
}
function textCommandActions(text, file) {
  try {
    return splitShellCommands(text).map(({ command, line }) => ({
      type: "shell.execute",
      command,
      origin: { source: "commands", file, line, detail: "plain text" }
    }));
  } catch (err) {
    if (err instanceof ShellSplitError) throw new SourceError({ file, line: err.line }, err.message, "fix the command text");
    throw err;
  }
}

// src/sources/attribute-aliases.ts
var CLOUDFORMATION_ALIASES = [
  // Security groups: one CIDR per rule in CloudFormation, a list in Terraform.
  { types: ["AWS::EC2::SecurityGroup"], from: "SecurityGroupIngress.*.CidrIp", to: "ingress.*.cidr_blocks.0" },
  { types: ["AWS::EC2::SecurityGroup"], from: "SecurityGroupIngress.*.CidrIpv6", to: "ingress.*.ipv6_cidr_blocks.0" },
  { types: ["AWS::EC2::SecurityGroup"], from: "SecurityGroupIngress.*.FromPort", to: "ingress.*.from_port" },
  { types: ["AWS::EC2::SecurityGroup"], from: "SecurityGroupIngress.*.ToPort", to: "ingress.*.to_port" },
  { types: ["AWS::EC2::SecurityGroup"], from: "SecurityGroupEgress.*.CidrIp", to: "egress.*.cidr_blocks.0" },
  { types: ["AWS::EC2::SecurityGroup"], from: "SecurityGroupEgress.*.CidrIpv6", to: "egress.*.ipv6_cidr_blocks.0" },
  { types: ["AWS::EC2::SecurityGroupIngress", "AWS::EC2::SecurityGroupEgress"], from: "CidrIp", to: "cidr_blocks.0" },
  { types: ["AWS::EC2::SecurityGroupIngress", "AWS::EC2::SecurityGroupEgress"], from: "CidrIpv6", to: "ipv6_cidr_blocks.0" },
  // Public databases and buckets.
  { types: ["AWS::RDS::DBInstance", "AWS::RDS::DBCluster"], from: "PubliclyAccessible", to: "publicly_accessible" },
  { types: ["AWS::S3::Bucket"], from: "PublicAccessBlockConfiguration.BlockPublicAcls", to: "block_public_acls" },
  { types: ["AWS::S3::Bucket"], from: "PublicAccessBlockConfiguration.BlockPublicPolicy", to: "block_public_policy" },
  { types: ["AWS::S3::Bucket"], from: "PublicAccessBlockConfiguration.IgnorePublicAcls", to: "ignore_public_acls" },
  { types: ["AWS::S3::Bucket"], from: "PublicAccessBlockConfiguration.RestrictPublicBuckets", to: "restrict_public_buckets" },
  { types: ["AWS::S3::Bucket"], from: "AccessControl", to: "acl" },
  // IAM documents: Terraform holds them as a JSON string under `policy`, read as `policy.Statement…`.
  { types: ["AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::S3::BucketPolicy", "AWS::SQS::QueuePolicy", "AWS::SNS::TopicPolicy"], from: "PolicyDocument", to: "policy" },
  { types: ["AWS::IAM::Role"], from: "AssumeRolePolicyDocument", to: "assume_role_policy" },
  { types: ["AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"], from: "Policies.*.PolicyDocument", to: "inline_policy.*.policy" },
  { types: ["AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"], from: "ManagedPolicyArns", to: "managed_policy_arns" }
];
var rowsByType = /* @__PURE__ */ new Map();
function rowsFor(type) {
  let rows = rowsByType.get(type);
  if (!rows) {
    rows = CLOUDFORMATION_ALIASES.filter((r2) => r2.types.includes(type)).map((r2) => ({ from: r2.from.split("."), to: r2.to.split(".") }));
    rowsByType.set(type, rows);
  }
  return rows;
}
function withCloudFormationAliases(type, attributes) {
  const rows = rowsFor(type);
  if (rows.length === 0) return attributes;
  const out = attributes.slice();
  for (const attribute of attributes) {
    const segments = attribute.path.split(".");
    for (const row of rows) {
      const alias = rewrite(segments, row.from, row.to);
      if (alias !== void 0) out.push({ ...attribute, path: alias });
    }
  }
  return out;
}
function rewrite(segments, from, to2) {
  if (segments.length < from.length) return void 0;
  const indexes = [];
  for (let i = 0; i < from.length; i++) {
    if (from[i] === "*") {
      if (!/^\d+$/.test(segments[i])) return void 0;
      indexes.push(segments[i]);
    } else if (from[i] !== segments[i]) return void 0;
  }
  let next = 0;
  const head = to2.map((s) => s === "*" ? indexes[next++] : s);
  return [...head, ...segments.slice(from.length)].join(".");
}
function withSnakeCaseAliases(attributes) {
  const out = attributes.slice();
  for (const attribute of attributes) {
    const snake = snakeCasePath(attribute.path);
    if (snake !== attribute.path) out.push({ ...attribute, path: snake });
  }
  return out;
}
function snakeCasePath(path2) {
  return path2.split(".").map((s) => /^[a-z][a-z0-9]*[A-Z]/.test(s) ? s.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase() : s).join(".");
}

// src/sources/cloudformation-change-set.ts
var CHANGE_SET_HINT = "produce it with `aws cloudformation describe-change-set --change-set-name NAME --stack-name STACK --include-property-values --output json > changeset.json` once the change set is CREATE_COMPLETE";
var ACTIONS = {
  Add: "create",
  Modify: "modify",
  Remove: "delete",
  Import: "import",
  Dynamic: "replace",
  SyncWithActual: "update"
};
function changeSetEntryAction(entry, place) {
  if (!isObject(entry)) return { error: 'a "Changes" entry is not an object' };
  if (entry.Type !== "Resource") return { error: `a "Changes" entry of type ${JSON.stringify(entry.Type)}: SafeClaw reads "Resource" changes only` };
  const change = entry.ResourceChange;
  if (!isObject(change)) return { error: 'a "Resource" change has no "ResourceChange" object' };
  const logicalId = change.LogicalResourceId;
  const type = change.ResourceType;
  if (typeof logicalId !== "string" || !logicalId) return { error: 'a resource change has no "LogicalResourceId"' };
  if (typeof type !== "string" || !type) return { error: `${logicalId}: no "ResourceType"` };
  const action = typeof change.Action === "string" && Object.prototype.hasOwnProperty.call(ACTIONS, change.Action) ? ACTIONS[change.Action] : void 0;
  if (action === void 0) return { error: `${logicalId}: unknown change Action ${JSON.stringify(change.Action)}` };
  let kind;
  if (action === "modify") {
    const replacement = change.Replacement;
    if (replacement === "True" || replacement === "Conditional") kind = "replace";
    else if (replacement === "False") kind = "update";
    else return { error: `${logicalId}: Modify with unknown "Replacement" ${JSON.stringify(replacement)} (True, False or Conditional)` };
  } else kind = action;
  let after = [];
  if (kind !== "delete") {
    if (typeof change.AfterContext !== "string") {
      return { error: `${logicalId}: the change set has no property values ("AfterContext"), so rules on attributes cannot be applied` };
    }
    const read = afterContextAttributes(change.AfterContext, change.Details);
    if ("error" in read) return { error: `${logicalId}: ${read.error}` };
    after = withCloudFormationAliases(type, read.attributes);
  }
  const module = isObject(change.ModuleInfo) && typeof change.ModuleInfo.LogicalIdHierarchy === "string" ? change.ModuleInfo.LogicalIdHierarchy : "";
  const detail = `${logicalId} ${String(change.Action)}${change.Replacement && action === "modify" ? ` (Replacement: ${String(change.Replacement)})` : ""} (CloudFormation)`;
  return {
    action: {
      type: "infra.change",
      address: logicalId,
      resourceType: type,
      provider: "aws",
      change: kind,
      module,
      after,
      origin: { source: "plan", file: place.file, line: place.line, detail }
    }
  };
}
function afterContextAttributes(text, details) {
  let context;
  try {
    context = JSON.parse(text);
  } catch (err) {
    return { error: `"AfterContext" is not JSON (${err.message})` };
  }
  if (!isObject(context)) return { error: '"AfterContext" is not a JSON object' };
  const properties = isObject(context.Properties) ? context.Properties : context;
  const unknown = dynamicMask(properties, dynamicPaths(details));
  return { attributes: flattenAfter(properties, unknown, void 0) };
}
function dynamicPaths(details) {
  if (!Array.isArray(details)) return [];
  const out = [];
  for (const d2 of details) {
    if (!isObject(d2) || d2.Evaluation !== "Dynamic" || !isObject(d2.Target)) continue;
    const path2 = typeof d2.Target.Path === "string" ? d2.Target.Path : typeof d2.Target.Name === "string" ? `/Properties/${d2.Target.Name}` : void 0;
    if (!path2) continue;
    const segments = path2.split("/").filter(Boolean);
    if (segments[0] === "Properties") segments.shift();
    out.push(segments);
  }
  return out;
}
function dynamicMask(properties, paths) {
  const mask = {};
  for (const segments of paths) {
    if (segments.length === 0) return true;
    let at2 = mask;
    for (let i = 0; i < segments.length - 1; i++) {
      const next = at2[segments[i]];
      if (next === true) break;
      at2 = isObject(next) ? next : at2[segments[i]] = {};
    }
    at2[segments[segments.length - 1]] = true;
  }
  markDynamicReferences(properties, mask);
  return mask;
}
function markDynamicReferences(value, mask) {
  const entries = Array.isArray(value) ? value.map((v2, i) => [String(i), v2]) : isObject(value) ? Object.entries(value) : [];
  for (const [key, v2] of entries) {
    if (typeof v2 === "string" && v2.includes("{{resolve:")) mask[key] = true;
    else if (isObject(v2) || Array.isArray(v2)) {
      if (mask[key] === true) continue;
      const child = isObject(mask[key]) ? mask[key] : {};
      markDynamicReferences(v2, child);
      if (Object.keys(child).length) mask[key] = child;
    }
  }
}

// src/sources/json-scanner.ts
var import_promises = __toESM(require_promises(), 1);
var JsonSyntaxError = class extends Error {
  line;
  column;
  /** The document ends before its top-level value does (a cut-off file, an unterminated string). */
  truncated;
  constructor(message, line, column, truncated) {
    super(message);
    this.name = "JsonSyntaxError";
    this.line = line;
    this.column = column;
    this.truncated = truncated;
  }
};
var DEFAULT_CHUNK_BYTES = 1 << 20;
async function scanTopLevelFile(file, handlers, chunkBytes = DEFAULT_CHUNK_BYTES) {
  const handle = await (0, import_promises.open)(file, "r");
  try {
    const scanner = new TopLevelScanner(handlers);
    const buffer = Buffer.allocUnsafe(chunkBytes);
    for (; ; ) {
      const { bytesRead } = await handle.read(buffer, 0, chunkBytes, null);
      if (bytesRead === 0) break;
      scanner.write(buffer.subarray(0, bytesRead));
    }
    scanner.end();
  } finally {
    await handle.close();
  }
}
var VALUE = 0;
var VALUE_OR_CLOSE = 1;
var KEY_OR_CLOSE = 2;
var KEY = 3;
var COLON = 4;
var AFTER_VALUE = 5;
var STRING = 6;
var SCALAR = 7;
var DONE = 8;
var OBJECT = 1;
var ARRAY = 2;
var NO_CAPTURE = 0;
var CAPTURE_KEY = 1;
var CAPTURE_VALUE = 2;
var CAPTURE_ELEMENT = 3;
var EXPECTED = {
  [VALUE]: "expected a value",
  [VALUE_OR_CLOSE]: 'expected a value or "]"',
  [KEY_OR_CLOSE]: 'expected a key or "}"',
  [KEY]: "expected a key",
  [COLON]: 'expected ":"',
  [AFTER_VALUE]: 'expected "," or the end of the object or array',
  [DONE]: "expected nothing after the end of the document"
};
function isScalarByte(b3) {
  return b3 >= 48 && b3 <= 57 || b3 >= 97 && b3 <= 122 || b3 >= 65 && b3 <= 90 || b3 === 43 || b3 === 45 || b3 === 46;
}
function isHexByte(b3) {
  return b3 >= 48 && b3 <= 57 || b3 >= 97 && b3 <= 102 || b3 >= 65 && b3 <= 70;
}
function isSimpleEscape(b3) {
  return b3 === 34 || b3 === 92 || b3 === 47 || b3 === 98 || b3 === 102 || b3 === 110 || b3 === 114 || b3 === 116;
}
function describeByte(b3) {
  return b3 >= 32 && b3 < 127 ? JSON.stringify(String.fromCharCode(b3)) : `byte 0x${b3.toString(16).padStart(2, "0")}`;
}
function isScalarText(buf, start, end) {
  const first = buf[start];
  const len = end - start;
  if (first === 116) return len === 4 && buf[start + 1] === 114 && buf[start + 2] === 117 && buf[start + 3] === 101;
  if (first === 102) return len === 5 && buf[start + 1] === 97 && buf[start + 2] === 108 && buf[start + 3] === 115 && buf[start + 4] === 101;
  if (first === 110) return len === 4 && buf[start + 1] === 117 && buf[start + 2] === 108 && buf[start + 3] === 108;
  let i = start;
  if (buf[i] === 45) i++;
  if (i === end) return false;
  if (buf[i] === 48) i++;
  else if (buf[i] >= 49 && buf[i] <= 57) while (i < end && isDigit(buf[i])) i++;
  else return false;
  if (i < end && buf[i] === 46) {
    const digits = ++i;
    while (i < end && isDigit(buf[i])) i++;
    if (i === digits) return false;
  }
  if (i < end && (buf[i] === 101 || buf[i] === 69)) {
    i++;
    if (i < end && (buf[i] === 43 || buf[i] === 45)) i++;
    const digits = i;
    while (i < end && isDigit(buf[i])) i++;
    if (i === digits) return false;
  }
  return i === end;
}
function isDigit(b3) {
  return b3 >= 48 && b3 <= 57;
}
var TopLevelScanner = class {
  handlers;
  state = VALUE;
  depth = 0;
  kinds = new Uint8Array(64);
  // OBJECT or ARRAY per open container
  isKey = false;
  // the string being scanned is an object key
  escape = 0;
  // 1 after a backslash, 2..5 inside \uXXXX
  scalarCarry = "";
  // a scalar's bytes (latin1) from earlier chunks
  use = "skip";
  // of the current top-level key
  topKey = "";
  inElements = false;
  // inside the array of an `elements` key
  capture = NO_CAPTURE;
  captureDepth = -1;
  // the depth whose value completion ends the capture
  captureStart = 0;
  // in the current chunk
  captureParts = [];
  captureLine = 0;
  offset = 0;
  // absolute offset of the current chunk's first byte
  line = 1;
  lineStart = 0;
  // absolute offset of the current line's first byte
  constructor(handlers) {
    this.handlers = handlers;
  }
  // One flat loop with the hot state in locals: a plan has millions of short
  // strings and scalars, so per-token overhead, not per-byte, sets the pace.
  // Rare events (top-level keys, captured values, errors) go out of line.
  write(chunk) {
    const n = chunk.length;
    const offset = this.offset;
    let state = this.state;
    let depth = this.depth;
    let escape = this.escape;
    let line = this.line;
    let lineStart = this.lineStart;
    let scalarStart = 0;
    if (this.capture !== NO_CAPTURE) this.captureStart = 0;
    let i = 0;
    while (i < n) {
      let b3 = chunk[i];
      if (state === STRING) {
        if (escape === 0) {
          while (b3 !== 34 && b3 !== 92 && b3 >= 32) {
            if (++i === n) break;
            b3 = chunk[i];
          }
          if (i === n) break;
          i++;
          if (b3 === 92) {
            escape = 1;
            continue;
          }
          if (b3 !== 34) this.fail(`${describeByte(b3)} inside a string (a control character must be escaped)`, line, offset + i - lineStart);
          if (this.isKey) {
            state = COLON;
            if (this.capture === CAPTURE_KEY) this.endKey(chunk, i);
            continue;
          }
        } else {
          if (escape === 1) {
            if (b3 === 117) escape = 2;
            else if (isSimpleEscape(b3)) escape = 0;
            else this.fail(`bad escape "\\${String.fromCharCode(b3)}" in a string`, line, offset + i - lineStart + 1);
          } else {
            if (!isHexByte(b3)) this.fail(`bad \\u escape in a string: ${describeByte(b3)} is not a hex digit`, line, offset + i - lineStart + 1);
            escape = escape === 5 ? 0 : escape + 1;
          }
          i++;
          continue;
        }
      } else if (state === SCALAR) {
        while (isScalarByte(b3)) {
          if (++i === n) break;
          b3 = chunk[i];
        }
        if (i === n) break;
        if (this.scalarCarry === "" ? !isScalarText(chunk, scalarStart, i) : !this.isCarriedScalar(chunk, i)) {
          const text = this.scalarCarry + chunk.toString("latin1", scalarStart, i);
          this.fail(`Unexpected ${JSON.stringify(text)}`, line, offset + i - text.length - lineStart + 1, "expected a number, true, false or null");
        }
        this.scalarCarry = "";
      } else if (b3 === 32 || b3 === 10 || b3 === 13 || b3 === 9) {
        do {
          if (b3 === 10) {
            line++;
            lineStart = offset + i + 1;
          }
          if (++i === n) break;
          b3 = chunk[i];
        } while (b3 === 32 || b3 === 10 || b3 === 13 || b3 === 9);
        continue;
      } else if (state === AFTER_VALUE && b3 === 44) {
        state = this.kinds[depth - 1] === OBJECT ? KEY : VALUE;
        i++;
        continue;
      } else if (state === COLON && b3 === 58) {
        state = VALUE;
        i++;
        continue;
      } else if ((state === KEY || state === KEY_OR_CLOSE) && b3 === 34) {
        this.isKey = true;
        state = STRING;
        if (depth === 1) this.startCapture(CAPTURE_KEY, i, 1, line);
        i++;
        continue;
      } else if (state === VALUE || state === VALUE_OR_CLOSE && b3 !== 93) {
        if (depth <= 2) {
          if (depth === 1 && this.use !== "skip") {
            if (this.use === "elements" && b3 === 91) this.inElements = true;
            else this.startCapture(CAPTURE_VALUE, i, 1, line);
          } else if (depth === 2 && this.inElements) {
            this.startCapture(CAPTURE_ELEMENT, i, 2, line);
          }
        }
        if (b3 === 123 || b3 === 91) {
          if (depth === this.kinds.length) this.growKinds();
          this.kinds[depth++] = b3 === 123 ? OBJECT : ARRAY;
          state = b3 === 123 ? KEY_OR_CLOSE : VALUE_OR_CLOSE;
        } else if (b3 === 34) {
          this.isKey = false;
          state = STRING;
        } else if (b3 === 45 || isDigit(b3) || b3 === 116 || b3 === 102 || b3 === 110) {
          state = SCALAR;
          scalarStart = i;
          this.scalarCarry = "";
        } else {
          this.fail(`Unexpected ${describeByte(b3)}`, line, offset + i - lineStart + 1, EXPECTED[state]);
        }
        i++;
        continue;
      } else if (b3 === 125 && (state === KEY_OR_CLOSE || state === AFTER_VALUE) && this.kinds[depth - 1] === OBJECT || b3 === 93 && (state === VALUE_OR_CLOSE || state === AFTER_VALUE) && this.kinds[depth - 1] === ARRAY) {
        depth--;
        i++;
      } else {
        this.fail(`Unexpected ${describeByte(b3)}`, line, offset + i - lineStart + 1, EXPECTED[state]);
      }
      state = depth === 0 ? DONE : AFTER_VALUE;
      if (depth <= 2) {
        if (depth === this.captureDepth) this.endValue(chunk, i);
        if (depth === 1) this.inElements = false;
      }
    }
    if (this.capture !== NO_CAPTURE) this.captureParts.push(Buffer.from(chunk.subarray(this.captureStart, n)));
    if (state === SCALAR) this.scalarCarry += chunk.toString("latin1", scalarStart, n);
    this.state = state;
    this.depth = depth;
    this.escape = escape;
    this.line = line;
    this.lineStart = lineStart;
    this.offset = offset + n;
  }
  end() {
    if (this.state === SCALAR) {
      this.state = this.depth === 0 ? DONE : AFTER_VALUE;
      const text = this.scalarCarry;
      if (!isScalarText(Buffer.from(text, "latin1"), 0, text.length)) {
        this.fail(`Unexpected ${JSON.stringify(text)}`, this.line, this.offset - text.length - this.lineStart + 1, "expected a number, true, false or null");
      }
    }
    if (this.state !== DONE) {
      const where = this.state === STRING ? "inside a string" : "before the document is complete";
      throw new JsonSyntaxError(`the JSON ends ${where}`, this.line, this.offset - this.lineStart + 1, true);
    }
  }
  isCarriedScalar(chunk, end) {
    const whole = Buffer.concat([Buffer.from(this.scalarCarry, "latin1"), chunk.subarray(0, end)]);
    return isScalarText(whole, 0, whole.length);
  }
  growKinds() {
    const grown = new Uint8Array(this.kinds.length * 2);
    grown.set(this.kinds);
    this.kinds = grown;
  }
  endKey(chunk, end) {
    const line = this.captureLine;
    const name = this.takeCapture(chunk, end);
    this.topKey = name;
    this.use = this.handlers.key(name, line);
  }
  endValue(chunk, end) {
    const element = this.capture === CAPTURE_ELEMENT;
    const line = this.captureLine;
    const value = this.takeCapture(chunk, end);
    this.handlers.value(this.topKey, value, line, element);
  }
  startCapture(kind, i, depth, line) {
    this.capture = kind;
    this.captureDepth = kind === CAPTURE_KEY ? -1 : depth;
    this.captureStart = i;
    this.captureParts = [];
    this.captureLine = line;
  }
  takeCapture(chunk, end) {
    const parts = this.captureParts;
    const last = chunk.subarray(this.captureStart, end);
    const text = parts.length === 0 ? last.toString("utf8") : Buffer.concat([...parts, last]).toString("utf8");
    this.capture = NO_CAPTURE;
    this.captureDepth = -1;
    this.captureParts = [];
    return JSON.parse(text);
  }
  fail(problem, line, column, expected) {
    throw new JsonSyntaxError(`${problem} at column ${column}${expected ? `, ${expected}` : ""}`, line, column, false);
  }
};

// src/sources/pulumi-preview.ts
var OPS = {
  same: "skip",
  read: "skip",
  "read-replacement": "skip",
  refresh: "skip",
  // `discard` drops a read-only resource from the state: nothing in the cloud changes.
  discard: "skip",
  "discard-replaced": "skip",
  create: "create",
  update: "update",
  delete: "delete",
  // A replacement is listed as up to three steps; one action is made per URN.
  replace: "replace",
  "create-replacement": "replace",
  "delete-replaced": "replace",
  // Leaves Pulumi's control like Terraform's `forget`: gated as the stricter delete.
  "remove-pending-replace": "delete",
  import: "import",
  "import-replacement": "import"
};
var PULUMI_UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
var SECRET_SIGNATURE_KEY = "4dabf18193072939515e22adb298388d";
var SECRET_SIGNATURE = "1b47061264138c4ac30d75fd1eb44270";
function pulumiStepAction(step, place, state) {
  if (!isObject(step)) return { error: 'a "steps" entry is not an object' };
  const { op, urn } = step;
  if (typeof op !== "string") return { error: `a step has no "op"${typeof urn === "string" ? ` (${urn})` : ""}` };
  if (typeof urn !== "string" || !urn.startsWith("urn:pulumi:")) return { error: `step "${op}" has no Pulumi "urn"` };
  const kind = Object.prototype.hasOwnProperty.call(OPS, op) ? OPS[op] : void 0;
  if (kind === void 0) return { error: `${urn}: unknown step op "${op}"` };
  if (kind === "skip") return { skip: true };
  if (kind === "replace") {
    if (state.replaced.has(urn)) return { skip: true };
    state.replaced.add(urn);
  }
  const parsed = parseUrn(urn);
  if (!parsed) return { error: `${urn}: not a Pulumi URN (urn:pulumi:STACK::PROJECT::TYPE::NAME)` };
  const newState = isObject(step.newState) ? step.newState : isObject(step.new) ? step.new : void 0;
  const oldState = isObject(step.oldState) ? step.oldState : isObject(step.old) ? step.old : void 0;
  const type = typeof newState?.type === "string" ? newState.type : typeof oldState?.type === "string" ? oldState.type : parsed.type;
  const inputs = kind === "delete" ? void 0 : newState?.inputs;
  const action = {
    type: "infra.change",
    address: parsed.name,
    resourceType: type,
    provider: type.split(":")[0],
    change: kind,
    module: parsed.parents.join("$"),
    after: withSnakeCaseAliases(pulumiAttributes(inputs)),
    origin: { source: "plan", file: place.file, line: place.line, detail: `${parsed.name} ${op} (Pulumi)` }
  };
  return { action };
}
function isChangingOp(op) {
  return Object.prototype.hasOwnProperty.call(OPS, op) && OPS[op] !== "skip";
}
function parseUrn(urn) {
  const parts = urn.split("::");
  if (parts.length < 4) return void 0;
  const types = parts[2].split("$");
  const name = parts.slice(3).join("::");
  if (!name || !types[types.length - 1]) return void 0;
  return { type: types[types.length - 1], parents: types.slice(0, -1), name };
}
function pulumiAttributes(inputs) {
  const unknown = masks(inputs, isUnknownValue);
  const sensitive = masks(inputs, isSecretValue);
  return flattenAfter(stripMarked(inputs), unknown, sensitive);
}
function isUnknownValue(v2) {
  return v2 === PULUMI_UNKNOWN;
}
function isSecretValue(v2) {
  return v2 === "[secret]" || isObject(v2) && v2[SECRET_SIGNATURE_KEY] === SECRET_SIGNATURE;
}
function masks(value, marked) {
  if (marked(value)) return true;
  if (isSecretValue(value)) return false;
  if (Array.isArray(value)) return value.map((v2) => masks(v2, marked));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k2, v2]) => [k2, masks(v2, marked)]));
  return false;
}
function stripMarked(value) {
  if (isUnknownValue(value) || isSecretValue(value)) return null;
  if (Array.isArray(value)) return value.map(stripMarked);
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k2, v2]) => [k2, stripMarked(v2)]));
  return value;
}

// src/sources/plan-file.ts
var PLAN_FORMATS = ["auto", "terraform", "pulumi", "cloudformation"];
var TERRAFORM_HINT = "produce it with `terraform show -json plan.out > plan.json` (or `tofu show -json`)";
var PULUMI_HINT = "produce it with `pulumi preview --json > preview.json` (a preview that succeeded)";
var FORMAT_LABELS = {
  terraform: "a Terraform/OpenTofu plan",
  pulumi: "a Pulumi preview",
  cloudformation: "a CloudFormation change set"
};
function terraformReader() {
  let formatVersion;
  return {
    hint: TERRAFORM_HINT,
    marks: ["format_version", "resource_changes", "planned_values"],
    use: (key) => key === "format_version" || key === "errored" ? "whole" : key === "resource_changes" ? "elements" : "skip",
    value(key, value, place, element) {
      if (key === "errored") {
        if (value === false) return void 0;
        return {
          error: value === true ? 'the plan failed ("errored": true): its resource changes are incomplete, so it cannot be judged' : `"errored" is ${JSON.stringify(value)}, not true or false`,
          hint: "fix the error terraform reported, plan again and gate the new plan"
        };
      }
      if (key === "format_version") {
        formatVersion = value;
        if (typeof value !== "string" || !/^1\.\d+/.test(value)) return { error: `unsupported plan format_version ${JSON.stringify(value)} (SafeClaw reads 1.x)` };
        return void 0;
      }
      if (!element) return value === null ? void 0 : { error: `"resource_changes" is not a list (it is ${describeJson(value)})` };
      return resourceChangeAction(value, place);
    },
    finish(keys, label) {
      if (formatVersion === void 0) throw new SourceError({ file: label }, 'not a Terraform/OpenTofu plan: no "format_version"', TERRAFORM_HINT);
      if (!keys.has("planned_values") && !keys.has("resource_changes")) {
        throw new SourceError({ file: label }, 'not a Terraform/OpenTofu plan: it has no "planned_values" or "resource_changes" (a state file?)', TERRAFORM_HINT);
      }
    }
  };
}
function pulumiReader() {
  const state = { replaced: /* @__PURE__ */ new Set() };
  let changes = 0;
  let summarised = 0;
  return {
    hint: PULUMI_HINT,
    marks: ["steps", "changeSummary"],
    use: (key) => key === "steps" ? "elements" : key === "diagnostics" || key === "changeSummary" ? "whole" : "skip",
    value(key, value, place, element) {
      if (key === "diagnostics") {
        const errors = Array.isArray(value) ? value.filter((d2) => isRecord(d2) && d2.severity === "error") : [];
        if (errors.length === 0) return void 0;
        const first = String(errors[0].message ?? "").trim().split("\n")[0].slice(0, 200);
        return { error: `the preview failed (${errors.length} error diagnostic${errors.length === 1 ? "" : "s"}: ${first}): its steps are incomplete, so it cannot be judged`, hint: "fix the error pulumi reported, run `pulumi preview --json` again and gate the new preview" };
      }
      if (key === "changeSummary") {
        if (!isRecord(value)) return { error: '"changeSummary" is not an object' };
        summarised = Object.entries(value).reduce((n, [op, count]) => isChangingOp(op) && typeof count === "number" ? n + count : n, 0);
        return void 0;
      }
      if (!element) return value === null ? void 0 : { error: `"steps" is not a list (it is ${describeJson(value)})` };
      const result = pulumiStepAction(value, place, state);
      if ("action" in result) changes++;
      return result;
    },
    finish(keys, label) {
      if (!keys.has("steps") && !keys.has("changeSummary")) throw new SourceError({ file: label }, 'not a Pulumi preview: no "steps" or "changeSummary"', PULUMI_HINT);
      if (summarised > 0 && changes === 0) {
        throw new SourceError({ file: label }, `the preview's changeSummary counts ${summarised} change(s) but no step lists one`, PULUMI_HINT);
      }
    }
  };
}
function cloudFormationReader() {
  let statusSeen;
  let reason = "";
  return {
    hint: CHANGE_SET_HINT,
    marks: ["Changes", "ChangeSetId", "ChangeSetName"],
    use: (key) => key === "Changes" ? "elements" : key === "Status" || key === "StatusReason" || key === "NextToken" || key === "ExecutionStatus" ? "whole" : "skip",
    value(key, value, place, element) {
      if (key === "Changes") {
        if (!element) return value === null ? void 0 : { error: `"Changes" is not a list (it is ${describeJson(value)})` };
        return changeSetEntryAction(value, place);
      }
      if (key === "NextToken" && value !== null && value !== "") {
        return { error: 'the change set has more pages ("NextToken"): these changes are only part of it', hint: "describe it without --max-items (the AWS CLI then reads every page) and gate the whole output" };
      }
      if (key === "Status") statusSeen = { value, place };
      if (key === "StatusReason") reason = typeof value === "string" ? value : "";
      return void 0;
    },
    finish(keys, label) {
      if (!keys.has("Changes") && !keys.has("ChangeSetId")) throw new SourceError({ file: label }, 'not a CloudFormation change set: no "Changes" or "ChangeSetId"', CHANGE_SET_HINT);
      if (!statusSeen) throw new SourceError({ file: label }, 'the change set has no "Status"', CHANGE_SET_HINT);
      const { value, place } = statusSeen;
      if (value === "CREATE_COMPLETE") return;
      if (value === "FAILED" && /didn't contain changes|No updates are to be performed/i.test(reason)) return;
      throw new SourceError(
        { file: label, line: place.line },
        `the change set is ${JSON.stringify(value)}${reason ? ` (${reason.slice(0, 200)})` : ""}, not CREATE_COMPLETE: its changes are incomplete or unknown, so it cannot be judged`,
        CHANGE_SET_HINT
      );
    }
  };
}
var READERS = {
  terraform: terraformReader,
  pulumi: pulumiReader,
  cloudformation: cloudFormationReader
};
async function readPlanFileActions(file, label = file, options = {}) {
  const format = options.format ?? "auto";
  const active = (format === "auto" ? Object.keys(READERS) : [format]).map((name) => ({ name, reader: READERS[name](), actions: [] }));
  const keys = /* @__PURE__ */ new Set();
  let takers = [];
  const hintFor = (readers) => {
    const seen = readers.filter((r2) => r2.reader.marks.some((k2) => keys.has(k2)));
    const pick = readers.length === 1 ? readers : seen.length === 1 ? seen : readers;
    return pick.map((r2) => r2.reader.hint).join("; or ");
  };
  const handlers = {
    key(name) {
      keys.add(name);
      takers = active.filter((a) => a.reader.use(name) !== "skip");
      if (takers.length === 0) return "skip";
      return takers[0].reader.use(name);
    },
    value(name, value, line, element) {
      for (const taker of takers) {
        const result = taker.reader.value(name, value, { file: label, line }, element);
        if (!result || "skip" in result) continue;
        if ("error" in result) throw new SourceError({ file: label, line }, result.error, result.hint ?? taker.reader.hint);
        taker.actions.push(result.action);
      }
    }
  };
  try {
    await scanTopLevelFile(file, handlers, options.chunkBytes);
  } catch (err) {
    if (err instanceof SourceError) throw err;
    if (err instanceof JsonSyntaxError) {
      if (err.truncated) throw new SourceError({ file: label, line: err.line }, "plan JSON ends early (the file is truncated)", hintFor(active));
      throw new SourceError({ file: label, line: err.line }, `not valid plan JSON: ${err.message}`, hintFor(active));
    }
    const code = err.code;
    if (code === "ENOENT" || code === "EISDIR" || code === "EACCES") throw new SourceError({ file: label }, `cannot read plan file (${code})`, hintFor(active));
    throw err;
  }
  const chosen = format === "auto" ? active.filter((a) => a.reader.marks.some((k2) => keys.has(k2))) : active;
  if (chosen.length === 0) {
    throw new SourceError({ file: label }, `not a plan: it is not ${Object.values(FORMAT_LABELS).join(", ")} (none of their top-level keys is there)`, hintFor(active));
  }
  if (chosen.length > 1) {
    throw new SourceError(
      { file: label },
      `ambiguous plan: it has the top-level keys of ${chosen.map((c3) => `${FORMAT_LABELS[c3.name]} (${c3.reader.marks.filter((k2) => keys.has(k2)).join(", ")})`).join(" and of ")}`,
      `pass --plan-format (${PLAN_FORMATS.slice(1).join(", ")}) to say what the file is`
    );
  }
  chosen[0].reader.finish(keys, label);
  return chosen[0].actions;
}
function isRecord(v2) {
  return typeof v2 === "object" && v2 !== null && !Array.isArray(v2);
}
function describeJson(value) {
  if (Array.isArray(value)) return "a list";
  return value === null ? "null" : `${typeof value === "object" ? "an object" : `a ${typeof value}`}`;
}

// src/sources/collect.ts
var import_promises2 = __toESM(require_promises(), 1);
var import_node_path2 = __toESM(require_path(), 1);

// src/sources/git-diff.ts
var import_node_child_process2 = __toESM(require_child_process(), 1);

// node_modules/@simple-git/args-pathspec/dist/index.mjs
var t = /* @__PURE__ */ new WeakMap();
function c(...n) {
  const e = new String(n);
  return t.set(e, n), e;
}
function r(n) {
  return n instanceof String && t.has(n);
}
function o(n) {
  return t.get(n) ?? [];
}

// node_modules/simple-git/dist/index.mjs
var import_file_exists = __toESM(require_dist(), 1);
var import_node_child_process = __toESM(require_child_process(), 1);
var import_debug = __toESM(require_src(), 1);
var import_promise_deferred = __toESM(require_dist2(), 1);
var import_node_path = __toESM(require_path(), 1);

// node_modules/@simple-git/argv-parser/dist/index.mjs
function* x(e, n) {
  const t2 = n === "global";
  for (const o2 of e)
    o2.isGlobal === t2 && (yield o2);
}
var P = /* @__PURE__ */ new Set([
  "--add",
  "--edit",
  "--remove-section",
  "--rename-section",
  "--replace-all",
  "--unset",
  "--unset-all",
  "-e"
]);
var S = /* @__PURE__ */ new Set([
  "--get",
  "--get-all",
  "--get-color",
  "--get-colorbool",
  "--get-regexp",
  "--get-urlmatch",
  "--list",
  "-l"
]);
var E = /* @__PURE__ */ new Set([
  "edit",
  "remove-section",
  "rename-section",
  "set",
  "unset"
]);
var F = /* @__PURE__ */ new Set(["get", "get-color", "get-colorbool", "list"]);
function A(e, n) {
  for (const { name: o2 } of x(e, "task")) {
    if (P.has(o2))
      return w(true, n);
    if (S.has(o2))
      return w(false, n);
  }
  const t2 = n.at(0)?.toLowerCase();
  return t2 === void 0 ? null : E.has(t2) ? w(true, n.slice(1)) : F.has(t2) ? w(false, n.slice(1)) : n.length === 1 ? w(false, n) : w(true, n);
}
function w(e = false, n = []) {
  const t2 = n.at(0)?.toLowerCase();
  return t2 === void 0 ? null : {
    isWrite: e,
    isRead: !e,
    key: t2,
    value: n.at(1)
  };
}
function O(e, n) {
  return n.isWrite && n.value !== void 0 ? { key: n.key, value: n.value, scope: e } : { key: n.key, scope: e };
}
function G(e) {
  const n = e?.indexOf("=") || -1;
  return !e || n < 0 ? null : {
    key: e.slice(0, n).trim().toLowerCase(),
    value: e.slice(n + 1)
  };
}
function M(e) {
  for (const { name: n } of x(e, "task"))
    switch (n) {
      case "--global":
        return "global";
      case "--system":
        return "system";
      case "--worktree":
        return "worktree";
      case "--local":
        return "local";
      case "--file":
      case "-f":
        return "file";
    }
  return "local";
}
function N({ name: e }) {
  if (e === "-c" || e === "--config")
    return "inline";
  if (e === "--config-env")
    return "env";
}
function* $(e) {
  for (const n of e) {
    const t2 = N(n), o2 = t2 && G(n.value);
    o2 && (yield {
      ...o2,
      scope: t2
    });
  }
}
function D(e, n, t2) {
  const o2 = {
    read: [],
    write: [...$(n)]
  };
  return e === "config" && L(
    o2,
    M(n),
    A(n, t2)
  ), o2;
}
function L(e, n, t2) {
  if (t2 === null)
    return;
  const o2 = O(n, t2);
  t2.isWrite ? e.write.push(o2) : e.read.push(o2);
}
var C = {
  short: /* @__PURE__ */ new Map([
    ["c", true]
    //  -c <k=v>    set config key for this invocation
  ])
};
var I = {
  short: new Map([
    ["C", true],
    //  -C <path>   change working directory
    ["P", false],
    // -P          no pager (alias for --no-pager)
    ["h", false],
    // -h          help
    ["p", false],
    // -p          paginate
    ["v", false],
    // -v          version
    ...C.short.entries()
  ]),
  long: /* @__PURE__ */ new Set([
    "attr-source",
    "config-env",
    "exec-path",
    "git-dir",
    "list-cmds",
    "namespace",
    "super-prefix",
    "work-tree"
  ])
};
var R = {
  clone: {
    short: /* @__PURE__ */ new Map([
      ["b", true],
      // -b <branch>
      ["j", true],
      // -j <n>          parallel jobs
      ["l", false],
      // -l local
      ["n", false],
      // -n no-checkout
      ["o", true],
      // -o <name>       remote name
      ["q", false],
      // -q quiet
      ["s", false],
      // -s shared
      ["u", true]
      // -u <upload-pack>
    ]),
    long: /* @__PURE__ */ new Set(["branch", "config", "jobs", "origin", "upload-pack", "u", "template"])
  },
  commit: {
    short: /* @__PURE__ */ new Map([
      ["C", true],
      // -C <commit>  reuse message
      ["F", true],
      // -F <file>    read message from file
      ["c", true],
      // -c <commit>  reedit message
      ["m", true],
      // -m <msg>
      ["t", true]
      // -t <template>
    ]),
    long: /* @__PURE__ */ new Set(["file", "message", "reedit-message", "reuse-message", "template"])
  },
  config: {
    short: /* @__PURE__ */ new Map([
      ["e", false],
      // -e  open editor
      ["f", true],
      //  -f <file>
      ["l", false]
      // -l  list
    ]),
    long: /* @__PURE__ */ new Set(["blob", "comment", "default", "file", "type", "value"])
  },
  fetch: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["upload-pack"])
  },
  init: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["template"])
  },
  pull: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["upload-pack"])
  },
  push: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["exec", "receive-pack"])
  },
  rebase: {
    short: /* @__PURE__ */ new Map([
      ["X", true],
      // -X <option>   strategy option
      ["f", false],
      // -f force-rebase
      ["i", false],
      // -i interactive
      ["k", false],
      // -k keep-base
      ["m", false],
      // -m merge
      ["n", false],
      // -n no-stat
      ["q", false],
      // -q quiet
      ["r", false],
      // -r rebase-merges
      ["s", true],
      // -s <strategy>
      ["v", false],
      // -v verbose
      ["x", true]
      // -x <cmd>      exec
    ]),
    long: /* @__PURE__ */ new Set(["exec", "onto", "strategy", "strategy-option"])
  }
};
var T = { short: /* @__PURE__ */ new Map(), long: /* @__PURE__ */ new Set() };
function B(e) {
  const n = R[e ?? ""] ?? T;
  return {
    short: new Map([...C.short.entries(), ...n.short.entries()]),
    long: n.long
  };
}
function b(e, n = I) {
  if (e.startsWith("--")) {
    const t2 = e.indexOf("=");
    if (t2 > 2)
      return [{ name: e.slice(0, t2), value: e.slice(t2 + 1), needsNext: false }];
    const o2 = e.slice(2);
    return [{ name: e, needsNext: n.long.has(o2) }];
  }
  if (e.length === 2) {
    const t2 = e.charAt(1), o2 = n.short.get(t2);
    return [{ name: e, needsNext: o2 === true }];
  }
  return j(e, n.short);
}
function j(e, n) {
  const t2 = e.slice(1).split(""), o2 = [];
  for (let a = 0; a < t2.length; a++) {
    const s = t2[a], r2 = n.get(s);
    if (r2 === void 0)
      return [{ name: e, needsNext: false }];
    if (r2) {
      const i = t2.slice(a + 1).join("");
      if (i && ![...i].every((m2) => n.has(m2)))
        return o2.push({ name: `-${s}`, value: i, needsNext: false }), o2;
    }
    o2.push({ name: `-${s}`, needsNext: r2 });
  }
  return o2;
}
function W(e, n = []) {
  let t2 = 0;
  for (; t2 < e.length; ) {
    const o2 = String(e[t2]);
    if (!o2.startsWith("-") || o2.length < 2) break;
    const a = b(o2);
    let s = t2 + 1;
    for (const r2 of a) {
      const i = {
        name: r2.name,
        value: r2.value,
        absorbedNext: false,
        isGlobal: true
      };
      r2.needsNext && i.value === void 0 && s < e.length && (i.value = String(e[s]), i.absorbedNext = true, s++), n.push(i);
    }
    t2 = s;
  }
  return { flags: n, taskIndex: t2 };
}
function V(e, n, t2 = []) {
  const o2 = B(n), a = [], s = [];
  let r2 = 0;
  for (; r2 < e.length; ) {
    const i = e[r2];
    if (r(i)) {
      s.push(...o(i)), r2++;
      continue;
    }
    const p2 = String(i);
    if (p2 === "--") {
      for (let d2 = r2 + 1; d2 < e.length; d2++) {
        const g2 = e[d2];
        r(g2) ? s.push(...o(g2)) : s.push(String(g2));
      }
      break;
    }
    if (!p2.startsWith("-") || p2.length < 2) {
      a.push(p2), r2++;
      continue;
    }
    const m2 = b(p2, o2);
    let u2 = r2 + 1;
    for (const d2 of m2) {
      const g2 = {
        name: d2.name,
        value: d2.value,
        absorbedNext: false,
        isGlobal: false
      };
      d2.needsNext && g2.value === void 0 && u2 < e.length && !r(e[u2]) && (g2.value = String(e[u2]), g2.absorbedNext = true, u2++), t2.push(g2);
    }
    r2 = u2;
  }
  return { flags: t2, positionals: a, pathspecs: s };
}
function* q({
  write: e
}) {
  for (const n of e)
    for (const t2 of K) {
      const o2 = t2(n.key);
      o2 && (yield o2);
    }
}
function f(e, n, t2 = String(e)) {
  const o2 = typeof e == "string" ? new RegExp(`\\s*${e.toLowerCase()}`) : e;
  return function(s) {
    if (o2.test(s))
      return {
        category: n,
        message: `Configuring ${t2} is not permitted without enabling ${n}`
      };
  };
}
function l(e, n) {
  const t2 = new RegExp(`\\s*${e.toLowerCase().replace(/\./g, "(..+)?.")}`);
  return f(t2, n, e);
}
var K = [
  f("alias", "allowUnsafeAlias"),
  f("core.askPass", "allowUnsafeAskPass"),
  f("core.editor", "allowUnsafeEditor"),
  f("core.fsmonitor", "allowUnsafeFsMonitor"),
  f("core.gitProxy", "allowUnsafeGitProxy"),
  f("core.hooksPath", "allowUnsafeHooksPath"),
  f("core.pager", "allowUnsafePager"),
  f("core.sshCommand", "allowUnsafeSshCommand"),
  l("credential.helper", "allowUnsafeCredentialHelper"),
  l("diff.command", "allowUnsafeDiffExternal"),
  f("diff.external", "allowUnsafeDiffExternal"),
  l("difftool.cmd", "allowUnsafeDiffExternal"),
  l("diff.textconv", "allowUnsafeDiffTextConv"),
  l("filter.clean", "allowUnsafeFilter"),
  l("filter.process", "allowUnsafeFilter"),
  l("filter.smudge", "allowUnsafeFilter"),
  l("gpg.program", "allowUnsafeGpgProgram"),
  f("include.path", "allowUnsafeInclude"),
  l("includeIf", "allowUnsafeInclude"),
  f("init.templateDir", "allowUnsafeTemplateDir"),
  l("pager.", "allowUnsafePager"),
  l("merge.driver", "allowUnsafeMergeDriver"),
  l("mergetool.path", "allowUnsafeMergeDriver"),
  l("mergetool.cmd", "allowUnsafeMergeDriver"),
  l("protocol.allow", "allowUnsafeProtocolOverride"),
  l("remote.receivepack", "allowUnsafePack"),
  l("remote.uploadpack", "allowUnsafePack"),
  f("uploadpack.packObjectsHook", "allowUnsafePack"),
  f("sequence.editor", "allowUnsafeEditor"),
  l("submodule.update", "allowUnsafeSubmodule"),
  l("tar.command", "allowUnsafeCommandBinaries"),
  l("trailer.cmd", "allowUnsafeCommandBinaries"),
  l("trailer.command", "allowUnsafeCommandBinaries"),
  l("url.insteadOf", "allowUnsafeUrlRewrite")
];
function* H(e, n) {
  for (const t2 of n)
    for (const o2 of X) {
      const a = o2(e, t2);
      a && (yield a);
    }
}
function c2(e, n, t2, { name: o2 = String(n), globalOnly: a = false, withValue: s = false } = {}) {
  const r2 = typeof n == "string" ? new RegExp(`\\s*${n.toLowerCase()}`) : n, i = `Use of ${e ? `${e} with option ` : ""}${o2} is not permitted without enabling ${t2}`;
  return function(m2, u2) {
    if (!(e && m2 !== e) && !(a && !u2.isGlobal) && !(s && u2.value === void 0) && r2.test(u2.name))
      return {
        category: t2,
        message: i
      };
  };
}
var h = { globalOnly: true, withValue: true };
var X = [
  c2(null, /--(upload|receive)-pack/, "allowUnsafePack", {
    name: "--upload-pack or --receive-pack"
  }),
  c2("clone", /^-\w*u/, "allowUnsafePack"),
  c2("clone", "--u", "allowUnsafePack"),
  c2("push", /^--exec$/, "allowUnsafePack", { name: "--exec" }),
  // `git` accepts unambiguous abbreviations of long options, so `--ex` and `--exe` are `--exec`
  c2("rebase", /^(-x|--ex(ec?)?)$/, "allowUnsafeExec", { name: "-x or --exec" }),
  c2(null, "--template", "allowUnsafeTemplateDir"),
  c2(null, "--exec-path", "allowUnsafeExec", h),
  // `git` reads the configuration of whichever repository these name, so the
  // directory alone is enough to deliver config the argv guards never see
  c2(null, "--git-dir", "allowUnsafeConfigPaths", h),
  c2(null, "--work-tree", "allowUnsafeConfigPaths", h),
  c2(null, /^-C$/, "allowUnsafeConfigPaths", { ...h, name: "-C" })
];
function k(e, n, t2) {
  return [...H(e, n), ...q(t2)];
}
function Y(...e) {
  const { flags: n, taskIndex: t2 } = W(e), o2 = t2 < e.length ? String(e[t2]).toLowerCase() : null, a = o2 !== null ? e.slice(t2 + 1) : [], { positionals: s, pathspecs: r2 } = V(a, o2, n), i = D(o2, n, s);
  return {
    task: o2,
    flags: n.map(J),
    paths: r2,
    config: i,
    vulnerabilities: z(k(o2, n, i))
  };
}
function z(e) {
  return Object.defineProperty(e, "vulnerabilities", {
    value: e
  });
}
function J({ value: e, name: n }) {
  return e !== void 0 ? { name: n, value: e } : { name: n };
}
var y = {
  editor: "allowUnsafeEditor",
  git_askpass: "allowUnsafeAskPass",
  git_config_global: "allowUnsafeConfigPaths",
  git_config_system: "allowUnsafeConfigPaths",
  git_config_count: "allowUnsafeConfigEnvCount",
  git_config_parameters: "allowUnsafeConfigEnvCount",
  git_config: "allowUnsafeConfigPaths",
  git_editor: "allowUnsafeEditor",
  git_exec_path: "allowUnsafeExec",
  git_external_diff: "allowUnsafeDiffExternal",
  git_pager: "allowUnsafePager",
  git_proxy_command: "allowUnsafeGitProxy",
  git_template_dir: "allowUnsafeTemplateDir",
  git_sequence_editor: "allowUnsafeEditor",
  git_ssh: "allowUnsafeSshCommand",
  git_ssh_command: "allowUnsafeSshCommand",
  pager: "allowUnsafePager",
  prefix: "allowUnsafeConfigPaths",
  ssh_askpass: "allowUnsafeAskPass",
  visual: "allowUnsafeEditor"
};
function* Q(e) {
  const n = parseInt(e.git_config_count ?? "0", 10);
  for (let t2 = 0; t2 < n; t2++) {
    const o2 = e[`git_config_key_${t2}`], a = e[`git_config_value_${t2}`];
    o2 !== void 0 && (yield { key: o2.toLowerCase().trim(), value: a, scope: "env" });
  }
}
function* Z(e) {
  for (const n of Object.keys(e))
    if (_(n)) {
      const t2 = y[n];
      yield {
        category: t2,
        message: `Use of "${n.toUpperCase()}" is not permitted without enabling ${t2}`
      };
    }
}
function _(e) {
  return Object.hasOwn(y, e);
}
function ee(e) {
  const n = {};
  for (const [t2, o2] of Object.entries(e)) {
    const a = t2.toLowerCase().trim();
    (_(a) || a.startsWith("git")) && (n[a] = String(o2));
  }
  return n;
}
function ne(e) {
  const n = ee(e), t2 = {
    read: [],
    write: [...Q(n)]
  }, o2 = [
    ...Z(n),
    ...k(null, [], t2)
  ];
  return {
    config: t2,
    vulnerabilities: o2
  };
}
function oe(e, n) {
  return [...Y(...e).vulnerabilities, ...ne(n).vulnerabilities];
}

// node_modules/simple-git/dist/index.mjs
var import_node_events = __toESM(require_events(), 1);
var O2 = class extends Error {
  constructor(e, n) {
    super(n), this.task = e, Object.setPrototypeOf(this, new.target.prototype);
  }
};
var Ae = class extends O2 {
  constructor(e, n) {
    super(void 0, n), this.config = e;
  }
};
var A2 = class extends O2 {
  constructor(e, n, r2) {
    super(e, r2), this.task = e, this.plugin = n, Object.setPrototypeOf(this, new.target.prototype);
  }
};
var at = class extends O2 {
  constructor(e, n) {
    super(void 0, n || String(e)), this.git = e;
  }
};
var xe = class extends O2 {
  constructor(e) {
    super(void 0, e);
  }
};
var I2 = "\0";
var W2 = () => {
};
function Ne(t2) {
  return typeof t2 != "function" ? W2 : t2;
}
function $e(t2) {
  return typeof t2 == "function" && t2 !== W2;
}
function Pe(t2, e) {
  const n = t2.indexOf(e);
  return n <= 0 ? [t2, ""] : [t2.substr(0, n), t2.substr(n + 1)];
}
function Me(t2, e = 0) {
  return Dt(t2) && t2.length > e ? t2[e] : void 0;
}
function N2(t2, e = 0) {
  if (Dt(t2) && t2.length > e)
    return t2[t2.length - 1 - e];
}
function Dt(t2) {
  return Bt(t2);
}
function H2(t2 = "", e = true, n = `
`) {
  return t2.split(n).reduce((r2, s) => {
    const o2 = e ? s.trim() : s;
    return o2 && r2.push(o2), r2;
  }, []);
}
function ut(t2, e) {
  return H2(t2, true).map((n) => e(n));
}
function Lt(t2) {
  return (0, import_file_exists.exists)(t2, import_file_exists.FOLDER);
}
function S2(t2, e) {
  return Array.isArray(t2) ? t2.includes(e) || t2.push(e) : t2.add(e), e;
}
function De(t2, e) {
  return Array.isArray(t2) && !t2.includes(e) && t2.push(e), t2;
}
function ct(t2, e) {
  if (Array.isArray(t2)) {
    const n = t2.indexOf(e);
    n >= 0 && t2.splice(n, 1);
  } else
    t2.delete(e);
  return e;
}
var ft = Object.prototype.toString.call.bind(Object.prototype.toString);
function v(t2) {
  return Array.isArray(t2) ? t2 : [t2];
}
function jt(t2) {
  return t2.replace(/[\s-]+(.)/g, (e, n) => n.toUpperCase());
}
function L2(t2) {
  return v(t2).map((e) => e instanceof String ? e : String(e));
}
function p(t2, e = 0) {
  if (t2 == null)
    return e;
  const n = parseInt(t2, 10);
  return Number.isNaN(n) ? e : n;
}
function U(t2, e) {
  const n = [];
  for (let r2 = 0, s = t2.length; r2 < s; r2++)
    n.push(e, t2[r2]);
  return n;
}
function F2(t2) {
  return (Array.isArray(t2) ? Buffer.concat(t2) : t2).toString("utf-8");
}
function Le(t2) {
  return t2 ? Buffer.isBuffer(t2) ? t2.length : Buffer.byteLength(t2) : 0;
}
function je(t2, e) {
  const n = {};
  return e.forEach((r2) => {
    t2[r2] !== void 0 && (n[r2] = t2[r2]);
  }), n;
}
function wt(t2 = 0) {
  return new Promise((e) => setTimeout(e, t2));
}
function bt(t2) {
  if (t2 !== false)
    return t2;
}
function d(t2, e, n) {
  return e(t2) ? t2 : arguments.length > 2 ? n : void 0;
}
var K2 = (t2) => Array.isArray(t2);
function st(t2, e) {
  const n = r(t2) ? "string" : typeof t2;
  return /number|string|boolean/.test(n) && (!e || !e.includes(n));
}
var m = (t2) => typeof t2 == "string" || r(t2);
var Be = (t2) => m(t2) || Buffer.isBuffer(t2);
var G2 = (t2) => m(t2) || Array.isArray(t2) && t2.every(m);
function lt(t2) {
  return !!t2 && ft(t2) === "[object Object]";
}
function Ie(t2) {
  return typeof t2 == "function";
}
var Bt = (t2) => t2 == null || "number|boolean|function".includes(typeof t2) ? false : typeof t2.length == "number";
var V2 = /* @__PURE__ */ ((t2) => (t2[t2.SUCCESS = 0] = "SUCCESS", t2[t2.ERROR = 1] = "ERROR", t2[t2.NOT_FOUND = -2] = "NOT_FOUND", t2[t2.UNCLEAN = 128] = "UNCLEAN", t2))(V2 || {});
var z2 = class _z {
  constructor(e, n) {
    this.stdOut = e, this.stdErr = n;
  }
  asStrings() {
    return new _z(this.stdOut.toString("utf8"), this.stdErr.toString("utf8"));
  }
};
function Ue() {
  throw new Error("LineParser:useMatches not implemented");
}
var l2 = class {
  constructor(e, n) {
    this.matches = [], this.useMatches = Ue, this.parse = (r2, s) => (this.resetMatches(), this._regExp.every((o2, i) => this.addMatch(o2, i, r2(i))) ? this.useMatches(s, this.prepareMatches()) !== false : false), this._regExp = Array.isArray(e) ? e : [e], n && (this.useMatches = n);
  }
  resetMatches() {
    this.matches.length = 0;
  }
  prepareMatches() {
    return this.matches;
  }
  addMatch(e, n, r2) {
    const s = r2 && e.exec(r2);
    return s && this.pushMatch(n, s), !!s;
  }
  pushMatch(e, n) {
    this.matches.push(...n.slice(1));
  }
};
var x2 = class extends l2 {
  addMatch(e, n, r2) {
    return /^remote:\s/.test(String(r2)) && super.addMatch(e, n, r2);
  }
  pushMatch(e, n) {
    (e > 0 || n.length > 1) && super.pushMatch(e, n);
  }
};
var Fe = {
  binary: "git",
  maxConcurrentProcesses: 5,
  config: [],
  trimmed: false
};
function Ge(...t2) {
  const e = process.cwd(), n = Object.assign(
    { baseDir: e, ...Fe },
    ...t2.filter((r2) => typeof r2 == "object" && r2)
  );
  return n.baseDir = n.baseDir || e, n.trimmed = n.trimmed === true, n;
}
function It(t2, e = []) {
  return lt(t2) ? Object.keys(t2).reduce((n, r2) => {
    const s = t2[r2];
    if (r(s))
      n.push(s);
    else if (st(s, ["boolean"]))
      n.push(r2 + "=" + s);
    else if (Array.isArray(s))
      for (const o2 of s)
        st(o2, ["string", "number"]) || n.push(r2 + "=" + o2);
    else
      n.push(r2);
    return n;
  }, e) : e;
}
function h2(t2, e = 0, n = false) {
  const r2 = [];
  for (let s = 0, o2 = e < 0 ? t2.length : e; s < o2; s++)
    "string|number".includes(typeof t2[s]) && r2.push(String(t2[s]));
  return It(ht(t2), r2), n || r2.push(...ze(t2)), r2;
}
function ze(t2) {
  const e = typeof N2(t2) == "function";
  return L2(d(N2(t2, e ? 1 : 0), K2, []));
}
function ht(t2) {
  const e = Ie(N2(t2));
  return d(N2(t2, e ? 1 : 0), lt);
}
function u(t2, e = true) {
  const n = Ne(N2(t2));
  return e || $e(n) ? n : void 0;
}
function Tt(t2, e) {
  return t2(e.stdOut, e.stdErr);
}
function E2(t2, e, n, r2 = true) {
  return v(n).forEach((s) => {
    for (let o2 = H2(s, r2), i = 0, a = o2.length; i < a; i++) {
      const c3 = (y2 = 0) => {
        if (!(i + y2 >= a))
          return o2[i + y2];
      };
      e.some(({ parse: y2 }) => y2(c3, t2));
    }
  }), t2;
}
var mt = ({ exitCode: t2 }, e, n, r2) => {
  if (t2 === V2.UNCLEAN && Ve(e))
    return n(Buffer.from("false"));
  r2(e);
};
var Ut = (t2) => t2.trim() === "true";
function We(t2) {
  switch (t2) {
    case "bare":
      return Ke();
    case "root":
      return He();
  }
  return {
    commands: ["rev-parse", "--is-inside-work-tree"],
    format: "utf-8",
    onError: mt,
    parser: Ut
  };
}
function He() {
  return {
    commands: ["rev-parse", "--git-dir"],
    format: "utf-8",
    onError: mt,
    parser(e) {
      return /^\.(git)?$/.test(e.trim());
    }
  };
}
function Ke() {
  return {
    commands: ["rev-parse", "--is-bare-repository"],
    format: "utf-8",
    onError: mt,
    parser: Ut
  };
}
function Ve(t2) {
  return /(Not a git repository|Kein Git-Repository)/i.test(String(t2));
}
var Xe = class {
  constructor(e) {
    this.paths = [], this.files = [], this.folders = [], this.dryRun = e;
  }
};
var Ye = /^[a-z]+\s*/i;
var Qe = /^[a-z]+\s+[a-z]+\s*/i;
var Je = /\/$/;
function Ze(t2, e) {
  const n = new Xe(t2), r2 = t2 ? Qe : Ye;
  return H2(e).forEach((s) => {
    const o2 = s.replace(r2, "");
    n.paths.push(o2), (Je.test(o2) ? n.folders : n.files).push(o2);
  }), n;
}
var Ft = [];
function tn(t2) {
  return {
    commands: Ft,
    format: "empty",
    parser: t2
  };
}
function b2(t2) {
  return {
    commands: Ft,
    format: "empty",
    parser() {
      throw typeof t2 == "string" ? new xe(t2) : t2;
    }
  };
}
function g(t2, e = false) {
  return {
    commands: t2,
    format: "utf-8",
    parser(n) {
      return e ? String(n).trim() : n;
    }
  };
}
function Gt(t2) {
  return {
    commands: t2,
    format: "buffer",
    parser(e) {
      return e;
    }
  };
}
function en(t2) {
  return t2.format === "buffer";
}
function kt(t2) {
  return t2.format === "empty" || !t2.commands.length;
}
var nn = "Git clean interactive mode is not supported";
var rn = 'Git clean mode parameter ("n" or "f") is required';
var sn = "Git clean unknown option found in: ";
var zt = /* @__PURE__ */ ((t2) => (t2.DRY_RUN = "n", t2.FORCE = "f", t2.IGNORED_INCLUDED = "x", t2.IGNORED_ONLY = "X", t2.EXCLUDING = "e", t2.QUIET = "q", t2.RECURSIVE = "d", t2))(zt || {});
var qt = /* @__PURE__ */ new Set([
  "i",
  ...L2(Object.values(zt))
]);
function on(t2, e) {
  const { cleanMode: n, options: r2, valid: s } = cn(t2);
  return n ? s.options ? (r2.push(...e), r2.some(hn) ? b2(nn) : an(n, r2)) : b2(sn + JSON.stringify(t2)) : b2(rn);
}
function an(t2, e) {
  return {
    commands: ["clean", `-${t2}`, ...e],
    format: "utf-8",
    parser(r2) {
      return Ze(t2 === "n", r2);
    }
  };
}
function un(t2) {
  return Array.isArray(t2) && t2.every((e) => qt.has(e));
}
function cn(t2) {
  let e, n = [], r2 = { cleanMode: false, options: true };
  return t2.replace(/[^a-z]i/g, "").split("").forEach((s) => {
    fn(s) ? (e = s, r2.cleanMode = true) : r2.options = r2.options && ln(n[n.length] = `-${s}`);
  }), {
    cleanMode: e,
    options: n,
    valid: r2
  };
}
function fn(t2) {
  return t2 === "f" || t2 === "n";
}
function ln(t2) {
  return /^-[a-z]$/i.test(t2) && qt.has(t2.charAt(1));
}
function hn(t2) {
  return /^-[^\-]/.test(t2) ? t2.indexOf("i") > 0 : t2 === "--interactive";
}
var mn = class {
  constructor() {
    this.files = [], this.values = /* @__PURE__ */ Object.create(null);
  }
  get all() {
    return this._all || (this._all = this.files.reduce((e, n) => Object.assign(e, this.values[n]), {})), this._all;
  }
  addFile(e) {
    if (!(e in this.values)) {
      const n = N2(this.files);
      this.values[e] = n ? Object.create(this.values[n]) : {}, this.files.push(e);
    }
    return this.values[e];
  }
  addValue(e, n, r2) {
    const s = this.addFile(e);
    Object.hasOwn(s, n) ? Array.isArray(s[n]) ? s[n].push(r2) : s[n] = [s[n], r2] : s[n] = r2, this._all = void 0;
  }
};
function pn(t2) {
  const e = new mn();
  for (const n of Wt(t2))
    e.addValue(n.file, String(n.key), n.value);
  return e;
}
function dn(t2, e) {
  let n = null;
  const r2 = [], s = /* @__PURE__ */ new Map();
  for (const o2 of Wt(t2, e))
    o2.key === e && (r2.push(n = o2.value), s.has(o2.file) || s.set(o2.file, []), s.get(o2.file).push(n));
  return {
    key: e,
    paths: Array.from(s.keys()),
    scopes: s,
    value: n,
    values: r2
  };
}
function gn(t2) {
  return t2.replace(/^(file):/, "");
}
function* Wt(t2, e = null) {
  const n = t2.split("\0");
  for (let r2 = 0, s = n.length - 1; r2 < s; ) {
    const o2 = gn(n[r2++]);
    let i = n[r2++], a = e;
    if (i.includes(`
`)) {
      const c3 = Pe(i, `
`);
      a = c3[0], i = c3[1];
    }
    yield { file: o2, key: a, value: i };
  }
}
var Ht = /* @__PURE__ */ ((t2) => (t2.system = "system", t2.global = "global", t2.local = "local", t2.worktree = "worktree", t2))(Ht || {});
function Y2(t2, e) {
  return typeof t2 == "string" && Object.hasOwn(Ht, t2) ? t2 : e;
}
function yn(t2, e, n, r2) {
  const s = ["config", `--${r2}`];
  return n && s.push("--add"), s.push(t2, e), {
    commands: s,
    format: "utf-8",
    parser(o2) {
      return o2;
    }
  };
}
function wn(t2, e) {
  const n = ["config", "--null", "--show-origin", "--get-all", t2];
  return e && n.splice(1, 0, `--${e}`), {
    commands: n,
    format: "utf-8",
    parser(r2) {
      return dn(r2, t2);
    }
  };
}
function bn(t2) {
  const e = ["config", "--list", "--show-origin", "--null"];
  return t2 && e.push(`--${t2}`), {
    commands: e,
    format: "utf-8",
    parser(n) {
      return pn(n);
    }
  };
}
function Tn() {
  return {
    addConfig(t2, e, ...n) {
      return this._runTask(
        yn(
          t2,
          e,
          n[0] === true,
          Y2(
            n[1],
            "local"
            /* local */
          )
        ),
        u(arguments)
      );
    },
    getConfig(t2, e) {
      return this._runTask(
        wn(t2, Y2(e, void 0)),
        u(arguments)
      );
    },
    listConfig(...t2) {
      return this._runTask(
        bn(Y2(t2[0], void 0)),
        u(arguments)
      );
    }
  };
}
var Kt = /* @__PURE__ */ ((t2) => (t2.ADDED = "A", t2.COPIED = "C", t2.DELETED = "D", t2.MODIFIED = "M", t2.RENAMED = "R", t2.CHANGED = "T", t2.UNMERGED = "U", t2.UNKNOWN = "X", t2.BROKEN = "B", t2))(Kt || {});
var kn = new Set(Object.values(Kt));
function _n(t2) {
  return kn.has(t2);
}
var _t;
var vn = ["-h"];
var j2 = /* @__PURE__ */ Symbol("grepQuery");
var En = class {
  constructor() {
    this[_t] = [];
  }
  *[(_t = j2, Symbol.iterator)]() {
    for (const e of this[j2])
      yield e;
  }
  and(...e) {
    return e.length && this[j2].push("--and", "(", ...U(e, "-e"), ")"), this;
  }
  param(...e) {
    return this[j2].push(...U(e, "-e")), this;
  }
};
function Sn(...t2) {
  return new En().param(...t2);
}
function Rn(t2) {
  const e = /* @__PURE__ */ new Set(), n = {};
  return ut(t2, (r2) => {
    const [s, o2, i] = r2.split(I2);
    e.add(s), (n[s] = n[s] || []).push({
      line: p(o2),
      path: s,
      preview: i
    });
  }), {
    paths: e,
    results: n
  };
}
function On() {
  return {
    grep(t2) {
      const e = u(arguments), n = h2(arguments);
      for (const s of vn)
        if (n.includes(s))
          return this._runTask(
            b2(`git.grep: use of "${s}" is not supported.`),
            e
          );
      typeof t2 == "string" && (t2 = Sn().param(t2));
      const r2 = ["grep", "--null", "-n", "--full-name", ...n, ...t2];
      return this._runTask(
        {
          commands: r2,
          format: "utf-8",
          parser(s) {
            return Rn(s);
          }
        },
        e
      );
    }
  };
}
var Vt = /* @__PURE__ */ ((t2) => (t2.MIXED = "mixed", t2.SOFT = "soft", t2.HARD = "hard", t2.MERGE = "merge", t2.KEEP = "keep", t2))(Vt || {});
var Cn = L2(Object.values(Vt));
function An(t2, e) {
  const n = ["reset"];
  return Xt(t2) && n.push(`--${t2}`), n.push(...e), g(n);
}
function xn(t2) {
  if (Xt(t2))
    return t2;
  switch (typeof t2) {
    case "string":
    case "undefined":
      return "soft";
  }
}
function Xt(t2) {
  return typeof t2 == "string" && Cn.includes(t2);
}
import_debug.default.formatters.L = (t2) => String(Bt(t2) ? t2.length : "-");
import_debug.default.formatters.B = (t2) => Buffer.isBuffer(t2) ? t2.toString("utf8") : ft(t2);
function Nn() {
  return (0, import_debug.default)("simple-git");
}
function vt(t2, e, n) {
  return !e || !String(e).replace(/\s*/, "") ? n ? (r2, ...s) => {
    t2(r2, ...s), n(r2, ...s);
  } : t2 : (r2, ...s) => {
    t2(`%s ${r2}`, e, ...s), n && n(r2, ...s);
  };
}
function $n(t2, e, { namespace: n }) {
  if (typeof t2 == "string")
    return t2;
  const r2 = e && e.namespace || "";
  return r2.startsWith(n) ? r2.substr(n.length + 1) : r2 || n;
}
function $2(t2, e, n, r2 = Nn()) {
  const s = t2 && `[${t2}]` || "", o2 = [], i = typeof e == "string" ? r2.extend(e) : e, a = $n(d(e, m), i, r2);
  return y2(n);
  function c3(w2, T2) {
    return S2(
      o2,
      $2(t2, a.replace(/^[^:]+/, w2), T2, r2)
    );
  }
  function y2(w2) {
    const T2 = w2 && `[${w2}]` || "", k2 = i && vt(i, T2) || W2, C2 = vt(r2, `${s} ${T2}`, k2);
    return Object.assign(i ? k2 : C2, {
      label: t2,
      sibling: c3,
      info: C2,
      step: y2
    });
  }
}
var M2 = class M3 {
  constructor(e = "GitExecutor") {
    this.logLabel = e, this._queue = /* @__PURE__ */ new Map();
  }
  withProgress(e) {
    return this._queue.get(e);
  }
  createProgress(e) {
    const n = M3.getName(e.commands[0]), r2 = $2(this.logLabel, n);
    return {
      task: e,
      logger: r2,
      name: n
    };
  }
  push(e) {
    const n = this.createProgress(e);
    return n.logger("Adding task to the queue, commands = %o", e.commands), this._queue.set(e, n), n;
  }
  fatal(e) {
    for (const [n, { logger: r2 }] of Array.from(this._queue.entries()))
      n === e.task ? (r2.info("Failed %o", e), r2(
        "Fatal exception, any as-yet un-started tasks run through this executor will not be attempted"
      )) : r2.info(
        "A fatal exception occurred in a previous task, the queue has been purged: %o",
        e.message
      ), this.complete(n);
    if (this._queue.size !== 0)
      throw new Error(`Queue size should be zero after fatal: ${this._queue.size}`);
  }
  complete(e) {
    this.withProgress(e) && this._queue.delete(e);
  }
  attempt(e) {
    const n = this.withProgress(e);
    if (!n)
      throw new O2(void 0, "TasksPendingQueue: attempt called for an unknown task");
    return n.logger("Starting task"), n;
  }
  static getName(e = "empty") {
    return `task:${e}:${++M3.counter}`;
  }
};
M2.counter = 0;
var ot = M2;
var Pn = class {
  constructor(e, n, r2) {
    this._executor = e, this._scheduler = n, this._plugins = r2, this._chain = Promise.resolve(), this._queue = new ot();
  }
  get cwd() {
    return this._cwd || this._executor.cwd;
  }
  set cwd(e) {
    this._cwd = e;
  }
  get env() {
    return this._executor.env;
  }
  get outputHandler() {
    return this._executor.outputHandler;
  }
  chain() {
    return this;
  }
  push(e) {
    return this._queue.push(e), this._chain = this._chain.then(() => this.attemptTask(e));
  }
  async attemptTask(e) {
    const n = await this._scheduler.next(), r2 = () => this._queue.complete(e);
    try {
      const { logger: s } = this._queue.attempt(e);
      return await (kt(e) ? this.attemptEmptyTask(e, s) : this.attemptRemoteTask(e, s));
    } catch (s) {
      throw this.onFatalException(e, s);
    } finally {
      r2(), n();
    }
  }
  onFatalException(e, n) {
    const r2 = n instanceof O2 ? Object.assign(n, { task: e }) : new O2(e, n && String(n));
    return this._chain = Promise.resolve(), this._queue.fatal(r2), r2;
  }
  async attemptRemoteTask(e, n) {
    const r2 = this._plugins.exec("spawn.binary", "", this.taskContext(e, e.commands)), s = this._plugins.exec(
      "spawn.args",
      [...e.commands],
      this.taskContext(e, e.commands)
    ), o2 = await this.gitResponse(
      e,
      r2,
      s,
      this.outputHandler,
      n.step("SPAWN")
    ), i = await this.handleTaskData(e, s, o2, n.step("HANDLE"));
    return n("passing response to task's parser as a %s", e.format), en(e) ? Tt(e.parser, i) : Tt(e.parser, i.asStrings());
  }
  async attemptEmptyTask(e, n) {
    return n("empty task bypassing child process to call to task's parser"), e.parser(this);
  }
  handleTaskData(e, n, r2, s) {
    const { exitCode: o2, rejection: i, stdOut: a, stdErr: c3 } = r2;
    return new Promise((y2, w2) => {
      s("Preparing to handle process response exitCode=%d stdOut=", o2);
      const { error: T2 } = this._plugins.exec(
        "task.error",
        { error: i },
        {
          ...this.taskContext(e, n),
          ...r2
        }
      );
      if (T2 && e.onError)
        return s.info("exitCode=%s handling with custom error handler"), e.onError(
          r2,
          T2,
          (k2) => {
            s.info("custom error handler treated as success"), s("custom error returned a %s", ft(k2)), y2(
              new z2(
                Array.isArray(k2) ? Buffer.concat(k2) : k2,
                Buffer.concat(c3)
              )
            );
          },
          w2
        );
      if (T2)
        return s.info(
          "handling as error: exitCode=%s stdErr=%s rejection=%o",
          o2,
          c3.length,
          i
        ), w2(T2);
      s.info("retrieving task output complete"), y2(new z2(Buffer.concat(a), Buffer.concat(c3)));
    });
  }
  async gitResponse(e, n, r2, s, o2) {
    const i = o2.sibling("output"), a = this._plugins.exec(
      "spawn.options",
      {
        cwd: this.cwd,
        env: this.env,
        windowsHide: true
      },
      this.taskContext(e, e.commands)
    );
    return new Promise((c3) => {
      const y2 = [], w2 = [];
      o2.info("%s %o", n, r2), o2("%O", a);
      let T2 = this._beforeSpawn(e, r2);
      if (T2)
        return c3({
          stdOut: y2,
          stdErr: w2,
          exitCode: 9901,
          rejection: T2
        });
      this._plugins.exec("spawn.before", void 0, {
        ...this.taskContext(e, r2),
        kill(C2) {
          T2 = C2 || T2;
        }
      });
      const k2 = (0, import_node_child_process.spawn)(n, r2, a);
      k2.stdout.on(
        "data",
        Et(y2, "stdOut", o2, i.step("stdOut"))
      ), k2.stderr.on(
        "data",
        Et(w2, "stdErr", o2, i.step("stdErr"))
      ), k2.on("error", Mn(w2, o2)), s && (o2("Passing child process stdOut/stdErr to custom outputHandler"), s(n, k2.stdout, k2.stderr, [...r2])), this._plugins.exec("spawn.after", void 0, {
        ...this.taskContext(e, r2),
        spawned: k2,
        close(C2, Te) {
          c3({
            stdOut: y2,
            stdErr: w2,
            exitCode: C2,
            rejection: T2 || Te
          });
        },
        kill(C2) {
          k2.killed || (T2 = C2, k2.kill("SIGINT"));
        }
      });
    });
  }
  _beforeSpawn(e, n) {
    let r2;
    return this._plugins.exec("spawn.before", void 0, {
      ...this.taskContext(e, n),
      kill(s) {
        r2 = s || r2;
      }
    }), r2;
  }
  taskContext(e, n) {
    return {
      method: String(Me(e.commands) || ""),
      commands: n,
      env: { ...this.env },
      input: kt(e) ? void 0 : e.input
    };
  }
};
function Mn(t2, e) {
  return (n) => {
    e("[ERROR] child process exception %o", n), t2.push(Buffer.from(String(n.stack), "ascii"));
  };
}
function Et(t2, e, n, r2) {
  return (s) => {
    n("%s received %L bytes", e, s), r2("%B", s), t2.push(s);
  };
}
var Dn = class {
  constructor(e, n, r2) {
    this.cwd = e, this._scheduler = n, this._plugins = r2, this._chain = this.chain();
  }
  chain() {
    return new Pn(this, this._scheduler, this._plugins);
  }
  push(e) {
    return this._chain.push(e);
  }
};
function Ln(t2, e, n = W2) {
  const r2 = (o2) => {
    n(null, o2);
  }, s = (o2) => {
    o2?.task === t2 && n(o2, void 0);
  };
  e.then(r2, s);
}
function St(t2, e) {
  return tn((n) => {
    if (!Lt(t2))
      throw new Error(`Git.cwd: cannot change to non-directory "${t2}"`);
    return (e || n).cwd = t2;
  });
}
function Q2(t2) {
  const e = ["checkout", ...t2];
  return e[1] === "-b" && e.includes("-B") && (e[1] = ct(e, "-B")), g(e);
}
function jn() {
  return {
    checkout() {
      return this._runTask(
        Q2(h2(arguments, 1)),
        u(arguments)
      );
    },
    checkoutBranch(t2, e) {
      return this._runTask(
        Q2(["-b", t2, e, ...h2(arguments)]),
        u(arguments)
      );
    },
    checkoutLocalBranch(t2) {
      return this._runTask(
        Q2(["-b", t2, ...h2(arguments)]),
        u(arguments)
      );
    }
  };
}
var Yt = (t2, e, n) => {
  const r2 = ["clone", ...n];
  return m(t2) && r2.push(c(t2)), m(e) && r2.push(c(e)), g(r2);
};
var Bn = (t2, e, n) => (S2(n, "--mirror"), Yt(t2, e, n));
function Rt(t2, e, n, ...r2) {
  return m(n) ? e(n, d(r2[0], m), h2(arguments)) : b2(`git.${t2}() requires a string 'repoPath'`);
}
function In() {
  return {
    clone(t2, ...e) {
      return this._runTask(
        Rt("clone", Yt, d(t2, m), ...e),
        u(arguments)
      );
    },
    mirror(t2, ...e) {
      return this._runTask(
        Rt("mirror", Bn, d(t2, m), ...e),
        u(arguments)
      );
    }
  };
}
var Un = [
  new l2(/^\[([^\s]+)( \([^)]+\))? ([^\]]+)/, (t2, [e, n, r2]) => {
    t2.branch = e, t2.commit = r2, t2.root = !!n;
  }),
  new l2(/\s*Author:\s(.+)/i, (t2, [e]) => {
    const n = e.split("<"), r2 = n.pop();
    !r2 || !r2.includes("@") || (t2.author = {
      email: r2.substr(0, r2.length - 1),
      name: n.join("<").trim()
    });
  }),
  new l2(
    /(\d+)[^,]*(?:,\s*(\d+)[^,]*)(?:,\s*(\d+))/g,
    (t2, [e, n, r2]) => {
      t2.summary.changes = parseInt(e, 10) || 0, t2.summary.insertions = parseInt(n, 10) || 0, t2.summary.deletions = parseInt(r2, 10) || 0;
    }
  ),
  new l2(
    /^(\d+)[^,]*(?:,\s*(\d+)[^(]+\(([+-]))?/,
    (t2, [e, n, r2]) => {
      t2.summary.changes = parseInt(e, 10) || 0;
      const s = parseInt(n, 10) || 0;
      r2 === "-" ? t2.summary.deletions = s : r2 === "+" && (t2.summary.insertions = s);
    }
  )
];
function Fn(t2) {
  return E2({
    author: null,
    branch: "",
    commit: "",
    root: false,
    summary: {
      changes: 0,
      insertions: 0,
      deletions: 0
    }
  }, Un, t2);
}
function Gn(t2, e, n) {
  return {
    commands: [
      "-c",
      "core.abbrev=40",
      "commit",
      ...U(t2, "-m"),
      ...e,
      ...n
    ],
    format: "utf-8",
    parser: Fn
  };
}
function zn() {
  return {
    commit(e, ...n) {
      const r2 = u(arguments), s = t2(e) || Gn(
        v(e),
        v(d(n[0], G2, [])),
        [
          ...L2(d(n[1], K2, [])),
          ...h2(arguments, 0, true)
        ]
      );
      return this._runTask(s, r2);
    }
  };
  function t2(e) {
    return !G2(e) && b2(
      "git.commit: requires the commit message to be supplied as a string/string[]"
    );
  }
}
function qn() {
  return {
    count: 0,
    garbage: 0,
    inPack: 0,
    packs: 0,
    prunePackable: 0,
    size: 0,
    sizeGarbage: 0,
    sizePack: 0
  };
}
var Wn = new l2(
  /([a-z-]+): (\d+)$/,
  (t2, [e, n]) => {
    const r2 = jt(e);
    Object.hasOwn(t2, r2) && (t2[r2] = p(n));
  }
);
function Hn() {
  return {
    countObjects() {
      return this._runTask({
        commands: ["count-objects", "--verbose"],
        format: "utf-8",
        parser(t2) {
          return E2(qn(), [Wn], t2);
        }
      });
    }
  };
}
function Kn() {
  return {
    firstCommit() {
      return this._runTask(
        g(["rev-list", "--max-parents=0", "HEAD"], true),
        u(arguments)
      );
    }
  };
}
function Vn(t2, e) {
  const n = ["hash-object", t2];
  return e && n.push("-w"), g(n, true);
}
var J2 = class {
  constructor(e, n, r2, s) {
    this.bare = e, this.path = n, this.existing = r2, this.gitDir = s;
  }
};
var Xn = /^Init.+ repository in (.+)$/;
var Yn = /^Rein.+ in (.+)$/;
function Qn(t2, e, n) {
  const r2 = String(n).trim();
  let s;
  if (s = Xn.exec(r2))
    return new J2(t2, e, false, s[1]);
  if (s = Yn.exec(r2))
    return new J2(t2, e, true, s[1]);
  let o2 = "";
  const i = r2.split(" ");
  for (; i.length; )
    if (i.shift() === "in") {
      o2 = i.join(" ");
      break;
    }
  return new J2(t2, e, /^re/i.test(r2), o2);
}
var Qt = "--bare";
function Jn(t2) {
  return t2.includes(Qt);
}
function Zn(t2 = false, e, n) {
  const r2 = ["init", ...n];
  return t2 && !Jn(r2) && r2.splice(1, 0, Qt), {
    commands: r2,
    format: "utf-8",
    parser(s) {
      return Qn(r2.includes("--bare"), e, s);
    }
  };
}
function tr(t2) {
  return t2 === void 0 ? b2("interpretTrailers called without input content") : {
    format: "utf-8",
    parser(e) {
      return Object.fromEntries(
        ut(e, (n) => {
          const r2 = n.indexOf(":");
          return [
            jt(n.substring(0, r2).toLowerCase()),
            n.substring(r2 + 2).trim()
          ];
        })
      );
    },
    commands: ["interpret-trailers", "--parse"],
    input: t2
  };
}
function er() {
  return {
    interpretTrailers(t2) {
      return this._runTask(
        tr(d(t2, Be)),
        u(arguments)
      );
    }
  };
}
var R2 = /* @__PURE__ */ ((t2) => (t2.NONE = "", t2.STAT = "--stat", t2.NUM_STAT = "--numstat", t2.NAME_ONLY = "--name-only", t2.NAME_STATUS = "--name-status", t2))(R2 || {});
var Jt = /^--(stat|numstat|name-only|name-status)(=|$)/;
function pt(t2) {
  for (let e = 0; e < t2.length; e++) {
    const n = Jt.exec(t2[e]);
    if (n)
      return `--${n[1]}`;
  }
  return "";
}
function nr(t2) {
  return Jt.test(t2);
}
var rr = class {
  constructor() {
    this.changed = 0, this.deletions = 0, this.insertions = 0, this.files = [];
  }
};
var Ot = [
  new l2(
    /^(.+)\s+\|\s+(\d+)(\s+[+\-]+)?$/,
    (t2, [e, n, r2 = ""]) => {
      t2.files.push({
        file: e.trim(),
        changes: p(n),
        insertions: r2.replace(/[^+]/g, "").length,
        deletions: r2.replace(/[^-]/g, "").length,
        binary: false
      });
    }
  ),
  new l2(
    /^(.+) \|\s+Bin ([0-9.]+) -> ([0-9.]+) ([a-z]+)/,
    (t2, [e, n, r2]) => {
      t2.files.push({
        file: e.trim(),
        before: p(n),
        after: p(r2),
        binary: true
      });
    }
  ),
  new l2(/^(.+)\s+\|\s+Bin\s*$/, (t2, [e]) => {
    t2.files.push({
      file: e.trim(),
      before: 0,
      after: 0,
      binary: true
    });
  }),
  new l2(
    /(\d+) files? changed\s*((?:, \d+ [^,]+){0,2})/,
    (t2, [e, n]) => {
      const r2 = /(\d+) i/.exec(n), s = /(\d+) d/.exec(n);
      t2.changed = p(e), t2.insertions = p(r2?.[1]), t2.deletions = p(s?.[1]);
    }
  )
];
var sr = [
  new l2(
    /(\d+)\t(\d+)\t(.+)$/,
    (t2, [e, n, r2]) => {
      const s = p(e), o2 = p(n);
      t2.changed++, t2.insertions += s, t2.deletions += o2, t2.files.push({
        file: r2,
        changes: s + o2,
        insertions: s,
        deletions: o2,
        binary: false
      });
    }
  ),
  new l2(/-\t-\t(.+)$/, (t2, [e]) => {
    t2.changed++, t2.files.push({
      file: e,
      after: 0,
      before: 0,
      binary: true
    });
  })
];
var or = [
  new l2(/(.+)$/, (t2, [e]) => {
    t2.changed++, t2.files.push({
      file: e,
      changes: 0,
      insertions: 0,
      deletions: 0,
      binary: false
    });
  })
];
var ir = [
  new l2(
    /([ACDMRTUXB])([0-9]{0,3})\t(.[^\t]*)(\t(.[^\t]*))?$/,
    (t2, [e, n, r2, s, o2]) => {
      t2.changed++, t2.files.push({
        file: o2 ?? r2,
        changes: 0,
        insertions: 0,
        deletions: 0,
        binary: false,
        status: bt(_n(e) && e),
        from: bt(!!o2 && r2 !== o2 && r2),
        similarity: p(n)
      });
    }
  )
];
var ar = {
  [R2.NONE]: Ot,
  [R2.STAT]: Ot,
  [R2.NUM_STAT]: sr,
  [R2.NAME_STATUS]: ir,
  [R2.NAME_ONLY]: or
};
function Zt(t2 = R2.NONE) {
  const e = ar[t2];
  return (n) => E2(new rr(), e, n, false);
}
var te = "\xF2\xF2\xF2\xF2\xF2\xF2 ";
var ee2 = " \xF2\xF2";
var ne2 = " \xF2 ";
var ur = ["hash", "date", "message", "refs", "author_name", "author_email"];
function cr(t2, e) {
  return e.reduce(
    (n, r2, s) => (n[r2] = t2[s] || "", n),
    /* @__PURE__ */ Object.create({ diff: null })
  );
}
function re(t2 = ne2, e = ur, n = R2.NONE) {
  const r2 = Zt(n);
  return function(s) {
    const o2 = H2(
      s.trim(),
      false,
      te
    ).map(function(i) {
      const a = i.split(ee2), c3 = cr(a[0].split(t2), e);
      return a.length > 1 && a[1].trim() && (c3.diff = r2(a[1])), c3;
    });
    return {
      all: o2,
      latest: o2.length && o2[0] || null,
      total: o2.length
    };
  };
}
function fr(t2) {
  let e = pt(t2);
  const n = ["diff"];
  return e === R2.NONE && (e = R2.STAT, n.push("--stat=4096")), n.push(...t2), dt(n) || {
    commands: n,
    format: "utf-8",
    parser: Zt(e)
  };
}
function dt(t2) {
  const e = t2.filter(nr);
  if (e.length > 1)
    return b2(
      `Summary flags are mutually exclusive - pick one of ${e.join(",")}`
    );
  if (e.length && t2.includes("-z"))
    return b2(
      `Summary flag ${e} parsing is not compatible with null termination option '-z'`
    );
}
var se = /* @__PURE__ */ ((t2) => (t2[t2["--pretty"] = 0] = "--pretty", t2[t2["max-count"] = 1] = "max-count", t2[t2.maxCount = 2] = "maxCount", t2[t2.n = 3] = "n", t2[t2.file = 4] = "file", t2[t2.format = 5] = "format", t2[t2.from = 6] = "from", t2[t2.to = 7] = "to", t2[t2.splitter = 8] = "splitter", t2[t2.symmetric = 9] = "symmetric", t2[t2.mailMap = 10] = "mailMap", t2[t2.multiLine = 11] = "multiLine", t2[t2.strictDate = 12] = "strictDate", t2))(se || {});
function lr(t2, e) {
  const n = [], r2 = [];
  return Object.keys(t2).forEach((s) => {
    n.push(s), r2.push(String(t2[s]));
  }), [n, r2.join(e)];
}
function hr(t2) {
  return Object.keys(t2).reduce((e, n) => (n in se || (e[n] = t2[n]), e), {});
}
function oe2(t2 = {}, e = []) {
  const n = d(t2.splitter, m, ne2), r2 = lt(t2.format) ? t2.format : {
    hash: "%H",
    date: t2.strictDate === false ? "%ai" : "%aI",
    message: "%s",
    refs: "%D",
    body: t2.multiLine ? "%B" : "%b",
    author_name: t2.mailMap !== false ? "%aN" : "%an",
    author_email: t2.mailMap !== false ? "%aE" : "%ae"
  }, [s, o2] = lr(r2, n), i = [], a = [
    `--pretty=format:${te}${o2}${ee2}`,
    ...e
  ], c3 = t2.n || t2["max-count"] || t2.maxCount;
  if (c3 && a.push(`--max-count=${c3}`), t2.from || t2.to) {
    const y2 = t2.symmetric !== false ? "..." : "..";
    i.push(`${t2.from || ""}${y2}${t2.to || ""}`);
  }
  return m(t2.file) && a.push("--follow", c(t2.file)), It(hr(t2), a), {
    fields: s,
    splitter: n,
    commands: [...a, ...i]
  };
}
function mr(t2, e, n) {
  const r2 = re(t2, e, pt(n));
  return {
    commands: ["log", ...n],
    format: "utf-8",
    parser: r2
  };
}
function pr() {
  return {
    log(...n) {
      const r2 = u(arguments), s = oe2(
        ht(arguments),
        L2(d(arguments[0], K2, []))
      ), o2 = e(...n) || dt(s.commands) || t2(s);
      return this._runTask(o2, r2);
    }
  };
  function t2(n) {
    return mr(n.splitter, n.fields, n.commands);
  }
  function e(n, r2) {
    return m(n) && m(r2) && b2(
      "git.log(string, string) should be replaced with git.log({ from: string, to: string })"
    );
  }
}
var Z2 = class {
  constructor(e, n = null, r2) {
    this.reason = e, this.file = n, this.meta = r2;
  }
  toString() {
    return `${this.file}:${this.reason}`;
  }
};
var dr = class {
  constructor() {
    this.conflicts = [], this.merges = [], this.result = "success";
  }
  get failed() {
    return this.conflicts.length > 0;
  }
  get reason() {
    return this.result;
  }
  toString() {
    return this.conflicts.length ? `CONFLICTS: ${this.conflicts.join(", ")}` : "OK";
  }
};
var ie = class {
  constructor() {
    this.remoteMessages = {
      all: []
    }, this.created = [], this.deleted = [], this.files = [], this.deletions = {}, this.insertions = {}, this.summary = {
      changes: 0,
      deletions: 0,
      insertions: 0
    };
  }
};
var gr = class {
  constructor() {
    this.remote = "", this.hash = {
      local: "",
      remote: ""
    }, this.branch = {
      local: "",
      remote: ""
    }, this.message = "";
  }
  toString() {
    return this.message;
  }
};
function tt(t2) {
  return t2.objects = t2.objects || {
    compressing: 0,
    counting: 0,
    enumerating: 0,
    packReused: 0,
    reused: { count: 0, delta: 0 },
    total: { count: 0, delta: 0 }
  };
}
function Ct(t2) {
  const e = /^\s*(\d+)/.exec(t2), n = /delta (\d+)/i.exec(t2);
  return {
    count: p(e && e[1] || "0"),
    delta: p(n && n[1] || "0")
  };
}
var yr = [
  new x2(
    /^remote:\s*(enumerating|counting|compressing) objects: (\d+),/i,
    (t2, [e, n]) => {
      const r2 = e.toLowerCase(), s = tt(t2.remoteMessages);
      Object.assign(s, { [r2]: p(n) });
    }
  ),
  new x2(
    /^remote:\s*(enumerating|counting|compressing) objects: \d+% \(\d+\/(\d+)\),/i,
    (t2, [e, n]) => {
      const r2 = e.toLowerCase(), s = tt(t2.remoteMessages);
      Object.assign(s, { [r2]: p(n) });
    }
  ),
  new x2(
    /total ([^,]+), reused ([^,]+), pack-reused (\d+)/i,
    (t2, [e, n, r2]) => {
      const s = tt(t2.remoteMessages);
      s.total = Ct(e), s.reused = Ct(n), s.packReused = p(r2);
    }
  )
];
var wr = [
  new x2(/^remote:\s*(.+)$/, (t2, [e]) => (t2.remoteMessages.all.push(e.trim()), false)),
  ...yr,
  new x2(
    [/create a (?:pull|merge) request/i, /\s(https?:\/\/\S+)$/],
    (t2, [e]) => {
      t2.remoteMessages.pullRequestUrl = e;
    }
  ),
  new x2(
    [/found (\d+) vulnerabilities.+\(([^)]+)\)/i, /\s(https?:\/\/\S+)$/],
    (t2, [e, n, r2]) => {
      t2.remoteMessages.vulnerabilities = {
        count: p(e),
        summary: n,
        url: r2
      };
    }
  )
];
function ae(t2, e) {
  return E2({ remoteMessages: new br() }, wr, e);
}
var br = class {
  constructor() {
    this.all = [];
  }
};
var Tr = /^\s*(.+?)\s+\|\s+\d+\s*(\+*)(-*)/;
var kr = /(\d+)\D+((\d+)\D+\(\+\))?(\D+(\d+)\D+\(-\))?/;
var _r = /^(create|delete) mode \d+ (.+)/;
var vr = [
  new l2(Tr, (t2, [e, n, r2]) => {
    t2.files.push(e), n && (t2.insertions[e] = n.length), r2 && (t2.deletions[e] = r2.length);
  }),
  new l2(kr, (t2, [e, , n, , r2]) => n !== void 0 || r2 !== void 0 ? (t2.summary.changes = +e || 0, t2.summary.insertions = +n || 0, t2.summary.deletions = +r2 || 0, true) : false),
  new l2(_r, (t2, [e, n]) => {
    S2(t2.files, n), S2(e === "create" ? t2.created : t2.deleted, n);
  })
];
var Er = [
  new l2(/^from\s(.+)$/i, (t2, [e]) => {
    t2.remote = e;
  }),
  new l2(/^fatal:\s(.+)$/, (t2, [e]) => {
    t2.message = e;
  }),
  new l2(
    /([a-z0-9]+)\.\.([a-z0-9]+)\s+(\S+)\s+->\s+(\S+)$/,
    (t2, [e, n, r2, s]) => {
      t2.branch.local = r2, t2.hash.local = e, t2.branch.remote = s, t2.hash.remote = n;
    }
  )
];
var Sr = (t2, e) => E2(new ie(), vr, [t2, e]);
var ue = (t2, e) => Object.assign(
  new ie(),
  Sr(t2, e),
  ae(t2, e)
);
function Rr(t2, e) {
  const n = E2(new gr(), Er, [t2, e]);
  return n.message && n;
}
var Or = [
  new l2(/^Auto-merging\s+(.+)$/, (t2, [e]) => {
    t2.merges.push(e);
  }),
  new l2(/^CONFLICT\s+\((.+)\): Merge conflict in (.+)$/, (t2, [e, n]) => {
    t2.conflicts.push(new Z2(e, n));
  }),
  new l2(
    /^CONFLICT\s+\((.+\/delete)\): (.+) deleted in (.+) and/,
    (t2, [e, n, r2]) => {
      t2.conflicts.push(new Z2(e, n, { deleteRef: r2 }));
    }
  ),
  new l2(/^CONFLICT\s+\((.+)\):/, (t2, [e]) => {
    t2.conflicts.push(new Z2(e, null));
  }),
  new l2(/^Automatic merge failed;\s+(.+)$/, (t2, [e]) => {
    t2.result = e;
  })
];
var Cr = (t2, e) => Object.assign(Ar(t2), ue(t2, e));
var Ar = (t2) => E2(new dr(), Or, t2);
function At(t2) {
  return t2.length ? {
    commands: ["merge", ...t2],
    format: "utf-8",
    parser(e, n) {
      const r2 = Cr(e, n);
      if (r2.failed)
        throw new at(r2);
      return r2;
    }
  } : b2("Git.merge requires at least one option");
}
function xr(t2, e, n) {
  const r2 = n.includes("deleted"), s = n.includes("tag") || /^refs\/tags/.test(t2), o2 = !n.includes("new");
  return {
    deleted: r2,
    tag: s,
    branch: !s,
    new: !o2,
    alreadyUpdated: o2,
    local: t2,
    remote: e
  };
}
var Nr = [
  new l2(/^Pushing to (.+)$/, (t2, [e]) => {
    t2.repo = e;
  }),
  new l2(/^updating local tracking ref '(.+)'/, (t2, [e]) => {
    t2.ref = {
      ...t2.ref || {},
      local: e
    };
  }),
  new l2(/^[=*-]\s+([^:]+):(\S+)\s+\[(.+)]$/, (t2, [e, n, r2]) => {
    t2.pushed.push(xr(e, n, r2));
  }),
  new l2(
    /^Branch '([^']+)' set up to track remote branch '([^']+)' from '([^']+)'/,
    (t2, [e, n, r2]) => {
      t2.branch = {
        ...t2.branch || {},
        local: e,
        remote: n,
        remoteName: r2
      };
    }
  ),
  new l2(
    /^([^:]+):(\S+)\s+([a-z0-9]+)\.\.([a-z0-9]+)$/,
    (t2, [e, n, r2, s]) => {
      t2.update = {
        head: {
          local: e,
          remote: n
        },
        hash: {
          from: r2,
          to: s
        }
      };
    }
  )
];
var $r = (t2, e) => {
  const n = Pr(t2, e), r2 = ae(t2, e);
  return {
    ...n,
    ...r2
  };
};
var Pr = (t2, e) => E2({ pushed: [] }, Nr, [t2, e]);
function Mr(t2 = {}, e) {
  return S2(e, "--tags"), ce(t2, e);
}
function ce(t2 = {}, e) {
  const n = ["push", ...e];
  return t2.branch && n.splice(1, 0, t2.branch), t2.remote && n.splice(1, 0, t2.remote), ct(n, "-v"), S2(n, "--verbose"), S2(n, "--porcelain"), {
    commands: n,
    format: "utf-8",
    parser: $r
  };
}
function Dr() {
  return {
    showBuffer() {
      const t2 = ["show", ...h2(arguments, 1)];
      return t2.includes("--binary") || t2.splice(1, 0, "--binary"), this._runTask(
        Gt(t2),
        u(arguments)
      );
    },
    show() {
      const t2 = ["show", ...h2(arguments, 1)];
      return this._runTask(
        g(t2),
        u(arguments)
      );
    }
  };
}
var Lr = /^(.+)\0(.+)$/;
var jr = class {
  constructor(e, n, r2) {
    if (this.path = e, this.index = n, this.working_dir = r2, n === "R" || r2 === "R") {
      const s = Lr.exec(e) || [null, e, e];
      this.from = s[2] || "", this.path = s[1] || "";
    }
  }
};
var Br = class {
  constructor() {
    this.not_added = [], this.conflicted = [], this.created = [], this.deleted = [], this.ignored = void 0, this.modified = [], this.renamed = [], this.files = [], this.staged = [], this.ahead = 0, this.behind = 0, this.current = null, this.tracking = null, this.detached = false, this.isClean = () => !this.files.length;
  }
};
function xt(t2) {
  const [e, n] = t2.split(I2);
  return {
    from: n || e,
    to: e
  };
}
function _2(t2, e, n) {
  return [`${t2}${e}`, n];
}
function et(t2, ...e) {
  return e.map((n) => _2(t2, n, (r2, s) => r2.conflicted.push(s)));
}
var Ir = new Map([
  _2(
    " ",
    "A",
    (t2, e) => t2.created.push(e)
  ),
  _2(
    " ",
    "D",
    (t2, e) => t2.deleted.push(e)
  ),
  _2(
    " ",
    "M",
    (t2, e) => t2.modified.push(e)
  ),
  _2("A", " ", (t2, e) => {
    t2.created.push(e), t2.staged.push(e);
  }),
  _2("A", "M", (t2, e) => {
    t2.created.push(e), t2.staged.push(e), t2.modified.push(e);
  }),
  _2("D", " ", (t2, e) => {
    t2.deleted.push(e), t2.staged.push(e);
  }),
  _2("M", " ", (t2, e) => {
    t2.modified.push(e), t2.staged.push(e);
  }),
  _2("M", "M", (t2, e) => {
    t2.modified.push(e), t2.staged.push(e);
  }),
  _2("R", " ", (t2, e) => {
    t2.renamed.push(xt(e));
  }),
  _2("R", "M", (t2, e) => {
    const n = xt(e);
    t2.renamed.push(n), t2.modified.push(n.to);
  }),
  _2("!", "!", (t2, e) => {
    (t2.ignored = t2.ignored || []).push(e);
  }),
  _2(
    "?",
    "?",
    (t2, e) => t2.not_added.push(e)
  ),
  ...et(
    "A",
    "A",
    "U"
    /* UNMERGED */
  ),
  ...et(
    "D",
    "D",
    "U"
    /* UNMERGED */
  ),
  ...et(
    "U",
    "A",
    "D",
    "U"
    /* UNMERGED */
  ),
  [
    "##",
    (t2, e) => {
      const n = /ahead (\d+)/, r2 = /behind (\d+)/, s = /^(.+?(?=(?:\.{3}|\s|$)))/, o2 = /\.{3}(\S*)/, i = /\son\s(\S+?)(?=\.{3}|$)/;
      let a = n.exec(e);
      t2.ahead = a && +a[1] || 0, a = r2.exec(e), t2.behind = a && +a[1] || 0, a = s.exec(e), t2.current = d(a?.[1], m, null), a = o2.exec(e), t2.tracking = d(a?.[1], m, null), a = i.exec(e), a && (t2.current = d(a?.[1], m, t2.current)), t2.detached = /\(no branch\)/.test(e);
    }
  ]
]);
var Ur = function(t2) {
  const e = t2.split(I2), n = new Br();
  for (let r2 = 0, s = e.length; r2 < s; ) {
    let o2 = e[r2++].trim();
    o2 && (o2.charAt(0) === "R" && (o2 += I2 + (e[r2++] || "")), Fr(n, o2));
  }
  return n;
};
function Fr(t2, e) {
  const n = e.trim();
  switch (" ") {
    case n.charAt(2):
      return r2(n.charAt(0), n.charAt(1), n.slice(3));
    case n.charAt(1):
      return r2(" ", n.charAt(0), n.slice(2));
    default:
      return;
  }
  function r2(s, o2, i) {
    const a = `${s}${o2}`, c3 = Ir.get(a);
    c3 && c3(t2, i), a !== "##" && a !== "!!" && t2.files.push(new jr(i, s, o2));
  }
}
var Gr = ["--null", "-z"];
function zr(t2) {
  return {
    format: "utf-8",
    commands: [
      "status",
      "--porcelain",
      "-b",
      "-u",
      "--null",
      ...t2.filter((n) => !Gr.includes(n))
    ],
    parser(n) {
      return Ur(n);
    }
  };
}
var fe = "installed=false";
function q2(t2 = 0, e = 0, n = 0, r2 = "", s = true) {
  return Object.defineProperty(
    {
      major: t2,
      minor: e,
      patch: n,
      agent: r2,
      installed: s
    },
    "toString",
    {
      value() {
        return `${this.major}.${this.minor}.${this.patch}`;
      },
      configurable: false,
      enumerable: false
    }
  );
}
function qr() {
  return q2(0, 0, 0, "", false);
}
function Wr() {
  return {
    version() {
      return this._runTask({
        commands: ["--version"],
        format: "utf-8",
        parser: Kr,
        onError(t2, e, n, r2) {
          if (t2.exitCode === V2.NOT_FOUND)
            return n(Buffer.from(fe));
          r2(e);
        }
      });
    }
  };
}
var Hr = [
  new l2(
    /version (\d+)\.(\d+)\.(\d+)(?:\s*\((.+)\))?/,
    (t2, [e, n, r2, s = ""]) => {
      Object.assign(
        t2,
        q2(p(e), p(n), p(r2), s)
      );
    }
  ),
  new l2(
    /version (\d+)\.(\d+)\.(\D+)(.+)?$/,
    (t2, [e, n, r2, s = ""]) => {
      Object.assign(t2, q2(p(e), p(n), r2, s));
    }
  )
];
function Kr(t2) {
  return t2 === fe ? qr() : E2(q2(0, 0, 0, t2), Hr, t2);
}
var le = class {
  constructor(e) {
    this._executor = e;
  }
  _runTask(e, n) {
    const r2 = this._executor.chain(), s = r2.push(e);
    return n && Ln(e, s, n), Object.create(this, {
      then: { value: s.then.bind(s) },
      catch: { value: s.catch.bind(s) },
      _executor: { value: r2 }
    });
  }
  add(e) {
    return this._runTask(
      g(["add", ...v(e)]),
      u(arguments)
    );
  }
  cwd(e) {
    const n = u(arguments);
    return typeof e == "string" ? this._runTask(St(e, this._executor), n) : typeof e?.path == "string" ? this._runTask(
      St(
        e.path,
        e.root && this._executor || void 0
      ),
      n
    ) : this._runTask(
      b2("Git.cwd: workingDirectory must be supplied as a string"),
      n
    );
  }
  hashObject(e, n) {
    return this._runTask(
      Vn(e, n === true),
      u(arguments)
    );
  }
  init(e) {
    return this._runTask(
      Zn(e === true, this._executor.cwd, h2(arguments)),
      u(arguments)
    );
  }
  merge() {
    return this._runTask(
      At(h2(arguments)),
      u(arguments)
    );
  }
  mergeFromTo(e, n) {
    return m(e) && m(n) ? this._runTask(
      At([e, n, ...h2(arguments)]),
      u(arguments, false)
    ) : this._runTask(
      b2(
        "Git.mergeFromTo requires that the 'remote' and 'branch' arguments are supplied as strings"
      )
    );
  }
  outputHandler(e) {
    return this._executor.outputHandler = e, this;
  }
  push() {
    const e = ce(
      {
        remote: d(arguments[0], m),
        branch: d(arguments[1], m)
      },
      h2(arguments)
    );
    return this._runTask(e, u(arguments));
  }
  stash() {
    return this._runTask(
      g(["stash", ...h2(arguments)]),
      u(arguments)
    );
  }
  status() {
    return this._runTask(
      zr(h2(arguments)),
      u(arguments)
    );
  }
};
Object.assign(
  le.prototype,
  jn(),
  In(),
  zn(),
  Tn(),
  Hn(),
  Kn(),
  On(),
  er(),
  pr(),
  Dr(),
  Wr()
);
var Vr = /* @__PURE__ */ (() => {
  let t2 = 0;
  return () => {
    t2++;
    const { promise: e, done: n } = (0, import_promise_deferred.createDeferred)();
    return {
      promise: e,
      done: n,
      id: t2
    };
  };
})();
var Xr = class {
  constructor(e = 2) {
    this.concurrency = e, this.logger = $2("", "scheduler"), this.pending = [], this.running = [], this.logger("Constructed, concurrency=%s", e);
  }
  schedule() {
    if (!this.pending.length || this.running.length >= this.concurrency) {
      this.logger(
        "Schedule attempt ignored, pending=%s running=%s concurrency=%s",
        this.pending.length,
        this.running.length,
        this.concurrency
      );
      return;
    }
    const e = S2(this.running, this.pending.shift());
    this.logger("Attempting id=%s", e.id), e.done(() => {
      this.logger("Completing id=", e.id), ct(this.running, e), this.schedule();
    });
  }
  next() {
    const { promise: e, id: n } = S2(this.pending, Vr());
    return this.logger("Scheduling id=%s", n), this.schedule(), e;
  }
};
function Yr(t2, e) {
  return g(["apply", ...e, ...t2]);
}
var he = /* @__PURE__ */ ((t2) => (t2.CURRENT = "*", t2.LINKED = "+", t2))(he || {});
var Qr = class {
  constructor() {
    this.all = [], this.branches = {}, this.current = "", this.detached = false;
  }
  push(e, n, r2, s, o2) {
    e === "*" && (this.detached = n, this.current = r2), this.all.push(r2), this.branches[r2] = {
      current: e === "*",
      linkedWorkTree: e === "+",
      name: r2,
      commit: s,
      label: o2
    };
  }
};
var Jr = [
  new l2(
    /^([*+]\s)?\((?:HEAD )?detached (?:from|at) (\S+)\)\s+([a-z0-9]+)\s(.*)$/,
    (t2, [e, n, r2, s]) => {
      t2.push(Nt(e), true, n, r2, s);
    }
  ),
  new l2(
    /^([*+]\s)?(\S+)\s+([a-z0-9]+)\s?(.*)$/s,
    (t2, [e, n, r2, s]) => {
      t2.push(Nt(e), false, n, r2, s);
    }
  )
];
var Zr = new l2(/^(\S+)$/s, (t2, [e]) => {
  t2.push(he.CURRENT, false, e, "", "");
});
function Nt(t2) {
  return t2 ? t2.charAt(0) : "";
}
function me(t2, e = false) {
  return E2(
    new Qr(),
    e ? [Zr] : Jr,
    t2
  );
}
var ts = class {
  constructor() {
    this.all = [], this.branches = {}, this.errors = [];
  }
  get success() {
    return !this.errors.length;
  }
};
function es(t2, e) {
  return {
    branch: t2,
    hash: e,
    success: true
  };
}
function ns(t2) {
  return {
    branch: t2,
    hash: null,
    success: false
  };
}
var rs = /(\S+)\s+\(\S+\s([^)]+)\)/;
var pe = /^error[^']+'([^']+)'/m;
var ss = [
  new l2(rs, (t2, [e, n]) => {
    const r2 = es(e, n);
    t2.all.push(r2), t2.branches[e] = r2;
  }),
  new l2(pe, (t2, [e]) => {
    const n = ns(e);
    t2.errors.push(n), t2.all.push(n), t2.branches[e] = n;
  })
];
var gt = (t2, e) => E2(new ts(), ss, [t2, e]);
function de(t2, e) {
  return e === V2.ERROR && pe.test(t2);
}
function os(t2) {
  const e = ["-d", "-D", "--delete"];
  return t2.some((n) => e.includes(n));
}
function is(t2) {
  const e = os(t2), n = t2.includes("--show-current"), r2 = ["branch", ...t2];
  return r2.length === 1 && r2.push("-a"), r2.includes("-v") || r2.splice(1, 0, "-v"), {
    format: "utf-8",
    commands: r2,
    parser(s, o2) {
      return e ? gt(s, o2).all[0] : me(s, n);
    }
  };
}
function as() {
  return {
    format: "utf-8",
    commands: ["branch", "-v"],
    parser(t2) {
      return me(t2);
    }
  };
}
function us(t2, e = false) {
  return {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", ...t2],
    parser(n, r2) {
      return gt(n, r2);
    },
    onError({ exitCode: n, stdOut: r2 }, s, o2, i) {
      if (!de(String(s), n))
        return i(s);
      o2(r2);
    }
  };
}
function cs(t2, e = false) {
  const n = {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", t2],
    parser(r2, s) {
      return gt(r2, s).branches[t2];
    },
    onError({ exitCode: r2, stdErr: s, stdOut: o2 }, i, a, c3) {
      if (!de(String(i), r2))
        return c3(i);
      throw new at(
        n.parser(F2(o2), F2(s)),
        String(i)
      );
    }
  };
  return n;
}
function fs(t2) {
  return {
    commands: ["check-ignore", ...t2],
    format: "utf-8",
    parser: ls
  };
}
function ls(t2) {
  return t2.split(/\n/g).map(hs).filter(Boolean);
}
function hs(t2) {
  const e = t2.trim().replace(/^["']|["']$/g, "");
  return e && (0, import_node_path.normalize)(e);
}
var ms = [
  new l2(/From (.+)$/, (t2, [e]) => {
    t2.remote = e;
  }),
  new l2(/\* \[new branch]\s+(\S+)\s*-> (.+)$/, (t2, [e, n]) => {
    t2.branches.push({
      name: e,
      tracking: n
    });
  }),
  new l2(/\* \[new tag]\s+(\S+)\s*-> (.+)$/, (t2, [e, n]) => {
    t2.tags.push({
      name: e,
      tracking: n
    });
  }),
  new l2(/- \[deleted]\s+\S+\s*-> (.+)$/, (t2, [e]) => {
    t2.deleted.push({
      tracking: e
    });
  }),
  new l2(
    /\s*([^.]+)\.\.(\S+)\s+(\S+)\s*-> (.+)$/,
    (t2, [e, n, r2, s]) => {
      t2.updated.push({
        name: r2,
        tracking: s,
        to: n,
        from: e
      });
    }
  )
];
function ps(t2, e) {
  return E2({
    raw: t2,
    remote: null,
    branches: [],
    tags: [],
    updated: [],
    deleted: []
  }, ms, [t2, e]);
}
function ds(t2) {
  return /^--upload-pack(=|$)/.test(t2);
}
function gs(t2, e, n) {
  const r2 = ["fetch", ...n];
  return t2 && e && r2.push(t2, e), r2.find(ds) ? b2("git.fetch: potential exploit argument blocked.") : {
    commands: r2,
    format: "utf-8",
    parser: ps
  };
}
var ys = [
  new l2(/^Renaming (.+) to (.+)$/, (t2, [e, n]) => {
    t2.moves.push({ from: e, to: n });
  })
];
function ws(t2) {
  return E2({ moves: [] }, ys, t2);
}
function bs(t2, e) {
  return {
    commands: ["mv", "-v", ...v(t2), e],
    format: "utf-8",
    parser: ws
  };
}
function Ts(t2, e, n) {
  const r2 = ["pull", ...n];
  return t2 && e && r2.splice(1, 0, t2, e), {
    commands: r2,
    format: "utf-8",
    parser(s, o2) {
      return ue(s, o2);
    },
    onError(s, o2, i, a) {
      const c3 = Rr(
        F2(s.stdOut),
        F2(s.stdErr)
      );
      if (c3)
        return a(new at(c3));
      a(o2);
    }
  };
}
function ks(t2) {
  const e = {};
  return ge(t2, ([n]) => e[n] = { name: n }), Object.values(e);
}
function _s(t2) {
  const e = {};
  return ge(t2, ([n, r2, s]) => {
    Object.hasOwn(e, n) || (e[n] = {
      name: n,
      refs: { fetch: "", push: "" }
    }), s && r2 && (e[n].refs[s.replace(/[^a-z]/g, "")] = r2);
  }), Object.values(e);
}
function ge(t2, e) {
  ut(t2, (n) => e(n.split(/\s+/)));
}
function vs(t2, e, n) {
  return g(["remote", "add", ...n, t2, e]);
}
function Es(t2) {
  const e = ["remote"];
  return t2 && e.push("-v"), {
    commands: e,
    format: "utf-8",
    parser: t2 ? _s : ks
  };
}
function Ss(t2) {
  const e = [...t2];
  return e[0] !== "ls-remote" && e.unshift("ls-remote"), g(e);
}
function Rs(t2) {
  const e = [...t2];
  return e[0] !== "remote" && e.unshift("remote"), g(e);
}
function Os(t2) {
  return g(["remote", "remove", t2]);
}
function Cs(t2 = {}, e) {
  const n = oe2(t2), r2 = ["stash", "list", ...n.commands, ...e], s = re(
    n.splitter,
    n.fields,
    pt(r2)
  );
  return dt(r2) || {
    commands: r2,
    format: "utf-8",
    parser: s
  };
}
function As(t2, e) {
  return X2(["add", t2, e]);
}
function xs(t2) {
  return X2(["init", ...t2]);
}
function X2(t2) {
  const e = [...t2];
  return e[0] !== "submodule" && e.unshift("submodule"), g(e);
}
function Ns(t2) {
  return X2(["update", ...t2]);
}
var $s = class {
  constructor(e, n) {
    this.all = e, this.latest = n;
  }
};
var Ps = function(t2, e = false) {
  const n = t2.split(`
`).map(Ds).filter(Boolean);
  e || n.sort(function(s, o2) {
    const i = s.split("."), a = o2.split(".");
    if (i.length === 1 || a.length === 1)
      return Ms(B2(i[0]), B2(a[0]));
    for (let c3 = 0, y2 = Math.max(i.length, a.length); c3 < y2; c3++) {
      const w2 = ye(B2(i[c3]), B2(a[c3]));
      if (w2)
        return w2;
    }
    return 0;
  });
  const r2 = e ? n[0] : [...n].reverse().find((s) => s.indexOf(".") >= 0);
  return new $s(n, r2);
};
function Ms(t2, e) {
  const n = Number.isNaN(t2), r2 = Number.isNaN(e);
  return n !== r2 ? n ? 1 : -1 : n ? ye(t2, e) : 0;
}
function ye(t2, e) {
  return t2 === e ? 0 : t2 > e ? 1 : -1;
}
function Ds(t2) {
  return t2.trim();
}
function B2(t2) {
  return typeof t2 == "string" && parseInt(t2.replace(/^\D+/g, ""), 10) || 0;
}
function Ls(t2 = []) {
  const e = t2.some((n) => /^--sort=/.test(n));
  return {
    format: "utf-8",
    commands: ["tag", "-l", ...t2],
    parser(n) {
      return Ps(n, e);
    }
  };
}
function js(t2) {
  return {
    format: "utf-8",
    commands: ["tag", t2],
    parser() {
      return { name: t2 };
    }
  };
}
function Bs(t2, e) {
  return {
    format: "utf-8",
    commands: ["tag", "-a", "-m", e, t2],
    parser() {
      return { name: t2 };
    }
  };
}
function f2(t2, e) {
  this._plugins = e, this._executor = new Dn(
    t2.baseDir,
    new Xr(t2.maxConcurrentProcesses),
    e
  ), this._trimmed = t2.trimmed;
}
(f2.prototype = Object.create(le.prototype)).constructor = f2;
f2.prototype.customBinary = function(t2) {
  return this._plugins.reconfigure("binary", t2), this;
};
f2.prototype.env = function(t2, e) {
  return arguments.length === 1 && typeof t2 == "object" ? this._executor.env = t2 : (this._executor.env = this._executor.env || {})[t2] = e, this;
};
f2.prototype.stashList = function(t2) {
  return this._runTask(
    Cs(
      ht(arguments) || {},
      K2(t2) && t2 || []
    ),
    u(arguments)
  );
};
f2.prototype.mv = function(t2, e) {
  return this._runTask(bs(t2, e), u(arguments));
};
f2.prototype.checkoutLatestTag = function(t2) {
  var e = this;
  return this.pull(function() {
    e.tags(function(n, r2) {
      e.checkout(r2.latest, t2);
    });
  });
};
f2.prototype.pull = function(t2, e, n, r2) {
  return this._runTask(
    Ts(
      d(t2, m),
      d(e, m),
      h2(arguments)
    ),
    u(arguments)
  );
};
f2.prototype.fetch = function(t2, e) {
  return this._runTask(
    gs(
      d(t2, m),
      d(e, m),
      h2(arguments)
    ),
    u(arguments)
  );
};
f2.prototype.tags = function(t2, e) {
  return this._runTask(
    Ls(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.rebase = function() {
  return this._runTask(
    g(["rebase", ...h2(arguments)]),
    u(arguments)
  );
};
f2.prototype.reset = function(t2) {
  return this._runTask(
    An(xn(t2), h2(arguments)),
    u(arguments)
  );
};
f2.prototype.revert = function(t2) {
  const e = u(arguments);
  return typeof t2 != "string" ? this._runTask(b2("Commit must be a string"), e) : this._runTask(
    g(["revert", ...h2(arguments, 0, true), t2]),
    e
  );
};
f2.prototype.addTag = function(t2) {
  const e = typeof t2 == "string" ? js(t2) : b2("Git.addTag requires a tag name");
  return this._runTask(e, u(arguments));
};
f2.prototype.addAnnotatedTag = function(t2, e) {
  return this._runTask(
    Bs(t2, e),
    u(arguments)
  );
};
f2.prototype.deleteLocalBranch = function(t2, e, n) {
  return this._runTask(
    cs(t2, typeof e == "boolean" ? e : false),
    u(arguments)
  );
};
f2.prototype.deleteLocalBranches = function(t2, e, n) {
  return this._runTask(
    us(t2, typeof e == "boolean" ? e : false),
    u(arguments)
  );
};
f2.prototype.branch = function(t2, e) {
  return this._runTask(
    is(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.branchLocal = function(t2) {
  return this._runTask(as(), u(arguments));
};
f2.prototype.raw = function(t2) {
  const e = !Array.isArray(t2), n = [].slice.call(e ? arguments : t2, 0);
  for (let s = 0; s < n.length && e; s++)
    if (!st(n[s])) {
      n.splice(s, n.length - s);
      break;
    }
  n.push(...h2(arguments, 0, true));
  var r2 = u(arguments);
  return n.length ? this._runTask(g(n, this._trimmed), r2) : this._runTask(
    b2("Raw: must supply one or more command to execute"),
    r2
  );
};
f2.prototype.submoduleAdd = function(t2, e, n) {
  return this._runTask(As(t2, e), u(arguments));
};
f2.prototype.submoduleUpdate = function(t2, e) {
  return this._runTask(
    Ns(h2(arguments, true)),
    u(arguments)
  );
};
f2.prototype.submoduleInit = function(t2, e) {
  return this._runTask(
    xs(h2(arguments, true)),
    u(arguments)
  );
};
f2.prototype.subModule = function(t2, e) {
  return this._runTask(
    X2(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.listRemote = function() {
  return this._runTask(
    Ss(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.addRemote = function(t2, e, n) {
  return this._runTask(
    vs(t2, e, h2(arguments)),
    u(arguments)
  );
};
f2.prototype.removeRemote = function(t2, e) {
  return this._runTask(Os(t2), u(arguments));
};
f2.prototype.getRemotes = function(t2, e) {
  return this._runTask(Es(t2 === true), u(arguments));
};
f2.prototype.remote = function(t2, e) {
  return this._runTask(
    Rs(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.tag = function(t2, e) {
  const n = h2(arguments);
  return n[0] !== "tag" && n.unshift("tag"), this._runTask(g(n), u(arguments));
};
f2.prototype.updateServerInfo = function(t2) {
  return this._runTask(
    g(["update-server-info"]),
    u(arguments)
  );
};
f2.prototype.pushTags = function(t2, e) {
  const n = Mr(
    { remote: d(t2, m) },
    h2(arguments)
  );
  return this._runTask(n, u(arguments));
};
f2.prototype.rm = function(t2) {
  return this._runTask(
    g(["rm", "-f", ...v(t2)]),
    u(arguments)
  );
};
f2.prototype.rmKeepLocal = function(t2) {
  return this._runTask(
    g(["rm", "--cached", ...v(t2)]),
    u(arguments)
  );
};
f2.prototype.catFile = function(t2, e) {
  return this._catFile("utf-8", arguments);
};
f2.prototype.binaryCatFile = function() {
  return this._catFile("buffer", arguments);
};
f2.prototype._catFile = function(t2, e) {
  var n = u(e), r2 = ["cat-file"], s = e[0];
  if (typeof s == "string")
    return this._runTask(
      b2("Git.catFile: options must be supplied as an array of strings"),
      n
    );
  Array.isArray(s) && r2.push.apply(r2, s);
  const o2 = t2 === "buffer" ? Gt(r2) : g(r2);
  return this._runTask(o2, n);
};
f2.prototype.diff = function(t2, e) {
  const n = m(t2) ? b2(
    "git.diff: supplying options as a single string is no longer supported, switch to an array of strings"
  ) : g(["diff", ...h2(arguments)]);
  return this._runTask(n, u(arguments));
};
f2.prototype.diffSummary = function() {
  return this._runTask(
    fr(h2(arguments, 1)),
    u(arguments)
  );
};
f2.prototype.applyPatch = function(t2) {
  const e = G2(t2) ? Yr(v(t2), h2([].slice.call(arguments, 1))) : b2(
    "git.applyPatch requires one or more string patches as the first argument"
  );
  return this._runTask(e, u(arguments));
};
f2.prototype.revparse = function() {
  const t2 = ["rev-parse", ...h2(arguments, true)];
  return this._runTask(
    g(t2, true),
    u(arguments)
  );
};
f2.prototype.clean = function(t2, e, n) {
  const r2 = un(t2), s = r2 && t2.join("") || d(t2, m) || "", o2 = h2([].slice.call(arguments, r2 ? 1 : 0));
  return this._runTask(
    on(s, o2),
    u(arguments)
  );
};
f2.prototype.exec = function(t2) {
  const e = {
    commands: [],
    format: "utf-8",
    parser() {
      typeof t2 == "function" && t2();
    }
  };
  return this._runTask(e);
};
f2.prototype.checkIgnore = function(t2, e) {
  return this._runTask(
    fs(v(d(t2, G2, []))),
    u(arguments)
  );
};
f2.prototype.checkIsRepo = function(t2, e) {
  return this._runTask(
    We(d(t2, m)),
    u(arguments)
  );
};
function Is(t2) {
  return t2 ? [{
    type: "spawn.before",
    action(r2, s) {
      t2.aborted && s.kill(new A2(void 0, "abort", "Abort already signaled"));
    }
  }, {
    type: "spawn.after",
    action(r2, s) {
      function o2() {
        s.kill(new A2(void 0, "abort", "Abort signal received"));
      }
      t2.addEventListener("abort", o2), s.spawned.on("close", () => t2.removeEventListener("abort", o2));
    }
  }] : void 0;
}
var Us = $2("", "plugin:allowEnvironment");
function Fs(t2, e = false) {
  const n = new Set(t2.map((r2) => r2.toLowerCase().trim()));
  return {
    type: "spawn.options",
    action(r2, s) {
      const o2 = { ...r2.env ?? process.env }, i = new Set(
        Object.keys(s.env).map((a) => a.toLowerCase().trim())
      );
      for (const a of Object.keys(o2)) {
        const c3 = a.toLowerCase().trim();
        if (!(!Gs(c3) || n.has(c3))) {
          if (i.has(c3))
            throw new A2(
              void 0,
              "allowEnvironment",
              `Use of "${a}" is blocked by the environment guard - add it to the allowEnvironment option to permit it`
            );
          Us("removing ambient guarded environment variable %s", a), delete o2[a];
        }
      }
      return {
        ...r2,
        env: {
          ...o2,
          GIT_TEST_DISALLOW_ABBREVIATED_OPTIONS: String(!e)
        }
      };
    }
  };
}
function Gs(t2) {
  const e = t2.toLowerCase().trim();
  return e.startsWith("git_") || _(e);
}
function zs(t2 = {}) {
  return {
    type: "spawn.args",
    action(e, { env: n }) {
      for (const r2 of oe(e, n))
        if (t2[r2.category] !== true)
          throw new A2(void 0, "unsafe", r2.message);
      return e;
    }
  };
}
function qs(t2) {
  const e = U(t2, "-c");
  return {
    type: "spawn.args",
    action(n) {
      return [...e, ...n];
    }
  };
}
var $t = (0, import_promise_deferred.deferred)().promise;
function Ws({
  onClose: t2 = true,
  onExit: e = 50
} = {}) {
  function n() {
    let s = -1;
    const o2 = {
      close: (0, import_promise_deferred.deferred)(),
      closeTimeout: (0, import_promise_deferred.deferred)(),
      exit: (0, import_promise_deferred.deferred)(),
      exitTimeout: (0, import_promise_deferred.deferred)()
    }, i = Promise.race([
      t2 === false ? $t : o2.closeTimeout.promise,
      e === false ? $t : o2.exitTimeout.promise
    ]);
    return r2(t2, o2.close, o2.closeTimeout), r2(e, o2.exit, o2.exitTimeout), {
      close(a) {
        s = a, o2.close.done();
      },
      exit(a) {
        s = a, o2.exit.done();
      },
      get exitCode() {
        return s;
      },
      result: i
    };
  }
  function r2(s, o2, i) {
    s !== false && (s === true ? o2.promise : o2.promise.then(() => wt(s))).then(i.done);
  }
  return {
    type: "spawn.after",
    async action(s, { spawned: o2, close: i }) {
      const a = n();
      let c3 = true, y2 = () => {
        c3 = false;
      };
      o2.stdout?.on("data", y2), o2.stderr?.on("data", y2), o2.on("error", y2), o2.on("close", (w2) => a.close(w2)), o2.on("exit", (w2) => a.exit(w2));
      try {
        await a.result, c3 && await wt(50), i(a.exitCode);
      } catch (w2) {
        i(a.exitCode, w2);
      }
    }
  };
}
var we = $2("", "plugin:binary");
var Hs = "Invalid value supplied for custom binary, requires a single string or an array containing either one or two strings";
var Ks = "Invalid value supplied for custom binary, restricted characters must be removed or supply the unsafe.allowUnsafeCustomBinary option";
function Vs(t2) {
  return !t2 || !/^([a-z]:)?([a-z0-9/.\\_~-]+)$/i.test(t2);
}
function Pt(t2, e) {
  if (t2.length < 1 || t2.length > 2)
    throw new A2(void 0, "binary", Hs);
  if (t2.some(Vs))
    if (e)
      we("permitted unsafe binary %o", t2);
    else
      throw new A2(void 0, "binary", Ks);
  const [r2, s] = t2;
  return {
    binary: r2,
    prefix: s
  };
}
function Xs(t2, e = ["git"], n = false) {
  let r2 = Pt(v(e), n);
  t2.on("binary", (s) => {
    r2 = Pt(v(s), n), we.info("reconfiguring %o", r2);
  }), t2.append("spawn.binary", () => r2.binary), t2.append("spawn.args", (s) => r2.prefix ? [r2.prefix, ...s] : s);
}
var be = {
  DISALLOWED_ABBREVIATED: {
    text: "disallowed abbreviated or ambiguous option",
    solution: "Unambiguous abbreviated options blocked with unsafe.allowAbbreviatedOptions setting: {message}"
  },
  UNKNOWN: {
    text: "~ unknown ~",
    solution: void 0
  }
};
function Ys(t2) {
  if (!t2)
    return "UNKNOWN";
  for (const [e, { text: n }] of Object.entries(be))
    if (t2.startsWith(`fatal: ${n}`))
      return e;
  return "UNKNOWN";
}
var Qs = class extends O2 {
  constructor(e = "") {
    const n = Ys(e);
    super(void 0, be[n].solution?.replace("{message}", e) ?? e), this.reason = n;
  }
};
function Js(t2) {
  return !!(t2.exitCode && t2.stdErr.length);
}
function Zs(t2) {
  return Buffer.concat([...t2.stdOut, ...t2.stdErr]);
}
function to(t2 = false, e = Js, n = Zs) {
  return (r2, s) => !t2 && r2 || !e(s) ? r2 : n(s);
}
function eo(t2, e) {
  return t2 === 128 && e.startsWith("fatal:") ? new Qs(e) : new O2(void 0, e);
}
function Mt(t2) {
  return {
    type: "task.error",
    action(e, n) {
      const r2 = t2(e.error, {
        stdErr: n.stdErr,
        stdOut: n.stdOut,
        exitCode: n.exitCode
      });
      return Buffer.isBuffer(r2) ? {
        error: eo(n.exitCode, r2.toString("utf-8"))
      } : {
        error: r2
      };
    }
  };
}
var nt = $2("", "plugin:input");
function no(t2) {
  return {
    type: "spawn.after",
    action(e, { commands: n, input: r2, spawned: { stdin: s } }) {
      if (!s)
        return;
      const o2 = t2?.([...n]) ?? r2;
      if (!o2)
        return nt("generated zero length content, not writing to stdin");
      nt("writing %s bytes to stdin", Le(o2)), s.on("error", (i) => {
        i.code !== "EPIPE" && nt("[ERROR] stdin error %o", i);
      }), s.end(o2);
    }
  };
}
var ro = class {
  constructor() {
    this.plugins = /* @__PURE__ */ new Set(), this.events = new import_node_events.EventEmitter();
  }
  on(e, n) {
    this.events.on(e, n);
  }
  reconfigure(e, n) {
    this.events.emit(e, n);
  }
  append(e, n) {
    const r2 = S2(this.plugins, { type: e, action: n });
    return () => this.plugins.delete(r2);
  }
  add(e) {
    const n = [];
    return v(e).forEach(
      (r2) => {
        r2 && this.plugins.add(S2(n, r2));
      }
    ), () => {
      n.forEach((r2) => {
        this.plugins.delete(r2);
      });
    };
  }
  exec(e, n, r2) {
    let s = n;
    const o2 = Object.freeze(Object.create(r2));
    for (const i of this.plugins)
      i.type === e && (s = i.action(s, o2));
    return s;
  }
};
function so(t2) {
  const e = "--progress", n = ["checkout", "clone", "fetch", "pull", "push"];
  return [{
    type: "spawn.args",
    action(o2, i) {
      return n.includes(i.method) ? De(o2, e) : o2;
    }
  }, {
    type: "spawn.after",
    action(o2, i) {
      i.commands.includes(e) && i.spawned.stderr?.on("data", (a) => {
        const c3 = /^([\s\S]+?):\s*(\d+)% \((\d+)\/(\d+)\)/.exec(a.toString("utf8"));
        c3 && t2({
          method: i.method,
          stage: oo(c3[1]),
          progress: p(c3[2]),
          processed: p(c3[3]),
          total: p(c3[4])
        });
      });
    }
  }];
}
function oo(t2) {
  return String(t2.toLowerCase().split(" ", 1)) || "unknown";
}
function io(t2) {
  const e = je(t2, ["uid", "gid"]);
  return {
    type: "spawn.options",
    action(n) {
      return { ...e, ...n };
    }
  };
}
function ao() {
  return {
    type: "spawn.args",
    action(t2) {
      const e = [];
      let n;
      function r2(s) {
        (n = n || []).push(...s);
      }
      for (let s = 0; s < t2.length; s++) {
        const o2 = t2[s];
        if (r(o2)) {
          r2(o(o2));
          continue;
        }
        if (o2 === "--") {
          r2(
            t2.slice(s + 1).flatMap((i) => r(i) && o(i) || i)
          );
          break;
        }
        e.push(o2);
      }
      return n ? [...e, "--", ...n.map(String)] : e;
    }
  };
}
function uo({
  block: t2,
  stdErr: e = true,
  stdOut: n = true
}) {
  if (t2 > 0)
    return {
      type: "spawn.after",
      action(r2, s) {
        let o2;
        function i() {
          o2 && clearTimeout(o2), o2 = setTimeout(c3, t2);
        }
        function a() {
          s.spawned.stdout?.off("data", i), s.spawned.stderr?.off("data", i), s.spawned.off("exit", a), s.spawned.off("close", a), o2 && clearTimeout(o2);
        }
        function c3() {
          a(), s.kill(new A2(void 0, "timeout", "block timeout reached"));
        }
        n && s.spawned.stdout?.on("data", i), e && s.spawned.stderr?.on("data", i), s.spawned.on("exit", a), s.spawned.on("close", a), i();
      }
    };
}
var wo = (t2, e) => {
  const n = new ro(), r2 = Ge(
    t2 && (typeof t2 == "string" ? { baseDir: t2 } : t2) || {},
    e
  );
  if (!Lt(r2.baseDir))
    throw new Ae(
      r2,
      "Cannot use simple-git on a directory that does not exist"
    );
  return Array.isArray(r2.config) && n.add(qs(r2.config)), n.add(zs(r2.unsafe)), n.add(Ws(r2.completion)), r2.abort && n.add(Is(r2.abort)), r2.progress && n.add(so(r2.progress)), r2.timeout && n.add(uo(r2.timeout)), r2.spawnOptions && n.add(io(r2.spawnOptions)), n.add(ao()), n.add(no(r2.input)), n.add(Mt(to(true))), r2.errors && n.add(Mt(r2.errors)), Xs(n, r2.binary, r2.unsafe?.allowUnsafeCustomBinary), n.add(
    Fs(r2.allowEnvironment ?? [], r2.unsafe?.allowAbbreviatedOptions)
  ), new f2(r2, n);
};

// src/sources/git-diff.ts
function parseDiffRange(range) {
  const match = /^(.+?)\.{2,3}(.*)$/.exec(range.trim());
  if (!match || !match[1]) {
    throw new SourceError({}, `--diff "${range}" is not a range`, "write it as BASE...HEAD, e.g. --diff origin/main...HEAD");
  }
  return { base: match[1], head: match[2] || "HEAD" };
}
var ZERO_SHA = /^0+$/;
function parseRawDiff(output) {
  const fields = output.split("\0");
  const files = [];
  let i = 0;
  while (i < fields.length) {
    const meta = fields[i];
    if (!meta) {
      i++;
      continue;
    }
    const [srcMode, dstMode, srcSha, dstSha, status] = meta.slice(1).split(" ");
    const kind = status[0];
    const blob = ZERO_SHA.test(dstSha) ? void 0 : dstSha;
    const old = ZERO_SHA.test(srcSha) ? {} : { oldBlob: srcSha, oldMode: srcMode };
    if (kind === "R" || kind === "C") {
      const from = fields[i + 1];
      const path3 = fields[i + 2];
      files.push({ change: kind === "R" ? "renamed" : "copied", path: path3, from, blob, mode: dstMode, ...old });
      i += 3;
      continue;
    }
    const path2 = fields[i + 1];
    const change = kind === "A" ? "added" : kind === "D" ? "deleted" : "modified";
    files.push(change === "deleted" ? { change, path: path2, ...old } : { change, path: path2, blob, mode: dstMode, ...old });
    i += 2;
  }
  return files;
}
function fileChangeActions(files) {
  const actions = [];
  for (const f3 of files) {
    if (f3.change === "renamed" && f3.from !== void 0) {
      const detail = `renamed ${f3.from} \u2192 ${f3.path}`;
      actions.push({ type: "file.write", path: f3.from, change: "renamed", origin: { source: "diff", file: f3.from, detail } });
      actions.push({ type: "file.write", path: f3.path, change: "renamed", origin: { source: "diff", file: f3.path, detail } });
    } else {
      const detail = f3.change === "copied" ? `copied ${f3.from} \u2192 ${f3.path}` : f3.change;
      actions.push({ type: "file.write", path: f3.path, change: f3.change, origin: { source: "diff", file: f3.path, detail } });
    }
  }
  return actions;
}
async function readPrDiff(repoDir, range) {
  const git = wo({ baseDir: repoDir, config: ["core.quotePath=false"] });
  await ensureRepository(git, repoDir);
  const shallow = (await git.raw(["rev-parse", "--is-shallow-repository"])).trim() === "true";
  const base = await resolveCommit(git, range.base, shallow);
  const head = await resolveCommit(git, range.head, shallow);
  let mergeBase;
  try {
    mergeBase = (await git.raw(["merge-base", base, head])).trim();
  } catch {
    mergeBase = "";
  }
  if (!mergeBase) {
    throw new SourceError(
      { file: repoDir },
      `${range.base} and ${range.head} have no common ancestor in this clone${shallow ? " (the clone is shallow)" : ""}`,
      FETCH_HINT
    );
  }
  const raw = await git.raw(["diff", "--raw", "-z", "--no-abbrev", "--no-color", "--no-ext-diff", "--find-renames", "--find-copies", mergeBase, head, "--"]);
  return { mergeBase, head, files: parseRawDiff(raw) };
}
var FETCH_HINT = "fetch the history the gate needs: in GitHub Actions set `fetch-depth: 0` on actions/checkout, or fetch the base commit (`git fetch origin <base-sha>`) and pass it as --diff <base-sha>...HEAD";
async function ensureRepository(git, repoDir) {
  let inside = false;
  try {
    inside = await git.checkIsRepo();
  } catch {
    inside = false;
  }
  if (!inside) throw new SourceError({ file: repoDir }, "not a git repository", "run safeclaw from the checkout of the PR (or pass its folder)");
}
async function resolveCommit(git, rev, shallow) {
  try {
    return (await git.raw(["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`])).trim() || missing();
  } catch {
    return missing();
  }
  function missing() {
    throw new SourceError({}, `commit ${rev} is not in this clone${shallow ? " (the clone is shallow)" : ""}`, FETCH_HINT);
  }
}
async function readBlobs(repoDir, ids) {
  const result = /* @__PURE__ */ new Map();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return result;
  const child = (0, import_node_child_process2.spawn)("git", ["cat-file", "--batch"], { cwd: repoDir, stdio: ["pipe", "pipe", "pipe"] });
  const chunks = [];
  const errors = [];
  child.stdout.on("data", (d2) => chunks.push(d2));
  child.stderr.on("data", (d2) => errors.push(d2));
  const done = new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code2) => resolve(code2 ?? 1));
  });
  child.stdin.end(unique.join("\n") + "\n");
  const code = await done;
  if (code !== 0) throw new SourceError({ file: repoDir }, `git cat-file failed: ${Buffer.concat(errors).toString().trim()}`);
  const out = Buffer.concat(chunks);
  let at2 = 0;
  for (const id of unique) {
    const eol = out.indexOf(10, at2);
    const header = out.subarray(at2, eol).toString();
    at2 = eol + 1;
    const [, type, size] = header.split(" ");
    if (type === void 0 || size === void 0) continue;
    const length = Number(size);
    result.set(id, out.subarray(at2, at2 + length));
    at2 += length + 1;
  }
  return result;
}

// src/sources/pipeline-files.ts
function pipelineFileKind(path2) {
  const name = path2.slice(path2.lastIndexOf("/") + 1);
  if (/^\.github\/workflows\/[^/]+\.ya?ml$/.test(path2)) return "workflow";
  if (name === "action.yml" || name === "action.yaml") return "composite-action";
  if (name === "Makefile" || name === "makefile" || name === "GNUmakefile" || name.endsWith(".mk")) return "makefile";
  if (name.endsWith(".sh") || name.endsWith(".bash")) return "shell-script";
  if (name === "package.json") return "package-json";
  return void 0;
}
function pipelineCommands(path2, text, kind = pipelineFileKind(path2)) {
  switch (kind) {
    case "workflow":
    case "composite-action":
      return yamlRunSteps(path2, text, kind);
    case "makefile":
      return makefileRecipes(path2, text);
    case "shell-script":
      return scriptCommands(path2, text, "shell script");
    case "package-json":
      return packageScripts(path2, text);
    default:
      return [];
  }
}
function shell(command, file, line, detail) {
  return { type: "shell.execute", command, origin: { source: "pipeline", file, line, detail } };
}
function yamlRunSteps(file, text, kind) {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  if (doc.errors.length) {
    const err = doc.errors[0];
    throw new SourceError({ file, line: err.linePos?.[0].line }, `not valid YAML: ${err.message.split("\n")[0]}`, "fix the YAML; a workflow the gate cannot read is not run past it");
  }
  const lineOf = (node) => node?.range ? lines.linePos(node.range[0]).line : 0;
  const out = [];
  const stepsOf = (steps, where) => {
    if (!isSeq(steps)) return;
    steps.items.forEach((step, index) => {
      if (!isMap(step)) return;
      for (const pair of step.items) {
        if (!isScalar(pair.key) || pair.key.value !== "run") continue;
        const value = pair.value;
        if (!isScalar(value) || value.value === null) continue;
        out.push(shell(String(value.value).trim(), file, lineOf(pair.key), `${where} step ${index + 1}`));
      }
    });
  };
  const root = doc.contents;
  if (!isMap(root)) return out;
  if (kind === "composite-action") {
    const runs = root.get("runs", true);
    if (isMap(runs)) stepsOf(runs.get("steps", true), "runs");
    return out;
  }
  const jobs = root.get("jobs", true);
  if (!isMap(jobs)) return out;
  for (const job of jobs.items) {
    if (!isMap(job.value)) continue;
    stepsOf(job.value.get("steps", true), `job ${isScalar(job.key) ? String(job.key.value) : "?"}`);
  }
  return out;
}
function makefileRecipes(file, text) {
  const physical = text.replace(/\r\n?/g, "\n").split("\n");
  const out = [];
  let inRule = false;
  let inDefine = false;
  const emit = (raw, line, target2) => {
    const command = raw.replace(/^[\s@+-]+/, "").replace(/\$\$/g, "$").trim();
    if (command && !command.startsWith("#")) out.push(shell(command, file, line, `make ${target2}`));
  };
  let target = "";
  for (let i = 0; i < physical.length; i++) {
    let text2 = physical[i];
    const line = i + 1;
    if (inDefine) {
      if (/^\s*endef\b/.test(text2)) inDefine = false;
      continue;
    }
    if (text2.startsWith("	") && inRule) {
      let joined = text2.slice(1);
      while (/\\$/.test(joined) && i + 1 < physical.length) {
        i++;
        joined = joined.slice(0, -1) + " " + physical[i].replace(/^\t/, "").trimStart();
      }
      emit(joined, line, target);
      continue;
    }
    if (/^\s*(#|$)/.test(text2)) continue;
    if (/^\s*define\b/.test(text2)) {
      inDefine = true;
      continue;
    }
    if (/^\s*(ifeq|ifneq|ifdef|ifndef|else|endif|include|-include|sinclude|export|unexport|override|vpath)\b/.test(text2)) continue;
    while (/\\$/.test(text2) && i + 1 < physical.length) text2 = text2.slice(0, -1) + " " + physical[++i].trim();
    const rule = /^([^:=#]+?)\s*::?(?!=)(.*)$/.exec(text2);
    if (rule && !/^\s*[\w.-]+\s*[:+?!]?=/.test(text2)) {
      inRule = true;
      target = rule[1].trim();
      const inline = rule[2].indexOf(";");
      if (inline >= 0) emit(rule[2].slice(inline + 1), line, target);
    } else {
      inRule = false;
    }
  }
  return out;
}
function scriptCommands(file, text, detail) {
  try {
    return splitShellCommands(text).map((c3) => shell(c3.command, file, c3.line, detail));
  } catch (err) {
    if (err instanceof ShellSplitError) throw new SourceError({ file, line: err.line }, err.message, "fix the script; a command the gate cannot delimit is not let through");
    throw err;
  }
}
function packageScripts(file, text) {
  try {
    JSON.parse(text);
  } catch (err) {
    throw new SourceError({ file }, `not valid JSON: ${err.message}`, "fix package.json");
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  const root = doc.contents;
  if (!isMap(root)) return [];
  const scripts = root.get("scripts", true);
  if (!isMap(scripts)) return [];
  const out = [];
  for (const pair of scripts.items) {
    if (!isScalar(pair.key) || !isScalar(pair.value) || typeof pair.value.value !== "string") continue;
    const line = pair.key.range ? lines.linePos(pair.key.range[0]).line : 0;
    out.push(shell(pair.value.value, file, line, `npm script ${String(pair.key.value)}`));
  }
  return out;
}

// src/sources/pr-body.ts
var SCRIPT_LANGS = /* @__PURE__ */ new Set(["sh", "bash", "shell", "zsh"]);
var HEADING_FIX = 'write the heading as "## Agent plan" (or mark the commands with <!-- safeclaw:commands -->)';
var OPEN_MARKER = /<!--\s*safeclaw:commands\s*-->/i;
var CLOSE_MARKER = /<!--\s*\/safeclaw:commands\s*-->/i;
function prBodyPlanActions(body, file = "PR body", options = {}) {
  const { actions, sections } = readPrBody(body, file);
  for (const section of sections) {
    if (section.commands === 0) {
      throw new SourceError(
        { file, line: section.line },
        "the agent plan section holds no command",
        'put the commands in ```sh, ```bash, ```shell, ```zsh or ```console blocks (console: lines starting with "$ ")'
      );
    }
  }
  if (sections.length === 0 && options.planRequired) {
    throw noActionsError(file, "a PR description", `it has no "## Agent plan" section or <!-- safeclaw:commands --> marker (${HEADING_FIX})`);
  }
  return actions;
}
function readPrBody(body, file) {
  const lines = body.replace(/\r\n?/g, "\n").split("\n");
  const out = [];
  const sections = [];
  let section = null;
  const add = (actions) => {
    for (const action of actions) out.push(action);
    if (section) section.commands += actions.length;
  };
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i];
    const heading = headingAt(lines, i);
    if (heading) {
      if (section && (section.level === 7 || heading.level <= section.level)) section = null;
      const kind = planHeadingKind(heading.text);
      if (kind === "plan") {
        section = { line: i + 1, level: heading.level, commands: 0 };
        sections.push(section);
      } else if (kind === "near") {
        throw new SourceError({ file, line: i + 1 }, `heading "${heading.text.trim()}" looks like an agent plan, but SafeClaw reads only "Agent plan" headings`, HEADING_FIX);
      }
      i += heading.lines - 1;
      continue;
    }
    const nearMiss = nearMissPlanLine(text);
    if (nearMiss) throw new SourceError({ file, line: i + 1 }, `"${text.trim()}" is not a heading, so no plan section starts here (${nearMiss})`, HEADING_FIX);
    if (OPEN_MARKER.test(text)) {
      section = { line: i + 1, level: 7, commands: 0 };
      sections.push(section);
      continue;
    }
    if (CLOSE_MARKER.test(text)) {
      section = null;
      continue;
    }
    const fence = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)/.exec(text);
    if (!fence) continue;
    const [, indent, marker, info] = fence;
    const close = new RegExp(`^\\s*${marker[0] === "`" ? "`" : "~"}{${marker.length},}\\s*$`);
    const blockStart = i + 1;
    let end = blockStart;
    while (end < lines.length && !close.test(lines[end])) end++;
    if (end >= lines.length) throw new SourceError({ file, line: i + 1 }, "code block is not closed", "close the ``` fence");
    const content = lines.slice(blockStart, end).map((l3) => l3.startsWith(indent) ? l3.slice(indent.length) : l3.trimStart());
    i = end;
    const lang = info.toLowerCase();
    if (!section) continue;
    if (SCRIPT_LANGS.has(lang)) add(scriptBlock(content, blockStart + 1, file, lang));
    else if (lang === "console" || lang === "shell-session") add(consoleBlock(content, blockStart + 1, file));
  }
  return { actions: out, sections };
}
function headingAt(lines, i) {
  const atx = /^ {0,3}(#{1,6})(?:\s+(.*?))?\s*$/.exec(lines[i]);
  if (atx) return { level: atx[1].length, text: (atx[2] ?? "").replace(/\s+#+$/, ""), lines: 1 };
  const html = /^ {0,3}<h([1-6])(?:\s[^>]*)?>(.*?)<\/h\1>\s*$/i.exec(lines[i]);
  if (html) return { level: Number(html[1]), text: html[2].replace(/<[^>]*>/g, ""), lines: 1 };
  const under = i + 1 < lines.length ? /^ {0,3}(=+|-+)\s*$/.exec(lines[i + 1]) : null;
  if (under && lines[i].trim() && !/^ {0,3}([-*+>]|\d+[.)]|`{3}|~{3}|<)/.test(lines[i]) && !/^ {0,3}(=+|-+)\s*$/.test(lines[i])) {
    return { level: under[1][0] === "=" ? 1 : 2, text: lines[i], lines: 2 };
  }
  return void 0;
}
function words(text) {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
function planHeadingKind(text) {
  const w2 = words(text);
  if (w2.length === 2 && w2[0] === "agent" && w2[1] === "plan") return "plan";
  if (w2.some((x3) => x3.startsWith("agent")) && w2.some((x3) => x3.startsWith("plan"))) return "near";
  return void 0;
}
function nearMissPlanLine(text) {
  const quoted = /^ {0,3}>\s*(#{1,6}\s.*)$/.exec(text);
  if (quoted && planHeadingKind(quoted[1].replace(/^#+/, ""))) return "a heading inside a quote";
  const bold = /^ {0,3}(\*\*|__)(.+)\1\s*:?\s*$/.exec(text);
  if (bold && planHeadingKind(bold[2])) return "bold text";
  return void 0;
}
function scriptBlock(content, firstLine, file, lang) {
  const text = content.map((l3) => l3.replace(/^\s*\$ /, "")).join("\n");
  return split(text, firstLine, file, lang);
}
function consoleBlock(content, firstLine, file) {
  const out = [];
  for (let i = 0; i < content.length; i++) {
    const prompt = /^\s*\$ (.*)$/.exec(content[i]);
    if (!prompt) continue;
    const parts = [prompt[1]];
    const line = firstLine + i;
    while (i + 1 < content.length && (/\\$/.test(parts[parts.length - 1]) || /^\s*> /.test(content[i + 1]))) {
      i++;
      parts.push(content[i].replace(/^\s*> /, ""));
    }
    for (const action of split(parts.join("\n"), line, file, "console")) out.push(action);
  }
  return out;
}
function split(text, firstLine, file, lang) {
  try {
    return splitShellCommands(text, firstLine).map(({ command, line }) => ({
      type: "shell.execute",
      command,
      origin: { source: "pr-body", file, line, detail: `${lang} block` }
    }));
  } catch (err) {
    if (err instanceof ShellSplitError) throw new SourceError({ file, line: err.line }, err.message, "fix the command in the PR description");
    throw err;
  }
}

// src/sources/collect.ts
async function collectActions(options) {
  const cwd = options.cwd ?? process.cwd();
  const resolve = (p2) => import_node_path2.default.resolve(cwd, p2);
  const actions = [];
  const add = (list) => {
    for (const action of list) actions.push(action);
  };
  const diff = options.diff ? diffAndPipelineActions(resolve(options.repoDir ?? "."), options.diff) : void 0;
  diff?.catch(() => void 0);
  let others = [];
  let othersFailed;
  try {
    others = await otherSourceActions(options, resolve);
  } catch (error) {
    othersFailed = { error };
  }
  if (diff) add(await diff);
  if (othersFailed) throw othersFailed.error;
  add(others);
  return withManifestNamespaces(actions, resolve(options.repoDir ?? "."));
}
async function otherSourceActions(options, resolve) {
  const actions = [];
  const add = (list) => {
    for (const action of list) actions.push(action);
  };
  for (const plan of options.plans ?? []) add(await readPlanFileActions(resolve(plan), plan, { format: options.planFormat ?? "auto" }));
  for (const file of options.commands ?? []) {
    add(readCommandsFile(await readText(resolve(file), file), file, options.commandsFormat ?? "auto"));
  }
  if (options.prBody !== void 0) {
    const given = typeof options.prBody !== "string";
    const label = given ? options.prBody.file : "PR body";
    const body = given ? await readText(resolve(label), label) : options.prBody;
    add(prBodyPlanActions(body, label, { planRequired: given }));
  }
  return actions;
}
async function diffAndPipelineActions(repoDir, range) {
  const diff = await readPrDiff(repoDir, parseDiffRange(range));
  const actions = fileChangeActions(diff.files);
  const runnable = diff.files.filter((f3) => f3.blob && f3.mode?.startsWith("100") && pipelineFileKind(f3.path));
  const blobs = await readBlobs(repoDir, runnable.map((f3) => f3.blob));
  for (const f3 of runnable) {
    const content = blobs.get(f3.blob);
    if (!content) throw new SourceError({ file: f3.path }, `cannot read the file at ${diff.head.slice(0, 12)}`, "check the clone is complete");
    for (const action of pipelineCommands(f3.path, content.toString("utf8"))) actions.push(action);
  }
  const isText = (mode) => mode?.startsWith("100");
  const yaml = diff.files.filter((f3) => isManifestPath(f3.path) || f3.from !== void 0 && isManifestPath(f3.from));
  const ids = yaml.flatMap((f3) => [isText(f3.mode) ? f3.blob : void 0, isText(f3.oldMode) && f3.change !== "copied" ? f3.oldBlob : void 0]).filter((id) => !!id);
  const manifestBlobs = await readBlobs(repoDir, ids);
  for (const f3 of yaml) {
    const text = (id) => id ? manifestBlobs.get(id)?.toString("utf8") : void 0;
    const after = isText(f3.mode) && f3.blob ? manifestObjects(text(f3.blob) ?? "", f3.path) : void 0;
    const oldPath = f3.from ?? f3.path;
    const before = isText(f3.oldMode) && f3.oldBlob && f3.change !== "copied" ? manifestObjects(text(f3.oldBlob) ?? "", oldPath) : void 0;
    for (const action of manifestChangeActions(f3.change === "deleted" ? oldPath : f3.path, before, after)) actions.push(action);
  }
  return actions;
}
async function readText(file, label) {
  try {
    return await (0, import_promises2.readFile)(file, "utf8");
  } catch (err) {
    throw new SourceError({ file: label }, `cannot read file (${err.code ?? err.message})`, "check the path");
  }
}

export {
  parseActionsJsonl,
  openAiActions,
  COMMANDS_FORMATS,
  wo,
  PLAN_FORMATS,
  collectActions
};
