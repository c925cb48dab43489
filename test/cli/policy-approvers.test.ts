// `approvers:` and `approvals:` on require_approval rules (issue 13), through
// the real `safeclaw policy lint`: loaded and listed where the rule is written,
// refused with file:line:column and a fix where they cannot mean anything.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../src/audit/canonical-json.js';
import { compilePolicies } from '../../src/policy/load.js';
import { runCli, tempDir } from '../helpers/cli.js';

function repo(t: { after: (fn: () => void) => void }, policy: string): string {
  const dir = tempDir(t, 'safeclaw-approvers-');
  mkdirSync(join(dir, '.safeclaw/policies'), { recursive: true });
  writeFileSync(join(dir, '.safeclaw/policies/gate.yaml'), policy);
  return dir;
}

const rule = (keys: string, effect = 'require_approval') => `rules:
  - id: approve-ci
    action: file.write
    effect: ${effect}
    conditions:
      path:
        pattern: ".github/**"
    reason: CI changes need a maintainer
${keys}`;

describe('policy lint with approvers', () => {
  test('lists who approves each rule that says so, at the rule', async (t) => {
    const dir = repo(t, rule('    approvers: [alice, "@acme/platform"]\n    approvals: 2\n'));
    const run = await runCli(['policy', 'lint'], { cwd: dir });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /^\.safeclaw\/policies\/gate\.yaml:2:5: approve-ci \(require_approval\) needs 2 approvals from alice, acme\/platform \(never the PR's author or a bot\)$/m);
  });

  const refused: [string, string, RegExp][] = [
    ['on a deny rule', rule('    approvers: [alice]\n', 'deny'), /gate\.yaml:9:5: `approvers` on a rule with effect deny: only require_approval rules are approved \(a deny can never be approved\)/],
    ['on an allow rule', rule('    approvals: 2\n', 'allow'), /gate\.yaml:9:5: `approvals` on a rule with effect allow/],
    ['not a list', rule('    approvers: alice\n'), /gate\.yaml:9:16: `approvers` must be a list/],
    ['an empty list', rule('    approvers: []\n'), /`approvers` is an empty list: nobody could approve/],
    ['a bot', rule('    approvers: ["deploy[bot]"]\n'), /approver "deploy\[bot\]" is a bot: a bot cannot approve/],
    ['the same person twice in other case', rule('    approvers: [alice, Alice]\n'), /gate\.yaml:9:24: approver "Alice" is listed twice \(first at 9:17; logins and teams ignore case\)/],
    ['a team with a space', rule('    approvers: ["acme/plat form"]\n'), /names the team "plat form", which is not a team slug/],
    ['a login with a dot', rule('    approvers: [a.b]\n'), /approver "a\.b" is not a GitHub login/],
    ['a number of approvals as text', rule('    approvals: "2"\n'), /gate\.yaml:9:16: `approvals` must be a number, not "2" \(write a whole number/],
    ['zero approvals', rule('    approvals: 0\n'), /`approvals: 0` is not a whole number from 1 to 20/],
    ['more approvals than people listed', rule('    approvers: [alice, bob]\n    approvals: 3\n'), /`approvals: 3` but `approvers` lists only 2 people: it can never be met/],
    ['a misspelt key', rule('    approver: [alice]\n'), /unknown rule key "approver" \(use id, action, effect, conditions, reason, approvers, approvals\)/],
  ];
  for (const [name, policy, why] of refused) {
    test(`refuses approvers/approvals ${name} (exit 2, file:line:column and a fix)`, async (t) => {
      const run = await runCli(['policy', 'lint'], { cwd: repo(t, policy) });
      assert.equal(run.code, 2, run.stdout + run.stderr);
      assert.match(run.stderr + run.stdout, why);
      assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
    });
  }

  test('the keys are in the policy digest only when set: rules without them keep their digest', () => {
    const without = compilePolicies([{ file: 'p.yaml', text: rule('') }], '/tmp/x');
    const withOne = compilePolicies([{ file: 'p.yaml', text: rule('    approvals: 1\n') }], '/tmp/x');
    const withTwo = compilePolicies([{ file: 'p.yaml', text: rule('    approvals: 2\n') }], '/tmp/x');
    const listed = compilePolicies([{ file: 'p.yaml', text: rule('    approvers: [bob, alice]\n') }], '/tmp/x');
    const reordered = compilePolicies([{ file: 'p.yaml', text: rule('    approvers: [alice, bob]\n') }], '/tmp/x');
    const before = [{ id: 'approve-ci', action: 'file.write', effect: 'require_approval', reason: 'CI changes need a maintainer', conditions: { path: { pattern: ['.github/**'] } } }];
    assert.equal(without.digest, createHash('sha256').update(canonicalJson(before)).digest('hex'), 'the digest of a rule without them is what it always was');
    assert.notEqual(withOne.digest, without.digest, 'saying approvals: 1 is still a change of the text that decided');
    assert.notEqual(withTwo.digest, withOne.digest);
    assert.equal(listed.digest, reordered.digest, 'the order of approvers does not matter');
    assert.deepEqual(withTwo.rules[0].approvals, 2);
    assert.deepEqual(listed.rules[0].approvers, [{ kind: 'user', login: 'bob' }, { kind: 'user', login: 'alice' }]);
  });
});
