import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  SourceError,
  claudeToolActions,
  evaluateAll,
  flattenAfter,
  isObject
} from "./chunk-QBAGW2OF.js";
import {
  redactMessage
} from "./chunk-MSLOIGWO.js";
import {
  LineCounter,
  analyzeShellCommand,
  parse,
  parseAllDocuments,
  prepareShellAnalysis,
  treeSitterMisses
} from "./chunk-P7JXOOCS.js";
import {
  require_fs
} from "./chunk-CJM3AD5Z.js";
import {
  require_path
} from "./chunk-6XR2NURA.js";
import {
  __toESM
} from "./chunk-JSTIMTER.js";

// src/sources/kubectl-manifests.ts
var import_node_fs = __toESM(require_fs(), 1);
var import_node_path = __toESM(require_path(), 1);

// src/sources/kubernetes-manifests.ts
function isManifestPath(path3) {
  return /\.ya?ml$/i.test(path3);
}
function manifestObjects(text, file) {
  if (text.includes("{{")) return void 0;
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: false });
  const looksLikeManifest = /^apiVersion:/m.test(text) && /^kind:/m.test(text);
  const list = Array.isArray(docs) ? docs : [docs];
  const out = [];
  for (const doc of list) {
    const error = doc.errors[0];
    if (error) {
      if (!looksLikeManifest) return void 0;
      const line2 = lineCounter.linePos(error.pos[0]).line;
      throw new SourceError({ file, line: line2 }, `manifest YAML does not parse: ${error.message.split("\n")[0]}`, "fix the YAML (kubectl would refuse it too)");
    }
    const value = doc.toJS({ maxAliasCount: 1e3 });
    const line = lineCounter.linePos(doc.contents?.range?.[0] ?? 0).line;
    collect(value, line, out);
  }
  return out.length > 0 ? out : void 0;
}
function collect(value, line, out) {
  if (!isObject(value) || typeof value.apiVersion !== "string" || typeof value.kind !== "string") return;
  if (value.apiVersion.startsWith("kustomize.config.k8s.io")) return;
  if (value.kind === "List" || value.kind.endsWith("List")) {
    if (Array.isArray(value.items)) for (const item of value.items) collect(item, line, out);
    return;
  }
  const metadata = isObject(value.metadata) ? value.metadata : {};
  const name = typeof metadata.name === "string" ? metadata.name : typeof metadata.generateName === "string" ? `${metadata.generateName}*` : "";
  const namespace = typeof metadata.namespace === "string" ? metadata.namespace : "";
  out.push({ kind: value.kind, apiVersion: value.apiVersion, name, namespace, line, value });
}
var keyOf = (o) => `${o.namespace}/${o.kind}/${o.name}`;
function manifestChangeActions(file, before, after) {
  const out = [];
  const old = new Map((before ?? []).map((o) => [keyOf(o), o]));
  for (const object of after ?? []) {
    const previous = old.get(keyOf(object));
    old.delete(keyOf(object));
    if (previous && JSON.stringify(previous.value) === JSON.stringify(object.value)) continue;
    out.push(objectAction(file, object, previous ? "update" : "create"));
  }
  for (const gone of old.values()) out.push(objectAction(file, gone, "delete"));
  return out;
}
function objectAction(file, object, change) {
  const address = keyOf(object);
  const sensitive = object.kind === "Secret" ? Object.fromEntries(["data", "stringData"].filter((k) => k in object.value).map((k) => [k, true])) : void 0;
  return {
    type: "infra.change",
    address,
    resourceType: object.kind,
    provider: "kubernetes",
    change,
    module: "",
    after: change === "delete" ? [] : flattenAfter(object.value, void 0, sensitive),
    origin: { source: "manifest", file, line: object.line, detail: `${address} ${change}` }
  };
}

