// The long-lived local judge: `safeclaw judge serve` keeps one warm Node process
// that runs hook calls for `safeclaw hook` (./judge-client.ts), so a call costs
// a connection instead of loading and compiling ~700 KB of code per tool call.
//
// What it keeps and what it does not. Each request runs the very hook code path
// a hook process runs (hook-main.ts's runHook: argument parsing, reading the
// call, finding and loading the project's policies from disk, judging, the audit
// append with its lock and fsync, the answer), with the request's argv, cwd, env
// and stdin text; the reply is that run's stdout, stderr and exit code, which the
// client writes and exits with. What stays warm: loaded modules, V8's compiled
// code, and the policy set compiled last, which a call gets back only when every
// input of that compile is the same again, its policy files read afresh on that
// call and equal byte for byte (src/policy/load.ts, reuseUnchanged; the compile is
// pure). No analysis, decision or redaction outlives its request (the redaction
// memo is emptied before each). The hook code reads
// cwd and env only through its io object, except the policy loader's messages
// (paths relative to process.cwd()): requests run one at a time, each after a
// chdir to its cwd, so those read the caller's folder too. The audit anchor reads
// process.env, so calls with --anchor-every are never sent here.
//
// Trust. Any code running as this user can defeat a hook (edit the settings, the
// bundle, the policies), so the judge must not make anything weaker than arbitrary
// code enough to decide a call, in particular a listener that an allowed command
// can start (`nc -lU`, `socat`, `python3 -m …`) answering "allow". Hence:
// - The socket is in Linux's abstract namespace under a random name chosen at
//   start: no file to remove or replace, and a name one socket holds at a time.
//   The name, the judge's pid and a random token are in a 0600 state file in a
//   0700 folder of this user ($XDG_RUNTIME_DIR/safeclaw, else /tmp/safeclaw-UID;
//   lstat: not a symlink, this uid, no access for others), never in a project.
// - The client believes no file: before connecting it finds the one socket
//   listening on that name in /proc/net/unix, and checks that the state file's
//   pid is owned by this user, runs this very Node binary (/proc/PID/exe is
//   process.execPath), on this install's cli.js with `judge serve`
//   (/proc/PID/cmdline), and holds that socket (socket:[inode] among
//   /proc/PID/fd; the state says which descriptor to look at first, and any
//   other is looked at when that one is not it). After the reply the same inode must still be the listener: a
//   socket cannot bind twice and the name cannot be bound twice at once, so the
//   connection reached that socket, not one bound in between (a listener that
//   binds the name after our judge exits, then closes, fails that check).
//   Checking before connecting also keeps the request (env, tool input) from a
//   listener another user binds on the name of a judge that died.
//   The reply must carry the request's nonce and the client's build id (baked
//   into the bundle, scripts/build.mjs), and the state names the same Node
//   binary and version: an upgraded install never asks an old judge.
// - So nc, socat or python listening anywhere is never believed (wrong binary);
//   a Node running other code fails the command line, and is arbitrary code.
//   The command line must be exactly what `judge start` runs (no --require,
//   --import, --inspect before cli.js, only serve's own options after), and the
//   judge's environment (/proc/PID/environ) must hold no NODE_OPTIONS, LD_PRELOAD
//   or LD_AUDIT: `start` and `serve` drop those, and clients refuse a judge that
//   has one, so preloaded code never runs as the judge.
// - SIGUSR1 (`kill -USR1 PID`, a plain command a policy may allow) would open
//   Node's inspector on 127.0.0.1:9229, for any local user, and run code in the
//   judge: `serve` listens for SIGUSR1 first thing (which replaces the inspector
//   on Node 20 and 24) and is started with --disable-sigusr1 where Node has it
//   (22.14+); on Node 20 the first ~100 ms of a judge's start, before that
//   listener, remain a window (the test sends SIGUSR1 to a running judge).
//   A process of this user that writes /proc/PID/cmdline or ptraces the judge is
//   arbitrary code too. Where /proc is missing (macOS), there is no judge.
// - Requests: anyone who can read the state file (this user, root) may ask, and
//   gets only what running the hook itself would give. Other users can see the
//   name in /proc/net/unix and connect, but without the token get nothing. The
//   env travels only over the socket, is never logged or written, and is dropped
//   with its request.
// - Failure is never an allow: the client judges in-process on any failure (no
//   state, no listener, refused, timeout, bad or mismatched reply), silently.
// - It exits after JUDGE_IDLE_MS without a request, when its own code or Node
//   on disk changes, on SIGTERM (`judge stop`), and when its state file is gone
//   or names another judge.
import type * as Net from 'node:net';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, openSync, closeSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forgetRedactions } from '../redaction/redact.js';
import type { CliIO } from './io.js';
import { folderProblem, JUDGE_BUILD, judgeFolder, judgeStateFile, listeningInode, readJudgeState, socketDescriptor, verifiedInode, type JudgeReply, type JudgeRequest, type JudgeState } from './judge-client.js';

