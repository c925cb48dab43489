import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-P2I2JZ74.js";

// src/cli/policies-dir.ts
import { statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
function findPoliciesDir(cwd, given) {
  if (given !== void 0) return resolve(cwd, given);
  let dir = resolve(cwd);
  for (; ; ) {
    const candidate = join(dir, ".safeclaw");
    try {
      if (statSync(candidate).isDirectory()) return candidate;
    } catch {
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new UsageError(
    `no .safeclaw folder in ${resolve(cwd)} or any parent
  fix: run \`safeclaw init\` to create one with deny-all defaults, or pass --policies DIR`
  );
}

export {
  findPoliciesDir
};
