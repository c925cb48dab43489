// The rule index only skips rules that cannot match: deciding with it must give
// exactly what trying every rule gives. `evaluate` with `trace` tries every rule
// (the trace lists them all), so the two paths are compared through it.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import fc from 'fast-check';
import { evaluate } from '../../src/engine/evaluate.js';
import { candidateRules, requiredLeadingWords } from '../../src/engine/rule-index.js';
import { GlobError } from '../../src/policy/glob.js';
import { PolicyError } from '../../src/policy/errors.js';
import type { Action, Decision, PolicySet } from '../../src/types.js';
import { largePolicySet } from '../../bench/generate-policy.js';
import { REQUEST_GROUPS } from '../../bench/requests.js';
import { policyFrom, rule, rules, shellReady } from '../helpers/policy.js';

before(() => shellReady);

/** A decision without the per-rule trace. */
function untraced(decision: Decision): unknown {
  return { ...decision, parts: decision.parts.map(({ trace: _trace, ...part }) => part) };
}

function assertSameBothWays(policySet: PolicySet, action: Action): void {
  assert.deepEqual(untraced(evaluate(policySet, action)), untraced(evaluate(policySet, action, { trace: true })), JSON.stringify(action));
}

describe('rule index', () => {
  test('a rule is filed under the literal leading words of its patterns (up to two), braces expanded', () => {
    const p = policyFrom(rules(rule('r', 'shell.execute', 'deny', { command: ['{helm,kubectl} apply*', 'terraform destroy -target=x *'] })));
    assert.deepEqual([...(requiredLeadingWords(p.rules[0], 'command', ' ') ?? [])].sort(), ['helm', 'kubectl', 'terraform destroy']);
  });

  test('a path is tried against rules for its first two folders, its first folder, and any path', () => {
    const p = policyFrom(
      rules(
        rule('a-svc1', 'file.read', 'deny', { path: 'services/svc-1/**' }),
        rule('b-svc2', 'file.read', 'deny', { path: 'services/svc-2/**' }),
        rule('c-services', 'file.read', 'deny', { path: 'services/*/secrets/**' }),
        rule('d-any', 'file.read', 'deny', { path: '*.pem' }),
      ),
    );
    assert.deepEqual(candidateRules(p, 'file.read', { path: 'services/svc-2/a.ts' }).map((r) => r.id), ['b-svc2', 'c-services', 'd-any']);
    assert.deepEqual(candidateRules(p, 'file.read', { path: 'services/svc-9/a.ts' }).map((r) => r.id), ['c-services', 'd-any']);
  });

  for (const [pattern, why] of [
    ['*--dry-run*', 'a leading wildcard'],
    ['iptables*', 'a wildcard inside the first word'],
    ['"terraform" apply*', 'quotes, which picomatch removes'],
    ['!(ls) *', 'an extglob'],
    ['[t]erraform apply*', 'a bracket expression'],
  ]) {
    test(`a command pattern with ${why} is tried on every command`, () => {
      const p = policyFrom(rules(rule('r', 'shell.execute', 'deny', { command: pattern })));
      assert.equal(requiredLeadingWords(p.rules[0], 'command', ' '), null);
    });
  }

  test('a path pattern with a leading ./ (which picomatch drops) is tried on every path', () => {
    const p = policyFrom(rules(rule('r', 'file.read', 'deny', { path: './secrets/**' })));
    assert.equal(requiredLeadingWords(p.rules[0], 'path', '/'), null);
  });

  test('a path pattern without a slash (a base name anywhere) is tried on every path', () => {
    const p = policyFrom(rules(rule('r', 'file.read', 'deny', { path: '*.pem' })));
    assert.equal(requiredLeadingWords(p.rules[0], 'path', '/'), null);
  });

  test('a command is tried only against rules for its first word and rules for any word', () => {
    const p = policyFrom(
      rules(
        rule('a-kubectl', 'shell.execute', 'deny', { command: 'kubectl apply*' }),
        rule('b-terraform', 'shell.execute', 'deny', { command: 'terraform apply*' }),
        rule('c-any', 'shell.execute', 'allow', { command: '*--dry-run*' }),
      ),
    );
    assert.deepEqual(candidateRules(p, 'shell.execute', { command: 'terraform apply x' }).map((r) => r.id), ['b-terraform', 'c-any']);
    assert.deepEqual(candidateRules(p, 'shell.execute', { command: 'ls -la' }).map((r) => r.id), ['c-any']);
  });

  test('every request of the benchmark gets the same decision with and without the index (1,000-rule policy)', () => {
    const policySet = largePolicySet(1000);
    for (const group of REQUEST_GROUPS) for (const action of group.actions) assertSameBothWays(policySet, action);
  });

  test('random policies and requests get the same decision with and without the index', () => {
    const fragment = fc.constantFrom(
      'kubectl', 'apply', 'terraform', 'a', 'ab', '.env', 'x.pem', '--namespace=dev', '--dry-run', 'infra', 'svc-1',
      '*', '**', '?', '[ab]', '{a,ab}', '{kubectl,terraform}', '"a"', '!', '@(a)', '\\*', '.', '..', './', '../', ':', '%', '=',
    );
    const separator = fc.constantFrom(' ', '/', '', '=');
    const text = fc.array(fc.tuple(fragment, separator), { minLength: 1, maxLength: 5 }).map((parts) => parts.map(([f, s]) => f + s).join(''));
    const ruleSpec = fc.record({
      action: fc.constantFrom('shell.execute', 'file.read', 'file.write', 'network.request'),
      effect: fc.constantFrom('allow', 'deny', 'require_approval'),
      patterns: fc.array(text, { minLength: 1, maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.array(ruleSpec, { minLength: 1, maxLength: 8 }), fc.array(text, { minLength: 1, maxLength: 4 }), (specs, texts) => {
        let policySet: PolicySet;
        try {
          policySet = policyFrom(
            rules(
              ...specs.map((s, i) => {
                const key = s.action === 'shell.execute' ? 'command' : s.action === 'network.request' ? 'destination' : 'path';
                return rule(`r${i}`, s.action, s.effect, { [key]: s.patterns });
              }),
            ),
          );
        } catch (error) {
          if (error instanceof PolicyError || error instanceof GlobError) return; // not a valid policy: nothing to compare
          throw error;
        }
        for (const t of texts) {
          for (const action of [
            { type: 'shell.execute', command: t },
            { type: 'file.read', path: t },
            { type: 'file.write', path: t, change: 'added' },
            { type: 'network.request', destination: t },
          ] as Action[]) {
            assertSameBothWays(policySet, action);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
