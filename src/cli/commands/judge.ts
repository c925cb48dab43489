// `safeclaw judge serve|start|stop|status`: the long-lived local judge that
// `safeclaw hook` asks instead of loading everything for every tool call (the
// server and its trust analysis: ../judge-server.ts; the client: ../judge-client.ts).
// Started explicitly (a session-start hook runs `judge start`), never by a hook call.
// In the hook's bundle (hook-main.ts), so node:child_process is taken only when used.
import type * as ChildProcess from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import { parseCommandArgs } from '../args.js';
import { CLAUDE_CODE_JUDGE_START_COMMAND } from './hook.js';
import { UsageError, type CliIO } from '../io.js';
import { isJudgeCommandLine, isOurJudge, JUDGE_BUILD, judgeNodeFlags, listeningInode, readJudgeState, usableJudge, type JudgeState } from '../judge-client.js';
import { JUDGE_IDLE_MS, judgePlace, prepareFolder, serveJudge, type HookRunner } from '../judge-server.js';

export const JUDGE_HELP = `Usage: safeclaw judge serve|start|stop|status [--idle-minutes N] [--quiet]

A long-lived local judge for \`safeclaw hook\`: a warm process that runs each hook
call (the same code, policies read from disk per call and compiled again whenever
they changed, the audit appended per call)
so a tool call costs a connection instead of a Node start with all of SafeClaw.
A hook call asks it only after verifying, through /proc, that the listener is this
install's judge on this Node; otherwise, and on any failure, it judges in-process.
Linux only; elsewhere \`start\` says so and hooks run in-process.

  serve    run in the foreground
  start    start it in the background if it is not running (idempotent)
  stop     stop it
  status   say whether it runs (exit 0) or not (exit 1)

It exits by itself after ${JUDGE_IDLE_MS / 60000} minutes without a call (--idle-minutes N) and when its
code on disk changes. Claude Code starts it with each session (a SessionStart hook):

  {"hooks":{"SessionStart":[{"hooks":[{"type":"command","command":${JSON.stringify(CLAUDE_CODE_JUDGE_START_COMMAND)}}]}]}}
`;

const OPTIONS = {
  'idle-minutes': { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The caller's environment without what would preload code into the judge (its clients refuse a judge with any). */
function judgeEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NODE_OPTIONS: _options, LD_PRELOAD: _preload, LD_AUDIT: _audit, ...rest } = env;
  return rest;
}

function childProcess(): typeof ChildProcess {
  return process.getBuiltinModule('node:child_process');
}

/** This install's cli.js, by its real path (the judge's command line must name it so: judge-client.ts). */
function installEntry(): string {
  return realpathSync(process.argv[1]);
}

/** The judge's command line as the kernel shows it (Node makes process.argv[1] absolute; /proc keeps what was typed). */
function ownCommandLine(): string[] | undefined {
  try {
    return readFileSync('/proc/self/cmdline', 'utf8').split('\0');
  } catch {
    return undefined;
  }
}

function describe(state: JudgeState, stateFile: string): string {
  return `pid ${state.pid}, listening on the abstract socket @${state.name}, state ${stateFile}, Node ${state.nodeVersion}, started ${state.started}`;
}

/** The judge recorded for this install, if that process really is one (any build). */
function runningJudge(stateFile: string, entry: string): JudgeState | undefined {
  const state = readJudgeState(stateFile);
  if (state === undefined) return undefined;
  const inode = listeningInode(state.name);
  return inode !== undefined && isOurJudge(state.pid, inode, entry, state.fd) ? state : undefined;
}

async function waitFor(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return check();
}

