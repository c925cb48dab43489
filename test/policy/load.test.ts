import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { PolicyError, formatProblem } from '../../src/policy/errors.js';
import { loadPolicies } from '../../src/policy/load.js';
import { tempDir } from '../helpers/cli.js';
import { policyFrom } from '../helpers/policy.js';

/** The problems a policy text produces, as `line:column: message` strings. */
function problemsOf(...texts: string[]): string[] {
  try {
    policyFrom(...texts);
  } catch (err) {
    assert.ok(err instanceof PolicyError, String(err));
    return err.problems.map((p) => `${p.position.file}:${p.position.line}:${p.position.column}: ${p.message}`);
  }
  assert.fail('expected the policy to be refused');
}

const GOOD = `rules:
  - id: ok
    action: shell.execute
    effect: allow
    conditions:
      command:
        pattern: "ls*"
    reason: fine
`;

describe('invalid policies are refused with file:line:column', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['bad YAML', 'rules:\n  - id: a\n    action: "shell.execute\n', /p0\.yaml:[34]:\d+: YAML syntax error: Missing closing "quote/],
    ['tab-broken YAML', 'rules:\n  - id: a\n\t action: x\n', /p0\.yaml:3:\d+: YAML syntax error/],
    ['unknown action', GOOD.replace('shell.execute', 'shell.exec'), /p0\.yaml:3:13: unknown action "shell.exec"/],
    ['unknown effect', GOOD.replace('effect: allow', 'effect: permit'), /p0\.yaml:4:13: unknown effect "permit"/],
    ['unknown condition key', GOOD.replace('command:', 'cmd:'), /p0\.yaml:6:7: unknown condition "cmd" for shell\.execute/],
    ['condition key of another action type', GOOD.replace('command:', 'path:'), /p0\.yaml:6:7: unknown condition "path" for shell\.execute/],
    ['missing id', GOOD.replace('  - id: ok\n    action', '  - action'), /p0\.yaml:2:5: rule is missing `id`/],
    ['missing reason', GOOD.replace('    reason: fine\n', ''), /p0\.yaml:2:5: rule is missing `reason`/],
    ['empty pattern', GOOD.replace('"ls*"', '""'), /p0\.yaml:7:18: pattern "" is empty/],
    ['pattern picomatch rejects', GOOD.replace('"ls*"', '"ls["'), /p0\.yaml:7:18: pattern "ls\[" Missing closing/],
    ['pattern that can never match', GOOD.replace('"ls*"', '"[z-a]"'), /p0\.yaml:7:18: pattern "\[z-a\]" can never match/],
    ['unclosed brace', GOOD.replace('"ls*"', '"{ls,dir"'), /p0\.yaml:7:18: pattern "\{ls,dir" has a "\{" with no closing/],
    ['condition without pattern', GOOD.replace('        pattern: "ls*"\n', '        glob: "ls*"\n'), /p0\.yaml:7:9: unknown key "glob" in condition "command"/],
    ['unknown rule key', GOOD.replace('    reason: fine', '    reason: fine\n    priority: 1'), /p0\.yaml:9:5: unknown rule key "priority"/],
    ['unknown top-level key', 'version: 2\n' + GOOD, /p0\.yaml:1:1: unknown top-level key "version"/],
    ['rules not a list', 'rules: {}\n', /p0\.yaml:1:8: `rules` must be a list/],
    ['rule not a mapping', 'rules:\n  - just text\n', /p0\.yaml:2:5: a rule must be a mapping/],
    ['id with spaces', GOOD.replace('id: ok', 'id: "not ok"'), /p0\.yaml:2:9: rule id "not ok" has characters/],
    ['duplicate mapping key', GOOD.replace('    reason: fine', '    reason: fine\n    reason: again'), /p0\.yaml:9:5: YAML syntax error: Map keys must be unique/],
    ['empty pattern list', GOOD.replace('"ls*"', '[]'), /p0\.yaml:7:18: `command\.pattern` is an empty list/],
  ];
  for (const [name, text, expected] of cases) {
    test(`${name}`, () => {
      const problems = problemsOf(text);
      assert.ok(problems.some((p) => expected.test(p)), problems.join('\n'));
    });
  }

  test('a duplicate id across files names both places', () => {
    const problems = problemsOf(GOOD, GOOD);
    assert.deepEqual(problems, ['policies/p1.yaml:2:5: duplicate rule id "ok" (first defined at policies/p0.yaml:2:5)']);
  });

  test('every problem in a file is reported, not only the first', () => {
    const problems = problemsOf(GOOD.replace('shell.execute', 'nope').replace('effect: allow', 'effect: maybe'));
    assert.equal(problems.length, 2);
  });

  test('each problem says how to fix it', () => {
    try {
      policyFrom(GOOD.replace('effect: allow', 'effect: permit'));
      assert.fail('refused');
    } catch (err) {
      assert.ok(err instanceof PolicyError);
      assert.match(formatProblem(err.problems[0]), /\(use one of allow, deny, require_approval\)$/);
    }
  });

  test('an empty file and an empty list hold no rules (deny everything)', () => {
    assert.equal(policyFrom('', 'rules: []\n', '# only a comment\n').rules.length, 0);
  });
});

describe('loadPolicies', () => {
  test('merges every .yaml and .yml file of policies/ and ignores other files', async (t) => {
    const dir = join(tempDir(t), '.safeclaw');
    mkdirSync(join(dir, 'policies'), { recursive: true });
    writeFileSync(join(dir, 'policies', 'a.yaml'), GOOD);
    writeFileSync(join(dir, 'policies', 'b.yml'), GOOD.replace('id: ok', 'id: ok2'));
    writeFileSync(join(dir, 'policies', 'notes.txt'), 'not a policy');
    const set = await loadPolicies(dir);
    assert.deepEqual(set.rules.map((r) => r.id), ['ok', 'ok2']);
    assert.equal(set.root, join(dir, '..'));
  });

  test('a missing policies folder is an error that says to run init', async (t) => {
    await assert.rejects(loadPolicies(join(tempDir(t), '.safeclaw')), (err: Error) => err instanceof PolicyError && /safeclaw init/.test(err.message));
  });

  test('the digest depends on the rules, not on file layout, comments or key order', () => {
    const a = policyFrom(GOOD);
    const b = policyFrom('# comment\nrules:\n  - reason: fine\n    effect: allow\n    id: ok\n    conditions: { command: { pattern: "ls*" } }\n    action: shell.execute\n');
    const c = policyFrom(GOOD.replace('"ls*"', '"ls *"'));
    assert.equal(a.digest, b.digest);
    assert.notEqual(a.digest, c.digest);
    assert.match(a.digest, /^[0-9a-f]{64}$/);
  });
});
