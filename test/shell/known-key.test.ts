// knownKey hands back the tables' own copy of a program name (a faster key for
// every table look-up after it): it must never change what the name says.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { knownKey, lookupTable } from '../../src/shell/options.js';
import { analyzeShellCommand } from '../../src/shell/analyze.js';

test('knownKey returns the same text, the table key for a known name and the text itself for any other', () => {
  const table = lookupTable({ 'known-key-test-program': 1 });
  const line = 'x known-key-test-program y';
  const cut = line.slice(2, 2 + 'known-key-test-program'.length);
  assert.equal(knownKey(cut), 'known-key-test-program');
  assert.equal(table[knownKey(cut)], 1);
  for (const other of ['', 'unknown-program', 'constructor', '__proto__', 'toString', 'hasOwnProperty']) {
    assert.equal(knownKey(other), other);
  }
});

test('a program named like an inherited member is judged by its name, not found in a table', () => {
  for (const name of ['constructor', '__proto__', 'toString', 'valueOf']) {
    const analysis = analyzeShellCommand(`${name} ls`);
    assert.equal(analysis.commands.length, 1, name);
    assert.equal(analysis.commands[0].text, `${name} ls`);
    assert.equal(analysis.commands[0].opaque, undefined, name);
  }
});
