// Red-team R2 (issue 15's session, pre-existing at 38230e1): inside double quotes `$'`
// is literal to bash (a `$`, then a quote), and tree-sitter-bash reads it so; the
// TypeScript parser read `"…$'x'…"` as holding an ANSI-C string and decoded it. A
// script handed to `bash -c` or `eval` then lost a quote or gained one: in
// `bash -c "$'\x27'; terraform apply; $'\x27'"` the analysis saw one quoted program
// name, and bash ran terraform apply. Each line is checked with the real bash.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { evaluate } from '../../src/engine/evaluate.js';
import { analyzeShellCommand } from '../../src/shell/analyze.js';
import { useTypeScriptParser } from '../../src/shell/parser.js';
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
        pattern: ["terraform apply*"]
    reason: never run by an agent
`);

const HIDDEN = [
  `bash -c "$'\\x27'; terraform apply; $'\\x27'"`,
  `bash -c "$'\\x22'; terraform apply; $'\\x22'"`,
  `eval "$'\\x27'; terraform apply; $'\\x27'"`,
  `sh -c "echo $'\\x27'; terraform apply; echo $'\\x27'"`,
  `bash -c "x$'\\x27'y; terraform apply; x$'\\x27'y"`,
];

const bash = spawnSync('bash', ['-c', 'true']).status === 0;

for (const line of HIDDEN) {
  test(`bash runs the hidden command of ${JSON.stringify(line)}`, { skip: !bash && 'no bash' }, () => {
    const probe = line.replace('terraform apply', 'echo HIDDEN-RAN');
    const out = spawnSync('bash', ['-c', probe], { encoding: 'utf8' }).stdout;
    assert.match(out, /HIDDEN-RAN/);
  });
  test(`a deny-list policy does not allow ${JSON.stringify(line)}`, async () => {
    await shellReady;
    const decision = evaluate(DENY_LIST, { type: 'shell.execute', command: line });
    assert.notEqual(decision.decision, 'allow', JSON.stringify(decision.parts.map((p) => p.text)));
  });
}

for (const line of [`echo "a$'x'b"`, `cat "$'.env'"`, `echo "$'\\x27'"`, `x="$'a'" ls`]) {
  test(`${JSON.stringify(line)} is analysed alike by the TypeScript parser and tree-sitter`, async () => {
    await shellReady;
    const fast = analyzeShellCommand(line);
    useTypeScriptParser(false);
    try {
      assert.deepEqual(fast, analyzeShellCommand(line));
    } finally {
      useTypeScriptParser(true);
    }
  });
}
