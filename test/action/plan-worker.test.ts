// The Action judges its plan files on a worker thread (src/action/plan-worker.ts) while
// the main thread collects and judges the diff and the agent commands. Its outputs must
// be exactly those of judging everything on the main thread (SAFECLAW_PLAN_WORKER=off):
// outputs, annotations, job summary, SARIF and the audit records (less their times and
// so their hashes), and a plan that cannot be read fails with the same error.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { BODIES_PER_MESSAGE, judgePlansOn } from '../../src/action/plan-worker.js';
import { prepareAuditBodies } from '../../src/audit/append.js';
import { loadGatePolicies } from '../../src/action/policy-source.js';
import { verifyAuditFile } from '../../src/audit/verify.js';
import { evaluateAll } from '../../src/engine/gate.js';
import { collectActions } from '../../src/sources/collect.js';
import { writeLargePlan } from '../sources/make-plan.js';
import { buildAction, cleanupRun, makeCheckout, pullRequestPayload, runAction, TEST_POLICY, write, type ActionRun, type Checkout } from './runner.js';

const INFRA_RULES = `
  - id: deny-open-ingress
    action: infra.change
    effect: deny
    conditions:
      type: { pattern: "aws_security_group" }
      after: { path: "ingress.*.cidr_blocks.*", pattern: "0.0.0.0/0" }
    reason: No security group open to the whole internet
  - id: approve-iam
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

let dist: string;
let root: string;
let checkout: Checkout;
const runs: ActionRun[] = [];

before(async () => {
  dist = await buildAction();
  root = mkdtempSync(join(tmpdir(), 'safeclaw-plan-worker-'));
  checkout = await makeCheckout(root, { 'infra/main.tf': 'resource "null_resource" "x" {}\n', 'deploy.sh': '#!/bin/sh\nterraform apply -auto-approve\n' }, TEST_POLICY + INFRA_RULES);
  // Untracked: named by the inputs, not part of the diff.
  mkdirSync(join(checkout.dir, 'plans'));
  writeLargePlan(join(checkout.dir, 'plans/a.json'), 1500);
  writeLargePlan(join(checkout.dir, 'plans/b.json'), 40);
  write(checkout.dir, { 'agent.txt': 'terraform plan -out=tfplan\nterraform apply tfplan\nkubectl get pods -n dev\n', 'plans/broken.json': '{"format_version": "1.2", "resource_changes": [\n  {"address": \n' });
});

after(() => {
  for (const run of runs) cleanupRun(run);
  rmSync(root, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
});

async function act(plan: string, worker: boolean): Promise<ActionRun> {
  const run = await runAction({
    dist,
    workspace: checkout.dir,
    event: 'pull_request',
    payload: pullRequestPayload(checkout, '## Agent plan\n\n```sh\nterraform plan\n```\n'),
    inputs: { 'github-token': '', comment: 'never', plan, commands: 'agent.txt', sarif: 'out/safeclaw.sarif', 'fail-on': 'never' },
    env: worker ? {} : { SAFECLAW_PLAN_WORKER: 'off' },
  });
  runs.push(run);
  return run;
}

/** The audit records less what differs from run to run (time, and so hash and prev). */
function records(run: ActionRun): unknown[] {
  const text = readFileSync(join(run.runnerTemp, 'safeclaw-audit.jsonl'), 'utf8');
  return text
    .trim()
    .split('\n')
    .map((line) => {
      const { time: _time, hash: _hash, prev: _prev, ...rest } = JSON.parse(line) as Record<string, unknown>;
      return rest;
    });
}

const withoutChainHead = (summary: string) => summary.replace(/Audit chain head `[0-9a-f]{64}`/, 'Audit chain head `…`');

describe('the plan worker', () => {
  test('gives exactly the outputs of judging every plan on the main thread', async () => {
    const threaded = await act('plans/a.json\nplans/b.json', true);
    const single = await act('plans/a.json\nplans/b.json', false);
    assert.equal(threaded.code, single.code, threaded.stderr);
    const { 'audit-head': headA, ...outputsA } = threaded.outputs;
    const { 'audit-head': headB, ...outputsB } = single.outputs;
    assert.match(headA, /^[0-9a-f]{64}$/);
    assert.match(headB, /^[0-9a-f]{64}$/);
    assert.deepEqual({ ...outputsA, 'audit-path': '' }, { ...outputsB, 'audit-path': '' });
    assert.equal(threaded.outputs.verdict, 'deny');
    assert.ok(Number(threaded.outputs.denied) > 0 && Number(threaded.outputs['needs-approval']) > 0 && Number(threaded.outputs.allowed) > 0);
    assert.deepEqual(threaded.commands, single.commands);
    assert.equal(withoutChainHead(threaded.summary), withoutChainHead(single.summary));
    const sarif = readFileSync(join(checkout.dir, 'out/safeclaw.sarif'), 'utf8');
    assert.ok(sarif.includes('deny-open-ingress'));
    const recordsA = records(threaded);
    assert.deepEqual(recordsA, records(single));
    // The plans' records sit between the diff's and the commands' (the order collectActions reads them in).
    const sources = recordsA.map((r) => (r as { origin?: { source?: string } }).origin?.source);
    const firstPlan = sources.indexOf('plan');
    assert.ok(sources.lastIndexOf('diff') < firstPlan && sources.indexOf('commands') > sources.lastIndexOf('plan'), sources.join(' '));
    const verification = await verifyAuditFile(join(threaded.runnerTemp, 'safeclaw-audit.jsonl'));
    assert.equal(verification.ok, true, JSON.stringify(verification));
  });

  test('a secret in a plan reaches no output, with the worker as without it', async () => {
    const token = `ghp_${'A1b2C3d4E5'.repeat(3)}abcdef`;
    // A for_each key holding a token (the address shows it), and tokens in the planned values.
    const change = (name: string, after: Record<string, unknown>, key?: string) => ({
      address: `aws_s3_bucket.${name}${key === undefined ? '' : `[${JSON.stringify(key)}]`}`,
      type: 'aws_s3_bucket',
      name,
      provider_name: 'registry.terraform.io/hashicorp/aws',
      change: { actions: ['create'], before: null, after },
    });
    write(checkout.dir, {
      'plans/secret.json': JSON.stringify({
        format_version: '1.2',
        resource_changes: [change('b', { bucket: 'x', token }, token), change('plain', { password: token, url: `https://user:${token}@example.com` })],
      }),
    });
    for (const worker of [false, true]) {
      const run = await act('plans/secret.json\nplans/b.json', worker);
      assert.equal(run.outputs.verdict, 'deny');
      const audit = readFileSync(join(run.runnerTemp, 'safeclaw-audit.jsonl'), 'utf8');
      const sarif = readFileSync(join(checkout.dir, 'out/safeclaw.sarif'), 'utf8');
      for (const [i, text] of [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs), audit, sarif].entries()) assert.ok(!text.includes(token.slice(4)), `worker ${worker} output ${i}: ${text.slice(Math.max(0, text.indexOf(token.slice(4)) - 300), text.indexOf(token.slice(4)) + 100)}`);
      assert.match(run.summary, /REDACTED/);
    }
  });

  test('the SARIF file is the same', async () => {
    await act('plans/a.json', true);
    const threaded = readFileSync(join(checkout.dir, 'out/safeclaw.sarif'), 'utf8');
    await act('plans/a.json', false);
    const single = readFileSync(join(checkout.dir, 'out/safeclaw.sarif'), 'utf8');
    // The audit head hashes the records' times.
    const withoutAuditHead = (text: string) => text.replace(/"auditHead": "[0-9a-f]{64}"/, '"auditHead": "…"');
    assert.match(threaded, /"auditHead": "[0-9a-f]{64}"/);
    assert.equal(withoutAuditHead(threaded), withoutAuditHead(single));
  });

  test('a plan that cannot be read fails the step with the same error as on the main thread', async () => {
    const threaded = await act('plans/a.json\nplans/broken.json', true);
    const single = await act('plans/a.json\nplans/broken.json', false);
    assert.equal(threaded.code, 1);
    assert.equal(single.code, 1);
    assert.equal(threaded.outputs.verdict, undefined);
    const errors = (run: ActionRun) => run.commands.filter((c) => c.command === 'error');
    assert.ok(errors(threaded).length > 0);
    assert.deepEqual(errors(threaded), errors(single));
    assert.match(errors(threaded)[0].message, /plans\/broken\.json/);
  });

  test("the worker's items are the main thread's, less the planned attributes; other policies get none", async () => {
    const plans = ['plans/a.json', 'plans/b.json'];
    const policies = await loadGatePolicies(checkout.dir, '.safeclaw', checkout.base);
    const actions = await collectActions({ cwd: checkout.dir, repoDir: checkout.dir, plans });
    const expected = evaluateAll(policies.policySet, actions).items.map((item) => {
      const { after: _after, ...action } = item.action as typeof item.action & { after?: unknown };
      return { ...item, action };
    });
    const start = () => new Worker(join(dist, 'index.js'), { workerData: { kind: 'safeclaw-plan-worker' } });
    const request = { workspace: checkout.dir, policiesDir: '.safeclaw', base: checkout.base, plans };
    const job = judgePlansOn(start(), request);
    const items = await job.items(policies.policySet.digest);
    assert.ok(items !== undefined, "the worker gave no items");
    assert.equal(items.length, expected.length);
    assert.ok(items.length > BODIES_PER_MESSAGE);
    assert.deepEqual(items, expected);
    // The audit record bodies follow, a message at a time: one per item in order, as the main thread would make them of the items it keeps.
    // The worker makes them after its items (~0.1 ms each): on a loaded machine that takes a while, so wait by the clock, not by turns.
    let bodies = await job.bodies();
    for (const until = Date.now() + 60_000; Date.now() < until && (bodies.length < items.length || bodies.includes(undefined)); ) {
      await new Promise((next) => setTimeout(next, 20));
      bodies = await job.bodies();
    }
    job.cancel();
    assert.deepEqual(bodies, prepareAuditBodies(expected));
    // Policies with another digest (the work tree's, were they to differ): the main thread refuses the items (and so their bodies) and judges them.
    const refused = judgePlansOn(start(), request);
    assert.equal(await refused.items('f'.repeat(64)), undefined);
    assert.deepEqual(await refused.bodies(), []);
    refused.cancel();
  });
});
