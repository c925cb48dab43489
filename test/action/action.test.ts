// The bundled Action (a fresh build of dist/index.js) run as a child process
// with a runner's environment, against a fake GitHub API checked against
// GitHub's OpenAPI description.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { simpleGit } from 'simple-git';
import { verifyAuditFile } from '../../src/audit/verify.js';
import { COMMENT_MARKER } from '../../src/report/markdown.js';
import { sarifSchemaPath, sarifValidator } from '../report/sarif-schema.js';
import { FakeGitHub } from './fake-github.js';
import { GitHubOpenApi } from './github-openapi.js';
import {
  buildAction,
  CHANGES,
  cleanupRun,
  makeCheckout,
  pullRequestPayload,
  ROOT,
  runAction,
  webhookExample,
  write,
  type ActionRun,
  type Checkout,
  type RunOptions,
} from './runner.js';

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
  root = mkdtempSync(join(tmpdir(), 'safeclaw-action-test-'));
});
afterEach(async () => {
  await github.close();
  rmSync(root, { recursive: true, force: true });
  for (const run of runs.splice(0)) cleanupRun(run);
  // Whatever a test asserts, the Action must only have spoken GitHub's API as documented.
  assert.deepEqual(github.problems, []);
});

async function act(options: Partial<RunOptions> & { checkout: Checkout }): Promise<ActionRun> {
  const payload = options.payload ?? pullRequestPayload(options.checkout);
  // The PR as the API shows it (looked up before a green status) is the PR of the event.
  if (payload.pull_request) {
    const pr = payload.pull_request;
    github.pulls.set(pr.number, { base: pr.base.sha, head: pr.head.sha, body: pr.body ?? null });
  }
  const run = await runAction({
    dist,
    workspace: options.checkout.dir,
    event: 'pull_request',
    apiUrl: github.url,
    ...options,
    payload,
  });
  runs.push(run);
  return run;
}

const PR = 2; // the number in the `opened` pull_request example
const warnings = (run: ActionRun) => run.commands.filter((c) => c.command === 'warning').map((c) => c.message);
const errors = (run: ActionRun) => run.commands.filter((c) => c.command === 'error');

describe('the PR comment', () => {
  test('the first run creates the comment and the second updates it, leaving exactly one', async () => {
    const checkout = await makeCheckout(root, CHANGES.deny);
    const first = await act({ checkout });
    assert.equal(github.calls('issues/create-comment').length, 1);
    const second = await act({ checkout });
    assert.equal(github.calls('issues/create-comment').length, 1);
    assert.equal(github.calls('issues/update-comment').length, 1);
    const comments = github.comments.get(PR)!;
    assert.equal(comments.length, 1);
    assert.ok(comments[0].body.startsWith(COMMENT_MARKER));
    assert.match(comments[0].body, new RegExp(second.outputs['audit-head']));
    assert.equal(first.outputs['comment-url'], second.outputs['comment-url']);
    assert.equal(second.outputs['comment-url'], `https://github.com/Codertocat/Hello-World/pull/${PR}#issuecomment-${comments[0].id}`);
  });

  test('the comment is found on a later page of a long thread', async () => {
    for (let i = 0; i < 130; i++) github.addComment(PR, `comment ${i}`, 'User');
    const ours = github.addComment(PR, `${COMMENT_MARKER}\nold verdict`);
    const checkout = await makeCheckout(root, CHANGES.allow);
    await act({ checkout });
    assert.deepEqual(
      github.calls('issues/list-comments').map((r) => r.query.page ?? '1'),
      ['1', '2'],
    );
    assert.equal(github.calls('issues/create-comment').length, 0);
    assert.match(ours.body, /SafeClaw: allowed/);
  });

  test("a person's comment quoting the marker is left alone; the bot's own comment is updated", async () => {
    const quoted = github.addComment(PR, `${COMMENT_MARKER}\nlook at this`, 'User');
    const ours = github.addComment(PR, `${COMMENT_MARKER}\nold verdict`);
    const checkout = await makeCheckout(root, CHANGES.allow);
    await act({ checkout });
    assert.equal(quoted.body, `${COMMENT_MARKER}\nlook at this`);
    assert.match(ours.body, /SafeClaw: allowed/);
  });

  test('comment: on-failure writes no comment when everything is allowed', async () => {
    const checkout = await makeCheckout(root, CHANGES.allow);
    const run = await act({ checkout, inputs: { comment: 'on-failure' } });
    assert.equal(run.code, 0);
    assert.equal(github.calls('issues/create-comment').length, 0);
    assert.equal(run.outputs['comment-url'], '');
  });

  test('comment: on-failure updates an earlier denial once the PR is allowed, so no stale denial stays', async () => {
    const earlier = github.addComment(PR, `${COMMENT_MARKER}\n## 🛑 SafeClaw: denied`);
    const checkout = await makeCheckout(root, CHANGES.allow);
    await act({ checkout, inputs: { comment: 'on-failure' } });
    assert.match(earlier.body, /SafeClaw: allowed/);
    assert.equal(github.calls('issues/create-comment').length, 0);
  });

  test('comment: never makes no comment call; only the safeclaw commit status is set', async () => {
    const checkout = await makeCheckout(root, CHANGES.deny);
    const run = await act({ checkout, inputs: { comment: 'never' } });
    assert.equal(run.outputs.verdict, 'deny');
    assert.deepEqual(github.requests.map((r) => r.operationId), ['repos/create-commit-status']);
  });
});

