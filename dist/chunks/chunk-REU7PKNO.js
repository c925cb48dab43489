import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  GENESIS_HASH,
  recordLine,
  sealRecord,
  verifyAuditFile
} from "./chunk-N374ZEWW.js";
import {
  evaluate
} from "./chunk-NHMAMQZS.js";
import {
  STRICTNESS
} from "./chunk-PTTJIL5Z.js";

// src/audit/append.ts
import { createHash } from "node:crypto";
import { mkdir, open as open2 } from "node:fs/promises";
import { dirname, join } from "node:path";

// src/audit/errors.ts
var AuditError = class extends Error {
  constructor(kind, problem, fix, position) {
    super(`${position ? `${position}: ` : ""}${problem}
  fix: ${fix}`);
    this.kind = kind;
    this.fix = fix;
    this.position = position;
    this.name = "AuditError";
  }
  kind;
  fix;
  position;
};

// src/audit/lock.ts
import { randomBytes } from "node:crypto";
import { link, open, readFile, rename, stat, unlink, utimes } from "node:fs/promises";
import { hostname } from "node:os";
async function acquireLock(path2, options = {}) {
  const timeoutMs = options.timeoutMs ?? 6e4;
  const staleMs = options.staleMs ?? 3e4;
  const owner = { pid: process.pid, host: hostname(), nonce: randomBytes(12).toString("hex") };
  const started = Date.now();
  let wait = 2;
  for (; ; ) {
    try {
      const handle = await open(path2, "wx");
      try {
        await handle.writeFile(JSON.stringify(owner));
      } finally {
        await handle.close();
      }
      return holding(path2, owner, staleMs);
    } catch (err) {
      if (err.code !== "EEXIST") {
        throw new AuditError("io", `cannot create the lock ${path2}: ${err.message}`, "check that the audit folder is writable");
      }
    }
    await breakIfStale(path2, staleMs);
    if (Date.now() - started > timeoutMs) {
      throw new AuditError(
        "lock",
        `timed out after ${timeoutMs} ms waiting for the lock ${path2}`,
        "another safeclaw process is appending; if none is, delete the lock file"
      );
    }
    await new Promise((done) => setTimeout(done, wait + Math.random() * wait));
    wait = Math.min(wait * 2, 50);
  }
}
function holding(path2, owner, staleMs) {
  const touch = setInterval(() => {
    const now = /* @__PURE__ */ new Date();
    utimes(path2, now, now).catch(() => void 0);
  }, Math.max(staleMs / 4, 100));
  touch.unref();
  return {
    path: path2,
    async stillHeld() {
      return (await readOwner(path2))?.nonce === owner.nonce;
    },
    async release() {
      clearInterval(touch);
      const current = await readOwner(path2);
      if (current?.nonce === owner.nonce) await unlink(path2).catch(() => void 0);
    }
  };
}
async function breakIfStale(path2, staleMs) {
  const judged = await readOwner(path2);
  let mtimeMs;
  try {
    mtimeMs = (await stat(path2)).mtimeMs;
  } catch {
    return;
  }
  if (judged !== null && judged.host === hostname()) {
    if (isAlive(judged.pid)) return;
  } else if (Date.now() - mtimeMs < staleMs) {
    return;
  }
  const moved = `${path2}.stale-${process.pid}-${randomBytes(6).toString("hex")}`;
  try {
    await rename(path2, moved);
  } catch {
    return;
  }
  const took = await readOwner(moved);
  if (took !== null && took.nonce !== judged?.nonce) {
    await link(moved, path2).catch(() => void 0);
  }
  await unlink(moved).catch(() => void 0);
}
async function readOwner(path2) {
  try {
    const owner = JSON.parse(await readFile(path2, "utf8"));
    return typeof owner.nonce === "string" && typeof owner.pid === "number" ? owner : null;
  } catch {
    return null;
  }
}
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}

