// Red-team R1 (issue 15's session, pre-existing at 38230e1): a path pattern with an
// empty brace alternative (`{**/.env,}`: `**/.env` or nothing) loads, then evaluate()
// threw "Expected a non-empty string" when the alternative's regex was first built,
// on every file action or on the paths no earlier alternative matched. A policy that
// loads must judge: it is refused at load, or every action gets a decision.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluate } from '../../src/engine/evaluate.js';
import { compilePolicies } from '../../src/policy/load.js';
import { PolicyError } from '../../src/policy/errors.js';

const PATTERNS = ['{**/.env,}', '{,**/.env}', '{,}', '{src/**,}', 'a{,}', '**/.env{,}', '{a,{,b}}'];
const PATHS = ['.env', 'x', 'src/a.ts', 'a', '.', 'deep/dir/.env'];

for (const pattern of PATTERNS) {
  test(`a file.read rule with path ${JSON.stringify(pattern)} is refused at load or judges every path`, () => {
    const text = `rules:\n  - id: r\n    action: file.read\n    effect: deny\n    conditions:\n      path:\n        pattern: ${JSON.stringify(pattern)}\n    reason: "x"\n`;
    let policy;
    try {
      policy = compilePolicies([{ file: 'r1.yaml', text }], '/repo/.safeclaw');
    } catch (error) {
      assert.ok(error instanceof PolicyError, String(error));
      return;
    }
    for (const path of PATHS) {
      for (const type of ['file.read', 'file.write'] as const) {
        assert.doesNotThrow(() => evaluate(policy, { type, path }), `${type} ${path}`);
      }
    }
  });
}
