// Anchors: a published head. `anchorToGit` records the head of a verified log as
// a commit on a ref of the repository (refs/safeclaw/audit by default), each
// anchor a child of the one before, so the ref's history is every head ever
// published; pushed with the code (`git push origin refs/safeclaw/audit`), it is
// held by a party the machine writing the log does not control. `audit verify
// --anchor-ref` then checks that each of them is still in the chain: anyone who
// rewrites the log before an anchor breaks it, even with every hash recomputed.
//
// The commit holds anchor.json (head, records, time) and says the same in its
// message, which is what is read back (one `git log` for the whole history).
import { spawn } from 'node:child_process';
import { AuditError } from './errors.js';
import { verifyAuditFile } from './verify.js';

export const DEFAULT_ANCHOR_REF = 'refs/safeclaw/audit';

export interface GitAnchor {
  head: string;
  records: number;
  commit: string;
}

export interface AnchorResult extends GitAnchor {
  ref: string;
  /** False when the log's head was already the newest anchor (nothing new was written). */
  created: boolean;
}

/**
 * Verifies the whole log, checks that every earlier anchor on `ref` is still in
 * its chain, and records its head as a new commit on `ref`. Throws AuditError
 * when the log does not verify or an earlier anchor is missing (the log was
 * rewritten since it was anchored: nothing is written then).
 */
export async function anchorToGit(file: string, options: { repo: string; ref?: string }): Promise<AnchorResult> {
  const ref = options.ref ?? DEFAULT_ANCHOR_REF;
  checkRef(ref);
  const previous = await readGitAnchors(options.repo, ref);
  const verified = await verifyAuditFile(file, { anchors: previous.map((a) => a.head) });
  if (!verified.ok) {
    const { failure } = verified;
    throw new AuditError(
      'broken-chain',
      `not anchoring: ${failure?.message ?? 'the log does not verify'}`,
      `run \`safeclaw audit verify ${file} --anchor-ref ${ref}\`; keep the file as evidence`,
      `${failure?.file ?? file}:${failure?.line ?? 0}`,
    );
  }
  if (verified.head === null) throw new AuditError('input', `${file} has no records to anchor`, 'append a decision first');
  const parent = previous[0];
  if (parent?.head === verified.head) return { ...parent, ref, created: false };
  const body = JSON.stringify({ version: 1, head: verified.head, records: verified.records, lastTime: verified.lastTime }) + '\n';
  const blob = (await git(options.repo, ['hash-object', '-w', '--stdin'], body)).trim();
  const tree = (await git(options.repo, ['mktree'], `100644 blob ${blob}\tanchor.json\n`)).trim();
  const message = `safeclaw audit anchor\n\nhead: ${verified.head}\nrecords: ${verified.records}\n`;
  const commit = (await git(options.repo, ['commit-tree', tree, ...(parent ? ['-p', parent.commit] : []), '-F', '-'], message, await identity(options.repo))).trim();
  // Compare-and-swap: a ref moved by someone else meanwhile is not overwritten.
  await git(options.repo, ['update-ref', '-m', 'safeclaw audit anchor', ref, commit, parent?.commit ?? '']);
  return { head: verified.head, records: verified.records, commit, ref, created: true };
}

/** Every anchor on `ref`, newest first; none when the ref does not exist. */
export async function readGitAnchors(repo: string, ref: string = DEFAULT_ANCHOR_REF): Promise<GitAnchor[]> {
  checkRef(ref);
  const exists = await git(repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).then(
    () => true,
    (err: AuditError) => {
      if (/exit 1\b/.test(err.message)) return false;
      throw err;
    },
  );
  if (!exists) return [];
  const log = await git(repo, ['log', '--format=%H%x00%B%x01', ref]);
  const anchors: GitAnchor[] = [];
  for (const entry of log.split('\x01')) {
    const [commit, message] = entry.replace(/^\n/, '').split('\x00');
    if (!message) continue;
    const head = /^head: ([0-9a-f]{64})$/m.exec(message)?.[1];
    const records = /^records: (\d+)$/m.exec(message)?.[1];
    if (head === undefined || records === undefined) {
      throw new AuditError('input', `commit ${commit} on ${ref} is not a SafeClaw anchor`, `check what wrote to ${ref}`);
    }
    anchors.push({ head, records: Number(records), commit });
  }
  return anchors;
}

/**
 * For a hook: anchors the log when this append crossed a multiple of `every`
 * records. Returns the anchor written, or null when none was due.
 */
export async function anchorIfDue(
  file: string,
  appended: { records: number; appended: number },
  options: { every: number; repo: string; ref?: string },
): Promise<AnchorResult | null> {
  if (!(Number.isSafeInteger(options.every) && options.every > 0)) return null;
  const before = appended.records - appended.appended;
  if (Math.floor(before / options.every) === Math.floor(appended.records / options.every)) return null;
  return anchorToGit(file, options);
}

function checkRef(ref: string): void {
  if (!/^refs\/[A-Za-z0-9._/-]+$/.test(ref) || ref.includes('..') || ref.endsWith('/') || ref.endsWith('.lock')) {
    throw new AuditError('input', `"${ref}" is not a ref name SafeClaw writes`, 'use a name under refs/, e.g. refs/safeclaw/audit');
  }
}

/** A committer for the anchor when the repository has none configured (CI checkouts often do not). */
async function identity(repo: string): Promise<NodeJS.ProcessEnv> {
  const configured = await git(repo, ['config', 'user.email']).then((email) => email.trim() !== '', () => false);
  if (configured || process.env.GIT_COMMITTER_EMAIL) return {};
  return {
    GIT_AUTHOR_NAME: 'SafeClaw',
    GIT_AUTHOR_EMAIL: 'safeclaw@localhost',
    GIT_COMMITTER_NAME: 'SafeClaw',
    GIT_COMMITTER_EMAIL: 'safeclaw@localhost',
  };
}

function git(repo: string, args: string[], input?: string, env: NodeJS.ProcessEnv = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-C', repo, ...args], { stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    child.on('error', (err) =>
      reject(new AuditError('io', `cannot run git: ${err.message}`, 'install git, or anchor with `safeclaw audit verify --anchor HASH` instead')),
    );
    child.on('close', (code) => {
      if (code === 0) resolve(stdout);
      else reject(new AuditError('io', `git ${args[0]} failed (exit ${code}): ${stderr.trim().split('\n')[0] ?? ''}`, `check that ${repo} is a git repository`));
    });
    if (input !== undefined) {
      // A git that exits early closes its input: that is reported by its exit code, not as EPIPE.
      child.stdin!.on('error', () => undefined);
      child.stdin!.end(input);
    }
  });
}
