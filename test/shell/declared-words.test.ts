// Builtins that assign, declare or bind through words the parser does not take
// apart (red-team F8 and what followed from it): `declare 'a[$(cmd)]=1'` and
// `unset 'a[$(cmd)]'` evaluate the subscript and run the command; `export
// 'PATH=/tmp/x'` sets PATH although the parser sees a quoted string;
// `mapfile -C cmd` runs a callback; `hash -p FILE NAME` makes NAME run FILE;
// `test -v 'a[$(cmd)]'` evaluates the subscript. Bash is the oracle for every
// line that hides a command: it must really run it, or the case proves nothing.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { evaluate } from '../../src/engine/evaluate.js';
import { analyzeShellCommand } from '../../src/shell/analyze.js';
import { useTypeScriptParser } from '../../src/shell/parser.js';
import { policyFrom, rule, rules, shellReady } from '../helpers/policy.js';

before(() => shellReady);

// A `terraform` on PATH that leaves a mark when it runs (a file, not its output:
// a subscript's `$( )` swallows the output; a function would not do for `hash -p`,
// which binds a name to a file).
const bin = mkdtempSync(join(tmpdir(), 'safeclaw-declared-'));
const mark = join(bin, 'ran');
after(() => rmSync(bin, { recursive: true, force: true }));
writeFileSync(join(bin, 'terraform'), `#!/bin/sh\necho "$@" >> '${mark}'\n`);
chmodSync(join(bin, 'terraform'), 0o755);

function bashRuns(line: string): boolean {
  rmSync(mark, { force: true });
  // Exit statuses say nothing here (a subscript that is not a number is an error after the command ran).
  spawnSync('bash', ['-c', line], { env: { ...process.env, PATH: `${bin}:${process.env.PATH}` }, input: 'one\ntwo\n', stdio: ['pipe', 'ignore', 'ignore'] });
  return existsSync(mark);
}

/** Lines bash runs `terraform apply` in, though no word of them is the program terraform. */
const HIDDEN = [
  "ls; declare 'a[$(terraform apply)]=1'",
  "ls; typeset 'a[$(terraform apply)]=1'",
  "ls; declare -a 'a[$(terraform apply)]=1'",
  'ls; declare "a[$(terraform apply)]=1"',
  "f() { local 'a[$(terraform apply)]=1'; }; f; ls",
  "ls; declare -a a; unset 'a[$(terraform apply)]'",
  "ls; declare -a a; unset -v 'a[$(terraform apply)]'",
  "mapfile -C 'terraform apply' -c 1 arr",
  "readarray -tC 'terraform apply' -c 1 arr",
  "declare -a a; test -v 'a[$(terraform apply)]'",
  'hash -p $(command -v terraform) ls; ls apply',
];

/** Lines that set a variable which changes what later commands run, through a quoted word. */
const QUOTED_ASSIGNMENTS = [
  "export 'PATH=/tmp/x'; ls",
  'declare "IFS=x"; ls',
  'export "PA"TH=/tmp/x; ls',
  "readonly 'BASH_ENV=/tmp/x'; ls",
  'local "PATH"=/x',
  "declare -x 'HELM_NAMESPACE=prod'; helm install cache bitnami/redis",
  "typeset -gx 'KUBECONFIG=/tmp/other'; kubectl get pods",
  'X=PATH=/tmp/x; export $X; ls',
  'export "$X"; ls',
  'declare -- $(echo PATH=/tmp/x); ls',
  "declare -- 'PATH=/tmp/x'; ls",
];

const denyList = policyFrom(
  rules(
    rule('allow-anything', 'shell.execute', 'allow'),
    rule('deny-apply', 'shell.execute', 'deny', { command: 'terraform apply*' }),
    rule('deny-prod-helm', 'shell.execute', 'deny', { command: 'helm install *--namespace prod*' }),
  ),
);

const withBothParsers = (check: (parser: string) => void) => {
  for (const typeScript of [true, false]) {
    useTypeScriptParser(typeScript);
    try {
      check(typeScript ? 'TypeScript parser' : 'tree-sitter');
    } finally {
      useTypeScriptParser(true);
    }
  }
};

for (const line of HIDDEN) {
  test(`${JSON.stringify(line)}: bash runs terraform apply, and a deny-list policy does not allow the line`, () => {
    assert.ok(bashRuns(line), `bash did not run terraform for ${JSON.stringify(line)}: the case proves nothing`);
    withBothParsers((parser) => {
      const decision = evaluate(denyList, { type: 'shell.execute', command: line });
      assert.notEqual(decision.decision, 'allow', `${parser}: ${decision.reason}`);
    });
  });
}

for (const line of QUOTED_ASSIGNMENTS) {
  test(`${JSON.stringify(line)}: a quoted assignment is an opaque part, never allowed by a deny-list policy`, () => {
    withBothParsers((parser) => {
      const parts = analyzeShellCommand(line).commands;
      assert.ok(parts.some((c) => c.opaque?.includes('assigns through quoted or computed text')), `${parser}: ${JSON.stringify(parts)}`);
      assert.notEqual(evaluate(denyList, { type: 'shell.execute', command: line }).decision, 'allow', parser);
    });
  });
}

test('bash really assigns through a quoted declaration word (the quoted-assignment cases are real)', () => {
  const printed = execFileSync('bash', ['-c', `export 'SAFECLAW_X=set'; declare "SAFECLAW_Y=set"; echo "$SAFECLAW_X $SAFECLAW_Y"`], { encoding: 'utf8' });
  assert.equal(printed.trim(), 'set set');
});

test('declarations, unsets and builtins that evaluate nothing stay plain', () => {
  for (const line of ['declare a[1]=x', 'declare -a arr=(1 2)', 'unset x y', "unset 'a[1]'", 'export FOO', 'export -n FOO', 'mapfile -t arr', 'hash -r', 'hash', 'test -v X', 'test -f x']) {
    withBothParsers((parser) => {
      const parts = analyzeShellCommand(line).commands;
      assert.ok(parts.every((c) => c.opaque === undefined), `${parser}: ${JSON.stringify(line)}: ${parts.map((c) => c.opaque).join('; ')}`);
    });
  }
});