// src/audit/redact.ts
var MARKER = /^\[REDACTED:[a-z-]+\]/;
var whole = false;
var keepPrefix = true;
var VALUE = String.raw`(?:"[^"]*"|'[^']*'|[^\s;&|'"<>]+)`;
var SECRET_NAME = String.raw`[A-Za-z0-9_]*(?:SECRET|TOKEN|PASSWORD|PASSWD|PASSPHRASE|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?)[A-Za-z0-9_]*`;
var PATTERNS = [
  {
    kind: "private-key",
    // Unterminated blocks (a truncated paste) are redacted to the end of the text.
    pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY( BLOCK)?-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY( BLOCK)?-----|$)/g,
    keepPrefix: whole
  },
  {
    kind: "authorization",
    pattern: /\b((?:Proxy-)?Authorization\s*:\s*(?:Bearer|Basic|Token|Digest)?\s*)[^\s'"]+/gi,
    keepPrefix
  },
  { kind: "bearer-token", pattern: /\b(Bearer\s+)[A-Za-z0-9\-._~+/]{8,}=*/g, keepPrefix },
  {
    kind: "url-password",
    // scheme://user:password@host: keep the user, drop the password.
    pattern: /\b([a-z][a-z0-9+.-]*:\/\/[^\s/:@'"]*:)[^\s/@'"]+(?=@)/gi,
    keepPrefix
  },
  { kind: "github-token", pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g, keepPrefix: whole },
  { kind: "aws-access-key-id", pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, keepPrefix: whole },
  { kind: "slack-token", pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g, keepPrefix: whole },
  { kind: "api-key", pattern: /\b(?:sk-(?:proj-)?[A-Za-z0-9_-]{20,}|sk_live_[A-Za-z0-9]{16,}|AIza[0-9A-Za-z_-]{35})/g, keepPrefix: whole },
  {
    kind: "secret",
    // NAME=value for secret-looking names: AWS_SECRET_ACCESS_KEY=…, DB_PASSWORD=…, export GITHUB_TOKEN=…
    pattern: new RegExp(String.raw`\b(${SECRET_NAME}=)${VALUE}`, "gi"),
    keepPrefix
  },
  {
    kind: "secret",
    // "password": "…" / api_key: … in JSON or YAML carried by a command (curl -d, echo).
    pattern: new RegExp(String.raw`((?:"|\b)${SECRET_NAME}"?\s*:\s*)(?:"[^"]*"|'[^']*'|[^\s,}'"]+)`, "gi"),
    keepPrefix
  },
  {
    kind: "password",
    // --password=…, --db-password …, --token …, --client-secret=…, --api-key …
    pattern: /(\s--?(?:[a-z0-9]+-)*(?:password|passwd|passphrase|token|secret|api-?key|access-?key|private-?key|credentials?)(?:=|\s+))(?:"[^"]*"|'[^']*'|[^\s;&|'"<>-][^\s;&|'"<>]*)/gi,
    keepPrefix
  },
  {
    kind: "password",
    // mysql/mariadb take the password glued to -p; -p alone prompts, and elsewhere -p is a port or path.
    pattern: /(\b(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)\b[^;&|\n]*?\s-p)(?!\s)(?:"[^"]*"|'[^']*'|[^\s;&|'"<>]+)/g,
    keepPrefix
  },
  { kind: "password", pattern: /(\bsshpass\s+-p\s*)(?:"[^"]*"|'[^']*'|[^\s;&|'"<>]+)/g, keepPrefix },
  { kind: "password", pattern: /(\bredis-cli\b[^;&|\n]*?\s-a\s+)(?:"[^"]*"|'[^']*'|[^\s;&|'"<>]+)/g, keepPrefix },
  {
    kind: "password",
    // curl -u user:password / --user user:password: keep the user.
    pattern: /(\s(?:-u\s*|--user(?:=|\s+))["']?[^\s:'"]+:)[^\s'"]+/g,
    keepPrefix
  }
];
function redactSecrets(text) {
  const kinds = [];
  let result = text;
  for (const { kind, pattern, keepPrefix: keepPrefix2 } of PATTERNS) {
    pattern.lastIndex = 0;
    if (!pattern.test(result)) continue;
    result = result.replace(pattern, (match, first) => {
      const prefix = keepPrefix2 && typeof first === "string" ? first : "";
      if (MARKER.test(match.slice(prefix.length))) return match;
      if (!kinds.includes(kind)) kinds.push(kind);
      return `${prefix}[REDACTED:${kind}]`;
    });
  }
  return { text: result, kinds };
}

