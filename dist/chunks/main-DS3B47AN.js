import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  BODIES_PER_MESSAGE,
  fetchMissingCommits,
  judgePlansOn,
  loadGatePolicies
} from "./chunk-L5QIS5CH.js";
import {
  COMMANDS_FORMATS,
  collectActions
} from "./chunk-RB6Y4JEG.js";
import "./chunk-H3GUW3Z5.js";
import {
  manifestLineAnalyses
} from "./chunk-HH3I3NL2.js";
import {
  appendAuditRecords,
  prepareAuditBodies
} from "./chunk-FH4ZYK6X.js";
import {
  evaluateAll
} from "./chunk-QBAGW2OF.js";
import {
  redactMessage
} from "./chunk-MSLOIGWO.js";
import "./chunk-RMDNJXOX.js";
import "./chunk-PH6DYPQT.js";
import {
  approverKey,
  approverLabel,
  prepareShellAnalysis,
  require_picomatch
} from "./chunk-P7JXOOCS.js";
import {
  VERSION
} from "./chunk-R46UKVD2.js";
import "./chunk-2R2ZKVH5.js";
import "./chunk-EPVBHTLI.js";
import {
  STRICTNESS,
  canonicalJson,
  plural
} from "./chunk-IP5HSEW5.js";
import {
  require_crypto
} from "./chunk-PZ6AAJEP.js";
import {
  require_os
} from "./chunk-JWNWVRK7.js";
import "./chunk-XQI5CAFA.js";
import {
  require_fs
} from "./chunk-CJM3AD5Z.js";
import {
  require_promises
} from "./chunk-G7CLGG5Z.js";
import {
  require_path
} from "./chunk-6XR2NURA.js";
import {
  __toESM
} from "./chunk-JSTIMTER.js";

// src/action/main.ts
var import_promises3 = __toESM(require_promises(), 1);
var import_node_os2 = __toESM(require_os(), 1);
var import_node_path3 = __toESM(require_path(), 1);

// src/report/action-text.ts
var DEFAULT_DENY_RULE_ID = "safeclaw/default-deny";
function actionText(action) {
  switch (action.type) {
    case "shell.execute":
      return action.command;
    case "file.read":
    case "file.write":
      return action.path;
    case "network.request":
      return action.destination;
    case "infra.change":
      return action.address;
    case "tool.call":
      return action.tool;
  }
}
function actionKind(action) {
  switch (action.type) {
    case "shell.execute":
      return "shell";
    case "file.read":
      return "read";
    case "file.write":
      return action.change ? `write (${action.change})` : "write";
    case "network.request":
      return "network";
    case "infra.change":
      return `infra ${action.change}`;
    case "tool.call":
      return "tool";
  }
}
function ruleId(decision) {
  return decision.rule ?? DEFAULT_DENY_RULE_ID;
}
function originLabel(origin) {
  if (!origin) return void 0;
  if (origin.source === "pr-body") return "PR body";
  if (origin.file) return origin.line ? `${origin.file}:${origin.line}` : origin.file;
  return origin.detail ? `${origin.source} (${origin.detail})` : origin.source;
}
function hasFileOrigin(origin) {
  return !!origin && origin.source !== "pr-body" && typeof origin.file === "string" && origin.file !== "";
}
function decidingPart(item) {
  const { decision } = item;
  const parts = decision.parts ?? [];
  const part = parts.find((p) => p.decision === decision.decision && p.rule === decision.rule) ?? parts.find((p) => p.decision === decision.decision);
  if (!part) return void 0;
  const partText = part.raw ?? part.text;
  if (parts.length === 1 && part.type === item.action.type && partText.trim() === actionText(item.action).trim()) {
    return void 0;
  }
  return part;
}
function itemsWith(items, verdict) {
  return items.filter((item) => item.decision.decision === verdict);
}

