import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import canonicalize from 'canonicalize';
import { canonicalJson, CanonicalJsonError } from '../../src/audit/canonical-json.js';

// RFC 8785 §3.2.2 sample (input with odd spacing, exponents and escapes; output as published).
test('the RFC 8785 §3.2.2 sample canonicalises to the published output', () => {
  const input = JSON.parse(
    '{\n  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],\n' +
      '  "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",\n  "literals": [null, true, false]\n}',
  );
  assert.equal(
    canonicalJson(input),
    '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
      '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
  );
});

test('object keys are sorted by UTF-16 code units (RFC 8785 §3.2.3 sample)', () => {
  const input = {
    '\u20ac': 'Euro Sign',
    '\r': 'Carriage Return',
    '\ufb33': 'Hebrew Letter Dalet With Dagesh',
    '1': 'One',
    '\ud83d\ude00': 'Emoji: Grinning Face',
    '\u0080': 'Control',
    '\u00f6': 'Latin Small Letter O With Diaeresis',
  };
  // Not code point order: the surrogate pair (0xD83D…) sorts before U+FB33.
  assert.deepEqual(
    canonicalJson(input).match(/"([^"]*)":/g),
    ['"\\r":', '"1":', '"\u0080":', '"\u00f6":', '"\u20ac":', '"\ud83d\ude00":', '"\ufb33":'],
  );
});

// RFC 8785 Appendix B: IEEE 754 bit patterns and their ES serialisation.
const appendixB: Array<[string, string]> = [
  ['0000000000000000', '0'],
  ['8000000000000000', '0'],
  ['0000000000000001', '5e-324'],
  ['8000000000000001', '-5e-324'],
  ['7fefffffffffffff', '1.7976931348623157e+308'],
  ['ffefffffffffffff', '-1.7976931348623157e+308'],
  ['4340000000000000', '9007199254740992'],
  ['c340000000000000', '-9007199254740992'],
  ['4430000000000000', '295147905179352830000'],
  ['44b52d02c7e14af5', '9.999999999999997e+22'],
  ['44b52d02c7e14af6', '1e+23'],
  ['44b52d02c7e14af7', '1.0000000000000001e+23'],
  ['444b1ae4d6e2ef4e', '999999999999999700000'],
  ['444b1ae4d6e2ef4f', '999999999999999900000'],
  ['444b1ae4d6e2ef50', '1e+21'],
  ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
  ['3eb0c6f7a0b5ed8d', '0.000001'],
  ['41b3de4355555553', '333333333.3333332'],
  ['41b3de4355555554', '333333333.33333325'],
  ['41b3de4355555555', '333333333.3333333'],
  ['41b3de4355555556', '333333333.3333334'],
  ['41b3de4355555557', '333333333.33333343'],
  ['becbf647612f3696', '-0.0000033333333333333333'],
  ['43143ff3c1cb0959', '1424953923781206.2'],
];

function fromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

for (const [bits, expected] of appendixB) {
  test(`the double 0x${bits} serialises as ${expected} (RFC 8785 Appendix B)`, () => {
    assert.equal(canonicalJson(fromBits(bits)), expected);
  });
}

const refused: Array<[string, unknown, string]> = [
  ['NaN', { a: Number.NaN }, '$.a'],
  ['Infinity', [1, Number.POSITIVE_INFINITY], '$[1]'],
  ['-Infinity', Number.NEGATIVE_INFINITY, '$'],
  ['undefined as a member', { a: { b: undefined } }, '$.a.b'],
  ['undefined in an array', [undefined], '$[0]'],
  ['a bigint', { n: 1n }, '$.n'],
  ['a function', { f: () => 1 }, '$.f'],
  ['a Date', { when: new Date(0) }, '$.when'],
  ['a lone high surrogate', { s: 'a\ud800b' }, '$.s'],
  ['a lone low surrogate in a key', { 'x\udc00': 1 }, '$.x\udc00'],
];

for (const [what, value, path] of refused) {
  test(`${what} is refused with its path`, () => {
    assert.throws(
      () => canonicalJson(value),
      (error: unknown) => error instanceof CanonicalJsonError && error.path === path,
    );
  });
}

test('a circular structure is refused instead of overflowing the stack', () => {
  const loop: Record<string, unknown> = {};
  loop.self = loop;
  assert.throws(() => canonicalJson(loop), CanonicalJsonError);
});

test('a value shared twice (not circular) is serialised both times', () => {
  const shared = { b: 1 };
  assert.equal(canonicalJson({ x: shared, y: [shared] }), '{"x":{"b":1},"y":[{"b":1}]}');
});

test('the output agrees with the canonicalize package on random JSON values', () => {
  fc.assert(
    fc.property(fc.jsonValue({ stringUnit: 'binary' }), (value) => {
      let reference: string | undefined;
      try {
        reference = canonicalize(value);
      } catch {
        reference = undefined;
      }
      if (reference === undefined) assert.throws(() => canonicalJson(value), CanonicalJsonError);
      else assert.equal(canonicalJson(value), reference);
    }),
    { numRuns: 2000 },
  );
});

test('re-parsing canonical output and canonicalising again is a fixed point', () => {
  fc.assert(
    fc.property(fc.jsonValue({ stringUnit: 'grapheme' }), (value) => {
      const once = canonicalJson(value);
      assert.equal(canonicalJson(JSON.parse(once)), once);
    }),
    { numRuns: 1000 },
  );
});
