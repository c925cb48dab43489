// prepareShellAnalysis is part of the library (README, Library): after
// loadPolicies(dir, { prepareShell: false }), awaiting it with the commands to be
// judged readies what they need, so a line only tree-sitter reads is judged by the
// rules instead of denied for want of the parser.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compilePolicies, evaluate, prepareShellAnalysis } from '../../src/lib.js';

test('the library exports prepareShellAnalysis, and with the commands it readies them', async () => {
  assert.equal(typeof prepareShellAnalysis, 'function');
  const policySet = compilePolicies([{ file: 'p.yaml', text: 'rules:\n  - id: allow-all-shell\n    action: shell.execute\n    effect: allow\n    conditions:\n      command:\n        pattern: "*"\n    reason: test\n' }], '/x/.safeclaw');
  const command = 'select x in a b; do echo "$x"; done';
  await prepareShellAnalysis([command]);
  const decision = evaluate(policySet, { type: 'shell.execute', command });
  assert.doesNotMatch(decision.reason, /parser|tree-sitter/i, decision.reason);
});
