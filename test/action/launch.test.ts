// dist/launch.js (action.yml `main`) runs dist/index.js with --liftoff-only, in
// its own process where Node has process.execve (Node 24), else as a child
// process: the flags, the environment, stdin/stdout/stderr and the exit code
// pass through, and a gate that cannot start or is killed fails the step.
// The launcher is the bundled one (a fresh build); the entry it starts is a
// stand-in that reports what it received, except in the last test, where it is
// the real bundled Action on a real checkout.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ACTION_NODE_FLAGS, startGate } from '../../src/action/launch.js';
import { buildAction, CHANGES, cleanupRun, makeCheckout, pullRequestPayload, runAction } from './runner.js';

let dist: string;
let work: string;
const hasExecve = typeof (process as { execve?: unknown }).execve === 'function';

before(async () => {
  dist = await buildAction();
  work = mkdtempSync(join(tmpdir(), 'safeclaw-launch-test-'));
});
after(() => {
  rmSync(dist, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

let folders = 0;

/** A folder holding the bundled launcher (with the chunk it imports) and `index` as its index.js. */
function launcherWith(index: string | null): string {
  const dir = join(work, `case-${folders++}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  copyFileSync(join(dist, 'launch.js'), join(dir, 'launch.js'));
  cpSync(join(dist, 'chunks'), join(dir, 'chunks'), { recursive: true });
  if (index !== null) writeFileSync(join(dir, 'index.js'), index);
  return dir;
}

interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function runLauncher(dir: string, options: { stdin?: string; env?: Record<string, string>; execArgv?: string[]; onSpawn?: (pid: number) => void; onStdout?: (text: string) => void } = {}): Promise<Ran> {
  const child = spawn(process.execPath, [...(options.execArgv ?? []), join(dir, 'launch.js')], {
    env: { ...process.env, ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    options.onStdout?.(stdout);
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdin.end(options.stdin ?? '');
  if (child.pid !== undefined) options.onSpawn?.(child.pid);
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr }));
  });
}

/** Reports what the gate process got: its flags, one variable, its stdin; exits with $EXIT_WITH. */
const REPORTER = `
import { readFileSync } from 'node:fs';
const stdin = readFileSync(0, 'utf8');
process.stdout.write(JSON.stringify({ execArgv: process.execArgv, marker: process.env.SAFECLAW_LAUNCH_MARKER, stdin, pid: process.pid, ppid: process.ppid }) + '\\n');
process.stderr.write('to stderr\\n');
process.exitCode = Number(process.env.EXIT_WITH ?? 0);
`;

describe('dist/launch.js', () => {
  test('starts index.js with --liftoff-only, passing the environment, stdin, stdout and stderr through', async () => {
    const ran = await runLauncher(launcherWith(REPORTER), { stdin: 'the event\n', env: { SAFECLAW_LAUNCH_MARKER: 'kept' } });
    assert.equal(ran.code, 0, ran.stderr);
    const seen = JSON.parse(ran.stdout) as { execArgv: string[]; marker: string; stdin: string };
    assert.deepEqual(seen.execArgv, ['--liftoff-only', '--max-semi-space-size=8']);
    assert.equal(seen.marker, 'kept');
    assert.equal(seen.stdin, 'the event\n');
    assert.equal(ran.stderr, 'to stderr\n');
  });

  test("the gate's exit code is the step's", async () => {
    for (const code of [1, 2, 3, 70]) {
      const ran = await runLauncher(launcherWith(REPORTER), { env: { EXIT_WITH: String(code) } });
      assert.equal(ran.code, code);
    }
  });

  test("the launcher's own Node flags reach the gate too (after --liftoff-only)", async () => {
    const ran = await runLauncher(launcherWith(REPORTER), { execArgv: ['--max-old-space-size=1234'] });
    assert.equal(ran.code, 0, ran.stderr);
    const { execArgv } = JSON.parse(ran.stdout) as { execArgv: string[] };
    assert.deepEqual(execArgv, [...ACTION_NODE_FLAGS, '--max-old-space-size=1234']);
  });

  test('started with --liftoff-only already, it runs the gate in its own process (no second process)', async () => {
    const ran = await runLauncher(launcherWith(`process.stdout.write(JSON.stringify({ pid: process.pid, argv1: process.argv[1] }) + '\\n');`), { execArgv: ACTION_NODE_FLAGS });
    assert.equal(ran.code, 0, ran.stderr);
    assert.match((JSON.parse(ran.stdout) as { argv1: string }).argv1, /launch\.js$/, 'index.js ran inside the launcher');
  });

  test('a missing index.js fails the step with an ::error::', async () => {
    const ran = await runLauncher(launcherWith(null));
    assert.equal(ran.code, 1);
    assert.match(ran.stdout, /^::error::SafeClaw could not start: .*index\.js is missing/m);
  });

  test('a gate that throws before it starts fails the step', async () => {
    const ran = await runLauncher(launcherWith('throw new Error("broken bundle");'));
    assert.notEqual(ran.code, 0);
    assert.match(ran.stderr, /broken bundle/);
  });

  test('where Node has process.execve, the gate replaces the launcher: one process, no waiting Node beside it', { skip: !hasExecve }, async () => {
    let launcher = 0;
    const ran = await runLauncher(launcherWith(REPORTER), { onSpawn: (pid) => (launcher = pid) });
    assert.equal(ran.code, 0, ran.stderr);
    assert.equal((JSON.parse(ran.stdout) as { pid: number }).pid, launcher);
  });

  test('where Node has no process.execve, the gate is a child process of the launcher', { skip: hasExecve }, async () => {
    let launcher = 0;
    const ran = await runLauncher(launcherWith(REPORTER), { onSpawn: (pid) => (launcher = pid) });
    assert.equal(ran.code, 0, ran.stderr);
    assert.equal((JSON.parse(ran.stdout) as { ppid: number }).ppid, launcher);
  });

  test('a gate killed by a signal (the kernel out of memory) fails the step, never exit 0', async () => {
    const ran = await runLauncher(launcherWith(`process.kill(process.pid, 'SIGKILL');`));
    if (hasExecve) {
      // The step's own process is the gate: the runner fails a step ended by a signal.
      assert.equal(ran.signal, 'SIGKILL');
    } else {
      assert.equal(ran.code, 1);
      assert.match(ran.stdout, /^::error::SafeClaw could not start: the gate process ended by SIGKILL/m);
    }
  });

  test('a gate child process killed by a signal fails the step with an ::error::', async () => {
    const entry = join(launcherWith(`process.kill(process.pid, 'SIGKILL');`), 'index.js');
    const written: string[] = [];
    const code = await startGate({ node: process.execPath, entry, execArgv: [], execve: null, write: (text) => written.push(text) });
    assert.equal(code, 1);
    assert.match(written.join(''), /^::error::SafeClaw could not start: the gate process ended by SIGKILL/m);
  });

  test('execve is given the Node, the flags, the entry and the environment', () => {
    const entry = join(launcherWith(REPORTER), 'index.js');
    const calls: unknown[][] = [];
    const replaced = new Error('replaced');
    const execve = (...args: unknown[]): never => {
      calls.push(args);
      throw replaced;
    };
    assert.throws(() => startGate({ node: process.execPath, entry, execArgv: ['--max-old-space-size=1234'], execve }), replaced);
    assert.deepEqual(calls, [[process.execPath, [process.execPath, ...ACTION_NODE_FLAGS, '--max-old-space-size=1234', entry], process.env]]);
  });

  test('a gate that cannot be started fails the step with an ::error::', async () => {
    const entry = join(launcherWith(REPORTER), 'index.js');
    for (const execve of [undefined, null]) {
      const written: string[] = [];
      const code = await startGate({ node: join(work, 'no-such-node'), entry, execArgv: [], execve, write: (text) => written.push(text) });
      assert.equal(code, 1);
      assert.match(written.join(''), /^::error::SafeClaw could not start: .*no-such-node.*ENOENT/m);
    }
  });

  test('SIGTERM to the launcher (a cancelled run) reaches the gate, and the step does not pass', async () => {
    const waiting = `
process.on('SIGTERM', () => { process.stdout.write('gate got SIGTERM\\n'); process.exit(143); });
process.stdout.write('ready\\n');
setInterval(() => {}, 1000);
`;
    let launcher = 0;
    let cancelled = false;
    const ran = await runLauncher(launcherWith(waiting), {
      onSpawn: (pid) => (launcher = pid),
      // The gate shares the launcher's stdout: once it says ready, cancel the launcher.
      onStdout: (text) => {
        if (text.includes('ready') && !cancelled) cancelled = process.kill(launcher, 'SIGTERM');
      },
    });
    assert.match(ran.stdout, /gate got SIGTERM/);
    assert.equal(ran.code, 143);
  });

  test('the real bundled Action, started through the launcher, judges a PR to its verdict', async () => {
    const root = mkdtempSync(join(work, 'action-'));
    const checkout = await makeCheckout(root, CHANGES.deny);
    // The runner helper starts `NODE dist/index.js`; this NODE starts the launcher beside it instead.
    const node = join(root, 'node-via-launcher.sh');
    writeFileSync(node, `#!/bin/sh\nexec "${process.execPath}" "$(dirname "$1")/launch.js"\n`);
    chmodSync(node, 0o755);
    const run = await runAction({ dist, workspace: checkout.dir, event: 'pull_request', payload: pullRequestPayload(checkout), node, inputs: { comment: 'never' } });
    try {
      assert.equal(run.code, 1, run.stdout + run.stderr);
      assert.equal(run.outputs.verdict, 'deny');
      assert.match(run.stdout, /::error::SafeClaw: \d+ actions? denied/);
    } finally {
      cleanupRun(run);
    }
  });
});
