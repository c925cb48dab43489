// The plan worker's items as the main thread takes them in (src/action/item-codec.ts): what
// decodeItems rebuilds must be what structured cloning would have given, value for value and
// key for key; anything the codec does not write is refused (the worker then posts the items
// as they are), never written as something else.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decodeItems, encodeItems } from '../../src/action/item-codec.js';

const roundTrip = (value: unknown) => {
  const encoded = encodeItems(value);
  // As the message carries it: the numbers moved, the rest cloned.
  return decodeItems(structuredClone(encoded));
};

describe('encodeItems and decodeItems', () => {
  const values: [string, unknown][] = [
    ['an item as the gate makes it', { action: { type: 'infra.change', address: 'module.a.aws_iam_role.r["k"]', change: 'replace', module: '', origin: { source: 'plan', file: 'plan.json', line: 1, detail: 'x' } }, decision: { decision: 'deny', rule: null, reason: 'r', normalized: 'n', matchedRules: [], parts: [{ kind: 'action', type: 'infra.change', text: 't', decision: 'deny', rule: null, reason: 'r', matchedRules: ['a', 'b'] }] }, redacted: ['token'] }],
    ['numbers of every kind', [0, -0, 1, 2 ** 30 - 1, 2 ** 30, -1, 1.5, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, NaN, Infinity, -Infinity]],
    ['undefined, null and booleans, in objects and arrays', { a: undefined, b: null, c: true, d: false, e: [undefined, null, true, false] }],
    ['empty objects, arrays and strings', { '': '', o: {}, a: [], n: [[], [{}]] }],
    ['strings beyond ASCII, lone surrogates and NULs', ['é', '日本', '😀', '\ud800', 'x\udc00y', '\0a\0', 'a\nb']],
    ['integer-like keys (enumerated first) and the same keys in another order', [{ b: 1, 2: 'two', a: 3, 1: 'one' }, { a: 1, b: 2 }, { b: 2, a: 1 }]],
    ['a string repeated many times', Array.from({ length: 50 }, (_, i) => ({ rule: 'same', i }))],
  ];
  for (const [name, value] of values) {
    test(`give back ${name} as structured cloning would`, () => {
      const back = roundTrip(value);
      assert.deepEqual(back, structuredClone(value));
      // Key order too (JSON output follows it); JSON drops undefined and NaN, so compared both ways.
      assert.equal(JSON.stringify(back), JSON.stringify(value));
    });
  }

  test('keep -0 and NaN as they are', () => {
    const [zero, nan] = roundTrip([-0, NaN]) as number[];
    assert.ok(Object.is(zero, -0));
    assert.ok(Number.isNaN(nan));
  });

  class Resource {
    address = 'a';
  }
  const refused: [string, unknown][] = [
    ['an array with a hole', [1, , 3]],
    ['a class instance', [new Resource()]],
    ['a Map', { m: new Map() }],
    ['a Date', { at: new Date(0) }],
    ['a bigint', { n: 1n }],
    ['a function', { f: () => 1 }],
    ['a symbol', [Symbol('s')]],
    ['an object with a symbol key', { [Symbol('s')]: 1 }],
    ['an object without a prototype', Object.create(null) as object],
    ['a __proto__ key of its own', JSON.parse('{"__proto__": {"polluted": true}}') as object],
    ['a typed array', { data: new Uint8Array(2) }],
  ];
  for (const [name, value] of refused) {
    test(`refuse ${name}`, () => assert.throws(() => encodeItems(value), TypeError));
  }

  test('refuse encoded items that are cut short, run on or name what is not there', () => {
    const encoded = encodeItems({ a: ['x', 'y'] });
    assert.throws(() => decodeItems({ ...encoded, data: encoded.data.slice(0, -1) }), RangeError);
    assert.throws(() => decodeItems({ ...encoded, data: Int32Array.from([...encoded.data, 0]) }), RangeError);
    assert.throws(() => decodeItems({ ...encoded, strings: [] }), RangeError);
    assert.throws(() => decodeItems({ ...encoded, data: Int32Array.from([99]) }), RangeError);
  });
});
