// A plan of 190k changes (about 200 MB) gated end to end by the CLI as a
// child process: before, `push(...actions)` overflowed the stack past ~120k
// actions ("Maximum call stack size exceeded", exit 2). The child runs with a
// capped heap, so memory that grew with the file rather than the changes would
// fail the test too.
import assert from 'node:assert/strict';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { tempDir } from './helpers.js';
import { plannedChanges, writeLargePlan } from './make-plan.js';

const RESOURCES = 237_500; // four in five change: 190,001 infra.change actions
const HEAP_MB = 768;

const POLICY = `rules:
  - id: allow-create-update
    action: infra.change
    effect: allow
    conditions: { change: { pattern: "{create,update}" } }
    reason: "reviewed in the plan"
  - id: review-security-groups
    action: infra.change
    effect: require_approval
    conditions: { type: { pattern: "aws_security_group" } }
    reason: "network changes need approval"
  - id: no-database-loss
    action: infra.change
    effect: deny
    conditions: { type: { pattern: "aws_db_instance" }, change: { pattern: "{delete,replace}" } }
    reason: "loses data"
  - id: no-wildcard-iam
    action: infra.change
    effect: deny
    conditions: { after: { path: "policy.Statement.*.Action", pattern: "*" } }
    reason: "wildcard IAM actions"
`;

/** What the policy above decides for each generated change, worked out from the generator's own list. */
function expectedCounts() {
  const counts = { allow: 0, deny: 0, require_approval: 0 };
  for (const { type, change } of plannedChanges(RESOURCES)) {
    if (type === 'aws_iam_policy') counts.deny += 1; // a wildcard policy, or a delete no rule allows
    else if (type === 'aws_security_group') counts.require_approval += 1;
    else if (change === 'create' || change === 'update') counts.allow += 1;
    else counts.deny += 1;
  }
  return counts;
}

test('a 200 MB plan with 190,001 changes is gated by the CLI with every change counted, in a capped heap', { timeout: 600_000 }, async (t) => {
  const dir = tempDir(t, 'safeclaw-large-plan-');
  const made = writeLargePlan(path.join(dir, 'plan.json'), RESOURCES, { plannedValues: false });
  assert.equal(made.changes, 190_001);
  const size = statSync(path.join(dir, 'plan.json')).size;
  assert.ok(size > 180e6, `plan is ${size} bytes`);
  const policies = path.join(dir, '.safeclaw/policies');
  mkdirSync(policies, { recursive: true });
  writeFileSync(path.join(policies, 'infra.yaml'), POLICY);

  const started = Date.now();
  const run = await runCli(['check', '--format', 'json', '--plan', 'plan.json'], { cwd: dir, env: { NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}` } });
  const seconds = (Date.now() - started) / 1000;
  t.diagnostic(`${(size / 1e6).toFixed(0)} MB plan, ${made.changes} changes: check took ${seconds.toFixed(1)} s`);
  assert.equal(run.code, 1, run.stderr.slice(0, 2000));
  assert.equal(run.stderr, '');
  // Only the tail is parsed: the whole report is ~80 MB of JSON.
  const tail = run.stdout.slice(run.stdout.lastIndexOf('"counts":'));
  const counts = (JSON.parse(`{${tail}`) as { counts: Record<string, number> }).counts;
  assert.deepEqual(counts, expectedCounts());
  assert.equal(counts.allow + counts.deny + counts.require_approval, 190_001);
});

test('a command of 150,000 words is analysed (not opaque from a stack overflow) and allowed by a wildcard rule', { timeout: 120_000 }, async (t) => {
  const dir = tempDir(t, 'safeclaw-large-command-');
  mkdirSync(path.join(dir, '.safeclaw/policies'), { recursive: true });
  writeFileSync(
    path.join(dir, '.safeclaw/policies/k.yaml'),
    'rules:\n  - id: allow-apply\n    action: shell.execute\n    effect: allow\n    conditions: { command: { pattern: "kubectl apply*" } }\n    reason: "test"\n',
  );
  const words = Array.from({ length: 150_000 }, (_, i) => `f${i}.yaml`);
  // After `--` every word is an operand: the canonical form copied them with one spread call.
  writeFileSync(path.join(dir, 'a.jsonl'), `${JSON.stringify({ action: 'shell.execute', command: `kubectl apply -- ${words.join(' ')}` })}\n`);
  const run = await runCli(['check', '--format', 'json', 'a.jsonl'], { cwd: dir });
  assert.equal(run.code, 0, run.stderr + run.stdout.slice(-400));
  assert.equal((JSON.parse(run.stdout) as { results: { rule: string }[] }).results[0].rule, 'allow-apply');
});
