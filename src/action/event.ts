// What a workflow event says the gate should judge: which commits to diff,
// which PR (if any) to comment on, and the PR description. Pure: the payload
// in, a target out; the one case that needs the API (a comment on a PR) says
// so and main.ts looks the PR up.

/** The slice of a webhook payload this module reads (GitHub sends much more). */
export interface EventPayload {
  pull_request?: { number: number; body?: string | null; base: { sha: string }; head: { sha: string }; user?: { login?: string } | null };
  issue?: { number: number; pull_request?: unknown };
  before?: string;
  after?: string;
  repository?: { default_branch?: string };
}

export type EventTarget =
  /** A PR whose commits and description are in the payload. */
  | { kind: 'pull-request'; number: number; base: string; head: string; body: string; author?: string }
  /** A comment on a PR: the payload has its number only; base, head and body come from the API. */
  | { kind: 'pull-request-lookup'; number: number }
  /** Commits without a PR (push). `base` is absent when the push created the branch. */
  | { kind: 'commits'; base?: string; head: string }
  /** Nothing in the payload to judge (workflow_dispatch, a comment on a plain issue…): the `base`/`head` inputs decide. */
  | { kind: 'none'; why: string };

// A push that creates a branch reports `before` as forty zeros: there is no previous commit.
const NO_COMMIT = /^0+$/;

export function eventTarget(eventName: string, payload: EventPayload): EventTarget {
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target':
    case 'pull_request_review':
    case 'pull_request_review_comment': {
      const pr = payload.pull_request;
      if (!pr) return { kind: 'none', why: `the ${eventName} payload has no pull_request` };
      return { kind: 'pull-request', number: pr.number, base: pr.base.sha, head: pr.head.sha, body: pr.body ?? '', ...(pr.user?.login ? { author: pr.user.login } : {}) };
    }
    case 'issue_comment': {
      const issue = payload.issue;
      if (!issue?.pull_request) return { kind: 'none', why: 'the comment is on an issue, not a pull request' };
      return { kind: 'pull-request-lookup', number: issue.number };
    }
    case 'push': {
      if (!payload.after || NO_COMMIT.test(payload.after)) return { kind: 'none', why: 'the push deleted the branch' };
      const base = payload.before && !NO_COMMIT.test(payload.before) ? payload.before : undefined;
      return { kind: 'commits', head: payload.after, ...(base ? { base } : {}) };
    }
    default:
      return { kind: 'none', why: `the ${eventName || 'unknown'} event names no commits` };
  }
}
