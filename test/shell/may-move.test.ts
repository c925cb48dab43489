// mayMove decides whether the folder walk runs at all: a script it calls still
// is never walked, so its commands are judged from where the script starts. It
// is a character scanner; it must decide exactly as its specification, written
// here with RegExps (the tokens, the quote-free form of each word), does.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { parse } from 'yaml';
import { mayMove } from '../../src/shell/working-directory.js';

/** The specification: operator runs and blank-separated words, each word with expansions, quotes and escapes taken out. */
function mayMoveByRegExps(source: string): boolean {
  if (/CDPATH|OLDPWD|HOME|function|\\[0-7xuUc]|\(\s*\)/.test(source)) return true;
  let commandStart = true;
  for (const match of source.matchAll(/[;&|()\n!`]+|[^\s;&|()!`]+/g)) {
    const token = match[0];
    if (/^(?:[;&|()\n!`]+|\{|\})$/.test(token)) {
      commandStart = true;
      continue;
    }
    const cleaned = token.replace(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*|\$[0-9@*#?$!-]/g, '').replace(/[\\'"{}$]/g, '');
    if (/^(?:cd|pushd|popd|eval|source|trap|alias|shopt|cdable_vars)/.test(cleaned)) return true;
    if (commandStart && (/^[.$`]/.test(token) || /[*?[]/.test(token))) return true;
    if (!(commandStart && /^[A-Za-z_][A-Za-z0-9_]*=/.test(token))) commandStart = /^(?:then|do|else|elif|if|while|until|time|builtin|command|!)$/.test(token);
  }
  return false;
}

/** Pieces of words: mover names and their fragments, assignments, expansions, quotes, escapes, globs, odd blanks. */
const WORD_PIECES = [
  'cd', 'c', 'd', 'pushd', 'popd', 'eval', 'source', 'trap', 'alias', 'shopt', 'cdable_vars', 'sh', 'opt', 'ls', 'cat',
  'then', 'do', 'else', 'elif', 'if', 'while', 'until', 'time', 'builtin', 'command', 'x=1', 'A_b=', '_=', '1x=', '=',
  '$', '${', '}', '{', '${X}', '${X', '$X', '$x1', '$1', '$$', '$-', '$@', '$?', '$!', '$#', '$*', '$%', '\\', "'", '"',
  '.', '..', './x', '*', '?', '[', ']', '-', '~', '/', '\u00a0', '\u180e', 'é', 'HOME', 'function', '\\0', '\\x',
];
const SEPARATORS = [' ', '  ', '\t', '\r', '\v', '\f', '\u2003', '\u2028', '\ufeff', ';', '; ', ' && ', '|', '(', ')', '!', '`', '\n', ' { ', ' } ', '()'];

const WORD = fc.array(fc.constantFrom(...WORD_PIECES), { minLength: 1, maxLength: 4 }).map((pieces) => pieces.join(''));
const SCRIPT = fc
  .tuple(fc.constantFrom('', 'echo ', 'x=1 '), fc.array(fc.tuple(WORD, fc.constantFrom(...SEPARATORS)), { maxLength: 6 }))
  .map(([lead, words]) => lead + words.map(([word, separator]) => word + separator).join(''));

describe('mayMove', () => {
  test('decides as the token RegExps do on 20,000 generated scripts, both ways', () => {
    let moving = 0;
    fc.assert(
      fc.property(SCRIPT, (source) => {
        const expected = mayMoveByRegExps(source);
        assert.equal(mayMove(source), expected, JSON.stringify(source));
        if (expected) moving++;
      }),
      { numRuns: 20_000, seed: 15 },
    );
    // Not vacuous: neither answer is rare.
    assert.ok(moving > 2_000 && moving < 18_000, `${moving} of 20,000 may move`);
  });

  test('decides as the token RegExps do on every command of the bypass corpus', () => {
    const corpus = parse(readFileSync(new URL('./corpus.yaml', import.meta.url), 'utf8')) as Record<string, { command: string }[]>;
    for (const cases of Object.values(corpus)) {
      for (const { command } of cases) assert.equal(mayMove(command), mayMoveByRegExps(command), command);
    }
  });

  test('finds a cd however it is spelled, and nothing in a script that cannot move', () => {
    for (const moving of ['cd x', 'c""d x', "c'd' x", '\\cd x', '{cd,/etc}', 'ls; pushd a', 'x=1 $CMD', 'echo $(cd /)', 'cdk deploy']) {
      assert.equal(mayMove(moving), true, moving);
    }
    for (const still of ['kubectl get pods -n dev', 'terraform plan && terraform apply', 'echo done', 'ls | grep x']) {
      assert.equal(mayMove(still), false, still);
    }
  });
});