export async function judgeCommand(argv: string[], io: CliIO, runHook: HookRunner): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, 'judge');
  if (values.help) {
    io.stdout.write(JUDGE_HELP);
    return 0;
  }
  const action = positionals[0];
  if (positionals.length !== 1 || !['serve', 'start', 'stop', 'status'].includes(action)) {
    throw new UsageError(`judge: give one of serve, start, stop, status (got "${positionals.join(' ')}")`);
  }
  const idleMinutes = values['idle-minutes'] === undefined ? undefined : Number(values['idle-minutes']);
  if (idleMinutes !== undefined && !(Number.isFinite(idleMinutes) && idleMinutes > 0)) throw new UsageError(`judge: --idle-minutes must be a positive number, got "${values['idle-minutes']}"`);
  const say = (text: string) => {
    if (!values.quiet) io.stdout.write(text + '\n');
  };
  const entry = installEntry();
  const place = judgePlace(io.env, entry);
  if ('problem' in place) {
    // A session start must not fail where there is no judge: the hooks judge in-process.
    if (action === 'status') {
      say(`safeclaw judge: not running (${place.problem})`);
      return 1;
    }
    if (action !== 'serve') {
      say(`safeclaw judge: ${place.problem}`);
      return 0;
    }
    throw new UsageError(`judge: ${place.problem}`);
  }

  if (action === 'status') {
    const state = runningJudge(place.stateFile, entry);
    if (state === undefined) {
      say('safeclaw judge: not running (hook calls judge in-process)');
      return 1;
    }
    const current = state.build === JUDGE_BUILD && state.node === process.execPath && state.nodeVersion === process.version;
    say(`safeclaw judge: running, ${describe(state, place.stateFile)}${current ? '' : ' (another build or Node: hook calls of this one judge in-process)'}`);
    return 0;
  }

  if (action === 'stop') {
    const state = runningJudge(place.stateFile, entry);
    if (state === undefined) {
      say('safeclaw judge: not running');
      return 0;
    }
    process.kill(state.pid, 'SIGTERM');
    const gone = await waitFor(() => runningJudge(place.stateFile, entry) === undefined, 3000);
    say(gone ? `safeclaw judge: stopped (pid ${state.pid})` : `safeclaw judge: pid ${state.pid} did not stop within 3 s`);
    return gone ? 0 : 1;
  }

  const idleMs = idleMinutes === undefined ? undefined : idleMinutes * 60000;
  if (action === 'serve') {
    const own = ownCommandLine();
    const env = judgeEnvironment(io.env);
    if (own === undefined || !isJudgeCommandLine(own, entry) || Object.keys(env).length !== Object.keys(io.env).length) {
      // Clients believe only the command line and environment `start` gives (judge-client.ts): run again with those.
      const again = childProcess().spawnSync(process.execPath, [...judgeNodeFlags(), entry, 'judge', 'serve', ...argv.slice(1)], { stdio: 'inherit', env });
      return again.status ?? 1;
    }
    // SIGUSR1 would open Node's inspector (on 127.0.0.1:9229, for any local user) in the judge: a
    // listener replaces that default on Node 20 and 24 alike; --disable-sigusr1 where Node has it.
    process.on('SIGUSR1', () => {});
    const reason = await serveJudge(
      { entry, runHook, idleMs, onListening: (state, stateFile) => say(`safeclaw judge: serving, ${describe(state, stateFile)}`) },
      io.env,
    );
    say(`safeclaw judge: exiting (${reason})`);
    return 0;
  }

  // start
  const folderTrouble = prepareFolder(place.dir);
  if (folderTrouble !== undefined) {
    io.stderr.write(`safeclaw judge: not started: ${folderTrouble}\n  fix: remove it, or set XDG_RUNTIME_DIR to a folder only you can enter\n`);
    return 1;
  }
  const current = usableJudge(io.env, entry);
  if (current !== undefined) {
    say(`safeclaw judge: already running, ${describe(current.state, place.stateFile)}`);
    return 0;
  }
  // One of another build or Node (an upgrade) is stopped first.
  const stale = runningJudge(place.stateFile, entry);
  if (stale !== undefined) {
    process.kill(stale.pid, 'SIGTERM');
    await waitFor(() => runningJudge(place.stateFile, entry) === undefined, 3000);
  }
  const child = childProcess().spawn(process.execPath, [...judgeNodeFlags(), entry, 'judge', 'serve', '--quiet', ...(idleMinutes === undefined ? [] : ['--idle-minutes', String(idleMinutes)])], {
    detached: true,
    stdio: 'ignore',
    cwd: '/',
    env: judgeEnvironment(io.env),
  });
  child.unref();
  const pid = child.pid;
  const up = await waitFor(() => usableJudge(io.env, entry)?.state.pid === pid, 5000);
  const started = usableJudge(io.env, entry);
  if (!up || started === undefined) {
    io.stderr.write(`safeclaw judge: did not start within 5 s (hook calls judge in-process)\n`);
    return 1;
  }
  say(`safeclaw judge: started, ${describe(started.state, place.stateFile)}`);
  return 0;
}
