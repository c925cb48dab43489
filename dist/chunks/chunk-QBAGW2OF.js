import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  derivedRedactor,
  mayHoldSecret,
  redactSecrets,
  sharedRedaction
} from "./chunk-MSLOIGWO.js";
import {
  evaluate,
  evaluateCheckedAction,
  validateActions,
  validatePolicySet
} from "./chunk-PH6DYPQT.js";
import {
  STRICTNESS
} from "./chunk-IP5HSEW5.js";
import {
  require_path
} from "./chunk-6XR2NURA.js";
import {
  __toESM
} from "./chunk-JSTIMTER.js";

// src/redaction/display.ts
var UNCHANGED_KEPT = 16;
function displayItem(action, decision) {
  const kinds = [];
  const secrets = [];
  const note = (redaction) => {
    for (const kind of redaction.kinds) if (!kinds.includes(kind)) kinds.push(kind);
    for (const secret of redaction.secrets) secrets.push(secret);
    return redaction.text;
  };
  const unchanged = [];
  const remember = (text) => {
    if (unchanged.length < UNCHANGED_KEPT) unchanged.push(text);
  };
  const own = (text) => {
    const redaction = sharedRedaction(text);
    if (redaction.kinds.length === 0 && redaction.text === text) remember(text);
    return note(redaction);
  };
  const shownAction = redactAction(action, own);
  const derived = derivedRedactor(secrets);
  const other = (text) => {
    if (secrets.length === 0) {
      if (unchanged.includes(text)) return text;
      if (!mayHoldSecret(text)) {
        remember(text);
        return text;
      }
    }
    return note(derived(text));
  };
  const shownDecision = redactDecision(decision, other);
  if (kinds.length === 0 && shownAction === action && shownDecision === decision) return { action, decision };
  return { action: shownAction, decision: shownDecision, ...kinds.length > 0 ? { redacted: kinds } : {} };
}
function redactAction(action, redact) {
  const origin = redactOrigin(action.origin, redact);
  switch (action.type) {
    case "shell.execute": {
      const command = redact(action.command);
      return command === action.command && origin === action.origin ? action : { ...action, command, ...origin ? { origin } : {} };
    }
    case "file.read":
    case "file.write": {
      const path2 = redact(action.path);
      return path2 === action.path && origin === action.origin ? action : { ...action, path: path2, ...origin ? { origin } : {} };
    }
    case "network.request": {
      const destination = redact(action.destination);
      return destination === action.destination && origin === action.origin ? action : { ...action, destination, ...origin ? { origin } : {} };
    }
    case "infra.change": {
      const address = redact(action.address);
      const module = redact(action.module);
      if (address === action.address && module === action.module && origin === action.origin) return action;
      return { ...action, address, module, ...origin ? { origin } : {} };
    }
    case "tool.call": {
      const tool = redact(action.tool);
      const input = action.input ? redactAttributes(action.input, redact) : void 0;
      if (tool === action.tool && input === action.input && origin === action.origin) return action;
      return { ...action, tool, ...input ? { input } : {}, ...origin ? { origin } : {} };
    }
  }
}
function redactAttributes(attributes, redact) {
  if (!mayHoldSecret(attributes.map((a) => `${a.path}=${a.value}`).join("\n"))) return attributes;
  let changed = false;
  const shown = attributes.map((attribute) => {
    if (!mayHoldSecret(attribute.value) && !mayHoldSecret(attribute.path)) return attribute;
    const byName = redactSecrets(`${attribute.path}=${JSON.stringify(attribute.value)}`).kinds.length > 0 && attribute.value !== "";
    const value = redact(byName ? "[REDACTED:secret]" : attribute.value);
    if (value === attribute.value) return attribute;
    changed = true;
    return { ...attribute, value };
  });
  return changed ? shown : attributes;
}
function redactOrigin(origin, redact) {
  if (!origin) return origin;
  const file = origin.file === void 0 ? void 0 : redact(origin.file);
  const detail = origin.detail === void 0 ? void 0 : redact(origin.detail);
  if (file === origin.file && detail === origin.detail) return origin;
  return { ...origin, ...file !== void 0 ? { file } : {}, ...detail !== void 0 ? { detail } : {} };
}
function redactDecision(decision, redact) {
  const reason = redact(decision.reason);
  const normalized = redact(decision.normalized);
  let partsChanged = false;
  const parts = decision.parts.map((part) => {
    const shown = redactPart(part, redact);
    if (shown !== part) partsChanged = true;
    return shown;
  });
  if (reason === decision.reason && normalized === decision.normalized && !partsChanged) return decision;
  return { ...decision, reason, normalized, parts: partsChanged ? parts : decision.parts };
}
function redactPart(part, redact) {
  const text = redact(part.text);
  const raw = part.raw === void 0 ? void 0 : redact(part.raw);
  const reason = redact(part.reason);
  let traceChanged = false;
  const trace = part.trace?.map((step) => {
    const why = redact(step.why);
    if (why === step.why) return step;
    traceChanged = true;
    return { ...step, why };
  });
  if (text === part.text && raw === part.raw && reason === part.reason && !traceChanged) return part;
  return { ...part, text, reason, ...raw !== void 0 ? { raw } : {}, ...trace ? { trace: traceChanged ? trace : part.trace } : {} };
}

