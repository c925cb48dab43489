// Red-team findings F11, F12 (issue 15's session): lines where bash runs a command the
// analysis does not see, each checked with the real bash. Under a deny-list policy (an allow
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
  // F11: backquotes inside ${…} are a command substitution to bash (tree-sitter reads a plain word there).
  'X=${Y:-`terraform apply`} ls',
  'X="${Y:-`terraform apply`}" ls',
  'export X=${Y:-`terraform apply`}; ls',
  '[[ ${X:-`rm${IFS}-rf${IFS}/`} = x ]] && ls',
  'for x in ${Y:-`terraform apply`}; do ls; done',
  'case ${Y:-`terraform apply`} in x) ls;; esac',
  'case x in ${Y:-`terraform apply`}) ls;; esac',
  'ls <<< ${Y:-`terraform apply`}',
  'ls && X=${Y//a/`terraform apply`}',
  'declare X=${Y:-${Z:-`terraform apply`}}; ls',
  // F12: assignments after the time/coproc keywords belong to the command.
  'time X=1 terraform apply',
  'time -p X=1 terraform apply',
  'coproc X=1 terraform apply',
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