// src/sources/quote-argv.ts
var BARE = /^[A-Za-z0-9_\-+=.,/:@%^]+$/;
function quoteArg(arg) {
  if (BARE.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}
function quoteArgv(argv) {
  return argv.map(quoteArg).join(" ");
}

// src/sources/kubectl-manifests.ts
var SUBCOMMANDS = /* @__PURE__ */ new Set(["apply", "create", "replace", "delete"]);
var MAX_FILES = 2e3;
var MAX_DEPTH = 8;
var MAX_FILE_BYTES = 4 * 1024 * 1024;
var MAX_TOTAL_BYTES = 32 * 1024 * 1024;
var UNREAD_NAMESPACE = "$NAMESPACE_SAFECLAW_COULD_NOT_READ";
var manifestLineAnalyses = /* @__PURE__ */ new WeakMap();
async function withManifestNamespaces(actions, repoDir) {
  if (!actions.some(mentionsKubectl)) return actions;
  await prepareShellAnalysis();
  return withManifestNamespacesNow(actions, { root: repoDir });
}
function withManifestNamespacesNow(actions, context) {
  if (!actions.some(mentionsKubectl)) return actions;
  const out = [];
  for (const action of actions) {
    out.push(action);
    if (action.type !== "shell.execute" || !mentionsKubectl(action)) continue;
    for (const extra of namespaceForms(action, context)) out.push(extra);
  }
  return out;
}
var KUBECTL_LETTERS = [..."kubectl"];
function mentionsKubectl(action) {
  if (action.type !== "shell.execute") return false;
  const text = action.command.toLowerCase();
  return text.includes("$'") || KUBECTL_LETTERS.every((letter) => text.includes(letter));
}
function namespaceForms(action, context) {
  const out = [];
  let analysis;
  const missesBefore = treeSitterMisses();
  try {
    analysis = analyzeShellCommand(action.command);
  } catch {
    return out;
  }
  if (treeSitterMisses() === missesBefore) manifestLineAnalyses.set(action, { command: action.command, analysis });
  const root = realDir(context.root);
  const base = context.cwd === void 0 ? context.root : context.cwd;
  const written = analysis.implied.flatMap((i) => i.action.type === "file.write" && base !== null ? [realPath(import_node_path.default.resolve(base, i.action.path))] : []);
  for (const command of analysis.commands) {
    const words = command.text.split(" ");
    if (command.opaque || words[0] !== "kubectl" || !SUBCOMMANDS.has(words[1])) continue;
    const options = words.slice(2).filter((w) => w.startsWith("--"));
    if (options.some((o) => o.startsWith("--namespace=") && o.length > "--namespace=".length || o === "--all-namespaces")) continue;
    const where = commandDirectories(command, base);
    const reading = { files: /* @__PURE__ */ new Set(), dirs: /* @__PURE__ */ new Set(), namespaces: /* @__PURE__ */ new Map(), bytes: 0 };
    const fileOptions = options.filter((o) => o.startsWith("--filename=") || o.startsWith("--kustomize="));
    if (fileOptions.length === 0) continue;
    if ("why" in where) reading.unread = where.why;
    else if (root === void 0) reading.unread = `the checkout ${context.root} cannot be read`;
    else if ((command.argv ?? []).some((w) => /\s/.test(w))) reading.unread = "a file name holds blanks";
    else {
      const recursive = options.includes("--recursive");
      for (const dir of where.dirs) {
        for (const o of fileOptions) {
          if (o.startsWith("--filename=")) for (const f of o.slice("--filename=".length).split(",")) collectFiles(root, dir, f, recursive, reading, 0);
          else collectKustomization(root, dir, o.slice("--kustomize=".length), reading, 0);
        }
      }
      const read = [...reading.files, ...reading.dirs];
      const clash = written.find((w) => read.some((f) => f === w || f.startsWith(w + import_node_path.default.sep)) || [...reading.dirs].some((d) => w.startsWith(d + import_node_path.default.sep)));
      if (clash !== void 0 && !reading.unread) reading.unread = `the same command line writes ${relative(root, clash)} first`;
      readNamespaces(root, reading);
    }
    const origin = (detail) => ({ ...action.origin, source: action.origin?.source ?? "commands", detail });
    for (const [namespace, at] of reading.namespaces) {
      out.push({ type: "shell.execute", command: `${command.text} ${quoteArg(`--namespace=${namespace}`)}`, origin: origin(`kubectl ${words[1]} deploys to namespace ${namespace} (${at})`) });
    }
    if (reading.unread !== void 0) {
      out.push({
        type: "shell.execute",
        command: `${command.text} "--namespace=${UNREAD_NAMESPACE}"`,
        origin: origin(`kubectl ${words[1]} deploys to namespaces SafeClaw could not read: ${reading.unread}; give --namespace=NS to have it judged as written`)
      });
    }
  }
  return out;
}
function commandDirectories(command, base) {
  if (base === null) return { why: "the working directory of the command is not known" };
  if (command.cwd === void 0) return { dirs: [base] };
  const dirs = [];
  for (const dir of command.cwd) {
    if ("unknown" in dir) return { why: `its working directory is known only at run time (${dir.unknown})` };
    if (dir.path.startsWith("~")) return { why: `it runs in ${dir.path}, outside the checkout` };
    dirs.push(import_node_path.default.resolve(base, dir.path));
  }
  return { dirs };
}
function realDir(dir) {
  try {
    return (0, import_node_fs.realpathSync)(dir);
  } catch {
    return void 0;
  }
}
function realPath(p) {
  const rest = [];
  let at = p;
  for (; ; ) {
    try {
      return import_node_path.default.join((0, import_node_fs.realpathSync)(at), ...rest.reverse());
    } catch {
      const parent = import_node_path.default.dirname(at);
      if (parent === at) return p;
      rest.push(import_node_path.default.basename(at));
      at = parent;
    }
  }
}
function relative(root, file) {
  return import_node_path.default.relative(root, file) || ".";
}
function inCheckout(root, dir, p) {
  if (p === "") return { unread: "an empty file name" };
  if (p === "-") return { unread: "-f - reads standard input" };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(p)) return { unread: `${p} is a URL` };
  let real;
  try {
    real = (0, import_node_fs.realpathSync)(import_node_path.default.resolve(dir, p));
  } catch {
    return { unread: `${p} does not exist (yet)` };
  }
  const rel = import_node_path.default.relative(root, real);
  if (rel.startsWith("..") || import_node_path.default.isAbsolute(rel)) return { unread: `${p} is outside the checkout` };
  return { file: real };
}
function collectFiles(root, dir, p, recursive, reading, depth) {
  if (reading.unread) return;
  if (reading.files.size >= MAX_FILES || depth > MAX_DEPTH) {
    reading.unread = `more than ${MAX_FILES} files or ${MAX_DEPTH} folder levels`;
    return;
  }
  const at = inCheckout(root, dir, p);
  if ("unread" in at) {
    reading.unread = at.unread;
    return;
  }
  const stat = (0, import_node_fs.statSync)(at.file);
  if (stat.isFile()) {
    reading.files.add(at.file);
    return;
  }
  if (!stat.isDirectory()) {
    reading.unread = `${relative(root, at.file)} is no regular file`;
    return;
  }
  reading.dirs.add(at.file);
  for (const entry of (0, import_node_fs.readdirSync)(at.file, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const manifest = /\.(ya?ml|json)$/i.test(entry.name);
    if (entry.isSymbolicLink() && (manifest || recursive)) collectFiles(root, at.file, entry.name, recursive, reading, depth + 1);
    else if (entry.isFile() && manifest) {
      if (reading.files.size >= MAX_FILES) return void (reading.unread = `more than ${MAX_FILES} files`);
      reading.files.add(import_node_path.default.join(at.file, entry.name));
    } else if (entry.isDirectory() && recursive) collectFiles(root, at.file, entry.name, true, reading, depth + 1);
  }
}
function readNamespaces(root, reading) {
  for (const file of reading.files) {
    if (reading.unread) return;
    const shown = relative(root, file);
    let text;
    try {
      const size = (0, import_node_fs.statSync)(file).size;
      reading.bytes += size;
      if (size > MAX_FILE_BYTES || reading.bytes > MAX_TOTAL_BYTES) return void (reading.unread = `${shown} and the others are more than SafeClaw reads (${MAX_FILE_BYTES >> 20} MB a file, ${MAX_TOTAL_BYTES >> 20} MB in all)`);
      text = (0, import_node_fs.readFileSync)(file, "utf8");
    } catch (err) {
      return void (reading.unread = `${shown} cannot be read (${err.code ?? err.message})`);
    }
    let objects;
    try {
      objects = manifestObjects(text, shown);
    } catch {
      return void (reading.unread = `${shown} does not parse`);
    }
    if (objects === void 0 && text.includes("{{")) return void (reading.unread = `${shown} holds {{ }} (a template?)`);
    for (const o of objects ?? []) if (o.namespace && !reading.namespaces.has(o.namespace)) reading.namespaces.set(o.namespace, `${shown}:${o.line}`);
  }
}
function collectKustomization(root, dir, p, reading, depth) {
  if (reading.unread) return;
  if (depth > MAX_DEPTH) return void (reading.unread = `kustomizations nested more than ${MAX_DEPTH} deep`);
  const at = inCheckout(root, dir, p);
  if ("unread" in at) return void (reading.unread = at.unread);
  const name = ["kustomization.yaml", "kustomization.yml", "Kustomization"].find((n) => {
    try {
      return (0, import_node_fs.statSync)(import_node_path.default.join(at.file, n)).isFile();
    } catch {
      return false;
    }
  });
  if (name === void 0) return void (reading.unread = `${relative(root, at.file)} holds no kustomization`);
  let config;
  try {
    config = parse((0, import_node_fs.readFileSync)(import_node_path.default.join(at.file, name), "utf8"));
  } catch {
    return void (reading.unread = `${relative(root, import_node_path.default.join(at.file, name))} does not parse`);
  }
  if (!isObject(config)) return void (reading.unread = `${relative(root, import_node_path.default.join(at.file, name))} is no kustomization`);
  if (typeof config.namespace === "string" && config.namespace) {
    if (!reading.namespaces.has(config.namespace)) reading.namespaces.set(config.namespace, relative(root, import_node_path.default.join(at.file, name)));
    return;
  }
  const resources = [...Array.isArray(config.resources) ? config.resources : [], ...Array.isArray(config.bases) ? config.bases : []];
  for (const r of resources) {
    if (typeof r !== "string") return void (reading.unread = `a resource of ${relative(root, at.file)} is no path`);
    const target = inCheckout(root, at.file, r);
    if ("unread" in target) return void (reading.unread = target.unread);
    if ((0, import_node_fs.statSync)(target.file).isDirectory()) collectKustomization(root, at.file, r, reading, depth + 1);
    else collectFiles(root, at.file, r, false, reading, depth);
  }
}

// src/integrations/live-manifests.ts
function withLiveManifestNamespaces(actions, policySet, cwd) {
  return withManifestNamespacesNow(actions, { root: policySet.root, cwd: cwd ?? policySet.root });
}

// src/integrations/session-cwd.ts
var import_node_path2 = __toESM(require_path(), 1);
function withSessionCwdPaths(actions, policySet, cwd) {
  if (!cwd || import_node_path2.default.resolve(cwd) === import_node_path2.default.resolve(policySet.root)) return actions;
  const out = [];
  for (const action of actions) {
    out.push(action);
    if (action.type !== "shell.execute") continue;
    let implied;
    try {
      implied = analyzeShellCommand(action.command).implied;
    } catch {
      continue;
    }
    for (const i of implied) {
      if (i.action.type !== "file.read" && i.action.type !== "file.write" || i.opaque || i.outside || i.ownInput) continue;
      const p = i.action.path;
      if (p.startsWith("/") || p.startsWith("~")) continue;
      const file = {
        type: i.action.type,
        path: import_node_path2.default.join(cwd, p),
        origin: { ...action.origin, source: action.origin?.source ?? "hook", detail: `${i.via}: ${p} from the session's working directory ${cwd}` }
      };
      out.push(file);
    }
  }
  return out;
}

// src/integrations/live-judge.ts
function judgeToolActions(policySet, actions, cwd) {
  return evaluateAll(policySet, withActionsItImplies(actions, policySet, cwd));
}
async function judgeToolCall(policySet, actions, cwd) {
  const missesBefore = treeSitterMisses();
  const result = judgeToolActions(policySet, actions, cwd);
  if (treeSitterMisses() === missesBefore) return result;
  await prepareShellAnalysis();
  return judgeToolActions(policySet, actions, cwd);
}
function withActionsItImplies(actions, policySet, cwd) {
  return withLiveManifestNamespaces(withSessionCwdPaths(actions, policySet, cwd), policySet, cwd);
}

// src/integrations/claude-code.ts
var import_node_path3 = __toESM(require_path(), 1);
var PERMISSION = {
  allow: "allow",
  require_approval: "ask",
  deny: "deny"
};
function parsePreToolUseInput(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new Error(`hook input is not JSON (${err.message})`);
  }
  if (!isObject(value) || typeof value.tool_name !== "string") throw new Error('hook input has no "tool_name"');
  if (value.hook_event_name !== void 0 && value.hook_event_name !== "PreToolUse") {
    throw new Error(`hook input is a ${String(value.hook_event_name)} event; register safeclaw for PreToolUse`);
  }
  return {
    tool_name: value.tool_name,
    tool_input: isObject(value.tool_input) ? value.tool_input : {},
    cwd: typeof value.cwd === "string" ? value.cwd : void 0,
    session_id: typeof value.session_id === "string" ? value.session_id : void 0,
    tool_use_id: typeof value.tool_use_id === "string" ? value.tool_use_id : void 0
  };
}
function preToolUseActions(input) {
  const origin = { source: "hook", detail: `Claude Code ${input.tool_name}${input.tool_use_id ? ` ${input.tool_use_id}` : ""}` };
  const actions = claudeToolActions(input.tool_name, input.tool_input, origin, void 0);
  const cwd = input.cwd;
  if (!cwd) return actions;
  return actions.map(
    (action) => (action.type === "file.read" || action.type === "file.write") && !import_node_path3.posix.isAbsolute(action.path) ? { ...action, path: import_node_path3.posix.join(cwd, action.path) } : action
  );
}
function judgePreToolUse(policySet, input) {
  return judgeToolActions(policySet, preToolUseActions(input), input.cwd);
}
function preToolUseAnswer(result, policies) {
  const decisive = result.items.find((item) => item.decision.decision === result.verdict) ?? result.items[0];
  const where = policies ? ` (policies: ${policies.dir}, from ${policies.how})` : "";
  const reason = decisive ? `SafeClaw ${result.verdict}: ${decisive.decision.rule ?? "default"}: ${decisive.decision.reason}${where}` : "SafeClaw: nothing to judge";
  return { hookSpecificOutput: { hookEventName: "PreToolUse", permissionDecision: PERMISSION[result.verdict], permissionDecisionReason: reason } };
}
function preToolUseFailure(message) {
  return {
    hookSpecificOutput: {
      hookEventName: "PreToolUse",
      permissionDecision: "deny",
      // The message may quote the tool call (a parse error): redacted like every output.
      permissionDecisionReason: `SafeClaw could not judge this call, so it is denied: ${redactMessage(message)}`
    }
  };
}

