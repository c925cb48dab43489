// optionNameEnd reads OPTION_NAME by hand (allow-text.ts): the two must agree on every word.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OPTION_NAME, optionNameEnd, optionWord } from '../../src/shell/allow-text.js';
import { notOption } from '../../src/policy/glob.js';

/** The expression's reading, as optionWord had it before the scanner. */
function byExpression(word: string): string {
  const name = OPTION_NAME.exec(word)?.[0];
  if (name === undefined) return notOption(word);
  const rest = word.slice(name.length);
  if (rest === '') return word;
  return name + (rest.startsWith('=') ? '=' + notOption(rest.slice(1)) : notOption(rest));
}

test('optionNameEnd ends where OPTION_NAME matches, on 200,000 random words', () => {
  const alphabet = ['-', '-', '-', '=', 'a', 'Z', '0', '9', '_', '.', '@', ' ', '/', 'é', '\u00a0', '\uE002'];
  let seed = 12345;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (let k = 0; k < 200_000; k++) {
    let word = '';
    const length = next(9);
    for (let i = 0; i < length; i++) word += alphabet[next(alphabet.length)];
    const match = OPTION_NAME.exec(word)?.[0];
    assert.equal(optionNameEnd(word), match === undefined ? -1 : match.length, JSON.stringify(word));
    assert.equal(optionWord(word), byExpression(word), JSON.stringify(word));
  }
});

test('optionNameEnd on the usual spellings', () => {
  for (const [word, end] of [
    ['--namespace=prod', 11], ['-auto-approve', 13], ['--dry-run', 9], ['-n', 2], ['-', -1], ['--', -1], ['---x', -1],
    ['--a--b', 3], ['--a-', 3], ['-_x', -1], ['-.x', -1], ['-@x', 3], ['x', -1], ['', -1], ['--x.y_z@w-v', 11],
  ] as const) assert.equal(optionNameEnd(word), end, word);
});
