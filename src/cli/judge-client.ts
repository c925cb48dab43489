// The `safeclaw hook` side of the long-lived local judge (./judge-server.ts holds
// the trust analysis): where a judge of this install listens, whether the process
// listening there is that judge, and one call asked of it. A hook call is a new
// process per tool call, so this file loads nothing but node:fs and node:net (by
// process.getBuiltinModule, not an import: cli.js then needs no chunk of the
// bundle before the answer) and is in cli.js itself. Anything that is not a
// verified answer of the same build is `undefined`, and the caller judges the
// call in-process: a missing judge is the normal case and says nothing.
import type * as Fs from 'node:fs';
import type * as Net from 'node:net';
import { readDescriptor, writeDescriptor } from './descriptor-io.js';

declare const __SAFECLAW_BUILD__: string | undefined;

/** The build the bundle was made from (scripts/build.mjs); none when run from the sources, and then no judge. */
export const JUDGE_BUILD: string | undefined = typeof __SAFECLAW_BUILD__ === 'string' ? __SAFECLAW_BUILD__ : undefined;

/** A client waits this long for the whole answer, then judges in-process (Claude Code's hook timeout is 60 s). */
export const JUDGE_TIMEOUT_MS = 10_000;

/** What the state file (0600, in the 0700 folder) says about the running judge. */
export interface JudgeState {
  pid: number;
  /** The listening socket's name in Linux's abstract namespace (without the leading NUL). */
  name: string;
  /** Proves a request comes from someone who may read this user's 0700 folder. */
  token: string;
  build: string;
  node: string;
  nodeVersion: string;
  entry: string;
  started: string;
  /**
   * Which of the judge's descriptors is the listening socket: where a client looks first
   * (one readlink instead of all of /proc/PID/fd). Only a hint: what is checked is the same.
   */
  fd?: number;
}

export interface JudgeRequest {
  kind: 'safeclaw-judge-request';
  token: string;
  nonce: string;
  build: string;
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  stdin: string;
}

export type JudgeReply =
  | { kind: 'safeclaw-judge-reply'; nonce: string; build: string; stdout: string; stderr: string; exitCode: number }
  | { kind: 'safeclaw-judge-reply'; nonce: string; build: string; fallback: string };

export interface JudgeAnswer {
  stdout: string;
  stderr: string;
  exitCode: number;
}

function fs(): typeof Fs {
  return process.getBuiltinModule('node:fs');
}

/**
 * The user's own folder for judge state: $XDG_RUNTIME_DIR/safeclaw (a per-user
 * 0700 folder by its specification), else /tmp/safeclaw-UID. Never inside a
 * project, where an agent's file edits could reach it more easily than the
 * user's runtime folder.
 */
export function judgeFolder(env: Record<string, string | undefined>): string {
  const runtime = env.XDG_RUNTIME_DIR;
  return runtime !== undefined && runtime.startsWith('/') ? `${runtime.replace(/\/+$/, '')}/safeclaw` : `/tmp/safeclaw-${process.getuid?.() ?? 'user'}`;
}

/** Why the folder may not hold a judge's state (a symlink, another owner, open to others), or undefined when it may. */
export function folderProblem(dir: string): string | undefined {
  let stat;
  try {
    stat = fs().lstatSync(dir);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code ?? 'unreadable';
  }
  if (stat.isSymbolicLink()) return 'is a symbolic link';
  if (!stat.isDirectory()) return 'is not a folder';
  if (stat.uid !== process.getuid?.()) return `belongs to uid ${stat.uid}`;
  if ((stat.mode & 0o077) !== 0) return `has mode ${(stat.mode & 0o777).toString(8)} (others may enter it)`;
  return undefined;
}

/**
 * One judge per install and Node binary (a hook asks only a judge on its own Node):
 * the state file is named after both (FNV-1a: node:crypto costs a hook call ~3 ms to load).
 */
