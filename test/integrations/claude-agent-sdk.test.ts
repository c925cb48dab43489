// The Claude Agent SDK hook, called as the SDK calls it: the hook input object in,
// the answer out. (test/clients runs it inside a real query().)
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { safeclawHooks, safeclawPreToolUse } from '../../src/integrations/claude-agent-sdk.js';
import { loadPolicies } from '../../src/policy/load.js';
import type { PolicySet } from '../../src/types.js';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

let policySet: PolicySet;
before(async () => {
  policySet = await loadPolicies(join(ROOT, 'examples/devops/.safeclaw'));
});

const input = (tool_name: string, tool_input: object) => ({ session_id: 's', hook_event_name: 'PreToolUse', cwd: '/repo', tool_name, tool_input, tool_use_id: 'toolu_1' });

describe('safeclawHooks for the Claude Agent SDK', () => {
  test('registers one PreToolUse matcher for every tool that blocks when the hook fails', () => {
    const hooks = safeclawHooks(policySet);
    assert.deepEqual(Object.keys(hooks), ['PreToolUse']);
    assert.equal(hooks.PreToolUse[0].matcher, '*');
    assert.equal(hooks.PreToolUse[0].onFailure, 'block');
    assert.equal(hooks.PreToolUse[0].hooks.length, 1);
  });

  const cases: [string, string, object, string | null][] = [
    ['a denied command', 'Bash', { command: 'terraform apply -auto-approve' }, 'deny'],
    ['an allowed command', 'Bash', { command: 'terraform plan' }, 'allow'],
    ['a secret file read', 'Read', { file_path: '/repo/.env' }, 'deny'],
    ['an unknown tool', 'NewTool', { x: 1 }, 'deny'],
    ['a session-only tool', 'TodoWrite', { todos: [] }, null],
  ];
  for (const [what, name, toolInput, expected] of cases) {
    test(`answers ${expected ?? 'nothing'} for ${what}`, async () => {
      const answer = await safeclawPreToolUse(policySet)(input(name, toolInput), 'toolu_1', { signal: new AbortController().signal });
      if (expected === null) assert.deepEqual(answer, {});
      else assert.equal((answer as { hookSpecificOutput: { permissionDecision: string } }).hookSpecificOutput.permissionDecision, expected);
    });
  }

  test('answers ask for require_approval, which the SDK hands to canUseTool', async (t) => {
    const dir = tempDir(t);
    mkdirSync(join(dir, '.safeclaw/policies'), { recursive: true });
    writeFileSync(join(dir, '.safeclaw/policies/p.yaml'), 'rules:\n  - id: ask-helm\n    action: shell.execute\n    effect: require_approval\n    conditions: { command: { pattern: "helm *" } }\n    reason: ask first\n');
    const answer = await safeclawPreToolUse(await loadPolicies(join(dir, '.safeclaw')))(input('Bash', { command: 'helm list' }));
    assert.equal((answer as { hookSpecificOutput: { permissionDecision: string } }).hookSpecificOutput.permissionDecision, 'ask');
  });

  test('denies (never throws) when the input is not a tool call or the audit log cannot be written', async (t) => {
    const bad = await safeclawPreToolUse(policySet)({ hook_event_name: 'PreToolUse' });
    assert.equal((bad as { hookSpecificOutput: { permissionDecision: string } }).hookSpecificOutput.permissionDecision, 'deny');
    const dir = tempDir(t);
    const audit = join(dir, 'audit.jsonl');
    writeFileSync(audit, '{"not":"a record"}\n');
    const unrecorded = await safeclawPreToolUse(policySet, { audit })(input('Bash', { command: 'terraform plan' }));
    assert.equal((unrecorded as { hookSpecificOutput: { permissionDecision: string } }).hookSpecificOutput.permissionDecision, 'deny');
  });

  test('records each decision in the audit log, which verifies', async (t) => {
    const dir = tempDir(t);
    const audit = join(dir, 'audit.jsonl');
    const hook = safeclawPreToolUse(policySet, { audit });
    await hook(input('Bash', { command: 'terraform plan' }));
    await hook(input('Bash', { command: 'terraform destroy' }));
    assert.equal(readFileSync(audit, 'utf8').trim().split('\n').length, 2);
    assert.equal((await runCli(['audit', 'verify', audit], { cwd: dir })).code, 0);
  });
});
