// `safeclaw hook codex` as a real process, fed the hook input Codex 0.171 sends
// (Claude Code's format plus turn_id, model, permission_mode). Codex acts on deny
// only, so require_approval must come out as deny, never as "ask".
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { CODEX_HOOK_COMMAND, HOOK_HELP } from '../../src/cli/commands/hook.js';
import { CODEX_TOOLS } from '../../src/integrations/codex.js';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

const POLICY = `rules:
  - id: block-terraform-apply
    action: shell.execute
    effect: deny
    conditions: { command: { pattern: "terraform apply*" } }
    reason: apply needs a reviewed plan
  - id: ask-helm
    action: shell.execute
    effect: require_approval
    conditions: { command: { pattern: "helm *" } }
    reason: ask a human before helm
  - id: allow-ls
    action: shell.execute
    effect: allow
    conditions: { command: { pattern: "ls*" } }
    reason: listing is harmless
  - id: allow-infra-writes
    action: file.write
    effect: allow
    conditions: { path: { pattern: "infra/**" } }
    reason: the agent edits infra files for review
`;

function project(t: Parameters<typeof tempDir>[0]): string {
  const dir = realpathSync(tempDir(t));
  mkdirSync(join(dir, '.safeclaw/policies'), { recursive: true });
  writeFileSync(join(dir, '.safeclaw/policies/p.yaml'), POLICY);
  mkdirSync(join(dir, '.git'));
  return dir;
}

function codexInput(dir: string, toolName: string, toolInput: object): string {
  return JSON.stringify({
    session_id: 'thr_1',
    turn_id: 'turn_1',
    transcript_path: null,
    cwd: dir,
    hook_event_name: 'PreToolUse',
    model: 'gpt-fake',
    permission_mode: 'bypassPermissions',
    tool_name: toolName,
    tool_input: toolInput,
    tool_use_id: 'call_1',
  });
}

async function hook(dir: string, toolName: string, toolInput: object) {
  const run = await runCli(['hook', 'codex'], { cwd: dir, input: codexInput(dir, toolName, toolInput), env: { CLAUDE_PROJECT_DIR: undefined } });
  assert.equal(run.code, 0, run.stderr);
  return run.stdout.trim() === '' ? null : JSON.parse(run.stdout).hookSpecificOutput;
}