describe('verdicts, exit codes and outputs', () => {
  const cases = [
    { change: 'allow', failOn: 'require_approval', code: 0 },
    { change: 'allow', failOn: 'deny', code: 0 },
    { change: 'require_approval', failOn: 'require_approval', code: 1 },
    { change: 'require_approval', failOn: 'deny', code: 0 },
    { change: 'require_approval', failOn: 'never', code: 0 },
    { change: 'deny', failOn: 'deny', code: 1 },
    { change: 'deny', failOn: 'require_approval', code: 1 },
    { change: 'deny', failOn: 'never', code: 0 },
  ] as const;
  for (const { change, failOn, code } of cases) {
    test(`a ${change} verdict with fail-on ${failOn} exits ${code}`, async () => {
      const checkout = await makeCheckout(root, CHANGES[change]);
      const run = await act({ checkout, inputs: { 'fail-on': failOn } });
      assert.equal(run.code, code, run.stdout);
      assert.equal(run.outputs.verdict, change);
      const failure = errors(run).filter((e) => !e.properties.file);
      if (code === 1) {
        assert.equal(failure.length, 1);
        assert.match(failure[0].message, new RegExp(`^SafeClaw: .*fail-on is ${failOn}$`));
        assert.doesNotMatch(failure[0].message, /\n/);
      } else {
        assert.deepEqual(failure, []);
      }
    });
  }

  test('the outputs count the decisions and name the audit log and its head', async () => {
    const checkout = await makeCheckout(root, CHANGES.deny);
    const run = await act({ checkout, payload: pullRequestPayload(checkout, '## Agent plan\n\n```sh\nterraform plan -out=tfplan\n```\n') });
    // deploy.sh (no rule) and its `terraform apply` are denied; infra/main.tf and the PR body's plan are allowed.
    assert.deepEqual(
      { verdict: run.outputs.verdict, denied: run.outputs.denied, approval: run.outputs['needs-approval'], allowed: run.outputs.allowed },
      { verdict: 'deny', denied: '2', approval: '0', allowed: '2' },
    );
    assert.equal(run.outputs['audit-path'], join(run.runnerTemp, 'safeclaw-audit.jsonl'));
    const audit = await verifyAuditFile(run.outputs['audit-path']);
    assert.equal(audit.ok, true);
    assert.equal(audit.records, 4);
    assert.equal(audit.head, run.outputs['audit-head']);
  });

  test('pr-body-commands: false ignores the commands in the PR description', async () => {
    const checkout = await makeCheckout(root, CHANGES.allow);
    const body = '## Agent plan\n\n```sh\nterraform apply\n```\n';
    const judged = await act({ checkout, payload: pullRequestPayload(checkout, body) });
    const ignored = await act({ checkout, payload: pullRequestPayload(checkout, body), inputs: { 'pr-body-commands': 'false' } });
    assert.equal(judged.outputs.verdict, 'deny');
    assert.equal(ignored.outputs.verdict, 'allow');
  });

  test('the job summary holds the same report as the PR comment', async () => {
    const checkout = await makeCheckout(root, CHANGES.require_approval);
    const run = await act({ checkout });
    const comment = github.comments.get(PR)![0].body;
    assert.match(run.summary, /✋ SafeClaw: needs approval/);
    assert.ok(run.summary.includes(comment.trim()), 'the summary contains the comment text');
  });

  test('each denied or approval-needed action from a changed file is annotated at its file and line', async () => {
    const checkout = await makeCheckout(root, CHANGES.deny);
    const run = await act({ checkout });
    const annotations = errors(run)
      .filter((e) => e.properties.file)
      .map((e) => ({ file: e.properties.file, line: e.properties.line, title: e.properties.title }));
    assert.deepEqual(annotations, [
      { file: 'deploy.sh', line: undefined, title: 'SafeClaw denied (safeclaw/default-deny)' },
      { file: 'deploy.sh', line: '2', title: 'SafeClaw denied (block-terraform-apply)' },
    ]);
  });

  test('the sarif input writes a SARIF 2.1.0 log with one result per finding, at its location', async () => {
    const checkout = await makeCheckout(root, CHANGES.deny);
    await act({ checkout, inputs: { sarif: 'reports/safeclaw.sarif' } });
    const log = JSON.parse(readFileSync(join(checkout.dir, 'reports/safeclaw.sarif'), 'utf8'));
    const validate = sarifValidator(sarifSchemaPath(ROOT));
    assert.equal(validate(log), true, JSON.stringify(validate.errors));
    const results = log.runs[0].results.map((r: any) => [r.ruleId, r.locations?.[0]?.physicalLocation?.artifactLocation?.uri, r.locations?.[0]?.physicalLocation?.region?.startLine]);
    assert.deepEqual(results, [
      ['safeclaw/default-deny', 'deploy.sh', undefined],
      ['block-terraform-apply', 'deploy.sh', 2],
    ]);
  });
});

