// The live hooks judge `kubectl apply|create|replace|delete -f/-k` with the
// namespaces its manifests name, as `safeclaw check` does: the files are read
// from the hook input's `cwd` (Claude Code, Codex) or the project folder (the
// Agent SDK callback given no cwd, the OpenAI Agents guardrail), as they are just
// before the command runs. Real files in a temp project, real hook processes.
//
// The manifests are made by the real kubectl where the machine has it:
// `kubectl create deployment … --dry-run=client -o yaml` needs no API server
// (`kubectl apply|create -f FILE --dry-run=client` does: it asks the server what
// the kinds are, so it cannot be the oracle here), and `kubectl kustomize` renders
// a kustomization offline. Without kubectl the tests write the same YAML by hand
// and say so on stderr.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { safeclawPreToolUse } from '../../src/integrations/claude-agent-sdk.js';
import { judgePreToolUse } from '../../src/integrations/claude-code.js';
import { safeclawToolGuardrail } from '../../src/integrations/openai-agents.js';
import { loadPolicies } from '../../src/policy/load.js';
import { runCli, tempDir } from '../helpers/cli.js';

const POLICY = `rules:
  - id: allow-k8s-apply
    action: shell.execute
    effect: allow
    conditions: { command: { pattern: "kubectl apply --filename=*" } }
    reason: manifests may be applied
  - id: allow-kustomize-apply
    action: shell.execute
    effect: allow
    conditions: { command: { pattern: "kubectl apply --kustomize=*" } }
    reason: kustomizations may be applied
  - id: block-prod-deploy
    action: shell.execute
    effect: deny
    conditions: { command: { pattern: "kubectl apply*--namespace=prod*" } }
    reason: no deploys to prod
  - id: allow-cd
    action: shell.execute
    effect: allow
    conditions: { command: { pattern: "cd *" } }
    reason: moving around
  - id: allow-reads
    action: file.read
    effect: allow
    conditions: { path: { pattern: "**" } }
    reason: kubectl reads the manifests it applies
`;

let hasKubectl = false;
before(() => {
  hasKubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;
  if (!hasKubectl) console.error('NOTE: kubectl is not installed: the manifests are written by hand and the kustomize oracle is not run');
});

