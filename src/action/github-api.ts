// The GitHub API calls the Action makes: look up a PR (for issue_comment
// runs) and keep exactly one SafeClaw comment on it. Every call goes through
// one request hook: a timeout per answer, a budget for the whole run, and the
// retries of api-retry.ts. A failure leaves as a GitHubCallError naming what
// happened (refused, timed out, rate limited…), never a bare "500".
import type { getOctokit } from '@actions/github';
import { parseApproveCommand, reviewDigest, statusMark, type ApproveWith, type Candidate, type Membership, type Permission, type StatusMark } from './approvals.js';
import { describeFailure, failedCall, failureKind, mayHaveActed, retryDecision, type ApiLimits, type FailedCall, type RetryOptions } from './api-retry.js';
import * as core from './runner-commands.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface Repo {
  owner: string;
  repo: string;
}

/** A GitHub call that failed for good (after any retries), with what happened. */
export class GitHubCallError extends Error {
  override name = 'GitHubCallError';
  constructor(
    readonly call: string,
    readonly failure: FailedCall,
    readonly attempts: number,
    /** Why it was not tried again. */
    readonly gaveUp: string,
  ) {
    super(`${call}: ${describeFailure(failure)}`);
  }

  get status(): number | undefined {
    return this.failure.status;
  }
}

/** The run's API budget was spent before this call could be (re)tried. */
export class ApiBudgetError extends Error {
  override name = 'ApiBudgetError';
  constructor(
    readonly call: string,
    readonly budgetMs: number,
    /** The failure that was being retried, if any. */
    readonly last?: FailedCall,
  ) {
    super(`${call}: the GitHub API budget of ${budgetMs / 1000} s (the api-budget input) is spent${last ? `; last: ${describeFailure(last)}` : ''}`);
  }
}

/** Time spent on GitHub calls so far, against the api-budget; shared by every call of a run. */
export class ApiBudget {
  private spentMs = 0;
  constructor(readonly budgetMs: number) {}

  leftMs(): number {
    return this.budgetMs - this.spentMs;
  }

  spend(ms: number): void {
    this.spentMs += ms;
  }
}

export interface ClientOptions {
  retry: RetryOptions;
  limits: ApiLimits;
  /** Shared between clients of one run; a new one per client by default. */
  budget?: ApiBudget;
  baseUrl?: string;
}

/**
 * An Octokit whose every request has a timeout, counts against the run's budget, and is retried on
 * 5xx, timeouts, network errors and rate limits. A request passing `request: { createsContent: true }`
 * is retried only where GitHub certainly did not act on it (see api-retry.ts).
 */
export async function githubClient(token: string, options: ClientOptions): Promise<GitHubClient> {
  // Loaded only for a run that calls the API: Octokit and its HTTP client are most of the Action's modules.
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(token, options.baseUrl ? { baseUrl: options.baseUrl } : {});
  const budget = options.budget ?? new ApiBudget(options.limits.budgetMs);
  octokit.hook.wrap('request', async (request, requestOptions) => {
    const call = `${requestOptions.method} ${String(requestOptions.url).replace(/^https?:\/\/[^/]+/, '')}`;
    const unsafe = requestOptions.request?.createsContent === true;
    let last: FailedCall | undefined;
    for (let attempt = 1; ; attempt++) {
      const left = budget.leftMs();
      if (left <= 0) throw new ApiBudgetError(call, budget.budgetMs, last);
      const timeoutMs = Math.min(options.limits.timeoutMs, left);
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeoutMs);
      const started = Date.now();
      let failure: FailedCall;
      try {
        // Set in place: the hooks inside this one (the token's) were bound to this very object and
        // ignore an options object passed to request().
        requestOptions.request = { ...requestOptions.request, signal: controller.signal };
        const response = await request(requestOptions);
        // Octokit swallows a body cut short by the abort and returns it as "": that is a timeout too.
        if (!timedOut) return response;
        failure = failedCall(undefined, timeoutMs);
      } catch (err) {
        failure = failedCall(err, timedOut ? timeoutMs : undefined);
      } finally {
        clearTimeout(timer);
        budget.spend(Date.now() - started);
      }
      // A try cut short by the budget rather than by api-timeout says more by the failure before it.
      if (failure.timedOutMs !== undefined && timeoutMs < options.limits.timeoutMs) throw new ApiBudgetError(call, budget.budgetMs, last ?? failure);
      last = failure;
      const next = retryDecision(failure, attempt, options.retry, Date.now(), unsafe);
      if (!next.retry) throw new GitHubCallError(call, failure, attempt, next.why);
      if (next.waitMs >= budget.leftMs()) throw new ApiBudgetError(call, budget.budgetMs, failure);
      core.info(`GitHub API ${call}: ${describeFailure(failure)}; retrying in ${next.waitMs} ms`);
      const waitStarted = Date.now();
      await new Promise((done) => setTimeout(done, next.waitMs));
      budget.spend(Date.now() - waitStarted);
    }
  });
  return octokit;
}

