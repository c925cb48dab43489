// Which `.safeclaw` the live hook obeys, tried with real git repositories (a nested
// repository, a real submodule) and the hook as a real process. In every case the
// folder below the project carries an allow-all `.safeclaw`: it must never decide.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

const APPLY = 'terraform apply -auto-approve';
const ALLOW_ALL = 'rules:\n  - id: nested-allow-all\n    action: shell.execute\n    effect: allow\n    reason: the agent wrote this\n';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'protocol.file.allow=always', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

function withAllowAll(dir: string): string {
  mkdirSync(join(dir, '.safeclaw/policies'), { recursive: true });
  writeFileSync(join(dir, '.safeclaw/policies/all.yaml'), ALLOW_ALL);
  return dir;
}

/** A git repository with the example policies (which deny `terraform apply`). */
function project(t: Parameters<typeof tempDir>[0], withPolicies = true): string {
  const dir = realpathSync(tempDir(t));
  if (withPolicies) cpSync(join(ROOT, 'examples/devops/.safeclaw'), join(dir, '.safeclaw'), { recursive: true });
  git(dir, 'init', '-q');
  return dir;
}

interface HookCall {
  /** The cwd Claude Code puts in the hook input. */
  sessionCwd: string;
  /** The folder the hook process is started in (default: the session's cwd). */
  processCwd?: string;
  projectDir?: string;
  args?: string[];
  command?: string;
}

async function hook(call: HookCall) {
  const input = JSON.stringify({ session_id: 's1', hook_event_name: 'PreToolUse', cwd: call.sessionCwd, tool_name: 'Bash', tool_input: { command: call.command ?? APPLY } });
  const run = await runCli(['hook', 'claude-code', ...(call.args ?? [])], {
    cwd: call.processCwd ?? call.sessionCwd,
    input,
    env: { CLAUDE_PROJECT_DIR: call.projectDir, GIT_DIR: undefined, GIT_WORK_TREE: undefined },
  });
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout).hookSpecificOutput as { permissionDecision: string; permissionDecisionReason: string };
}

function assertProjectDecided(answer: { permissionDecision: string; permissionDecisionReason: string }, dir: string, how: string) {
  assert.equal(answer.permissionDecision, 'deny', answer.permissionDecisionReason);
  assert.match(answer.permissionDecisionReason, /block-terraform-apply/);
  assert.ok(answer.permissionDecisionReason.includes(`(policies: ${join(dir, '.safeclaw')}, from ${how})`), answer.permissionDecisionReason);
}

/** A nested repository (as `git clone` into a subfolder or a vendored checkout makes), with its own allow-all policies. */
function nestedRepo(dir: string): string {
  const nested = withAllowAll(join(dir, 'vendor/tool'));
  git(nested, 'init', '-q');
  return nested;
}

/** A real submodule, cloned from a repository that carries an allow-all `.safeclaw`. */
function submodule(t: Parameters<typeof tempDir>[0], dir: string): string {
  const upstream = withAllowAll(realpathSync(tempDir(t)));
  git(upstream, 'init', '-q');
  git(upstream, 'add', '.');
  git(upstream, 'commit', '-qm', 'upstream');
  git(dir, 'submodule', 'add', '-q', upstream, 'modules/sub');
  return join(dir, 'modules/sub');
}

