// The issue-11 corpus: commands that hide a dangerous action inside something an
// allow rule matches, and benign commands that must stay allowed, each with the
// reason a reviewer would give. Judged under the seed example policy plus the
// allow rules real users add (test/shell/issue11/.safeclaw).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import { parse } from 'yaml';
import { evaluate } from '../../src/engine/evaluate.js';
import { loadPolicies } from '../../src/policy/load.js';
import type { PolicySet, Verdict } from '../../src/types.js';

interface CorpusCase {
  command: string;
  decision: Verdict;
  /** A rule that must match some part (the deny rule dodged, or the allow rule that allows). */
  rule?: string;
  /** Why a careful reviewer decides so. */
  reason: string;
}

const DIR = new URL('./issue11/', import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();
const corpus = files.map((file) => ({ file, cases: parse(readFileSync(new URL(file, DIR), 'utf8')) as CorpusCase[] }));

let policy: PolicySet;
before(async () => {
  policy = await loadPolicies(new URL('./issue11/.safeclaw', import.meta.url).pathname);
});

test('the issue-11 corpus holds at least 300 cases, each with a reviewer\'s reason, attacks and benign alike', () => {
  const all = corpus.flatMap((c) => c.cases);
  assert.ok(all.length >= 300, `only ${all.length} cases`);
  for (const c of all) assert.ok(typeof c.reason === 'string' && c.reason.length > 10, `no reason for ${c.command}`);
  assert.ok(all.filter((c) => c.decision === 'allow').length >= 50, 'too few benign cases');
  const commands = new Set<string>();
  for (const c of all) {
    assert.ok(!commands.has(c.command), `duplicate case ${c.command}`);
    commands.add(c.command);
  }
});

for (const { file, cases } of corpus) {
  describe(file.replace(/\.yaml$/, ''), () => {
    for (const c of cases) {
      test(`${JSON.stringify(c.command)} is ${c.decision}: ${c.reason}`, () => {
        const decision = evaluate(policy, { type: 'shell.execute', command: c.command });
        const parts = decision.parts.map((p) => `${p.kind} ${p.type} ${p.text} → ${p.decision}${p.rule ? ` (${p.rule})` : ''}: ${p.reason}`).join('\n  ');
        assert.equal(decision.decision, c.decision, `parts:\n  ${parts}`);
        if (c.rule) assert.ok(decision.matchedRules.includes(c.rule), `${c.rule} did not match; parts:\n  ${parts}`);
      });
    }
  });
}
