// evaluateAll checks its list once and may judge a line's analysis its caller already
// made (the Action gate analyses kubectl lines for their manifests' namespaces): the
// decisions must be those evaluate() gives, and an analysis of another command is never used.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { evaluate } from '../../src/engine/evaluate.js';
import { evaluateAll } from '../../src/engine/gate.js';
import { SafeClawInputError } from '../../src/engine/input.js';
import { analyzeShellCommand, type ShellAnalysis } from '../../src/shell/analyze.js';
import { loadPolicies } from '../../src/policy/load.js';
import type { Action, PolicySet } from '../../src/types.js';

const EXAMPLE = join(import.meta.dirname, '..', '..', 'examples', 'devops', '.safeclaw');

const ACTIONS: Action[] = [
  { type: 'shell.execute', command: 'kubectl apply -f k8s/deploy.yaml --namespace=dev' },
  { type: 'shell.execute', command: 'terraform apply -auto-approve' },
  { type: 'shell.execute', command: 'cat README.md && cat .env' },
  { type: 'file.read', path: '.env' },
  { type: 'network.request', destination: 'http://2852039166/latest/meta-data/' },
];

test('evaluateAll with the analyses its caller made decides as evaluate does', async () => {
  const policy = await loadPolicies(EXAMPLE);
  const analyses = new WeakMap<object, { command: string; analysis: ShellAnalysis }>();
  for (const action of ACTIONS) if (action.type === 'shell.execute') analyses.set(action, { command: action.command, analysis: analyzeShellCommand(action.command) });
  const result = evaluateAll(policy, ACTIONS, { analyses });
  assert.deepEqual(result.items.map((item) => item.decision), ACTIONS.map((action) => evaluate(policy, action)));
  assert.deepEqual(evaluateAll(policy, ACTIONS).items.map((item) => item.decision), result.items.map((item) => item.decision));
});

test('an analysis made of another command than the action holds is not used', async () => {
  const policy = await loadPolicies(EXAMPLE);
  const action: Action = { type: 'shell.execute', command: 'terraform destroy -target=module.db' };
  const analyses = new WeakMap<object, { command: string; analysis: ShellAnalysis }>([[action, { command: 'git status', analysis: analyzeShellCommand('git status') }]]);
  const [item] = evaluateAll(policy, [action], { analyses }).items;
  assert.equal(item.decision.decision, 'deny');
  assert.equal(item.decision.rule, 'block-terraform-destroy');
});

test('evaluateAll still refuses a policy set that is none, for any action, and never for an empty list', () => {
  const notAPolicy = { rules: 'x' } as unknown as PolicySet;
  assert.doesNotThrow(() => evaluateAll(notAPolicy, []));
  assert.throws(() => evaluateAll(notAPolicy, [{ type: 'file.read', path: 'a' }]), (error) => error instanceof SafeClawInputError && error.field === 'policySet');
  assert.throws(() => evaluateAll(notAPolicy, [{ type: 'file.read' } as unknown as Action]), (error) => error instanceof SafeClawInputError && error.field === 'actions[0].path');
});

test('a policy set its caller froze is judged as one that is not', async () => {
  const policy = await loadPolicies(EXAMPLE);
  const frozen = await loadPolicies(EXAMPLE);
  const freeze = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
    Object.freeze(value);
    for (const inner of Object.values(value)) freeze(inner);
  };
  freeze(frozen);
  for (const action of ACTIONS) assert.deepEqual(evaluate(frozen, action), evaluate(policy, action));
});
