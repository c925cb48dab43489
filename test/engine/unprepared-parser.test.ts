// A process that evaluates a line needing tree-sitter before its wasm is loaded
// (a caller that skipped prepareShellAnalysis) must deny it: the line was never
// analysed, so not even an allow rule naming it exactly may allow it. This file
// never prepares the parser (test/helpers/policy.ts would).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluate } from '../../src/engine/evaluate.js';
import { compilePolicies } from '../../src/policy/load.js';
import { isParserReady, needsTreeSitter } from '../../src/shell/parser.js';

const LINE = 'select x in a; do cat .env; done';

const policySet = compilePolicies(
  [{
    file: 'policies/p.yaml',
    text: `rules:
  - id: allow-the-line-by-name
    action: shell.execute
    effect: allow
    conditions:
      command:
        pattern: ${JSON.stringify(LINE)}
    reason: names the whole line
  - id: allow-ls
    action: shell.execute
    effect: allow
    conditions:
      command:
        pattern: "ls*"
    reason: listing
`,
  }],
  '/repo/.safeclaw',
);

test('the line needs tree-sitter and the parser is not loaded', () => {
  assert.equal(needsTreeSitter(LINE), true);
  assert.equal(isParserReady(), false);
});

test('a line that needs the unloaded parser is denied, even by name, and the reason says to prepare it', () => {
  const d = evaluate(policySet, { type: 'shell.execute', command: LINE });
  assert.equal(d.decision, 'deny');
  assert.equal(d.rule, null);
  assert.match(d.reason, /prepareShellAnalysis/);
});

test('a line the TypeScript parser reads is judged as usual without tree-sitter', () => {
  assert.equal(evaluate(policySet, { type: 'shell.execute', command: 'ls -la && ls src' }).decision, 'allow');
  assert.equal(isParserReady(), false);
});
