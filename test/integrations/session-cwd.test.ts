// A shell command in a hook runs in the session's working directory (Claude Code
// and Codex keep it across calls), so the files it reads and writes are taken from
// there, not from the project root: after `cd secrets`, `cat docs/key.txt` reads
// secrets/docs/key.txt, which a rule allowing docs/** does not allow. Real hook
// processes, real folders (bash is the oracle for where the file is).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { runCli, tempDir } from '../helpers/cli.js';

const POLICY = `rules:
  - id: allow-cat-echo
    action: shell.execute
    effect: allow
    conditions: { command: { pattern: ["cat *", "echo *", "cd *"] } }
    reason: reading and writing commands
  - id: allow-docs-reads
    action: file.read
    effect: allow
    conditions: { path: { pattern: "docs/**" } }
    reason: the docs are public
  - id: allow-docs-writes
    action: file.write
    effect: allow
    conditions: { path: { pattern: "docs/**" } }
    reason: the agent edits the docs
`;

function project(t: Parameters<typeof tempDir>[0]): string {
  const dir = realpathSync(tempDir(t));
  mkdirSync(join(dir, '.safeclaw/policies'), { recursive: true });
  writeFileSync(join(dir, '.safeclaw/policies/p.yaml'), POLICY);
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'docs'));
  mkdirSync(join(dir, 'secrets/docs'), { recursive: true });
  writeFileSync(join(dir, 'docs/key.txt'), 'public\n');
  writeFileSync(join(dir, 'secrets/docs/key.txt'), 'SECRET\n');
  return dir;
}

async function decide(integration: 'claude-code' | 'codex', dir: string, cwd: string, command: string): Promise<string> {
  const input = JSON.stringify({ session_id: 's', hook_event_name: 'PreToolUse', cwd, tool_name: 'Bash', tool_input: { command }, tool_use_id: 't1' });
  const run = await runCli(['hook', integration, '--policies', join(dir, '.safeclaw'), '--no-audit'], { cwd: dir, input });
  assert.equal(run.code, 0, run.stderr);
  return run.stdout.trim() === '' ? 'allow (no answer)' : JSON.parse(run.stdout).hookSpecificOutput.permissionDecision;
}

describe("hook shell commands are judged from the session's working directory", () => {
  const cases: [string, string, string, string][] = [
    ['a read the docs rule allows, from the root', '', 'cat docs/key.txt', 'allow'],
    ['the same words in secrets/ read secrets/docs/key.txt', 'secrets', 'cat docs/key.txt', 'deny'],
    ['a write under secrets/docs from secrets/', 'secrets', 'echo x > docs/new.txt', 'deny'],
    ['a cd in the command itself is followed as before', '', 'cd secrets && cat docs/key.txt', 'deny'],
  ];
  for (const [what, sub, command, expected] of cases) {
    test(`Claude Code: ${what}`, async (t) => {
      const dir = project(t);
      assert.equal(await decide('claude-code', dir, join(dir, sub), command), expected);
      if (command.startsWith('cat')) {
        // bash, run where the session is, reads the file the decision was about.
        const read = execFileSync('bash', ['-c', command], { cwd: join(dir, sub), encoding: 'utf8' });
        assert.equal(read, expected === 'allow' ? 'public\n' : 'SECRET\n');
      }
    });
  }

  test('Codex: the same read from secrets/ is denied, from the root it gets no answer (allowed)', async (t) => {
    const dir = project(t);
    assert.equal(await decide('codex', dir, join(dir, 'secrets'), 'cat docs/key.txt'), 'deny');
    assert.equal(await decide('codex', dir, dir, 'cat docs/key.txt'), 'allow (no answer)');
  });
});