// src/integrations/codex.ts
var import_node_path4 = __toESM(require_path(), 1);
var PATCH_FILE = /^\*\*\* (?:Add File|Update File|Delete File|Move to): (.+)$/gm;
var CODEX_TOOLS = Object.freeze(
  Object.assign(/* @__PURE__ */ Object.create(null), {
    apply_patch: { does: "patch" },
    view_image: { does: "read", key: "path" },
    update_plan: { does: "none", why: "the session's own plan" },
    get_goal: { does: "none", why: "reads the session's goal" },
    create_goal: { does: "none", why: "sets the session's goal" },
    update_goal: { does: "none", why: "updates the session's goal" },
    request_user_input: { does: "none", why: "asks the user a question" },
    // Typed into a running program: SafeClaw cannot tell what that program makes of it.
    write_stdin: { does: "refuse", why: "write_stdin is refused: input typed into a running program cannot be judged", fix: "do not allow interactive programs (sh, python3, psql\u2026) in the policies" }
  })
);
function codexToolActions(name, input, origin, cwd) {
  const where = { file: origin.file, line: origin.line };
  const effect = CODEX_TOOLS[name];
  if (effect === void 0) return void 0;
  switch (effect.does) {
    case "patch": {
      const candidates = [input.command, input.patch, input.input].flatMap((v) => Array.isArray(v) ? v : [v]);
      const patch = candidates.find((v) => typeof v === "string" && v.includes("*** Begin Patch"));
      if (patch === void 0) throw new SourceError(where, "apply_patch call has no patch text", "SafeClaw judges an apply_patch by the files its patch names");
      const paths = [...patch.matchAll(PATCH_FILE)].map((m) => m[1].trim());
      if (paths.length === 0) throw new SourceError(where, "apply_patch patch names no file", "a patch must name its files (*** Update File: PATH)");
      return paths.map((p) => claudeToolActions("Write", { file_path: p }, origin, cwd)[0]);
    }
    case "read":
      return claudeToolActions("Read", { file_path: input[effect.key] }, origin, cwd);
    case "none":
      return [];
    case "refuse":
      throw new SourceError(where, effect.why, effect.fix);
  }
}
function codexActions(input) {
  const origin = { source: "hook", detail: `Codex ${input.tool_name}${input.tool_use_id ? ` ${input.tool_use_id}` : ""}` };
  const own = codexToolActions(input.tool_name, input.tool_input, origin, void 0);
  if (own === void 0) return preToolUseActions(input).map((action) => ({ ...action, origin }));
  return own.map((action) => withAbsolutePath(action, input.cwd));
}
function withAbsolutePath(action, cwd) {
  if (!cwd || action.type !== "file.read" && action.type !== "file.write" || import_node_path4.posix.isAbsolute(action.path)) return action;
  return { ...action, path: import_node_path4.posix.join(cwd, action.path) };
}
var CODEX_APPROVAL_HINT = "Codex hooks cannot ask a person, so SafeClaw denies calls that need approval. To get it: a person runs this themselves, or a reviewer adds an allow rule for it to the policies, or the task runs in a client that asks (Claude Code).";
function codexAnswer(result, policies) {
  if (result.verdict === "allow") return void 0;
  const answer = preToolUseAnswer(result, policies);
  const out = answer.hookSpecificOutput;
  if (result.verdict === "require_approval") {
    return { hookSpecificOutput: { ...out, permissionDecision: "deny", permissionDecisionReason: `${out.permissionDecisionReason}. ${CODEX_APPROVAL_HINT}` } };
  }
  return answer;
}

export {
  quoteArgv,
  isManifestPath,
  manifestObjects,
  manifestChangeActions,
  manifestLineAnalyses,
  withManifestNamespaces,
  withLiveManifestNamespaces,
  judgeToolCall,
  parsePreToolUseInput,
  preToolUseActions,
  judgePreToolUse,
  preToolUseAnswer,
  preToolUseFailure,
  CODEX_TOOLS,
  codexActions,
  codexAnswer
};
