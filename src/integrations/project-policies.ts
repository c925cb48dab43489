// Which `.safeclaw` a live hook obeys. Not the one nearest the session's cwd, as
// `check` looks it up: the agent chooses its cwd, and any folder below the project
// (a vendored package, a submodule, a folder the agent just made) may carry its own
// allow-all `.safeclaw`. The hook obeys the project's policies only:
//
// 1. `--policies DIR` (relative to the project folder Claude Code names, else to
//    the folder the hook was started in);
// 2. `$CLAUDE_PROJECT_DIR/.safeclaw` (Claude Code sets it for every hook: the folder
//    the session was started in, which the agent cannot change), else the `.safeclaw`
//    at the top of the git work trees that folder lies in;
// 3. without it (Codex, other clients): the `.safeclaw` at the top of the outermost
//    git work tree holding the session's cwd. A submodule or a nested repository is a
//    work tree inside another; it never decides. The session's cwd and the hook's
//    own folder must lie in the same project.
//
// Nothing found is an error naming what was looked at and how to fix it: the hook
// turns it into a deny, never into "no policy, go ahead".
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface PoliciesChoice {
  /** The `.safeclaw` folder whose policies decide. */
  dir: string;
  /** How it was chosen, for the decision's reason. */
  how: string;
}

export interface PoliciesLookup {
  /** `--policies` as given on the hook's command line. */
  given?: string;
  /** The hook process's environment (CLAUDE_PROJECT_DIR). */
  env: NodeJS.ProcessEnv;
  /** The `cwd` the client put in the hook input. */
  sessionCwd?: string;
  /** The folder the hook process runs in. */
  processCwd: string;
}

export class ProjectPoliciesError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProjectPoliciesError';
  }
}

export function projectPoliciesDir(lookup: PoliciesLookup): PoliciesChoice {
  const projectEnv = lookup.env.CLAUDE_PROJECT_DIR || undefined;
  const projectDir = projectEnv === undefined ? undefined : resolve(lookup.processCwd, projectEnv);
  if (lookup.given !== undefined) {
    const dir = resolve(projectDir ?? lookup.processCwd, lookup.given);
    if (!isDirectory(dir)) throw new ProjectPoliciesError(`--policies ${lookup.given}: ${dir} is not a folder\n  fix: give the project's .safeclaw folder, best as an absolute path`);
    return { dir, how: '--policies' };
  }
  if (projectDir !== undefined) {
    const direct = join(projectDir, '.safeclaw');
    if (isDirectory(direct)) return { dir: direct, how: 'CLAUDE_PROJECT_DIR' };
    const top = outermostWorkTree(projectDir);
    if (top !== undefined && isDirectory(join(top, '.safeclaw'))) return { dir: join(top, '.safeclaw'), how: 'git top level of CLAUDE_PROJECT_DIR' };
    throw new ProjectPoliciesError(
      `no .safeclaw folder in CLAUDE_PROJECT_DIR (${projectDir})${top !== undefined && top !== projectDir ? ` nor at its git top level (${top})` : ''}` +
        `\n  fix: run \`safeclaw init\` in ${top ?? projectDir}, or pass --policies DIR`,
    );
  }
  const start = resolve(lookup.processCwd, lookup.sessionCwd ?? '.');
  const top = outermostWorkTree(start);
  if (top === undefined) {
    throw new ProjectPoliciesError(
      `CLAUDE_PROJECT_DIR is not set and ${start} is not inside a git work tree, so SafeClaw cannot tell which project's policies apply` +
        `\n  fix: pass --policies /absolute/path/to/project/.safeclaw in the hook's command`,
    );
  }
  if (lookup.sessionCwd !== undefined) {
    const hookTop = outermostWorkTree(resolve(lookup.processCwd));
    if (hookTop !== top) {
      throw new ProjectPoliciesError(
        `the session's cwd (${start}) is in ${top}, but the hook runs in ${resolve(lookup.processCwd)} (${hookTop ?? 'no git work tree'}): which project's policies apply is unclear` +
          `\n  fix: pass --policies /absolute/path/to/project/.safeclaw in the hook's command`,
      );
    }
  }
  const dir = join(top, '.safeclaw');
  if (!isDirectory(dir)) {
    throw new ProjectPoliciesError(
      `no .safeclaw folder at the git top level ${top} (a nested repository's or a subfolder's .safeclaw never decides)` +
        `\n  fix: run \`safeclaw init\` in ${top}, or pass --policies DIR`,
    );
  }
  return { dir, how: 'git top level' };
}

/**
 * The outermost git work tree holding `dir`: the highest ancestor with a `.git`
 * (a folder, or the file a submodule or linked work tree has). Read from the file
 * system, as git finds its repository, so GIT_DIR in the hook's environment or a
 * repository git would refuse ("dubious ownership") cannot move it.
 */
export function outermostWorkTree(dir: string): string | undefined {
  let found: string | undefined;
  for (let current = resolve(dir); ; current = dirname(current)) {
    if (exists(join(current, '.git'))) found = current;
    if (dirname(current) === current) return found;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