// src/report/markdown-escape.ts
var WORD_JOINER = "\u2060";
var INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/gu;
var PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
function showInvisible(text) {
  if (PRINTABLE_ASCII.test(text)) return text;
  return text.replace(/\r\n|\r|\n/g, "\u23CE").replace(/\t/g, " ").replace(INVISIBLE, (c) => `\\u{${c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}}`);
}
function clip(text, max) {
  const points = Array.from(text);
  if (points.length <= max) return { text, omitted: 0 };
  return { text: points.slice(0, max).join(""), omitted: points.length - max };
}
function longestBacktickRun(text) {
  let longest = 0;
  for (const run2 of text.match(/`+/g) ?? []) longest = Math.max(longest, run2.length);
  return longest;
}
function singleCodeSpan(text) {
  const fence = "`".repeat(longestBacktickRun(text) + 1);
  const pad = text.startsWith("`") || text.endsWith("`") || /^ .*[^ ].* $/s.test(text) && text.length > 1 ? " " : "";
  return `${fence}${pad}${text.replace(/\|/g, "\\|")}${pad}${fence}`;
}
function codeSpan(raw) {
  const text = showInvisible(raw);
  if (text === "") return "";
  return text.split(/(?<=\\)\|/).map((segment) => segment === "" ? "" : singleCodeSpan(segment)).join("\\|");
}
function plainText(raw) {
  return showInvisible(raw).replace(/[!-/:-@[-`{-~]/g, (c) => c === "@" ? `\\@${WORD_JOINER}` : `\\${c}`).replace(/⏎/g, " ");
}

// src/report/annotations.ts
function normalisePath(path) {
  return path.replace(/\\/g, "/").replace(/^\.\//, "");
}
function oneLine(text, max) {
  const { text: kept, omitted } = clip(text, max);
  return showInvisible(kept) + (omitted > 0 ? `\u2026 (${omitted} more characters)` : "");
}
function annotationsFor(result, opts = {}) {
  const only = opts.files ? new Set(Array.from(opts.files, normalisePath)) : void 0;
  const max = opts.maxActionChars ?? 300;
  const annotations = [];
  const perLevel = { error: 0, warning: 0 };
  const limit = opts.maxPerLevel ?? Infinity;
  for (const item of result.items) {
    const { decision, action } = item;
    if (decision.decision === "allow") continue;
    const origin = action.origin;
    if (!hasFileOrigin(origin)) continue;
    const file = normalisePath(origin.file);
    if (only && !only.has(file)) continue;
    const denied = decision.decision === "deny";
    const level = denied ? "error" : "warning";
    if (perLevel[level] >= limit) continue;
    perLevel[level] += 1;
    let message2 = `${oneLine(decision.reason, max)}: ${actionKind(action)} ${oneLine(actionText(action), max)}`;
    const part = decidingPart(item);
    if (part) message2 += ` (deciding part: ${oneLine(part.raw ?? part.text, max)})`;
    annotations.push({
      level,
      title: `SafeClaw ${denied ? "denied" : "needs approval"} (${ruleId(decision)})`,
      message: message2,
      file,
      ...origin.line && origin.line >= 1 ? { line: origin.line } : {}
    });
  }
  return annotations;
}

// src/report/markdown.ts
var COMMENT_MARKER = "<!-- safeclaw:verdict -->";
var GITHUB_COMMENT_LIMIT = 65536;
var HEADINGS = {
  deny: "\u{1F6D1} SafeClaw: denied",
  require_approval: "\u270B SafeClaw: needs approval",
  allow: "\u2705 SafeClaw: allowed"
};
var DROP_ORDER = ["allow", "require_approval", "deny"];
var KEEP_ORDER = [...DROP_ORDER].reverse();
var SECTION_NAMES = {
  deny: "denied",
  require_approval: "needing approval",
  allow: "allowed"
};
function summaryLine(result) {
  if (result.items.length === 0) return "No agent actions were found to check.";
  const { deny, require_approval, allow } = result.counts;
  return `**${deny}** denied \xB7 **${require_approval}** ${require_approval === 1 ? "needs" : "need"} approval \xB7 **${allow}** allowed`;
}
function actionCell(item, maxChars) {
  const { text, omitted } = clip(actionText(item.action), maxChars);
  let cell = `${plainText(actionKind(item.action))} ${codeSpan(text) || "*\\(empty\\)*"}`;
  if (omitted > 0) cell += ` *\u2026${omitted} more characters*`;
  if (item.decision.decision !== "allow") {
    const part = decidingPart(item);
    if (part) {
      const partText = clip(part.raw ?? part.text, maxChars).text;
      const label = part.type === item.action.type ? "part" : part.type;
      cell += `<br>\u21B3 ${plainText(label)} ${codeSpan(partText) || "*\\(empty\\)*"}`;
    }
  }
  return cell;
}
function ruleCell(item) {
  return item.decision.rule === null ? "*default deny*" : codeSpan(item.decision.rule);
}
function originCell(item) {
  const label = originLabel(item.action.origin);
  if (label === void 0) return "\u2014";
  return label === "PR body" ? "PR body" : codeSpan(label);
}
function row(cells) {
  return `| ${cells.join(" | ")} |`;
}
function rowOf(item, key, maxChars) {
  return key === "allow" ? row([ruleCell(item), originCell(item), actionCell(item, maxChars)]) : row([ruleCell(item), plainText(item.decision.reason), originCell(item), actionCell(item, maxChars)]);
}
function sectionText(section, shown = section.rows.slice(0, section.kept).join("\n")) {
  if (section.kept === 0) return "";
  const total = section.items.length;
  const count = section.kept < total ? `${section.kept} of ${total} shown` : `${total}`;
  switch (section.key) {
    case "deny":
      return `### Denied (${count})

| Rule | Reason | Origin | Action |
| --- | --- | --- | --- |
${shown}`;
    case "require_approval":
      return `### Needs approval (${count})

| Rule | Reason | Origin | Action |
| --- | --- | --- | --- |
${shown}`;
    case "allow":
      return `<details>
<summary>Allowed actions (${count})</summary>

| Rule | Origin | Action |
| --- | --- | --- |
${shown}

</details>`;
  }
}
function truncationNote(sections) {
  const left = sections.filter((s) => s.kept < s.items.length);
  if (left.length === 0) return "";
  const total = left.reduce((n, s) => n + s.items.length - s.kept, 0);
  const detail = left.map((s) => `${s.items.length - s.kept} ${SECTION_NAMES[s.key]}`).join(", ");
  return `> \u26A0\uFE0F **${plural(total, "row was", "rows were")} left out** to fit the size limit (${detail}). The audit log records every decision.`;
}
function footer(result) {
  const lines = [`Policy digest ${codeSpan(result.policyDigest)}`];
  const audit = result.audit ? [`Audit chain head ${codeSpan(result.audit.head)}`, `${plural(result.audit.records, "record", "records")} in ${codeSpan(result.audit.path)}`] : ["No audit log was written"];
  const link = runLink(result.runUrl);
  if (link) audit.push(link);
  lines.push(audit.join(" \xB7 "));
  return `---
<sub>${lines.join("<br>\n")}</sub>`;
}
function runLink(url) {
  if (!url) return void 0;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return void 0;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return void 0;
  const href = parsed.href.replace(/[()<>\s"'`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[workflow run](${href})`;
}
function assemble(result, sections, shown) {
  const blocks = [COMMENT_MARKER, `## ${HEADINGS[result.verdict]}`, summaryLine(result), truncationNote(sections)];
  for (const section of sections) blocks.push(sectionText(section, shown?.(section)));
  blocks.push(footer(result));
  return blocks.filter((b) => b !== "").join("\n\n") + "\n";
}
function renderMarkdown(result, opts = {}) {
  const maxLength = opts.maxLength ?? GITHUB_COMMENT_LIMIT;
  const maxChars = opts.maxActionChars ?? 300;
  const lengthOf = opts.measure === "utf8" ? (text2) => Buffer.byteLength(text2, "utf8") : (text2) => text2.length;
  const sections = ["deny", "require_approval", "allow"].map((key) => {
    const items = itemsWith(result.items, key);
    return { key, items, rows: [], kept: items.length };
  });
  const bare = lengthOf(assemble(result, sections, (s) => "\n".repeat(Math.max(s.kept - 1, 0))));
  let excess = bare - sections.reduce((n, s) => n + s.items.length, 0) - maxLength;
  for (const section of sections) section.kept = 0;
  fill: for (const key of KEEP_ORDER) {
    const section = sections.find((s) => s.key === key);
    while (section.kept < section.items.length) {
      const line = rowOf(section.items[section.kept], key, maxChars);
      const length = lengthOf(line);
      if (excess + length + 1 > 0) break fill;
      excess += length + 1;
      section.rows.push(line);
      section.kept += 1;
    }
  }
  let text = assemble(result, sections);
  for (const key of DROP_ORDER) {
    const section = sections.find((s) => s.key === key);
    while (lengthOf(text) > maxLength && section.kept > 0) {
      section.kept -= 1;
      text = assemble(result, sections);
    }
  }
  if (lengthOf(text) > maxLength) {
    throw new RangeError(`maxLength ${maxLength} is too small for the verdict alone (needs ${lengthOf(text)} ${opts.measure === "utf8" ? "bytes" : "characters"})`);
  }
  return text;
}

// src/report/sarif.ts
var import_node_crypto = __toESM(require_crypto(), 1);
var SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
function clipText(text, max) {
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max).join("")}\u2026 (${plural(points.length - max, "more character")})`;
}
function fileUri(path) {
  return path.replace(/\\/g, "/").replace(/^\.\//, "").split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
function message(item, max) {
  const { decision } = item;
  const verb = decision.decision === "deny" ? "Denied" : "Needs approval";
  let text = `${verb} by ${ruleId(decision)}: ${decision.reason}. Action (${actionKind(item.action)}): ${clipText(actionText(item.action), max)}`;
  const part = decidingPart(item);
  if (part) text += `. Deciding part (${part.type}): ${clipText(part.raw ?? part.text, max)}`;
  const origin = item.action.origin;
  if (origin && !hasFileOrigin(origin)) text += `. Found in: ${originLabel(origin)}`;
  return text;
}
function fingerprint(item) {
  return (0, import_node_crypto.createHash)("sha256").update(JSON.stringify([item.action.type, actionText(item.action), ruleId(item.decision), item.action.origin?.file ?? ""])).digest("hex");
}
function describeRule(id, item, known) {
  const rule = known?.find((r) => r.id === id);
  if (id === DEFAULT_DENY_RULE_ID) {
    return {
      id,
      name: "DefaultDeny",
      shortDescription: { text: "No policy rule allows this action, so it is denied by default." },
      defaultConfiguration: { level: "error" },
      help: { text: "Add an allow (or require_approval) rule to a policy in .safeclaw/policies/ if the action is intended." }
    };
  }
  const reason = rule?.reason || item.decision.reason || id;
  const descriptor = {
    id,
    shortDescription: { text: reason },
    defaultConfiguration: { level: (rule?.effect ?? item.decision.decision) === "deny" ? "error" : "warning" }
  };
  if (rule) {
    descriptor.help = { text: `Policy rule ${id} (${rule.effect}), written at ${rule.position.file}:${rule.position.line}:${rule.position.column}.` };
    descriptor.properties = { policyFile: rule.position.file, policyLine: rule.position.line };
  }
  return descriptor;
}
function renderSarif(gate2, opts = {}) {
  const max = opts.maxActionChars ?? 1e3;
  const rules = [];
  const ruleIndex = /* @__PURE__ */ new Map();
  const results = [];
  for (const item of gate2.items) {
    const { decision } = item;
    if (decision.decision === "allow") continue;
    const id = ruleId(decision);
    if (!ruleIndex.has(id)) {
      ruleIndex.set(id, rules.length);
      rules.push(describeRule(id, item, opts.rules));
    }
    const result = {
      ruleId: id,
      ruleIndex: ruleIndex.get(id),
      level: decision.decision === "deny" ? "error" : "warning",
      message: { text: message(item, max) },
      partialFingerprints: { "safeclawAction/v1": fingerprint(item) },
      properties: { actionType: item.action.type, verdict: decision.decision, source: item.action.origin?.source ?? "unknown" }
    };
    const origin = item.action.origin;
    if (hasFileOrigin(origin)) {
      result.locations = [
        {
          physicalLocation: {
            artifactLocation: { uri: fileUri(origin.file), uriBaseId: "%SRCROOT%" },
            ...origin.line && origin.line >= 1 ? { region: { startLine: origin.line } } : {}
          }
        }
      ];
    }
    results.push(result);
  }
  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "SafeClaw",
            informationUri: "https://github.com/authensor/safeclaw",
            ...opts.toolVersion ? { semanticVersion: opts.toolVersion } : {},
            rules
          }
        },
        results,
        properties: {
          verdict: gate2.verdict,
          policyDigest: gate2.policyDigest,
          ...gate2.audit ? { auditHead: gate2.audit.head, auditRecords: gate2.audit.records } : {}
        }
      }
    ]
  };
}

// src/action/api-retry.ts
var DEFAULT_RETRY = { retries: 3, baseDelayMs: 1e3, maxWaitMs: 6e4, secondaryWaitMs: 6e4 };
var DEFAULT_LIMITS = { timeoutMs: 3e4, budgetMs: 18e4 };
function retryOptionsFromEnv(env) {
  const read = (name, fallback) => {
    const value = env[name];
    if (value === void 0 || value.trim() === "") return fallback;
    const n = Number(value);
    return Number.isFinite(n) && n >= 0 ? n : fallback;
  };
  return {
    retries: Math.floor(read("SAFECLAW_API_RETRIES", DEFAULT_RETRY.retries)),
    baseDelayMs: read("SAFECLAW_API_RETRY_DELAY_MS", DEFAULT_RETRY.baseDelayMs),
    maxWaitMs: read("SAFECLAW_API_RETRY_MAX_WAIT_MS", DEFAULT_RETRY.maxWaitMs),
    secondaryWaitMs: read("SAFECLAW_API_SECONDARY_WAIT_MS", DEFAULT_RETRY.secondaryWaitMs)
  };
}
var NOT_SENT = /* @__PURE__ */ new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "UND_ERR_CONNECT_TIMEOUT", "ERR_INVALID_URL"]);
var SECONDARY = /\bsecondary rate limit\b/i;
function failureKind(failure) {
  if (failure.timedOutMs !== void 0) return "timeout";
  const status = failure.status;
  if (status === void 0) return failure.code !== void 0 && NOT_SENT.has(failure.code) ? "refused" : "dropped";
  if ((status === 403 || status === 429) && SECONDARY.test(failure.message ?? "")) return "secondary-rate-limit";
  const header = (name) => failure.headers?.[name];
  if (status === 429 || status === 403 && (String(header("x-ratelimit-remaining")) === "0" || header("retry-after") !== void 0)) return "rate-limit";
  if (status >= 500) return "server-error";
  return "http";
}
function mayHaveActed(failure) {
  const kind = failureKind(failure);
  return kind === "timeout" || kind === "dropped" || kind === "server-error";
}
function failedCall(err, timedOutMs) {
  const e = err;
  if (timedOutMs !== void 0) return { timedOutMs, message: `no answer within ${seconds(timedOutMs)}` };
  if (e?.response && typeof e.response.status === "number") {
    const data = e.response.data;
    const message2 = typeof data?.message === "string" ? data.message : e.message ?? "";
    return { status: e.response.status, headers: e.response.headers ?? {}, message: firstLine(message2) };
  }
  const cause = networkCause(e);
  return { ...cause.code ? { code: cause.code } : {}, message: firstLine(cause.message ?? e?.message ?? String(err)) };
}
function networkCause(err) {
  let node = err;
  for (let depth = 0; node && depth < 5; depth++) {
    if (typeof node.code === "string" && /^[A-Z_]+$/.test(node.code)) return { code: node.code, message: typeof node.message === "string" && node.message ? node.message : node.code };
    if (Array.isArray(node.errors) && node.errors.length > 0) node = node.errors[0];
    else node = node.cause;
  }
  return {};
}
function retryDecision(failure, attempt, options, nowMs = Date.now(), unsafe = false) {
  const kind = failureKind(failure);
  if (kind === "http") return { retry: false, why: `HTTP ${failure.status}` };
  if (unsafe && mayHaveActed(failure)) return { retry: false, why: "GitHub may have acted on it" };
  if (attempt > options.retries) return { retry: false, why: `still failing after ${attempt} tries` };
  const header = (name) => {
    const value = failure.headers?.[name];
    return value === void 0 ? void 0 : String(value);
  };
  let waitMs = options.baseDelayMs * 2 ** (attempt - 1);
  if (kind === "rate-limit" || kind === "secondary-rate-limit") {
    const retryAfter = header("retry-after");
    if (retryAfter !== void 0 && Number.isFinite(Number(retryAfter))) waitMs = Math.max(Number(retryAfter) * 1e3, 0);
    else if (header("x-ratelimit-remaining") === "0" && header("x-ratelimit-reset") !== void 0) waitMs = Math.max(Number(header("x-ratelimit-reset")) * 1e3 - nowMs, 0);
    else if (kind === "secondary-rate-limit") waitMs = Math.max(options.secondaryWaitMs * 2 ** (attempt - 1), waitMs);
    if (waitMs > options.maxWaitMs) {
      return { retry: false, why: `rate limited for another ${Math.ceil(waitMs / 1e3)} s (longer than the ${Math.ceil(options.maxWaitMs / 1e3)} s this action waits)` };
    }
  }
  return { retry: true, waitMs: Math.min(waitMs, options.maxWaitMs) };
}
function describeFailure(failure) {
  const message2 = failure.message ? ` (${failure.message})` : "";
  switch (failureKind(failure)) {
    case "refused":
      return `could not connect to GitHub: ${failure.code ?? "connection failed"}${failure.message && failure.message !== failure.code ? ` (${failure.message})` : ""}`;
    case "timeout":
      return `GitHub did not answer within ${seconds(failure.timedOutMs)} (the api-timeout input)`;
    case "dropped":
      return `the connection to GitHub broke before an answer${message2}`;
    case "secondary-rate-limit":
      return `GitHub's secondary rate limit (too many requests or comments in a short time; HTTP ${failure.status})${message2}`;
    case "rate-limit":
      return `GitHub's rate limit (HTTP ${failure.status})${message2}`;
    default:
      return `GitHub answered ${failure.status}${message2}`;
  }
}
function seconds(ms) {
  const s = ms / 1e3;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}
function firstLine(text) {
  return text.split("\n")[0].trim();
}

// src/action/audit-artifact.ts
var import_node_path = __toESM(require_path(), 1);
async function uploadAuditArtifact(name, file) {
  try {
    const { DefaultArtifactClient } = await import("./artifact-ZWEZBTSI.js");
    const client = new DefaultArtifactClient();
    const response = await client.uploadArtifact(name, [file], (0, import_node_path.dirname)(file), { retentionDays: void 0 });
    return { ok: true, id: response.id, size: response.size };
  } catch (err) {
    return { ok: false, why: `${err.name}: ${err.message.split("\n")[0]}` };
  }
}

// src/action/event.ts
var NO_COMMIT = /^0+$/;
function eventTarget(eventName, payload) {
  switch (eventName) {
    case "pull_request":
    case "pull_request_target":
    case "pull_request_review":
    case "pull_request_review_comment": {
      const pr = payload.pull_request;
      if (!pr) return { kind: "none", why: `the ${eventName} payload has no pull_request` };
      return { kind: "pull-request", number: pr.number, base: pr.base.sha, head: pr.head.sha, body: pr.body ?? "", ...pr.user?.login ? { author: pr.user.login } : {} };
    }
    case "issue_comment": {
      const issue = payload.issue;
      if (!issue?.pull_request) return { kind: "none", why: "the comment is on an issue, not a pull request" };
      return { kind: "pull-request-lookup", number: issue.number };
    }
    case "push": {
      if (!payload.after || NO_COMMIT.test(payload.after)) return { kind: "none", why: "the push deleted the branch" };
      const base = payload.before && !NO_COMMIT.test(payload.before) ? payload.before : void 0;
      return { kind: "commits", head: payload.after, ...base ? { base } : {} };
    }
    default:
      return { kind: "none", why: `the ${eventName || "unknown"} event names no commits` };
  }
}

// src/action/file-globs.ts
var import_promises = __toESM(require_promises(), 1);
var import_node_path2 = __toESM(require_path(), 1);
var import_picomatch = __toESM(require_picomatch(), 1);
var GlobInputError = class extends Error {
  name = "GlobInputError";
};
function inputLines(value) {
  return value.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#"));
}
async function expandGlobs(input, workspace, inputName) {
  const found = /* @__PURE__ */ new Set();
  for (const pattern of inputLines(input)) {
    const matches = await matchOne(pattern.replace(/^\.\//, ""), workspace);
    if (matches.length === 0) {
      throw new GlobInputError(`${inputName}: no file matches "${pattern}" under ${workspace}
  fix: check the path, or that the step writing it ran first`);
    }
    for (const match of matches) found.add(match);
  }
  return [...found].sort();
}
async function matchOne(pattern, workspace) {
  const scan = import_picomatch.default.scan(pattern);
  if (!scan.isGlob) return await isFile((0, import_node_path2.resolve)(workspace, pattern)) ? [(0, import_node_path2.relative)(workspace, (0, import_node_path2.resolve)(workspace, pattern)).split("\\").join("/")] : [];
  const start = (0, import_node_path2.resolve)(workspace, scan.base || ".");
  const isMatch = (0, import_picomatch.default)(pattern, { dot: false });
  let entries;
  try {
    entries = await (0, import_promises.readdir)(start, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  const matches = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const dir = entry.parentPath ?? entry.path;
    const path = (0, import_node_path2.relative)(workspace, (0, import_node_path2.join)(dir, entry.name)).split("\\").join("/");
    if (path.split("/").includes(".git")) continue;
    if (isMatch(path)) matches.push(path);
  }
  return matches;
}
async function isFile(path) {
  try {
    return (await (0, import_promises.stat)(path)).isFile();
  } catch {
    return false;
  }
}

// src/action/approvals.ts
var import_node_crypto2 = __toESM(require_crypto(), 1);
var COMMAND = /^\s*\/safeclaw\s+approve\b(.*)$/im;
var SHA = /^[0-9a-f]{7,40}$/i;
var DIGEST_WORD = /^actions:([0-9a-f]*)$/i;
var DIGEST_SHOWN = 16;
function parseApproveCommand(body) {
  const match = COMMAND.exec(body);
  if (!match) return void 0;
  const [first = "", ...rest] = match[1].trim().split(/\s+/);
  if (!SHA.test(first)) return { error: first ? `"${first.slice(0, 40)}" is not a commit SHA` : "it names no commit" };
  const digestMatch = DIGEST_WORD.exec(rest[0] ?? "");
  if (digestMatch) {
    const digest = digestMatch[1].toLowerCase();
    if (digest.length < DIGEST_SHOWN) return { error: `"${rest[0].slice(0, 80)}" names the actions by fewer than ${DIGEST_SHOWN} hex digits` };
    return { sha: first.toLowerCase(), digest, reason: rest.slice(1).join(" ") };
  }
  return { sha: first.toLowerCase(), reason: rest.join(" ") };
}
function reviewDigest(body) {
  const match = /(?:^|\s)actions:([0-9a-f]{16,64})(?![0-9a-z])/i.exec(body);
  return match ? match[1].toLowerCase() : void 0;
}
var APPROVE_WITH = ["comment", "review", "both"];
function uncountedApprovals(needs, rules, why) {
  return { approvals: [], approvers: [], rules: rules.map((r) => ({ ...r, approvedBy: [], satisfied: false })), needs, digest: actionsDigest(needs), stale: 0, approved: false, failed: why };
}
var WRITERS = /* @__PURE__ */ new Set(["admin", "maintain", "write"]);
function approvalNeeds(result, policySet) {
  const effects = new Map(policySet.rules.map((r) => [r.id, r.effect]));
  const needs = [];
  result.items.forEach((item, index) => {
    if (item.decision.decision !== "require_approval") return;
    const rules = /* @__PURE__ */ new Set();
    for (const part of item.decision.parts) {
      if (part.decision !== "require_approval") continue;
      for (const id of part.matchedRules) if (effects.get(id) === "require_approval") rules.add(id);
      if (part.rule && effects.get(part.rule) === "require_approval") rules.add(part.rule);
    }
    if (item.decision.rule && effects.get(item.decision.rule) === "require_approval") rules.add(item.decision.rule);
    needs.push({ item: index, type: item.action.type, normalized: item.decision.normalized, rules: [...rules].sort() });
  });
  return needs;
}
function actionsDigest(needs) {
  const entries = [...new Set(needs.map((n) => canonicalJson([n.type, n.normalized, [...n.rules].sort()])))].sort();
  return (0, import_node_crypto2.createHash)("sha256").update(canonicalJson(entries)).digest("hex");
}
function ruleNeeds(needs, policySet) {
  const byId = new Map(policySet.rules.map((r) => [r.id, r]));
  const ids = [...new Set(needs.flatMap((n) => n.rules))].sort();
  return ids.map((id) => {
    const rule = byId.get(id);
    return { id, ...rule?.approvers ? { approvers: rule.approvers } : {}, required: rule?.approvals ?? 1 };
  });
}
function membershipKey(org, slug, login) {
  return `${org}/${slug}:${login}`.toLowerCase();
}
function countApprovals(options) {
  const head = options.headSha.toLowerCase();
  const digest = actionsDigest(options.needs);
  const shown = digest.slice(0, DIGEST_SHOWN);
  const marks = "error" in options.marks ? options.marks : [...options.marks].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  let stale = 0;
  const approvals = options.candidates.map((candidate) => {
    const refuse = (refused, permission2) => ({ ...candidate, counted: false, refused, rules: [], ...permission2 ? { permission: permission2 } : {} });
    if (options.denied) return refuse("a denied action can never be approved");
    if (candidate.userType === "Bot" || candidate.login.endsWith("[bot]")) return refuse("a bot cannot approve");
    if (candidate.login.toLowerCase() === options.prAuthor.toLowerCase()) return refuse("the PR's author cannot approve it");
    if (candidate.edited) return refuse("edited after it was posted: anyone with write access can edit a comment, so an edited approval proves nothing; post a new one");
    const sha = candidate.sha.toLowerCase();
    if (sha.length < 7 || !head.startsWith(sha)) {
      stale++;
      return refuse(`stale: given for ${sha.slice(0, 7)}, the head is now ${head.slice(0, 7)} (a new push)`);
    }
    const bound = boundDigest(candidate, marks);
    if ("refused" in bound) {
      if (bound.stale) stale++;
      return refuse(bound.refused);
    }
    if (!digest.startsWith(bound.digest)) {
      stale++;
      return refuse(`stale: given for actions ${bound.digest.slice(0, DIGEST_SHOWN)}, they are now ${shown} (${bound.how}; the set of approval-needed actions changed)`);
    }
    const permission = options.permissions.get(candidate.login);
    if (!permission) return refuse("permission not checked");
    if ("error" in permission) return refuse(`permission could not be checked (${permission.error}); it counts for nothing`);
    if (!WRITERS.has(permission.permission)) return refuse(`not a writer (permission: ${permission.permission})`, permission.permission);
    const rules2 = options.rules.map((rule) => ({ id: rule.id, ...listedFor(rule, candidate.login, options.memberships) }));
    const counted = rules2.some((r) => r.counted);
    return {
      ...candidate,
      counted,
      permission: permission.permission,
      rules: rules2,
      ...counted ? {} : { refused: rules2.map((r) => `${r.id}: ${r.why}`).join("; ") }
    };
  });
  const rules = options.rules.map((rule) => {
    const approvedBy = [...new Set(approvals.filter((a) => a.rules.some((r) => r.id === rule.id && r.counted)).map((a) => a.login.toLowerCase()))];
    return { ...rule, approvedBy, satisfied: approvedBy.length >= rule.required };
  });
  const approvers = [...new Set(approvals.filter((a) => a.counted).map((a) => a.login.toLowerCase()))];
  const approved = !options.denied && rules.length > 0 && rules.every((r) => r.satisfied);
  return { approvals, approvers, rules, needs: options.needs, digest, stale, approved };
}
function boundDigest(candidate, marks) {
  if ("error" in marks) {
    return { refused: `SafeClaw's earlier statuses on the head could not be read (${marks.error}), so what the approval was given for is unknown; it counts for nothing`, stale: false };
  }
  const at = Date.parse(candidate.at);
  const before = marks.filter((m) => Date.parse(m.at) <= at);
  if (Number.isNaN(at) || before.length === 0) {
    return { refused: "given before SafeClaw judged this commit (no safeclaw status on it was older): it was not given for this commit; approve again", stale: true };
  }
  if (candidate.digest) return { digest: candidate.digest, how: "named by the command" };
  const current = before.at(-1);
  if (!current.digest) return { refused: "given while no action of this commit needed approval; approve again", stale: true };
  return { digest: current.digest, how: "current when it was given" };
}
function listedFor(rule, login, memberships) {
  if (!rule.approvers) return { counted: true };
  const lower = login.toLowerCase();
  if (rule.approvers.some((a) => a.kind === "user" && a.login.toLowerCase() === lower)) return { counted: true };
  const teams = rule.approvers.filter((a) => a.kind === "team");
  const errors = [];
  const states = [];
  for (const team of teams) {
    const answer = memberships?.get(membershipKey(team.org, team.slug, login));
    if (answer && "active" in answer && answer.active) return { counted: true };
    if (answer && "error" in answer) errors.push(`membership of ${team.org}/${team.slug} could not be checked (${answer.error})`);
    else if (answer && answer.state) states.push(`membership of ${team.org}/${team.slug} is ${answer.state}, not active`);
  }
  const listed = rule.approvers.map(approverLabel).join(", ");
  if (errors.length > 0) return { counted: false, why: `not listed by name, and ${[...errors, ...states].join("; ")}: it counts for nothing (approvers: ${listed})` };
  return { counted: false, why: `not an approver of this rule (approvers: ${listed})${states.length > 0 ? `: ${states.join("; ")}` : ""}` };
}
function membershipQueries(rules, logins) {
  const queries = /* @__PURE__ */ new Map();
  for (const rule of rules) {
    if (!rule.approvers) continue;
    for (const login of logins) {
      if (rule.approvers.some((a) => a.kind === "user" && approverKey(a) === login.toLowerCase())) continue;
      for (const team of rule.approvers) {
        if (team.kind === "team") queries.set(membershipKey(team.org, team.slug, login), { org: team.org, slug: team.slug.toLowerCase(), login });
      }
    }
  }
  return [...queries.values()];
}
var STATUS_DIGEST = /(?:^|\s)actions ([0-9a-f]{16})$/;
var STATUS_DESCRIPTION_LIMIT = 140;
function commitStatus(result, count, digest) {
  const status = statusText(result, count);
  const suffix = digest ? ` \xB7 actions ${digest.slice(0, DIGEST_SHOWN)}` : "";
  return { state: status.state, description: status.description.slice(0, STATUS_DESCRIPTION_LIMIT - suffix.length) + suffix };
}
function statusText(result, count) {
  const n = (k, word) => `${k} ${word}${k === 1 ? "" : "s"}`;
  if (result.verdict === "deny") return { state: "failure", description: `${n(result.counts.deny, "action")} denied` };
  if (result.verdict === "allow") return { state: "success", description: "every action allowed" };
  if (count?.approved) return { state: "success", description: `approved by ${count.approvers.join(", ")}` };
  const needing = result.counts.require_approval;
  const rules = count?.rules ?? [];
  const have = rules.reduce((sum, r) => sum + Math.min(r.approvedBy.length, r.required), 0);
  const required = rules.length > 0 ? rules.reduce((sum, r) => sum + r.required, 0) : 1;
  const stale = count?.stale ? `, ${count.stale} stale` : "";
  return { state: "pending", description: `${n(needing, "action")} need${needing === 1 ? "s" : ""} approval (${have} of ${required}${stale})` };
}
function statusMark(description, at) {
  const match = STATUS_DIGEST.exec(description ?? "");
  return { at, ...match ? { digest: match[1] } : {} };
}
function approvalsMarkdown(count, headSha, approveWith, result) {
  const short = headSha.slice(0, 7);
  const shown = count.digest.slice(0, DIGEST_SHOWN);
  const lines = ["", "### Approvals", ""];
  const how = [];
  if (approveWith !== "review") how.push(`comment \`/safeclaw approve ${short} actions:${shown} <reason>\``);
  if (approveWith !== "comment") how.push(`submit an approving review on ${short} (its text may name \`actions:${shown}\` too)`);
  lines.push(`Approval-needed actions: ${count.needs.length}, digest \`actions:${shown}\` (an approval counts for this commit and this set of actions only).`, "");
  if (count.approved) lines.push(`\u2705 Approved for ${short} by ${count.approvers.map((a) => `@${a}`).join(", ")}.`);
  else {
    const missing = count.rules.filter((r) => !r.satisfied).map((r) => `${r.id} needs ${r.required - r.approvedBy.length} more of ${r.required} (${r.approvers ? r.approvers.map(approverLabel).join(", ") : "anyone with write access"})`);
    lines.push(`Needs approval from people with write access (not the PR's author) for commit ${short}: ${how.join(" or ")}. Missing: ${missing.join("; ")}.`);
  }
  if (count.failed) lines.push("", `\u26A0\uFE0F No approval could be counted: ${escapeCell(count.failed)}`);
  if (count.stale > 0) {
    lines.push("", `\u26A0\uFE0F ${count.stale} earlier approval${count.stale === 1 ? " is" : "s are"} stale: given for another commit or another set of actions (a new push, an edited PR description, changed policies). Approve again for ${short} and \`actions:${shown}\`.`);
  }
  const ruleById = new Map(count.rules.map((r) => [r.id, r]));
  const approvalsFor = (rule) => count.approvals.filter((a) => a.rules.some((r) => r.id === rule && r.counted));
  lines.push("", "| Action | Rule | Needs | Approved by |", "|---|---|---|---|");
  const shownNeeds = count.needs.slice(0, MAX_ACTION_ROWS);
  for (const need of shownNeeds) {
    for (const id of need.rules) {
      const rule = ruleById.get(id);
      const by = approvalsFor(id).map((a) => `@${escapeCell(a.login)} ([${a.kind}](${a.url}), ${a.sha.slice(0, 7)}, ${escapeCell(a.at)})`);
      lines.push(`| ${escapeCell(`${need.type} ${result.items[need.item]?.decision.normalized ?? need.normalized}`.slice(0, 200))} | ${escapeCell(id)} | ${rule?.required ?? 1}${rule?.approvers ? ` of ${escapeCell(rule.approvers.map(approverLabel).join(", "))}` : ""} | ${by.length > 0 ? by.join(", ") : "nobody yet"} |`);
    }
  }
  if (count.needs.length > shownNeeds.length) lines.push(`| \u2026 and ${count.needs.length - shownNeeds.length} more | | | |`);
  if (count.approvals.length > 0) {
    lines.push("", "| Who | How | Commit | When | Counted |", "|---|---|---|---|---|");
    const listed = [...count.approvals.filter((a) => a.counted), ...count.approvals.filter((a) => !a.counted).reverse()].slice(0, MAX_APPROVAL_ROWS);
    for (const a of listed) {
      lines.push(`| @${escapeCell(a.login)} | [${a.kind}](${a.url}) | ${a.sha.slice(0, 7)} | ${escapeCell(a.at)} | ${a.counted ? `yes (${a.permission}${a.rules.some((r) => !r.counted) ? `; not for ${a.rules.filter((r) => !r.counted).map((r) => escapeCell(`${r.id}: ${r.why ?? ""}`.slice(0, 300))).join("; ")}` : ""})` : `no: ${escapeCell((a.refused ?? "").slice(0, 600))}`} |`);
    }
    if (count.approvals.length > listed.length) lines.push(`| \u2026 and ${count.approvals.length - listed.length} more refused | | | | |`);
  }
  const text = lines.join("\n") + "\n";
  if (text.length <= APPROVALS_TEXT_LIMIT) return text;
  const cut = text.lastIndexOf("\n", APPROVALS_TEXT_LIMIT - 200);
  return `${text.slice(0, cut)}

\u2026 the approvals section was cut to fit GitHub's comment limit; the audit log holds every counted approval.
`;
}
var APPROVALS_TEXT_LIMIT = 2e4;
var MAX_ACTION_ROWS = 50;
var MAX_APPROVAL_ROWS = 50;
function escapeCell(text) {
  return text.replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`).replace(/\s+/g, " ");
}

// src/action/approval-report.ts
function approvalAuditEntries(result, count, head) {
  if (!count) return result.items;
  const byItem = new Map(count.needs.map((n) => [n.item, n]));
  return result.items.map((item, index) => {
    const need = byItem.get(index);
    if (!need) return item;
    const approvals = [];
    for (const a of count.approvals) {
      const rules = a.rules.filter((r) => r.counted && need.rules.includes(r.id)).map((r) => r.id);
      if (!a.counted || rules.length === 0) continue;
      approvals.push({ approver: a.login, permission: a.permission ?? "", commit: head, actions: count.digest, via: a.kind, url: a.url, at: a.at, rules });
    }
    return approvals.length > 0 ? { ...item, approvals } : item;
  });
}
function denialReply(login, result, policySet) {
  const denied = result.items.filter((i) => i.decision.decision === "deny");
  const ids = [...new Set(denied.map((i) => i.decision.rule ?? "default deny (no rule allows it)"))].sort();
  const reasons = ids.map((id) => {
    const rule = policySet.rules.find((r) => r.id === id);
    return `- \`${id}\`${rule ? `: ${oneLine2(rule.reason)}` : ""}`;
  });
  return [
    `@${login} this approval cannot count: SafeClaw denied ${denied.length} action${denied.length === 1 ? "" : "s"} in this PR, and a deny can never be approved. Denied by:`,
    "",
    ...reasons,
    "",
    "Change the PR so that nothing is denied (the SafeClaw comment lists each action), or change the policy on the base branch. The safeclaw status stays failure."
  ].join("\n");
}
function wrongCommandReply(login, why, head, digest, approveWith) {
  const command = `/safeclaw approve ${head.slice(0, 7)} actions:${digest.slice(0, DIGEST_SHOWN)} <reason>`;
  return [
    `@${login} this approval does not count: ${oneLine2(why)}.`,
    "",
    `To approve commit ${head.slice(0, 7)} and the actions the SafeClaw comment lists now, comment:`,
    "",
    "```text",
    command,
    "```",
    ...approveWith === "both" ? ["", `or submit an approving review on ${head.slice(0, 7)}.`] : []
  ].join("\n");
}
function oneLine2(text) {
  const line = text.replace(/\s+/g, " ").replaceAll(COMMENT_MARKER, "").trim();
  return line.length > 300 ? `${line.slice(0, 299)}\u2026` : line;
}

// src/action/runner-commands.ts
var import_node_crypto3 = __toESM(require_crypto(), 1);
var import_node_fs = __toESM(require_fs(), 1);
var import_promises2 = __toESM(require_promises(), 1);
var import_node_os = __toESM(require_os(), 1);
function getInput(name) {
  return (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "").trim();
}
function setOutput(name, value) {
  const file = process.env.GITHUB_OUTPUT || "";
  if (file) {
    issueFileCommand("OUTPUT", keyValueMessage(name, value));
    return;
  }
  process.stdout.write(import_node_os.EOL);
  issueCommand("set-output", { name }, commandValue(value));
}
function info(message2) {
  process.stdout.write(message2 + import_node_os.EOL);
}
function debug(message2) {
  issueCommand("debug", {}, message2);
}
function notice(message2, properties = {}) {
  issueCommand("notice", commandProperties(properties), message2);
}
function warning(message2, properties = {}) {
  issueCommand("warning", commandProperties(properties), message2);
}
function error(message2, properties = {}) {
  issueCommand("error", commandProperties(properties), message2);
}
function setFailed(message2) {
  process.exitCode = 1;
  error(message2);
}
async function appendSummary(text) {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) throw new Error("Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.");
  try {
    await (0, import_promises2.access)(file, import_promises2.constants.R_OK | import_promises2.constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
  }
  await (0, import_promises2.appendFile)(file, text + import_node_os.EOL, { encoding: "utf8" });
}
function readEventContext() {
  let payload = {};
  const path = process.env.GITHUB_EVENT_PATH;
  if (path) {
    if ((0, import_node_fs.existsSync)(path)) payload = JSON.parse((0, import_node_fs.readFileSync)(path, { encoding: "utf8" }));
    else process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist${import_node_os.EOL}`);
  }
  return { eventName: process.env.GITHUB_EVENT_NAME, payload };
}
function commandValue(value) {
  if (value === null || value === void 0) return "";
  if (typeof value === "string" || value instanceof String) return value;
  return JSON.stringify(value);
}
function commandProperties(properties) {
  if (Object.keys(properties).length === 0) return {};
  return {
    title: properties.title,
    file: properties.file,
    line: properties.startLine,
    endLine: properties.endLine,
    col: properties.startColumn,
    endColumn: properties.endColumn
  };
}
function workflowCommand(command, properties, message2) {
  let text = `::${command}`;
  const entries = Object.entries(properties);
  if (entries.length > 0) text += ` ${entries.filter(([, value]) => value).map(([key, value]) => `${key}=${escapeProperty(value)}`).join(",")}`;
  return `${text}::${escapeData(message2)}`;
}
function issueCommand(command, properties, message2) {
  process.stdout.write(workflowCommand(command, properties, message2) + import_node_os.EOL);
}
function issueFileCommand(command, message2) {
  const file = process.env[`GITHUB_${command}`];
  if (!file) throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!(0, import_node_fs.existsSync)(file)) throw new Error(`Missing file at path: ${file}`);
  (0, import_node_fs.appendFileSync)(file, `${commandValue(message2)}${import_node_os.EOL}`, { encoding: "utf8" });
}
function keyValueMessage(key, value, delimiter = `ghadelimiter_${(0, import_node_crypto3.randomUUID)()}`) {
  const converted = commandValue(value);
  if (key.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (converted.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${key}<<${delimiter}${import_node_os.EOL}${converted}${import_node_os.EOL}${delimiter}`;
}
function escapeData(value) {
  return commandValue(value).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(value) {
  return commandValue(value).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// src/action/github-api.ts
var GitHubCallError = class extends Error {
  constructor(call, failure, attempts, gaveUp) {
    super(`${call}: ${describeFailure(failure)}`);
    this.call = call;
    this.failure = failure;
    this.attempts = attempts;
    this.gaveUp = gaveUp;
  }
  call;
  failure;
  attempts;
  gaveUp;
  name = "GitHubCallError";
  get status() {
    return this.failure.status;
  }
};
var ApiBudgetError = class extends Error {
  constructor(call, budgetMs, last) {
    super(`${call}: the GitHub API budget of ${budgetMs / 1e3} s (the api-budget input) is spent${last ? `; last: ${describeFailure(last)}` : ""}`);
    this.call = call;
    this.budgetMs = budgetMs;
    this.last = last;
  }
  call;
  budgetMs;
  last;
  name = "ApiBudgetError";
};
var ApiBudget = class {
  constructor(budgetMs) {
    this.budgetMs = budgetMs;
  }
  budgetMs;
  spentMs = 0;
  leftMs() {
    return this.budgetMs - this.spentMs;
  }
  spend(ms) {
    this.spentMs += ms;
  }
};
async function githubClient(token, options) {
  const { getOctokit } = await import("./github-U3VLLIXV.js");
  const octokit = getOctokit(token, options.baseUrl ? { baseUrl: options.baseUrl } : {});
  const budget = options.budget ?? new ApiBudget(options.limits.budgetMs);
  octokit.hook.wrap("request", async (request, requestOptions) => {
    const call = `${requestOptions.method} ${String(requestOptions.url).replace(/^https?:\/\/[^/]+/, "")}`;
    const unsafe = requestOptions.request?.createsContent === true;
    let last;
    for (let attempt = 1; ; attempt++) {
      const left = budget.leftMs();
      if (left <= 0) throw new ApiBudgetError(call, budget.budgetMs, last);
      const timeoutMs = Math.min(options.limits.timeoutMs, left);
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeoutMs);
      const started = Date.now();
      let failure;
      try {
        requestOptions.request = { ...requestOptions.request, signal: controller.signal };
        const response = await request(requestOptions);
        if (!timedOut) return response;
        failure = failedCall(void 0, timeoutMs);
      } catch (err) {
        failure = failedCall(err, timedOut ? timeoutMs : void 0);
      } finally {
        clearTimeout(timer);
        budget.spend(Date.now() - started);
      }
      if (failure.timedOutMs !== void 0 && timeoutMs < options.limits.timeoutMs) throw new ApiBudgetError(call, budget.budgetMs, last ?? failure);
      last = failure;
      const next = retryDecision(failure, attempt, options.retry, Date.now(), unsafe);
      if (!next.retry) throw new GitHubCallError(call, failure, attempt, next.why);
      if (next.waitMs >= budget.leftMs()) throw new ApiBudgetError(call, budget.budgetMs, failure);
      info(`GitHub API ${call}: ${describeFailure(failure)}; retrying in ${next.waitMs} ms`);
      const waitStarted = Date.now();
      await new Promise((done) => setTimeout(done, next.waitMs));
      budget.spend(Date.now() - waitStarted);
    }
  });
  return octokit;
}
async function fetchPullRequest(octokit, repo, number) {
  const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: number });
  return { base: data.base.sha, head: data.head.sha, body: data.body ?? "", author: data.user?.login ?? "" };
}
var COMMENT_MODES = ["always", "on-failure", "never"];
async function upsertComment(octokit, repo, issueNumber, marker, body, wanted) {
  const existing = await findComment(octokit, repo, issueNumber, marker);
  if (existing) {
    if (existing.body === body) return { action: "unchanged", url: existing.html_url, id: existing.id };
    const { data } = await octokit.rest.issues.updateComment({ ...repo, comment_id: existing.id, body });
    return { action: "updated", url: data.html_url, id: data.id };
  }
  if (!wanted) return { action: "skipped", why: "the verdict is allow and there is no earlier comment to update" };
  for (let attempt = 1; ; attempt++) {
    try {
      const { data } = await octokit.rest.issues.createComment({ ...repo, issue_number: issueNumber, body, request: { createsContent: true } });
      return { action: "created", url: data.html_url, id: data.id };
    } catch (err) {
      if (!(err instanceof GitHubCallError) || !mayHaveActed(err.failure) || attempt >= MAX_CREATE_ATTEMPTS) throw err;
      info(`Creating the PR comment: ${describeFailure(err.failure)}; looking for it before trying again`);
      const created = await findComment(octokit, repo, issueNumber, marker);
      if (created) {
        if (created.body === body) return { action: "created", url: created.html_url, id: created.id };
        const { data } = await octokit.rest.issues.updateComment({ ...repo, comment_id: created.id, body });
        return { action: "updated", url: data.html_url, id: data.id };
      }
    }
  }
}
var MAX_CREATE_ATTEMPTS = 3;
async function findComment(octokit, repo, issueNumber, marker) {
  let fallback;
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 });
  for await (const page of pages) {
    for (const comment of page.data) {
      if (!comment.body?.startsWith(marker)) continue;
      if (comment.user?.type === "Bot") return comment;
      fallback ??= comment;
    }
  }
  return fallback;
}
function apiFailureWarning(what, err) {
  const stands = "The verdict above stands.";
  if (err instanceof ApiBudgetError) {
    return `${what}: the GitHub API budget of ${err.budgetMs / 1e3} s (api-budget input) is spent${err.last ? `; the last try: ${describeFailure(err.last)}` : ""}. ${stands}`;
  }
  const failure = err instanceof GitHubCallError ? err.failure : failedCall(err);
  const tries = err instanceof GitHubCallError && err.attempts > 1 ? ` after ${err.attempts} tries` : "";
  const said = describeFailure(failure);
  switch (failureKind(failure)) {
    case "refused":
      return `${what}: ${said}${tries}. Check GITHUB_API_URL (${process.env.GITHUB_API_URL || "https://api.github.com"}) and the runner's network or proxy. ${stands}`;
    case "timeout":
    case "dropped":
    case "server-error":
      return `${what}: ${said}${tries}. GitHub may be having trouble (https://www.githubstatus.com); re-run the job later. ${stands}`;
    case "secondary-rate-limit":
      return `${what}: ${said}${tries}. This is not a missing permission: too many requests in a short time (often many jobs commenting at once); re-run the job in a few minutes. ${stands}`;
    case "rate-limit":
      return `${what}: ${said}, and it did not reset in time. ${stands}`;
  }
  if (failure.status === 403 || failure.status === 404) {
    return `${what}: ${said}. Grant the workflow \`permissions: pull-requests: write\` (or \`issues: write\`). Pull requests from forks get a read-only token under \`pull_request\`; see the README for \`pull_request_target\`. ${stands}`;
  }
  return `${what}: ${said}. ${stands}`;
}
async function listApprovalCandidates(octokit, repo, pr, approveWith) {
  const listing = { candidates: [], malformed: [] };
  if (approveWith !== "review") {
    const comments = octokit.paginate.iterator(octokit.rest.issues.listComments, { ...repo, issue_number: pr, per_page: 100 });
    for await (const page of comments) {
      for (const c of page.data) {
        const command = parseApproveCommand(c.body ?? "");
        if (!command || !c.user) continue;
        if ("error" in command) listing.malformed.push({ id: c.id, login: c.user.login, error: command.error });
        else {
          listing.candidates.push({
            kind: "comment",
            id: c.id,
            login: c.user.login,
            userType: c.user.type ?? "",
            sha: command.sha,
            ...command.digest ? { digest: command.digest } : {},
            url: c.html_url,
            // Given when posted; GitHub does not say who edited a comment, and any writer can.
            at: c.created_at,
            ...c.updated_at !== c.created_at ? { edited: true } : {},
            reason: command.reason
          });
        }
      }
    }
  }
  if (approveWith !== "comment") {
    const reviews = octokit.paginate.iterator(octokit.rest.pulls.listReviews, { ...repo, pull_number: pr, per_page: 100 });
    const latest = /* @__PURE__ */ new Map();
    let page;
    for await (page of reviews) {
      for (const r of page.data) {
        if (!r.user || r.state === "COMMENTED" || r.state === "PENDING") continue;
        latest.set(r.user.login, r);
      }
    }
    for (const r of latest.values()) {
      if (r.state !== "APPROVED" || !r.commit_id) continue;
      const digest = reviewDigest(r.body ?? "");
      listing.candidates.push({
        kind: "review",
        id: r.id,
        login: r.user.login,
        userType: r.user.type ?? "",
        sha: r.commit_id,
        ...digest ? { digest } : {},
        url: r.html_url,
        at: r.submitted_at ?? "",
        reason: r.body ?? ""
      });
    }
  }
  return listing;
}
async function permissionOf(octokit, repo, login) {
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: login });
    return { permission: data.role_name === "maintain" ? "maintain" : data.permission };
  } catch (err) {
    if (err instanceof GitHubCallError && err.status === 404) return { permission: "none" };
    return { error: err instanceof GitHubCallError || err instanceof ApiBudgetError ? err.message.replace(/^[A-Z]+ \S+: /, "") : String(err) };
  }
}
async function setCommitStatus(octokit, repo, sha, state, description, targetUrl) {
  await octokit.rest.repos.createCommitStatus({ ...repo, sha, state, context: "safeclaw", description: description.slice(0, 140), ...targetUrl ? { target_url: targetUrl } : {} });
}
async function reactToComment(octokit, repo, commentId, content) {
  await octokit.rest.reactions.createForIssueComment({ ...repo, comment_id: commentId, content });
}
async function teamMembershipOf(octokit, org, slug, login) {
  try {
    const { data } = await octokit.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username: login });
    return { active: data.state === "active", state: data.state };
  } catch (err) {
    if (err instanceof GitHubCallError && err.status === 404) return { active: false, state: "absent (404: not a member, or the token cannot see the team)" };
    const why = err instanceof GitHubCallError || err instanceof ApiBudgetError ? err.message.replace(/^[A-Z]+ \S+: /, "") : String(err);
    return { error: err instanceof GitHubCallError && err.status === 403 ? `${why}; the token needs the organisation permission members: read` : why };
  }
}
async function listSafeclawStatuses(octokit, repo, sha) {
  const marks = [];
  const pages = octokit.paginate.iterator(octokit.rest.repos.listCommitStatusesForRef, { ...repo, ref: sha, per_page: 100 });
  for await (const page of pages) {
    for (const s of page.data) {
      if (s.context !== "safeclaw" || s.creator?.type !== "Bot") continue;
      marks.push(statusMark(s.description, s.created_at));
    }
  }
  return marks.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
async function openPullRequestsAt(octokit, repo, sha) {
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: sha, per_page: 100 });
  return data.filter((pr) => pr.state === "open" && pr.head.sha === sha).map((pr) => ({ number: pr.number, base: pr.base.sha, head: pr.head.sha, body: pr.body ?? "", author: pr.user?.login ?? "" }));
}
async function replyOnPr(octokit, repo, pr, body) {
  const { data } = await octokit.rest.issues.createComment({ ...repo, issue_number: pr, body, request: { createsContent: true } });
  return data.html_url;
}

