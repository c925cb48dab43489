// Lines tree-sitter reads otherwise than bash: the hidden command really runs
// (bash itself, with shell functions standing in for the programs, is the
// oracle), and the analysis makes the line an [unparsable] opaque part, never an
// allowed one (misreadCommand and misreadTree in src/shell/words.ts).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { before, test } from 'node:test';
import { evaluate } from '../../src/engine/evaluate.js';
import { analyzeShellCommand } from '../../src/shell/analyze.js';
import { policyFrom, rule, rules, shellReady } from '../helpers/policy.js';

before(() => shellReady);

const SHIMS = 'rm() { echo RAN-rm; }; terraform() { echo RAN-terraform; }; kubectl() { echo RAN-kubectl; }; git() { echo RAN-git; };';

/** Each line hides a second command that bash runs. */
const HIDDEN: string[] = [
  'echo hi\n\\terraform apply',
  'echo hi\n\n\\rm -rf x',
  'ls\n\\rm -rf x',
  'echo ==\nrm -rf x',
  'echo == ; rm -rf x #&}',
  'echo<<<\\ \nrm -rf x',
  'echo $$a<\\ \nrm -rf x',
  "echo $'\\\\' ; terraform apply #'",
  'echo "\\""\\$<<E\nE\nterraform$f apply',
  'echo "$ $(rm -rf x)"',
  'echo `echo \\`terraform apply\\``',
  'cat -n <<EOF\n`terraform apply`\nEOF',
  'cat -n <<EOF\n $(terraform apply)\nEOF',
  'cat -n <<-EOF\n\t$(terraform apply)\n\tEOF',
  'cat -n <<${X}\n$(terraform apply)\n${X}',
];

const policy = policyFrom(rules(rule('allow-reads', 'shell.execute', 'allow', { command: ['echo *', 'ls*', 'echo', 'cat*'] })));

for (const line of HIDDEN) {
  test(`${JSON.stringify(line)}: bash runs the hidden command, and the analysis does not allow the line`, () => {
    const printed = execFileSync('bash', ['-c', `${SHIMS}\n${line}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    assert.match(printed, /RAN-/, `bash did not run the hidden command of ${JSON.stringify(line)}: the case proves nothing`);
    const decision = evaluate(policy, { type: 'shell.execute', command: line });
    assert.notEqual(decision.decision, 'allow', decision.reason);
    assert.ok(analyzeShellCommand(line).commands.some((c) => c.opaque !== undefined), 'no opaque part');
  });
}

test('lines tree-sitter reads as bash does stay allowed (the checks are not blanket refusals)', () => {
  for (const line of ['echo "a\nb"', 'echo a \\\n b', 'echo $(\nls\n)', 'echo `date`x', "echo $'a\\'b'", 'echo "$?" $1 $@']) {
    const parts = analyzeShellCommand(line).commands;
    assert.ok(parts.every((c) => !c.text.startsWith('[unparsable]')), `${JSON.stringify(line)}: ${parts.map((c) => c.opaque).join('; ')}`);
  }
});
