import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { annotationsFor } from '../../src/report/annotations.js';
import type { Origin, Verdict } from '../../src/types.js';
import { gateResult, item, manyActions, samplePullRequest } from './sample-result.js';

function one(decision: Verdict, origin: Origin | undefined, command = 'terraform destroy') {
  return gateResult([item({ type: 'shell.execute', command, origin }, { decision, rule: 'r1', reason: 'not here' })]);
}

describe('annotations', () => {
  test('denied and approval-needed actions from files become error and warning annotations at file:line', () => {
    assert.deepEqual(annotationsFor(samplePullRequest()), [
      {
        level: 'error',
        title: 'SafeClaw denied (deny-terraform-apply-prod)',
        message:
          'terraform apply against production needs the release pipeline: shell cd infra/prod && terraform apply -auto-approve (deciding part: terraform apply -auto-approve)',
        file: 'agent/commands.sh',
        line: 12,
      },
      {
        level: 'error',
        title: 'SafeClaw denied (deny-dotenv)',
        message: 'secrets files are never read by agents: read .env',
        file: 'logs/session.jsonl',
        line: 48,
      },
      {
        level: 'warning',
        title: 'SafeClaw needs approval (approve-security-groups)',
        message: 'security group changes need a second reviewer: infra update aws_security_group.web',
        file: 'plans/prod.json',
      },
    ]);
  });

  const skipped: { name: string; decision: Verdict; origin: Origin | undefined }[] = [
    { name: 'an allowed action', decision: 'allow', origin: { source: 'commands', file: 'a.sh', line: 1 } },
    { name: 'an action from the PR body', decision: 'deny', origin: { source: 'pr-body' } },
    { name: 'an action from the PR body that names a file', decision: 'deny', origin: { source: 'pr-body', file: 'README.md', line: 3 } },
    { name: 'an action given on the command line', decision: 'deny', origin: { source: 'cli' } },
    { name: 'an action with no origin', decision: 'deny', origin: undefined },
  ];
  for (const { name, decision, origin } of skipped) {
    test(`${name} gets no annotation`, () => {
      assert.deepEqual(annotationsFor(one(decision, origin)), []);
    });
  }

  test('the files option keeps only actions from files the PR changes', () => {
    const files = annotationsFor(samplePullRequest(), { files: ['./agent/commands.sh', 'plans/prod.json'] }).map((a) => a.file);
    assert.deepEqual(files, ['agent/commands.sh', 'plans/prod.json']);
  });

  test('a message is one line, with invisible characters shown and long text cut', () => {
    const [annotation] = annotationsFor(one('deny', { source: 'commands', file: 'a.sh', line: 2 }, `rm\u202E -rf\n/${'x'.repeat(500)}`), { maxActionChars: 20 });
    assert.equal(annotation.message, 'not here: shell rm\\u{202E} -rf⏎/xxxxxxxxxxx… (489 more characters)');
  });
});

test('maxPerLevel keeps the first errors and the first warnings up to the limit each', () => {
  const result = manyActions(200); // 20 denied, 20 needing approval
  const annotations = annotationsFor(result, { maxPerLevel: 10 });
  assert.equal(annotations.filter((a) => a.level === 'error').length, 10);
  assert.equal(annotations.filter((a) => a.level === 'warning').length, 10);
  assert.equal(annotations[0].line, 1);
});
