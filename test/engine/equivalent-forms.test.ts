// The `--flag value` spelling of a canonical command (evaluate.ts) is found by a
// character scan; it must be exactly what the regex it replaced gives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { equivalentForms } from '../../src/engine/evaluate.js';

function byRegex(text: string): string[] | undefined {
  if (!text.includes('--') || !text.includes('=')) return undefined;
  const spaced = text.replace(/(^| )(--[A-Za-z0-9][A-Za-z0-9-]*)=/g, '$1$2 ');
  return spaced === text ? undefined : [spaced];
}

test('every --flag=value word is respelt --flag value, as the regex did, on generated commands', () => {
  const piece = fc.constantFrom('--', '-', '=', ' ', 'a', 'Z', '0', '-x', '--n=', '--n-m=v', '---a=', '\t', 'é', '\uE002');
  const text = fc.array(piece, { maxLength: 14 }).map((p) => p.join(''));
  fc.assert(fc.property(text, (t) => assert.deepEqual(equivalentForms(t), byRegex(t), JSON.stringify(t))), { numRuns: 20_000, seed: 20261203 });
});

test('examples', () => {
  assert.deepEqual(equivalentForms('helm install x --namespace=prod --wait'), ['helm install x --namespace prod --wait']);
  assert.deepEqual(equivalentForms('--a=1 --b=2=3'), ['--a 1 --b 2=3']);
  assert.equal(equivalentForms('kubectl get pods'), undefined);
  assert.equal(equivalentForms('x a--b=1 --=2 ---c=3'), undefined);
});
