// The hook's --anchor-every N, through the real CLI as a child process in a real
// git repository: every Nth record's head lands on refs/safeclaw/audit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readGitAnchors } from '../../src/audit/anchor.js';
import { verifyAuditFile } from '../../src/audit/verify.js';
import { runCli } from '../helpers/cli.js';
import { withTempDir } from './fixtures.js';

const POLICIES = fileURLToPath(new URL('../../examples/devops/.safeclaw', import.meta.url));

test('the hook with --anchor-every 2 anchors the log in the project repository every second record', async () => {
  await withTempDir(async (dir) => {
    const repo = join(dir, 'project');
    execFileSync('git', ['init', '-q', repo]);
    cpSync(POLICIES, join(repo, '.safeclaw'), { recursive: true });
    const heads: string[] = [];
    for (const command of ['terraform plan', 'ls', 'terraform apply -auto-approve', 'git status', 'terraform plan']) {
      const input = JSON.stringify({ session_id: 's1', hook_event_name: 'PreToolUse', cwd: repo, tool_name: 'Bash', tool_input: { command } });
      const run = await runCli(['hook', 'claude-code', '--anchor-every', '2'], { cwd: repo, input, env: { CLAUDE_PROJECT_DIR: repo } });
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stderr.includes('anchor not written'), false, run.stderr);
      heads.push((await verifyAuditFile(join(repo, '.safeclaw/audit/audit.jsonl'))).head!);
    }
    const anchors = await readGitAnchors(repo);
    assert.deepEqual(anchors.map((a) => [a.records, a.head]), [[4, heads[3]], [2, heads[1]]]);
    const verify = await runCli(['audit', 'verify', '.safeclaw/audit/audit.jsonl', '--anchor-ref'], { cwd: repo });
    assert.equal(verify.code, 0, verify.stdout);
  });
});

test('the hook refuses an --anchor-every that is not a positive count', async () => {
  await withTempDir(async (dir) => {
    const run = await runCli(['hook', 'claude-code', '--anchor-every', 'often'], { cwd: dir, input: '{}' });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--anchor-every must be a positive number/);
  });
});
