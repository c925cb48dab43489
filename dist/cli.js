#!/usr/bin/env node

// src/cli/descriptor-io.ts
async function readDescriptor(readSync, fd, rest) {
  const chunks = [];
  for (; ; ) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    let length;
    try {
      length = readSync(fd, chunk, 0, chunk.length, null);
    } catch (err) {
      const code = err.code;
      if (code === "EAGAIN") {
        chunks.push(await readStreamBytes(rest()));
        break;
      }
      if (code === "EOF") break;
      throw err;
    }
    if (length === 0) break;
    chunks.push(chunk.subarray(0, length));
  }
  return Buffer.concat(chunks);
}
function writeDescriptor(writeSync, fd, text, rest) {
  const bytes = Buffer.from(text, "utf8");
  let written = 0;
  while (written < bytes.length) {
    try {
      written += writeSync(fd, bytes, written, bytes.length - written);
    } catch (err) {
      if (err.code !== "EAGAIN") throw err;
      rest().write(bytes.subarray(written));
      return;
    }
  }
}
async function readStreamBytes(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

// src/cli/judge-client.ts
var JUDGE_BUILD = true ? "923929b4a19cac0e1ad624e2c6102b13" : void 0;
var JUDGE_TIMEOUT_MS = 1e4;
function fs() {
  return process.getBuiltinModule("node:fs");
}
function judgeFolder(env) {
  const runtime = env.XDG_RUNTIME_DIR;
  return runtime !== void 0 && runtime.startsWith("/") ? `${runtime.replace(/\/+$/, "")}/safeclaw` : `/tmp/safeclaw-${process.getuid?.() ?? "user"}`;
}
function folderProblem(dir) {
  let stat;
  try {
    stat = fs().lstatSync(dir);
  } catch (err) {
    return err.code ?? "unreadable";
  }
  if (stat.isSymbolicLink()) return "is a symbolic link";
  if (!stat.isDirectory()) return "is not a folder";
  if (stat.uid !== process.getuid?.()) return `belongs to uid ${stat.uid}`;
  if ((stat.mode & 63) !== 0) return `has mode ${(stat.mode & 511).toString(8)} (others may enter it)`;
  return void 0;
}
function judgeStateFile(dir, entry2) {
  const key = `${entry2}\0${process.execPath}`;
  let hash = 2166136261;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 16777619) >>> 0;
  return `${dir}/judge-${hash.toString(16).padStart(8, "0")}.json`;
}
function readJudgeState(file) {
  let text;
  try {
    text = fs().readFileSync(file, "utf8");
  } catch {
    return void 0;
  }
  try {
    const state = JSON.parse(text);
    const texts = [state.name, state.token, state.build, state.node, state.nodeVersion, state.entry];
    if (!Number.isSafeInteger(state.pid) || state.pid <= 1 || !texts.every((t) => typeof t === "string") || !/^[a-z0-9-]+$/.test(state.name)) return void 0;
    if (state.fd !== void 0 && !(Number.isSafeInteger(state.fd) && state.fd >= 0)) return void 0;
    return state;
  } catch {
    return void 0;
  }
}
function listeningInode(name) {
  let table;
  try {
    table = fs().readFileSync("/proc/net/unix", "latin1");
  } catch {
    return void 0;
  }
  const suffix = ` @${name}`;
  let found;
  let at = table.indexOf(suffix);
  while (at !== -1) {
    let end = at + suffix.length;
    while (table[end] === "@") end++;
    if (end === table.length || table[end] === "\n") {
      const start = table.lastIndexOf("\n", at) + 1;
      const fields = table.slice(start, end).trim().split(/\s+/);
      if ((parseInt(fields[3], 16) & 65536) !== 0) {
        if (found !== void 0) return void 0;
        found = fields[6];
      }
    }
    at = table.indexOf(suffix, end);
  }
  return found;
}
function isOurJudge(pid, inode, entry2, fdHint) {
  const f = fs();
  try {
    if (f.statSync(`/proc/${pid}`).uid !== process.getuid?.()) return false;
    if (f.readlinkSync(`/proc/${pid}/exe`) !== f.readlinkSync("/proc/self/exe")) return false;
    if (!isJudgeCommandLine(f.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0"), entry2)) return false;
    const environ = f.readFileSync(`/proc/${pid}/environ`, "utf8");
    if (/(^|\0)(NODE_OPTIONS|LD_PRELOAD|LD_AUDIT)=/.test(environ)) return false;
    return socketDescriptor(pid, inode, fdHint) !== void 0;
  } catch {
    return false;
  }
}
function socketDescriptor(pid, inode, hint) {
  const f = fs();
  const wanted = `socket:[${inode}]`;
  const holds = (fd) => {
    try {
      return f.readlinkSync(`/proc/${pid}/fd/${fd}`) === wanted;
    } catch {
      return false;
    }
  };
  if (hint !== void 0 && holds(hint)) return hint;
  for (const fd of f.readdirSync(`/proc/${pid}/fd`)) if (holds(fd)) return Number(fd);
  return void 0;
}
function isJudgeCommandLine(args, entry2) {
  if (args[args.length - 1] === "") args = args.slice(0, -1);
  const at = args[1] === "--disable-sigusr1" ? 2 : 1;
  if (args[at] !== entry2 || args[at + 1] !== "judge" || args[at + 2] !== "serve") return false;
  const rest = args.slice(at + 3);
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === "--quiet") continue;
    if (rest[i] === "--idle-minutes" && /^[0-9.]+$/.test(rest[i + 1] ?? "")) {
      i++;
      continue;
    }
    return false;
  }
  return true;
}
function verifiedInode(state, entry2) {
  const inode = listeningInode(state.name);
  return inode !== void 0 && isOurJudge(state.pid, inode, entry2, state.fd) ? inode : void 0;
}
function usableJudge(env, entry2) {
  if (process.platform !== "linux" || JUDGE_BUILD === void 0) return void 0;
  const dir = judgeFolder(env);
  if (folderProblem(dir) !== void 0) return void 0;
  const state = readJudgeState(judgeStateFile(dir, entry2));
  if (state === void 0 || state.build !== JUDGE_BUILD || state.node !== process.execPath || state.nodeVersion !== process.version || state.entry !== entry2) return void 0;
  const inode = verifiedInode(state, entry2);
  return inode === void 0 ? void 0 : { state, inode };
}
function exchange(name, request, timeoutMs) {
  const net = process.getBuiltinModule("node:net");
  return new Promise((resolve) => {
    const chunks = [];
    let done = false;
    const finish = (line) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (line === void 0) socket.destroy();
      else {
        socket.pause();
        socket.unref();
      }
      resolve(line);
    };
    const timer = setTimeout(() => finish(void 0), timeoutMs);
    const socket = net.createConnection(`\0${name}`);
    socket.on("connect", () => socket.end(request));
    socket.on("data", (chunk) => {
      chunks.push(chunk);
      if (chunk.includes(10)) {
        const all = Buffer.concat(chunks);
        finish(all.subarray(0, all.indexOf(10)).toString("utf8"));
      }
    });
    socket.on("error", () => finish(void 0));
    socket.on("close", () => finish(void 0));
  });
}
async function askJudge(argv2, env, cwd, entry2, readStdin) {
  if (argv2.includes("--anchor-every") || argv2.some((arg) => arg.startsWith("--anchor-every="))) return void 0;
  if (typeof process.getBuiltinModule !== "function") return void 0;
  let judge;
  try {
    judge = usableJudge(env, entry2);
  } catch {
    return void 0;
  }
  if (judge === void 0) return void 0;
  let stdin;
  try {
    stdin = (await readStdin()).toString("utf8");
  } catch {
    return void 0;
  }
  const nonce = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
  const request = { kind: "safeclaw-judge-request", token: judge.state.token, nonce, build: judge.state.build, argv: argv2, cwd, env, stdin };
  const timeout = Number(env.SAFECLAW_JUDGE_TIMEOUT_MS);
  let line;
  try {
    line = await exchange(judge.state.name, JSON.stringify(request) + "\n", Number.isFinite(timeout) && timeout > 0 ? timeout : JUDGE_TIMEOUT_MS);
  } catch {
    return void 0;
  }
  if (line === void 0 || listeningInode(judge.state.name) !== judge.inode) return void 0;
  let reply;
  try {
    reply = JSON.parse(line);
  } catch {
    return void 0;
  }
  if (reply === null || typeof reply !== "object" || reply.kind !== "safeclaw-judge-reply" || reply.nonce !== nonce || reply.build !== JUDGE_BUILD || "fallback" in reply) return void 0;
  if (typeof reply.stdout !== "string" || typeof reply.stderr !== "string" || !Number.isSafeInteger(reply.exitCode)) return void 0;
  return { stdout: reply.stdout, stderr: reply.stderr, exitCode: reply.exitCode };
}
function readAllInput() {
  return readDescriptor(fs().readSync, 0, () => process.stdin);
}
function writeAllOutput(fd, text) {
  writeDescriptor(fs().writeSync, fd, text, () => fd === 1 ? process.stdout : process.stderr);
}