// src/engine/gate.ts
function evaluateAll(policySet, input, options = {}) {
  const actions = validateActions(input);
  if (actions.length > 0) validatePolicySet(policySet);
  const counts = { allow: 0, deny: 0, require_approval: 0 };
  let verdict = "allow";
  const items = actions.map((action, i) => {
    const given = options.analyses?.get(input[i]);
    const analysis = given !== void 0 && action.type === "shell.execute" && given.command === action.command ? given.analysis : void 0;
    const item = displayItem(action, evaluateCheckedAction(policySet, action, {}, analysis));
    counts[item.decision.decision]++;
    if (STRICTNESS[item.decision.decision] > STRICTNESS[verdict]) verdict = item.decision.decision;
    return item;
  });
  return { verdict, items, counts, policyDigest: policySet.digest };
}
function judgeForDisplay(policySet, action, options = {}) {
  return displayItem(action, evaluate(policySet, action, options));
}

// src/sources/errors.ts
var SourceError = class extends Error {
  file;
  line;
  hint;
  constructor(place, problem, hint) {
    super(formatSourceMessage(place, problem, hint));
    this.name = "SourceError";
    this.file = place.file;
    this.line = place.line;
    this.hint = hint;
  }
};
function formatSourceMessage(place, problem, hint) {
  const where = place.file && !place.named ? `${place.file}${place.line ? `:${place.line}` : ""}: ` : "";
  return `${where}${problem}${hint ? `
  fix: ${hint}` : ""}`;
}
function noActionsError(file, readAs, what = "use --commands-format to read it as another format (or leave the file out if the agent really did nothing)") {
  return new SourceError({ file, named: true }, `no actions found in ${file} read as ${readAs}; ${what}`);
}

