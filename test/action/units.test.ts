// The Action's pure parts: what an event asks to judge, when to retry a
// GitHub call, when the step fails, and how inputs are read.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { describeFailure, failedCall, failureKind, retryDecision, retryOptionsFromEnv, type FailedCall, type RetryOptions } from '../../src/action/api-retry.js';
import { eventTarget } from '../../src/action/event.js';
import { expandGlobs } from '../../src/action/file-globs.js';
import { readInputs } from '../../src/action/inputs.js';
import { failureReason, type FailOn } from '../../src/action/outcome.js';
import type { GateResult, Verdict } from '../../src/types.js';
import { defaultInputs, webhookExample, write } from './runner.js';

describe('eventTarget', () => {
  const pr = webhookExample('pull_request', (e) => e.action === 'opened');
  const review = webhookExample('pull_request_review', (e) => e.action === 'submitted');
  const push = webhookExample('push', (e) => /^0+$/.test(e.before));
  const comment = webhookExample('issue_comment', (e) => e.action === 'created');
  const dispatch = webhookExample('workflow_dispatch');
  const cases: [string, string, Record<string, any>, unknown][] = [
    ['pull_request diffs the PR base and head SHAs', 'pull_request', pr, { kind: 'pull-request', number: pr.number, base: pr.pull_request.base.sha, head: pr.pull_request.head.sha, body: pr.pull_request.body, author: pr.pull_request.user.login }],
    ['pull_request_target reads the same fields', 'pull_request_target', pr, { kind: 'pull-request', number: pr.number, base: pr.pull_request.base.sha, head: pr.pull_request.head.sha, body: pr.pull_request.body, author: pr.pull_request.user.login }],
    ['pull_request_review judges the reviewed PR', 'pull_request_review', review, { kind: 'pull-request', number: review.pull_request.number, base: review.pull_request.base.sha, head: review.pull_request.head.sha, body: review.pull_request.body ?? '', author: review.pull_request.user.login }],
    ['push diffs before and after', 'push', { ...push, before: 'a'.repeat(40), after: 'b'.repeat(40) }, { kind: 'commits', base: 'a'.repeat(40), head: 'b'.repeat(40) }],
    ['a push creating a branch has no base', 'push', push, { kind: 'commits', head: push.after }],
    ['a push deleting a branch has nothing to judge', 'push', { ...push, before: push.after, after: '0'.repeat(40) }, { kind: 'none', why: 'the push deleted the branch' }],
    ['issue_comment on a plain issue has nothing to judge', 'issue_comment', comment, { kind: 'none', why: 'the comment is on an issue, not a pull request' }],
    ['issue_comment on a PR asks for a look-up', 'issue_comment', { ...comment, issue: { ...comment.issue, pull_request: {} } }, { kind: 'pull-request-lookup', number: comment.issue.number }],
    ['workflow_dispatch names no commits', 'workflow_dispatch', dispatch, { kind: 'none', why: 'the workflow_dispatch event names no commits' }],
  ];
  for (const [name, event, payload, expected] of cases) {
    test(name, () => assert.deepEqual(eventTarget(event, payload), expected));
  }
});

