// The approval workflow (issue 13): which approvals count, run through the
// bundled Action against the fake GitHub API (every route checked against the
// OpenAPI description), with real webhook payloads; and the pure counting rules.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { countApprovals, parseApproveCommand, type Candidate } from '../../src/action/approvals.js';
import { FakeGitHub } from './fake-github.js';
import { GitHubOpenApi } from './github-openapi.js';
import { buildAction, CHANGES, cleanupRun, makeCheckout, pullRequestPayload, runAction, webhookExample, type ActionRun, type Checkout, type RunOptions } from './runner.js';

describe('parseApproveCommand', () => {
  const cases: [string, ReturnType<typeof parseApproveCommand>][] = [
    ['/safeclaw approve abc1234 looks fine', { sha: 'abc1234', reason: 'looks fine' }],
    ['LGTM\n/safeclaw approve ABCDEF0123456789', { sha: 'abcdef0123456789', reason: '' }],
    ['/safeclaw approve', { error: 'it names no commit' }],
    ['/safeclaw approve abc12', { error: '"abc12" is not a commit SHA' }],
    ['/safeclaw approve please', { error: '"please" is not a commit SHA' }],
    ['please /safeclaw approve abc1234', undefined],
    ['/safeclaw approved abc1234', undefined],
    ['nothing here', undefined],
  ];
  for (const [body, expected] of cases) {
    test(`${JSON.stringify(body)} reads as ${JSON.stringify(expected)}`, () => assert.deepEqual(parseApproveCommand(body), expected));
  }
});

