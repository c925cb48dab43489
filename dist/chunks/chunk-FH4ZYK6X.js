import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  sharedRedaction
} from "./chunk-MSLOIGWO.js";
import {
  readSmallRegularFile
} from "./chunk-P7JXOOCS.js";
import {
  AUDIT_FORMAT_VERSION,
  AuditError,
  GENESIS_HASH,
  contextJson,
  entryMembers,
  joinHalves,
  lineOf,
  listSegments,
  nextSegmentPath,
  preimageOf,
  repairedJson,
  sealRecordLine,
  sha256Hex,
  verifyAuditFile,
  verifyAuditTail,
  verifyInternals
} from "./chunk-EPVBHTLI.js";
import {
  canonicalJson
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
  require_path
} from "./chunk-6XR2NURA.js";
import {
  __toESM
} from "./chunk-JSTIMTER.js";

// src/audit/append.ts
var import_node_crypto2 = __toESM(require_crypto(), 1);
var import_node_fs3 = __toESM(require_fs(), 1);
var import_node_path = __toESM(require_path(), 1);

// src/audit/checkpoint.ts
var import_node_fs = __toESM(require_fs(), 1);
function checkpointPath(file) {
  return `${file}.checkpoint`;
}
function trustedCheckpoint(file, fd) {
  let saved;
  try {
    saved = JSON.parse(readSmallRegularFile(checkpointPath(file), MAX_CHECKPOINT_BYTES).toString("utf8"));
  } catch {
    return null;
  }
  if (!isCheckpoint(saved)) return null;
  const info = (0, import_node_fs.fstatSync)(fd, { bigint: true });
  if (Number(info.dev) !== saved.dev || Number(info.ino) !== saved.ino || info.size !== BigInt(saved.offset) || saved.offset === 0) return null;
  if (info.ctimeNs.toString() !== saved.ctimeNs) return null;
  const line = lineEndingAt(fd, saved.offset);
  if (line === null) return null;
  const record = verifyInternals.fastPreimage(line) ?? verifyInternals.generalPreimage(line);
  if (typeof record === "string" || record.hash !== saved.head || sha256Hex(record.preimage) !== saved.head) return null;
  const fields = JSON.parse(line);
  if (fields.seq !== saved.records - 1 || fields.time !== saved.lastTime) return null;
  return { offset: saved.offset, lines: saved.lines, records: saved.records, head: saved.head, lastTime: saved.lastTime, segments: saved.segments };
}
var CHECKPOINT_BYTES = 512;
var MAX_CHECKPOINT_BYTES = 64 << 10;
function saveCheckpoint(file, fd, position) {
  const info = (0, import_node_fs.fstatSync)(fd, { bigint: true });
  const saved = { version: 1, dev: Number(info.dev), ino: Number(info.ino), ctimeNs: info.ctimeNs.toString(), ...position };
  const text = JSON.stringify(saved) + "\n";
  const bytes = Buffer.alloc(Math.max(CHECKPOINT_BYTES, Buffer.byteLength(text)), " ");
  bytes.write(text);
  const path = checkpointPath(file);
  let out;
  try {
    out = (0, import_node_fs.openSync)(path, import_node_fs.constants.O_WRONLY | import_node_fs.constants.O_CREAT | import_node_fs.constants.O_NOFOLLOW | import_node_fs.constants.O_NONBLOCK, 438);
    const own = (0, import_node_fs.fstatSync)(out);
    if (!own.isFile() || own.nlink !== 1) {
      (0, import_node_fs.closeSync)(out);
      out = void 0;
      (0, import_node_fs.unlinkSync)(path);
      out = (0, import_node_fs.openSync)(path, import_node_fs.constants.O_WRONLY | import_node_fs.constants.O_CREAT | import_node_fs.constants.O_EXCL | import_node_fs.constants.O_NOFOLLOW | import_node_fs.constants.O_NONBLOCK, 438);
    }
    let written = 0;
    while (written < bytes.length) {
      const n = (0, import_node_fs.writeSync)(out, bytes, written, bytes.length - written, written);
      if (n === 0) break;
      written += n;
    }
    if (written === bytes.length && (0, import_node_fs.fstatSync)(out).size > bytes.length) (0, import_node_fs.ftruncateSync)(out, bytes.length);
  } catch {
  } finally {
    if (out !== void 0) {
      try {
        (0, import_node_fs.closeSync)(out);
      } catch {
      }
    }
  }
}
function lineEndingAt(fd, offset) {
  let window = 4096;
  for (; ; ) {
    const start = Math.max(0, offset - window);
    const bytes = Buffer.allocUnsafe(offset - start);
    const bytesRead = (0, import_node_fs.readSync)(fd, bytes, 0, bytes.length, start);
    if (bytesRead !== bytes.length || bytes[bytes.length - 1] !== 10) return null;
    const before = bytes.lastIndexOf(10, bytes.length - 2);
    if (before !== -1) return bytes.toString("utf8", before + 1, bytes.length - 1);
    if (start === 0) return bytes.toString("utf8", 0, bytes.length - 1);
    if (window >= 64 << 20) return null;
    window *= 4;
  }
}
function isCheckpoint(value) {
  const v = value;
  const count = (x) => typeof x === "number" && Number.isSafeInteger(x) && x >= 0;
  return typeof v === "object" && v !== null && v.version === 1 && count(v.dev) && count(v.ino) && count(v.offset) && count(v.lines) && count(v.records) && count(v.segments) && typeof v.head === "string" && /^[0-9a-f]{64}$/.test(v.head) && typeof v.lastTime === "string" && typeof v.ctimeNs === "string" && /^\d+$/.test(v.ctimeNs);
}

