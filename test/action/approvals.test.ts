// The approval workflow (issue 13): which approvals count, run through the
// bundled Action against the fake GitHub API (every route checked against the
// OpenAPI description), with real webhook payloads; and the pure counting rules.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import {
  actionsDigest,
  commitStatus,
  countApprovals,
  DIGEST_SHOWN,
  membershipKey,
  parseApproveCommand,
  reviewDigest,
  statusMark,
  type ApprovalNeed,
  type Candidate,
  type Membership,
  type RuleNeed,
  type StatusMark,
} from '../../src/action/approvals.js';
import { verifyAuditFile } from '../../src/audit/verify.js';
import type { GateResult } from '../../src/types.js';
import { FakeGitHub } from './fake-github.js';
import { GitHubOpenApi } from './github-openapi.js';
import { buildAction, CHANGES, cleanupRun, makeCheckout, pullRequestPayload, runAction, TEST_POLICY, webhookExample, write, type ActionRun, type Checkout, type RunOptions } from './runner.js';

describe('parseApproveCommand', () => {
  const digest = 'c0ffee0123456789';
  const cases: [string, ReturnType<typeof parseApproveCommand>][] = [
    ['/safeclaw approve abc1234 looks fine', { sha: 'abc1234', reason: 'looks fine' }],
    ['LGTM\n/safeclaw approve ABCDEF0123456789', { sha: 'abcdef0123456789', reason: '' }],
    [`/safeclaw approve abc1234 actions:${digest} reviewed`, { sha: 'abc1234', digest, reason: 'reviewed' }],
    [`/safeclaw approve abc1234 ACTIONS:${digest.toUpperCase()}`, { sha: 'abc1234', digest, reason: '' }],
    ['/safeclaw approve abc1234 actions:c0ffee', { error: `"actions:c0ffee" names the actions by fewer than ${DIGEST_SHOWN} hex digits` }],
    ['/safeclaw approve abc1234 actions:', { error: `"actions:" names the actions by fewer than ${DIGEST_SHOWN} hex digits` }],
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

describe('reviewDigest', () => {
  const cases: [string, string | undefined][] = [
    ['LGTM actions:0123456789ABCDEF', '0123456789abcdef'],
    ['actions:0123456789abcdef0123', '0123456789abcdef0123'],
    ['actions:0123456789abcde', undefined],
    ['actions:0123456789abcdefg', undefined],
    ['reactions:0123456789abcdef', undefined],
    ['no digest here', undefined],
  ];
  for (const [body, expected] of cases) test(`${JSON.stringify(body)} names ${String(expected)}`, () => assert.equal(reviewDigest(body), expected));
});

describe('actionsDigest', () => {
  const need = (normalized: string, rules = ['r'], type = 'file.write', item = 0): ApprovalNeed => ({ item, type, normalized, rules });
  test('does not depend on the order actions were found in, nor on duplicates or the order of rules', () => {
    assert.equal(actionsDigest([need('a'), need('b', ['r', 's'])]), actionsDigest([need('b', ['s', 'r'], 'file.write', 5), need('a', ['r'], 'file.write', 9), need('a')]));
  });
  const base = actionsDigest([need('a')]);
  const changes: [string, ApprovalNeed[]][] = [
    ['a new action', [need('a'), need('b')]],
    ['a changed action text', [need('a2')]],
    ['the same text as another action type', [need('a', ['r'], 'file.read')]],
    ['another rule asking for approval', [need('a', ['r', 's'])]],
    ['no action at all', []],
  ];
  for (const [name, needs] of changes) test(`changes with ${name}`, () => assert.notEqual(actionsDigest(needs), base));
  test('cannot be made equal by moving text between type and action (canonical JSON, not concatenation)', () => {
    assert.notEqual(actionsDigest([need('b c', ['r'], 'a')]), actionsDigest([need('c', ['r'], 'a b')]));
  });
});

describe('countApprovals', () => {
  const head = 'a'.repeat(40);
  const needs: ApprovalNeed[] = [{ item: 0, type: 'file.write', normalized: '.github/workflows/x.yml', rules: ['ci'] }];
  const digest = actionsDigest(needs);
  const judged: StatusMark[] = [{ at: '2026-01-01T00:00:10Z', digest: digest.slice(0, DIGEST_SHOWN) }];
  let next = 100;
  const candidate = (login: string, extra: Partial<Candidate> = {}): Candidate => ({
    kind: 'comment',
    id: next++,
    login,
    userType: 'User',
    sha: head.slice(0, 7),
    url: `u${next}`,
    at: '2026-01-01T00:01:00Z',
    reason: '',
    ...extra,
  });
  const permissions = new Map([
    ['writer', { permission: 'write' }],
    ['second', { permission: 'admin' }],
    ['third', { permission: 'maintain' }],
    ['reader', { permission: 'read' }],
    ['flaky', { error: 'GitHub answered 502 (Bad Gateway)' }],
  ] as const);
  const count = (candidates: Candidate[], options: { rules?: RuleNeed[]; marks?: StatusMark[] | { error: string }; denied?: boolean; memberships?: Map<string, Membership>; needs?: ApprovalNeed[] } = {}) =>
    countApprovals({
      candidates,
      prAuthor: 'Author',
      headSha: head,
      needs: options.needs ?? needs,
      rules: options.rules ?? [{ id: 'ci', required: 1 }],
      permissions: new Map(permissions),
      memberships: options.memberships ?? new Map(),
      marks: options.marks ?? judged,
      denied: options.denied ?? false,
    });
  const refusals: [string, Candidate, RegExp][] = [
    ["the PR's author (in any case)", candidate('author'), /the PR's author cannot approve it/],
    ['a reader', candidate('reader'), /not a writer \(permission: read\)/],
    ['a bot by type', candidate('helper', { userType: 'Bot' }), /a bot cannot approve/],
    ['a bot by name', candidate('renovate[bot]'), /a bot cannot approve/],
    ['an approval for an earlier commit', candidate('writer', { sha: 'b'.repeat(7) }), /stale: given for bbbbbbb, the head is now aaaaaaa \(a new push\)/],
    ['a SHA shorter than 7', candidate('writer', { sha: 'aaaa' }), /stale/],
    ['someone whose permission call failed', candidate('flaky'), /permission could not be checked .*502.*counts for nothing/],
    ['someone whose permission was never checked', candidate('stranger'), /permission not checked/],
    ['an edited comment', candidate('writer', { edited: true }), /edited after it was posted/],
    ['a command naming other actions', candidate('writer', { digest: 'f'.repeat(16) }), /stale: given for actions ffffffffffffffff, they are now [0-9a-f]{16} \(named by the command/],
    ['an approval older than the first status on the head', candidate('writer', { at: '2026-01-01T00:00:05Z' }), /given before SafeClaw judged this commit/],
    ['an approval with no time', candidate('writer', { at: '' }), /given before SafeClaw judged this commit/],
  ];
  for (const [name, c, why] of refusals) {
    test(`${name} does not count`, () => {
      const result = count([c]);
      assert.equal(result.approved, false);
      assert.equal(result.approvals[0].counted, false);
      assert.match(result.approvals[0].refused ?? '', why);
    });
  }
  test('an approval given while another set of actions was current is stale', () => {
    const marks = [{ at: '2026-01-01T00:00:10Z', digest: '0123456789abcdef' }, { at: '2026-01-01T00:02:00Z', digest: digest.slice(0, DIGEST_SHOWN) }];
    const result = count([candidate('writer')], { marks });
    assert.match(result.approvals[0].refused ?? '', /stale: given for actions 0123456789abcdef, they are now .*current when it was given/);
    assert.equal(result.stale, 1);
    assert.equal(count([candidate('writer', { at: '2026-01-01T00:02:00Z' })], { marks }).approved, true, 'the same second as the status counts');
  });
  test('an approval given while nothing needed approval is stale', () => {
    assert.match(count([candidate('writer')], { marks: [{ at: '2026-01-01T00:00:10Z' }] }).approvals[0].refused ?? '', /no action of this commit needed approval/);
  });
  test('statuses that cannot be read count nothing (fail closed)', () => {
    const result = count([candidate('writer')], { marks: { error: 'GitHub answered 500' } });
    assert.equal(result.approved, false);
    assert.match(result.approvals[0].refused ?? '', /statuses on the head could not be read \(GitHub answered 500\)/);
  });
  test('a command naming the current actions counts', () => assert.equal(count([candidate('writer', { digest: digest.slice(0, 20) })]).approved, true));
  test('a writer naming the head by its 7-character prefix counts', () => assert.equal(count([candidate('writer')]).approved, true));
  test('approvals: 2 needs two different people; the same person twice is one', () => {
    const rules = [{ id: 'ci', required: 2 }];
    assert.equal(count([candidate('writer'), candidate('writer')], { rules }).approved, false);
    assert.deepEqual(count([candidate('writer'), candidate('reader')], { rules }).rules[0].approvedBy, ['writer']);
    assert.equal(count([candidate('writer'), candidate('second')], { rules }).approved, true);
  });
  test('nothing approves a denial', () => assert.equal(count([candidate('writer')], { denied: true }).approved, false));
  test('with no rule to satisfy nothing is approved', () => assert.equal(count([candidate('writer')], { rules: [] }).approved, false));

  describe('approvers', () => {
    const rules: RuleNeed[] = [{ id: 'ci', required: 1, approvers: [{ kind: 'user', login: 'Second' }, { kind: 'team', org: 'acme', slug: 'platform' }] }];
    test('a listed user counts (logins ignore case)', () => assert.equal(count([candidate('second')], { rules }).approved, true));
    test('a writer who is neither listed nor in the team does not count', () => {
      const result = count([candidate('writer')], { rules, memberships: new Map([[membershipKey('acme', 'platform', 'writer'), { active: false, state: 'absent (404)' }]]) });
      assert.equal(result.approved, false);
      assert.match(result.approvals[0].refused ?? '', /ci: .*membership of acme\/platform is absent/);
    });
    test('a writer never looked up in the team is not an approver', () => {
      assert.match(count([candidate('writer')], { rules }).approvals[0].refused ?? '', /not an approver of this rule \(approvers: Second, acme\/platform\)/);
    });
    test('an active team member counts', () => {
      assert.equal(count([candidate('writer')], { rules, memberships: new Map([[membershipKey('acme', 'platform', 'writer'), { active: true, state: 'active' }]]) }).approved, true);
    });
    test('a pending team member does not count', () => {
      const result = count([candidate('writer')], { rules, memberships: new Map([[membershipKey('acme', 'platform', 'writer'), { active: false, state: 'pending' }]]) });
      assert.match(result.approvals[0].refused ?? '', /is pending, not active/);
    });
    test('a failed membership call counts nothing and says why', () => {
      const result = count([candidate('writer')], { rules, memberships: new Map([[membershipKey('acme', 'platform', 'writer'), { error: 'GitHub answered 503' }]]) });
      assert.equal(result.approved, false);
      assert.match(result.approvals[0].refused ?? '', /membership of acme\/platform could not be checked \(GitHub answered 503\): it counts for nothing/);
    });
    test('listing does not lift the writer requirement', () => {
      const readerRules: RuleNeed[] = [{ id: 'ci', required: 1, approvers: [{ kind: 'user', login: 'reader' }] }];
      assert.match(count([candidate('reader')], { rules: readerRules }).approvals[0].refused ?? '', /not a writer/);
    });
  });

  test('an action that two rules send to approval needs each rule satisfied', () => {
    const twoNeeds: ApprovalNeed[] = [{ item: 0, type: 'file.write', normalized: 'x', rules: ['ci', 'security'] }];
    const marks = [{ at: '2026-01-01T00:00:10Z', digest: actionsDigest(twoNeeds).slice(0, DIGEST_SHOWN) }];
    const rules: RuleNeed[] = [
      { id: 'ci', required: 1 },
      { id: 'security', required: 1, approvers: [{ kind: 'user', login: 'third' }] },
    ];
    const one = count([candidate('writer')], { needs: twoNeeds, rules, marks });
    assert.equal(one.approved, false);
    assert.deepEqual(one.rules.map((r) => [r.id, r.satisfied]), [['ci', true], ['security', false]]);
    assert.equal(count([candidate('writer'), candidate('third')], { needs: twoNeeds, rules, marks }).approved, true);
    assert.equal(count([candidate('third')], { needs: twoNeeds, rules, marks }).approved, true, 'one listed writer satisfies both');
  });
});

describe('commitStatus', () => {
  const result = (verdict: GateResult['verdict'], counts: Partial<GateResult['counts']>): GateResult => ({ verdict, items: [], counts: { allow: 0, deny: 0, require_approval: 0, ...counts }, policyDigest: '0'.repeat(64) });
  const digest = 'abcdef0123456789'.repeat(4);
  test('names the action digest, which statusMark reads back', () => {
    const status = commitStatus(result('require_approval', { require_approval: 1 }), undefined, digest);
    assert.equal(status.description, '1 action needs approval (0 of 1) · actions abcdef0123456789');
    assert.deepEqual(statusMark(status.description, 't'), { at: 't', digest: 'abcdef0123456789' });
  });
  test('a long description is cut before the digest, never through it (140 characters)', () => {
    const count = { approvals: [], approvers: Array.from({ length: 30 }, (_, i) => `approver-number-${i}`), rules: [], needs: [], digest, stale: 0, approved: true };
    const status = commitStatus(result('require_approval', { require_approval: 1 }), count, digest);
    assert.ok(status.description.length <= 140);
    assert.match(status.description, / · actions abcdef0123456789$/);
  });
  test('a description without a digest marks no digest', () => assert.deepEqual(statusMark('every action allowed', 't'), { at: 't' }));
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
after(() => {
  if (dist) rmSync(dist, { recursive: true, force: true }); // undefined when the build failed
});
beforeEach(async () => {
  github = new FakeGitHub(openApi);
  await github.start();
  root = mkdtempSync(join(tmpdir(), 'safeclaw-approvals-test-'));
  github.permissions.set('hubot', 'write');
  github.permissions.set('octocat', 'maintain');
  github.permissions.set('reader', 'read');
  github.permissions.set('Codertocat', 'admin');
  github.permissions.set('monalisa', 'write');
});
afterEach(async () => {
  await github.close();
  rmSync(root, { recursive: true, force: true });
  for (const run of runs.splice(0)) cleanupRun(run);
  assert.deepEqual(github.problems, []);
});

const PR = 2; // the pull_request examples' number; their author is Codertocat

async function act(options: Partial<RunOptions> & { checkout: Checkout; replay?: boolean }): Promise<ActionRun> {
  const { replay, ...rest } = options;
  const payload = rest.payload ?? pullRequestPayload(rest.checkout);
  // The PR as the API shows it is the PR of the event, unless the run replays an older event.
  if (payload.pull_request && !replay) {
    const pr = payload.pull_request;
    github.pulls.set(pr.number, { base: pr.base.sha, head: pr.head.sha, body: pr.body ?? null, ...(pr.user?.login ? { author: pr.user.login } : {}) });
  }
  const run = await runAction({ dist, workspace: rest.checkout.dir, event: 'pull_request', apiUrl: github.url, ...rest, payload });
  runs.push(run);
  return run;
}

const lastStatus = () => {
  const s = github.statuses.at(-1);
  return s && { sha: s.sha, state: s.state, context: s.context, description: s.description };
};
const sticky = () => github.comments.get(PR)!.find((c) => c.userType === 'Bot' && c.body.startsWith('<!-- safeclaw:verdict -->'))!;
/** The approval command the sticky comment prints, as an approver copies it. */
const copiedCommand = (reason = 'reviewed') => {
  const match = /`(\/safeclaw approve [0-9a-f]{7} actions:[0-9a-f]{16}) <reason>`/.exec(sticky().body);
  assert.ok(match, `the sticky comment prints the command:\n${sticky().body}`);
  return `${match[1]} ${reason}`;
};

/** A real push payload (a branch push; the examples only create or delete refs, so this one is made an update). */
function pushPayload(): Record<string, any> {
  const payload = webhookExample('push', (e) => e.ref.startsWith('refs/heads/') && !e.deleted);
  payload.created = false;
  return payload;
}

/** A first run (nothing approved yet): the status every later approval is bound to. */
async function judged(changes: Record<string, string> = CHANGES.require_approval, policy?: string): Promise<Checkout> {
  const checkout = await makeCheckout(root, changes, policy);
  const run = await act({ checkout });
  assert.equal(lastStatus()?.state, changes === CHANGES.deny ? 'failure' : 'pending', run.stdout);
  return checkout;
}

describe('approvals on a PR needing one', () => {
  test('without approvals the safeclaw status is pending on the head, naming the digest the comment prints with the command', async () => {
    const checkout = await makeCheckout(root, CHANGES.require_approval);
    const run = await act({ checkout });
    const status = lastStatus()!;
    assert.equal(status.sha, checkout.head);
    assert.match(status.description ?? '', /^1 action needs approval \(0 of 1\) · actions [0-9a-f]{16}$/);
    assert.equal(run.code, 1);
    assert.equal(run.outputs.approved, 'false');
    const digest = /actions ([0-9a-f]{16})$/.exec(status.description!)![1];
    assert.ok(sticky().body.includes(`/safeclaw approve ${checkout.head.slice(0, 7)} actions:${digest} <reason>`));
    assert.match(sticky().body, /\| file\.write \.github\/workflows\/plan\.yml \| approve-ci-changes \| 1 \| nobody yet \|/);
  });

  test("a writer's approval turns the status green, passes the step, gets a +1 and is recorded in the audit chain, which still verifies", async () => {
    const checkout = await judged();
    const approval = github.addComment(PR, copiedCommand('reviewed the workflow'), 'User', 'hubot');
    const run = await act({ checkout });
    assert.deepEqual(
      { state: lastStatus()?.state, sha: lastStatus()?.sha },
      { state: 'success', sha: checkout.head },
      run.stdout,
    );
    assert.match(lastStatus()?.description ?? '', /^approved by hubot · actions [0-9a-f]{16}$/);
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs.approved, 'true');
    assert.equal(run.outputs.verdict, 'require_approval', 'the verdict names what the policies said; approval is separate');
    assert.deepEqual(github.reactions, [{ commentId: approval.id, content: '+1' }]);
    assert.match(sticky().body, /✅ Approved for [0-9a-f]{7} by @hubot/);
    assert.match(sticky().body, /\| @hubot \| \[comment\]\(.*\) \| [0-9a-f]{7} \| .* \| yes \(write\) \|/);
    assert.match(sticky().body, /\| approve-ci-changes \| 1 \| @hubot \(\[comment\]\(https:\/\/github\.com\/.*#issuecomment-\d+\), [0-9a-f]{7}, 2026-/);
    assert.deepEqual(github.calls('repos/get-collaborator-permission-level').map((r) => r.path), ['/repos/Codertocat/Hello-World/collaborators/hubot/permission']);

    const file = run.outputs['audit-path'];
    const records = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    const approved = records.filter((r) => r.approvals);
    assert.equal(approved.length, 1);
    assert.equal(approved[0].decision, 'require_approval');
    assert.equal(approved[0].action.normalized, '.github/workflows/plan.yml');
    assert.deepEqual(Object.keys(approved[0].approvals[0]).sort(), ['actions', 'approver', 'at', 'commit', 'permission', 'rules', 'url', 'via']);
    assert.equal(approved[0].approvals[0].approver, 'hubot');
    assert.equal(approved[0].approvals[0].permission, 'write');
    assert.equal(approved[0].approvals[0].commit, checkout.head);
    assert.match(approved[0].approvals[0].actions, /^[0-9a-f]{64}$/);
    assert.ok(lastStatus()!.description!.endsWith(approved[0].approvals[0].actions.slice(0, 16)));
    assert.match(approved[0].approvals[0].url, new RegExp(`#issuecomment-${approval.id}$`));
    assert.deepEqual(approved[0].approvals[0].rules, ['approve-ci-changes']);
    const verified = await verifyAuditFile(file);
    assert.equal(verified.ok, true, JSON.stringify(verified.failure));
    assert.equal(verified.records, records.length);
  });

  const refused: [string, string, RegExp][] = [
    ["the PR's author", 'Codertocat', /the PR's author cannot approve it/],
    ['a reader', 'reader', /not a writer \(permission: read\)/],
    ['a bot', 'renovate[bot]', /a bot cannot approve/],
    ['someone without access (404)', 'stranger', /not a writer \(permission: none\)/],
  ];
  for (const [name, login, why] of refused) {
    test(`${name}'s approval is refused, listed with the reason, and answered with a confused reaction`, async () => {
      const checkout = await judged();
      const approval = github.addComment(PR, copiedCommand(), login.endsWith('[bot]') ? 'Bot' : 'User', login);
      const run = await act({ checkout });
      assert.equal(lastStatus()?.state, 'pending');
      assert.equal(run.code, 1);
      assert.deepEqual(github.reactions, [{ commentId: approval.id, content: 'confused' }]);
      assert.match(sticky().body, why);
      assert.equal(readFileSync(run.outputs['audit-path'], 'utf8').includes('"approvals"'), false, 'nothing refused is recorded as an approval');
    });
  }

  test("plan resources judged on the plan worker: an approved one's record carries its approval, the others are the worker's prepared bodies; the records are those of judging the plan on the main thread", async () => {
    const policy = `${TEST_POLICY}  - id: approve-iam
    action: infra.change
    effect: require_approval
    conditions:
      type: { pattern: "aws_iam_*" }
    reason: IAM changes need security
  - id: allow-modules
    action: infra.change
    effect: allow
    conditions:
      module: { pattern: "module.env*" }
    reason: Environment modules are the agent's
`;
    const checkout = await makeCheckout(root, CHANGES.allow, policy);
    const change = (address: string, type: string, module?: string) => ({
      address: module ? `${module}.${address}` : address,
      ...(module ? { module_address: module } : {}),
      mode: 'managed',
      type,
      name: address.split('.')[1],
      provider_name: 'registry.terraform.io/hashicorp/aws',
      change: { actions: ['create'], before: null, after: { name: address } },
    });
    // Untracked: named by the plan input, not part of the diff.
    write(checkout.dir, {
      'plan.json': JSON.stringify({
        format_version: '1.2',
        resource_changes: [change('aws_s3_bucket.logs', 'aws_s3_bucket', 'module.env_dev'), change('aws_iam_role.deploy', 'aws_iam_role'), change('aws_sqs_queue.jobs', 'aws_sqs_queue', 'module.env_prod')],
      }),
    });
    const first = await act({ checkout, inputs: { plan: 'plan.json' } });
    assert.equal(first.outputs.verdict, 'require_approval', first.stdout);
    github.addComment(PR, copiedCommand('reviewed the role'), 'User', 'hubot');
    const records = (run: ActionRun) =>
      readFileSync(run.outputs['audit-path'], 'utf8')
        .trim()
        .split('\n')
        .map((line) => {
          const { time: _time, hash: _hash, prev: _prev, ...rest } = JSON.parse(line) as Record<string, unknown>;
          return rest;
        });
    const threaded = await act({ checkout, inputs: { plan: 'plan.json' } });
    const single = await act({ checkout, inputs: { plan: 'plan.json' }, env: { SAFECLAW_PLAN_WORKER: 'off' } });
    for (const run of [threaded, single]) {
      assert.equal(run.outputs.approved, 'true', run.stdout);
      assert.equal((await verifyAuditFile(run.outputs['audit-path'])).ok, true);
    }
    const recorded = records(threaded);
    assert.deepEqual(recorded, records(single));
    const plan = recorded.filter((r) => (r.origin as { source?: string } | undefined)?.source === 'plan');
    assert.deepEqual(
      plan.map((r) => [(r.action as { normalized: string }).normalized, r.decision, (r.approvals as { approver: string }[] | undefined)?.map((a) => a.approver)]),
      [
        ['create module.env_dev.aws_s3_bucket.logs', 'allow', undefined],
        ['create aws_iam_role.deploy', 'require_approval', ['hubot']],
        ['create module.env_prod.aws_sqs_queue.jobs', 'allow', undefined],
      ],
    );
  });

  test('an approval posted before SafeClaw ever judged the head does not count (a pushed commit ground to an approved SHA prefix)', async () => {
    const checkout = await makeCheckout(root, CHANGES.require_approval);
    github.addComment(PR, `/safeclaw approve ${checkout.head.slice(0, 7)}`, 'User', 'hubot');
    const run = await act({ checkout });
    assert.equal(lastStatus()?.state, 'pending');
    assert.equal(run.code, 1);
    assert.match(sticky().body, /given before SafeClaw judged this commit/);
  });

  test("a status a person planted (creator not a bot) does not bind an approval: only SafeClaw's own do", async () => {
    const checkout = await makeCheckout(root, CHANGES.require_approval);
    github.addStatus({ sha: checkout.head, state: 'pending', context: 'safeclaw', description: 'x · actions 0123456789abcdef', creator: { login: 'Codertocat', type: 'User' } });
    github.addComment(PR, `/safeclaw approve ${checkout.head.slice(0, 7)}`, 'User', 'hubot');
    await act({ checkout });
    assert.equal(lastStatus()?.state, 'pending');
    assert.match(sticky().body, /given before SafeClaw judged this commit/);
  });

  test('an approval comment edited after it was posted does not count (any writer can edit it)', async () => {
    const checkout = await judged();
    const approval = github.addComment(PR, '/safeclaw approve 0000000', 'User', 'hubot');
    approval.body = copiedCommand();
    approval.updatedAt = github.tick();
    await act({ checkout });
    assert.equal(lastStatus()?.state, 'pending');
    assert.match(sticky().body, /edited after it was posted/);
  });

  test('a push after the approval makes it stale: the push run judges the PR, its status on the new head is pending, and the comment says so', async () => {
    const checkout = await judged();
    github.addComment(PR, copiedCommand(), 'User', 'hubot');
    await act({ checkout });
    assert.equal(lastStatus()?.state, 'success');
    const git = simpleGit({ baseDir: checkout.dir });
    write(checkout.dir, { '.github/workflows/plan.yml': 'on: push\njobs:\n  plan:\n    runs-on: ubuntu-latest\n    steps:\n      - run: terraform plan -lock=false\n' });
    await git.add('.').commit('after the approval');
    const newHead = (await git.revparse(['HEAD'])).trim();
    github.pulls.set(PR, { base: checkout.base, head: newHead, body: null, author: 'Codertocat' });
    const payload = pushPayload();
    payload.before = checkout.head;
    payload.after = newHead;
    payload.ref = 'refs/heads/changes';
    const run = await act({ checkout: { ...checkout, head: newHead }, event: 'push', payload });
    assert.deepEqual(github.calls('repos/list-pull-requests-associated-with-commit').map((r) => r.path), [`/repos/${payload.repository.full_name}/commits/${newHead}/pulls`]);
    assert.equal(lastStatus()?.sha, newHead, run.stdout);
    assert.equal(lastStatus()?.state, 'pending');
    assert.equal(run.code, 1);
    assert.match(sticky().body, /stale: given for [0-9a-f]{7}, the head is now [0-9a-f]{7} \(a new push\)/);
    assert.match(sticky().body, /⚠️ 1 earlier approval is stale/);
  });

  test('a push to a branch with no open PR is judged as commits and sets no status', async () => {
    const checkout = await makeCheckout(root, CHANGES.require_approval);
    const payload = pushPayload();
    payload.before = checkout.base;
    payload.after = checkout.head;
    const run = await act({ checkout, event: 'push', payload });
    assert.equal(github.statuses.length, 0);
    assert.equal(run.outputs.verdict, 'require_approval');
  });

  test('a changed set of approval-needed actions (the PR description edited, no push) makes an approval stale', async () => {
    const policy = `${TEST_POLICY}  - id: approve-kubectl
    action: shell.execute
    effect: require_approval
    conditions:
      command:
        pattern: "kubectl rollout *"
    reason: Cluster changes need a second pair of eyes
`;
    const checkout = await makeCheckout(root, CHANGES.require_approval, policy);
    await act({ checkout });
    github.addComment(PR, copiedCommand(), 'User', 'hubot');
    await act({ checkout });
    assert.equal(lastStatus()?.state, 'success');
    // The description now adds a plan step: the same commit, another set.
    const payload = pullRequestPayload(checkout, '## Agent plan\n\n```sh\nkubectl rollout restart deployment/web\n```\n');
    payload.action = 'edited';
    const run = await act({ checkout, payload });
    assert.equal(lastStatus()?.state, 'pending', run.stdout);
    assert.match(sticky().body, /stale: given for actions [0-9a-f]{16}, they are now [0-9a-f]{16} \(named by the command/);
    assert.match(sticky().body, /⚠️ 1 earlier approval is stale/);
    assert.match(sticky().body, /\| shell\.execute kubectl rollout restart deployment\/web \| approve-kubectl \| 1 \| nobody yet \|/);
  });

  test('a re-run of an older pull_request event (the description has gained actions since) never turns the status green', async () => {
    const checkout = await judged();
    const oldEvent = pullRequestPayload(checkout);
    github.addComment(PR, copiedCommand(), 'User', 'hubot');
    await act({ checkout, payload: oldEvent });
    assert.equal(lastStatus()?.state, 'success');
    // The description now holds a plan step that is denied; its run says failure.
    const edited = pullRequestPayload(checkout, '## Agent plan\n\n```sh\nterraform apply -auto-approve\n```\n');
    await act({ checkout, payload: edited });
    assert.equal(lastStatus()?.state, 'failure');
    // Someone re-runs the old run: its payload still has the old description.
    const rerun = await act({ checkout, payload: oldEvent, replay: true });
    assert.deepEqual({ state: lastStatus()?.state, sha: lastStatus()?.sha }, { state: 'pending', sha: checkout.head }, rerun.stdout);
    assert.match(lastStatus()?.description ?? '', /^not confirmed current/);
    assert.equal(rerun.outputs.approved, 'false');
    assert.equal(rerun.code, 1);
    assert.match(sticky().body, /description as its event had it, and it has changed since/);
  });

  test('a re-run of an older event for an earlier head sets no green on it either (the PR moved on)', async () => {
    const checkout = await makeCheckout(root, CHANGES.allow);
    github.pulls.set(PR, { base: checkout.base, head: 'f'.repeat(40), body: null, author: 'Codertocat' });
    const run = await act({ checkout, replay: true });
    assert.equal(lastStatus()?.state, 'pending', run.stdout);
    assert.match(run.stdout, /PR #2's head is now fffffff/);
  });

  test('a 5xx on the permission call never counts the approval (fail closed), and the comment says why', async () => {
    const checkout = await judged();
    github.addComment(PR, copiedCommand(), 'User', 'hubot');
    github.fail({ operation: 'repos/get-collaborator-permission-level', status: 502, message: 'Bad Gateway', times: 100 });
    const run = await act({ checkout });
    assert.equal(lastStatus()?.state, 'pending');
    assert.equal(run.code, 1);
    assert.match(sticky().body, /permission could not be checked .*502.*counts for nothing/);
  });

  test('a 5xx on listing the statuses never counts an approval', async () => {
    const checkout = await judged();
    github.addComment(PR, copiedCommand(), 'User', 'hubot');
    github.fail({ operation: 'repos/list-commit-statuses-for-ref', status: 500, times: 100 });
    await act({ checkout });
    assert.equal(lastStatus()?.state, 'pending');
    assert.match(sticky().body, /statuses on the head could not be read .*500.*counts for nothing/);
  });

  test('when the approvals cannot be listed (5xx on every try) nothing counts, and the comment says why and still prints the command', async () => {
    const checkout = await judged();
    github.addComment(PR, copiedCommand(), 'User', 'hubot');
    github.fail({ operation: 'issues/list-comments', status: 503, message: 'Service Unavailable', times: 4 });
    const run = await act({ checkout });
    assert.equal(lastStatus()?.state, 'pending', run.stdout);
    assert.equal(run.code, 1);
    assert.match(sticky().body, /⚠️ No approval could be counted: Could not count the approvals of PR #2 \(none count\): GitHub answered 503/);
    assert.ok(copiedCommand());
  });

  test('a comment without a SHA counts for nothing and gets a confused reaction', async () => {
    const checkout = await judged();
    const approval = github.addComment(PR, '/safeclaw approve', 'User', 'hubot');
    const run = await act({ checkout });
    assert.equal(run.code, 1);
    assert.deepEqual(github.reactions, [{ commentId: approval.id, content: 'confused' }]);
  });

  test('an approving review on the head commit counts (pull_request_review, a real payload)', async () => {
    const checkout = await judged();
    github.reviews.set(PR, [{ login: 'octocat', state: 'APPROVED', commitId: checkout.head, submittedAt: github.tick() }]);
    const payload = webhookExample('pull_request_review', (e) => e.action === 'submitted');
    payload.pull_request.base.sha = checkout.base;
    payload.pull_request.head.sha = checkout.head;
    payload.review.state = 'approved';
    payload.review.commit_id = checkout.head;
    const run = await act({ checkout, event: 'pull_request_review', payload });
    assert.equal(lastStatus()?.state, 'success', run.stdout);
    assert.equal(run.code, 0);
    assert.match(sticky().body, /\| @octocat \| \[review\]/);
  });

  test('an approving review whose text names other actions does not count; one naming the current actions does', async () => {
    const checkout = await judged();
    const digest = /actions ([0-9a-f]{16})$/.exec(lastStatus()!.description!)![1];
    github.reviews.set(PR, [{ login: 'octocat', state: 'APPROVED', commitId: checkout.head, submittedAt: github.tick(), body: 'LGTM for actions:0123456789abcdef' }]);
    await act({ checkout });
    assert.equal(lastStatus()?.state, 'pending');
    assert.match(sticky().body, /stale: given for actions 0123456789abcdef, they are now [0-9a-f]{16} \(named by the command/);
    github.reviews.set(PR, [{ login: 'octocat', state: 'APPROVED', commitId: checkout.head, submittedAt: github.tick(), body: `checked actions:${digest}` }]);
    await act({ checkout });
    assert.equal(lastStatus()?.state, 'success');
  });

  test('an approving review on an earlier commit, or withdrawn by a later review requesting changes, does not count', async () => {
    const checkout = await judged();
    github.reviews.set(PR, [
      { login: 'octocat', state: 'APPROVED', commitId: checkout.base, submittedAt: github.tick() },
      { login: 'hubot', state: 'APPROVED', commitId: checkout.head, submittedAt: github.tick() },
      { login: 'hubot', state: 'CHANGES_REQUESTED', commitId: checkout.head, submittedAt: github.tick() },
    ]);
    const run = await act({ checkout });
    assert.equal(lastStatus()?.state, 'pending');
    assert.equal(run.code, 1);
  });

  test('approve-with: review ignores /safeclaw approve comments', async () => {
    const checkout = await judged();
    github.addComment(PR, copiedCommand(), 'User', 'hubot');
    const run = await act({ checkout, inputs: { 'approve-with': 'review' } });
    assert.equal(lastStatus()?.state, 'pending');
    assert.equal(run.code, 1);
    assert.equal(github.calls('repos/get-collaborator-permission-level').length, 0);
  });

  test('an issue_comment run (a real payload) looks the PR and its author up through the API and counts the approval', async () => {
    const checkout = await makeCheckout(root, CHANGES.require_approval);
    const payload = webhookExample('issue_comment', (e) => e.action === 'created');
    payload.issue.pull_request = { url: `https://api.github.com/repos/${payload.repository.full_name}/pulls/${payload.issue.number}` };
    const number = payload.issue.number as number;
    github.pulls.set(number, { base: checkout.base, head: checkout.head, body: null, author: 'monalisa' });
    await act({ checkout, event: 'issue_comment', payload });
    const command = /`(\/safeclaw approve [0-9a-f]{7} actions:[0-9a-f]{16}) <reason>`/.exec(github.comments.get(number)!.find((c) => c.userType === 'Bot')!.body)![1];
    // Codertocat is an admin and, here, not the PR's author (monalisa is).
    const approval = github.addComment(number, command, 'User', 'Codertocat');
    payload.comment.id = approval.id;
    payload.comment.body = command;
    const run = await act({ checkout, event: 'issue_comment', payload });
    assert.equal(lastStatus()?.state, 'success', run.stdout);
    assert.equal(lastStatus()?.sha, checkout.head);
    assert.equal(github.comments.get(number)!.filter((c) => c.userType === 'Bot').length, 1, 'a counted approval gets no reply');
  });

  test('an issue_comment naming another commit is answered with the command to use, once', async () => {
    const checkout = await makeCheckout(root, CHANGES.require_approval);
    const payload = webhookExample('issue_comment', (e) => e.action === 'created');
    payload.issue.pull_request = { url: `https://api.github.com/repos/${payload.repository.full_name}/pulls/${payload.issue.number}` };
    const number = payload.issue.number as number;
    github.pulls.set(number, { base: checkout.base, head: checkout.head, body: null, author: 'monalisa' });
    await act({ checkout, event: 'issue_comment', payload });
    const approval = github.addComment(number, `/safeclaw approve ${checkout.base.slice(0, 7)}`, 'User', 'hubot');
    payload.comment.id = approval.id;
    payload.comment.body = approval.body;
    payload.comment.user.login = 'hubot';
    await act({ checkout, event: 'issue_comment', payload });
    const replies = github.comments.get(number)!.filter((c) => c.userType === 'Bot' && !c.body.startsWith('<!-- safeclaw:verdict -->'));
    assert.equal(replies.length, 1);
    assert.match(replies[0].body, /^@hubot this approval does not count: stale: given for [0-9a-f]{7}/);
    assert.match(replies[0].body, new RegExp(`/safeclaw approve ${checkout.head.slice(0, 7)} actions:[0-9a-f]{16} <reason>`));
    assert.equal(lastStatus()?.state, 'pending');
  });
});

describe('policy approvers and approvals: N', () => {
  const policy = (keys: string) =>
    TEST_POLICY.replace('    reason: CI changes need a maintainer\n', `    reason: CI changes need a maintainer\n${keys}`);

  test('approvals: 2 needs two people: one is pending (1 of 2), a second turns it green', async () => {
    const checkout = await judged(CHANGES.require_approval, policy('    approvals: 2\n'));
    github.addComment(PR, copiedCommand(), 'User', 'hubot');
    await act({ checkout });
    assert.equal(lastStatus()?.state, 'pending');
    assert.match(lastStatus()?.description ?? '', /\(1 of 2\)/);
    assert.match(sticky().body, /approve-ci-changes needs 1 more of 2/);
    github.addComment(PR, copiedCommand('me too'), 'User', 'hubot');
    await act({ checkout });
    assert.equal(lastStatus()?.state, 'pending', 'the same person twice is one');
    github.addComment(PR, copiedCommand(), 'User', 'octocat');
    const run = await act({ checkout });
    assert.equal(lastStatus()?.state, 'success', run.stdout);
    assert.equal(run.code, 0);
    const approved = readFileSync(run.outputs['audit-path'], 'utf8').trim().split('\n').map((l) => JSON.parse(l)).find((r) => r.approvals);
    assert.deepEqual(approved.approvals.map((a: { approver: string }) => a.approver).sort(), ['hubot', 'hubot', 'octocat']);
  });

  test("a writer the rule does not list is refused; a listed user's approval counts", async () => {
    const checkout = await judged(CHANGES.require_approval, policy('    approvers: [octocat]\n'));
    github.addComment(PR, copiedCommand(), 'User', 'hubot');
    await act({ checkout });
    assert.equal(lastStatus()?.state, 'pending');
    assert.match(sticky().body, /approve-ci-changes: not an approver of this rule \(approvers: octocat\)/);
    github.addComment(PR, copiedCommand(), 'User', 'octocat');
    await act({ checkout });
    assert.equal(lastStatus()?.state, 'success');
  });

  test("a team member's approval counts (GET /orgs/{org}/teams/{team_slug}/memberships/{username}, state active); a pending member's does not", async () => {
    const checkout = await judged(CHANGES.require_approval, policy('    approvers: [acme/platform]\n'));
    github.teams.set('acme/platform', new Map([['hubot', 'pending'], ['octocat', 'active']]));
    github.addComment(PR, copiedCommand(), 'User', 'hubot');
    await act({ checkout });
    assert.equal(lastStatus()?.state, 'pending');
    assert.match(sticky().body, /membership of acme\/platform is pending, not active/);
    github.addComment(PR, copiedCommand(), 'User', 'octocat');
    await act({ checkout });
    assert.equal(lastStatus()?.state, 'success');
    assert.deepEqual(
      [...new Set(github.calls('teams/get-membership-for-user-in-org').map((r) => r.path))].sort(),
      ['/orgs/acme/teams/platform/memberships/hubot', '/orgs/acme/teams/platform/memberships/octocat'],
    );
  });

  test('a 5xx or a timeout on the team membership call never counts the approval, and the comment says why', async () => {
    const checkout = await judged(CHANGES.require_approval, policy('    approvers: [acme/platform]\n'));
    github.teams.set('acme/platform', new Map([['hubot', 'active']]));
    github.addComment(PR, copiedCommand(), 'User', 'hubot');
    github.fail({ operation: 'teams/get-membership-for-user-in-org', status: 503, message: 'Service Unavailable', times: 100 });
    await act({ checkout });
    assert.equal(lastStatus()?.state, 'pending');
    assert.match(sticky().body, /membership of acme\/platform could not be checked \(.*503.*\): it counts for nothing/);
    github.fail({ operation: 'teams/get-membership-for-user-in-org', hang: true, times: 100 });
    await act({ checkout, inputs: { 'api-timeout': '0.3', 'api-budget': '5' } });
    assert.equal(lastStatus()?.state, 'pending');
    assert.match(sticky().body, /membership of acme\/platform could not be checked/);
  });
});

describe('statuses for the other verdicts', () => {
  test('deny is a failure status, a writer approval cannot change it, and the approval command is answered naming the rule', async () => {
    const checkout = await makeCheckout(root, CHANGES.deny);
    const payload = webhookExample('issue_comment', (e) => e.action === 'created');
    payload.issue.pull_request = { url: `https://api.github.com/repos/${payload.repository.full_name}/pulls/${payload.issue.number}` };
    const number = payload.issue.number as number;
    github.pulls.set(number, { base: checkout.base, head: checkout.head, body: null, author: 'monalisa' });
    const approval = github.addComment(number, `/safeclaw approve ${checkout.head}`, 'User', 'hubot');
    payload.comment.id = approval.id;
    payload.comment.body = approval.body;
    payload.comment.user.login = 'hubot';
    const run = await act({ checkout, event: 'issue_comment', payload });
    assert.deepEqual(lastStatus(), { sha: checkout.head, state: 'failure', context: 'safeclaw', description: '2 actions denied' });
    assert.equal(run.code, 1);
    const reply = github.comments.get(number)!.find((c) => c.userType === 'Bot' && c.body.startsWith('@hubot'));
    assert.ok(reply, 'a reply to the approval');
    assert.match(reply.body, /a deny can never be approved/);
    assert.match(reply.body, /- `block-terraform-apply`: Apply requires human review of the plan/);
    assert.match(reply.body, /The safeclaw status stays failure/);
  });

  test('allow is a success status', async () => {
    const checkout = await makeCheckout(root, CHANGES.allow);
    await act({ checkout });
    assert.deepEqual(lastStatus(), { sha: checkout.head, state: 'success', context: 'safeclaw', description: 'every action allowed' });
  });
});

describe('approvalsMarkdown', () => {
  test('a flood of approvals and actions stays within its share of the comment, counted approvals first', async () => {
    const { approvalsMarkdown } = await import('../../src/action/approvals.js');
    const head = 'a'.repeat(40);
    const needs: ApprovalNeed[] = Array.from({ length: 500 }, (_, i) => ({ item: i, type: 'file.write', normalized: `.github/workflows/w${i}.yml`, rules: ['ci'] }));
    const digest = actionsDigest(needs);
    const marks = [{ at: '2026-01-01T00:00:00Z', digest: digest.slice(0, DIGEST_SHOWN) }];
    const candidates: Candidate[] = Array.from({ length: 3000 }, (_, i) => ({ kind: 'comment', id: i, login: i === 2999 ? 'writer' : `user${i}`, userType: 'User', sha: head, url: `https://github.com/o/r/pull/1#issuecomment-${i}`, at: '2026-01-01T00:00:01Z', reason: 'x'.repeat(200) }));
    const permissions = new Map(candidates.map((c) => [c.login, c.login === 'writer' ? { permission: 'write' } : { permission: 'read' }]));
    const count = countApprovals({ candidates, prAuthor: 'author', headSha: head, needs, rules: [{ id: 'ci', required: 1 }], permissions, marks, denied: false });
    assert.equal(count.approved, true);
    const result = { verdict: 'require_approval' as const, items: [], counts: { allow: 0, deny: 0, require_approval: 500 }, policyDigest: '0'.repeat(64) };
    const text = approvalsMarkdown(count, head, 'both', result);
    assert.ok(text.length <= 20_000, `${text.length} characters`);
    assert.match(text, /\| @writer \| \[comment\]/, 'the counted approval is listed');
    assert.match(text, /… and 450 more \|/);
  });
});
