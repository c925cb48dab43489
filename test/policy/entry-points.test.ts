// Every entry point loads policies the same way, so each refuses what the loader
// refuses: real child processes of the CLI (`check`, `policy lint`), the Claude
// Code hook, and the bundled Action (dist/index.js, rebuilt by `npm run build`).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { CHANGES, makeCheckout, pullRequestPayload, runAction, write } from '../action/runner.js';

const DENY_APPLY = `rules:
  - id: block-terraform-apply
    action: shell.execute
    effect: deny
    conditions:
      command:
        pattern: "terraform apply*"
    reason: Apply requires review
`;

function project(t: { after: (fn: () => void) => void }, files: Record<string, string>): string {
  const dir = tempDir(t);
  mkdirSync(join(dir, '.safeclaw', 'policies'), { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, '.safeclaw', 'policies', name, '..'), { recursive: true });
    writeFileSync(join(dir, '.safeclaw', 'policies', name), text);
  }
  return dir;
}

describe('safeclaw check refuses to run (exit 2) on policies it cannot trust', () => {
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    ['an empty policies folder', {}, /\.safeclaw\/policies: no policy files: every action would be denied without a rule to say why \(add rules/],
    ['only `rules: []`', { 'default.yaml': 'rules: []\n' }, /\.safeclaw\/policies: 1 policy file \(\.safeclaw\/policies\/default\.yaml\) but not one rule/],
    ['a deny rule kept in a JSON file', { 'allow.yaml': DENY_APPLY.replace('deny', 'allow').replace('block-', 'allow-'), 'deny.json': '{"rules":[]}' }, /\.safeclaw\/policies\/deny\.json: is a JSON file/],
    ['a backup copy', { 'gate.yaml': DENY_APPLY, 'gate.yml.bak': DENY_APPLY }, /\.safeclaw\/policies\/gate\.yml\.bak: looks like a copy of a policy file/],
    ['an unquoted number as a pattern', { 'gate.yaml': DENY_APPLY.replace('"terraform apply*"', '1.10') }, /\.safeclaw\/policies\/gate\.yaml:7:18: `command\.pattern` is the number 1\.1 as YAML reads 1\.10, not a string \(quote it: pattern: "1\.10"\)/],
  ];
  for (const [what, files, expected] of cases) {
    test(`${what}`, async (t) => {
      const run = await runCli(['check', '--command', 'terraform apply'], { cwd: project(t, files) });
      assert.equal(run.code, 2, run.stdout + run.stderr);
      assert.match(run.stderr, expected);
      assert.doesNotMatch(run.stderr, /internal error|\n\s+at /);
      assert.equal(run.stdout, '');
    });
  }

  test('a deny rule in a subfolder is loaded and decides (exit 1)', async (t) => {
    const run = await runCli(['check', '--command', 'terraform apply'], { cwd: project(t, { 'prod/gate.yaml': DENY_APPLY }) });
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /block-terraform-apply/);
  });
});

describe('the .safeclaw folder check finds', () => {
  test('a .safeclaw file in the current folder is an error, not a reason to use the parent\'s policies', async (t) => {
    const parent = project(t, { 'allow-all.yaml': DENY_APPLY.replace('effect: deny', 'effect: allow') });
    const child = join(parent, 'vendored');
    mkdirSync(child);
    writeFileSync(join(child, '.safeclaw'), 'not a folder');
    const run = await runCli(['check', '--command', 'terraform apply'], { cwd: child });
    assert.equal(run.code, 2, run.stdout);
    assert.match(run.stderr, /vendored\/\.safeclaw is a file, not the \.safeclaw folder/);
  });

  test('a .safeclaw that is a loop of symbolic links is an error', async (t) => {
    const parent = project(t, { 'gate.yaml': DENY_APPLY });
    const child = join(parent, 'sub');
    mkdirSync(child);
    symlinkSync(join(child, 'loop-b'), join(child, '.safeclaw'));
    symlinkSync(join(child, '.safeclaw'), join(child, 'loop-b'));
    const run = await runCli(['check', '--command', 'ls'], { cwd: child });
    assert.equal(run.code, 2, run.stdout);
    assert.match(run.stderr, /sub\/\.safeclaw cannot be used \(a loop of symbolic links\)/);
  });
});

