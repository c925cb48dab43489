import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);

// src/integrations/project-policies.ts
import { statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
var ProjectPoliciesError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ProjectPoliciesError";
  }
};
function projectPoliciesDir(lookup) {
  const projectEnv = lookup.env.CLAUDE_PROJECT_DIR || void 0;
  const projectDir = projectEnv === void 0 ? void 0 : resolve(lookup.processCwd, projectEnv);
  if (lookup.given !== void 0) {
    const dir2 = resolve(projectDir ?? lookup.processCwd, lookup.given);
    if (!isDirectory(dir2)) throw new ProjectPoliciesError(`--policies ${lookup.given}: ${dir2} is not a folder
  fix: give the project's .safeclaw folder, best as an absolute path`);
    return { dir: dir2, how: "--policies" };
  }
  if (projectDir !== void 0) {
    const direct = join(projectDir, ".safeclaw");
    if (isDirectory(direct)) return { dir: direct, how: "CLAUDE_PROJECT_DIR" };
    const top2 = outermostWorkTree(projectDir);
    if (top2 !== void 0 && isDirectory(join(top2, ".safeclaw"))) return { dir: join(top2, ".safeclaw"), how: "git top level of CLAUDE_PROJECT_DIR" };
    throw new ProjectPoliciesError(
      `no .safeclaw folder in CLAUDE_PROJECT_DIR (${projectDir})${top2 !== void 0 && top2 !== projectDir ? ` nor at its git top level (${top2})` : ""}
  fix: run \`safeclaw init\` in ${top2 ?? projectDir}, or pass --policies DIR`
    );
  }
  const start = resolve(lookup.processCwd, lookup.sessionCwd ?? ".");
  const top = outermostWorkTree(start);
  if (top === void 0) {
    throw new ProjectPoliciesError(
      `CLAUDE_PROJECT_DIR is not set and ${start} is not inside a git work tree, so SafeClaw cannot tell which project's policies apply
  fix: pass --policies /absolute/path/to/project/.safeclaw in the hook's command`
    );
  }
  if (lookup.sessionCwd !== void 0) {
    const hookTop = outermostWorkTree(resolve(lookup.processCwd));
    if (hookTop !== top) {
      throw new ProjectPoliciesError(
        `the session's cwd (${start}) is in ${top}, but the hook runs in ${resolve(lookup.processCwd)} (${hookTop ?? "no git work tree"}): which project's policies apply is unclear
  fix: pass --policies /absolute/path/to/project/.safeclaw in the hook's command`
      );
    }
  }
  const dir = join(top, ".safeclaw");
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
  for (let current = resolve(dir); ; current = dirname(current)) {
    if (exists(join(current, ".git"))) found = current;
    if (dirname(current) === current) return found;
  }
}
function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
function exists(path) {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

export {
  projectPoliciesDir
};
