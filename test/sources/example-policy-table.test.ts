// The README's "Example policy for a DevOps agent" table is the one place users read
// the bundled policy: every rule of examples/devops/.safeclaw/policies/devops-agent.yaml
// (the infra.change rules for Terraform, Pulumi, CloudFormation and Kubernetes too)
// must be a row, in the file's order, with its effect, its action type and every
// pattern it holds. (`npm run example` showing the Pulumi preview, the CloudFormation
// change set and the manifest is checked by cli-check.test.ts on the same example PR.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { repoRoot } from './helpers.js';

interface PolicyRule {
  id: string;
  action: string;
  effect: string;
  conditions?: Record<string, { pattern: string | string[]; path?: string | string[] }>;
}

const rules = (parse(readFileSync(path.join(repoRoot, 'examples/devops/.safeclaw/policies/devops-agent.yaml'), 'utf8')) as { rules: PolicyRule[] }).rules;
const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Example policy for a DevOps agent'), readme.indexOf('## Shell analysis'));
/** id → [effect, what] of each table row. */
const rows = new Map([...section.matchAll(/^\| ([a-z0-9-]+) \| (allow|deny|require_approval) \| (.*) \|$/gm)].map((m) => [m[1], [m[2], m[3]] as const]));

test('the README table has one row per example rule, in the policy file order', () => {
  assert.deepEqual([...rows.keys()], rules.map((r) => r.id));
});

for (const rule of rules) {
  test(`the row of ${rule.id} shows its effect, action type and every pattern`, () => {
    const row = rows.get(rule.id);
    assert.ok(row, `README.md has no row for ${rule.id}`);
    const [effect, what] = row;
    assert.equal(effect, rule.effect);
    // Shell rules show only their patterns; the others start with their action type.
    if (rule.action === 'shell.execute') assert.doesNotMatch(what, /^(file|network|infra|tool)\./);
    else assert.ok(what.startsWith(rule.action), `${rule.id}: "${what}" starts with ${rule.action}`);
    for (const [key, condition] of Object.entries(rule.conditions ?? {})) {
      for (const text of [condition.pattern, condition.path ?? []].flat()) {
        assert.ok(what.includes(`\`${text}\``) || what.includes(text), `${rule.id}: its ${key} pattern ${JSON.stringify(text)} is in the row`);
      }
    }
  });
}