/** The judge leaves after this long without a request. */
export const JUDGE_IDLE_MS = 15 * 60 * 1000;
/** How often it checks that its code and state are still its own. */
const WATCH_MS = 2000;
/** A request larger than this (a Write of a huge file) is answered "judge it yourself". */
const MAX_REQUEST_BYTES = 64 * 1024 * 1024;

export type HookRunner = (argv: string[], io: CliIO) => Promise<number>;

export interface ServeOptions {
  /** The install's cli.js, as the judge's command line names it. */
  entry: string;
  runHook: HookRunner;
  idleMs?: number;
  /** Called once listening and recorded (for `serve`'s message). */
  onListening?: (state: JudgeState, stateFile: string) => void;
}

/** Where this install's judge would keep its state, or why it cannot run here. */
export function judgePlace(env: Record<string, string | undefined>, entry: string): { dir: string; stateFile: string } | { problem: string } {
  if (process.platform !== 'linux') return { problem: 'the judge needs Linux (/proc to verify it): hooks run in-process here' };
  if (JUDGE_BUILD === undefined) return { problem: 'the judge runs only from the built CLI (dist/cli.js)' };
  const dir = judgeFolder(env);
  return { dir, stateFile: judgeStateFile(dir, entry) };
}

/** Creates the 0700 folder if missing, and says why it may not be used if it is not this user's alone. */
export function prepareFolder(dir: string): string | undefined {
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') return `cannot create ${dir}: ${(err as NodeJS.ErrnoException).code}`;
  }
  const problem = folderProblem(dir);
  return problem === undefined ? undefined : `${dir} ${problem}`;
}

/** The files whose change means an upgrade: the judge then exits, and the next session start starts the new one. */
function codeFiles(entry: string): string[] {
  return [entry, join(dirname(entry), 'hook-main.js'), fileURLToPath(import.meta.url), process.execPath];
}

function fingerprint(files: string[]): string {
  return files
    .map((file) => {
      try {
        const s = statSync(file);
        return `${s.ino}:${s.size}:${s.mtimeMs}`;
      } catch {
        return 'gone';
      }
    })
    .join('|');
}

/** Collects what a hook run writes. */
function collector(): { stream: CliIO['stdout']; text: () => string } {
  const parts: string[] = [];
  const stream = {
    write(chunk: string | Uint8Array) {
      parts.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    },
  } as unknown as CliIO['stdout'];
  return { stream, text: () => parts.join('') };
}

function isRequest(value: unknown): value is JudgeRequest {
  const r = value as JudgeRequest;
  return (
    r !== null &&
    typeof r === 'object' &&
    r.kind === 'safeclaw-judge-request' &&
    typeof r.token === 'string' &&
    typeof r.nonce === 'string' &&
    typeof r.cwd === 'string' &&
    typeof r.stdin === 'string' &&
    Array.isArray(r.argv) &&
    r.argv.every((a) => typeof a === 'string') &&
    r.env !== null &&
    typeof r.env === 'object' &&
    Object.values(r.env).every((v) => typeof v === 'string')
  );
}

/** Warm-up rounds: V8 optimises a function after some hundreds of calls through it, not after the first few. */
const WARM_ROUNDS = 10;

/**
 * Hook calls on a throwaway project of the judge's own, before the first real
 * one: V8 compiles and optimises the hook's code and the parser's wasm is loaded
 * then, not on the session's first tool calls. The project holds the two policies
 * SafeClaw ships (what `init` writes and the DevOps example it copies beside it),
 * so the policy compiler and the matchers run over every kind of rule; the calls
 * are the tools an agent uses most. Nothing of them is used again but compiled
 * code (their decisions and audit log are deleted with the folder; the policy set
 * they compiled last is another folder's, so no call gets it back). It stops
 * early when a real request is waiting: a session's first call never queues
 * behind more than one warm-up call.
 */