describe('GitHub API faults', () => {
  test('a 403 on the comment (a fork PR with a read-only token) keeps verdict, outputs, summary and exit code, and says which permission to grant', async () => {
    const checkout = await makeCheckout(root, CHANGES.deny);
    const payload = pullRequestPayload(checkout);
    payload.pull_request.head.repo.fork = true;
    payload.pull_request.head.repo.full_name = 'fork-owner/Hello-World';
    github.fail({ operation: 'issues/create-comment', status: 403, message: 'Resource not accessible by integration' });
    const run = await act({ checkout, payload });
    assert.equal(run.code, 1);
    assert.equal(run.outputs.verdict, 'deny');
    assert.equal(run.outputs['comment-url'], '');
    assert.match(run.summary, /SafeClaw: denied/);
    assert.equal(github.calls('issues/create-comment').length, 1, 'a permission error is not retried');
    const [warning] = warnings(run);
    assert.match(warning, /403/);
    assert.match(warning, /pull-requests: write/);
    assert.match(warning, /issues: write/);
  });

  test('a 500 is retried and the comment is then created', async () => {
    const checkout = await makeCheckout(root, CHANGES.allow);
    github.fail({ operation: 'issues/list-comments', status: 500, message: 'Server Error', times: 2 });
    const run = await act({ checkout });
    assert.deepEqual(github.calls('issues/list-comments').map((r) => r.status), [500, 500, 200]);
    assert.equal(github.comments.get(PR)!.length, 1);
    assert.deepEqual(warnings(run), []);
    assert.equal(run.code, 0);
  });

  test('a 500 that lasts is given up after the retries with a warning, and the verdict stands', async () => {
    const checkout = await makeCheckout(root, CHANGES.deny);
    github.fail({ operation: 'issues/list-comments', status: 502, message: 'Bad Gateway', times: 100 });
    const run = await act({ checkout });
    assert.equal(github.calls('issues/list-comments').length, 4, 'the first try and three retries');
    assert.match(warnings(run)[0], /502/);
    assert.equal(run.outputs.verdict, 'deny');
    assert.equal(run.code, 1);
  });

  const rateLimits = [
    { name: 'a primary rate limit (403, x-ratelimit-remaining: 0)', status: 403, headers: () => ({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 1) }) },
    { name: 'a secondary rate limit (403 with retry-after)', status: 403, headers: () => ({ 'retry-after': '1' }) },
    { name: 'a 429 with retry-after', status: 429, headers: () => ({ 'retry-after': '1' }) },
  ];
  for (const limit of rateLimits) {
    test(`${limit.name} is waited out and the call retried`, async () => {
      const checkout = await makeCheckout(root, CHANGES.allow);
      github.fail({ operation: 'issues/create-comment', status: limit.status, headers: limit.headers(), message: 'API rate limit exceeded' });
      const started = Date.now();
      const run = await act({ checkout });
      assert.deepEqual(github.calls('issues/create-comment').map((r) => r.status), [limit.status, 201]);
      assert.ok(Date.now() - started >= 900, 'waited about as long as GitHub asked');
      assert.deepEqual(warnings(run), []);
      assert.notEqual(run.outputs['comment-url'], '');
    });
  }

  test('a rate limit that resets later than the Action waits is reported as a warning at once, and the verdict stands', async () => {
    const checkout = await makeCheckout(root, CHANGES.deny);
    const reset = String(Math.ceil(Date.now() / 1000) + 3600);
    github.fail({ operation: 'issues/list-comments', status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, message: 'API rate limit exceeded' });
    const run = await act({ checkout });
    assert.equal(github.calls('issues/list-comments').length, 1);
    assert.match(warnings(run)[0], /rate limit/);
    assert.equal(run.outputs.verdict, 'deny');
    assert.equal(run.code, 1);
  });
});