export function judgeStateFile(dir: string, entry: string): string {
  const key = `${entry}\0${process.execPath}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return `${dir}/judge-${hash.toString(16).padStart(8, '0')}.json`;
}

export function readJudgeState(file: string): JudgeState | undefined {
  let text;
  try {
    text = fs().readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const state = JSON.parse(text) as JudgeState;
    const texts = [state.name, state.token, state.build, state.node, state.nodeVersion, state.entry];
    if (!Number.isSafeInteger(state.pid) || state.pid <= 1 || !texts.every((t) => typeof t === 'string') || !/^[a-z0-9-]+$/.test(state.name)) return undefined;
    if (state.fd !== undefined && !(Number.isSafeInteger(state.fd) && state.fd >= 0)) return undefined;
    return state;
  } catch {
    return undefined;
  }
}

/**
 * The inode of the one socket listening on the abstract name, from /proc/net/unix
 * ("Num RefCount Protocol Flags Type St Inode Path"; a listener's flags carry
 * __SO_ACCEPTCON, 0x10000; its accepted connections show the same name without it).
 */
export function listeningInode(name: string): string | undefined {
  let table;
  try {
    table = fs().readFileSync('/proc/net/unix', 'latin1');
  } catch {
    return undefined;
  }
  // Node 20 binds the name padded with NULs to the address's full size (shown as @), Node 24 without.
  const suffix = ` @${name}`;
  let found: string | undefined;
  let at = table.indexOf(suffix);
  while (at !== -1) {
    let end = at + suffix.length;
    while (table[end] === '@') end++;
    if (end === table.length || table[end] === '\n') {
      const start = table.lastIndexOf('\n', at) + 1;
      const fields = table.slice(start, end).trim().split(/\s+/);
      if ((parseInt(fields[3], 16) & 0x10000) !== 0) {
        // Two listeners on forms of the name: someone else bound one; believe neither.
        if (found !== undefined) return undefined;
        found = fields[6];
      }
    }
    at = table.indexOf(suffix, end);
  }
  return found;
}

/**
 * Whether process `pid` is this install's judge holding socket `inode`: owned by
 * this user, running this very Node binary (/proc/PID/exe) on this install's
 * cli.js with `judge serve`, and holding the socket among its descriptors. A
 * listener made by nc, socat or python fails the binary check; a Node running
 * some other script fails the command line (and is arbitrary code anyway).
 */
export function isOurJudge(pid: number, inode: string, entry: string, fdHint?: number): boolean {
  const f = fs();
  try {
    if (f.statSync(`/proc/${pid}`).uid !== process.getuid?.()) return false;
    // The kernel's own link for both (not fs.realpathSync: one lstat per path component).
    if (f.readlinkSync(`/proc/${pid}/exe`) !== f.readlinkSync('/proc/self/exe')) return false;
    if (!isJudgeCommandLine(f.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0'), entry)) return false;
    // Code preloaded through the environment (NODE_OPTIONS=--require…, LD_PRELOAD) runs in the judge.
    const environ = f.readFileSync(`/proc/${pid}/environ`, 'utf8');
    if (/(^|\0)(NODE_OPTIONS|LD_PRELOAD|LD_AUDIT)=/.test(environ)) return false;
    return socketDescriptor(pid, inode, fdHint) !== undefined;
  } catch {
    return false;
  }
}

/** The descriptor of process `pid` that is socket `inode` (`hint` looked at first), or undefined when it holds none. */
export function socketDescriptor(pid: number, inode: string, hint?: number): number | undefined {
  const f = fs();
  const wanted = `socket:[${inode}]`;
  const holds = (fd: number | string) => {
    try {
      return f.readlinkSync(`/proc/${pid}/fd/${fd}`) === wanted;
    } catch {
      return false; // Closed, or never open.
    }
  };
  if (hint !== undefined && holds(hint)) return hint;
  for (const fd of f.readdirSync(`/proc/${pid}/fd`)) if (holds(fd)) return Number(fd);
  return undefined;
}

/** Node's flag that turns SIGUSR1's inspector off, where this Node has it (22.14+, 23.7+). */
export function judgeNodeFlags(): string[] {
  return process.allowedNodeEnvironmentFlags.has('--disable-sigusr1') ? ['--disable-sigusr1'] : [];
}

/**
 * Whether a command line is exactly what `judge start` runs: Node, its flags (judgeNodeFlags), this
 * install's cli.js, `judge serve` and its own options only. No --require, --import, --inspect:
 * a Node running more than our code is not our judge.
 */
export function isJudgeCommandLine(args: string[], entry: string): boolean {
  if (args[args.length - 1] === '') args = args.slice(0, -1);
  // judgeNodeFlags' flag, not required: Node 20 has none (the judge's SIGUSR1 listener is the guard there).
  const at = args[1] === '--disable-sigusr1' ? 2 : 1;
  if (args[at] !== entry || args[at + 1] !== 'judge' || args[at + 2] !== 'serve') return false;
  const rest = args.slice(at + 3);
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--quiet') continue;
    if (rest[i] === '--idle-minutes' && /^[0-9.]+$/.test(rest[i + 1] ?? '')) {
      i++;
      continue;
    }
    return false;
  }
  return true;
}

/** The verified judge's socket inode for this state, or undefined. */
export function verifiedInode(state: JudgeState, entry: string): string | undefined {
  const inode = listeningInode(state.name);
  return inode !== undefined && isOurJudge(state.pid, inode, entry, state.fd) ? inode : undefined;
}

/** The judge this install may ask (same build, same Node, verified listener), with its socket's inode. */
export function usableJudge(env: Record<string, string | undefined>, entry: string): { state: JudgeState; inode: string } | undefined {
  if (process.platform !== 'linux' || JUDGE_BUILD === undefined) return undefined;
  const dir = judgeFolder(env);
  if (folderProblem(dir) !== undefined) return undefined;
  const state = readJudgeState(judgeStateFile(dir, entry));
  if (state === undefined || state.build !== JUDGE_BUILD || state.node !== process.execPath || state.nodeVersion !== process.version || state.entry !== entry) return undefined;
  const inode = verifiedInode(state, entry);
  return inode === undefined ? undefined : { state, inode };
}

/** Sends one request and reads the one reply line; undefined on any failure or after the timeout. */
export function exchange(name: string, request: string, timeoutMs: number): Promise<string | undefined> {
  const net: typeof Net = process.getBuiltinModule('node:net');
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let done = false;
    const finish = (line: string | undefined) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (line === undefined) socket.destroy();
      else {
        // The reply is all this process needs: paused, the socket's end is never read, so it is
        // never destroyed (net's Socket._destroy reads process.stderr, which makes that stream,
        // ~0.7 ms), and unreferenced, it keeps no one waiting; the exit closes it.
        socket.pause();
        socket.unref();
      }
      resolve(line);
    };
    const timer = setTimeout(() => finish(undefined), timeoutMs);
    const socket = net.createConnection(`\0${name}`);
    socket.on('connect', () => socket.end(request));
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      if (chunk.includes(10)) {
        const all = Buffer.concat(chunks);
        finish(all.subarray(0, all.indexOf(10)).toString('utf8'));
      }
    });
    socket.on('error', () => finish(undefined));
    socket.on('close', () => finish(undefined));
  });
}

/**
 * Asks this install's judge to run the hook call `argv` with `stdin`, as the
 * process would in-process. The listener is verified before the connection and
 * again after the reply: an abstract name is bound by one socket at a time and a
 * socket cannot bind twice, so the same inode listening before and after means
 * the connection reached it (a name freed and taken again gets a new inode).
 */
export async function askJudge(
  argv: string[],
  env: Record<string, string | undefined>,
  cwd: string,
  entry: string,
  readStdin: () => Promise<Buffer>,
): Promise<JudgeAnswer | undefined> {
  // The audit anchor reads process.env (git's identity): the judge's would not be the caller's.
  if (argv.includes('--anchor-every') || argv.some((arg) => arg.startsWith('--anchor-every='))) return undefined;
  // Node 20.16 and 22.3 brought getBuiltinModule; before it, no judge.
  if (typeof process.getBuiltinModule !== 'function') return undefined;
  let judge;
  try {
    judge = usableJudge(env, entry);
  } catch {
    return undefined;
  }
  if (judge === undefined) return undefined;
  let stdin;
  try {
    stdin = (await readStdin()).toString('utf8');
  } catch {
    // Unreadable: the in-process hook reads it again and answers with its error.
    return undefined;
  }
  const nonce = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
  const request: JudgeRequest = { kind: 'safeclaw-judge-request', token: judge.state.token, nonce, build: judge.state.build, argv, cwd, env, stdin };
  const timeout = Number(env.SAFECLAW_JUDGE_TIMEOUT_MS);
  let line;
  try {
    line = await exchange(judge.state.name, JSON.stringify(request) + '\n', Number.isFinite(timeout) && timeout > 0 ? timeout : JUDGE_TIMEOUT_MS);
  } catch {
    return undefined;
  }
  if (line === undefined || listeningInode(judge.state.name) !== judge.inode) return undefined;
  let reply: JudgeReply;
  try {
    reply = JSON.parse(line) as JudgeReply;
  } catch {
    return undefined;
  }
  if (reply === null || typeof reply !== 'object' || reply.kind !== 'safeclaw-judge-reply' || reply.nonce !== nonce || reply.build !== JUDGE_BUILD || 'fallback' in reply) return undefined;
  if (typeof reply.stdout !== 'string' || typeof reply.stderr !== 'string' || !Number.isSafeInteger(reply.exitCode)) return undefined;
  return { stdout: reply.stdout, stderr: reply.stderr, exitCode: reply.exitCode };
}

/** All of standard input, read as the CLI reads it (./descriptor-io.ts). */
export function readAllInput(): Promise<Buffer> {
  return readDescriptor(fs().readSync, 0, () => process.stdin);
}

/** Writes all of `text` to descriptor `fd` (1 or 2), as the CLI writes (./descriptor-io.ts). */
export function writeAllOutput(fd: 1 | 2, text: string): void {
  writeDescriptor(fs().writeSync, fd, text, () => (fd === 1 ? process.stdout : process.stderr));
}
