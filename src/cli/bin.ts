#!/usr/bin/env node
// Entry point of the `safeclaw` binary: real process streams into `main`.
// No static import but ./judge-client.ts (bundled into cli.js itself, loading only
// node:fs and node:net when asked): a hook call that a judge answers loads no chunk.
import { askJudge, readAllInput, writeAllOutput } from './judge-client.js';

// Not Node's on-disk compile cache (module.enableCompileCache, Node 22 and later):
// with the hook's own bundle it saves ~5 ms of a ~140 ms hook call on Node 24 (CPU),
// and Node 20 has none. In the shared temp folder, anyone who may write to /tmp (any
// agent command) could plant an entry. Inside dist/, used only while this user owns
// dist/ and no one else may write to it, an entry would be no easier to plant than
// cli.js itself, but harder to see: Node checks it only against unkeyed checksums
// of its own bytes and of the source, so a planted entry runs as the hook (allows
// everything, skips the audit) while every .js file still reads as shipped, and
// neither a review nor a diff against the package shows it. The hook would also
// write into the package, where `npm pack` and the dist/ freshness check pick the
// entries up. Not worth 4%.

// From Node 22, V8 tiers the shell parser's WebAssembly up with its optimising
// compiler after a few hundred parses, which briefly takes ~500 MB for a large
// `check`; WebAssembly's baseline compiler alone is as fast here and stays under
// 100 MB. V8 reads the flag only at start-up, so `check` runs itself again with it,
// and with the young generation's semi-spaces capped at 8 MB (Node 24 lets them grow
// far larger: ~100 MB more peak on a large PR, no faster; see src/action/launch.ts).
// Where Node has process.execve (22.15+, 23.11+, not Windows), `check` replaces itself
// with that run, as the Action's launcher does: one process (its pid, stdio, exit code
// and signals are the run's), not a waiting parent holding ~50 MB; an execve that fails
// throws, and the process ends with an error instead of a verdict. Elsewhere a child
// runs it and its exit code is ours. node:child_process is loaded only then (~1 ms of
// every other command's start, a hook call's included).
const argv = process.argv.slice(2);
const nodeMajor = Number(process.versions.node.split('.')[0]);
if (argv[0] === 'check' && nodeMajor >= 22 && !process.execArgv.includes('--liftoff-only')) {
  const { fileURLToPath } = await import('node:url');
  const args = ['--liftoff-only', '--max-semi-space-size=8', ...process.execArgv, fileURLToPath(import.meta.url), ...argv];
  const execve = (process as { execve?: (file: string, args: string[], env: NodeJS.ProcessEnv) => never }).execve;
  if (execve !== undefined && process.platform !== 'win32') execve.call(process, process.execPath, [process.execPath, ...args], process.env);
  const { spawnSync } = await import('node:child_process');
  const again = spawnSync(process.execPath, args, { stdio: 'inherit' });
  process.exit(again.status ?? 2);
}

// Made only when used: process.stdout's stream costs ~3-4 ms to set up on a pipe (so does
// process.stderr's), and a hook call writes its one answer with writeSync (io.stdoutFd).
let stdoutWatched = false;
function standardOutput(): NodeJS.WriteStream {
  if (!stdoutWatched) {
    stdoutWatched = true;
    // A reader that goes away (`safeclaw audit show … | head`) is not an error of ours.
    process.stdout.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
  return process.stdout;
}

// A hook call asks this install's long-lived judge, if one runs and proves to be
// ours (./judge-server.ts); any failure, a missing judge the usual one, judges
// in-process below, silently (with the standard input the client read, if it did).
let readInput: Buffer | undefined;
const entry = (import.meta as { filename?: string }).filename;
const answer =
  argv[0] === 'hook' && entry !== undefined
    ? await askJudge(argv, process.env, process.cwd(), entry, async () => {
        readInput = await readAllInput();
        return readInput;
      })
    : undefined;

if (answer !== undefined) {
  writeAllOutput(1, answer.stdout);
  writeAllOutput(2, answer.stderr);
  process.exitCode = answer.exitCode;
} else {
  // The hook, a process per tool call, has an entry of its own (./hook-main.ts), and so has the judge.
  const { main } = argv[0] === 'hook' || argv[0] === 'judge' ? await import('./hook-main.js') : await import('./main.js');
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
      return readInput === undefined ? process.stdin : ([readInput] as unknown as NodeJS.ReadStream);
    },
    stdinFd: readInput === undefined ? 0 : undefined,
    cwd: process.cwd(),
    env: process.env,
    get isTTY() {
      return Boolean(standardOutput().isTTY) && process.env.NO_COLOR === undefined;
    },
  });
  process.exitCode = code;
}