describe('GitHub API faults: hangs, duplicates and naming what happened', () => {
  const SECONDARY_MESSAGE = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';
  const SECONDARY_DOCS = 'https://docs.github.com/en/free-pro-team@latest/rest/overview/resources-in-the-rest-api#secondary-rate-limits';

  /** A TCP server that accepts every connection and never sends a byte. */
  async function silentServer(): Promise<{ url: string; requests: () => number; close: () => Promise<void> }> {
    const sockets = new Set<Socket>();
    let count = 0;
    const server = createNetServer((socket) => {
      // Requests, not connections: the HTTP client may open a connection it never uses.
      socket.once('data', () => count++);
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      requests: () => count,
      close: async () => {
        for (const socket of sockets) socket.destroy();
        await new Promise<void>((done) => server.close(() => done()));
      },
    };
  }

  /** A port on which nothing listens: bound, then released. */
  async function refusedUrl(): Promise<string> {
    const server = createNetServer();
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((done) => server.close(() => done()));
    return `http://127.0.0.1:${port}`;
  }

  async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
    const started = Date.now();
    const value = await work();
    return [value, Date.now() - started];
  }

  test('an API that accepts the connection and never answers is cut by api-timeout on each try, and the step ends with the verdict in seconds', async () => {
    const silent = await silentServer();
    try {
      const checkout = await makeCheckout(root, CHANGES.deny);
      const [run, ms] = await timed(() => act({ checkout, apiUrl: silent.url, inputs: { 'api-timeout': '0.3' } }));
      assert.equal(run.outputs.verdict, 'deny');
      assert.equal(run.code, 1);
      assert.match(run.summary, /SafeClaw: denied/);
      assert.equal(silent.requests(), 8, 'the first try and three retries, for the commit status and for the comment');
      const warning = warnings(run).find((w) => w.startsWith('Could not comment'))!;
      assert.match(warning, /^Could not comment on PR #2: GitHub did not answer within 0\.3 s \(the api-timeout input\) after 4 tries\. .*The verdict above stands\.$/);
      assert.ok(ms < 15_000, `took ${ms} ms`);
    } finally {
      await silent.close();
    }
  });

  test('the api-budget bounds all the calls together, even when one timeout alone is longer', async () => {
    const silent = await silentServer();
    try {
      const checkout = await makeCheckout(root, CHANGES.allow);
      const [run, ms] = await timed(() => act({ checkout, apiUrl: silent.url, inputs: { 'api-timeout': '60', 'api-budget': '1' } }));
      assert.equal(run.code, 0);
      assert.equal(run.outputs.verdict, 'allow');
      assert.equal(silent.requests(), 1, 'the PR look-up before a green status used the whole budget; no call after it');
      // Before a green status the PR is confirmed current; the comment comes before the status (later runs bind approvals to it).
      assert.match(warnings(run)[0], /^PR #2 could not be looked up to confirm that this run judged its current head and description: the GitHub API budget of 1 s \(api-budget input\) is spent; the last try: GitHub did not answer within 1 s \(the api-timeout input\): the safeclaw status stays pending\.$/);
      assert.match(warnings(run)[1], /^Could not comment on PR #2: the GitHub API budget of 1 s \(api-budget input\) is spent\. The verdict above stands\.$/);
      assert.match(warnings(run)[2], /^Could not set the safeclaw commit status .*: the GitHub API budget of 1 s \(api-budget input\) is spent\. The verdict above stands\.$/);
      assert.ok(ms < 15_000, `took ${ms} ms`);
    } finally {
      await silent.close();
    }
  });

  test('a PR look-up that never answers fails the step within the budget, naming the timeout', async () => {
    const checkout = await makeCheckout(root, CHANGES.allow);
    const payload = webhookExample('issue_comment', (e) => e.action === 'created');
    payload.issue.pull_request = { url: `https://api.github.com/repos/${payload.repository.full_name}/pulls/${payload.issue.number}` };
    github.pulls.set(payload.issue.number, { base: checkout.base, head: checkout.head, body: null });
    github.fail({ operation: 'pulls/get', hang: true, times: 100 });
    const [run, ms] = await timed(() => act({ checkout, event: 'issue_comment', payload, inputs: { 'api-timeout': '0.2', 'api-budget': '0.5' } }));
    assert.equal(run.code, 1);
    assert.equal(run.outputs.verdict, undefined, 'nothing was judged');
    assert.match(errors(run)[0].message, /GitHub API budget of 0\.5 s \(the api-budget input\) is spent; last: GitHub did not answer within 0\.2 s \(the api-timeout input\)/);
    assert.ok(ms < 15_000, `took ${ms} ms`);
  });

  const storedButFailed = [
    { name: 'answered 502', fault: { status: 502, message: 'Bad Gateway' } },
    { name: 'timed out', fault: { hang: true } },
    { name: 'lost its connection', fault: { drop: true } },
  ];
  for (const { name, fault } of storedButFailed) {
    test(`a comment POST that was stored but ${name} is found again instead of posted twice`, async () => {
      const checkout = await makeCheckout(root, CHANGES.deny);
      github.fail({ operation: 'issues/create-comment', afterEffect: true, ...fault });
      const run = await act({ checkout, inputs: { 'api-timeout': '0.5' } });
      const comments = github.comments.get(PR)!;
      assert.equal(comments.length, 1, 'exactly one comment');
      assert.equal(github.calls('issues/create-comment').length, 1);
      assert.equal(github.calls('issues/list-comments').length, 2, 'listed before creating, and again after the failed create');
      assert.equal(run.outputs['comment-url'], `https://github.com/Codertocat/Hello-World/pull/${PR}#issuecomment-${comments[0].id}`);
      assert.deepEqual(warnings(run), []);
      assert.match(run.stdout, /looking for it before trying again/);
    });
  }

  test('a comment POST that failed with 502 before anything was stored is posted again, once', async () => {
    const checkout = await makeCheckout(root, CHANGES.deny);
    github.fail({ operation: 'issues/create-comment', status: 502, message: 'Bad Gateway' });
    const run = await act({ checkout });
    assert.deepEqual(github.calls('issues/create-comment').map((r) => r.status), [502, 201]);
    assert.equal(github.comments.get(PR)!.length, 1);
    assert.deepEqual(warnings(run), []);
  });

  test('a comment POST that keeps failing with 502 is tried three times, looking each time, then given up with a warning', async () => {
    const checkout = await makeCheckout(root, CHANGES.deny);
    github.fail({ operation: 'issues/create-comment', status: 502, message: 'Bad Gateway', times: 100 });
    const run = await act({ checkout });
    assert.equal(github.calls('issues/create-comment').length, 3);
    assert.equal(github.calls('issues/list-comments').length, 3);
    assert.equal(github.comments.get(PR), undefined);
    assert.match(warnings(run)[0], /^Could not comment on PR #2: GitHub answered 502 \(Bad Gateway\)/);
    assert.equal(run.code, 1);
    assert.equal(run.outputs.verdict, 'deny');
  });

  test('a refused connection is named as one, not as "GitHub answered 500", and the verdict stands', async () => {
    const checkout = await makeCheckout(root, CHANGES.deny);
    const apiUrl = await refusedUrl();
    const run = await act({ checkout, apiUrl });
    assert.equal(run.code, 1);
    assert.equal(run.outputs.verdict, 'deny');
    const warning = warnings(run).find((w) => w.startsWith('Could not comment'))!;
    assert.match(warning, /^Could not comment on PR #2: could not connect to GitHub: ECONNREFUSED .* after 4 tries\. Check GITHUB_API_URL \(http:\/\/127\.0\.0\.1:\d+\)/);
    assert.doesNotMatch(warning, /answered|500|permission/);
  });

  for (const status of [403, 429]) {
    test(`a secondary rate limit (${status}, GitHub's message, no headers) is named as one, not as a missing permission`, async () => {
      const checkout = await makeCheckout(root, CHANGES.deny);
      github.fail({ operation: 'issues/create-comment', status, message: SECONDARY_MESSAGE, documentationUrl: SECONDARY_DOCS });
      const run = await act({ checkout });
      // GitHub asks for at least a minute; the test runner's longest wait is 3 s, so it is reported at once.
      assert.equal(github.calls('issues/create-comment').length, 1);
      const [warning] = warnings(run);
      assert.match(warning, /GitHub's secondary rate limit .*HTTP \d{3}.*You have exceeded a secondary rate limit.*This is not a missing permission.*re-run the job in a few minutes/);
      assert.doesNotMatch(warning, /pull-requests: write|issues: write/);
      assert.equal(run.outputs.verdict, 'deny');
    });
  }

  test('a secondary rate limit without headers is waited out for the secondary wait and the comment then created', async () => {
    const checkout = await makeCheckout(root, CHANGES.allow);
    github.fail({ operation: 'issues/create-comment', status: 403, message: SECONDARY_MESSAGE, documentationUrl: SECONDARY_DOCS });
    const [run, ms] = await timed(() => act({ checkout, env: { SAFECLAW_API_SECONDARY_WAIT_MS: '700' } }));
    assert.deepEqual(github.calls('issues/create-comment').map((r) => r.status), [403, 201]);
    assert.deepEqual(warnings(run), []);
    assert.ok(ms >= 700, `waited ${ms} ms`);
  });
});

describe('policies and inputs', () => {
  test('a missing .safeclaw folder fails the step with the policy error', async () => {
    const checkout = await makeCheckout(root, CHANGES.allow);
    rmSync(join(checkout.dir, '.safeclaw'), { recursive: true });
    const run = await act({ checkout });
    assert.equal(run.code, 1);
    const [failure] = errors(run);
    assert.match(failure.message, /invalid policy.*\n.*\.safeclaw.*does not exist.*safeclaw init/s);
    assert.doesNotMatch(failure.message, /\n\s+at /, 'no stack trace');
    assert.equal(run.outputs.verdict, undefined);
    assert.match(run.summary, /SafeClaw could not run/);
  });

  test('an invalid policy fails the step with its file:line:column', async () => {
    const checkout = await makeCheckout(root, CHANGES.allow);
    write(checkout.dir, { '.safeclaw/policies/gate.yaml': 'rules:\n  - id: x\n    action: shell.run\n    effect: allow\n    reason: r\n' });
    const run = await act({ checkout, payload: pullRequestPayload(checkout) });
    assert.equal(run.code, 1);
    assert.match(errors(run)[0].message, /\.safeclaw\/policies\/gate\.yaml:3:\d+: /);
  });

  test("a PR that loosens its own policy is judged by the base commit's policy", async () => {
    const loosened = 'rules:\n  - id: allow-everything\n    action: shell.execute\n    effect: allow\n    conditions:\n      command:\n        pattern: "*"\n    reason: anything goes\n  - id: allow-all-writes\n    action: file.write\n    effect: allow\n    conditions:\n      path:\n        pattern: "**"\n    reason: anything goes\n';
    const checkout = await makeCheckout(root, { ...CHANGES.deny, '.safeclaw/policies/gate.yaml': loosened });
    const run = await act({ checkout });
    assert.equal(run.outputs.verdict, 'deny');
    assert.ok(run.commands.some((c) => c.command === 'notice' && /edits the policies/.test(c.message)));
  });

  test("a PR that points the policies input at a folder it adds is judged by the base commit's .safeclaw policies", async () => {
    const allowAll = 'rules:\n  - id: allow-everything\n    action: shell.execute\n    effect: allow\n    conditions:\n      command:\n        pattern: "*"\n    reason: anything goes\n  - id: allow-all-writes\n    action: file.write\n    effect: allow\n    conditions:\n      path:\n        pattern: "**"\n    reason: anything goes\n';
    const checkout = await makeCheckout(root, { ...CHANGES.deny, 'mine/policies/gate.yaml': allowAll });
    const run = await act({ checkout, inputs: { policies: 'mine' } });
    assert.equal(run.outputs.verdict, 'deny');
    assert.equal(run.code, 1);
    assert.ok(
      warnings(run).some((w) => /^The policies input names mine, which the base commit [0-9a-f]{40} does not have; its \.safeclaw policies decide instead\./.test(w)),
      run.stdout,
    );
  });

  test('a PR that changes the workflow running the gate is warned that under pull_request the gate is its own', async () => {
    const checkout = await makeCheckout(root, CHANGES.require_approval);
    const run = await act({ checkout, env: { GITHUB_WORKFLOW_REF: 'Codertocat/Hello-World/.github/workflows/plan.yml@refs/pull/2/merge' } });
    const warning = run.commands.find((c) => c.command === 'warning' && c.properties.title === 'SafeClaw: the PR changes its own gate');
    assert.ok(warning, run.stdout);
    assert.equal(warning.properties.file, '.github/workflows/plan.yml');
    assert.match(warning.message, /pull_request_target/);
    const quiet = await act({ checkout, env: { GITHUB_WORKFLOW_REF: 'Codertocat/Hello-World/.github/workflows/safeclaw.yml@refs/pull/2/merge' } });
    assert.equal(quiet.commands.filter((c) => c.properties.title === 'SafeClaw: the PR changes its own gate').length, 0);
  });

  test('a plan glob that matches nothing fails the step instead of judging nothing', async () => {
    const checkout = await makeCheckout(root, CHANGES.allow);
    const run = await act({ checkout, inputs: { plan: 'plans/*.json' } });
    assert.equal(run.code, 1);
    assert.match(errors(run)[0].message, /^plan: no file matches "plans\/\*\.json"/);
  });

  test('an unknown fail-on value fails the step naming the choices', async () => {
    const checkout = await makeCheckout(root, CHANGES.allow);
    const run = await act({ checkout, inputs: { 'fail-on': 'warn' } });
    assert.equal(run.code, 1);
    assert.equal(errors(run)[0].message, 'input fail-on: "warn" is not one of deny, require_approval, never');
  });

  test('agent command files matched by the commands glob are judged', async () => {
    const checkout = await makeCheckout(root, CHANGES.allow);
    write(checkout.dir, { 'logs/agent.jsonl': '{"action":"shell.execute","command":"terraform apply -auto-approve"}\n' });
    const run = await act({ checkout, inputs: { commands: 'logs/*.jsonl' } });
    assert.equal(run.outputs.verdict, 'deny');
  });

  test('a commands file of no format SafeClaw can tell fails the step naming the commands-format input, not a CLI option', async () => {
    const checkout = await makeCheckout(root, CHANGES.allow);
    write(checkout.dir, { 'logs/odd.jsonl': '{"x":1}\n' });
    const run = await act({ checkout, inputs: { commands: 'logs/*.jsonl' } });
    assert.equal(run.code, 1);
    assert.match(errors(run)[0].message, /logs\/odd\.jsonl:1: cannot tell which agent log format.*\n\s+fix: pass the commands-format input \(safeclaw, text, claude, openai\)/s);
    assert.doesNotMatch(errors(run)[0].message, /--commands-format/);
  });

  test('the commands-format input decides how the commands files are read', async () => {
    const checkout = await makeCheckout(root, CHANGES.allow);
    write(checkout.dir, { 'logs/plan.txt': 'terraform apply -auto-approve\n' });
    const auto = await act({ checkout, inputs: { commands: 'logs/plan.txt' } });
    assert.equal(auto.outputs.verdict, 'deny', 'auto reads shell text');
    const asJsonl = await act({ checkout, inputs: { commands: 'logs/plan.txt', 'commands-format': 'safeclaw' } });
    assert.equal(asJsonl.code, 1);
    assert.match(errors(asJsonl)[0].message, /logs\/plan\.txt:1: not valid JSON/);
  });

  test('a failed audit upload is a warning naming the cause, and the verdict stands', async () => {
    const checkout = await makeCheckout(root, CHANGES.allow);
    const run = await act({ checkout, inputs: { 'audit-artifact': 'safeclaw-audit' } });
    assert.equal(run.code, 0);
    assert.equal(run.outputs.verdict, 'allow');
    const warning = warnings(run).find((w) => w.includes('artifact'));
    assert.ok(warning, run.stdout);
    assert.match(warning, /Could not upload the audit log as artifact "safeclaw-audit": \w+: .*ACTIONS_RUNTIME_TOKEN/);
  });
});

describe('events', () => {
  test('push: the commits between before and after are judged, and with no open PR at the head no comment or status is written', async () => {
    const checkout = await makeCheckout(root, CHANGES.deny);
    const payload = webhookExample('push');
    payload.before = checkout.base;
    payload.after = checkout.head;
    const run = await act({ checkout, event: 'push', payload });
    assert.equal(run.outputs.verdict, 'deny');
    assert.equal(run.outputs.denied, '2');
    assert.deepEqual(github.requests.map((r) => r.operationId), ['repos/list-pull-requests-associated-with-commit']);
  });

  test('push that creates a branch fails with what to set, rather than judging nothing', async () => {
    const checkout = await makeCheckout(root, CHANGES.allow);
    const payload = webhookExample('push', (e) => /^0+$/.test(e.before));
    payload.after = checkout.head;
    const run = await act({ checkout, event: 'push', payload });
    assert.equal(run.code, 1);
    assert.match(errors(run)[0].message, /created a branch.*\n\s+fix: set the base input/s);
  });

  test('issue_comment on a PR looks the PR up through the API and comments on it', async () => {
    const checkout = await makeCheckout(root, CHANGES.require_approval);
    const payload = webhookExample('issue_comment', (e) => e.action === 'created');
    // The examples' comments are on plain issues; a comment on a PR has `issue.pull_request`.
    payload.issue.pull_request = { url: `https://api.github.com/repos/${payload.repository.full_name}/pulls/${payload.issue.number}` };
    github.pulls.set(payload.issue.number, { base: checkout.base, head: checkout.head, body: null });
    const run = await act({ checkout, event: 'issue_comment', payload });
    assert.equal(run.outputs.verdict, 'require_approval');
    assert.deepEqual(github.calls('pulls/get').map((r) => r.path), [`/repos/${payload.repository.full_name}/pulls/${payload.issue.number}`]);
    assert.equal(github.comments.get(payload.issue.number)!.length, 1);
  });

  test('issue_comment on a plain issue checks nothing and passes with a notice', async () => {
    const checkout = await makeCheckout(root, CHANGES.deny);
    const payload = webhookExample('issue_comment', (e) => e.action === 'created');
    const run = await act({ checkout, event: 'issue_comment', payload });
    assert.equal(run.code, 0);
    assert.ok(run.commands.some((c) => c.command === 'notice' && /not a pull request/.test(c.message)));
    assert.deepEqual(github.requests, []);
  });

  test('pull_request_target with the base branch checked out fetches the PR head from origin without checking it out', async () => {
    // origin holds the PR's commits (as GitHub holds refs/pull/N/head); the workspace has fetched only the base,
    // as actions/checkout does for pull_request_target.
    const origin = await makeCheckout(join(root, 'origin'), CHANGES.deny);
    await simpleGit({ baseDir: origin.dir }).raw(['config', 'uploadpack.allowAnySHA1InWant', 'true']);
    const workspace = join(root, 'clone');
    const clone = simpleGit();
    await clone.init([workspace]);
    await clone.cwd(workspace);
    await clone.addRemote('origin', origin.dir);
    await clone.raw(['fetch', '-q', 'origin', origin.base]);
    await clone.raw(['checkout', '-q', origin.base]);
    const missing = await clone.raw(['cat-file', '-e', `${origin.head}^{commit}`]).then(() => false, () => true);
    assert.equal(missing, true, 'the clone lacks the head commit before the run');

    const checkout = { dir: workspace, base: origin.base, head: origin.head };
    const run = await act({ checkout, event: 'pull_request_target', payload: pullRequestPayload(checkout) });
    assert.equal(run.outputs.verdict, 'deny', run.stdout);
    assert.match(run.stdout, new RegExp(`Fetched ${origin.head} from origin`));
    assert.equal((await clone.revparse(['HEAD'])).trim(), origin.base, 'the work tree still holds the base commit');
    assert.equal(existsSync(join(workspace, 'deploy.sh')), false, 'no PR file was checked out');
  });
});
