// Where `--policies` points when it is not given: `.safeclaw` in the current
// folder or the nearest parent that has one (like git finds `.git`).
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from './io.js';

export function findPoliciesDir(cwd: string, given?: string): string {
  if (given !== undefined) return resolve(cwd, given);
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, '.safeclaw');
    // Only "nothing there" sends the search further up: a `.safeclaw` that is a file, a
    // link loop or unreadable is this folder's, broken, and a parent's must not stand in for it.
    let found;
    try {
      found = statSync(candidate);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        throw new UsageError(`${candidate} cannot be used (${code === 'ELOOP' ? 'a loop of symbolic links' : code})\n  fix: make it the .safeclaw folder, or pass --policies DIR`);
      }
    }
    if (found?.isDirectory()) return candidate;
    if (found) throw new UsageError(`${candidate} is a file, not the .safeclaw folder\n  fix: remove or rename it, or pass --policies DIR`);
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new UsageError(
    `no .safeclaw folder in ${resolve(cwd)} or any parent\n  fix: run \`safeclaw init\` to create one with deny-all defaults, or pass --policies DIR`,
  );
}