describe('retryDecision', () => {
  const options: RetryOptions = { retries: 3, baseDelayMs: 100, maxWaitMs: 5000, secondaryWaitMs: 1000 };
  const now = 1_700_000_000_000;
  const cases: [string, Parameters<typeof retryDecision>[0], number, ReturnType<typeof retryDecision>][] = [
    ['a 500 waits the base delay first', { status: 500 }, 1, { retry: true, waitMs: 100 }],
    ['each later 5xx waits twice as long', { status: 503 }, 3, { retry: true, waitMs: 400 }],
    ['no response at all is retried like a 5xx', {}, 1, { retry: true, waitMs: 100 }],
    ['a 5xx after the last retry is given up', { status: 500 }, 4, { retry: false, why: 'still failing after 4 tries' }],
    ['a plain 403 (missing permission) is not retried', { status: 403 }, 1, { retry: false, why: 'HTTP 403' }],
    ['a 404 is not retried', { status: 404 }, 1, { retry: false, why: 'HTTP 404' }],
    ['a 422 is not retried', { status: 422 }, 1, { retry: false, why: 'HTTP 422' }],
    ['a spent primary rate limit waits until its reset', { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String((now + 2000) / 1000) } }, 1, { retry: true, waitMs: 2000 }],
    ['retry-after is obeyed', { status: 403, headers: { 'retry-after': '3' } }, 1, { retry: true, waitMs: 3000 }],
    ['a 429 without headers backs off', { status: 429 }, 2, { retry: true, waitMs: 200 }],
    ['a reset later than the longest wait is given up at once', { status: 429, headers: { 'retry-after': '3600' } }, 1, { retry: false, why: 'rate limited for another 3600 s (longer than the 5 s this action waits)' }],
  ];
  for (const [name, failure, attempt, expected] of cases) {
    test(name, () => assert.deepEqual(retryDecision(failure, attempt, options, now), expected));
  }

  const secondary = { status: 403, message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' };
  const more: [string, FailedCall, number, boolean, ReturnType<typeof retryDecision>][] = [
    ['a secondary rate limit without headers waits the secondary wait', secondary, 1, false, { retry: true, waitMs: 1000 }],
    ['a second secondary rate limit waits twice as long', secondary, 2, false, { retry: true, waitMs: 2000 }],
    ['a secondary rate limit obeys retry-after when present', { ...secondary, headers: { 'retry-after': '2' } }, 1, false, { retry: true, waitMs: 2000 }],
    ['a create that got a 502 is not retried blindly', { status: 502 }, 1, true, { retry: false, why: 'GitHub may have acted on it' }],
    ['a create that timed out is not retried blindly', { timedOutMs: 500 }, 1, true, { retry: false, why: 'GitHub may have acted on it' }],
    ['a create whose connection was refused is retried', { code: 'ECONNREFUSED' }, 1, true, { retry: true, waitMs: 100 }],
    ['a create that hit the rate limit is retried', { status: 429, headers: { 'retry-after': '1' } }, 1, true, { retry: true, waitMs: 1000 }],
  ];
  for (const [name, failure, attempt, unsafe, expected] of more) {
    test(name, () => assert.deepEqual(retryDecision(failure, attempt, options, now, unsafe), expected));
  }

  test('the delays come from SAFECLAW_API_* variables, with defaults for missing or invalid ones', () => {
    assert.deepEqual(retryOptionsFromEnv({ SAFECLAW_API_RETRIES: '1', SAFECLAW_API_RETRY_DELAY_MS: '5', SAFECLAW_API_RETRY_MAX_WAIT_MS: 'x' }), {
      retries: 1,
      baseDelayMs: 5,
      maxWaitMs: 60_000,
      secondaryWaitMs: 60_000,
    });
  });
});