// src/audit/lock.ts
var import_node_crypto = __toESM(require_crypto(), 1);
var import_node_fs2 = __toESM(require_fs(), 1);
var import_node_os = __toESM(require_os(), 1);
var MAX_LOCK_BYTES = 64 << 10;
async function acquireLock(path, options = {}) {
  const timeoutMs = options.timeoutMs ?? 6e4;
  const staleMs = options.staleMs ?? 3e4;
  const started = Date.now();
  const owner = ownIdentity();
  const mine = `${path}.${owner.nonce}`;
  try {
    (0, import_node_fs2.writeFileSync)(mine, JSON.stringify(owner), { flag: "wx" });
  } catch (err) {
    throw new AuditError("io", `cannot create the lock ${path}: ${err.message}`, "check that the audit folder is writable");
  }
  try {
    let wait = 2;
    let judgedAt = 0;
    for (; ; ) {
      const ino = tryLink(mine, path, owner);
      if (ino !== null) return holding(path, owner, ino, staleMs);
      if (Date.now() - judgedAt >= JUDGE_EVERY_MS) {
        judgedAt = Date.now();
        breakIfStale(path, staleMs, owner);
      }
      if (Date.now() - started > timeoutMs) {
        const holder = readLock(path);
        throw new AuditError(
          "lock",
          `timed out after ${timeoutMs} ms waiting for the lock ${path}${holder?.owner ? ` (held by pid ${holder.owner.pid} on ${holder.owner.host}, alive)` : ""}`,
          "another safeclaw process is appending; if none is, delete the lock file"
        );
      }
      await new Promise((done) => setTimeout(done, wait + Math.random() * wait));
      wait = Math.min(wait * 2, 64);
    }
  } finally {
    removeQuietly(mine);
  }
}
var JUDGE_EVERY_MS = 200;
function removeQuietly(path) {
  try {
    (0, import_node_fs2.unlinkSync)(path);
  } catch {
  }
}
function tryLink(mine, path, owner) {
  try {
    (0, import_node_fs2.linkSync)(mine, path);
  } catch (err) {
    const code = err.code;
    if (code === "EEXIST") return null;
    throw new AuditError(
      "io",
      `cannot take the lock ${path}: ${err.message}`,
      code === "EPERM" || code === "ENOTSUP" || code === "ENOSYS" ? "the audit folder is on a filesystem without hard links; put the audit file on a local disk" : "check that the audit folder is writable"
    );
  }
  const taken = readLock(path);
  if (taken?.owner?.nonce !== owner.nonce) {
    throw new AuditError("lock", `the lock ${path} changed hands while it was being taken`, "retry; check for another program removing lock files");
  }
  return taken.ino;
}
function tryTake(path, owner) {
  const mine = `${path}.${owner.nonce}`;
  try {
    (0, import_node_fs2.writeFileSync)(mine, JSON.stringify(owner), { flag: "wx" });
    return tryLink(mine, path, owner);
  } catch (err) {
    if (err instanceof AuditError && err.kind === "lock") return null;
    throw err;
  } finally {
    removeQuietly(mine);
  }
}
function holding(path, owner, ino, staleMs) {
  const touch = setInterval(() => {
    const now = /* @__PURE__ */ new Date();
    try {
      (0, import_node_fs2.utimesSync)(path, now, now);
    } catch {
    }
  }, Math.max(staleMs / 4, 100));
  touch.unref();
  const mine = () => {
    const current = readLock(path);
    return current !== null && current.ino === ino && current.owner?.nonce === owner.nonce;
  };
  return {
    path,
    stillHeld: mine,
    release() {
      clearInterval(touch);
      if (mine()) removeQuietly(path);
    }
  };
}
function breakIfStale(path, staleMs, self) {
  const judged = readLock(path);
  if (judged === null || !isStale(judged, staleMs)) return;
  const breaker = `${path}.break`;
  let breakerIno = tryTake(breaker, self);
  if (breakerIno === null) {
    const other = readLock(breaker);
    if (other === null || !isStale(other, staleMs)) return;
    if (sameFile(breaker, other)) removeQuietly(breaker);
    breakerIno = tryTake(breaker, self);
    if (breakerIno === null) return;
  }
  try {
    const now = readLock(path);
    if (now !== null && now.ino === judged.ino && now.owner?.nonce === judged.owner?.nonce && isStale(now, staleMs)) removeQuietly(path);
  } finally {
    const current = readLock(breaker);
    if (current?.ino === breakerIno && current.owner?.nonce === self.nonce) removeQuietly(breaker);
  }
}
function sameFile(path, judged) {
  const now = readLock(path);
  return now !== null && now.ino === judged.ino && now.owner?.nonce === judged.owner?.nonce;
}
function readLock(path) {
  let fd;
  try {
    fd = (0, import_node_fs2.openSync)(path, import_node_fs2.constants.O_RDONLY | import_node_fs2.constants.O_NONBLOCK);
  } catch {
    return null;
  }
  try {
    const info = (0, import_node_fs2.fstatSync)(fd);
    const readable = info.isFile() && info.size <= MAX_LOCK_BYTES;
    return { ino: info.ino, mtimeMs: info.mtimeMs, owner: readable ? parseOwner((0, import_node_fs2.readFileSync)(fd, "utf8")) : null };
  } catch {
    return null;
  } finally {
    (0, import_node_fs2.closeSync)(fd);
  }
}
function parseOwner(text) {
  try {
    const value = JSON.parse(text);
    if (typeof value.pid !== "number" || typeof value.host !== "string" || typeof value.nonce !== "string") return null;
    return { pid: value.pid, host: value.host, nonce: value.nonce, start: value.start ?? null, boot: value.boot ?? null };
  } catch {
    return null;
  }
}
function isStale(lock, staleMs) {
  const owner = lock.owner;
  if (owner === null) return true;
  if (owner.host === (0, import_node_os.hostname)()) {
    const boot = bootId();
    if (owner.boot !== null && boot !== null && owner.boot !== boot) return true;
    if (!isAlive(owner.pid)) return true;
    const start = owner.start === null ? null : processStart(owner.pid);
    if (start !== null) return start !== owner.start;
    return Date.now() - lock.mtimeMs > staleMs;
  }
  return Date.now() - lock.mtimeMs > staleMs;
}
function ownIdentity() {
  return { pid: process.pid, host: (0, import_node_os.hostname)(), nonce: (0, import_node_crypto.randomBytes)(12).toString("hex"), start: ownStart(), boot: bootId() };
}
var cachedStart;
function ownStart() {
  if (cachedStart?.pid !== process.pid) cachedStart = { pid: process.pid, start: processStart(process.pid) };
  return cachedStart.start;
}
function processStart(pid) {
  try {
    const stat = (0, import_node_fs2.readFileSync)(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return fields[19] ?? null;
  } catch {
    return null;
  }
}
var cachedBoot;
function bootId() {
  if (cachedBoot === void 0) {
    try {
      cachedBoot = (0, import_node_fs2.readFileSync)("/proc/sys/kernel/random/boot_id", "utf8").trim() || null;
    } catch {
      cachedBoot = null;
    }
  }
  return cachedBoot;
}
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}

