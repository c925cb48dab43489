// The kubectl namespace forms analyse each kubectl line once; the gate hands
// that analysis to the engine (evaluateAll's `analyses`) instead of having the
// line analysed again. The decisions must be exactly those of a gate that
// analyses every line itself.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { evaluateAll } from '../../src/engine/gate.js';
import { loadPolicies } from '../../src/policy/load.js';
import { manifestLineAnalyses, withManifestNamespaces } from '../../src/sources/kubectl-manifests.js';
import type { Action } from '../../src/types.js';
import { tempDir } from './helpers.js';

const POLICY = `rules:
  - id: allow-kubectl-apply
    action: shell.execute
    effect: allow
    conditions:
      command: { pattern: "kubectl apply -f k8s/*" }
    reason: manifests are reviewed
  - id: deny-prod
    action: shell.execute
    effect: deny
    conditions:
      command: { pattern: "kubectl *--namespace=prod*" }
    reason: prod is deployed by the pipeline
  - id: allow-reads
    action: shell.execute
    effect: allow
    conditions:
      command: { pattern: ["kubectl get *", "kubectl logs *", "grep *"] }
    reason: reading is fine
`;

const LINES = [
  'kubectl apply -f k8s/web.yaml',
  'kubectl apply -f k8s/',
  'kubectl apply -f k8s/web.yaml --namespace=dev',
  'cd k8s && kubectl apply -f web.yaml',
  'cat > k8s/new.yaml <<EOF\nkind: Pod\nEOF\nkubectl apply -f k8s/new.yaml',
  'kube""ctl apply -f k8s/api.yaml',
  "kubectl $'apply' -f k8s/api.yaml",
  'kubectl get pods -n dev | grep api',
  'kubectl logs deploy/api -n dev --tail=50 | grep -i error || true',
  'while read -r f; do kubectl apply -f "$f"; done < list.txt',
  'KUBECONFIG=~/.kube/x kubectl delete -f k8s/web.yaml',
  'terraform plan',
];

test('decisions with the namespace forms\' analyses handed over are those of analysing every line', async (t) => {
  const dir = tempDir(t);
  mkdirSync(path.join(dir, '.safeclaw/policies'), { recursive: true });
  writeFileSync(path.join(dir, '.safeclaw/policies/k8s.yaml'), POLICY);
  mkdirSync(path.join(dir, 'k8s'));
  writeFileSync(path.join(dir, 'k8s/web.yaml'), 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: prod\n');
  writeFileSync(path.join(dir, 'k8s/api.yaml'), 'apiVersion: v1\nkind: Service\nmetadata:\n  name: api\n  namespace: dev\n');
  const policySet = await loadPolicies(path.join(dir, '.safeclaw'));
  const given: Action[] = LINES.map((command, i) => ({ type: 'shell.execute', command, origin: { source: 'commands', file: 'c.txt', line: i + 1 } }));
  const actions = await withManifestNamespaces(given, dir);
  // Every kubectl line was analysed there and its analysis kept for its own action object.
  for (const action of given) {
    if (action.type === 'shell.execute' && action.command !== 'terraform plan') assert.equal(manifestLineAnalyses.get(action)?.command, action.command, action.command);
  }
  assert.equal(manifestLineAnalyses.get(given[given.length - 1]), undefined);
  const reused = evaluateAll(policySet, actions, { analyses: manifestLineAnalyses });
  const fresh = evaluateAll(policySet, actions);
  assert.deepEqual(reused, fresh);
  // Not vacuous: the forms added per namespace are there and decide.
  assert.ok(actions.length > given.length);
  const forms = reused.items.filter((item) => item.action.type === 'shell.execute' && item.action.command.includes('--namespace=prod'));
  assert.ok(forms.length > 0 && forms.every((item) => item.decision.rule === 'deny-prod'), JSON.stringify(forms));
});

test('an analysis kept for one action is not used for an action of another command', async (t) => {
  const a: Action = { type: 'shell.execute', command: 'kubectl apply -f x.yaml' };
  const b: Action = { type: 'shell.execute', command: 'kubectl delete -f x.yaml' };
  await withManifestNamespaces([a], '/nonexistent-checkout-for-this-test');
  const kept = manifestLineAnalyses.get(a);
  assert.ok(kept);
  // The engine takes an entry only when its command is the action's: b, given a's analysis, is judged as b.
  const analyses = new WeakMap([[b as object, kept]]);
  const dir = tempDir(t);
  mkdirSync(path.join(dir, '.safeclaw/policies'), { recursive: true });
  writeFileSync(path.join(dir, '.safeclaw/policies/k8s.yaml'), POLICY.replace('kubectl apply -f k8s/*', 'kubectl apply -f x.yaml'));
  const set = await loadPolicies(path.join(dir, '.safeclaw'));
  assert.deepEqual(evaluateAll(set, [b], { analyses }), evaluateAll(set, [b]));
});
