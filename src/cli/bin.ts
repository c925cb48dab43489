#!/usr/bin/env node
// Entry point of the `safeclaw` binary: real process streams into `main`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

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
const argv = process.argv.slice(2);
const nodeMajor = Number(process.versions.node.split('.')[0]);
if (argv[0] === 'check' && nodeMajor >= 22 && !process.execArgv.includes('--liftoff-only')) {
  const flags = ['--liftoff-only', '--max-semi-space-size=8'];
  const again = spawnSync(process.execPath, [...flags, ...process.execArgv, fileURLToPath(import.meta.url), ...argv], { stdio: 'inherit' });
  process.exit(again.status ?? 2);
}

// A reader that goes away (`safeclaw audit show … | head`) is not an error of ours.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

// The hook, a process per tool call, has an entry of its own (./hook-main.ts).
const { main } = argv[0] === 'hook' ? await import('./hook-main.js') : await import('./main.js');
const code = await main(argv, {
  stdout: process.stdout,
  stderr: process.stderr,
  // Made only when read: process.stdin's stream costs ~4 ms to set up, and most commands never read it.
  get stdin() {
    return process.stdin;
  },
  stdinFd: 0,
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY) && process.env.NO_COLOR === undefined,
});
process.exitCode = code;
