import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { JsonSyntaxError, TopLevelScanner, type TopLevelUse } from '../../src/sources/json-scanner.js';

interface Scanned {
  keys: string[];
  values: { key: string; value: unknown; line: number; element: boolean }[];
}

/** Scans `text` in chunks of `chunkBytes`, selecting each key as `use` says. */
function scan(text: string, chunkBytes: number, use: (key: string) => TopLevelUse = () => 'whole'): Scanned {
  const out: Scanned = { keys: [], values: [] };
  const scanner = new TopLevelScanner({
    key: (name) => {
      out.keys.push(name);
      return use(name);
    },
    value: (key, value, line, element) => void out.values.push({ key, value, line, element }),
  });
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; at += chunkBytes) {
    // A fresh copy per chunk, overwritten after the write: the scanner must copy what it keeps.
    const chunk = Buffer.from(bytes.subarray(at, at + chunkBytes));
    scanner.write(chunk);
    chunk.fill(0x78);
  }
  scanner.end();
  return out;
}

function syntaxError(text: string, chunkBytes = 1 << 16): JsonSyntaxError {
  try {
    scan(text, chunkBytes);
  } catch (err) {
    if (err instanceof JsonSyntaxError) return err;
    throw err;
  }
  assert.fail(`accepted ${JSON.stringify(text)}`);
}

const layouts = [
  (v: unknown) => JSON.stringify(v),
  (v: unknown) => JSON.stringify(v, null, 2),
  (v: unknown) => JSON.stringify(v, null, '\t').replace(/\n/g, '\r\n'),
];

