import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  ACTION_TYPES,
  CanonicalJsonError,
  EFFECTS,
  canonicalJson,
  plural
} from "./chunk-IP5HSEW5.js";
import {
  require_crypto
} from "./chunk-PZ6AAJEP.js";
import {
  require_os
} from "./chunk-JWNWVRK7.js";
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

// src/audit/record.ts
var nodeCrypto = __toESM(require_crypto(), 1);

// src/audit/record-json.ts
var enumerable = Object.prototype.propertyIsEnumerable;
function hasOnly(value, keys, required) {
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  let present = 0;
  for (let i = 0; i < keys.length; i++) if (enumerable.call(value, keys[i])) present++;
  if (present < required) return false;
  return Object.keys(value).length === present;
}
var isWellFormed = (text) => text.isWellFormed();
function str(value) {
  if (typeof value !== "string" || !isWellFormed(value)) return null;
  return JSON.stringify(value);
}
function nullableStr(value) {
  return value === null ? "null" : str(value);
}
function num(value) {
  if (typeof value !== "number" || !Number.isFinite(value)) return null;
  return JSON.stringify(value);
}
function nullableNum(value) {
  return value === null ? "null" : num(value);
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var ACTION_KEYS = ["normalized", "raw", "type"];
var CONTEXT_KEYS = ["actor", "commit", "pr", "repository", "runId"];
var ORIGIN_KEYS = ["detail", "file", "line", "source"];
var REPAIRED_KEYS = ["bytes", "line", "sha256"];
var RECORD_KEYS = [
  "action",
  "approvals",
  "clockBehind",
  "context",
  "decision",
  "origin",
  "policyDigest",
  "prev",
  "reason",
  "redacted",
  "repaired",
  "rule",
  "seq",
  "time",
  "version"
];
var SEALED_RECORD_KEYS = [...RECORD_KEYS, "hash"];
var REQUIRED_RECORD_KEYS = 12;
function actionJson(value) {
  if (!isObject(value) || !hasOnly(value, ACTION_KEYS, 3)) return null;
  const normalized = str(value.normalized);
  const raw = str(value.raw);
  const type = str(value.type);
  if (normalized === null || raw === null || type === null) return null;
  return `{"normalized":${normalized},"raw":${raw},"type":${type}}`;
}
function contextJson(value) {
  if (!isObject(value) || !hasOnly(value, CONTEXT_KEYS, 5)) return null;
  const actor = nullableStr(value.actor);
  const commit = nullableStr(value.commit);
  const pr = nullableNum(value.pr);
  const repository = nullableStr(value.repository);
  const runId = nullableStr(value.runId);
  if (actor === null || commit === null || pr === null || repository === null || runId === null) return null;
  return `{"actor":${actor},"commit":${commit},"pr":${pr},"repository":${repository},"runId":${runId}}`;
}
function originJson(value) {
  if (value === null) return "null";
  if (!isObject(value)) return null;
  let required = 1;
  if (enumerable.call(value, "detail")) required++;
  if (enumerable.call(value, "file")) required++;
  if (enumerable.call(value, "line")) required++;
  if (!hasOnly(value, ORIGIN_KEYS, required)) return null;
  let text = "{";
  if (enumerable.call(value, "detail")) {
    const detail = str(value.detail);
    if (detail === null) return null;
    text += `"detail":${detail},`;
  }
  if (enumerable.call(value, "file")) {
    const file = str(value.file);
    if (file === null) return null;
    text += `"file":${file},`;
  }
  if (enumerable.call(value, "line")) {
    const line = num(value.line);
    if (line === null) return null;
    text += `"line":${line},`;
  }
  const source = str(value.source);
  if (source === null) return null;
  return `${text}"source":${source}}`;
}
function repairedJson(value) {
  if (!isObject(value) || !hasOnly(value, REPAIRED_KEYS, 3)) return null;
  const bytes = num(value.bytes);
  const line = num(value.line);
  const sha256 = str(value.sha256);
  if (bytes === null || line === null || sha256 === null) return null;
  return `{"bytes":${bytes},"line":${line},"sha256":${sha256}}`;
}
function generic(value) {
  try {
    return canonicalJson(value);
  } catch {
    return null;
  }
}
function entryMembers(r) {
  const actionValue = actionJson(r.action);
  if (actionValue === null) return null;
  let action = `"action":${actionValue}`;
  if (enumerable.call(r, "approvals")) {
    const approvals = generic(r.approvals);
    if (approvals === null) return null;
    action += `,"approvals":${approvals}`;
  }
  const decision = str(r.decision);
  const origin = originJson(r.origin);
  const reason = str(r.reason);
  const rule = nullableStr(r.rule);
  if (decision === null || origin === null || reason === null || typeof r.redacted !== "boolean" || rule === null) return null;
  return {
    action,
    decision: `,"decision":${decision}`,
    origin: `"origin":${origin}`,
    reason: `,"reason":${reason},"redacted":${r.redacted}`,
    rule: `,"rule":${rule}`
  };
}
function joinHalves(entry, chain) {
  return {
    before: `${entry.action}${chain.clockBehind},"context":${chain.context}${entry.decision}`,
    after: `${entry.origin},"policyDigest":${chain.policyDigest},"prev":${chain.prev}${entry.reason}${chain.repaired}${entry.rule},"seq":${chain.seq},"time":${chain.time},"version":${chain.version}`
  };
}
function recordHalves(record, sealed) {
  if (!isObject(record)) return null;
  const r = record;
  let required = REQUIRED_RECORD_KEYS;
  if (enumerable.call(r, "approvals")) required++;
  if (enumerable.call(r, "clockBehind")) required++;
  if (enumerable.call(r, "repaired")) required++;
  if (enumerable.call(r, "hash") !== sealed) return null;
  if (sealed ? !hasOnly(r, SEALED_RECORD_KEYS, required + 1) : !hasOnly(r, RECORD_KEYS, required)) return null;
  const entry = entryMembers(r);
  if (entry === null) return null;
  let clockBehind = "";
  if (enumerable.call(r, "clockBehind")) {
    if (typeof r.clockBehind !== "boolean") return null;
    clockBehind = `,"clockBehind":${r.clockBehind}`;
  }
  let repaired = "";
  if (enumerable.call(r, "repaired")) {
    const value = repairedJson(r.repaired);
    if (value === null) return null;
    repaired = `,"repaired":${value}`;
  }
  const context = contextJson(r.context);
  const policyDigest = str(r.policyDigest);
  const prev = str(r.prev);
  const seq = num(r.seq);
  const time = str(r.time);
  const version = num(r.version);
  if (context === null || policyDigest === null || prev === null || seq === null || time === null || version === null) return null;
  return joinHalves(entry, { clockBehind, context, policyDigest, prev, repaired, seq, time, version });
}
function preimageOf(halves) {
  return `{${halves.before},${halves.after}}`;
}
function lineOf(halves, hash2) {
  return `{${halves.before},"hash":${JSON.stringify(hash2)},${halves.after}}`;
}

// src/audit/record.ts
var AUDIT_FORMAT_VERSION = 1;
var GENESIS_HASH = "0".repeat(64);
var DEFAULT_AUDIT_PATH = ".safeclaw/audit/audit.jsonl";
function recordHash(record) {
  const halves = recordHalves(record, false);
  return sha256Hex(halves ? preimageOf(halves) : canonicalJson(record));
}
function sealRecord(record) {
  return { ...record, hash: recordHash(record) };
}
function sealRecordLine(record) {
  const halves = recordHalves(record, false);
  if (halves === null) {
    const sealed = sealRecord(record);
    return { hash: sealed.hash, line: canonicalJson(sealed) };
  }
  const hash2 = sha256Hex(preimageOf(halves));
  return { hash: hash2, line: lineOf(halves, hash2) };
}
var oneShot = nodeCrypto.hash;
function sha256Hex(text) {
  return oneShot ? oneShot("sha256", text) : nodeCrypto.createHash("sha256").update(text).digest("hex");
}
var HEX64 = /^[0-9a-f]{64}$/;
var RFC3339_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z$/;
function recordTimeMs(time) {
  return RFC3339_UTC.test(time) ? Date.parse(time) : Number.NaN;
}
function recordShapeProblem(value) {
  if (!isPlainObject(value)) return "not a JSON object";
  const r = value;
  const unknown = Object.keys(r).filter((key) => !RECORD_KEYS2.has(key));
  if (unknown.length > 0) return `unexpected field ${unknown.map((k) => JSON.stringify(k)).join(", ")}`;
  const missing = REQUIRED_KEYS.find((key) => !(key in r));
  if (missing) return `field ${missing} is missing`;
  if (r.version !== AUDIT_FORMAT_VERSION) return `field version: expected ${AUDIT_FORMAT_VERSION}, found ${show(r.version)}`;
  if (!isCount(r.seq)) return `field seq: expected a non-negative integer, found ${show(r.seq)}`;
  if (typeof r.time !== "string" || Number.isNaN(recordTimeMs(r.time)))
    return `field time: expected an RFC 3339 UTC time, found ${show(r.time)}`;
  const action = objectProblem(r.action, "action", { type: "req", raw: "req", normalized: "req" });
  if (action) return action;
  const a = r.action;
  if (!ACTION_TYPES.includes(a.type)) return `field action.type: unknown action type ${show(a.type)}`;
  if (typeof a.raw !== "string") return `field action.raw: expected a string, found ${show(a.raw)}`;
  if (typeof a.normalized !== "string") return `field action.normalized: expected a string, found ${show(a.normalized)}`;
  if (r.origin !== null) {
    const origin = objectProblem(r.origin, "origin", { source: "req", file: "opt", line: "opt", detail: "opt" });
    if (origin) return origin;
    const o = r.origin;
    if (typeof o.source !== "string") return `field origin.source: expected a string, found ${show(o.source)}`;
    if ("file" in o && typeof o.file !== "string") return `field origin.file: expected a string, found ${show(o.file)}`;
    if ("line" in o && !isCount(o.line)) return `field origin.line: expected a non-negative integer, found ${show(o.line)}`;
    if ("detail" in o && typeof o.detail !== "string") return `field origin.detail: expected a string, found ${show(o.detail)}`;
  }
  if (!EFFECTS.includes(r.decision)) return `field decision: unknown decision ${show(r.decision)}`;
  if (r.rule !== null && typeof r.rule !== "string") return `field rule: expected a string or null, found ${show(r.rule)}`;
  if (typeof r.reason !== "string") return `field reason: expected a string, found ${show(r.reason)}`;
  if (typeof r.policyDigest !== "string" || !HEX64.test(r.policyDigest))
    return `field policyDigest: expected 64 lowercase hex digits, found ${show(r.policyDigest)}`;
  const context = objectProblem(r.context, "context", { repository: "req", commit: "req", pr: "req", runId: "req", actor: "req" });
  if (context) return context;
  const c = r.context;
  for (const key of ["repository", "commit", "runId", "actor"]) {
    if (c[key] !== null && typeof c[key] !== "string") return `field context.${key}: expected a string or null, found ${show(c[key])}`;
  }
  if (c.pr !== null && !isCount(c.pr)) return `field context.pr: expected a PR number or null, found ${show(c.pr)}`;
  if (typeof r.redacted !== "boolean") return `field redacted: expected true or false, found ${show(r.redacted)}`;
  if ("clockBehind" in r && r.clockBehind !== true) return `field clockBehind: expected true when present, found ${show(r.clockBehind)}`;
  if ("repaired" in r) {
    const repaired = objectProblem(r.repaired, "repaired", { line: "req", bytes: "req", sha256: "req" });
    if (repaired) return repaired;
    const p = r.repaired;
    if (!isCount(p.line)) return `field repaired.line: expected a non-negative integer, found ${show(p.line)}`;
    if (!isCount(p.bytes)) return `field repaired.bytes: expected a non-negative integer, found ${show(p.bytes)}`;
    if (typeof p.sha256 !== "string" || !HEX64.test(p.sha256)) return `field repaired.sha256: expected 64 lowercase hex digits`;
  }
  if ("approvals" in r) {
    const problem = approvalsProblem(r.approvals, r.decision);
    if (problem) return problem;
  }
  if (typeof r.prev !== "string" || !HEX64.test(r.prev)) return `field prev: expected 64 lowercase hex digits, found ${show(r.prev)}`;
  if (typeof r.hash !== "string" || !HEX64.test(r.hash)) return `field hash: expected 64 lowercase hex digits, found ${show(r.hash)}`;
  return null;
}
var RECORD_KEYS2 = /* @__PURE__ */ new Set([
  "version",
  "seq",
  "time",
  "clockBehind",
  "action",
  "origin",
  "decision",
  "rule",
  "reason",
  "policyDigest",
  "context",
  "redacted",
  "repaired",
  "approvals",
  "prev",
  "hash"
]);
var OPTIONAL_KEYS = /* @__PURE__ */ new Set(["repaired", "clockBehind", "approvals"]);
var COMMIT_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function approvalsProblem(value, decision) {
  if (!Array.isArray(value) || value.length === 0) return `field approvals: expected a non-empty list, found ${show(value)}`;
  if (decision !== "require_approval") return `field approvals: only a require_approval decision is approved, this one is ${show(decision)}`;
  for (const [i, a] of value.entries()) {
    const name = `approvals[${i}]`;
    const shape = objectProblem(a, name, { approver: "req", permission: "req", commit: "req", actions: "req", via: "req", url: "req", at: "req", rules: "req" });
    if (shape) return shape;
    const x = a;
    for (const key of ["approver", "permission", "url", "at"]) {
      if (typeof x[key] !== "string" || x[key] === "") return `field ${name}.${key}: expected a non-empty string, found ${show(x[key])}`;
    }
    if (!["write", "maintain", "admin"].includes(x.permission)) return `field ${name}.permission: expected write, maintain or admin, found ${show(x.permission)}`;
    if (typeof x.commit !== "string" || !COMMIT_SHA.test(x.commit)) return `field ${name}.commit: expected a lowercase hex commit SHA (40 or 64 digits), found ${show(x.commit)}`;
    if (typeof x.actions !== "string" || !HEX64.test(x.actions)) return `field ${name}.actions: expected 64 lowercase hex digits, found ${show(x.actions)}`;
    if (x.via !== "comment" && x.via !== "review") return `field ${name}.via: expected comment or review, found ${show(x.via)}`;
    if (!Array.isArray(x.rules) || x.rules.length === 0 || !x.rules.every((id) => typeof id === "string" && id !== ""))
      return `field ${name}.rules: expected a non-empty list of rule ids, found ${show(x.rules)}`;
  }
  return null;
}
var REQUIRED_KEYS = [...RECORD_KEYS2].filter((key) => !OPTIONAL_KEYS.has(key));
function objectProblem(value, name, keys) {
  if (!isPlainObject(value)) return `field ${name}: expected an object, found ${show(value)}`;
  for (const key of Object.keys(value)) {
    if (!(key in keys)) return `field ${name}: unexpected field ${JSON.stringify(key)}`;
  }
  for (const [key, need] of Object.entries(keys)) {
    if (need === "req" && !(key in value)) return `field ${name}.${key} is missing`;
  }
  return null;
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isCount(value) {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}
function show(value) {
  if (value === void 0) return "nothing";
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

// src/audit/verify.ts
var import_node_fs2 = __toESM(require_fs(), 1);
var import_node_os = __toESM(require_os(), 1);

// src/audit/verify-ranges.ts
var import_promises = __toESM(require_promises(), 1);
async function splitAtLines(file, size, count) {
  const starts = [0];
  const handle = await (0, import_promises.open)(file, "r");
  try {
    const probe = Buffer.allocUnsafe(64 << 10);
    for (let k = 1; k < count; k++) {
      let at = Math.max(Math.floor(size * k / count), starts[starts.length - 1]);
      let next = -1;
      while (next === -1 && at < size) {
        const { bytesRead } = await handle.read(probe, 0, probe.length, at);
        if (bytesRead === 0) break;
        const newline = probe.subarray(0, bytesRead).indexOf(10);
        if (newline !== -1) next = at + newline + 1;
        else at += bytesRead;
      }
      if (next === -1 || next >= size) break;
      if (next > starts[starts.length - 1]) starts.push(next);
    }
  } finally {
    await handle.close();
  }
  return starts.map((start, i) => ({ start, end: i + 1 < starts.length ? starts[i + 1] : Infinity }));
}
async function checkRangesInWorkers(file, ranges, settings) {
  const { Worker } = await import("node:worker_threads");
  return Promise.all(
    ranges.map(
      (range) => new Promise((resolve) => {
        const unclean = { clean: false };
        let worker;
        try {
          const job = { file, ...range, ...settings };
          worker = new Worker(WORKER_SOURCE, { eval: true, workerData: job });
        } catch {
          resolve(unclean);
          return;
        }
        worker.once("message", (summary) => resolve(summary));
        worker.once("error", () => resolve(unclean));
        worker.once("exit", () => resolve(unclean));
      })
    )
  );
}
function rangeWorker() {
  const req = globalThis.require;
  const { readSync: readSync2, openSync: openSync2, closeSync: closeSync2 } = req("node:fs");
  const crypto = req("node:crypto");
  const { workerData, parentPort } = req("node:worker_threads");
  const job = workerData;
  const record = new RegExp(job.pattern);
  const anchors = new Set(job.anchors);
  const summary = {
    clean: true,
    records: 0,
    firstSeq: 0,
    firstPrev: "",
    firstTimeMs: 0,
    lastHash: "",
    lastTime: "",
    lastTimeMs: 0,
    headLine: 0,
    anchorLines: [],
    bytes: 0,
    tail: 0
  };
  const fd = openSync2(job.file, "r");
  try {
    let buffer = Buffer.allocUnsafe(job.chunkBytes);
    let carry = 0;
    let position = job.start;
    reading: while (position < job.end) {
      if (carry === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(buffer.length)]);
      const bytesRead = readSync2(fd, buffer, carry, Math.min(buffer.length - carry, job.end - position), position);
      if (bytesRead === 0) break;
      position += bytesRead;
      const filled = carry + bytesRead;
      const end = buffer.lastIndexOf(10, filled - 1);
      if (end === -1) {
        carry = filled;
        if (carry > job.maxLineBytes) {
          summary.clean = false;
          break;
        }
        continue;
      }
      const lines = buffer.toString("utf8", 0, end).split("\n");
      for (let i = 0; i < lines.length; i++) {
        const m = record.exec(lines[i]);
        if (m === null || m[2] !== void 0) {
          summary.clean = false;
          break reading;
        }
        const hash2 = m[3];
        const preimage = m[1] + m[4];
        const computed = crypto.hash ? crypto.hash("sha256", preimage) : crypto.createHash("sha256").update(preimage).digest("hex");
        const seq = Number(m[7]);
        const timeMs = Date.parse(m[8]);
        const first = summary.records === 0;
        if (computed !== hash2 || Number.isNaN(timeMs) || job.policyDigest !== void 0 && m[5] !== job.policyDigest || !first && (seq !== summary.firstSeq + summary.records || m[6] !== summary.lastHash || timeMs < summary.lastTimeMs)) {
          summary.clean = false;
          break reading;
        }
        if (first) {
          summary.firstSeq = seq;
          summary.firstPrev = m[6];
          summary.firstTimeMs = timeMs;
        }
        summary.records++;
        if (hash2 === job.head) summary.headLine = summary.records;
        if (anchors.has(hash2)) summary.anchorLines.push([hash2, summary.records]);
        summary.lastHash = hash2;
        summary.lastTime = m[8];
        summary.lastTimeMs = timeMs;
      }
      carry = filled - end - 1;
      buffer.copyWithin(0, end + 1, filled);
    }
    summary.bytes = position - carry - job.start;
    summary.tail = carry;
  } catch {
    summary.clean = false;
  } finally {
    closeSync2(fd);
  }
  parentPort.postMessage(summary);
}
var WORKER_SOURCE = `(${rangeWorker.toString()})()`;

// src/audit/segments.ts
var import_node_fs = __toESM(require_fs(), 1);
var import_node_path = __toESM(require_path(), 1);
var DIGITS = 6;
function segmentPath(file, number) {
  return `${file}.${String(number).padStart(DIGITS, "0")}`;
}
function listSegments(file) {
  const name = (0, import_node_path.basename)(file);
  let entries;
  try {
    entries = (0, import_node_fs.readdirSync)((0, import_node_path.dirname)(file));
  } catch {
    return { paths: [] };
  }
  const numbers = [];
  for (const entry of entries) {
    if (!entry.startsWith(name + ".")) continue;
    const suffix = entry.slice(name.length + 1);
    if (suffix.length >= DIGITS && /^\d+$/.test(suffix)) numbers.push(Number(suffix));
  }
  numbers.sort((a, b) => a - b);
  for (let i = 0; i < numbers.length; i++) {
    if (numbers[i] !== i + 1) return { paths: [], missing: i + 1, missingPath: segmentPath(file, i + 1) };
  }
  return { paths: numbers.map((n) => segmentPath(file, n)) };
}
function nextSegmentPath(file, list) {
  return segmentPath(file, list.paths.length + 1);
}

// src/audit/verify.ts
var CHUNK_BYTES = 1 << 20;
var MAX_LINE_BYTES = 64 << 20;
var NEWLINE = 10;
var verifySettings = { parallelMinBytes: 16 << 20, workers: Math.min(4, (0, import_node_os.availableParallelism)()) };
async function verifyAuditFile(file, options = {}) {
  const chain = new ChainCheck(options);
  const segments = listSegments(file);
  if (segments.missing !== void 0) {
    return chain.result(file, {
      line: 0,
      kind: "segment",
      file: segments.missingPath,
      message: `sealed segment ${segments.missingPath} is missing (segments run from 1 without gaps): records were removed`
    });
  }
  for (const segment of segments.paths) {
    chain.beginFile(segment);
    const failed = await checkFile(segment, chain, 0, false);
    if (failed) return { ...failed, file };
    chain.segments++;
  }
  chain.beginFile(file);
  if (segments.paths.length > 0) {
    const own = (0, import_node_fs2.statSync)(file, { throwIfNoEntry: false }) ?? null;
    const last = (0, import_node_fs2.statSync)(segments.paths[segments.paths.length - 1]);
    if (own === null || own.ino === last.ino && own.dev === last.dev) return chain.result(file, chain.finalFailure());
  }
  return await checkFile(file, chain, 0, true);
}
function verifyAuditTail(file, from, fd) {
  const chain = new ChainCheck({});
  chain.beginFile(file);
  chain.start(from);
  try {
    return verifySequentially(file, fd, chain, from.offset, true, (0, import_node_fs2.fstatSync)(fd).size);
  } catch (err) {
    return chain.result(file, { line: chain.line + 1, kind: "io", message: `cannot read ${file}: ${err.message}` });
  }
}
async function checkFile(file, chain, from, last) {
  let fd;
  try {
    fd = (0, import_node_fs2.openSync)(file, "r");
  } catch (err) {
    return chain.result(file, { line: 0, kind: "io", message: `cannot read ${file}: ${err.code ?? String(err)}` });
  }
  try {
    const size = (0, import_node_fs2.fstatSync)(fd).size;
    const workers = verifySettings.workers;
    if (from === 0 && size >= verifySettings.parallelMinBytes && workers > 1) {
      const ranges = await splitAtLines(file, size, workers);
      const summaries = await checkRangesInWorkers(file, ranges, {
        pattern: FAST_RECORD.source,
        head: chain.options.head,
        anchors: chain.options.anchors ?? [],
        policyDigest: chain.options.policyDigest,
        chunkBytes: CHUNK_BYTES,
        maxLineBytes: MAX_LINE_BYTES
      });
      from = Infinity;
      for (let i = 0; i < ranges.length; i++) {
        const range = summaries[i];
        const joins = range.clean && (range.records === 0 || range.firstSeq === chain.records && range.firstPrev === chain.prev && range.firstTimeMs >= chain.lastTimeMs);
        if (!joins || range.tail > 0) {
          from = ranges[i].start;
          break;
        }
        chain.advance(range, ranges[i].start + range.bytes);
      }
      if (from === Infinity) return last ? chain.result(file, chain.finalFailure()) : null;
    }
    return verifySequentially(file, fd, chain, from, last, size);
  } catch (err) {
    return chain.result(file, { line: chain.line + 1, kind: "io", message: `cannot read ${file}: ${err.message}` });
  } finally {
    (0, import_node_fs2.closeSync)(fd);
  }
}
function verifySequentially(file, fd, chain, from, last, size) {
  let buffer = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, Math.max(size - from, 0) + 1));
  let carry = 0;
  let offset = from;
  for (; ; ) {
    if (carry === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(buffer.length)]);
    const bytesRead = (0, import_node_fs2.readSync)(fd, buffer, carry, buffer.length - carry, offset + carry);
    if (bytesRead === 0) break;
    const filled = carry + bytesRead;
    const end = buffer.lastIndexOf(NEWLINE, filled - 1);
    if (end === -1) {
      carry = filled;
      if (carry > MAX_LINE_BYTES)
        return chain.result(file, { line: chain.line + 1, kind: "format", message: `line longer than ${MAX_LINE_BYTES} bytes` });
      continue;
    }
    const failure = chain.checkLines(buffer, end, offset);
    if (failure) return chain.result(file, failure);
    offset += end + 1;
    chain.validBytes = offset;
    carry = filled - end - 1;
    buffer.copyWithin(0, end + 1, filled);
  }
  if (!last) {
    if (carry === 0) return null;
    return chain.result(file, {
      line: chain.line + 1,
      kind: "segment",
      message: `sealed segment ${file} does not end with a newline (${carry} bytes follow its last record): it was changed after it was sealed`
    });
  }
  if (carry > 0) return checkLastLine(file, chain, buffer.subarray(0, carry), offset);
  return chain.result(file, chain.finalFailure());
}
function checkLastLine(file, chain, tail, offset) {
  const line = chain.line + 1;
  const text = tail.toString("utf8");
  const starts = recordStarts(text);
  if (isRecordPrefix(text, starts)) {
    const failure2 = {
      line,
      kind: "torn",
      message: `line ${line} is incomplete (${tail.length} bytes without a newline): a write was interrupted; the next append truncates it and records that it did`
    };
    return chain.result(file, failure2, { line, offset, bytes: tail.length });
  }
  const failure = chain.check(text);
  if (failure) {
    chain.validBytes = offset;
    return chain.result(file, failure);
  }
  chain.validBytes = offset + tail.length;
  return chain.result(file, chain.finalFailure(), void 0, { line, offset: offset + tail.length });
}
var RECORD_START = '{"action":{"normalized":"';
function recordStarts(text) {
  let count = 0;
  for (let at = text.indexOf(RECORD_START); at !== -1; at = text.indexOf(RECORD_START, at + 1)) count++;
  return count;
}
function isRecordPrefix(text, starts) {
  if (RECORD_START.startsWith(text)) return true;
  if (starts !== 1 || !text.startsWith(RECORD_START)) return false;
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
}
var ChainCheck = class {
  constructor(options) {
    this.options = options;
    this.anchorsWanted = new Set(options.anchors ?? []);
  }
  options;
  /** Lines checked in the current file (the failing one included). */
  line = 0;
  /** Valid lines in the current file. */
  validLines = 0;
  records = 0;
  segments = 0;
  prev = GENESIS_HASH;
  lastTimeMs = Number.NEGATIVE_INFINITY;
  lastTime = null;
  validBytes = 0;
  file = "";
  /** Line (in the current file) at which the expected head was met, if it was. */
  headLine = 0;
  anchorsWanted;
  anchorsFound = /* @__PURE__ */ new Map();
  beginFile(file) {
    this.file = file;
    this.line = 0;
    this.validLines = 0;
    this.validBytes = 0;
    this.headLine = 0;
  }
  /** Continues from a trusted position of the current file. */
  start(from) {
    this.line = from.lines;
    this.validLines = from.lines;
    this.records = from.records;
    this.segments = from.segments;
    this.prev = from.head;
    this.lastTime = from.lastTime;
    this.lastTimeMs = Date.parse(from.lastTime);
    this.validBytes = from.offset;
  }
  /**
   * Checks the lines of `b[0, end]` (`end` is a newline); `offset` is the file
   * offset of b[0]. Returns the first failure, or null with the chain advanced.
   */
  checkLines(b, end, offset) {
    const lines = b.toString("utf8", 0, end).split("\n");
    for (let i = 0; i < lines.length; i++) {
      const failure = this.check(lines[i]);
      if (failure) {
        let start = 0;
        for (let n = 0; n < i; n++) start = b.indexOf(NEWLINE, start) + 1;
        this.validBytes = offset + start;
        return failure;
      }
    }
    return null;
  }
  /** Takes over the state a range worker reached (its range joined this chain). */
  advance(range, validBytes) {
    if (range.headLine > 0) this.headLine = this.line + range.headLine;
    for (const [hash2, line] of range.anchorLines) this.anchorsFound.set(hash2, this.records + line - 1);
    this.line += range.records;
    this.validLines = this.line;
    this.records += range.records;
    if (range.records > 0) {
      this.prev = range.lastHash;
      this.lastTimeMs = range.lastTimeMs;
      this.lastTime = range.lastTime;
    }
    this.validBytes = validBytes;
  }
  /** Checks the next line; returns its failure, or null and advances the chain. */
  check(text) {
    const line = ++this.line;
    const fast = FAST_RECORD.exec(text);
    let hash2, prev, seq, time, policyDigest, computed, clockBehind;
    if (fast) {
      [, , , hash2, , policyDigest, prev, , time] = fast;
      seq = Number(fast[7]);
      computed = sha256Hex(fast[1] + fast[4]);
      clockBehind = fast[2] !== void 0;
    } else {
      const general = generalRecord(text);
      if (typeof general === "string") {
        const kind = general === NOT_CANONICAL ? "canonical" : text.trim() === "" ? "format" : general.startsWith("not JSON") ? "json" : "format";
        return { line, kind, message: general };
      }
      ({ hash: hash2, prev, seq, time, policyDigest } = general.record);
      clockBehind = general.record.clockBehind === true;
      computed = general.computed;
    }
    if (computed !== hash2) return { line, kind: "hash", message: `hash does not match the record's content (the record was altered)` };
    if (seq !== this.records)
      return { line, kind: "seq", message: `seq is ${seq}, expected ${this.records} (a record was removed, inserted, duplicated or moved)` };
    if (prev !== this.prev)
      return { line, kind: "link", message: `prev does not match the hash of the record before it (a record was removed, inserted or moved)` };
    const timeMs = fast ? Date.parse(time) : recordTimeMs(time);
    if (Number.isNaN(timeMs)) return { line, kind: "format", message: `field time: ${JSON.stringify(time)} is not a valid time` };
    if (timeMs < this.lastTimeMs && !clockBehind)
      return { line, kind: "time", message: `time ${time} is before the previous record's ${this.lastTime}, and the record does not say its clock was behind` };
    if (clockBehind && !(timeMs < this.lastTimeMs))
      return { line, kind: "time", message: `the record says its clock was behind, but its time ${time} is not before the previous record's ${this.lastTime ?? "(none)"}` };
    if (this.options.policyDigest !== void 0 && policyDigest !== this.options.policyDigest)
      return { line, kind: "policy", message: `decided under policy digest ${policyDigest}, not the expected ${this.options.policyDigest}` };
    if (hash2 === this.options.head) this.headLine = line;
    if (this.anchorsWanted.has(hash2)) this.anchorsFound.set(hash2, seq);
    this.records++;
    this.validLines = line;
    this.prev = hash2;
    this.lastTimeMs = timeMs;
    this.lastTime = time;
    return null;
  }
  /** What is wrong once every record verified: a head the chain does not end at, or an anchor it does not hold. */
  finalFailure() {
    const expected = this.options.head;
    if (expected !== void 0 && expected !== this.prev) {
      const line = this.line + 1;
      if (this.headLine > 0)
        return { line: this.headLine + 1, kind: "head", message: `the expected head is line ${this.headLine}, but ${plural(this.line - this.headLine, "more record follows", "more records follow")} it` };
      return {
        line,
        kind: "head",
        message: `the chain ends at ${this.records === 0 ? "no record" : this.prev} after ${plural(this.records, "record")}, not at the expected head ${expected}: records were removed (truncated) or the file is another log`
      };
    }
    const missing = [...this.anchorsWanted].filter((hash2) => !this.anchorsFound.has(hash2));
    if (missing.length > 0) {
      return {
        line: this.line + 1,
        kind: "anchor",
        message: `${plural(missing.length, "anchor")} not in the chain of ${plural(this.records, "record")}: ${missing.join(", ")}; the records up to an anchor were rewritten, removed or replaced (or the anchor is from another log)`
      };
    }
    return void 0;
  }
  result(file, failure, torn, unterminated) {
    const where = failure && this.file !== "" && this.file !== file ? { ...failure, file: this.file } : failure;
    return {
      ok: failure === void 0,
      file,
      records: this.records,
      head: this.records > 0 ? this.prev : null,
      lastTime: this.lastTime,
      validBytes: this.validBytes,
      lines: this.validLines,
      segments: this.segments,
      ...this.anchorsWanted.size > 0 ? { anchors: [...this.anchorsFound].map(([hash2, seq]) => ({ hash: hash2, seq })) } : {},
      ...where ? { failure: where } : {},
      ...torn ? { torn } : {},
      ...unterminated && !failure ? { unterminated } : {}
    };
  }
};
function generalRecord(text) {
  if (text.trim() === "") return "empty line (lines were inserted or the file was edited)";
  const glued = recordStarts(text);
  if (glued > 1) return `not JSON: ${glued} records on one line without newlines between them (SafeClaw writes one record per line; the file was edited or written by another program)`;
  let value;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return `not JSON: ${err.message}`;
  }
  const problem = recordShapeProblem(value);
  if (problem) return problem;
  const { hash: hash2, ...rest } = value;
  try {
    if (canonicalJson(value) !== text) return NOT_CANONICAL;
    return { record: value, computed: sha256Hex(canonicalJson(rest)) };
  } catch (err) {
    if (err instanceof CanonicalJsonError) return `not canonicalisable: ${err.message}`;
    throw err;
  }
}
var NOT_CANONICAL = "not in canonical form (RFC 8785: sorted keys, no whitespace, no duplicate keys, no carriage return): the line is not the text that was hashed, so it was edited";
var PLAIN = String.raw`[^"\\\u0000-\u001f]*`;
var S = String.raw`"${PLAIN}(?:\\(?:["\\bfnrt]|u00(?:0[0-7bef]|1[0-9a-f]))${PLAIN})*"`;
var INT = "(?:0|[1-9][0-9]{0,14})";
var NULLABLE_S = `(?:null|${S})`;
var HEX = "[0-9a-f]{64}";
var TIME = String.raw`\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z`;
var oneOf = (values) => `(?:${values.map((v) => v.replace(/[.]/g, "\\.")).join("|")})`;
var FAST_RECORD = new RegExp(
  [
    // 1: everything before the hash member; 2: the clock flag, when present
    `^(\\{"action":\\{"normalized":${S},"raw":${S},"type":"${oneOf(ACTION_TYPES)}"\\},("clockBehind":true,)?`,
    `"context":\\{"actor":${NULLABLE_S},"commit":${NULLABLE_S},"pr":(?:null|${INT}),"repository":${NULLABLE_S},"runId":${NULLABLE_S}\\},`,
    `"decision":"${oneOf(EFFECTS)}",)`,
    // 3: the hash
    `"hash":"(${HEX})",`,
    // 4: everything after it; 5 policyDigest, 6 prev, 7 seq, 8 time
    `("origin":(?:null|\\{(?:"detail":${S},)?(?:"file":${S},)?(?:"line":${INT},)?"source":${S}\\}),`,
    `"policyDigest":"(${HEX})","prev":"(${HEX})","reason":${S},"redacted":(?:true|false),`,
    `(?:"repaired":\\{"bytes":${INT},"line":${INT},"sha256":"${HEX}"\\},)?`,
    `"rule":${NULLABLE_S},"seq":(${INT}),"time":"(${TIME})","version":1\\})$`
  ].join("")
);
var verifyInternals = {
  fastPattern: FAST_RECORD.source,
  fastPreimage(text) {
    const m = FAST_RECORD.exec(text);
    return m ? { preimage: m[1] + m[4], hash: m[3] } : null;
  },
  generalPreimage(text) {
    const general = generalRecord(text);
    if (typeof general === "string") return general;
    const { hash: hash2, ...rest } = general.record;
    return { preimage: canonicalJson(rest), hash: hash2 };
  }
};

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

export {
  contextJson,
  repairedJson,
  entryMembers,
  joinHalves,
  preimageOf,
  lineOf,
  AUDIT_FORMAT_VERSION,
  GENESIS_HASH,
  DEFAULT_AUDIT_PATH,
  sealRecordLine,
  sha256Hex,
  listSegments,
  nextSegmentPath,
  verifyAuditFile,
  verifyAuditTail,
  verifyInternals,
  AuditError
};