// src/action/outcome.ts
var FAIL_ON = ["deny", "require_approval", "never"];
var FAILING = {
  deny: ["deny"],
  require_approval: ["deny", "require_approval"],
  never: []
};
function failureReason(result, failOn) {
  if (!FAILING[failOn].includes(result.verdict)) return void 0;
  const { deny, require_approval } = result.counts;
  const parts = [];
  if (deny > 0) parts.push(`${deny} action${deny === 1 ? "" : "s"} denied`);
  if (require_approval > 0) parts.push(`${require_approval} need${require_approval === 1 ? "s" : ""} approval`);
  const first = result.items.find((item) => item.decision.decision === result.verdict);
  const example = first ? ` (first: ${first.decision.rule ?? "default deny"}: ${oneLine3(first.decision.reason)})` : "";
  return `SafeClaw: ${parts.join(", ")}${example}; fail-on is ${failOn}`;
}
function oneLine3(text) {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 160 ? `${line.slice(0, 159)}\u2026` : line;
}

// src/action/inputs.ts
var InputError = class extends Error {
  name = "InputError";
};
function readInputs(get) {
  const text = (name, fallback = "") => get(name).trim() || fallback;
  return {
    policies: text("policies", ".safeclaw"),
    base: text("base"),
    head: text("head"),
    plan: get("plan"),
    commands: get("commands"),
    commandsFormat: choice("commands-format", text("commands-format", "auto"), COMMANDS_FORMATS),
    prBodyCommands: flag("pr-body-commands", text("pr-body-commands", "true")),
    comment: choice("comment", text("comment", "always"), COMMENT_MODES),
    failOn: choice("fail-on", text("fail-on", "require_approval"), FAIL_ON),
    sarif: text("sarif"),
    auditArtifact: text("audit-artifact"),
    githubToken: text("github-token"),
    apiTimeoutMs: secondsInput("api-timeout", text("api-timeout", String(DEFAULT_LIMITS.timeoutMs / 1e3))),
    approveWith: choice("approve-with", text("approve-with", "both"), APPROVE_WITH),
    apiBudgetMs: secondsInput("api-budget", text("api-budget", String(DEFAULT_LIMITS.budgetMs / 1e3)))
  };
}
function choice(name, value, choices) {
  if (choices.includes(value)) return value;
  throw new InputError(`input ${name}: "${value}" is not one of ${choices.join(", ")}`);
}
function flag(name, value) {
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new InputError(`input ${name}: "${value}" is not true or false`);
}
function secondsInput(name, value) {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !(n > 0)) throw new InputError(`input ${name}: "${value}" is not a positive number of seconds`);
  return Math.round(n * 1e3);
}

