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
    let found;
    try {
      found = statSync(candidate);
    } catch (err) {
      const code = err.code;
      if (code !== "ENOENT" && code !== "ENOTDIR") {
        throw new UsageError(`${candidate} cannot be used (${code === "ELOOP" ? "a loop of symbolic links" : code})
  fix: make it the .safeclaw folder, or pass --policies DIR`);
      }
    }
    if (found?.isDirectory()) return candidate;
    if (found) throw new UsageError(`${candidate} is a file, not the .safeclaw folder
  fix: remove or rename it, or pass --policies DIR`);
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