describe('naming a failed GitHub call', () => {
  // Octokit's shapes: a RequestError with a response for HTTP errors; for network errors status 500,
  // no response, and the socket error two causes down.
  const httpError = (status: number, message: string, headers: Record<string, string> = {}) =>
    Object.assign(new Error(message), { status, response: { status, headers, data: { message } } });
  const networkError = (code: string) =>
    Object.assign(new Error('fetch failed'), { status: 500, cause: Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(`connect ${code} 127.0.0.1:9`), { code }) }) });
  const cases: [string, unknown, number | undefined, string, string][] = [
    ['a refused connection', networkError('ECONNREFUSED'), undefined, 'refused', 'could not connect to GitHub: ECONNREFUSED (connect ECONNREFUSED 127.0.0.1:9)'],
    ['an unknown host', networkError('ENOTFOUND'), undefined, 'refused', 'could not connect to GitHub: ENOTFOUND (connect ENOTFOUND 127.0.0.1:9)'],
    ['a reset connection', networkError('ECONNRESET'), undefined, 'dropped', 'the connection to GitHub broke before an answer (connect ECONNRESET 127.0.0.1:9)'],
    ['a timeout', new DOMException('This operation was aborted', 'AbortError'), 2500, 'timeout', 'GitHub did not answer within 2.5 s (the api-timeout input)'],
    ['a 502', httpError(502, 'Bad Gateway'), undefined, 'server-error', 'GitHub answered 502 (Bad Gateway)'],
    ['a 403 without rate-limit headers or message', httpError(403, 'Resource not accessible by integration'), undefined, 'http', 'GitHub answered 403 (Resource not accessible by integration)'],
    ['a secondary rate limit', httpError(403, 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'), undefined, 'secondary-rate-limit', "GitHub's secondary rate limit (too many requests or comments in a short time; HTTP 403) (You have exceeded a secondary rate limit. Please wait a few minutes before you try again.)"],
    ['a primary rate limit', httpError(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0' }), undefined, 'rate-limit', "GitHub's rate limit (HTTP 403) (API rate limit exceeded)"],
  ];
  for (const [name, err, timedOutMs, kind, text] of cases) {
    test(`${name} is named "${kind}"`, () => {
      const failure = failedCall(err, timedOutMs);
      assert.equal(failureKind(failure), kind);
      assert.equal(describeFailure(failure), text);
    });
  }
});

describe('failureReason', () => {
  const result = (verdict: Verdict, deny: number, approval: number): GateResult => ({
    verdict,
    counts: { deny, require_approval: approval, allow: 1 },
    policyDigest: '0'.repeat(64),
    items: [
      {
        action: { type: 'shell.execute', command: 'x' },
        decision: { decision: verdict, rule: verdict === 'allow' ? 'ok' : 'rule-1', reason: 'because\nof this', normalized: 'x', matchedRules: [], parts: [] },
      },
    ],
  });
  const cases: [Verdict, FailOn, string | undefined][] = [
    ['deny', 'deny', 'SafeClaw: 2 actions denied, 1 needs approval (first: rule-1: because of this); fail-on is deny'],
    ['deny', 'require_approval', 'SafeClaw: 2 actions denied, 1 needs approval (first: rule-1: because of this); fail-on is require_approval'],
    ['deny', 'never', undefined],
    ['require_approval', 'deny', undefined],
    ['require_approval', 'require_approval', 'SafeClaw: 1 needs approval (first: rule-1: because of this); fail-on is require_approval'],
    ['allow', 'require_approval', undefined],
  ];
  for (const [verdict, failOn, expected] of cases) {
    test(`${verdict} with fail-on ${failOn} ${expected ? 'fails with one line' : 'passes'}`, () => {
      const counts = verdict === 'deny' ? [2, 1] : verdict === 'require_approval' ? [0, 1] : [0, 0];
      assert.equal(failureReason(result(verdict, counts[0], counts[1]), failOn), expected);
    });
  }
});

describe('readInputs', () => {
  test("empty inputs take action.yml's defaults", () => {
    assert.deepEqual(readInputs(() => ''), {
      policies: '.safeclaw',
      base: '',
      head: '',
      plan: '',
      commands: '',
      commandsFormat: 'auto',
      prBodyCommands: true,
      comment: 'always',
      failOn: 'require_approval',
      sarif: '',
      auditArtifact: '',
      githubToken: '',
      apiTimeoutMs: 30_000,
      apiBudgetMs: 180_000,
      approveWith: 'both',
    });
  });

  test("action.yml's defaults read the same as empty inputs, except the two where empty means off", () => {
    const defaults = defaultInputs('a-token');
    const fromActionYml = readInputs((name) => defaults[name] ?? '');
    assert.deepEqual({ ...fromActionYml, auditArtifact: '', githubToken: '' }, readInputs(() => ''));
    assert.equal(fromActionYml.auditArtifact, 'safeclaw-audit');
    assert.equal(fromActionYml.githubToken, 'a-token');
  });

  const invalid: [string, string, string][] = [
    ['api-timeout', '0', 'input api-timeout: "0" is not a positive number of seconds'],
    ['api-timeout', '-1', 'input api-timeout: "-1" is not a positive number of seconds'],
    ['api-budget', '2m', 'input api-budget: "2m" is not a positive number of seconds'],
    ['comment', 'sometimes', 'input comment: "sometimes" is not one of always, on-failure, never'],
    ['fail-on', 'approval', 'input fail-on: "approval" is not one of deny, require_approval, never'],
    ['commands-format', 'jsonl', 'input commands-format: "jsonl" is not one of auto, safeclaw, text, claude, openai'],
    ['pr-body-commands', 'yes', 'input pr-body-commands: "yes" is not true or false'],
  ];
  for (const [name, value, message] of invalid) {
    test(`${name}: ${value} is refused naming the input and its choices`, () => {
      assert.throws(() => readInputs((n) => (n === name ? value : '')), { message });
    });
  }
});

describe('expandGlobs', () => {
  test('matches each line of globs under the workspace, sorted, without duplicates and without .git', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'safeclaw-globs-'));
    try {
      write(dir, { 'plans/a.json': '{}', 'plans/sub/b.json': '{}', 'plans/c.txt': '', '.git/x.json': '{}', 'top.json': '{}' });
      assert.deepEqual(await expandGlobs('plans/**/*.json\n# a comment\n./top.json\nplans/a.json\n', dir, 'plan'), ['plans/a.json', 'plans/sub/b.json', 'top.json']);
      await assert.rejects(expandGlobs('nothing/*.json', dir, 'plan'), { message: /^plan: no file matches "nothing\/\*\.json"/ });
      await assert.rejects(expandGlobs('missing.json', dir, 'commands'), { message: /^commands: no file matches "missing\.json"/ });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
