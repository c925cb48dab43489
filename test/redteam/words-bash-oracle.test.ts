// Red team (issue 15's session): the words the analysis finds, against the real bash.
// Generated lines `printf W…` whose words mix quotes, escapes, ANSI-C strings, braces,
// tildes, globs and comment signs; bash (globbing off, a fixed HOME, no OLDPWD) prints each
// word it passes, and every line the analysis does not call opaque must have exactly
// those words (a `~` the analysis keeps stands for HOME). Word handling is where
// speed work reads a line differently from bash: this fails on any such change.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { analyzeShellCommand } from '../../src/shell/analyze.js';
import { shellReady } from '../helpers/policy.js';

const PIECES = [
  'a', 'b', '-', '--', '=', "'x y'", '"p q"', '\\\\', '\\ ', "\\'", '\\"', "$'\\x41'", "$'a\\'b'", "$'\\n'", '{a,b}', '{,x}', '{1..3}',
  '~', '~/x', '*', '?', '[a]', '#', ':', '%', '@', ',', '""', "''", '"$"', '\\$x', '$"t"', '\\{', '\\}', 'x=y', '--o=v', '"a\'b"', "'a\"b'",
  '\\\\\\\\', '"\\\\"', '"\\$"', '"\\`"', '!', '^', 'é', '"a b"c', "a'b'c", '\\\t', '"\t"',
];
// R2 (`$'` inside double quotes, read as ANSI-C by the TypeScript parser) has its own test: not generated here.
const R2 = /"[^"]*\$'/;

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function lines(seed: number, count: number): string[] {
  const random = prng(seed);
  const pick = () => PIECES[Math.floor(random() * PIECES.length)];
  const out: string[] = [];
  while (out.length < count) {
    const words: string[] = [];
    for (let k = 1 + Math.floor(random() * 4); k > 0; k--) {
      let word = '';
      for (let j = 1 + Math.floor(random() * 3); j > 0; j--) word += pick();
      words.push(word);
    }
    const line = `printf ${words.join(' ')}`;
    if (!R2.test(line)) out.push(line);
  }
  return out;
}

/** What bash passes to printf for each line (NUL-separated words), each line eval'd alone. */
function bashWords(all: string[]): (string[] | undefined)[] {
  const loop = `set -f; HOME=/home/u; unset OLDPWD; exec </dev/null; i=0; for l in "$@"; do printf '\\2%s\\3' "$i"; ( eval "$l" ) 2>/dev/null; i=$((i+1)); done`;
  const result = spawnSync('bash', ['--norc', '--noprofile', '-c', loop, 'bash', ...all.map((l) => l.replace(/^printf/, "printf '%s\\0'"))], {
    encoding: 'buffer',
    maxBuffer: 1 << 28,
  });
  const out: (string[] | undefined)[] = [];
  for (const chunk of result.stdout.toString('utf8').split('\u0002').slice(1)) {
    const end = chunk.indexOf('\u0003');
    out[Number(chunk.slice(0, end))] = chunk.slice(end + 1).split('\u0000').slice(0, -1);
  }
  return out;
}

const bash = spawnSync('bash', ['-c', 'true']).status === 0;

test('the analysis finds the words bash passes, on generated quoting, escaping and expansion', { skip: !bash && 'no bash' }, async () => {
  await shellReady;
  const all = lines(15, 4000);
  const words = bashWords(all);
  const failures: string[] = [];
  let compared = 0;
  for (const [i, line] of all.entries()) {
    const analysis = analyzeShellCommand(line);
    if (analysis.commands.length !== 1 || analysis.commands[0].opaque !== undefined || !analysis.commands[0].argv) continue;
    const got = analysis.commands[0].argv.slice(1);
    // HOME for a `~` the analysis keeps (bash also ends the tilde prefix at `:`).
    let want = (words[i] ?? []).map((w, k) => (got[k]?.startsWith('~') && w.startsWith('/home/u') ? `~${w.slice('/home/u'.length)}` : w));
    if (got.length === 0 && want.length === 1 && want[0] === '') want = []; // printf with no word prints one empty one
    compared++;
    if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`${JSON.stringify(line)}: analysis ${JSON.stringify(got)}, bash ${JSON.stringify(want)}`);
  }
  assert.ok(compared > 1000, `only ${compared} lines compared`);
  assert.deepEqual(failures.slice(0, 20), []);
});