export interface PullRequestFacts {
  base: string;
  head: string;
  body: string;
  author: string;
}

export async function fetchPullRequest(octokit: GitHubClient, repo: Repo, number: number): Promise<PullRequestFacts> {
  const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: number });
  return { base: data.base.sha, head: data.head.sha, body: data.body ?? '', author: data.user?.login ?? '' };
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
  for (let attempt = 1; ; attempt++) {
    try {
      const { data } = await octokit.rest.issues.createComment({ ...repo, issue_number: issueNumber, body, request: { createsContent: true } });
      return { action: 'created', url: data.html_url, id: data.id };
    } catch (err) {
      // A 502 or a timeout may come after GitHub stored the comment: posting again would duplicate
      // it. Look for the marker first; only when it is not there is the comment created again.
      if (!(err instanceof GitHubCallError) || !mayHaveActed(err.failure) || attempt >= MAX_CREATE_ATTEMPTS) throw err;
      core.info(`Creating the PR comment: ${describeFailure(err.failure)}; looking for it before trying again`);
      const created = await findComment(octokit, repo, issueNumber, marker);
      if (created) {
        if (created.body === body) return { action: 'created', url: created.html_url, id: created.id };
        const { data } = await octokit.rest.issues.updateComment({ ...repo, comment_id: created.id, body });
        return { action: 'updated', url: data.html_url, id: data.id };
      }
    }
  }
}

/** Creates tried in one run when each failed in a way that may have stored nothing. */
const MAX_CREATE_ATTEMPTS = 3;

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
  const stands = 'The verdict above stands.';
  if (err instanceof ApiBudgetError) {
    return `${what}: the GitHub API budget of ${err.budgetMs / 1000} s (api-budget input) is spent${err.last ? `; the last try: ${describeFailure(err.last)}` : ''}. ${stands}`;
  }
  const failure = err instanceof GitHubCallError ? err.failure : failedCall(err);
  const tries = err instanceof GitHubCallError && err.attempts > 1 ? ` after ${err.attempts} tries` : '';
  const said = describeFailure(failure);
  switch (failureKind(failure)) {
    case 'refused':
      return `${what}: ${said}${tries}. Check GITHUB_API_URL (${process.env.GITHUB_API_URL || 'https://api.github.com'}) and the runner's network or proxy. ${stands}`;
    case 'timeout':
    case 'dropped':
    case 'server-error':
      return `${what}: ${said}${tries}. GitHub may be having trouble (https://www.githubstatus.com); re-run the job later. ${stands}`;
    case 'secondary-rate-limit':
      return `${what}: ${said}${tries}. This is not a missing permission: too many requests in a short time (often many jobs commenting at once); re-run the job in a few minutes. ${stands}`;
    case 'rate-limit':
      return `${what}: ${said}, and it did not reset in time. ${stands}`;
  }
  if (failure.status === 403 || failure.status === 404) {
    return (
      `${what}: ${said}. Grant the workflow \`permissions: pull-requests: write\` ` +
      `(or \`issues: write\`). Pull requests from forks get a read-only token under \`pull_request\`; see the README for ` +
      `\`pull_request_target\`. ${stands}`
    );
  }
  return `${what}: ${said}. ${stands}`;
}

export interface ApprovalListing {
  candidates: Candidate[];
  /** `/safeclaw approve` comments that name no commit: answered with the command to use. */
  malformed: { id: number; login: string; error: string }[];
}

/** Approval comments and approving reviews on the PR, listed through the API (never taken from the event). */
export async function listApprovalCandidates(octokit: GitHubClient, repo: Repo, pr: number, approveWith: ApproveWith): Promise<ApprovalListing> {
  const listing: ApprovalListing = { candidates: [], malformed: [] };
  if (approveWith !== 'review') {
    const comments = octokit.paginate.iterator(octokit.rest.issues.listComments, { ...repo, issue_number: pr, per_page: 100 });
    for await (const page of comments) {
      for (const c of page.data) {
        const command = parseApproveCommand(c.body ?? '');
        if (!command || !c.user) continue;
        if ('error' in command) listing.malformed.push({ id: c.id, login: c.user.login, error: command.error });
        else {
          listing.candidates.push({
            kind: 'comment',
            id: c.id,
            login: c.user.login,
            userType: c.user.type ?? '',
            sha: command.sha,
            ...(command.digest ? { digest: command.digest } : {}),
            url: c.html_url,
            // Given when posted; GitHub does not say who edited a comment, and any writer can.
            at: c.created_at,
            ...(c.updated_at !== c.created_at ? { edited: true } : {}),
            reason: command.reason,
          });
        }
      }
    }
  }
  if (approveWith !== 'comment') {
    const reviews = octokit.paginate.iterator(octokit.rest.pulls.listReviews, { ...repo, pull_number: pr, per_page: 100 });
    // Only a person's latest review stands (a later "changes requested" withdraws an approval).
    const latest = new Map<string, (typeof page.data)[number]>();
    let page: Awaited<ReturnType<typeof octokit.rest.pulls.listReviews>>;
    for await (page of reviews) {
      for (const r of page.data) {
        if (!r.user || r.state === 'COMMENTED' || r.state === 'PENDING') continue;
        latest.set(r.user.login, r);
      }
    }
    for (const r of latest.values()) {
      if (r.state !== 'APPROVED' || !r.commit_id) continue;
      const digest = reviewDigest(r.body ?? '');
      listing.candidates.push({
        kind: 'review',
        id: r.id,
        login: r.user!.login,
        userType: r.user!.type ?? '',
        sha: r.commit_id,
        ...(digest ? { digest } : {}),
        url: r.html_url,
        at: r.submitted_at ?? '',
        reason: r.body ?? '',
      });
    }
  }
  return listing;
}

