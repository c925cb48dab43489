// Red-team R4 (issue 15's session): GNU sed reads a delimiter inside a bracket
// expression as part of the regex (`s/[/]/x/e` is `s/[\/]/x/e`). A reader of sed
// scripts that ends the regex there loses its place, and the `e` flag or command
// after it runs the pattern space as a shell command unjudged. Each line is checked
// with the real sed: `sed --sandbox` refuses it (it has e/r/w), and with `e` a file
// is created.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, existsSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { evaluate } from '../../src/engine/evaluate.js';
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

/** Scripts whose `e` GNU sed runs; REPLACEMENT stands for the command made of the line. */
const SCRIPTS = [
  "s/[/]/REPLACEMENT/e ; /a\\/e/s/a/b/Ie",
  's/[[:alpha:]/]/REPLACEMENT/e;s/a/b/ ; e',
  '/w/s/[]/]/REPLACEMENT/e;;s/a/b/g',
  // A custom delimiter inside a bracket, in an address and in s.
  '\\%[%/]%s/^./REPLACEMENT/e',
  's|[^|]|REPLACEMENT|e',
  's/[[:space:]/]/REPLACEMENT/e',
  '/[/]/e REPLACEMENT',
];

/** Ordinary brackets the reader follows: the e after them is found, and a script without one stays plain. */
const FOLLOWED = [
  { script: 's/[0-9]*//g', opaque: false },
  { script: '/^[a-z]/p', opaque: false },
  { script: 's/[[:alpha:]]\\+/X/2', opaque: false },
  { script: 's/[]x]/y/;s/a/b/e', opaque: true },
  { script: '/[[:digit:]]/e date', opaque: true },
];

const sed = spawnSync('sed', ['--version'], { encoding: 'utf8' }).stdout?.includes('GNU sed') ?? false;
const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

for (const script of SCRIPTS) {
  test(`GNU sed runs a command from ${JSON.stringify(script)}`, { skip: !sed && 'no GNU sed' }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'sed-r4-'));
    try {
      writeFileSync(join(dir, 'f'), '/ wx\n');
      const ran = join(dir, 'RAN');
      const result = spawnSync('sed', ['-n', script.replace('REPLACEMENT', `touch ${ran.replace(/\//g, '\\/')} #`), join(dir, 'f')], { encoding: 'utf8' });
      assert.equal(result.status, 0, result.stderr);
      assert.ok(existsSync(ran), 'sed ran no command');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  test(`a deny-list policy does not allow sed -n ${JSON.stringify(script)}`, async () => {
    await shellReady;
    // Standard input: no file read for the policy to deny instead.
    const line = `sed -n ${quote(script.replace('REPLACEMENT', 'x'))}`;
    const decision = evaluate(DENY_LIST, { type: 'shell.execute', command: line });
    assert.notEqual(decision.decision, 'allow', JSON.stringify(decision.parts.map((p) => p.text)));
  });
}

for (const { script, opaque } of FOLLOWED) {
  test(`the sed reader follows the bracket in ${JSON.stringify(script)} (${opaque ? 'its e found' : 'no command run'})`, async () => {
    await shellReady;
    const decision = evaluate(DENY_LIST, { type: 'shell.execute', command: `sed -n ${quote(script)}` });
    assert.equal(decision.decision === 'allow', !opaque, JSON.stringify(decision.parts.map((p) => [p.text, p.reason])));
  });
}
