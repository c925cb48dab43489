// A text glob with an empty brace alternative (`{api.example.com/*,}`) loads and matches
// the empty text; its regex, compiled on first use for the texts only the regex answers
// (empty, `.`, `..`), used to throw picomatch's "Expected a non-empty string" there.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileTextGlob } from '../../src/policy/glob.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { compilePolicies } from '../../src/policy/load.js';

test('an empty text alternative matches the empty text only, and never throws', () => {
  const glob = compileTextGlob('{api.example.com/*,}');
  assert.equal(glob.test(''), true);
  assert.equal(glob.test('.'), false);
  assert.equal(glob.test('..'), false);
  assert.equal(glob.test('api.example.com/x'), true);
  assert.equal(glob.test('other.example.com'), false);
});

test('a destination that normalises to nothing is judged by such a rule, not thrown on', () => {
  const text = 'rules:\n  - id: r\n    action: network.request\n    effect: deny\n    conditions:\n      destination:\n        pattern: "{api.example.com/*,}"\n    reason: "x"\n';
  const policy = compilePolicies([{ file: 'r.yaml', text }], '/repo/.safeclaw');
  for (const destination of ['http://', 'https://.', 'api.example.com/v1']) {
    assert.doesNotThrow(() => evaluate(policy, { type: 'network.request', destination }), destination);
  }
});
