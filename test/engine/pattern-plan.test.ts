// A condition's patterns are filed by the first character of their literal prefixes
// (src/engine/pattern-plan.ts): a text must be tried on every pattern that matches it,
// in the condition's order, so the first pattern found is the one trying all would find.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { compilePathGlob, compileTextGlob, NOT_OPTION_DASH } from '../../src/policy/glob.js';
import { conditionPlan, patternsFor } from '../../src/engine/pattern-plan.js';
import type { CompiledCondition } from '../../src/types.js';

const PATTERN_PIECES = ['a', 'b', ' ', '-', '--x', '=', '.', './', '/', '~', '*', '**', '?', '[ab]', '{a,b}', '{,c}', '@(a|b)', '!', '"', '\\*', 'ls', 'cat '];
const TEXT_PIECES = ['a', 'b', ' ', '-', NOT_OPTION_DASH, '--x', '=', '.', '..', '/', '~', '*', '"', 'ls', 'cat ', 'c'];

const pattern = fc.array(fc.constantFrom(...PATTERN_PIECES), { minLength: 1, maxLength: 6 }).map((p) => p.join('')).filter((p) => p.trim() !== '');
const text = fc.array(fc.constantFrom(...TEXT_PIECES), { maxLength: 8 }).map((t) => t.join(''));

function condition(key: string, sources: string[]): CompiledCondition | null {
  const compile = key === 'path' ? compilePathGlob : compileTextGlob;
  try {
    return { key, patterns: sources.map(compile) };
  } catch {
    return null; // refused at load
  }
}

for (const key of ['command', 'path', 'destination']) {
  test(`every ${key} pattern that matches a text is among the ones it is tried on, in order (15,000 generated conditions and texts)`, () => {
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 4 }), text, (sources, t) => {
        const compiled = condition(key, sources);
        if (compiled === null) return;
        const tried = patternsFor(conditionPlan(compiled), t).map((plan) => plan.pattern);
        const matching = compiled.patterns.filter((p) => p.test(t));
        for (const p of matching) assert.ok(tried.includes(p), `${JSON.stringify(p.source)} matches ${JSON.stringify(t)} but is not tried`);
        assert.deepEqual(tried, compiled.patterns.filter((p) => tried.includes(p)), 'tried in the condition order');
      }),
      { numRuns: 15_000, seed: 20261203 },
    );
  });
}

test('the example policy\'s shell basics: cat is tried on its own pattern only', () => {
  const compiled = condition('command', ['{pwd,true}', 'echo *', '{ls,ls *}', 'cat *', 'head *', '*--dry-run*'])!;
  assert.deepEqual(patternsFor(conditionPlan(compiled), 'cat README.md').map((p) => p.source), ['cat *', '*--dry-run*']);
  assert.deepEqual(patternsFor(conditionPlan(compiled), '').map((p) => p.source), compiled.patterns.map((p) => p.source));
});