// src/cli/bin.ts
var argv = process.argv.slice(2);
var nodeMajor = Number(process.versions.node.split(".")[0]);
if (argv[0] === "check" && nodeMajor >= 22 && !process.execArgv.includes("--liftoff-only")) {
  const { fileURLToPath } = await import("node:url");
  const args = ["--liftoff-only", "--max-semi-space-size=8", ...process.execArgv, fileURLToPath(import.meta.url), ...argv];
  const execve = process.execve;
  if (execve !== void 0 && process.platform !== "win32") execve.call(process, process.execPath, [process.execPath, ...args], process.env);
  const { spawnSync } = await import("node:child_process");
  const again = spawnSync(process.execPath, args, { stdio: "inherit" });
  process.exit(again.status ?? 2);
}
var stdoutWatched = false;
function standardOutput() {
  if (!stdoutWatched) {
    stdoutWatched = true;
    process.stdout.on("error", (err) => {
      if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
  return process.stdout;
}
var readInput;
var entry = import.meta.filename;
var answer = argv[0] === "hook" && entry !== void 0 ? await askJudge(argv, process.env, process.cwd(), entry, async () => {
  readInput = await readAllInput();
  return readInput;
}) : void 0;
if (answer !== void 0) {
  writeAllOutput(1, answer.stdout);
  writeAllOutput(2, answer.stderr);
  process.exitCode = answer.exitCode;
} else {
  const { main } = argv[0] === "hook" || argv[0] === "judge" ? await import("./hook-main.js") : await import("./chunks/cli-main.js");
  const code = await main(argv, {
    get stdout() {
      return standardOutput();
    },
    stdoutFd: 1,
    get stderr() {
      return process.stderr;
    },
    // Made only when read: process.stdin's stream costs ~4 ms to set up, and most commands never read it.
    // What the judge's client read is given as the one chunk of a stream.
    get stdin() {
      return readInput === void 0 ? process.stdin : [readInput];
    },
    stdinFd: readInput === void 0 ? 0 : void 0,
    cwd: process.cwd(),
    env: process.env,
    get isTTY() {
      return Boolean(standardOutput().isTTY) && process.env.NO_COLOR === void 0;
    }
  });
  process.exitCode = code;
}
