// Counts read as English in what SafeClaw prints: "1 file", "1 record", "1 needs approval".
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { plural } from '../../src/plural.js';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

describe('counts', () => {
  const cases: Array<[number, string, string | undefined, string]> = [
    [0, 'file', undefined, '0 files'],
    [1, 'file', undefined, '1 file'],
    [2, 'record', undefined, '2 records'],
    [1, 'needs', 'need', '1 needs'],
    [3, 'needs', 'need', '3 need'],
  ];
  for (const [n, one, many, expected] of cases) {
    test(`plural(${n}, ${one}) is "${expected}"`, () => assert.equal(plural(n, one, many), expected));
  }

  test('lint, check and audit show say "1 rule in 1 file", "1 needs approval", "1 record"', async (t) => {
    const dir = tempDir(t);
    mkdirSync(join(dir, '.safeclaw/policies'), { recursive: true });
    writeFileSync(join(dir, '.safeclaw/policies/p.yaml'), 'rules:\n  - id: ask-helm\n    action: shell.execute\n    effect: require_approval\n    conditions: { command: { pattern: "helm *" } }\n    reason: ask first\n');
    const lint = await runCli(['policy', 'lint'], { cwd: dir });
    assert.match(lint.stdout, /^1 rule in 1 file, 0 warnings$/m);
    const check = await runCli(['check', '--audit', 'audit.jsonl', '--command', 'helm list'], { cwd: dir });
    assert.equal(check.code, 1, check.stderr);
    assert.match(check.stdout, /0 allowed, 0 denied, 1 needs approval/);
    assert.match(check.stdout, /audit: audit\.jsonl \(1 record, head /);
    const show = await runCli(['audit', 'show', 'audit.jsonl'], { cwd: dir });
    assert.match(show.stdout, /1 of 1 record shown/);
  });

  test('the example policy lints as "1 file"', async (t) => {
    const dir = tempDir(t);
    cpSync(join(ROOT, 'examples/devops/.safeclaw'), join(dir, '.safeclaw'), { recursive: true });
    assert.match((await runCli(['policy', 'lint'], { cwd: dir })).stdout, /rules in 1 file, 0 warnings/);
  });
});
