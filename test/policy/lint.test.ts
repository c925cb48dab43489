import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lintPolicies } from '../../src/policy/lint.js';
import { policyFrom, rule, rules } from '../helpers/policy.js';

const warningsFor = (text: string) => lintPolicies(policyFrom(text)).map((w) => `${w.position.line}: ${w.message}`);

describe('policy lint warns about patterns that look broken', () => {
  test('the seed text\'s damaged patterns are each flagged', () => {
    const seed = rules(
      rule('allow-dev-deploy', 'shell.execute', 'allow', { command: 'kubectl apply--namespace=dev' }),
      rule('allow-dry-run', 'shell.execute', 'allow', { command: '--dry-run' }),
      rule('block-helm', 'shell.execute', 'deny', { command: 'helm {install,upgrade}--namespace prod' }),
      rule('allow-iac', 'file.write', 'allow', { path: 'infra/*/.tf' }),
      rule('block-secrets', 'file.read', 'deny', { path: '{/.env,/secret,/credential,/.pem,/.key,/kubeconfig}' }),
    );
    const warnings = warningsFor(seed).join('\n');
    assert.match(warnings, /"kubectl apply--namespace=dev" has no wildcard/);
    assert.match(warnings, /"kubectl apply--namespace=dev" has text glued to "--" \("y--n…"\)/);
    assert.match(warnings, /"--dry-run" has no wildcard/);
    assert.match(warnings, /"helm \{install,upgrade\}--namespace prod" has text glued to "--"/);
    assert.match(warnings, /"infra\/\*\/\.tf" matches a dotfile one folder deep/);
    assert.match(warnings, /"\/\.env" only matches a file at the file-system root/);
    assert.match(warnings, /"\/kubeconfig" only matches a file at the file-system root/);
  });

  test('an allow rule fully covered by a deny rule never matters', () => {
    const warnings = warningsFor(
      rules(rule('allow-apply-dry', 'shell.execute', 'allow', { command: 'terraform apply*--dry-run*' }), rule('deny-apply', 'shell.execute', 'deny', { command: 'terraform apply*' })),
    );
    assert.deepEqual(warnings, ['2: rule "allow-apply-dry" (allow) never decides anything: "deny-apply" (deny) matches everything it matches']);
  });

  test('an allow rule only partly covered by a deny rule is fine', () => {
    assert.deepEqual(
      warningsFor(rules(rule('allow-k', 'shell.execute', 'allow', { command: 'kubectl apply*' }), rule('deny-prod', 'shell.execute', 'deny', { command: 'kubectl apply*--namespace=prod*' }))),
      [],
    );
  });

  test('allow rules that allow everything are flagged', () => {
    for (const text of [rules(rule('all', 'shell.execute', 'allow')), rules(rule('star', 'shell.execute', 'allow', { command: '*' })), rules(rule('any-path', 'file.read', 'allow', { path: '**' }))]) {
      assert.match(warningsFor(text).join('\n'), /allows every/);
    }
  });

  test('the intended example policy is clean', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../examples/devops/.safeclaw/policies/devops-agent.yaml', import.meta.url), 'utf8');
    assert.deepEqual(warningsFor(text), []);
  });
});