// src/audit/append.ts
var PREPARED_TAG = "safeclaw-audit-body/1";
var PREPARED_PARTS = 6;
function prepareAuditBodies(entries) {
  const redact = redactOnce();
  return entries.map((entry, index) => {
    const body = recordBody(entry, redact);
    const members = entryMembers(body);
    if (members === null) {
      try {
        unwritable(body);
      } catch (err) {
        throw new AuditError("input", `entry ${index} cannot be recorded: ${err.message}`, "pass entries as the gate makes them");
      }
    }
    return `${PREPARED_TAG}
${members.action}
${members.decision}
${members.origin}
${members.reason}
${members.rule}`;
  });
}
function preparedMembers(body, index) {
  const parts = body.split("\n");
  if (parts.length !== PREPARED_PARTS || parts[0] !== PREPARED_TAG || !parts[1].startsWith('"action":{"normalized":') || !parts[2].startsWith(',"decision":"') || !parts[3].startsWith('"origin":') || !parts[4].startsWith(',"reason":"') || !parts[5].startsWith(',"rule":')) {
    throw new AuditError("input", `entry ${index} is a string but not a body prepareAuditBodies made`, "pass prepareAuditBodies' strings unchanged, or the entries themselves");
  }
  return { action: parts[1], decision: parts[2], origin: parts[3], reason: parts[4], rule: parts[5] };
}
async function appendAuditRecords(file, entries, meta) {
  if (!/^[0-9a-f]{64}$/.test(meta.policyDigest)) {
    throw new AuditError("input", `policy digest ${JSON.stringify(meta.policyDigest)} is not a SHA-256 hex digest`, "pass PolicySet.digest");
  }
  if (meta.rotateAt !== void 0 && !(Number.isSafeInteger(meta.rotateAt) && meta.rotateAt > 0)) {
    throw new AuditError("input", `rotateAt ${JSON.stringify(meta.rotateAt)} is not a positive number of bytes`, "pass a size such as 64 MiB (67108864)");
  }
  try {
    (0, import_node_fs3.mkdirSync)((0, import_node_path.dirname)(file), { recursive: true });
  } catch (err) {
    throw new AuditError("io", `cannot create the folder for ${file}: ${err.message}`, "check the path and permissions");
  }
  const lock = await acquireLock(`${file}.lock`, meta.lock);
  let fd;
  try {
    const segments = listSegments(file);
    finishRotation(file, segments.paths);
    let created = false;
    try {
      fd = (0, import_node_fs3.openSync)(file, "wx+");
      created = true;
    } catch (err) {
      if (err.code !== "EEXIST") throw err;
      fd = (0, import_node_fs3.openSync)(file, "a+");
    }
    const checkpoint = trustedCheckpoint(file, fd);
    const existing = checkpoint !== null && checkpoint.segments === segments.paths.length && segments.missing === void 0 ? verifyAuditTail(file, checkpoint, fd) : await verifyAuditFile(file);
    let repaired;
    let end = existing.validBytes;
    if (!existing.ok) {
      const { failure, torn } = existing;
      if (failure?.kind !== "torn" || !torn) {
        throw new AuditError(
          "broken-chain",
          `refusing to append to a broken audit chain: ${failure?.message ?? "unknown problem"}`,
          `run \`safeclaw audit verify ${file}\`; keep the file as evidence, move it aside and start a new log`,
          `${failure?.file ?? file}:${failure?.line ?? 0}`
        );
      }
      if (entries.length > 0) {
        repaired = { line: torn.line, bytes: torn.bytes, sha256: sha256OfRange(fd, torn.offset, torn.bytes) };
        (0, import_node_fs3.ftruncateSync)(fd, torn.offset);
        end = torn.offset;
      }
    }
    if (entries.length === 0) return { file, head: existing.head ?? GENESIS_HASH, records: existing.records, appended: 0 };
    let lines = existing.lines;
    let newline = existing.unterminated !== void 0;
    let rotated;
    if (meta.rotateAt !== void 0 && end >= meta.rotateAt && lines > 0 && !repaired) {
      if (newline) {
        writeAll(fd, Buffer.from("\n"));
        newline = false;
      }
      checkUnchanged(lock, fd, newline ? end : end + (existing.unterminated ? 1 : 0), file);
      (0, import_node_fs3.fsyncSync)(fd);
      (0, import_node_fs3.closeSync)(fd);
      fd = void 0;
      rotated = nextSegmentPath(file, segments);
      (0, import_node_fs3.linkSync)(file, rotated);
      syncFolder((0, import_node_path.dirname)(file));
      (0, import_node_fs3.unlinkSync)(file);
      fd = (0, import_node_fs3.openSync)(file, "wx+");
      created = true;
      end = 0;
      lines = 0;
    }
    const clock = (meta.now ?? (() => /* @__PURE__ */ new Date()))();
    const time = clock.toISOString();
    const clockBehind = existing.lastTime !== null && clock.getTime() < Date.parse(existing.lastTime);
    const context = fullContext(meta.context);
    const contextValue = contextJson(context) ?? unwritable({ context });
    const chain = {
      clockBehind: clockBehind ? ',"clockBehind":true' : "",
      context: contextValue,
      policyDigest: JSON.stringify(meta.policyDigest),
      prev: "",
      repaired: repaired ? `,"repaired":${repairedJson(repaired) ?? unwritable({ repaired })}` : "",
      seq: "",
      time: JSON.stringify(time),
      version: String(AUDIT_FORMAT_VERSION)
    };
    let prev = existing.head ?? GENESIS_HASH;
    let seq = existing.records;
    const batch = new Utf8Lines(newline ? "\n" : "", entries.length);
    const redact = redactOnce();
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      const first = seq === existing.records;
      const body = typeof entry === "string" ? null : recordBody(entry, redact);
      const members = body === null ? preparedMembers(entry, i) : entryMembers(body);
      let sealed;
      if (members !== null) {
        if (!first) chain.clockBehind = chain.repaired = "";
        chain.prev = `"${prev}"`;
        chain.seq = String(seq);
        const halves = joinHalves(members, chain);
        const hash = sha256Hex(preimageOf(halves));
        sealed = { hash, line: lineOf(halves, hash) };
      } else {
        const record = { ...body, version: AUDIT_FORMAT_VERSION, policyDigest: meta.policyDigest, context, seq, time, prev };
        if (clockBehind && first) record.clockBehind = true;
        if (repaired && first) record.repaired = repaired;
        sealed = sealRecordLine(record);
      }
      batch.add(sealed.line);
      prev = sealed.hash;
      seq++;
    }
    const bytes = batch.bytes();
    checkUnchanged(lock, fd, end, file);
    writeAll(fd, bytes);
    saveCheckpoint(file, fd, {
      offset: end + bytes.length,
      lines: lines + batch.lines,
      records: seq,
      head: prev,
      lastTime: time,
      segments: segments.paths.length + (rotated ? 1 : 0)
    });
    (0, import_node_fs3.fsyncSync)(fd);
    if (created) syncFolder((0, import_node_path.dirname)(file));
    return {
      file,
      head: prev,
      records: seq,
      appended: batch.lines,
      ...repaired ? { repaired } : {},
      ...rotated ? { rotated } : {}
    };
  } catch (err) {
    if (err instanceof AuditError) throw err;
    throw new AuditError("io", `cannot append to ${file}: ${err.message}`, "check the path, permissions and free space");
  } finally {
    if (fd !== void 0) closeQuietly(fd);
    lock.release();
  }
}
function checkUnchanged(lock, fd, size, file) {
  if (!lock.stillHeld()) {
    throw new AuditError("lock", `the lock ${lock.path} was taken over while appending; nothing was written`, "retry; check for clock skew on a shared filesystem");
  }
  const now = (0, import_node_fs3.fstatSync)(fd).size;
  if (now !== size) {
    throw new AuditError("lock", `${file} changed while it was locked (${size} bytes verified, ${now} now): another program writes to it; nothing was written`, "find the writer that ignores the lock; run `safeclaw audit verify`");
  }
}
function finishRotation(file, segments) {
  if (segments.length === 0) return;
  const own = (0, import_node_fs3.statSync)(file, { throwIfNoEntry: false });
  const newest = (0, import_node_fs3.statSync)(segments[segments.length - 1]);
  if (own !== void 0 && own.ino === newest.ino && own.dev === newest.dev) (0, import_node_fs3.unlinkSync)(file);
}
function redactOnce() {
  const seen = /* @__PURE__ */ new Map();
  return (text) => {
    let done = seen.get(text);
    if (done === void 0) {
      const redaction = sharedRedaction(toWellFormed(text));
      done = { text: redaction.text, redacted: redaction.kinds.length > 0 };
      seen.set(text, done);
    }
    return done;
  };
}
function recordBody(entry, redact) {
  const { action, decision } = entry;
  let redacted = false;
  const clean = (text) => {
    const redaction = redact(text);
    if (redaction.redacted) redacted = true;
    return redaction.text;
  };
  const origin = entry.origin ?? action.origin;
  return {
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
    ...entry.approvals && entry.approvals.length > 0 ? {
      approvals: entry.approvals.map((a) => ({
        ...a,
        approver: toWellFormed(a.approver),
        url: toWellFormed(a.url),
        at: toWellFormed(a.at),
        rules: a.rules.map(toWellFormed)
      }))
    } : {},
    // Read after every clean() above has run: object members are evaluated in order.
    redacted
  };
}
function unwritable(value) {
  canonicalJson(value);
  throw new AuditError("input", "a record member has a shape the audit format does not write", "pass entries as the gate makes them");
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
    case "tool.call":
      return `call ${action.tool}`;
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
function sha256OfRange(fd, offset, length) {
  const bytes = Buffer.alloc(length);
  (0, import_node_fs3.readSync)(fd, bytes, 0, length, offset);
  return (0, import_node_crypto2.createHash)("sha256").update(bytes).digest("hex");
}
var Utf8Lines = class _Utf8Lines {
  static CHUNK = 1 << 20;
  chunks = [];
  chunk;
  used;
  lines = 0;
  constructor(prefix, expectedLines) {
    this.chunk = Buffer.allocUnsafe(Math.min(_Utf8Lines.CHUNK, 4096 * Math.max(1, expectedLines)));
    this.used = this.chunk.write(prefix, 0, "utf8");
  }
  /** The line and its newline. */
  add(line) {
    if (this.chunk.length - this.used < 3 * line.length + 1) {
      const length = Buffer.byteLength(line, "utf8") + 1;
      if (this.used + length > this.chunk.length) {
        this.chunks.push(this.chunk.subarray(0, this.used));
        this.chunk = Buffer.allocUnsafe(Math.max(_Utf8Lines.CHUNK, length));
        this.used = 0;
      }
    }
    this.used += this.chunk.write(line, this.used, "utf8");
    this.chunk[this.used++] = 10;
    this.lines++;
  }
  bytes() {
    return Buffer.concat([...this.chunks, this.chunk.subarray(0, this.used)]);
  }
};
function writeAll(fd, bytes) {
  let written = 0;
  while (written < bytes.length) {
    const bytesWritten = (0, import_node_fs3.writeSync)(fd, bytes, written, bytes.length - written);
    if (bytesWritten === 0) throw new Error("the write made no progress");
    written += bytesWritten;
  }
}
function syncFolder(folder) {
  let dir;
  try {
    dir = (0, import_node_fs3.openSync)(folder, "r");
    (0, import_node_fs3.fsyncSync)(dir);
  } catch {
  } finally {
    if (dir !== void 0) closeQuietly(dir);
  }
}
function closeQuietly(fd) {
  try {
    (0, import_node_fs3.closeSync)(fd);
  } catch {
  }
}

export {
  prepareAuditBodies,
  appendAuditRecords
};