async function warmUp(dir: string, runHook: HookRunner, requestWaiting: () => boolean): Promise<void> {
  const project = join(dir, `warm-${process.pid}`);
  try {
    const { DEFAULT_POLICY, DEVOPS_EXAMPLE_POLICY } = await import('./init-templates.js');
    mkdirSync(join(project, '.safeclaw', 'policies'), { recursive: true, mode: 0o700 });
    for (const [name, text] of [['default.yaml', DEFAULT_POLICY], ['devops-agent.yaml', DEVOPS_EXAMPLE_POLICY]]) {
      const policy = openSync(join(project, '.safeclaw', 'policies', name), 'w', 0o600);
      writeSync(policy, text);
      closeSync(policy);
    }
    const call = (tool_name: string, tool_input: unknown) => JSON.stringify({ hook_event_name: 'PreToolUse', session_id: 'warm-up', cwd: project, tool_name, tool_input });
    const calls = [
      call('Bash', { command: 'git status && ls -la | grep x' }),
      // Kinds of call, not the bench's own (bench/hook.ts): what stays warm must not be tuned to what is measured.
      call('Bash', { command: 'kubectl describe deployment web --namespace staging' }),
      call('Bash', { command: 'cd deploy && helm template web ./chart -f values.yaml | tee rendered.yaml' }),
      call('Bash', { command: 'select x in a; do cat .env; done' }),
      call('Read', { file_path: join(project, 'README.md') }),
      call('Edit', { file_path: join(project, 'deploy', 'values.yaml'), old_string: 'a', new_string: 'b' }),
      call('Write', { file_path: join(project, '.github', 'workflows', 'ci.yml'), content: 'on: push' }),
      call('WebFetch', { url: 'https://example.com/docs', prompt: 'summarise' }),
    ];
    for (let round = 0; round < WARM_ROUNDS; round++) {
      for (const input of calls) {
        if (requestWaiting()) return;
        const sink = collector();
        process.chdir(project);
        await runHook(['hook', 'claude-code', '--policies', join(project, '.safeclaw')], { stdout: sink.stream, stderr: sink.stream, stdin: [Buffer.from(input)] as unknown as CliIO['stdin'], cwd: project, env: {}, isTTY: false });
      }
    }
  } finally {
    process.chdir(dir);
    rmSync(project, { recursive: true, force: true });
  }
}