// src/integrations/claude-code-tools.ts
var import_node_path = __toESM(require_path(), 1);
var none = (why) => ({ does: "none", why });
var CLAUDE_CODE_TOOLS = Object.freeze(
  Object.assign(/* @__PURE__ */ Object.create(null), {
    // Shell
    Bash: { does: "shell", key: "command" },
    Monitor: { does: "monitor" },
    PowerShell: { does: "refuse", why: "SafeClaw reads POSIX shell; a PowerShell command cannot be judged" },
    BashOutput: none("reads the output of a background command the session already started (and SafeClaw judged)"),
    TaskOutput: none("reads the output of a background task the session already started"),
    KillShell: none("stops a background command the session started"),
    KillBash: none("stops a background command the session started"),
    TaskStop: none("stops a background task or agent the session started"),
    // Files
    Read: { does: "read", key: "file_path" },
    NotebookRead: { does: "read", key: "notebook_path" },
    Grep: { does: "read", key: "path", optional: true },
    LS: { does: "read", key: "path", optional: true },
    Glob: { does: "glob", key: "pattern" },
    LSP: { does: "read", key: "filePath" },
    Write: { does: "write", key: "file_path" },
    Edit: { does: "write", key: "file_path" },
    MultiEdit: { does: "write", key: "file_path" },
    NotebookEdit: { does: "write", key: "notebook_path" },
    // Network
    WebFetch: { does: "network", key: "url" },
    WebSearch: { does: "search", key: "query" },
    web_search: { does: "search", key: "query" },
    Artifact: { does: "refuse", why: "publishes a file's content to claude.ai; SafeClaw has no action for an upload to a hosted page" },
    ArtifactComments: { does: "refuse", why: "reads and answers comments on a claude.ai artifact" },
    ArtifactData: { does: "refuse", why: "reads and writes a claude.ai artifact's data" },
    ArtifactCheck: { does: "refuse", why: "checks a claude.ai artifact" },
    RemoteTrigger: { does: "refuse", why: "starts an agent run in the cloud, outside the hooks of this machine" },
    // The session itself: agents, tasks, plans, questions, schedules, worktrees
    Agent: none("starts a sub-agent; each of its tool calls comes to the hook"),
    Task: none("starts a sub-agent (the tool's former name); each of its tool calls comes to the hook"),
    Workflow: none("runs sub-agents from a workflow script (agent(), parallel()); each of their tool calls comes to the hook"),
    Skill: none("loads a skill's instructions; the tool calls it leads to come to the hook"),
    SlashCommand: none("expands a slash command into a prompt"),
    ToolSearch: none("loads deferred tools' schemas (WebFetch, MCP tools\u2026); calling them comes to the hook"),
    ListAgents: none("lists agent sessions"),
    SendMessage: none("sends a message to another agent session; what that agent does comes to its own hooks"),
    ReportFindings: none("reports a review's findings in the session"),
    ScheduleWakeup: none("schedules the session's own next turn"),
    CronCreate: none("schedules a prompt in the session; the tool calls it leads to come to the hook when it fires"),
    CronDelete: none("cancels a scheduled prompt"),
    CronList: none("lists scheduled prompts"),
    EnterWorktree: none("creates or enters a git worktree of the session's repository for the session to work in"),
    ExitWorktree: none("leaves (and may remove) the session's own worktree"),
    TodoWrite: none("edits the session's task list"),
    TodoRead: none("reads the session's task list"),
    TaskCreate: none("adds to the session's task list"),
    TaskGet: none("reads the session's task list"),
    TaskList: none("reads the session's task list"),
    TaskUpdate: none("edits the session's task list"),
    EnterPlanMode: none("switches the session to plan mode"),
    ExitPlanMode: none("presents a plan for approval"),
    AskUserQuestion: none("asks the user a question"),
    ListMcpResourcesTool: none("lists the resources of the session's MCP servers"),
    ReadMcpResourceTool: { does: "mcp-resource" }
  })
);
function claudeToolActions(name, input, origin, cwd) {
  const where = { file: origin.file, line: origin.line };
  const need = (key) => {
    const value = input[key];
    if (typeof value !== "string" || !value) throw new SourceError(where, `${name} tool call has no "${key}"`, "repair the transcript line");
    return value;
  };
  const local = (p) => relativeTo(cwd, p);
  const server = mcpServerOf(name);
  if (server !== void 0) return [toolCallAction(name, server, input, origin)];
  const effect = Object.hasOwn(CLAUDE_CODE_TOOLS, name) ? CLAUDE_CODE_TOOLS[name] : void 0;
  switch (effect?.does) {
    case "shell":
      return [{ type: "shell.execute", command: need(effect.key), origin }];
    case "monitor": {
      const actions = [];
      if (input.command !== void 0) actions.push({ type: "shell.execute", command: need("command"), origin });
      const ws = input.ws;
      if (ws !== void 0) {
        const url = typeof ws === "object" && ws !== null ? ws.url : void 0;
        if (typeof url !== "string" || !url) throw new SourceError(where, 'Monitor tool call has a "ws" without a "url"', "repair the transcript line");
        actions.push({ type: "network.request", destination: url, origin });
      }
      if (actions.length === 0) throw new SourceError(where, 'Monitor tool call has neither "command" nor "ws"', "repair the transcript line");
      return actions;
    }
    case "read":
    case "write": {
      const type = effect.does === "read" ? "file.read" : "file.write";
      const p = effect.optional && input[effect.key] === void 0 ? cwd ?? "." : need(effect.key);
      return [{ type, path: local(p), origin }];
    }
    case "glob": {
      const dir = typeof input.path === "string" ? input.path : cwd ?? ".";
      return [{ type: "file.read", path: local(import_node_path.default.posix.join(dir, need(effect.key))), origin }];
    }
    case "network":
      return [{ type: "network.request", destination: need(effect.key), origin }];
    case "search":
      return [{ type: "network.request", destination: `websearch:${need(effect.key)}`, origin }];
    case "mcp-resource":
      return [toolCallAction(name, need("server"), input, origin)];
    case "none":
      return [];
    case "refuse":
      throw new SourceError(where, `${name} is refused: ${effect.why}`, "SafeClaw denies this tool; disable it in Claude Code or state what the call does as SafeClaw JSONL actions");
    default:
      throw new SourceError(
        where,
        `unknown tool "${name}": SafeClaw cannot tell what it does, so it cannot judge it`,
        "state what the call does as SafeClaw JSONL actions (--commands-format safeclaw) or remove the call from the transcript"
      );
  }
}
function relativeTo(cwd, p) {
  if (!cwd || !import_node_path.default.posix.isAbsolute(p)) return p;
  const rel = import_node_path.default.posix.relative(cwd, import_node_path.default.posix.normalize(p));
  if (rel === "") return ".";
  return rel.startsWith("..") ? p : rel;
}