describe('the hook obeys the project\'s policies, never a .safeclaw below it', () => {
  const places: [string, (t: Parameters<typeof tempDir>[0], dir: string) => string][] = [
    ['a folder the agent created', (_t, dir) => withAllowAll(join(dir, 'scratch'))],
    ['a nested git repository', (_t, dir) => nestedRepo(dir)],
    ['a git submodule', (t, dir) => submodule(t, dir)],
  ];

  for (const [what, make] of places) {
    test(`with CLAUDE_PROJECT_DIR, an allow-all .safeclaw in ${what} does not decide`, async (t) => {
      const dir = project(t);
      const nested = make(t, dir);
      const answer = await hook({ sessionCwd: nested, projectDir: dir });
      assertProjectDecided(answer, dir, 'CLAUDE_PROJECT_DIR');
    });

    test(`without CLAUDE_PROJECT_DIR, the outermost git work tree decides over ${what}`, async (t) => {
      const dir = project(t);
      const nested = make(t, dir);
      const answer = await hook({ sessionCwd: nested });
      assertProjectDecided(answer, dir, 'git top level');
    });
  }

  test('git itself takes the submodule for a work tree of its own: the hook looks past it to the superproject', async (t) => {
    const dir = project(t);
    const sub = submodule(t, dir);
    assert.equal(git(sub, 'rev-parse', '--show-toplevel'), sub);
    assert.equal(git(sub, 'rev-parse', '--show-superproject-working-tree'), dir);
    assertProjectDecided(await hook({ sessionCwd: join(sub) }), dir, 'git top level');
  });

  test('a relative --policies is taken from the project folder, not from the session\'s cwd', async (t) => {
    const dir = project(t);
    const scratch = withAllowAll(join(dir, 'scratch'));
    const answer = await hook({ sessionCwd: scratch, projectDir: dir, args: ['--policies', '.safeclaw'] });
    assertProjectDecided(answer, dir, '--policies');
  });

  test('a session cwd outside the project changes nothing when CLAUDE_PROJECT_DIR is set', async (t) => {
    const dir = project(t);
    const elsewhere = withAllowAll(realpathSync(tempDir(t)));
    git(elsewhere, 'init', '-q');
    assertProjectDecided(await hook({ sessionCwd: elsewhere, projectDir: dir }), dir, 'CLAUDE_PROJECT_DIR');
  });

  test('CLAUDE_PROJECT_DIR below the git top level falls back to the policies at the top', async (t) => {
    const dir = project(t);
    mkdirSync(join(dir, 'services/api'), { recursive: true });
    assertProjectDecided(await hook({ sessionCwd: join(dir, 'services/api'), projectDir: join(dir, 'services/api') }), dir, 'git top level of CLAUDE_PROJECT_DIR');
  });

  test('the audit log is written beside the project\'s policies, not in the nested folder', async (t) => {
    const dir = project(t);
    const nested = nestedRepo(dir);
    await hook({ sessionCwd: nested, projectDir: dir });
    assert.ok(existsSync(join(dir, '.safeclaw/audit/audit.jsonl')));
    assert.ok(!existsSync(join(nested, '.safeclaw/audit')));
    assert.match(readFileSync(join(dir, '.safeclaw/audit/audit.jsonl'), 'utf8'), /block-terraform-apply/);
  });
});

describe('the hook denies when it cannot tell which project\'s policies apply', () => {
  const cases: [string, (t: Parameters<typeof tempDir>[0]) => HookCall, RegExp][] = [
    [
      'CLAUDE_PROJECT_DIR without .safeclaw, outside git, with an allow-all .safeclaw in the cwd below it',
      (t) => {
        const dir = realpathSync(tempDir(t));
        return { sessionCwd: withAllowAll(join(dir, 'sub')), projectDir: dir };
      },
      /no \.safeclaw folder in CLAUDE_PROJECT_DIR .* fix: run `safeclaw init`/,
    ],
    [
      'a git top level without .safeclaw whose nested repository has one',
      (t) => {
        const dir = project(t, false);
        return { sessionCwd: nestedRepo(dir) };
      },
      /no \.safeclaw folder at the git top level .*never decides/,
    ],
    [
      'a cwd in no git work tree and no CLAUDE_PROJECT_DIR, next to an allow-all .safeclaw',
      (t) => ({ sessionCwd: withAllowAll(realpathSync(tempDir(t))) }),
      /CLAUDE_PROJECT_DIR is not set and .* is not inside a git work tree.*--policies/,
    ],
    [
      'a session cwd in another repository than the folder the hook runs in',
      (t) => {
        const dir = project(t);
        const elsewhere = withAllowAll(realpathSync(tempDir(t)));
        git(elsewhere, 'init', '-q');
        return { sessionCwd: elsewhere, processCwd: dir };
      },
      /which project's policies apply is unclear/,
    ],
    [
      'a --policies folder that does not exist',
      (t) => {
        const dir = project(t);
        return { sessionCwd: dir, projectDir: dir, args: ['--policies', 'nowhere'] };
      },
      /--policies nowhere: .* is not a folder/,
    ],
  ];
  for (const [what, make, reason] of cases) {
    test(`denies for ${what}`, async (t) => {
      const answer = await hook({ ...make(t), command: 'ls' });
      assert.equal(answer.permissionDecision, 'deny');
      assert.match(answer.permissionDecisionReason, /^SafeClaw could not judge this call, so it is denied: /);
      assert.match(answer.permissionDecisionReason, reason);
    });
  }
});
