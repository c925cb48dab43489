// Red-team findings F6, F7, F8 (through a wrapper), F9 (issue 15's session): lines where bash
// runs a command the analysis does not see, each checked with the real bash. Under a deny-list policy (an allow
// rule with no conditions, deny rules for what must never run) and under the example policy,
// none of them may be allowed: the hidden command is judged, or the line is opaque.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { evaluate } from '../../src/engine/evaluate.js';
import { loadPolicies } from '../../src/policy/load.js';
import type { PolicySet } from '../../src/types.js';
import { policyFrom, shellReady } from '../helpers/policy.js';

const DENY_LIST = policyFrom(`rules:
  - id: allow-everything-else
    action: shell.execute
    effect: allow
    reason: a deny-list policy
  - id: never-apply
    action: shell.execute
    effect: deny
    conditions:
      command:
        pattern: ["terraform apply*", "rm -rf*", "git push*"]
    reason: never run by an agent
`);

let devops: PolicySet;
before(async () => {
  await shellReady;
  devops = await loadPolicies(new URL('../../examples/devops/.safeclaw', import.meta.url).pathname);
});

const HIDDEN = [
  // F6: a backquote on the right of `=` in `[[ ]]`, which tree-sitter reads as a regex.
  '[[ $X = `rm${IFS}-rf${IFS}/` ]] && ls',
  '[[ $X = `terraform${IFS}apply` ]]',
  '[[ $X =~ `terraform${IFS}apply` ]] && ls',
  // F7: text right after an array assignment's `)`: a string assignment, and the next word is the program.
  'X=(1 2)ls terraform apply',
  'X=()ls terraform apply',
  'X+=(1)ls terraform apply',
  'X=(1 2)"ls" terraform apply',
  'X=(1 2)\\\nls terraform apply',
  // F8, through a wrapper: the declaration builtin reached by builtin/command.
  "ls; builtin declare 'a[$(terraform apply)]=1'",
  "ls; command typeset 'a[$(terraform apply)]=1'",
  // F9: an unquoted here-doc body is expanded by bash (\` becomes `) before the shell reads it.
  'bash <<EOF\necho \\`terraform apply\\`\nEOF',
  'bash <<EOF\necho \\$(terraform apply)\nEOF',
];

for (const line of HIDDEN) {
  test(`a deny-list policy does not allow ${JSON.stringify(line)}`, () => {
    const decision = evaluate(DENY_LIST, { type: 'shell.execute', command: line });
    assert.notEqual(decision.decision, 'allow', JSON.stringify(decision.parts.map((p) => p.text)));
  });
  test(`the example policy does not allow ${JSON.stringify(line)}`, () => {
    const decision = evaluate(devops, { type: 'shell.execute', command: line });
    assert.notEqual(decision.decision, 'allow', JSON.stringify(decision.parts.map((p) => p.text)));
  });
}