describe('scanning the top level of a JSON document in chunks', () => {
  test('every top-level key and selected value comes out as JSON.parse reads it, whatever the chunk size and layout', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.integer({ min: 1, max: 64 }), fc.nat(layouts.length - 1), (object, chunkBytes, layout) => {
        const text = layouts[layout](object);
        const parsed = JSON.parse(text) as Record<string, unknown>;
        const scanned = scan(text, chunkBytes);
        assert.deepEqual(scanned.keys, Object.keys(parsed));
        assert.deepEqual(scanned.values.map((v) => [v.key, v.value]), Object.entries(parsed));
      }),
      { numRuns: 300 },
    );
  });

  test('an `elements` key hands over each element of its array on its own, and any other value whole', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.integer({ min: 1, max: 64 }), (object, chunkBytes) => {
        const scanned = scan(JSON.stringify(object, null, 1), chunkBytes, () => 'elements');
        const expected = Object.entries(object).flatMap(([key, value]) =>
          Array.isArray(value) ? value.map((v) => [key, JSON.parse(JSON.stringify(v)), true]) : [[key, JSON.parse(JSON.stringify(value)), false]],
        );
        assert.deepEqual(scanned.values.map((v) => [v.key, v.value, v.element]), expected);
      }),
      { numRuns: 300 },
    );
  });

  test('the scanner accepts a text exactly when JSON.parse does (one character inserted, dropped or replaced)', () => {
    const alphabet = fc.constantFrom(...'{}[]:,"\\ \n\t\r0123456789-+.eEtrufalsnux/\u0001\u00e9'.split(''));
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), alphabet, fc.constantFrom('insert', 'drop', 'replace'), fc.integer({ min: 1, max: 16 }), (value, at, char, edit, chunkBytes) => {
        const text = JSON.stringify({ v: value });
        const i = at % (text.length + 1);
        const mutated = edit === 'insert' ? text.slice(0, i) + char + text.slice(i) : edit === 'drop' ? text.slice(0, i) + text.slice(i + 1) : text.slice(0, i) + char + text.slice(i + 1);
        let parses = true;
        try {
          JSON.parse(mutated);
        } catch {
          parses = false;
        }
        let scans = true;
        try {
          scan(mutated, chunkBytes, () => 'skip');
        } catch (err) {
          if (!(err instanceof JsonSyntaxError)) throw err;
          scans = false;
        }
        assert.equal(scans, parses, JSON.stringify(mutated));
      }),
      { numRuns: 2000 },
    );
  });

  test('values skipped or selected can hold brackets, escaped quotes and the selected key name inside strings', () => {
    const text = '{"a": "]}\\"b\\":[", "b": ["x\\"]", {"b": "}"}], "c": {"b": [1]}}';
    const scanned = scan(text, 3, (key) => (key === 'b' ? 'elements' : 'skip'));
    assert.deepEqual(scanned.keys, ['a', 'b', 'c']);
    assert.deepEqual(scanned.values.map((v) => v.value), ['x"]', { b: '}' }]);
  });

  test('a selected value that spans many chunks is cut whole, with the line it starts on', () => {
    const text = '{\n"skip": [1, 2],\n"list": [\n  {"name": "caf\u00e9 \u2603", "n": 12345},\n  true\n]}';
    for (const chunkBytes of [1, 2, 5, 1 << 16]) {
      const scanned = scan(text, chunkBytes, (key) => (key === 'list' ? 'elements' : 'skip'));
      assert.deepEqual(scanned.values.map((v) => [v.value, v.line]), [[{ name: 'caf\u00e9 \u2603', n: 12345 }, 4], [true, 5]], `chunk ${chunkBytes}`);
    }
  });

  test('only keys of the top-level object are keys: a nested key of the same name is content', () => {
    const scanned = scan('{"outer": {"list": [1]}, "list": [2]}', 4, (key) => (key === 'list' ? 'elements' : 'skip'));
    assert.deepEqual(scanned.keys, ['outer', 'list']);
    assert.deepEqual(scanned.values.map((v) => v.value), [2]);
  });

  const bad: { name: string; text: string; line: number; column: number; message: RegExp; truncated?: boolean }[] = [
    { name: 'a stray character between tokens', text: '{"a": [1,\n  x]}', line: 2, column: 3, message: /Unexpected "x"/ },
    { name: 'a missing comma', text: '{"a": 1\n "b": 2}', line: 2, column: 2, message: /Unexpected "\\"".*expected ","/ },
    { name: 'a trailing comma', text: '{"a": [1, 2,]}', line: 1, column: 13, message: /Unexpected "]"/ },
    { name: 'a mismatched bracket', text: '{"a": [1, 2}}', line: 1, column: 12, message: /Unexpected "}"/ },
    { name: 'a misspelled literal', text: '{"a": tru}', line: 1, column: 7, message: /Unexpected "tru"/ },
    { name: 'a number with a leading zero', text: '{"a": 01}', line: 1, column: 7, message: /Unexpected "01"/ },
    { name: 'a bad escape', text: '{"a": "\\x"}', line: 1, column: 9, message: /bad escape "\\x"/ },
    { name: 'a short \\u escape', text: '{"a": "\\u12g4"}', line: 1, column: 12, message: /not a hex digit/ },
    { name: 'a raw newline inside a string', text: '{"a": "x\ny"}', line: 1, column: 9, message: /byte 0x0a inside a string/ },
    { name: 'text after the document', text: '{"a": 1} {}', line: 1, column: 10, message: /expected nothing after/ },
    { name: 'a cut-off document', text: '{"a": [1, {"b": 2}', line: 1, column: 19, message: /ends before the document is complete/, truncated: true },
    { name: 'an unterminated string', text: '{"a": "abc', line: 1, column: 11, message: /ends inside a string/, truncated: true },
    { name: 'an empty file', text: '', line: 1, column: 1, message: /ends before/, truncated: true },
  ];
  for (const c of bad) {
    test(`${c.name} is refused at its line and column`, () => {
      for (const chunkBytes of [1, 1 << 16]) {
        const err = syntaxError(c.text, chunkBytes);
        assert.match(err.message, c.message);
        assert.deepEqual([err.line, err.column, err.truncated], [c.line, c.column, c.truncated ?? false], `chunk ${chunkBytes}: ${err.message}`);
      }
    });
  }
});
