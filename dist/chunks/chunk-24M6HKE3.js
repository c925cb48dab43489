import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  require_fs
} from "./chunk-CJM3AD5Z.js";
import {
  require_path
} from "./chunk-6XR2NURA.js";
import {
  __toESM
} from "./chunk-JSTIMTER.js";

// src/integrations/project-policies.ts
var import_node_fs = __toESM(require_fs(), 1);
var import_node_path = __toESM(require_path(), 1);
var ProjectPoliciesError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ProjectPoliciesError";
  }
};
function projectPoliciesDir(lookup) {
  const projectEnv = lookup.env.CLAUDE_PROJECT_DIR || void 0;
  const projectDir = projectEnv === void 0 ? void 0 : (0, import_node_path.resolve)(lookup.processCwd, projectEnv);
  if (lookup.given !== void 0) {
    const dir2 = (0, import_node_path.resolve)(projectDir ?? lookup.processCwd, lookup.given);
    if (!isDirectory(dir2)) throw new ProjectPoliciesError(`--policies ${lookup.given}: ${dir2} is not a folder
  fix: give the project's .safeclaw folder, best as an absolute path`);
    return { dir: dir2, how: "--policies" };
  }
  if (projectDir !== void 0) {
    const direct = (0, import_node_path.join)(projectDir, ".safeclaw");
    if (isDirectory(direct)) return { dir: direct, how: "CLAUDE_PROJECT_DIR" };
    const top2 = outermostWorkTree(projectDir);
    if (top2 !== void 0 && isDirectory((0, import_node_path.join)(top2, ".safeclaw"))) return { dir: (0, import_node_path.join)(top2, ".safeclaw"), how: "git top level of CLAUDE_PROJECT_DIR" };
    throw new ProjectPoliciesError(
      `no .safeclaw folder in CLAUDE_PROJECT_DIR (${projectDir})${top2 !== void 0 && top2 !== projectDir ? ` nor at its git top level (${top2})` : ""}
  fix: run \`safeclaw init\` in ${top2 ?? projectDir}, or pass --policies DIR`
    );
  }
  const start = (0, import_node_path.resolve)(lookup.processCwd, lookup.sessionCwd ?? ".");
  const top = outermostWorkTree(start);
  if (top === void 0) {
    throw new ProjectPoliciesError(
      `CLAUDE_PROJECT_DIR is not set and ${start} is not inside a git work tree, so SafeClaw cannot tell which project's policies apply
  fix: pass --policies /absolute/path/to/project/.safeclaw in the hook's command`
    );
  }
  if (lookup.sessionCwd !== void 0) {
    const hookTop = outermostWorkTree((0, import_node_path.resolve)(lookup.processCwd));
    if (hookTop !== top) {
      throw new ProjectPoliciesError(
        `the session's cwd (${start}) is in ${top}, but the hook runs in ${(0, import_node_path.resolve)(lookup.processCwd)} (${hookTop ?? "no git work tree"}): which project's policies apply is unclear
  fix: pass --policies /absolute/path/to/project/.safeclaw in the hook's command`
      );
    }
  }
  const dir = (0, import_node_path.join)(top, ".safeclaw");
  if (!isDirectory(dir)) {
    throw new ProjectPoliciesError(
      `no .safeclaw folder at the git top level ${top} (a nested repository's or a subfolder's .safeclaw never decides)
  fix: run \`safeclaw init\` in ${top}, or pass --policies DIR`
    );
  }
  return { dir, how: "git top level" };
}
function outermostWorkTree(dir) {
  let found;
  for (let current = (0, import_node_path.resolve)(dir); ; current = (0, import_node_path.dirname)(current)) {
    if (exists((0, import_node_path.join)(current, ".git"))) found = current;
    if ((0, import_node_path.dirname)(current) === current) return found;
  }
}
function isDirectory(path) {
  try {
    return (0, import_node_fs.statSync)(path).isDirectory();
  } catch {
    return false;
  }
}
function exists(path) {
  try {
    (0, import_node_fs.statSync)(path);
    return true;
  } catch {
    return false;
  }
}

export {
  projectPoliciesDir
};