// src/action/main.ts
var STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;
var context = { eventName: "", payload: {} };
async function run(options = {}) {
  try {
    context = readEventContext();
    await gate(options);
  } catch (err) {
    debug(redactMessage(err.stack ?? String(err)));
    const message2 = redactMessage(err instanceof Error ? err.message : String(err)).replace(/--commands-format/g, "the commands-format input");
    setFailed(message2);
    await writeSummary(`## \u26A0\uFE0F SafeClaw could not run

\`\`\`text
${message2.replace(/```/g, "'''")}
\`\`\`
`).catch(() => void 0);
  }
}
async function gate(options) {
  const inputs = readInputs((name) => getInput(name));
  const env = process.env;
  const workspace = (0, import_node_path3.resolve)(env.GITHUB_WORKSPACE || process.cwd());
  const repo = repository(env.GITHUB_REPOSITORY);
  const api = inputs.githubToken && repo ? await githubClient(inputs.githubToken, { retry: retryOptionsFromEnv(env), limits: { timeoutMs: inputs.apiTimeoutMs, budgetMs: inputs.apiBudgetMs } }) : void 0;
  const target = await resolveTarget(inputs, api, repo);
  if (target === void 0) return;
  const plansFound = expandGlobs(inputs.plan, workspace, "plan");
  plansFound.catch(() => void 0);
  const commandsFound = expandGlobs(inputs.commands, workspace, "commands");
  commandsFound.catch(() => void 0);
  const shellReady = prepareShellAnalysis();
  shellReady.catch(() => void 0);
  if (target.base && target.head) {
    const fetched = await fetchMissingCommits(workspace, [target.base, target.head]);
    if (fetched.fetched.length > 0) info(`Fetched ${fetched.fetched.join(", ")} from origin (objects only; nothing is checked out or run)`);
  }
  const diffPart = collectActions({ cwd: workspace, repoDir: workspace, ...target.base && target.head ? { diff: `${target.base}...${target.head}` } : {} });
  diffPart.catch(() => void 0);
  const base = target.head && target.base ? target.base : void 0;
  const planJob = startPlanJob(plansFound, options.planWorker, { workspace, policiesDir: inputs.policies, ...base ? { base } : {} });
  const otherPart = Promise.all([commandsFound, shellReady, planJob.requested]).then(
    ([commands]) => collectActions({
      cwd: workspace,
      repoDir: workspace,
      commands,
      commandsFormat: inputs.commandsFormat,
      ...target.pr && inputs.prBodyCommands ? { prBody: target.pr.body } : {}
    })
  );
  otherPart.catch(() => void 0);
  let judged;
  try {
    const policies2 = await loadGatePolicies(workspace, inputs.policies, base);
    info(`Policies: ${plural(policies2.policySet.rules.length, "rule")} from ${policies2.from === "base" ? `the base commit ${target.base}` : inputs.policies} (digest ${policies2.policySet.digest})`);
    if (policies2.substituted) {
      warning(
        `The policies input names ${policies2.substituted.named}, which the base commit ${target.base} does not have; its ${policies2.substituted.used} policies decide instead. A change cannot choose the policies it is judged by (under pull_request the workflow file is the PR's own). The new folder applies once merged.`
      );
    }
    if (policies2.changed) {
      notice(
        `This change edits the policies (digest ${policies2.changed.workspaceDigest.slice(0, 12)}); it is judged by the base commit's policies (${policies2.changed.baseDigest.slice(0, 12)}). The new policies apply once merged.`
      );
    }
    const plans = await plansFound;
    await commandsFound;
    judged = { ...await collectAndJudge(diffPart, otherPart, { cwd: workspace, repoDir: workspace, plans }, policies2.policySet, planJob), policies: policies2 };
  } catch (err) {
    planJob.cancel();
    throw err;
  }
  const { actions, result, policies, planFrom, prepared } = judged;
  const ownWorkflow = workflowFile(env);
  if (context.eventName === "pull_request" && ownWorkflow && changedFiles(actions).includes(ownWorkflow)) {
    warning(
      `This PR changes ${ownWorkflow}, the workflow running this gate: under pull_request its inputs and steps are the PR's own, so this run vouches for nothing. Require a review of it (a require_approval rule for .github/workflows/**, CODEOWNERS), or run SafeClaw under pull_request_target (README: "Who controls the gate").`,
      { file: ownWorkflow, title: "SafeClaw: the PR changes its own gate" }
    );
  }
  const needs = approvalNeeds(result, policies.policySet);
  const digest = needs.length > 0 ? actionsDigest(needs) : void 0;
  let approval;
  if (target.pr && target.head && api && repo && result.verdict === "require_approval") {
    try {
      approval = await countPrApprovals(api, repo, target.pr.number, target.pr.author ?? "", target.head, needs, policies.policySet, inputs);
      info(`Approvals: ${approval.approvers.length} approver(s) counted for actions ${approval.digest.slice(0, DIGEST_SHOWN)}${approval.approved ? " (approved)" : ""}`);
    } catch (err) {
      const warning2 = apiFailureWarning(`Could not count the approvals of PR #${target.pr.number} (none count)`, err);
      warning(warning2);
      approval = uncountedApprovals(needs, ruleNeeds(needs, policies.policySet), warning2.replace(/ The verdict above stands\.$/, ""));
    }
  }
  let outdated;
  if (target.fromPayload && target.pr && target.head && api && repo && commitStatus(result, approval, digest).state === "success") {
    outdated = await outdatedPullRequest(api, repo, target.pr.number, target.head, target.pr.body, inputs.prBodyCommands);
    if (outdated) {
      warning(`${outdated}: the safeclaw status stays pending.`);
      if (approval) approval = { ...approval, approved: false, failed: outdated };
    }
  }
  if (target.pr && target.head && api && repo) await answerApproveCommand(api, repo, target.pr.number, target.head, result, policies.policySet, approval, digest, inputs);
  if (planFrom !== void 0) {
    for (const [i, body] of (await planJob.bodies()).entries()) if (body !== void 0) prepared[planFrom + i] = body;
  }
  planJob.cancel();
  const audit = await appendAuditRecords((0, import_node_path3.join)(env.RUNNER_TEMP || (0, import_node_os2.tmpdir)(), "safeclaw-audit.jsonl"), withPreparedBodies(approvalAuditEntries(result, approval, target.head ?? ""), result.items, prepared.splice(0)), {
    policyDigest: result.policyDigest,
    context: {
      repository: env.GITHUB_REPOSITORY ?? null,
      commit: target.head ?? env.GITHUB_SHA ?? null,
      pr: target.pr?.number ?? null,
      runId: env.GITHUB_RUN_ID ?? null,
      actor: env.GITHUB_ACTOR ?? null
    }
  });
  result.audit = { path: (0, import_node_path3.basename)(audit.file), head: audit.head, records: audit.records };
  const runUrl = workflowRunUrl(env);
  if (runUrl) result.runUrl = runUrl;
  setOutput("verdict", result.verdict);
  setOutput("denied", result.counts.deny);
  setOutput("needs-approval", result.counts.require_approval);
  setOutput("allowed", result.counts.allow);
  setOutput("audit-path", audit.file);
  setOutput("audit-head", audit.head);
  info(`Verdict: ${result.verdict} (${result.counts.deny} denied, ${plural(result.counts.require_approval, "needs", "need")} approval, ${result.counts.allow} allowed)`);
  for (const annotation of annotationsFor(result, { files: changedFiles(actions), maxPerLevel: 10 })) {
    const properties = { title: annotation.title, file: annotation.file, ...annotation.line ? { startLine: annotation.line } : {} };
    if (annotation.level === "error") error(annotation.message, properties);
    else warning(annotation.message, properties);
  }
  if (inputs.sarif) {
    const file = (0, import_node_path3.resolve)(workspace, inputs.sarif);
    await (0, import_promises3.mkdir)((0, import_node_path3.dirname)(file), { recursive: true });
    await (0, import_promises3.writeFile)(file, JSON.stringify(renderSarif(result, { toolVersion: VERSION, rules: policies.policySet.rules }), null, 2) + "\n");
    info(`SARIF written to ${file}`);
  }
  setOutput("approved", approval?.approved ? "true" : "false");
  const approvalsText = approval && target.head ? approvalsMarkdown(approval, target.head, inputs.approveWith, result) : outdated ? `
### Status

\u26A0\uFE0F ${outdated}: the safeclaw status stays pending.
` : "";
  await writeSummary(summaryMarkdown(result) + approvalsText);
  let commentUrl = "";
  if (target.pr && inputs.comment !== "never") {
    if (!api || !repo) {
      warning("No PR comment: the github-token input is empty (or GITHUB_REPOSITORY is unset). The verdict above stands.");
    } else {
      try {
        const body = renderMarkdown(result, { maxLength: GITHUB_COMMENT_LIMIT - approvalsText.length }) + approvalsText;
        const wanted = inputs.comment === "always" || result.verdict !== "allow";
        const outcome = await upsertComment(api, repo, target.pr.number, COMMENT_MARKER, body, wanted);
        if (outcome.action === "skipped") info(`No PR comment: ${outcome.why}`);
        else {
          commentUrl = outcome.url;
          info(`PR comment ${outcome.action}: ${outcome.url}`);
        }
      } catch (err) {
        warning(apiFailureWarning(`Could not comment on PR #${target.pr.number}`, err));
      }
    }
  }
  setOutput("comment-url", commentUrl);
  if (target.pr && target.head && api && repo) {
    const judged2 = commitStatus(result, approval, digest);
    const status = outdated ? { state: "pending", description: `not confirmed current: re-run on the PR as it is now${digest ? ` \xB7 actions ${digest.slice(0, DIGEST_SHOWN)}` : ""}` } : judged2;
    try {
      await setCommitStatus(api, repo, target.head, status.state, status.description, runUrl);
      info(`Commit status safeclaw on ${target.head}: ${status.state} (${status.description})`);
    } catch (err) {
      warning(apiFailureWarning(`Could not set the safeclaw commit status on ${target.head} (grant \`permissions: statuses: write\`)`, err));
    }
  }
  if (inputs.auditArtifact) {
    const upload = await uploadAuditArtifact(inputs.auditArtifact, audit.file);
    if (upload.ok) info(`Audit log uploaded as artifact ${inputs.auditArtifact}${upload.id ? ` (id ${upload.id})` : ""}`);
    else warning(`Could not upload the audit log as artifact "${inputs.auditArtifact}": ${upload.why}. The verdict above stands; the log is at ${audit.file}.`);
  }
  const reason = failureReason(approval?.approved ? { ...result, verdict: "allow" } : result, inputs.failOn);
  if (reason) setFailed(reason);
}
async function countPrApprovals(api, repo, pr, author, head, needs, policySet, inputs) {
  const listing = await listApprovalCandidates(api, repo, pr, inputs.approveWith);
  const rules = ruleNeeds(needs, policySet);
  let marks = [];
  if (listing.candidates.length > 0) {
    marks = await listSafeclawStatuses(api, repo, head).catch((err) => ({ error: apiFailureWarning("listing the safeclaw statuses", err).replace(/ The verdict above stands\.$/, "") }));
  }
  const permissions = /* @__PURE__ */ new Map();
  for (const login of new Set(listing.candidates.map((c) => c.login))) {
    if (login.endsWith("[bot]") || login.toLowerCase() === author.toLowerCase()) continue;
    permissions.set(login, await permissionOf(api, repo, login));
  }
  const writers = [...permissions].filter(([, p]) => "permission" in p && ["admin", "maintain", "write"].includes(p.permission)).map(([login]) => login);
  const memberships = /* @__PURE__ */ new Map();
  for (const q of membershipQueries(rules, writers)) memberships.set(membershipKey(q.org, q.slug, q.login), await teamMembershipOf(api, q.org, q.slug, q.login));
  const count = countApprovals({ candidates: listing.candidates, prAuthor: author, headSha: head, needs, rules, permissions, memberships, marks, denied: false });
  const reactions = [
    ...count.approvals.filter((a) => a.kind === "comment").map((a) => [a.id, a.counted ? "+1" : "confused"]),
    ...listing.malformed.map((m) => [m.id, "confused"])
  ];
  for (const [id, content] of reactions) {
    await reactToComment(api, repo, id, content).catch((err) => info(apiFailureWarning(`Could not react to comment ${id}`, err)));
  }
  return count;
}
async function answerApproveCommand(api, repo, pr, head, result, policySet, approval, digest, inputs) {
  if (context.eventName !== "issue_comment" || context.payload.action !== "created" || inputs.approveWith === "review") return;
  const comment = context.payload.comment;
  const command = parseApproveCommand(comment?.body ?? "");
  if (!command || !comment?.user?.login || comment.user.type === "Bot") return;
  let reply;
  if (result.verdict === "deny") reply = denialReply(comment.user.login, result, policySet);
  else if (result.verdict === "require_approval" && digest) {
    const counted = approval?.approvals.find((a) => a.kind === "comment" && a.id === comment.id);
    if ("error" in command || counted && !counted.counted && /^stale|^given/.test(counted.refused ?? "")) {
      reply = wrongCommandReply(comment.user.login, "error" in command ? command.error : counted.refused, head, digest, inputs.approveWith);
    }
  }
  if (!reply) return;
  try {
    const url = await replyOnPr(api, repo, pr, reply);
    info(`Replied to the approval command: ${url}`);
  } catch (err) {
    warning(apiFailureWarning(`Could not reply to the /safeclaw approve comment on PR #${pr}`, err));
  }
}
async function outdatedPullRequest(api, repo, number, head, body, bodyCounts) {
  try {
    const pr = await fetchPullRequest(api, repo, number);
    if (pr.head !== head) return `This run judged commit ${head.slice(0, 7)} from its event, but PR #${number}'s head is now ${pr.head.slice(0, 7)} (an older event or a re-run)`;
    if (bodyCounts && pr.body !== body) return `This run judged PR #${number}'s description as its event had it, and it has changed since (an older event or a re-run)`;
    return void 0;
  } catch (err) {
    return apiFailureWarning(`PR #${number} could not be looked up to confirm that this run judged its current head and description`, err).replace(/\.? The verdict above stands\.$/, "");
  }
}
async function resolveTarget(inputs, api, repo) {
  const event = eventTarget(context.eventName, context.payload);
  let target;
  switch (event.kind) {
    case "pull-request":
      target = { base: event.base, head: event.head, pr: { number: event.number, body: event.body, ...event.author ? { author: event.author } : {} }, fromPayload: true };
      break;
    case "pull-request-lookup": {
      if (!api || !repo) throw new Error(`cannot look up PR #${event.number} for the ${context.eventName} event: the github-token input is empty`);
      const pr = await fetchPullRequest(api, repo, event.number);
      target = { base: pr.base, head: pr.head, pr: { number: event.number, body: pr.body, author: pr.author } };
      break;
    }
    case "commits": {
      if (context.eventName === "push" && api && repo && !inputs.base) {
        const prs = await openPullRequestsAt(api, repo, event.head).catch((err) => {
          warning(apiFailureWarning(`Could not look up the PRs of ${event.head} (judged as a plain push, with no safeclaw status)`, err));
          return [];
        });
        if (prs.length > 0) {
          const [pr, ...others] = prs;
          if (others.length > 0) notice(`${event.head} is the head of PRs ${prs.map((p) => `#${p.number}`).join(", ")}: judged as #${pr.number} (the safeclaw status is one per commit)`);
          info(`The push is to PR #${pr.number}: judged as the PR`);
          target = { base: pr.base, head: pr.head, pr: { number: pr.number, body: pr.body, author: pr.author } };
          break;
        }
      }
      if (!event.base && !inputs.base) {
        throw new Error(
          `the push created a branch, so it names no earlier commit to diff against
  fix: set the base input (e.g. base: origin/\${{ github.event.repository.default_branch }}) or run on pull_request`
        );
      }
      target = { base: event.base, head: event.head };
      break;
    }
    case "none":
      if (!inputs.base && !inputs.plan.trim() && !inputs.commands.trim()) {
        if (context.eventName === "issue_comment") {
          notice(`SafeClaw has nothing to check: ${event.why}.`);
          return void 0;
        }
        throw new Error(`nothing to check: ${event.why}
  fix: set the base input (and head, default the checked-out commit), plan or commands`);
      }
      target = {};
      break;
  }
  if (inputs.base) target.base = inputs.base;
  if (inputs.head) target.head = inputs.head;
  if (target.base && !target.head) target.head = process.env.GITHUB_SHA || "HEAD";
  return target;
}
function repository(value) {
  const match = /^([^/]+)\/([^/]+)$/.exec(value ?? "");
  return match ? { owner: match[1], repo: match[2] } : void 0;
}
function workflowRunUrl(env) {
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return void 0;
  const server = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  const attempt = env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== "1" ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : "";
  return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${attempt}`;
}
function workflowFile(env) {
  const ref = env.GITHUB_WORKFLOW_REF;
  const repo = env.GITHUB_REPOSITORY;
  if (!ref || !repo || !ref.startsWith(`${repo}/`)) return void 0;
  const path = ref.slice(repo.length + 1);
  const at = path.lastIndexOf("@");
  return at > 0 ? path.slice(0, at) : void 0;
}
function changedFiles(actions) {
  return actions.flatMap((a) => a.origin?.source === "diff" && a.origin.file ? [a.origin.file] : []);
}
function startPlanJob(plansFound, worker, request) {
  let job;
  let cancelled = false;
  const started = plansFound.then(
    (plans) => {
      if (!cancelled && plans.length > 0) job = judgePlansOn(worker, { ...request, plans });
    },
    () => void 0
  );
  return {
    /** Settles once the request is sent, or it is known there is none. */
    requested: started,
    items: async (digest) => {
      await started;
      return job?.items(digest);
    },
    bodies: async () => job ? job.bodies() : [],
    replied: () => job ? job.replied() : true,
    cancel: () => {
      cancelled = true;
      job?.cancel();
    }
  };
}
async function collectAndJudge(diffPart, otherPart, options, policySet, planJob) {
  const judge = (list) => evaluateAll(policySet, list, { analyses: manifestLineAnalyses });
  const { plans = [] } = options;
  if (plans.length === 0) {
    const actions2 = [...await diffPart, ...await otherPart];
    return { actions: actions2, result: judge(actions2), prepared: [] };
  }
  const diffActions = await diffPart;
  const otherActions = await otherPart.catch(() => void 0);
  if (otherActions !== void 0) {
    let judged;
    try {
      judged = [judge(diffActions), judge(otherActions)];
    } catch {
      judged = void 0;
    }
    const own = judged && await bodiesWhileWaiting([...judged[0].items, ...judged[1].items], planJob);
    const planItems = judged && await planJob.items(policySet.digest);
    if (judged && own && planItems) {
      const result = mergedResult([judged[0].items, planItems, judged[1].items], policySet.digest);
      const planFrom = judged[0].items.length;
      const prepared = [];
      for (let i = 0; i < own.length; i++) prepared[i < planFrom ? i : i + planItems.length] = own[i];
      return { actions: [...diffActions, ...otherActions], result, planFrom, prepared };
    }
  }
  planJob.cancel();
  const planActions = await collectActions({ cwd: options.cwd, repoDir: options.repoDir, plans });
  const actions = [...diffActions, ...planActions, ...await otherPart];
  return { actions, result: judge(actions), prepared: [] };
}
async function bodiesWhileWaiting(items, planJob) {
  const bodies = [];
  for (let from = 0; from < items.length; from += BODIES_PER_MESSAGE) {
    await new Promise((next) => setImmediate(next));
    if (planJob.replied()) break;
    try {
      for (const body of prepareAuditBodies(items.slice(from, from + BODIES_PER_MESSAGE))) bodies.push(body);
    } catch {
      break;
    }
  }
  return bodies;
}
function withPreparedBodies(entries, items, bodies) {
  if (bodies.length === 0) return entries;
  const out = entries.slice();
  for (let i = 0; i < bodies.length; i++) {
    const body = bodies[i];
    if (body !== void 0 && entries[i] === items[i]) out[i] = body;
  }
  return out;
}
function mergedResult(parts, policyDigest) {
  const counts = { allow: 0, deny: 0, require_approval: 0 };
  let verdict = "allow";
  const items = [];
  for (const part of parts) {
    for (const item of part) {
      items.push(item);
      counts[item.decision.decision]++;
      if (STRICTNESS[item.decision.decision] > STRICTNESS[verdict]) verdict = item.decision.decision;
    }
  }
  return { verdict, items, counts, policyDigest };
}
function summaryMarkdown(result) {
  return renderMarkdown(result, { maxLength: STEP_SUMMARY_LIMIT_BYTES - 1024, measure: "utf8" });
}
async function writeSummary(markdown) {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await appendSummary(markdown);
}
export {
  STEP_SUMMARY_LIMIT_BYTES,
  run,
  summaryMarkdown
};