/** A login's permission on the repository; a failed call is an error value, never a permission. */
export async function permissionOf(octokit: GitHubClient, repo: Repo, login: string): Promise<Permission> {
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: login });
    // `permission` folds maintain into write and triage into read; role_name keeps them.
    return { permission: data.role_name === 'maintain' ? 'maintain' : data.permission };
  } catch (err) {
    if (err instanceof GitHubCallError && err.status === 404) return { permission: 'none' };
    return { error: err instanceof GitHubCallError || err instanceof ApiBudgetError ? err.message.replace(/^[A-Z]+ \S+: /, '') : String(err) };
  }
}

export async function setCommitStatus(octokit: GitHubClient, repo: Repo, sha: string, state: 'success' | 'pending' | 'failure', description: string, targetUrl?: string): Promise<void> {
  await octokit.rest.repos.createCommitStatus({ ...repo, sha, state, context: 'safeclaw', description: description.slice(0, 140), ...(targetUrl ? { target_url: targetUrl } : {}) });
}

export async function reactToComment(octokit: GitHubClient, repo: Repo, commentId: number, content: '+1' | 'confused'): Promise<void> {
  await octokit.rest.reactions.createForIssueComment({ ...repo, comment_id: commentId, content });
}

/**
 * A login's membership of a team (`GET /orgs/{org}/teams/{team_slug}/memberships/{username}`): active,
 * pending, absent (404: not a member, or a token that cannot see the team), or why it could not be had.
 * The workflow's GITHUB_TOKEN cannot read organisation teams: see the README (members: read).
 */
export async function teamMembershipOf(octokit: GitHubClient, org: string, slug: string, login: string): Promise<Membership> {
  try {
    const { data } = await octokit.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username: login });
    return { active: data.state === 'active', state: data.state };
  } catch (err) {
    if (err instanceof GitHubCallError && err.status === 404) return { active: false, state: 'absent (404: not a member, or the token cannot see the team)' };
    const why = err instanceof GitHubCallError || err instanceof ApiBudgetError ? err.message.replace(/^[A-Z]+ \S+: /, '') : String(err);
    return { error: err instanceof GitHubCallError && err.status === 403 ? `${why}; the token needs the organisation permission members: read` : why };
  }
}

/**
 * SafeClaw's own `safeclaw` statuses on a commit, oldest first: only those a bot created (the Action's
 * token), so a person with write access cannot plant one to move what an approval was given for.
 */
export async function listSafeclawStatuses(octokit: GitHubClient, repo: Repo, sha: string): Promise<StatusMark[]> {
  const marks: StatusMark[] = [];
  const pages = octokit.paginate.iterator(octokit.rest.repos.listCommitStatusesForRef, { ...repo, ref: sha, per_page: 100 });
  for await (const page of pages) {
    for (const s of page.data) {
      if (s.context !== 'safeclaw' || s.creator?.type !== 'Bot') continue;
      marks.push(statusMark(s.description, s.created_at));
    }
  }
  return marks.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** Open PRs whose head is this commit (a push to a PR branch), through the API. */
export async function openPullRequestsAt(octokit: GitHubClient, repo: Repo, sha: string): Promise<(PullRequestFacts & { number: number })[]> {
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: sha, per_page: 100 });
  return data
    .filter((pr) => pr.state === 'open' && pr.head.sha === sha)
    .map((pr) => ({ number: pr.number, base: pr.base.sha, head: pr.head.sha, body: pr.body ?? '', author: pr.user?.login ?? '' }));
}

/** A reply on the PR (to an approval command that cannot count); not the sticky comment. */
export async function replyOnPr(octokit: GitHubClient, repo: Repo, pr: number, body: string): Promise<string> {
  const { data } = await octokit.rest.issues.createComment({ ...repo, issue_number: pr, body, request: { createsContent: true } });
  return data.html_url;
}
