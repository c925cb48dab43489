// `main` for `safeclaw hook …` and `safeclaw judge …`. A hook call is a new process
// for every tool call, so in the bundle this entry is a file of its own
// (dist/hook-main.js, see scripts/build.mjs) holding all the hook runs, instead of
// main.js and the dozen chunks the shared bundle splits the same code into. The
// same command and the same error reporting as `main(['hook', …])`. The judge
// (./judge-server.ts) lives here too, so that it runs this very file's hook code.
import { hookCommand } from './commands/hook.js';
import { judgeCommand } from './commands/judge.js';
import type { CliIO } from './io.js';
import { reportError } from './report-error.js';

export async function main(argv: string[], io: CliIO): Promise<number> {
  if (argv[0] === 'judge') {
    try {
      return await judgeCommand(argv.slice(1), io, runHook);
    } catch (err) {
      return reportError(err, io);
    }
  }
  return runHook(argv, io);
}

/** One hook call, `argv` starting with `hook`: what a hook process and the judge both run. */
export async function runHook(argv: string[], io: CliIO): Promise<number> {
  try {
    return await hookCommand(argv.slice(1), io);
  } catch (err) {
    return reportError(err, io);
  }
}
