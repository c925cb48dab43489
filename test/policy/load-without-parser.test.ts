// loadPolicies(dir, { prepareShell: false }) leaves tree-sitter's wasm unloaded for a
// caller that prepares it for its own commands (the hook). This file never loads the
// parser otherwise (test/helpers/policy.ts would).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluate } from '../../src/engine/evaluate.js';
import { loadPolicies } from '../../src/policy/load.js';
import { prepareShellAnalysis } from '../../src/shell/analyze.js';
import { isParserReady } from '../../src/shell/parser.js';

const EXAMPLE = new URL('../../examples/devops/.safeclaw', import.meta.url).pathname;

test('prepareShell: false loads the policies without the parser, and preparing for commands the TypeScript parser reads keeps it unloaded', async () => {
  const policySet = await loadPolicies(EXAMPLE, { prepareShell: false });
  assert.equal(isParserReady(), false);
  await prepareShellAnalysis(['terraform plan -out=tfplan && cat README.md']);
  assert.equal(isParserReady(), false);
  assert.equal(evaluate(policySet, { type: 'shell.execute', command: 'terraform plan -out=tfplan && cat README.md' }).decision, 'allow');
});

test('preparing for a line that needs tree-sitter loads it, and the line is then analysed', async () => {
  const line = 'select x in a; do cat .env; done';
  const policySet = await loadPolicies(EXAMPLE, { prepareShell: false });
  await prepareShellAnalysis([line]);
  assert.equal(isParserReady(), true);
  const d = evaluate(policySet, { type: 'shell.execute', command: line });
  assert.equal(d.decision, 'deny');
  assert.ok(d.parts.some((part) => part.rule === 'block-secret-file-reads'), JSON.stringify(d.parts.map((p) => p.rule)));
});