/** A Deployment manifest of `namespace`, as kubectl writes it (kubectl create --dry-run=client needs no API server). */
function deployment(name: string, namespace: string): string {
  if (hasKubectl) {
    const run = spawnSync('kubectl', ['create', 'deployment', name, '--image=nginx:1.27', '-n', namespace, '--dry-run=client', '-o', 'yaml'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, new RegExp(`namespace: ${namespace}\\n`));
    return run.stdout;
  }
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n  selector:\n    matchLabels: {app: ${name}}\n  template:\n    metadata:\n      labels: {app: ${name}}\n    spec:\n      containers:\n      - name: ${name}\n        image: nginx:1.27\n`;
}

/** A project: policies, a git marker, and the manifests under deploy/. */
function project(t: Parameters<typeof tempDir>[0]): string {
  const dir = realpathSync(tempDir(t));
  mkdirSync(join(dir, '.safeclaw/policies'), { recursive: true });
  writeFileSync(join(dir, '.safeclaw/policies/k8s.yaml'), POLICY);
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'deploy/k8s/base'), { recursive: true });
  mkdirSync(join(dir, 'deploy/k8s/overlays/prod'), { recursive: true });
  writeFileSync(join(dir, 'deploy/k8s/web.yaml'), deployment('web', 'prod'));
  writeFileSync(join(dir, 'deploy/k8s/dev.yaml'), deployment('api', 'dev'));
  writeFileSync(join(dir, 'deploy/k8s/base/api.yaml'), deployment('api', 'dev'));
  writeFileSync(join(dir, 'deploy/k8s/base/kustomization.yaml'), 'resources:\n- api.yaml\n');
  writeFileSync(join(dir, 'deploy/k8s/overlays/prod/kustomization.yaml'), 'namespace: prod\nresources:\n- ../../base\n');
  return dir;
}

const hookInput = (cwd: string | undefined, command: string) =>
  JSON.stringify({ session_id: 's1', hook_event_name: 'PreToolUse', ...(cwd ? { cwd } : {}), tool_name: 'Bash', tool_input: { command }, tool_use_id: 'toolu_1' });

async function hook(integration: 'claude-code' | 'codex', dir: string, cwd: string, command: string) {
  const run = await runCli(['hook', integration, '--policies', join(dir, '.safeclaw')], { cwd: dir, input: hookInput(cwd, command) });
  assert.equal(run.code, 0, run.stderr);
  return run.stdout.trim() === '' ? undefined : (JSON.parse(run.stdout).hookSpecificOutput as { permissionDecision: string; permissionDecisionReason: string });
}

describe('live hooks read kubectl manifests from the session cwd', () => {
  // [what, cwd below the project, command, decision of the Claude Code hook, rule it names]
  const cases: [string, string, string, string, RegExp][] = [
    ['a manifest naming prod, relative to the cwd', 'deploy', 'kubectl apply -f k8s/web.yaml', 'deny', /block-prod-deploy/],
    ['a manifest naming dev', 'deploy', 'kubectl apply -f k8s/dev.yaml', 'allow', /allow-k8s-apply/],
    ['a folder holding a prod manifest', 'deploy/k8s', 'kubectl apply -f .', 'deny', /block-prod-deploy/],
    ['a kustomization setting prod', 'deploy/k8s', 'kubectl apply -k overlays/prod', 'deny', /block-prod-deploy/],
    ['its base, in dev', 'deploy/k8s', 'kubectl apply -k base', 'allow', /allow-kustomize-apply/],
    ['a file that is not there from this cwd (the project root has no k8s/)', '', 'kubectl apply -f k8s/web.yaml', 'deny', /default/],
    ['standard input', 'deploy', 'kubectl apply -f - < k8s/web.yaml', 'deny', /default/],
    ['a file the same command writes first', 'deploy', 'cp k8s/dev.yaml k8s/new.yaml && kubectl apply -f k8s/new.yaml', 'deny', /default/],
    ['a cd before kubectl (the shell analysis follows it)', 'deploy', 'cd k8s && kubectl apply -f web.yaml', 'deny', /block-prod-deploy/],
    ['a cd before kubectl, to the dev manifest', '', 'cd deploy/k8s && kubectl apply -f dev.yaml', 'allow', /allow-k8s-apply/],
    ['a cd to a folder known only at run time', 'deploy', 'cd "$DIR" && kubectl apply -f web.yaml', 'deny', /default/],
    ['an explicit --namespace (kubectl refuses another one in the file)', 'deploy', 'kubectl apply -f k8s/web.yaml --namespace=dev', 'allow', /allow-k8s-apply/],
  ];
  for (const [what, sub, command, decision, rule] of cases) {
    test(`Claude Code: ${what}: \`${command}\` in ${sub || 'the project root'} is ${decision}`, async (t) => {
      const dir = project(t);
      const answer = await hook('claude-code', dir, join(dir, sub), command);
      assert.equal(answer?.permissionDecision, decision, answer?.permissionDecisionReason);
      assert.match(answer?.permissionDecisionReason ?? '', rule);
    });
  }

  test('Codex: the same manifest is judged with its namespace (denied), and the dev one runs (no answer)', async (t) => {
    const dir = project(t);
    const prod = await hook('codex', dir, join(dir, 'deploy'), 'kubectl apply -f k8s/web.yaml');
    assert.equal(prod?.permissionDecision, 'deny');
    assert.match(prod?.permissionDecisionReason ?? '', /block-prod-deploy: .*no deploys to prod/);
    assert.equal(await hook('codex', dir, join(dir, 'deploy'), 'kubectl apply -f k8s/dev.yaml'), undefined);
  });

  test('the file is read as it is at the call: a manifest changed to prod after an allowed run is denied on the next', async (t) => {
    const dir = project(t);
    const policySet = await loadPolicies(join(dir, '.safeclaw'));
    const input = { tool_name: 'Bash', tool_input: { command: 'kubectl apply -f k8s/dev.yaml' }, cwd: join(dir, 'deploy') };
    assert.equal(judgePreToolUse(policySet, input).verdict, 'allow');
    writeFileSync(join(dir, 'deploy/k8s/dev.yaml'), deployment('api', 'prod'));
    const result = judgePreToolUse(policySet, input);
    assert.equal(result.verdict, 'deny');
    assert.deepEqual(result.items.map((i) => i.action.origin?.detail?.replace(/ \(.*/, '').replace(/ \/.*/, '')), [
      'Claude Code Bash',
      'kubectl apply deploys to namespace prod',
      // kubectl's read of the manifest, from the session's cwd (session-cwd.ts)
      "kubectl apply --filename=k8s/dev.yaml: k8s/dev.yaml from the session's working directory",
    ]);
  });

  test('a symbolic link to a manifest outside the project is not read: the namespace is unknown, and denied', async (t) => {
    const dir = project(t);
    const outside = realpathSync(tempDir(t));
    writeFileSync(join(outside, 'x.yaml'), deployment('x', 'dev'));
    symlinkSync(join(outside, 'x.yaml'), join(dir, 'deploy/k8s/link.yaml'));
    const answer = await hook('claude-code', dir, join(dir, 'deploy'), 'kubectl apply -f k8s/link.yaml');
    assert.equal(answer?.permissionDecision, 'deny');
    const policySet = await loadPolicies(join(dir, '.safeclaw'));
    const details = judgePreToolUse(policySet, { tool_name: 'Bash', tool_input: { command: 'kubectl apply -f k8s/link.yaml' }, cwd: join(dir, 'deploy') }).items.map((i) => i.action.origin?.detail);
    assert.match(details[1] ?? '', /could not read: k8s\/link\.yaml is outside the checkout/);
  });

  test('the Agent SDK callback reads from the input cwd; given none, from the project folder', async (t) => {
    const dir = project(t);
    const policySet = await loadPolicies(join(dir, '.safeclaw'));
    const callback = safeclawPreToolUse(policySet);
    const decide = async (input: object) => ((await callback(input)) as { hookSpecificOutput: { permissionDecision: string } }).hookSpecificOutput.permissionDecision;
    assert.equal(await decide(JSON.parse(hookInput(join(dir, 'deploy'), 'kubectl apply -f k8s/web.yaml'))), 'deny');
    assert.equal(await decide(JSON.parse(hookInput(undefined, 'kubectl apply -f deploy/k8s/web.yaml'))), 'deny');
    assert.equal(await decide(JSON.parse(hookInput(undefined, 'kubectl apply -f deploy/k8s/dev.yaml'))), 'allow');
  });

  test('the OpenAI Agents guardrail reads from the project folder', async (t) => {
    const dir = project(t);
    const policySet = await loadPolicies(join(dir, '.safeclaw'));
    const guardrail = safeclawToolGuardrail(policySet);
    const run = (command: string) => guardrail.run({ toolCall: { name: 'run_shell', arguments: JSON.stringify({ command }), callId: 'c1' } });
    const prod = await run('kubectl apply -f deploy/k8s/web.yaml');
    assert.equal(prod.behavior.type, 'rejectContent');
    assert.match((prod.behavior as { message: string }).message, /block-prod-deploy/);
    assert.equal((await run('kubectl apply -f deploy/k8s/dev.yaml')).behavior.type, 'allow');
    assert.equal((await run('kubectl apply -k deploy/k8s/overlays/prod')).behavior.type, 'rejectContent');
  });

  test('kubectl kustomize (offline) renders the overlay into prod and the base into dev, as the hooks judged them', async (t) => {
    if (!hasKubectl) {
      console.error('SKIPPED ORACLE: kubectl is not installed; the kustomize namespaces were not checked against kubectl');
      return;
    }
    const dir = project(t);
    const overlay = spawnSync('kubectl', ['kustomize', 'overlays/prod'], { cwd: join(dir, 'deploy/k8s'), encoding: 'utf8' });
    assert.equal(overlay.status, 0, overlay.stderr);
    assert.match(overlay.stdout, /namespace: prod/);
    const base = spawnSync('kubectl', ['kustomize', 'base'], { cwd: join(dir, 'deploy/k8s'), encoding: 'utf8' });
    assert.match(base.stdout, /namespace: dev/);
  });
});