describe('safeclaw hook codex', () => {
  test('denies a denied command with the rule and the folder that decided', async (t) => {
    const dir = project(t);
    const answer = await hook(dir, 'Bash', { command: 'terraform apply -auto-approve' });
    assert.equal(answer.permissionDecision, 'deny');
    assert.match(answer.permissionDecisionReason, /^SafeClaw deny: block-terraform-apply: apply needs a reviewed plan \(policies: .*\.safeclaw, from git top level\)$/);
  });

  test('answers require_approval with deny, never "ask" (which Codex ignores), and says how to get the approval', async (t) => {
    const answer = await hook(project(t), 'Bash', { command: 'helm list' });
    assert.equal(answer.permissionDecision, 'deny');
    assert.match(answer.permissionDecisionReason, /SafeClaw require_approval: ask-helm: ask a human before helm/);
    assert.match(answer.permissionDecisionReason, /Codex hooks cannot ask a person.*a person runs this themselves.*adds an allow rule/);
  });

  test('gives no answer for an allowed command, leaving Codex its own sandbox and approvals', async (t) => {
    assert.equal(await hook(project(t), 'Bash', { command: 'ls -la' }), null);
  });

  test('judges apply_patch by every file its patch names', async (t) => {
    const dir = project(t);
    const inside = '*** Begin Patch\n*** Update File: infra/main.tf\n@@\n-a\n+b\n*** End Patch\n';
    assert.equal(await hook(dir, 'apply_patch', { command: inside }), null);
    const escaping = '*** Begin Patch\n*** Update File: infra/main.tf\n@@\n-a\n+b\n*** Add File: .github/workflows/x.yml\n+on: push\n*** End Patch\n';
    const answer = await hook(dir, 'apply_patch', { command: ['apply_patch', escaping] });
    assert.equal(answer.permissionDecision, 'deny');
    assert.match(answer.permissionDecisionReason, /default|no rule/i);
    const moved = '*** Begin Patch\n*** Update File: infra/a.tf\n*** Move to: ../outside.tf\n*** End Patch\n';
    assert.equal((await hook(dir, 'apply_patch', { patch: moved })).permissionDecision, 'deny');
  });

  const refusals: [string, string, object, RegExp][] = [
    ['an apply_patch without a patch', 'apply_patch', { command: 'echo hi' }, /apply_patch call has no patch text/],
    ['write_stdin into a running program', 'write_stdin', { session_id: 1, chars: 'touch x\n' }, /write_stdin is refused/],
    ['an MCP tool no tool.call rule allows', 'mcp__db__query', { sql: 'DROP TABLE users' }, /SafeClaw deny: default: no rule allows this/],
    ['a Bash call without a command', 'Bash', {}, /Bash tool call has no "command"/],
  ];
  for (const [what, name, input, reason] of refusals) {
    test(`denies ${what}`, async (t) => {
      const answer = await hook(project(t), name, input);
      assert.equal(answer.permissionDecision, 'deny');
      assert.match(answer.permissionDecisionReason, reason);
    });
  }

  // One case per entry of CODEX_TOOLS (Codex 0.171 sends these names to PreToolUse: seen with the real client).
  test('every Codex tool of the table is answered as the table says', async (t) => {
    const dir = project(t);
    writeFileSync(join(dir, '.env'), 'X=1\n');
    const expected: Record<keyof typeof CODEX_TOOLS, [object, string | null]> = {
      apply_patch: [{ command: '*** Begin Patch\n*** Add File: .env\n+X=2\n*** End Patch\n' }, 'deny'],
      view_image: [{ path: join(dir, '.env') }, 'deny'],
      update_plan: [{ plan: [] }, null],
      get_goal: [{}, null],
      create_goal: [{ objective: 'ship it' }, null],
      update_goal: [{ status: 'complete' }, null],
      request_user_input: [{ questions: [] }, null],
      write_stdin: [{ session_id: 1, chars: 'ls\n' }, 'deny'],
    };
    assert.deepEqual(Object.keys(expected).sort(), Object.keys(CODEX_TOOLS).sort(), 'a case for every tool of the table');
    for (const [name, [input, decision]] of Object.entries(expected)) {
      const answer = await hook(dir, name, input);
      assert.equal(answer?.permissionDecision ?? null, decision, `${name}: ${answer?.permissionDecisionReason}`);
    }
    // Not in the table: unknown, denied (a Codex tool added later is refused until the table knows it).
    assert.match((await hook(dir, 'multi_agent_v1__spawn_agent', { message: 'x' })).permissionDecisionReason, /unknown tool/);
  });

  test('denies unreadable input', async (t) => {
    const dir = project(t);
    const run = await runCli(['hook', 'codex'], { cwd: dir, input: '{"tool_name": ' });
    assert.equal(JSON.parse(run.stdout).hookSpecificOutput.permissionDecision, 'deny');
  });

  test('records require_approval as such in the audit log, which verifies', async (t) => {
    const dir = project(t);
    await hook(dir, 'Bash', { command: 'helm list' });
    const log = join(dir, '.safeclaw/audit/audit.jsonl');
    assert.match(readFileSync(log, 'utf8'), /"require_approval"/);
    assert.equal((await runCli(['audit', 'verify', log], { cwd: dir })).code, 0);
  });
});

describe('the documented Codex hook line', () => {
  function shell(command: string, cwd: string, input: string) {
    return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn('/bin/sh', ['-c', command], { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
      child.stdin.on('error', () => {});
      child.stdin.end(input);
    });
  }

  test('is in the README and in `safeclaw hook --help`', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    assert.ok(readme.includes(`command = ${JSON.stringify(CODEX_HOOK_COMMAND)}`));
    assert.ok(HOOK_HELP.includes(`command = ${JSON.stringify(CODEX_HOOK_COMMAND)}`));
  });

  test('exits 2 (Codex blocks the call) when SafeClaw is not installed', async (t) => {
    const dir = project(t);
    const result = await shell(CODEX_HOOK_COMMAND.replaceAll('/path/to/project', dir), dir, codexInput(dir, 'Bash', { command: 'ls' }));
    assert.equal(result.code, 2, result.stderr);
    assert.equal(result.stdout, '');
  });

  test('with SafeClaw installed, denies on stdout and exits 0', async (t) => {
    const dir = project(t);
    // The package's entry file, running this checkout's sources (dist/ is rebuilt from them before a release).
    const entry = join(dir, 'node_modules/@authensor/safeclaw/dist/cli.js');
    mkdirSync(join(entry, '..'), { recursive: true });
    const tsx = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/esm/api/index.mjs')).href;
    writeFileSync(entry, `const { register } = await import(${JSON.stringify(tsx)});\nregister();\nawait import(${JSON.stringify(pathToFileURL(join(ROOT, 'src/cli/bin.ts')).href)});\n`);
    const result = await shell(CODEX_HOOK_COMMAND.replaceAll('/path/to/project', dir), dir, codexInput(dir, 'Bash', { command: 'terraform apply' }));
    assert.equal(result.code, 0, result.stderr);
    assert.equal(JSON.parse(result.stdout).hookSpecificOutput.permissionDecision, 'deny');
  });
});
