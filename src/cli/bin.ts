#!/usr/bin/env node
// Entry point of the `safeclaw` binary: real process streams into `main`.
import { main } from './main.js';

// A reader that goes away (`safeclaw audit show … | head`) is not an error of ours.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY) && process.env.NO_COLOR === undefined,
});
process.exitCode = code;
