// Lines tree-sitter reads otherwise than bash: the hidden command really runs
// (bash itself, with shell functions standing in for the programs, is the
// oracle), and the analysis makes the line an [unparsable] opaque part, never an
// allowed one (misreadCommand and misreadTree in src/shell/words.ts, reserved
// words as programs in src/shell/analyze.ts).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { before, test } from 'node:test';
import { evaluate } from '../../src/engine/evaluate.js';
import { analyzeShellCommand } from '../../src/shell/analyze.js';
import { useTypeScriptParser } from '../../src/shell/parser.js';
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

/**
 * Lines whose tree hides a command behind a misread (red-team F1–F12): a compound
 * command after `time`, `coproc` or `!` read as words, a descriptor read as the
 * program or as an argument, a here-doc body's first line read as words of the
 * command, words after a here-doc's delimiter dropped, a command in a `[[ ]]`
 * pattern leaf, an array assignment bash reads as a string, an unquoted
 * here-doc analysed before bash's expansion, a declaration builtin run through
 * `builtin` (F6–F9), backquotes inside `${…}` read as text, an assignment after
 * `time` read as the program (F11, F12). Under a deny-list policy
 * (anything allowed but the denied commands) none may be allowed, with either
 * parser. `bash` marks the lines bash is run on to prove the hidden command runs
 * (a coproc's or select's output does not come back).
 */
const DODGES: { line: string; bash: boolean }[] = [
  { line: 'time { terraform apply; }', bash: true },
  { line: '! time { terraform apply; }', bash: true },
  { line: 'time -p { rm -rf x; }', bash: true },
  { line: 'time if true; then terraform apply; fi', bash: true },
  { line: 'coproc { terraform apply; }', bash: false },
  { line: 'coproc while true; do terraform apply; done', bash: false },
  { line: 'coproc for x in 1; do terraform apply; done', bash: false },
  { line: 'coproc if true; then terraform apply; fi', bash: false },
  { line: 'coproc X { terraform apply; }', bash: false },
  { line: 'coproc X while true; do terraform apply; done', bash: false },
  { line: '! while true; do terraform apply; break; done', bash: true },
  { line: '! until false; do terraform apply; break; done', bash: true },
  { line: '! if true; then terraform apply; fi', bash: true },
  { line: '! { terraform apply; }', bash: true },
  { line: '! select x in a; do terraform apply; done', bash: false },
  { line: '! for ((i=0; i<1; i++)); do terraform apply; done', bash: true },
  { line: '! function f { terraform apply; }; f', bash: true },
  { line: '! ! terraform apply', bash: true },
  { line: '0</dev/null terraform apply', bash: true },
  { line: '0>/dev/null terraform apply', bash: true },
  { line: '0>&2 terraform apply', bash: true },
  { line: 'kubectl delete ns prod {fd}>/dev/null', bash: true },
  { line: "echo hi; bash <<'EOF'\n\\terraform apply\nEOF", bash: true },
  { line: "ls; sh <<'EOF'\n\\rm -rf x\nEOF", bash: true },
  { line: 'bash <<EOF\n\\terraform apply\nEOF', bash: true },
  { line: 'kubectl <<EOF delete ns prod\nEOF', bash: true },
  { line: "bash <<EOF -c 'terraform apply'\nEOF", bash: true },
  { line: '[[ $X = `rm${IFS}-rf${IFS}x` ]] && ls', bash: false },
  { line: '[[ $X =~ `terraform${IFS}apply` ]] && ls', bash: false },
  { line: '[[ $X == @(a|`terraform${IFS}apply`) ]] && ls', bash: false },
  { line: 'X=(1 2)ls terraform apply', bash: true },
  { line: 'X+=(1)"ls" terraform apply', bash: true },
  { line: 'bash <<EOF\necho \\`terraform apply\\`\nEOF', bash: true },
  { line: "ls; builtin declare 'a[$(terraform apply)]=1'", bash: false },
  { line: "ls; command typeset 'a[$(terraform apply)]=1'", bash: false },
  { line: 'X=${Y:-`terraform apply`} ls', bash: false },
  { line: 'export X="${Y:-`terraform apply`}"; ls', bash: false },
  { line: 'for x in ${Y:-${Z:-`terraform apply`}}; do ls; done', bash: false },
  { line: 'time X=1 terraform apply', bash: true },
  { line: 'time -p X=1 terraform apply', bash: true },
  { line: 'coproc X=1 terraform apply', bash: false },
];

const denyList = policyFrom(
  rules(
    rule('allow-anything', 'shell.execute', 'allow'),
    rule('deny-apply', 'shell.execute', 'deny', { command: 'terraform apply*' }),
    rule('deny-rm', 'shell.execute', 'deny', { command: 'rm -rf*' }),
    rule('deny-prod-namespace', 'shell.execute', 'deny', { command: 'kubectl delete ns prod' }),
  ),
);

const SHELL_SHIMS = `${SHIMS} sh() { bash "$@"; };`;

for (const { line, bash } of DODGES) {
  test(`${JSON.stringify(line)} is never allowed by a deny-list policy, with either parser`, () => {
    if (bash) {
      // The shims are exported for the child shells a here-doc feeds; `true` ends a negated line with status 0.
      const printed = execFileSync('bash', ['-c', `${SHELL_SHIMS} export -f rm terraform kubectl git sh\n${line}\ntrue`], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      assert.match(printed, /RAN-/, `bash did not run the hidden command of ${JSON.stringify(line)}: the case proves nothing`);
    }
    for (const typeScript of [true, false]) {
      useTypeScriptParser(typeScript);
      try {
        const decision = evaluate(denyList, { type: 'shell.execute', command: line });
        assert.notEqual(decision.decision, 'allow', `${typeScript ? 'TypeScript parser' : 'tree-sitter'}: ${decision.reason}`);
      } finally {
        useTypeScriptParser(true);
      }
    }
  });
}

test('here-docs, descriptors and reserved words bash reads as written stay analysed', () => {
  for (const line of [
    'cat <<EOF .env\nhi\nEOF',
    'cat <<EOF | grep x\nhi\nEOF',
    'kubectl apply -f - <<EOF\napiVersion: v1\nEOF',
    'ls 2>/dev/null',
    'cmd 10>x',
    'echo {fd} > x',
    'echo if then fi',
    '[[ $X =~ ^a.*b$ ]] && ls',
    "[[ $X == '`x`' ]] && ls",
    'X=(1 2) ls',
    'X=${Y:-a} ls',
    'env X=1 ls',
  ]) {
    const parts = analyzeShellCommand(line).commands;
    assert.ok(parts.every((c) => c.opaque === undefined), `${JSON.stringify(line)}: ${parts.map((c) => c.opaque).join('; ')}`);
  }
  assert.deepEqual(
    analyzeShellCommand('cat <<EOF .env\nhi\nEOF').implied.map((i) => i.action),
    [{ type: 'file.read', path: '.env' }],
  );
});