describe('countApprovals', () => {
  const head = 'a'.repeat(40);
  const candidate = (login: string, sha = head.slice(0, 7), userType = 'User'): Candidate => ({ kind: 'comment', id: 1, login, userType, sha, url: 'u', at: 't', reason: '' });
  const permissions = new Map([
    ['writer', { permission: 'write' }],
    ['second', { permission: 'admin' }],
    ['reader', { permission: 'read' }],
    ['flaky', { error: 'GitHub answered 502 (Bad Gateway)' }],
  ] as const);
  const count = (candidates: Candidate[], required = 1, denied = false) =>
    countApprovals({ candidates, prAuthor: 'Author', headSha: head, permissions: new Map(permissions), required, denied });
  const refusals: [string, Candidate, RegExp][] = [
    ["the PR's author (in any case)", candidate('author'), /the PR's author cannot approve it/],
    ['a reader', candidate('reader'), /not a writer \(permission: read\)/],
    ['a bot', candidate('dependabot[bot]', head, 'Bot'), /a bot cannot approve/],
    ['an approval for an earlier commit', candidate('writer', 'b'.repeat(7)), /stale: given for bbbbbbb, the head is now aaaaaaa/],
    ['someone whose permission call failed', candidate('flaky'), /could not be checked .*502.*counts for nothing/],
    ['someone whose permission was never checked', candidate('stranger'), /permission not checked/],
  ];
  for (const [name, c, why] of refusals) {
    test(`${name} does not count`, () => {
      const result = count([c]);
      assert.equal(result.approved, false);
      assert.match(result.approvals[0].refused ?? '', why);
    });
  }
  test('a writer naming the head by its 7-character prefix counts', () => assert.equal(count([candidate('writer')]).approved, true));
  test('approvals: 2 needs two different people; the same person twice is one', () => {
    assert.equal(count([candidate('writer'), candidate('writer')], 2).approved, false);
    assert.equal(count([candidate('writer'), candidate('second')], 2).approved, true);
  });
  test('nothing approves a denial', () => assert.equal(count([candidate('writer')], 1, true).approved, false));
});

let dist: string;
let openApi: GitHubOpenApi;
let github: FakeGitHub;
let root: string;
const runs: ActionRun[] = [];

before(async () => {
  dist = await buildAction();
  openApi = GitHubOpenApi.load();
});
after(() => rmSync(dist, { recursive: true, force: true }));
beforeEach(async () => {
  github = new FakeGitHub(openApi);
  await github.start();
  root = mkdtempSync(join(tmpdir(), 'safeclaw-approvals-test-'));
  github.permissions.set('hubot', 'write');
  github.permissions.set('octocat', 'maintain');
  github.permissions.set('reader', 'read');
  github.permissions.set('Codertocat', 'admin');
});
afterEach(async () => {
  await github.close();
  rmSync(root, { recursive: true, force: true });
  for (const run of runs.splice(0)) cleanupRun(run);
  assert.deepEqual(github.problems, []);
});

const PR = 2; // the pull_request examples' number; their author is Codertocat

async function act(options: Partial<RunOptions> & { checkout: Checkout }): Promise<ActionRun> {
  const run = await runAction({ dist, workspace: options.checkout.dir, event: 'pull_request', payload: pullRequestPayload(options.checkout), apiUrl: github.url, ...options });
  runs.push(run);
  return run;
}

const lastStatus = () => github.statuses.at(-1);

describe('approvals on a PR needing one', () => {
  test('without approvals the safeclaw status is pending on the head and the comment prints the command to copy', async () => {
    const checkout = await makeCheckout(root, CHANGES.require_approval);
    const run = await act({ checkout });
    assert.deepEqual(lastStatus(), { sha: checkout.head, state: 'pending', context: 'safeclaw', description: '1 action need approval (0 of 1)' });
    assert.equal(run.code, 1);
    assert.equal(run.outputs.approved, 'false');
    assert.ok(github.comments.get(PR)![0].body.includes(`/safeclaw approve ${checkout.head.slice(0, 7)} <reason>`));
  });

  test("a writer's /safeclaw approve on the head turns the status green, passes the step and gets a +1", async () => {
    const checkout = await makeCheckout(root, CHANGES.require_approval);
    const approval = github.addComment(PR, `/safeclaw approve ${checkout.head.slice(0, 7)} reviewed the workflow`, 'User', 'hubot');
    const run = await act({ checkout });
    assert.equal(lastStatus()?.state, 'success');
    assert.equal(lastStatus()?.description, 'approved by hubot');
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs.approved, 'true');
    assert.equal(run.outputs.verdict, 'require_approval', 'the verdict names what the policies said; approval is separate');
    assert.deepEqual(github.reactions, [{ commentId: approval.id, content: '+1' }]);
    const sticky = github.comments.get(PR)!.find((c) => c.userType === 'Bot')!;
    assert.match(sticky.body, /✅ Approved for [0-9a-f]{7} by @hubot/);
    assert.match(sticky.body, /\| @hubot \| \[comment\]\(.*\) \| [0-9a-f]{7} \| .* \| yes \(write\) \|/);
    assert.deepEqual(github.calls('repos/get-collaborator-permission-level').map((r) => r.path), ['/repos/Codertocat/Hello-World/collaborators/hubot/permission']);
  });

  const refused: [string, string, RegExp][] = [
    ["the PR's author", 'Codertocat', /the PR's author cannot approve it/],
    ['a reader', 'reader', /not a writer \(permission: read\)/],
    ['a bot', 'renovate[bot]', /a bot cannot approve/],
    ['someone without access (404)', 'stranger', /not a writer \(permission: none\)/],
  ];
  for (const [name, login, why] of refused) {
    test(`${name}'s approval is refused, listed with the reason, and answered with a confused reaction`, async () => {
      const checkout = await makeCheckout(root, CHANGES.require_approval);
      const approval = github.addComment(PR, `/safeclaw approve ${checkout.head}`, login.endsWith('[bot]') ? 'Bot' : 'User', login);
      const run = await act({ checkout });
      assert.equal(lastStatus()?.state, 'pending');
      assert.equal(run.code, 1);
      assert.deepEqual(github.reactions, [{ commentId: approval.id, content: 'confused' }]);
      const sticky = github.comments.get(PR)!.find((c) => c.id !== approval.id)!;
      assert.match(sticky.body, why);
    });
  }

  test('a push after the approval makes it stale: pending again, and the comment says so', async () => {
    const checkout = await makeCheckout(root, CHANGES.require_approval);
    github.addComment(PR, `/safeclaw approve ${checkout.base.slice(0, 12)}`, 'User', 'hubot');
    const run = await act({ checkout });
    assert.equal(lastStatus()?.state, 'pending');
    assert.equal(run.code, 1);
    assert.match(github.comments.get(PR)!.at(-1)!.body, /stale: given for [0-9a-f]{7}, the head is now [0-9a-f]{7}/);
  });

  test('a 5xx on the permission call never counts the approval (fail closed)', async () => {
    const checkout = await makeCheckout(root, CHANGES.require_approval);
    github.addComment(PR, `/safeclaw approve ${checkout.head}`, 'User', 'hubot');
    github.fail({ operation: 'repos/get-collaborator-permission-level', status: 502, message: 'Bad Gateway', times: 100 });
    const run = await act({ checkout });
    assert.equal(lastStatus()?.state, 'pending');
    assert.equal(run.code, 1);
    assert.match(github.comments.get(PR)!.at(-1)!.body, /permission could not be checked .*502.*counts for nothing/);
  });

  test('a comment without a SHA counts for nothing and gets a confused reaction', async () => {
    const checkout = await makeCheckout(root, CHANGES.require_approval);
    const approval = github.addComment(PR, '/safeclaw approve', 'User', 'hubot');
    const run = await act({ checkout });
    assert.equal(run.code, 1);
    assert.deepEqual(github.reactions, [{ commentId: approval.id, content: 'confused' }]);
  });

  test('an approving review on the head commit counts (pull_request_review, a real payload)', async () => {
    const checkout = await makeCheckout(root, CHANGES.require_approval);
    github.reviews.set(PR, [{ login: 'octocat', state: 'APPROVED', commitId: checkout.head }]);
    const payload = webhookExample('pull_request_review', (e) => e.action === 'submitted');
    payload.pull_request.base.sha = checkout.base;
    payload.pull_request.head.sha = checkout.head;
    payload.review.state = 'approved';
    payload.review.commit_id = checkout.head;
    const run = await act({ checkout, event: 'pull_request_review', payload });
    assert.equal(lastStatus()?.state, 'success', run.stdout);
    assert.equal(run.code, 0);
    assert.match(github.comments.get(PR)!.at(-1)!.body, /\| @octocat \| \[review\]/);
  });

  test('an approving review on an earlier commit, or withdrawn by a later review requesting changes, does not count', async () => {
    const checkout = await makeCheckout(root, CHANGES.require_approval);
    github.reviews.set(PR, [
      { login: 'octocat', state: 'APPROVED', commitId: checkout.base },
      { login: 'hubot', state: 'APPROVED', commitId: checkout.head },
      { login: 'hubot', state: 'CHANGES_REQUESTED', commitId: checkout.head },
    ]);
    const run = await act({ checkout });
    assert.equal(lastStatus()?.state, 'pending');
    assert.equal(run.code, 1);
  });

  test('approve-with: review ignores /safeclaw approve comments', async () => {
    const checkout = await makeCheckout(root, CHANGES.require_approval);
    github.addComment(PR, `/safeclaw approve ${checkout.head}`, 'User', 'hubot');
    const run = await act({ checkout, inputs: { 'approve-with': 'review' } });
    assert.equal(lastStatus()?.state, 'pending');
    assert.equal(run.code, 1);
    assert.equal(github.calls('repos/get-collaborator-permission-level').length, 0);
  });

  test('an issue_comment run (a real payload) looks the PR and its author up through the API and counts the approval', async () => {
    const checkout = await makeCheckout(root, CHANGES.require_approval);
    const payload = webhookExample('issue_comment', (e) => e.action === 'created');
    payload.issue.pull_request = { url: `https://api.github.com/repos/${payload.repository.full_name}/pulls/${payload.issue.number}` };
    github.pulls.set(payload.issue.number, { base: checkout.base, head: checkout.head, body: null, author: 'monalisa' });
    // Codertocat is an admin and, here, not the PR's author (monalisa is).
    github.addComment(payload.issue.number, `/safeclaw approve ${checkout.head.slice(0, 7)}`, 'User', 'Codertocat');
    const run = await act({ checkout, event: 'issue_comment', payload });
    assert.equal(lastStatus()?.state, 'success', run.stdout);
    assert.equal(lastStatus()?.sha, checkout.head);
  });
});

describe('statuses for the other verdicts', () => {
  test('deny is a failure status, and a writer approval cannot change it', async () => {
    const checkout = await makeCheckout(root, CHANGES.deny);
    github.addComment(PR, `/safeclaw approve ${checkout.head}`, 'User', 'hubot');
    const run = await act({ checkout });
    assert.deepEqual(lastStatus(), { sha: checkout.head, state: 'failure', context: 'safeclaw', description: '2 actions denied' });
    assert.equal(run.code, 1);
  });

  test('allow is a success status', async () => {
    const checkout = await makeCheckout(root, CHANGES.allow);
    await act({ checkout });
    assert.deepEqual(lastStatus(), { sha: checkout.head, state: 'success', context: 'safeclaw', description: 'every action allowed' });
  });
});
