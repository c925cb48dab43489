// `safeclaw init` keeps the audit log out of git: checked in real git repositories.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli, tempDir } from '../helpers/cli.js';

function gitRepo(t: Parameters<typeof tempDir>[0]): string {
  const dir = tempDir(t);
  execFileSync('git', ['init', '-q'], { cwd: dir });
  return dir;
}

const status = (dir: string) => execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: dir, encoding: 'utf8' });

test('init adds .safeclaw/audit/ to a new .gitignore, and git status does not show the audit log', async (t) => {
  const dir = gitRepo(t);
  const init = await runCli(['init'], { cwd: dir });
  assert.equal(init.code, 0, init.stderr);
  assert.match(init.stdout, /wrote \.gitignore/);
  const check = await runCli(['check', '--command', 'ls', '--audit', '.safeclaw/audit/audit.jsonl'], { cwd: dir });
  assert.equal(check.code, 1, check.stderr);
  assert.ok(readFileSync(join(dir, '.safeclaw/audit/audit.jsonl'), 'utf8').length > 0, 'the log was written');
  const shown = status(dir);
  assert.ok(!shown.includes('audit'), shown);
  assert.match(shown, /\.safeclaw\/policies\/default\.yaml/, 'the policies are still there to commit');
});

test('init appends the line once to an existing .gitignore, even one without a final newline', async (t) => {
  const dir = gitRepo(t);
  writeFileSync(join(dir, '.gitignore'), 'node_modules/\n*.log');
  assert.equal((await runCli(['init'], { cwd: dir })).code, 0);
  assert.equal((await runCli(['init', '--force'], { cwd: dir })).code, 0);
  assert.equal(readFileSync(join(dir, '.gitignore'), 'utf8'), 'node_modules/\n*.log\n.safeclaw/audit/\n');
});

test('init leaves a .gitignore alone that already ignores the folder in another spelling', async (t) => {
  for (const line of ['/.safeclaw/audit', '.safeclaw/audit/**', '.safeclaw/audit/']) {
    const dir = gitRepo(t);
    writeFileSync(join(dir, '.gitignore'), `dist/\r\n${line}\r\n`);
    const init = await runCli(['init'], { cwd: dir });
    assert.equal(init.code, 0, init.stderr);
    assert.ok(!init.stdout.includes('.gitignore'), init.stdout);
    assert.equal(readFileSync(join(dir, '.gitignore'), 'utf8'), `dist/\r\n${line}\r\n`);
  }
});

test('init into a subfolder of a repository ignores the audit log of that subfolder', async (t) => {
  const dir = gitRepo(t);
  const init = await runCli(['init', 'services/api'], { cwd: dir });
  assert.equal(init.code, 0, init.stderr);
  await runCli(['check', '--command', 'ls', '--audit', 'services/api/.safeclaw/audit/audit.jsonl'], { cwd: dir });
  assert.ok(!status(dir).includes('audit.jsonl'), status(dir));
});
