// Reading the commits a run judges straight from git, never from files the PR
// could have changed in the work tree. Two jobs:
// - fetch a PR's base/head commits when the checkout lacks them (a
//   pull_request_target or issue_comment run checks out the base branch);
//   `git fetch` only downloads objects, it runs nothing from the PR;
// - read the policy files as they are at the base commit, so a PR cannot
//   loosen the rules it is judged by.
import { relative, resolve } from 'node:path';
import { simpleGit } from 'simple-git';
import { gitTreePolicyEntries, requirePolicySources } from '../policy/files.js';
import type { PolicySource } from '../policy/load.js';

export interface FetchReport {
  fetched: string[];
  /** Commits still missing after trying, with git's message. */
  failed: { commit: string; message: string }[];
}

/** Fetches from `origin` every commit in `commits` the clone does not have. */
export async function fetchMissingCommits(repoDir: string, commits: string[]): Promise<FetchReport> {
  const git = simpleGit({ baseDir: repoDir });
  const report: FetchReport = { fetched: [], failed: [] };
  const wanted = [...new Set(commits)];
  // Asked at once (a git process each), fetched one by one in order.
  const present = await Promise.all(wanted.map((commit) => hasCommit(repoDir, commit)));
  for (const [i, commit] of wanted.entries()) {
    if (present[i]) continue;
    try {
      await git.raw(['fetch', '--no-tags', '--no-recurse-submodules', '--quiet', 'origin', commit]);
      report.fetched.push(commit);
    } catch (err) {
      report.failed.push({ commit, message: firstLine((err as Error).message) });
    }
  }
  return report;
}

export async function hasCommit(repoDir: string, commit: string): Promise<boolean> {
  try {
    await simpleGit({ baseDir: repoDir }).raw(['cat-file', '-e', '--end-of-options', `${commit}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/**
 * The `*.yaml`/`*.yml` files under `<policiesDir>/policies` at `commit`,
 * labelled with their repository-relative path; undefined when the folder does
 * not exist there (a PR that adds SafeClaw to the repository).
 */
export async function readPoliciesAt(repoDir: string, commit: string, policiesDir: string): Promise<PolicySource[] | undefined> {
  const git = simpleGit({ baseDir: repoDir, config: ['core.quotePath=false'] });
  const folder = relative(resolve(repoDir), resolve(repoDir, policiesDir)).split('\\').join('/');
  if (folder.startsWith('..')) return undefined;
  const prefix = `${folder ? `${folder}/` : ''}policies/`;
  // The same choice of files as in the work tree (src/policy/files.ts): subfolders too, anything else refused.
  const listing = await git.raw(['ls-tree', '-r', '-l', '-z', '--full-tree', commit, '--', prefix]);
  const entries = gitTreePolicyEntries(listing, prefix);
  if (entries.length === 0) {
    const tree = await git.raw(['ls-tree', '--full-tree', commit, '--', prefix.slice(0, -1)]);
    if (tree.trim() === '') return undefined;
  }
  return requirePolicySources(entries, (path) => prefix + path, (path) => git.showBuffer([`${commit}:${prefix}${path}`]));
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}