// src/audit/append.ts
async function appendAuditRecords(file, entries, meta) {
  if (!/^[0-9a-f]{64}$/.test(meta.policyDigest)) {
    throw new AuditError("input", `policy digest ${JSON.stringify(meta.policyDigest)} is not a SHA-256 hex digest`, "pass PolicySet.digest");
  }
  await mkdir(dirname(file), { recursive: true }).catch((err) => {
    throw new AuditError("io", `cannot create the folder for ${file}: ${err.message}`, "check the path and permissions");
  });
  const lock = await acquireLock(`${file}.lock`, meta.lock);
  let handle;
  try {
    let created = false;
    try {
      handle = await open2(file, "wx+");
      created = true;
    } catch (err) {
      if (err.code !== "EEXIST") throw err;
      handle = await open2(file, "a+");
    }
    const existing = await verifyAuditFile(file);
    let repaired;
    if (!existing.ok) {
      const { failure, torn } = existing;
      if (failure?.kind !== "torn" || !torn) {
        throw new AuditError(
          "broken-chain",
          `refusing to append to a broken audit chain: ${failure?.message ?? "unknown problem"}`,
          `run \`safeclaw audit verify ${file}\`; keep the file as evidence, move it aside and start a new log`,
          `${file}:${failure?.line ?? 0}`
        );
      }
      if (entries.length > 0) {
        repaired = { line: torn.line, bytes: torn.bytes, sha256: await sha256OfRange(handle, torn.offset, torn.bytes) };
        await handle.truncate(torn.offset);
      }
    }
    const now = meta.now ?? (() => /* @__PURE__ */ new Date());
    let time = now().toISOString();
    if (existing.lastTime !== null && Date.parse(existing.lastTime) > Date.parse(time)) time = existing.lastTime;
    const context = fullContext(meta.context);
    let prev = existing.head ?? GENESIS_HASH;
    let seq = existing.records;
    const lines = [];
    for (const entry of entries) {
      const record = sealRecord({
        ...recordBody(entry, meta.policyDigest, context),
        seq,
        time,
        ...repaired && seq === existing.records ? { repaired } : {},
        prev
      });
      lines.push(recordLine(record));
      prev = record.hash;
      seq++;
    }
    if (lines.length > 0) {
      if (!await lock.stillHeld()) {
        throw new AuditError("lock", `the lock ${lock.path} was taken over while appending`, "retry; check for clock skew on a shared filesystem");
      }
      const bytes = Buffer.from(lines.join("\n") + "\n", "utf8");
      await writeAll(handle, bytes);
      await handle.sync();
      if (created) await syncFolder(dirname(file));
    }
    return {
      file,
      head: prev,
      records: seq,
      appended: lines.length,
      ...repaired ? { repaired } : {}
    };
  } catch (err) {
    if (err instanceof AuditError) throw err;
    throw new AuditError("io", `cannot append to ${file}: ${err.message}`, "check the path, permissions and free space");
  } finally {
    await handle?.close().catch(() => void 0);
    await lock.release();
  }
}
function recordBody(entry, policyDigest, context) {
  const { action, decision } = entry;
  let redacted = false;
  const clean = (text) => {
    const redaction = redactSecrets(toWellFormed(text));
    if (redaction.kinds.length > 0) redacted = true;
    return redaction.text;
  };
  const origin = entry.origin ?? action.origin;
  const body = {
    version: 1,
    action: { type: action.type, raw: clean(rawText(action)), normalized: clean(decision.normalized) },
    origin: origin ? {
      source: toWellFormed(origin.source),
      ...origin.file !== void 0 ? { file: clean(origin.file) } : {},
      ...origin.line !== void 0 ? { line: origin.line } : {},
      ...origin.detail !== void 0 ? { detail: clean(origin.detail) } : {}
    } : null,
    decision: decision.decision,
    rule: decision.rule,
    reason: clean(decision.reason),
    policyDigest,
    context
  };
  return { ...body, redacted };
}
function rawText(action) {
  switch (action.type) {
    case "shell.execute":
      return action.command;
    case "file.read":
    case "file.write":
      return action.path;
    case "network.request":
      return action.destination;
    case "infra.change":
      return `${action.change} ${action.address}`;
  }
}
function fullContext(context = {}) {
  const text = (value) => value === void 0 || value === null ? null : toWellFormed(value);
  return {
    repository: text(context.repository),
    commit: text(context.commit),
    pr: context.pr ?? null,
    runId: text(context.runId),
    actor: text(context.actor)
  };
}
function toWellFormed(text) {
  const native = text.toWellFormed;
  return native ? native.call(text) : text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}
