// Red-team findings F1, F2, F3, F5, F8 (issue 15's session): lines where bash runs a command the
// tree-sitter tree hides, each checked with the real bash. Under a deny-list policy (an allow
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
  // F1: `time` and `coproc` before a compound command (bash runs the body).
  'time { terraform apply; }',
  '! time { terraform apply; }',
  'time -p { terraform apply; }',
  'time if true; then terraform apply; fi',
  'coproc { terraform apply; }',
  'coproc while true; do terraform apply; done',
  'coproc for x in 1; do terraform apply; done',
  'coproc if true; then terraform apply; fi',
  'coproc X while true; do terraform apply; done',
  'coproc X { terraform apply; }',
  // F2: a leading `0<`/`0>` redirection read as a program named 0.
  '0<x terraform apply',
  '0>x terraform apply',
  '0>&2 terraform apply',
  // F3: `!` before a compound command.
  '! while true; do terraform apply; done',
  '! until false; do terraform apply; done',
  '! if true; then terraform apply; fi',
  '! { terraform apply; }',
  '! select x in a; do terraform apply; done',
  '! for ((i=0; i<3; i++)); do terraform apply; done',
  '! function f { terraform apply; }; f',
  '! ! terraform apply',
  // F5: a here-doc body whose first line starts with a backslash, fed to a shell.
  "bash <<'EOF'\n\\terraform apply\nEOF",
  'bash <<EOF\n\\terraform apply\nEOF',
  "echo hi; bash <<'EOF'\n\\terraform apply\nEOF",
  "ls; sh <<'EOF'\n\\rm -rf /\nEOF",
  // F8: a quoted array subscript in a declaration or unset is evaluated as arithmetic, running $( ).
  "ls; declare 'a[$(terraform apply)]=1'",
  "ls; typeset 'a[$(terraform apply)]=1'",
  "f() { local 'a[$(terraform apply)]=1'; }; f; ls",
  "ls; declare -a a; unset 'a[$(terraform apply)]'",
  "ls; declare -a a; unset -v 'a[$(terraform apply)]'",
  "ls; mapfile -C 'terraform apply' -c 1 < README.md",
  "ls; hash -p /usr/bin/terraform ls; ls apply",
  "ls; test -v 'a[$(terraform apply)]'",
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
