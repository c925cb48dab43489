// The `plan` and `commands` inputs: one glob per line, matched against files
// under the workspace. A glob that matches nothing is an error, not an empty
// list: a plan step that failed to write its file must not make the gate pass.
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';

export class GlobInputError extends Error {
  override name = 'GlobInputError';
}

/** Lines of a multi-line input, trimmed, without blanks and `#` comments. */
export function inputLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** Workspace-relative paths (sorted, `/`-separated) matching the globs of `input`. */
export async function expandGlobs(input: string, workspace: string, inputName: string): Promise<string[]> {
  const found = new Set<string>();
  for (const pattern of inputLines(input)) {
    const matches = await matchOne(pattern.replace(/^\.\//, ''), workspace);
    if (matches.length === 0) {
      throw new GlobInputError(`${inputName}: no file matches "${pattern}" under ${workspace}\n  fix: check the path, or that the step writing it ran first`);
    }
    for (const match of matches) found.add(match);
  }
  return [...found].sort();
}

async function matchOne(pattern: string, workspace: string): Promise<string[]> {
  const scan = picomatch.scan(pattern);
  if (!scan.isGlob) return (await isFile(resolve(workspace, pattern))) ? [relative(workspace, resolve(workspace, pattern)).split('\\').join('/')] : [];
  // Walk only below the glob's fixed prefix, and never into .git.
  const start = resolve(workspace, scan.base || '.');
  const isMatch = picomatch(pattern, { dot: false });
  let entries;
  try {
    entries = await readdir(start, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  const matches: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    // `parentPath` is Node 20.12+; `path` is its older name.
    const dir = (entry as { parentPath?: string }).parentPath ?? (entry as unknown as { path: string }).path;
    const path = relative(workspace, join(dir, entry.name)).split('\\').join('/');
    if (path.split('/').includes('.git')) continue;
    if (isMatch(path)) matches.push(path);
  }
  return matches;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
