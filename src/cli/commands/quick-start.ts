// `safeclaw` with no command: the original quick start (`npx @authensor/safeclaw`).
// In a project without SafeClaw it does what `init` does; anywhere else it
// prints the usage. It writes files, so it refuses the places a stray run
// would do harm:
// - a folder already governed by a `.safeclaw` here or above (a nested one would
//   shadow the project's policy for every command run below it);
// - the home folder or the file-system root (every project below would find it);
// - a subfolder of a git repository (the project's policy belongs at its top);
// - no person at a terminal (standard input not a TTY): a hook or script that
//   lost its subcommand must fail (exit 2), not set up files and exit 0, which
//   Claude Code would read as "let the tool call run".
import { statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, parse, resolve } from 'node:path';
import type { CliIO } from '../io.js';
import { MAIN_HELP } from '../main.js';
import { writeSafeclawFolder } from './init.js';

export async function quickStart(io: CliIO): Promise<number> {
  const cwd = resolve(io.cwd);
  const governing = nearestAbove(cwd, '.safeclaw', 'directory');
  if (governing !== null) {
    io.stdout.write(`${MAIN_HELP}\nSafeClaw's policies for this folder: ${governing}\n`);
    return 2;
  }
  const refusal = refusalFor(cwd, io);
  if (refusal !== null) {
    io.stdout.write(MAIN_HELP);
    io.stderr.write(`\nsafeclaw: no command given, and no .safeclaw folder in ${cwd} or above.\n  ${refusal}\n`);
    return 2;
  }
  return writeSafeclawFolder(cwd, { force: false }, io);
}

/** Why the quick start must not create `.safeclaw/` in CWD, with what to do instead; null when it may. */
function refusalFor(cwd: string, io: CliIO): string | null {
  if (cwd === parse(cwd).root) {
    return 'not creating .safeclaw/ at the file-system root: every folder on the machine would be judged by it\n  fix: cd into your project and run it again, or run `safeclaw init DIR`';
  }
  const home = io.env.HOME ? resolve(io.env.HOME) : homedir();
  if (cwd === home) {
    return `not creating .safeclaw/ in your home folder (${home}): every project below it without its own would be judged by it\n  fix: cd into your project and run it again, or run \`safeclaw init DIR\``;
  }
  const repository = nearestAbove(cwd, '.git', 'any');
  if (repository !== null && dirname(repository) !== cwd) {
    const top = dirname(repository);
    return `this folder is inside the git repository ${top}, whose policies belong at its top level\n  fix: cd ${top} and run it again, or run \`safeclaw init .\` to create it here anyway`;
  }
  if (!(io.stdin as { isTTY?: boolean }).isTTY) {
    return 'not setting it up without a person at a terminal (standard input is not a TTY)\n  fix: run `safeclaw init` to create it here, or give a command';
  }
  return null;
}

/** The nearest `NAME` in DIR or a parent (a `.git` may be a file, in worktrees and submodules). */
function nearestAbove(dir: string, name: string, kind: 'directory' | 'any'): string | null {
  for (let at = dir; ; at = dirname(at)) {
    const candidate = join(at, name);
    try {
      const info = statSync(candidate);
      if (kind === 'any' || info.isDirectory()) return candidate;
    } catch {
      // not here; look further up
    }
    if (dirname(at) === at) return null;
  }
}
