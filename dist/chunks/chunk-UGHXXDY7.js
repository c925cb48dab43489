import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-P2I2JZ74.js";
import {
  require_fs
} from "./chunk-CJM3AD5Z.js";
import {
  require_path
} from "./chunk-6XR2NURA.js";
import {
  __toESM
} from "./chunk-JSTIMTER.js";

// src/cli/policies-dir.ts
var import_node_fs = __toESM(require_fs(), 1);
var import_node_path = __toESM(require_path(), 1);
function findPoliciesDir(cwd, given) {
  if (given !== void 0) return (0, import_node_path.resolve)(cwd, given);
  let dir = (0, import_node_path.resolve)(cwd);
  for (; ; ) {
    const candidate = (0, import_node_path.join)(dir, ".safeclaw");
    let found;
    try {
      found = (0, import_node_fs.statSync)(candidate);
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
    const parent = (0, import_node_path.dirname)(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new UsageError(
    `no .safeclaw folder in ${(0, import_node_path.resolve)(cwd)} or any parent
  fix: run \`safeclaw init\` to create one with deny-all defaults, or pass --policies DIR`
  );
}

export {
  findPoliciesDir
};
