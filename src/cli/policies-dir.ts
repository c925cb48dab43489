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
    try {
      if (statSync(candidate).isDirectory()) return candidate;
    } catch {
      // not here; look further up
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new UsageError(
    `no .safeclaw folder in ${resolve(cwd)} or any parent\n  fix: run \`safeclaw init\` to create one with deny-all defaults, or pass --policies DIR`,
  );
}
