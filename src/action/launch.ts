// Entry point of dist/launch.js (action.yml `main`): runs the Action itself
// (dist/index.js) on the same Node with V8 flags that action.yml cannot pass.
// Node's built-ins only, so it starts in a few milliseconds and nothing of
// SafeClaw is loaded twice.
//
// Why: on Node 22+ V8 tiers the shell parser's WebAssembly up with its
// optimising compiler after a few hundred parses; on a large PR that briefly
// takes ~400 MB more (the Action peaked at ~700 MB on Node 24). WebAssembly's
// baseline compiler alone (--liftoff-only) is as fast for this work and stays
// small. V8 reads the flag only at start-up: NODE_OPTIONS refuses it and
// v8.setFlagsFromString has no effect once the engine runs. And Node 24's V8
// lets the young generation's semi-spaces grow far larger for a heap this size
// than Node 20's; capped at 8 MB, the gate of the benchmark's 26,000-action PR peaks at
// ~330 MB instead of ~430 MB, as fast (the live heap is what remains: a cap on
// the old space would only crash it).
//
// How: where Node has process.execve (Node 23.11+ and 22.15+, not Windows; the
// Action runs on Node 24), the launcher replaces itself with the gate: one
// process, whose memory is the gate's alone (a second, waiting Node held ~50 MB
// for nothing). Elsewhere it starts the gate as a child process and waits.
//
// Fail closed: the Action must never pass because the gate did not run. A gate
// that cannot be found fails the step (exit 1) with an ::error:: saying why. A
// replaced process is the gate: its exit code or the signal that ended it is
// the step's (an execve that fails aborts the launcher, which fails the step
// too). A child that cannot start, or ends by a signal, fails the step (exit 1)
// with an ::error::; otherwise the child's exit code is the step's.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The V8 flags the Action runs with (see above). */
export const ACTION_NODE_FLAGS = ['--liftoff-only', '--max-semi-space-size=8'];

/** A workflow command the runner shows as an error on the step (escaped as @actions/core does). */
function reportFailure(message: string, write: (text: string) => void = (text) => process.stdout.write(text)): void {
  const escaped = message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  write(`::error::SafeClaw could not start: ${escaped}\n`);
}

/** process.execve (absent from the Node 20 typings this project builds with). */
type Execve = (file: string, args: string[], env: NodeJS.ProcessEnv) => never;

export interface GateStart {
  /** The Node binary (the one running the launcher). */
  node: string;
  /** dist/index.js. */
  entry: string;
  /** The launcher's own Node flags, passed on after ACTION_NODE_FLAGS. */
  execArgv: string[];
  /** Where the ::error:: line goes (the runner reads it from stdout). */
  write?: (text: string) => void;
  /** Replaces this process with the gate; null starts a child process instead. Default: process.execve where Node has it. */
  execve?: Execve | null;
}

const processExecve = (process as { execve?: Execve }).execve?.bind(process) ?? null;

/**
 * Runs the gate with stdio and the environment inherited: in this process
 * (execve, which never returns), else as a child process; resolves to the
 * step's exit code: the child's own, or 1 (with an ::error::) when it could not
 * start or ended by a signal.
 */
export function startGate({ node, entry, execArgv, write, execve = processExecve }: GateStart): Promise<number> {
  if (!existsSync(entry)) {
    reportFailure(`${entry} is missing next to the launcher (a broken checkout of the Action?)`, write);
    return Promise.resolve(1);
  }
  const args = [...ACTION_NODE_FLAGS, ...execArgv, entry];
  if (execve) {
    // execve cannot report a missing binary as an error (it aborts): looked for first.
    if (!existsSync(node)) {
      reportFailure(`${node} ${args.join(' ')}: ENOENT (no such file)`, write);
      return Promise.resolve(1);
    }
    execve(node, [node, ...args], process.env);
  }
  return new Promise((done) => {
    let failed = false;
    const fail = (message: string) => {
      if (!failed) reportFailure(message, write);
      failed = true;
    };
    let child: ChildProcess;
    try {
      child = spawn(node, args, { stdio: 'inherit', env: process.env });
    } catch (err) {
      fail(`${node}: ${(err as Error).message}`);
      done(1);
      return;
    }
    // A cancelled run signals this process; the gate is the child, so it is told too.
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
    for (const signal of signals) process.on(signal, forward);
    const finish = (code: number) => {
      for (const signal of signals) process.off(signal, forward);
      done(failed ? 1 : code);
    };
    child.on('error', (err) => {
      fail(`${node} ${ACTION_NODE_FLAGS.join(' ')} ${entry}: ${err.message}`);
      // A child that never started emits no 'exit'.
      if (child.pid === undefined) finish(1);
    });
    child.on('exit', (code, signal) => {
      if (signal !== null) fail(`the gate process ended by ${signal} before it finished (out of memory, or the run was cancelled)`);
      finish(code ?? 1);
    });
  });
}

/** Run as the entry point (dist/launch.js started by the runner), not imported by a test. */
function isEntryPoint(): boolean {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  const entry = fileURLToPath(new URL('./index.js', import.meta.url));
  if (ACTION_NODE_FLAGS.every((flag) => process.execArgv.includes(flag))) {
    // Already started with the flags (by hand, or a runner that passes them): run the gate in this process.
    import(pathToFileURL(entry).href).catch((err: Error) => {
      reportFailure(err.message);
      process.exitCode = 1;
    });
  } else {
    process.exitCode = await startGate({ node: process.execPath, entry, execArgv: process.execArgv });
  }
}
