// Differential test of the word-level analysis against the real bash on this
// machine: generated command lines are run as `printf '%s\0' WORDS…` by bash,
// whose output is exactly the argv bash passes, and the analysis must find the
// same words, or call the command opaque (fail closed), never other words.
//
// The generator mixes the pieces bash reads in surprising ways: quotes of every
// kind, backslashes, line continuations inside and between words (also inside
// double, single and ANSI-C quotes), comments, constant arithmetic, escaped
// operators and expansions. It leaves out what depends on the environment bash
// runs in (`~`, `$VAR`, globs matching files): those are opaque by design.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { analyzeShellCommand, prepareShellAnalysis } from '../../src/shell/analyze.js';

const BASH = '/usr/bin/bash';
let cwd: string;

before(async () => {
  await prepareShellAnalysis();
  // An empty folder: a glob the generator makes by accident matches nothing and stays literal.
  cwd = mkdtempSync(join(tmpdir(), 'safeclaw-bash-diff-'));
});
after(() => rmSync(cwd, { recursive: true, force: true }));

/** What bash's printf printed (the argv it passed), or why bash did not run the line at all. */
function bashArgv(script: string): { argv: string[] } | { failed: string } {
  const run = spawnSync(BASH, ['--norc', '--noprofile', '-c', script], {
    cwd,
    env: { PATH: '/usr/bin:/bin', HOME: cwd, LC_ALL: 'C' },
    encoding: 'latin1',
    timeout: 5000,
  });
  if (run.error) throw run.error;
  // Exit 2 with a syntax error: nothing ran. Other failures come from later lines
  // (a word after a comment run as a command, not found): printf's output still counts.
  if (run.status === 2 && /syntax error/.test(run.stderr)) return { failed: run.stderr };
  const out = run.stdout;
  return { argv: out === '' ? [] : out.slice(0, -1).split('\0').slice(1) };
}

const piece = fc.constantFrom(
  'a', 'b', 'terraform', 'apply', '-', '--dry-run', '=', 'x=1', ',', '.', '/', ':', '@', '%', '+',
  "'q u'", "''", '""', '"d q"', '"a\\"b"', '"\\$x"', '"\\\\"', '"\\`"', "\"it's\"",
  "$'\\x41\\n'", "$'\\t'", "$'a\\'b'", "$'\\101'", "$'\\u00e9'",
  '\\ ', '\\\\', '\\#', '\\$', "\\'", '\\"', '\\;', '\\|', '\\&', '\\>', '\\(', '\\*', '\\{', '\\~',
  '\\\n', 'ter\\\nraform', '"a\\\nb"', "'a\\\nb'", "$'a\\\nb'",
  'a#b', '\\\n#x', "$\\\n'z'", '"$\\\n(("', "'\\'", '$((2**3))', '$((010))', '$((-(3)))', '$((9/2))',
  '$((2+3))', '"$((4*5))"', '$((7 % 3))', '$((1-9))', '"${#}"',
);
const word = fc.array(piece, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
const separator = fc.constantFrom(' ', '  ', '\t', ' \\\n ', ' \\\n');
const line = fc
  .tuple(fc.array(fc.tuple(separator, word), { minLength: 1, maxLength: 5 }), fc.constantFrom('', ' #c', ' # x \\\n'))
  // `@` first: printf prints its format once even with no words, which would read as one empty word.
  .map(([words, tail]) => `printf '%s\\0' @${words.map(([sep, w]) => sep + w).join('')}${tail}`);

test('the analysis finds the argv bash passes, or calls the command opaque', { skip: false }, () => {
  const check = spawnSync(BASH, ['--version'], { encoding: 'utf8' });
  assert.equal(check.status, 0, `this test needs the real bash at ${BASH}; it is missing, so the analysis cannot be checked against it`);
  let compared = 0;
  let opaque = 0;
  fc.assert(
    fc.property(line, (script) => {
      const bash = bashArgv(script);
      const analysis = analyzeShellCommand(script);
      const commands = analysis.commands;
      if (commands.some((c) => c.opaque)) {
        opaque++;
        return;
      }
      if ('failed' in bash) {
        assert.fail(`bash rejects ${JSON.stringify(script)} (${bash.failed}) but the analysis read ${JSON.stringify(commands)}`);
      }
      compared++;
      assert.deepEqual(commands[0].argv?.slice(3), bash.argv, `script ${JSON.stringify(script)}`);
    }),
    { numRuns: 400, seed: Number(process.env.SAFECLAW_DIFF_SEED ?? 20261202) },
  );
  // Opaque is always allowed as an answer; the test only means something if most inputs are compared.
  assert.ok(compared > 150, `only ${compared} of 400 generated lines were compared (${opaque} opaque)`);
});

test('bash itself confirms the continuation and carriage-return cases the analysis relies on', () => {
  assert.deepEqual(bashArgv("printf '%s\\0' @ ter\\\nraform"), { argv: ['terraform'] });
  // A backslash before CR-LF escapes the CR: it is part of the word, and the LF ends the command.
  const crlf = bashArgv("printf '%s\\0' @ a\\\r\necho b");
  assert.ok('argv' in crlf && crlf.argv[0] === 'a\r');
  assert.match(analyzeShellCommand("printf '%s\\0' a\\\r\necho b").commands[0].opaque ?? '', /carriage return/);
});
