// The Claude Code PreToolUse hook, run as a real process the way Claude Code runs it:
// the tool call as JSON on stdin, the decision as JSON on stdout.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

function project(t: Parameters<typeof tempDir>[0]): string {
  const dir = tempDir(t);
  cpSync(join(ROOT, 'examples/devops/.safeclaw'), join(dir, '.safeclaw'), { recursive: true });
  return dir;
}

/** Claude Code sets CLAUDE_PROJECT_DIR for its hooks: the policies are the project's, whatever the cwd. */
async function hook(dir: string, toolName: string, toolInput: object, extra: object = {}) {
  const input = JSON.stringify({ session_id: 's1', hook_event_name: 'PreToolUse', cwd: dir, tool_name: toolName, tool_input: toolInput, tool_use_id: 'toolu_1', ...extra });
  const projectDir = dir.replace(/\/infra$/, '');
  const run = await runCli(['hook', 'claude-code'], { cwd: dir, input, env: { CLAUDE_PROJECT_DIR: projectDir } });
  assert.equal(run.code, 0, run.stderr);
  return run.stdout.trim() === '' ? null : JSON.parse(run.stdout).hookSpecificOutput;
}

describe('safeclaw hook claude-code', () => {
  test('answers deny, allow and ask as the policies decide', async (t) => {
    const dir = project(t);
    writeFileSync(join(dir, '.safeclaw/policies/ask.yaml'), 'rules:\n  - id: ask-helm\n    action: shell.execute\n    effect: require_approval\n    conditions: { command: { pattern: "helm *" } }\n    reason: ask a human\n');
    const apply = await hook(dir, 'Bash', { command: 'cd infra && terraform apply -auto-approve' });
    assert.equal(apply.permissionDecision, 'deny');
    assert.match(apply.permissionDecisionReason, /block-terraform-apply/);
    assert.equal((await hook(dir, 'Bash', { command: 'terraform plan' })).permissionDecision, 'allow');
    assert.equal((await hook(dir, 'Bash', { command: 'helm list' })).permissionDecision, 'ask');
  });

  test('judges file tools by absolute path relative to the repository, from a subfolder too', async (t) => {
    const dir = project(t);
    mkdirSync(join(dir, 'infra/modules'), { recursive: true });
    assert.equal((await hook(dir, 'Read', { file_path: join(dir, 'services/.env') })).permissionDecision, 'deny');
    assert.equal((await hook(join(dir, 'infra'), 'Write', { file_path: join(dir, 'infra/modules/main.tf'), content: 'x' })).permissionDecision, 'allow');
    assert.equal((await hook(dir, 'WebFetch', { url: 'http://0xa9fea9fe/latest', prompt: 'x' })).permissionDecision, 'deny');
  });

  test('records every decision in the default audit log, which verifies', async (t) => {
    const dir = project(t);
    await hook(dir, 'Bash', { command: 'terraform plan' });
    await hook(dir, 'Bash', { command: 'terraform destroy' });
    const log = join(dir, '.safeclaw/audit/audit.jsonl');
    assert.equal(readFileSync(log, 'utf8').trim().split('\n').length, 2);
    assert.equal((await runCli(['audit', 'verify', log], { cwd: dir })).code, 0);
  });

  test('denies when it cannot judge or record: unknown tool, bad input, broken policy, broken audit log', async (t) => {
    const dir = project(t);
    const unknown = await hook(dir, 'NewToolOfNextWeek', { sql: 'DROP TABLE users' });
    assert.equal(unknown.permissionDecision, 'deny');
    assert.match(unknown.permissionDecisionReason, /unknown tool "NewToolOfNextWeek"/);

    const bad = await runCli(['hook', 'claude-code'], { cwd: dir, input: 'not json', env: { CLAUDE_PROJECT_DIR: dir } });
    assert.equal(JSON.parse(bad.stdout).hookSpecificOutput.permissionDecision, 'deny');

    mkdirSync(join(dir, '.safeclaw/audit'), { recursive: true });
    writeFileSync(join(dir, '.safeclaw/audit/audit.jsonl'), '{"tampered":true}\n');
    const unrecorded = await hook(dir, 'Bash', { command: 'terraform plan' });
    assert.equal(unrecorded.permissionDecision, 'deny');
    assert.match(unrecorded.permissionDecisionReason, /broken audit chain/);

    writeFileSync(join(dir, '.safeclaw/policies/broken.yaml'), 'rules:\n  - id: x\n    action: shell.exec\n');
    const broken = await hook(dir, 'Bash', { command: 'terraform plan', }, {});
    assert.equal(broken.permissionDecision, 'deny');
  });

  test('session-only tools get no answer, leaving Claude Code\'s own permissions in charge', async (t) => {
    assert.equal(await hook(project(t), 'TodoWrite', { todos: [] }), null);
  });
});
