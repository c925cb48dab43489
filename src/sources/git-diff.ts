// The files a PR changes, read from the real checkout with simple-git, between
// the merge base of BASE and HEAD (what `BASE...HEAD` means on GitHub).
//
// One `git diff --raw -z` call lists every file with its new blob id, so a PR
// with thousands of files costs one process, and names with spaces, quotes,
// newlines or non-ASCII arrive byte-exact (-z turns quoting off). Contents of
// the few files that can run commands are read from the object store with one
// `git cat-file --batch`, never from the work tree: the work tree may not be
// the PR head, and the gate must judge what was committed.
import { spawn } from 'node:child_process';
import { simpleGit, type SimpleGit } from 'simple-git';
import type { Action, FileChange } from '../types.js';
import { SourceError } from './errors.js';

export interface ChangedFile {
  change: FileChange;
  path: string;
  /** For renames and copies: the name before. */
  from?: string;
  /** Blob id at HEAD (absent for deletions). */
  blob?: string;
  /** Git file mode at HEAD, e.g. `100644`, `120000` (symlink), `160000` (submodule). */
  mode?: string;
  /** Blob id and mode at the merge base (absent for additions). */
  oldBlob?: string;
  oldMode?: string;
}

export interface DiffRange {
  base: string;
  head: string;
}

/** `BASE...HEAD` (or `BASE..HEAD`, treated the same: a PR is judged from the merge base). */
export function parseDiffRange(range: string): DiffRange {
  const match = /^(.+?)\.{2,3}(.*)$/.exec(range.trim());
  if (!match || !match[1]) {
    throw new SourceError({}, `--diff "${range}" is not a range`, 'write it as BASE...HEAD, e.g. --diff origin/main...HEAD');
  }
  return { base: match[1], head: match[2] || 'HEAD' };
}

const ZERO_SHA = /^0+$/;

/** Parses `git diff --raw -z --no-abbrev` output. Pure, for tests and reuse. */
export function parseRawDiff(output: string): ChangedFile[] {
  const fields = output.split('\0');
  const files: ChangedFile[] = [];
  let i = 0;
  while (i < fields.length) {
    const meta = fields[i];
    if (!meta) {
      i++;
      continue;
    }
    // `:srcmode dstmode srcsha dstsha STATUS[score]`
    const [srcMode, dstMode, srcSha, dstSha, status] = meta.slice(1).split(' ');
    const kind = status[0];
    const blob = ZERO_SHA.test(dstSha) ? undefined : dstSha;
    const old = ZERO_SHA.test(srcSha) ? {} : { oldBlob: srcSha, oldMode: srcMode };
    if (kind === 'R' || kind === 'C') {
      const from = fields[i + 1];
      const path = fields[i + 2];
      files.push({ change: kind === 'R' ? 'renamed' : 'copied', path, from, blob, mode: dstMode, ...old });
      i += 3;
      continue;
    }
    const path = fields[i + 1];
    const change: FileChange = kind === 'A' ? 'added' : kind === 'D' ? 'deleted' : 'modified';
    files.push(change === 'deleted' ? { change, path, ...old } : { change, path, blob, mode: dstMode, ...old });
    i += 2;
  }
  return files;
}

/** One `file.write` per name a change touches: a rename writes both names. */
export function fileChangeActions(files: ChangedFile[]): Action[] {
  const actions: Action[] = [];
  for (const f of files) {
    if (f.change === 'renamed' && f.from !== undefined) {
      const detail = `renamed ${f.from} → ${f.path}`;
      actions.push({ type: 'file.write', path: f.from, change: 'renamed', origin: { source: 'diff', file: f.from, detail } });
      actions.push({ type: 'file.write', path: f.path, change: 'renamed', origin: { source: 'diff', file: f.path, detail } });
    } else {
      const detail = f.change === 'copied' ? `copied ${f.from} → ${f.path}` : f.change;
      actions.push({ type: 'file.write', path: f.path, change: f.change, origin: { source: 'diff', file: f.path, detail } });
    }
  }
  return actions;
}

export interface PrDiff {
  mergeBase: string;
  head: string;
  files: ChangedFile[];
}

/** Lists the files changed between the merge base of `range.base` and `range.head`. */
export async function readPrDiff(repoDir: string, range: DiffRange): Promise<PrDiff> {
  const git = simpleGit({ baseDir: repoDir, config: ['core.quotePath=false'] });
  await ensureRepository(git, repoDir);
  const shallow = (await git.raw(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
  const base = await resolveCommit(git, range.base, shallow);
  const head = await resolveCommit(git, range.head, shallow);
  let mergeBase: string;
  try {
    mergeBase = (await git.raw(['merge-base', base, head])).trim();
  } catch {
    mergeBase = '';
  }
  if (!mergeBase) {
    throw new SourceError(
      { file: repoDir },
      `${range.base} and ${range.head} have no common ancestor in this clone${shallow ? ' (the clone is shallow)' : ''}`,
      FETCH_HINT,
    );
  }
  const raw = await git.raw(['diff', '--raw', '-z', '--no-abbrev', '--no-color', '--no-ext-diff', '--find-renames', '--find-copies', mergeBase, head, '--']);
  return { mergeBase, head, files: parseRawDiff(raw) };
}

const FETCH_HINT =
  'fetch the history the gate needs: in GitHub Actions set `fetch-depth: 0` on actions/checkout, ' +
  'or fetch the base commit (`git fetch origin <base-sha>`) and pass it as --diff <base-sha>...HEAD';

async function ensureRepository(git: SimpleGit, repoDir: string): Promise<void> {
  let inside = false;
  try {
    inside = await git.checkIsRepo();
  } catch {
    inside = false;
  }
  if (!inside) throw new SourceError({ file: repoDir }, 'not a git repository', 'run safeclaw from the checkout of the PR (or pass its folder)');
}

async function resolveCommit(git: SimpleGit, rev: string, shallow: boolean): Promise<string> {
  try {
    return (await git.raw(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`])).trim() || missing();
  } catch {
    return missing();
  }
  function missing(): never {
    throw new SourceError({}, `commit ${rev} is not in this clone${shallow ? ' (the clone is shallow)' : ''}`, FETCH_HINT);
  }
}

/** Reads blobs by id with one `git cat-file --batch` process. */
export async function readBlobs(repoDir: string, ids: string[]): Promise<Map<string, Buffer>> {
  const result = new Map<string, Buffer>();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return result;
  const child = spawn('git', ['cat-file', '--batch'], { cwd: repoDir, stdio: ['pipe', 'pipe', 'pipe'] });
  const chunks: Buffer[] = [];
  const errors: Buffer[] = [];
  child.stdout.on('data', (d: Buffer) => chunks.push(d));
  child.stderr.on('data', (d: Buffer) => errors.push(d));
  const done = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  child.stdin.end(unique.join('\n') + '\n');
  const code = await done;
  if (code !== 0) throw new SourceError({ file: repoDir }, `git cat-file failed: ${Buffer.concat(errors).toString().trim()}`);
  const out = Buffer.concat(chunks);
  let at = 0;
  for (const id of unique) {
    const eol = out.indexOf(0x0a, at);
    const header = out.subarray(at, eol).toString();
    at = eol + 1;
    const [, type, size] = header.split(' ');
    if (type === undefined || size === undefined) continue; // `<id> missing`
    const length = Number(size);
    result.set(id, out.subarray(at, at + length));
    at += length + 1;
  }
  return result;
}
