// The bypass corpus: every command in corpus.yaml gets the decision a careful
// reviewer expects, under the policy named by its section.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import { parse } from 'yaml';
import { evaluate } from '../../src/engine/evaluate.js';
import { loadPolicies } from '../../src/policy/load.js';
import type { PolicySet, Verdict } from '../../src/types.js';

interface CorpusCase {
  command: string;
  decision: Verdict;
  rule?: string;
}

const POLICY_DIRS: Record<string, string> = {
  devops: new URL('../../examples/devops/.safeclaw', import.meta.url).pathname,
  readonly: new URL('./readonly/.safeclaw', import.meta.url).pathname,
};

const corpus = parse(readFileSync(new URL('./corpus.yaml', import.meta.url), 'utf8')) as Record<string, CorpusCase[]>;

test('the corpus holds at least 200 commands', () => {
  const total = Object.values(corpus).reduce((n, cases) => n + cases.length, 0);
  assert.ok(total >= 200, `only ${total} commands`);
});

for (const [policyName, cases] of Object.entries(corpus)) {
  describe(`under the ${policyName} policy`, () => {
    let policy: PolicySet;
    before(async () => {
      policy = await loadPolicies(POLICY_DIRS[policyName]);
    });
    for (const c of cases) {
      const label = `${JSON.stringify(c.command)} is ${c.decision}${c.rule ? ` (${c.rule} matches)` : ''}`;
      test(label, () => {
        let decision;
        try {
          decision = evaluate(policy, { type: 'shell.execute', command: c.command });
        } catch (error) {
          // Input the engine rejects (an empty command) is never allowed: that is a denial.
          assert.equal(c.decision, 'deny', `rejected: ${String(error)}`);
          return;
        }
        const parts = decision.parts.map((p) => `${p.kind} ${p.text} → ${p.decision}${p.rule ? ` (${p.rule})` : ''}`).join('\n  ');
        assert.equal(decision.decision, c.decision, `parts:\n  ${parts}`);
        if (c.rule) assert.ok(decision.matchedRules.includes(c.rule), `${c.rule} did not match; parts:\n  ${parts}`);
      });
    }
  });
}