describe('safeclaw policy lint', () => {
  test('warns (exit 1) about policies with no rules instead of refusing them', async (t) => {
    const run = await runCli(['policy', 'lint'], { cwd: project(t, { 'default.yaml': 'rules: []\n' }) });
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /\.safeclaw\/policies: warning: no rules in 1 policy file: `safeclaw check`, the hook and the Action refuse to run \(exit 2\)/);
  });

  test('refuses (exit 2) a file it would otherwise have skipped', async (t) => {
    const run = await runCli(['policy', 'lint'], { cwd: project(t, { 'gate.yaml': DENY_APPLY, 'old/.gate.yaml.swp': 'b0VIM' }) });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /\.safeclaw\/policies\/old\/\.gate\.yaml\.swp: is an editor swap, lock or backup file/);
  });
});

describe('the Claude Code hook', () => {
  test('denies every call with the reason when the policies hold no rules', async (t) => {
    const dir = project(t, { 'default.yaml': 'rules: []\n' });
    const input = JSON.stringify({ session_id: 's', cwd: dir, hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: 'ls' } });
    const run = await runCli(['hook', 'claude-code', '--no-audit'], { cwd: dir, input, env: { CLAUDE_PROJECT_DIR: dir } });
    const answer = JSON.parse(run.stdout).hookSpecificOutput;
    assert.equal(answer.permissionDecision, 'deny');
    assert.match(answer.permissionDecisionReason, /no rule|not one rule/);
    assert.match(answer.permissionDecisionReason, /1 policy file/);
  });

  test('denies every call naming the file when the policies folder holds a JSON policy', async (t) => {
    const dir = project(t, { 'gate.yaml': DENY_APPLY, 'more.json': '{}' });
    const input = JSON.stringify({ session_id: 's', cwd: dir, hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: 'ls' } });
    const run = await runCli(['hook', 'claude-code', '--no-audit'], { cwd: dir, input, env: { CLAUDE_PROJECT_DIR: dir } });
    const answer = JSON.parse(run.stdout).hookSpecificOutput;
    assert.equal(answer.permissionDecision, 'deny');
    assert.match(answer.permissionDecisionReason, /more\.json/);
  });
});

describe('the bundled Action (dist/index.js)', () => {
  const dist = join(ROOT, 'dist');

  test('fails the step when the base commit\'s policies hold no rules', async (t) => {
    const checkout = await makeCheckout(tempDir(t), CHANGES.allow, 'rules: []\n');
    const run = await runAction({ dist, workspace: checkout.dir, event: 'pull_request', payload: pullRequestPayload(checkout), inputs: { comment: 'never' } });
    assert.notEqual(run.code, 0, run.stdout);
    assert.match(run.stdout + run.stderr, /not one rule: every action would be denied/);
  });

  test('fails the step when the PR adds a policy file SafeClaw would skip', async (t) => {
    const checkout = await makeCheckout(tempDir(t), { ...CHANGES.allow, '.safeclaw/policies/legacy/deny.json': '{}' }, DENY_APPLY.replace('block-terraform-apply', 'gate').replace('effect: deny', 'effect: allow'));
    const run = await runAction({ dist, workspace: checkout.dir, event: 'pull_request', payload: pullRequestPayload(checkout), inputs: { comment: 'never' } });
    assert.notEqual(run.code, 0, run.stdout);
    assert.match(run.stdout + run.stderr, /\.safeclaw\/policies\/legacy\/deny\.json: is a JSON file/);
  });

  test('fails the step when the base commit holds a policy file SafeClaw would skip, even if the PR removes it', async (t) => {
    // Base: gate.yaml and a stray deny.yml.bak; head: the stray file deleted. The work tree loads; the base commit must not.
    const dir = join(tempDir(t), 'workspace');
    mkdirSync(dir);
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'main');
    write(dir, { '.safeclaw/policies/gate.yaml': DENY_APPLY, '.safeclaw/policies/deny.yml.bak': DENY_APPLY, 'README.md': 'app\n' });
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    const base = git('rev-parse', 'HEAD');
    rmSync(join(dir, '.safeclaw/policies/deny.yml.bak'));
    write(dir, CHANGES.allow);
    git('add', '-A');
    git('commit', '-q', '-m', 'head');
    const checkout = { dir, base, head: git('rev-parse', 'HEAD') };
    const run = await runAction({ dist, workspace: dir, event: 'pull_request', payload: pullRequestPayload(checkout), inputs: { comment: 'never' } });
    assert.notEqual(run.code, 0, run.stdout);
    assert.match(run.stdout + run.stderr, /\.safeclaw\/policies\/deny\.yml\.bak: looks like a copy of a policy file/);
  });
});
