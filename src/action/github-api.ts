// The GitHub API calls the Action makes: look up a PR (for issue_comment
// runs) and keep exactly one SafeClaw comment on it. Every call goes through
// the retry hook of api-retry.ts.
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retryDecision, type RetryOptions } from './api-retry.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface Repo {
  owner: string;
  repo: string;
}

/** An Octokit whose requests are retried on 5xx, dropped connections and rate limits. */
export function githubClient(token: string, retry: RetryOptions): GitHubClient {
  const octokit = getOctokit(token);
  octokit.hook.wrap('request', async (request, options) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await request(options);
      } catch (err) {
        const failure = err as { status?: number; response?: { headers?: Record<string, string | number | undefined> } };
        const next = retryDecision({ status: failure.status, headers: failure.response?.headers }, attempt, retry);
        if (!next.retry) throw err;
        core.info(`GitHub API ${options.method} ${options.url} failed (HTTP ${failure.status ?? 'no response'}); retrying in ${next.waitMs} ms`);
        await new Promise((done) => setTimeout(done, next.waitMs));
      }
    }
  });
  return octokit;
}

export interface PullRequestFacts {
  base: string;
  head: string;
  body: string;
}

export async function fetchPullRequest(octokit: GitHubClient, repo: Repo, number: number): Promise<PullRequestFacts> {
  const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: number });
  return { base: data.base.sha, head: data.head.sha, body: data.body ?? '' };
}

export type CommentMode = 'always' | 'on-failure' | 'never';
export const COMMENT_MODES = ['always', 'on-failure', 'never'] as const;

export type CommentOutcome =
  | { action: 'created' | 'updated' | 'unchanged'; url: string; id: number }
  | { action: 'skipped'; why: string };

/**
 * Creates or updates the one comment whose body starts with `marker`.
 * `wanted`: whether the run has something to say (on-failure mode: the verdict
 * is not allow). An existing comment is always brought up to date, so an
 * earlier "denied" never stays on a PR that now passes.
 */
export async function upsertComment(
  octokit: GitHubClient,
  repo: Repo,
  issueNumber: number,
  marker: string,
  body: string,
  wanted: boolean,
): Promise<CommentOutcome> {
  const existing = await findComment(octokit, repo, issueNumber, marker);
  if (existing) {
    if (existing.body === body) return { action: 'unchanged', url: existing.html_url, id: existing.id };
    const { data } = await octokit.rest.issues.updateComment({ ...repo, comment_id: existing.id, body });
    return { action: 'updated', url: data.html_url, id: data.id };
  }
  if (!wanted) return { action: 'skipped', why: 'the verdict is allow and there is no earlier comment to update' };
  const { data } = await octokit.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
  return { action: 'created', url: data.html_url, id: data.id };
}

interface ListedComment {
  id: number;
  body?: string;
  html_url: string;
  user: { type?: string } | null;
}

// Comments starting with the marker; a bot's first (the Action posts as
// github-actions[bot] or an App), so a person quoting the marker cannot make
// the Action edit their comment instead of its own.
async function findComment(octokit: GitHubClient, repo: Repo, issueNumber: number, marker: string): Promise<ListedComment | undefined> {
  let fallback: ListedComment | undefined;
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 });
  for await (const page of pages) {
    for (const comment of page.data as ListedComment[]) {
      if (!comment.body?.startsWith(marker)) continue;
      if (comment.user?.type === 'Bot') return comment;
      fallback ??= comment;
    }
  }
  return fallback;
}

/** A warning that says what went wrong with a GitHub call and what to do about it. */
export function apiFailureWarning(what: string, err: unknown): string {
  const failure = err as { status?: number; message?: string; response?: { headers?: Record<string, unknown> } };
  const status = failure.status;
  const headers = failure.response?.headers ?? {};
  const message = (failure.message ?? String(err)).split('\n')[0];
  const rateLimited = status === 429 || ((status === 403 || status === 429) && (headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined));
  if (rateLimited) return `${what}: GitHub's rate limit was hit and did not reset in time (${message}). The verdict above stands.`;
  if (status === 403 || status === 404) {
    return (
      `${what}: GitHub answered ${status} (${message}). Grant the workflow \`permissions: pull-requests: write\` ` +
      `(or \`issues: write\`). Pull requests from forks get a read-only token under \`pull_request\`; see the README for ` +
      `\`pull_request_target\`. The verdict above stands.`
    );
  }
  return `${what}: ${status ? `GitHub answered ${status}` : 'no answer from GitHub'} (${message}). The verdict above stands.`;
}