async function sha256OfRange(handle, offset, length) {
  const bytes = Buffer.alloc(length);
  await handle.read(bytes, 0, length, offset);
  return createHash("sha256").update(bytes).digest("hex");
}
async function writeAll(handle, bytes) {
  let written = 0;
  while (written < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, written, bytes.length - written);
    if (bytesWritten === 0) throw new Error("the write made no progress");
    written += bytesWritten;
  }
}
async function syncFolder(folder) {
  let dir;
  try {
    dir = await open2(folder, "r");
    await dir.sync();
  } catch {
  } finally {
    await dir?.close().catch(() => void 0);
  }
}

// src/engine/gate.ts
function evaluateAll(policySet, actions) {
  const counts = { allow: 0, deny: 0, require_approval: 0 };
  let verdict = "allow";
  const items = actions.map((action) => {
    const decision = evaluate(policySet, action);
    counts[decision.decision]++;
    if (STRICTNESS[decision.decision] > STRICTNESS[verdict]) verdict = decision.decision;
    return { action, decision };
  });
  return { verdict, items, counts, policyDigest: policySet.digest };
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
  const where = place.file ? `${place.file}${place.line ? `:${place.line}` : ""}: ` : "";
  return `${where}${problem}${hint ? `
  fix: ${hint}` : ""}`;
}

// src/sources/claude-transcript.ts
import path from "node:path";
var SESSION_ONLY_TOOLS = /* @__PURE__ */ new Set([
  "TodoWrite",
  "TodoRead",
  "Task",
  "Agent",
  "ExitPlanMode",
  "EnterPlanMode",
  "AskUserQuestion",
  "BashOutput",
  "KillShell",
  "KillBash",
  "Skill",
  "SlashCommand"
]);
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
      out.push(...claudeToolActions(name, input, { source: "transcript", file, line, detail: `Claude Code ${name}` }, cwd));
    }
  });
  return out;
}
function claudeToolActions(name, input, origin, cwd) {
  const need = (key) => {
    const value = input[key];
    if (typeof value !== "string" || !value) {
      throw new SourceError({ file: origin.file, line: origin.line }, `${name} tool call has no "${key}"`, "repair the transcript line");
    }
    return value;
  };
  const local = (p) => relativeTo(cwd, p);
  switch (name) {
    case "Bash":
      return [{ type: "shell.execute", command: need("command"), origin }];
    case "Read":
      return [{ type: "file.read", path: local(need("file_path")), origin }];
    case "NotebookRead":
      return [{ type: "file.read", path: local(need("notebook_path")), origin }];
    case "Grep":
    case "LS":
      return [{ type: "file.read", path: local(typeof input.path === "string" ? input.path : cwd ?? "."), origin }];
    case "Glob": {
      const dir = typeof input.path === "string" ? input.path : cwd ?? ".";
      return [{ type: "file.read", path: local(path.posix.join(dir, need("pattern"))), origin }];
    }
    case "Write":
    case "Edit":
    case "MultiEdit":
      return [{ type: "file.write", path: local(need("file_path")), origin }];
    case "NotebookEdit":
      return [{ type: "file.write", path: local(need("notebook_path")), origin }];
    case "WebFetch":
      return [{ type: "network.request", destination: need("url"), origin }];
    case "WebSearch":
    case "web_search":
      return [{ type: "network.request", destination: `websearch:${need("query")}`, origin }];
    default:
      if (SESSION_ONLY_TOOLS.has(name)) return [];
      throw new SourceError(
        { file: origin.file, line: origin.line },
        `unknown tool "${name}": SafeClaw cannot tell what it does, so it cannot judge it`,
        "state what the call does as SafeClaw JSONL actions (--commands-format safeclaw) or remove the call from the transcript"
      );
  }
}
function relativeTo(cwd, p) {
  if (!cwd || !path.posix.isAbsolute(p)) return p;
  const rel = path.posix.relative(cwd, path.posix.normalize(p));
  if (rel === "") return ".";
  return rel.startsWith("..") ? p : rel;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export {
  appendAuditRecords,
  evaluateAll,
  SourceError,
  claudeTranscriptActions,
  claudeToolActions,
  isObject
};
