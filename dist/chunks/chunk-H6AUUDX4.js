import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  sharedRedaction
} from "./chunk-MSLOIGWO.js";
import {
  require_fs
} from "./chunk-CJM3AD5Z.js";
import {
  AuditError,
  GENESIS_HASH,
  listSegments,
  nextSegmentPath,
  sealRecordLine,
  sha256Hex,
  verifyAuditFile,
  verifyAuditTail,
  verifyInternals
} from "./chunk-UM7GYYXZ.js";
import {
  require_crypto
} from "./chunk-PZ6AAJEP.js";
import {
  require_os
} from "./chunk-JWNWVRK7.js";
import {
  require_path,
  require_promises
} from "./chunk-F5G5IMQW.js";
import {
  __toESM
} from "./chunk-JSTIMTER.js";

// src/audit/append.ts
var import_node_crypto3 = __toESM(require_crypto(), 1);
var import_promises3 = __toESM(require_promises(), 1);
var import_node_path = __toESM(require_path(), 1);

// src/audit/checkpoint.ts
var import_node_crypto = __toESM(require_crypto(), 1);
var import_promises = __toESM(require_promises(), 1);
function checkpointPath(file) {
  return `${file}.checkpoint`;
}
async function trustedCheckpoint(file, handle) {
  let saved;
  try {
    saved = JSON.parse(await (0, import_promises.readFile)(checkpointPath(file), "utf8"));
  } catch {
    return null;
  }
  if (!isCheckpoint(saved)) return null;
  const info = await handle.stat({ bigint: true });
  if (Number(info.dev) !== saved.dev || Number(info.ino) !== saved.ino || info.size !== BigInt(saved.offset) || saved.offset === 0) return null;
  if (info.ctimeNs.toString() !== saved.ctimeNs) return null;
  const line = await lineEndingAt(handle, saved.offset);
  if (line === null) return null;
  const record = verifyInternals.fastPreimage(line) ?? verifyInternals.generalPreimage(line);
  if (typeof record === "string" || record.hash !== saved.head || sha256Hex(record.preimage) !== saved.head) return null;
  const fields = JSON.parse(line);
  if (fields.seq !== saved.records - 1 || fields.time !== saved.lastTime) return null;
  return { offset: saved.offset, lines: saved.lines, records: saved.records, head: saved.head, lastTime: saved.lastTime, segments: saved.segments };
}
async function saveCheckpoint(file, handle, position) {
  const info = await handle.stat({ bigint: true });
  const saved = { version: 1, dev: Number(info.dev), ino: Number(info.ino), ctimeNs: info.ctimeNs.toString(), ...position };
  const temp = `${checkpointPath(file)}.${(0, import_node_crypto.randomBytes)(6).toString("hex")}`;
  try {
    await (0, import_promises.writeFile)(temp, JSON.stringify(saved) + "\n");
    await (0, import_promises.rename)(temp, checkpointPath(file));
  } catch {
    await (0, import_promises.unlink)(temp).catch(() => void 0);
  }
}
async function lineEndingAt(handle, offset) {
  let window = 4096;
  for (; ; ) {
    const start = Math.max(0, offset - window);
    const bytes = Buffer.allocUnsafe(offset - start);
    const { bytesRead } = await handle.read(bytes, 0, bytes.length, start);
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
var import_node_crypto2 = __toESM(require_crypto(), 1);
var import_node_fs = __toESM(require_fs(), 1);
var import_promises2 = __toESM(require_promises(), 1);
var import_node_os = __toESM(require_os(), 1);
async function acquireLock(path, options = {}) {
  const timeoutMs = options.timeoutMs ?? 6e4;
  const staleMs = options.staleMs ?? 3e4;
  const started = Date.now();
  const owner = ownIdentity();
  const mine = `${path}.${owner.nonce}`;
  try {
    await (0, import_promises2.writeFile)(mine, JSON.stringify(owner), { flag: "wx" });
  } catch (err) {
    throw new AuditError("io", `cannot create the lock ${path}: ${err.message}`, "check that the audit folder is writable");
  }
  try {
    let wait = 2;
    let judgedAt = 0;
    for (; ; ) {
      const ino = await tryLink(mine, path, owner);
      if (ino !== null) return holding(path, owner, ino, staleMs);
      if (Date.now() - judgedAt >= JUDGE_EVERY_MS) {
        judgedAt = Date.now();
        await breakIfStale(path, staleMs, owner);
      }
      if (Date.now() - started > timeoutMs) {
        const holder = await readLock(path);
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
    await (0, import_promises2.unlink)(mine).catch(() => void 0);
  }
}
var JUDGE_EVERY_MS = 200;
async function tryLink(mine, path, owner) {
  try {
    await (0, import_promises2.link)(mine, path);
  } catch (err) {
    const code = err.code;
    if (code === "EEXIST") return null;
    throw new AuditError(
      "io",
      `cannot take the lock ${path}: ${err.message}`,
      code === "EPERM" || code === "ENOTSUP" || code === "ENOSYS" ? "the audit folder is on a filesystem without hard links; put the audit file on a local disk" : "check that the audit folder is writable"
    );
  }
  const taken = await readLock(path);
  if (taken?.owner?.nonce !== owner.nonce) {
    throw new AuditError("lock", `the lock ${path} changed hands while it was being taken`, "retry; check for another program removing lock files");
  }
  return taken.ino;
}
async function tryTake(path, owner) {
  const mine = `${path}.${owner.nonce}`;
  try {
    await (0, import_promises2.writeFile)(mine, JSON.stringify(owner), { flag: "wx" });
    return await tryLink(mine, path, owner);
  } catch (err) {
    if (err instanceof AuditError && err.kind === "lock") return null;
    throw err;
  } finally {
    await (0, import_promises2.unlink)(mine).catch(() => void 0);
  }
}
function holding(path, owner, ino, staleMs) {
  const touch = setInterval(() => {
    const now = /* @__PURE__ */ new Date();
    (0, import_promises2.utimes)(path, now, now).catch(() => void 0);
  }, Math.max(staleMs / 4, 100));
  touch.unref();
  const mine = async () => {
    const current = await readLock(path);
    return current !== null && current.ino === ino && current.owner?.nonce === owner.nonce;
  };
  return {
    path,
    stillHeld: mine,
    async release() {
      clearInterval(touch);
      if (await mine()) await (0, import_promises2.unlink)(path).catch(() => void 0);
    }
  };
}
async function breakIfStale(path, staleMs, self) {
  const judged = await readLock(path);
  if (judged === null || !isStale(judged, staleMs)) return;
  const breaker = `${path}.break`;
  let breakerIno = await tryTake(breaker, self);
  if (breakerIno === null) {
    const other = await readLock(breaker);
    if (other === null || !isStale(other, staleMs)) return;
    if (await sameFile(breaker, other)) await (0, import_promises2.unlink)(breaker).catch(() => void 0);
    breakerIno = await tryTake(breaker, self);
    if (breakerIno === null) return;
  }
  try {
    const now = await readLock(path);
    if (now !== null && now.ino === judged.ino && now.owner?.nonce === judged.owner?.nonce && isStale(now, staleMs)) {
      await (0, import_promises2.unlink)(path).catch(() => void 0);
    }
  } finally {
    const current = await readLock(breaker);
    if (current?.ino === breakerIno && current.owner?.nonce === self.nonce) await (0, import_promises2.unlink)(breaker).catch(() => void 0);
  }
}
async function sameFile(path, judged) {
  const now = await readLock(path);
  return now !== null && now.ino === judged.ino && now.owner?.nonce === judged.owner?.nonce;
}
async function readLock(path) {
  let handle;
  try {
    handle = await (0, import_promises2.open)(path, "r");
  } catch {
    return null;
  }
  try {
    const info = await handle.stat();
    const text = await handle.readFile("utf8");
    return { ino: info.ino, mtimeMs: info.mtimeMs, owner: parseOwner(text) };
  } catch {
    return null;
  } finally {
    await handle.close().catch(() => void 0);
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
  return { pid: process.pid, host: (0, import_node_os.hostname)(), nonce: (0, import_node_crypto2.randomBytes)(12).toString("hex"), start: processStart(process.pid), boot: bootId() };
}
function processStart(pid) {
  try {
    const stat2 = (0, import_node_fs.readFileSync)(`/proc/${pid}/stat`, "utf8");
    const fields = stat2.slice(stat2.lastIndexOf(")") + 2).split(" ");
    return fields[19] ?? null;
  } catch {
    return null;
  }
}
var cachedBoot;
function bootId() {
  if (cachedBoot === void 0) {
    try {
      cachedBoot = (0, import_node_fs.readFileSync)("/proc/sys/kernel/random/boot_id", "utf8").trim() || null;
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
async function appendAuditRecords(file, entries, meta) {
  if (!/^[0-9a-f]{64}$/.test(meta.policyDigest)) {
    throw new AuditError("input", `policy digest ${JSON.stringify(meta.policyDigest)} is not a SHA-256 hex digest`, "pass PolicySet.digest");
  }
  if (meta.rotateAt !== void 0 && !(Number.isSafeInteger(meta.rotateAt) && meta.rotateAt > 0)) {
    throw new AuditError("input", `rotateAt ${JSON.stringify(meta.rotateAt)} is not a positive number of bytes`, "pass a size such as 64 MiB (67108864)");
  }
  await (0, import_promises3.mkdir)((0, import_node_path.dirname)(file), { recursive: true }).catch((err) => {
    throw new AuditError("io", `cannot create the folder for ${file}: ${err.message}`, "check the path and permissions");
  });
  const lock = await acquireLock(`${file}.lock`, meta.lock);
  let handle;
  try {
    const segments = await listSegments(file);
    await finishRotation(file, segments.paths);
    let created = false;
    try {
      handle = await (0, import_promises3.open)(file, "wx+");
      created = true;
    } catch (err) {
      if (err.code !== "EEXIST") throw err;
      handle = await (0, import_promises3.open)(file, "a+");
    }
    const checkpoint = await trustedCheckpoint(file, handle);
    const existing = checkpoint !== null && checkpoint.segments === segments.paths.length && segments.missing === void 0 ? await verifyAuditTail(file, checkpoint) : await verifyAuditFile(file);
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
        repaired = { line: torn.line, bytes: torn.bytes, sha256: await sha256OfRange(handle, torn.offset, torn.bytes) };
        await handle.truncate(torn.offset);
        end = torn.offset;
      }
    }
    if (entries.length === 0) return { file, head: existing.head ?? GENESIS_HASH, records: existing.records, appended: 0 };
    let lines = existing.lines;
    let newline = existing.unterminated !== void 0;
    let rotated;
    if (meta.rotateAt !== void 0 && end >= meta.rotateAt && lines > 0 && !repaired) {
      if (newline) {
        await writeAll(handle, Buffer.from("\n"));
        newline = false;
      }
      await checkUnchanged(lock, handle, newline ? end : end + (existing.unterminated ? 1 : 0), file);
      await handle.sync();
      await handle.close();
      rotated = nextSegmentPath(file, segments);
      await (0, import_promises3.link)(file, rotated);
      await syncFolder((0, import_node_path.dirname)(file));
      await (0, import_promises3.unlink)(file);
      handle = await (0, import_promises3.open)(file, "wx+");
      created = true;
      end = 0;
      lines = 0;
    }
    const clock = (meta.now ?? (() => /* @__PURE__ */ new Date()))();
    const time = clock.toISOString();
    const clockBehind = existing.lastTime !== null && clock.getTime() < Date.parse(existing.lastTime);
    const context = fullContext(meta.context);
    let prev = existing.head ?? GENESIS_HASH;
    let seq = existing.records;
    const batch = new Utf8Lines(newline ? "\n" : "");
    const redact = redactOnce();
    for (const entry of entries) {
      const record = recordBody(entry, meta.policyDigest, context, redact);
      record.seq = seq;
      record.time = time;
      if (clockBehind && seq === existing.records) record.clockBehind = true;
      if (repaired && seq === existing.records) record.repaired = repaired;
      record.prev = prev;
      const { hash, line } = sealRecordLine(record);
      batch.add(line);
      prev = hash;
      seq++;
    }
    const bytes = batch.bytes();
    await checkUnchanged(lock, handle, end, file);
    await writeAll(handle, bytes);
    await handle.sync();
    if (created) await syncFolder((0, import_node_path.dirname)(file));
    await saveCheckpoint(file, handle, {
      offset: end + bytes.length,
      lines: lines + batch.lines,
      records: seq,
      head: prev,
      lastTime: time,
      segments: segments.paths.length + (rotated ? 1 : 0)
    });
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
    await handle?.close().catch(() => void 0);
    await lock.release();
  }
}
async function checkUnchanged(lock, handle, size, file) {
  if (!await lock.stillHeld()) {
    throw new AuditError("lock", `the lock ${lock.path} was taken over while appending; nothing was written`, "retry; check for clock skew on a shared filesystem");
  }
  const now = (await handle.stat()).size;
  if (now !== size) {
    throw new AuditError("lock", `${file} changed while it was locked (${size} bytes verified, ${now} now): another program writes to it; nothing was written`, "find the writer that ignores the lock; run `safeclaw audit verify`");
  }
}
async function finishRotation(file, segments) {
  if (segments.length === 0) return;
  const [own, newest] = await Promise.all([(0, import_promises3.stat)(file).catch(() => null), (0, import_promises3.stat)(segments[segments.length - 1])]);
  if (own !== null && own.ino === newest.ino && own.dev === newest.dev) await (0, import_promises3.unlink)(file);
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
function recordBody(entry, policyDigest, context, redact) {
  const { action, decision } = entry;
  let redacted = false;
  const clean = (text) => {
    const redaction = redact(text);
    if (redaction.redacted) redacted = true;
    return redaction.text;
  };
  const origin = entry.origin ?? action.origin;
  return {
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
    context,
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
async function sha256OfRange(handle, offset, length) {
  const bytes = Buffer.alloc(length);
  await handle.read(bytes, 0, length, offset);
  return (0, import_node_crypto3.createHash)("sha256").update(bytes).digest("hex");
}
var Utf8Lines = class _Utf8Lines {
  static CHUNK = 1 << 20;
  chunks = [];
  chunk;
  used;
  lines = 0;
  constructor(prefix) {
    this.chunk = Buffer.allocUnsafe(_Utf8Lines.CHUNK);
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
    dir = await (0, import_promises3.open)(folder, "r");
    await dir.sync();
  } catch {
  } finally {
    await dir?.close().catch(() => void 0);
  }
}

export {
  appendAuditRecords
};