// src/sources/claude-transcript.ts
function claudeTranscriptActions(text, file) {
  const out = [];
  const lines = text.split("\n");
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (!raw.trim()) return;
    let event;
    try {
      event = JSON.parse(raw);
    } catch (err) {
      throw new SourceError({ file, line }, `not valid JSON (${err.message})`, "repair or remove the line; every line of a transcript is read");
    }
    if (!isObject(event)) throw new SourceError({ file, line }, "a transcript line must be a JSON object");
    const message = event.message;
    if (!isObject(message) || !Array.isArray(message.content)) return;
    const cwd = typeof event.cwd === "string" ? event.cwd : void 0;
    for (const block of message.content) {
      if (!isObject(block) || block.type !== "tool_use" && block.type !== "server_tool_use") continue;
      const name = String(block.name ?? "");
      const input = isObject(block.input) ? block.input : {};
      for (const action of claudeToolActions(name, input, { source: "transcript", file, line, detail: `Claude Code ${name}` }, cwd)) out.push(action);
    }
  });
  return out;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/sources/plan-attributes.ts
function resourceChangeAction(entry, place) {
  if (!isObject(entry) || !isObject(entry.change)) return { error: 'resource_changes entry has no "change" object' };
  const change = entry.change;
  const actions = change.actions;
  if (!Array.isArray(actions) || !actions.every((a) => typeof a === "string")) return { error: `${String(entry.address)}: change.actions is not a list of strings` };
  const kind = changeKind(actions);
  if (kind === "skip") return { skip: true };
  if (kind === void 0) return { error: `${String(entry.address)}: unknown change actions ${JSON.stringify(actions)}` };
  const address = typeof entry.address === "string" ? entry.address : "";
  if (!address) return { error: 'resource_changes entry has no "address"' };
  const origin = { source: "plan", file: place.file, line: place.line, detail: `${address} ${actions.join("+")}` };
  return {
    action: {
      type: "infra.change",
      address,
      resourceType: typeof entry.type === "string" ? entry.type : "",
      provider: typeof entry.provider_name === "string" ? entry.provider_name : "",
      change: kind,
      module: typeof entry.module_address === "string" ? entry.module_address : "",
      after: flattenAfter(change.after, change.after_unknown, change.after_sensitive),
      origin
    }
  };
}
function changeKind(actions) {
  const key = actions.join(",");
  switch (key) {
    case "no-op":
    case "read":
      return "skip";
    case "create":
      return "create";
    case "update":
      return "update";
    case "delete":
    case "forget":
      return "delete";
    case "delete,create":
    case "create,delete":
      return "replace";
    default:
      return void 0;
  }
}
function flattenAfter(after, unknown, sensitive) {
  const out = [];
  walk(after, unknown, sensitive, "", false, false, out);
  return out;
}
function walk(value, unknownMask, sensitiveMask, path2, inUnknown, inSensitive, out) {
  const isUnknown = inUnknown || unknownMask === true;
  const isSensitive = inSensitive || sensitiveMask === true;
  const container = isObject(value) || Array.isArray(value);
  const maskChildren = isObject(unknownMask) || Array.isArray(unknownMask) || isObject(sensitiveMask) || Array.isArray(sensitiveMask);
  if (!container && !maskChildren) {
    if (isUnknown || isSensitive) {
      if (path2) out.push({ path: path2, value: "", ...isUnknown ? { unknown: true } : {}, ...isSensitive ? { sensitive: true } : {} });
      return;
    }
    if (value === null || value === void 0 || !path2) return;
    const text = typeof value === "string" && value.length > 64 ? value : intern(String(value));
    out.push({ path: path2, value: text });
    if (typeof value === "string") flattenEmbeddedJson(text, path2, out);
    return;
  }
  const unknownKeys = childKeys(unknownMask);
  const sensitiveKeys = childKeys(sensitiveMask);
  const keys = unknownKeys.length === 0 && sensitiveKeys.length === 0 ? childKeys(value) : [.../* @__PURE__ */ new Set([...childKeys(value), ...unknownKeys, ...sensitiveKeys])];
  if (keys.length === 0) {
    if ((isUnknown || isSensitive) && path2) out.push({ path: path2, value: "", ...isUnknown ? { unknown: true } : {}, ...isSensitive ? { sensitive: true } : {} });
    return;
  }
  for (const key of keys) {
    walk(child(value, key), child(unknownMask, key), child(sensitiveMask, key), childPath(path2, key), isUnknown, isSensitive, out);
  }
}
var childPaths = /* @__PURE__ */ new Map();
var childPathCount = 0;
function childPath(path2, key) {
  if (!path2) return intern(key);
  let byKey = childPaths.get(path2);
  if (byKey === void 0) {
    byKey = /* @__PURE__ */ new Map();
    if (childPathCount < INTERN_LIMIT) childPaths.set(path2, byKey);
  }
  let joined = byKey.get(key);
  if (joined === void 0) {
    joined = intern(`${path2}.${key}`);
    if (childPathCount < INTERN_LIMIT) {
      byKey.set(key, joined);
      childPathCount++;
    }
  }
  return joined;
}
var INTERN_LIMIT = 1e5;
var interned = /* @__PURE__ */ new Map();
function intern(text) {
  const known = interned.get(text);
  if (known !== void 0) return known;
  if (interned.size < INTERN_LIMIT) interned.set(text, text);
  return text;
}
var INDEX_KEYS = Array.from({ length: 256 }, (_, i) => String(i));
function childKeys(v) {
  if (Array.isArray(v)) return v.map((_, i) => INDEX_KEYS[i] ?? String(i));
  return isObject(v) ? Object.keys(v) : [];
}
function child(v, key) {
  if (Array.isArray(v)) return v[Number(key)];
  return isObject(v) ? v[key] : void 0;
}
function flattenEmbeddedJson(text, path2, out) {
  const t = text.trimStart();
  if (!t.startsWith("{") && !t.startsWith("[")) return;
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return;
  }
  walk(parsed, void 0, void 0, path2, false, false, out);
}

// src/integrations/tool-call.ts
var MCP_NAME = /^mcp__([^_](?:[^_]|_(?!_))*)__(.+)$/;
function mcpServerOf(tool) {
  return MCP_NAME.exec(tool)?.[1];
}
function toolCallAction(tool, server, input, origin) {
  return { type: "tool.call", tool, server, input: flattenAfter(input ?? {}, void 0, void 0), ...origin ? { origin } : {} };
}

export {
  evaluateAll,
  judgeForDisplay,
  SourceError,
  noActionsError,
  claudeToolActions,
  claudeTranscriptActions,
  isObject,
  resourceChangeAction,
  flattenAfter,
  mcpServerOf,
  toolCallAction
};