/** Runs the judge until it has a reason to leave; resolves with that reason. */
export function serveJudge(options: ServeOptions, env: Record<string, string | undefined>): Promise<string> {
  const place = judgePlace(env, options.entry);
  if ('problem' in place) return Promise.reject(new Error(place.problem));
  const { dir, stateFile } = place;
  const folderTrouble = prepareFolder(dir);
  if (folderTrouble !== undefined) return Promise.reject(new Error(`judge: ${folderTrouble}`));
  const running = readJudgeState(stateFile);
  if (running !== undefined && running.pid !== process.pid && verifiedInode(running, running.entry) !== undefined) {
    return Promise.reject(new Error(`judge: already running (pid ${running.pid})`));
  }
  const token = randomBytes(32).toString('hex');
  const tokenBytes = Buffer.from(token);
  const name = `safeclaw-judge-${process.getuid?.()}-${randomBytes(12).toString('hex')}`;
  const code = codeFiles(options.entry);
  const codeAtStart = fingerprint(code);
  const idleMs = options.idleMs ?? JUDGE_IDLE_MS;

  return new Promise((resolve, reject) => {
    let queue: Promise<unknown> = Promise.resolve();
    /** Requests accepted and not yet run (the warm-up gives way to them). */
    let waiting = 0;
    let leaving: string | undefined;
    let idle: NodeJS.Timeout;
    const startIdle = () => {
      clearTimeout(idle);
      idle = setTimeout(() => leave(`idle for ${Math.round(idleMs / 1000)} s`), idleMs);
    };
    // By getBuiltinModule: this file is in the hook's bundle, and a hook call never serves.
    const net: typeof Net = process.getBuiltinModule('node:net');
    const server = net.createServer({ allowHalfOpen: true }, (socket) => accept(socket));
    const watch = setInterval(() => {
      if (fingerprint(code) !== codeAtStart) leave('its code changed on disk');
      else if (readJudgeState(stateFile)?.token !== token) leave('its state file is gone or names another judge');
    }, WATCH_MS);
    const onSignal = () => leave('stopped');
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);

    function leave(reason: string) {
      if (leaving !== undefined) return;
      leaving = reason;
      clearInterval(watch);
      clearTimeout(idle);
      process.removeListener('SIGTERM', onSignal);
      process.removeListener('SIGINT', onSignal);
      if (readJudgeState(stateFile)?.token === token) rmSync(stateFile, { force: true });
      server.close();
      // Requests already accepted are answered; new connections are refused.
      void queue.then(() => resolve(reason));
    }

    function accept(socket: Net.Socket) {
      const chunks: Buffer[] = [];
      let size = 0;
      let handled = false;
      socket.on('error', () => socket.destroy());
      const handle = (line: Buffer) => {
        if (handled) return;
        handled = true;
        let request: unknown;
        try {
          request = JSON.parse(line.toString('utf8'));
        } catch {
          socket.destroy();
          return;
        }
        if (!isRequest(request)) return socket.destroy();
        const given = Buffer.from(request.token);
        if (given.length !== tokenBytes.length || !timingSafeEqual(given, tokenBytes)) return socket.destroy();
        startIdle();
        waiting++;
        queue = queue.then(() => (waiting--, run(request as JudgeRequest))).then(
          (reply) => {
            if (!socket.destroyed) socket.end(JSON.stringify(reply) + '\n');
          },
          () => socket.destroy(),
        );
      };
      socket.on('data', (chunk: Buffer) => {
        if (handled) return;
        size += chunk.length;
        if (size > MAX_REQUEST_BYTES) return socket.destroy();
        const newline = chunk.indexOf(10);
        if (newline === -1) return void chunks.push(chunk);
        chunks.push(chunk.subarray(0, newline));
        handle(Buffer.concat(chunks));
      });
      socket.on('end', () => {
        if (!handled) handle(Buffer.concat(chunks));
      });
    }

    async function run(request: JudgeRequest): Promise<JudgeReply> {
      const base = { kind: 'safeclaw-judge-reply' as const, nonce: request.nonce, build: JUDGE_BUILD as string };
      if (request.build !== JUDGE_BUILD) return { ...base, fallback: 'another build' };
      if (fingerprint(code) !== codeAtStart) {
        leave('its code changed on disk');
        return { ...base, fallback: 'upgraded' };
      }
      try {
        process.chdir(request.cwd);
      } catch {
        return { ...base, fallback: 'cwd' };
      }
      const stdout = collector();
      const stderr = collector();
      const io: CliIO = {
        stdout: stdout.stream,
        stderr: stderr.stream,
        // readStandardInput reads a stream with `for await`; the whole text is one chunk.
        stdin: [Buffer.from(request.stdin, 'utf8')] as unknown as CliIO['stdin'],
        cwd: request.cwd,
        env: request.env,
        isTTY: false,
      };
      // Nothing of an earlier call is reused: redactions are remembered within a call only.
      forgetRedactions();
      try {
        const exitCode = await options.runHook(request.argv, io);
        return { ...base, stdout: stdout.text(), stderr: stderr.text(), exitCode };
      } catch {
        return { ...base, fallback: 'error' };
      }
    }

    server.on('error', (err) => {
      clearInterval(watch);
      reject(new Error(`judge: cannot listen: ${err.message}`));
    });
    server.listen(`\0${name}`, () => {
      const state: JudgeState = {
        pid: process.pid,
        name,
        token,
        build: JUDGE_BUILD as string,
        node: process.execPath,
        nodeVersion: process.version,
        entry: options.entry,
        started: new Date().toISOString(),
      };
      // Which descriptor the socket is, for clients to look at first (they check it all the same).
      const inode = listeningInode(name);
      const fd = inode === undefined ? undefined : socketDescriptor(process.pid, inode);
      if (fd !== undefined) state.fd = fd;
      try {
        const temporary = `${stateFile}.${process.pid}.tmp`;
        const fd = openSync(temporary, 'wx', 0o600);
        writeSync(fd, JSON.stringify(state) + '\n');
        closeSync(fd);
        renameSync(temporary, stateFile);
      } catch (err) {
        server.close();
        clearInterval(watch);
        reject(new Error(`judge: cannot write ${stateFile}: ${(err as Error).message}`));
        return;
      }
      startIdle();
      // The idle time counts from the end of the warm-up.
      queue = queue.then(() => warmUp(dir, options.runHook, () => waiting > 0 || leaving !== undefined)).catch(() => undefined).then(() => leaving === undefined && startIdle());
      options.onListening?.(state, stateFile);
    });
  });
}
