// The hook line the README tells users to paste into .claude/settings.json, run
// exactly as written through `sh -c` (and bash, Claude Code's default shell), the
// way Claude Code runs a command hook. Claude Code blocks a tool call only on exit 2
// (or a deny answer on exit 0): every way SafeClaw can fail to start must end in 2.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { CLAUDE_CODE_HOOK_COMMAND, HOOK_HELP } from '../../src/cli/commands/hook.js';
import { ROOT, tempDir } from '../helpers/cli.js';

/** The one JSON block of the README's "Inside agents" section that registers the Claude Code hook. */
function documentedSettings(): { matcher: string; hooks: { type: string; command: string; timeout?: number; onFailure?: string }[] } {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Inside agents'), readme.indexOf('\n## ', readme.indexOf('\n## Inside agents') + 1));
  const blocks = [...section.matchAll(/```json\n(.*?)\n```/gs)].map((m) => JSON.parse(m[1]));
  const settings = blocks.filter((b) => b.hooks?.PreToolUse?.[0]?.hooks?.[0]?.command?.includes('hook claude-code'));
  assert.equal(settings.length, 1, 'exactly one Claude Code settings block in "Inside agents"');
  return settings[0].hooks.PreToolUse[0];
}

const PACKAGE = 'node_modules/@authensor/safeclaw';

function run(shell: string, command: string, projectDir: string, env: NodeJS.ProcessEnv = {}) {
  const input = JSON.stringify({ session_id: 's', hook_event_name: 'PreToolUse', cwd: projectDir, tool_name: 'Bash', tool_input: { command: 'terraform apply -auto-approve' } });
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(shell, ['-c', command], { cwd: projectDir, env: { PATH: process.env.PATH, HOME: process.env.HOME, CLAUDE_PROJECT_DIR: projectDir, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    // A hook that dies before reading its input closes the pipe: not an error of the test.
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}

function project(t: Parameters<typeof tempDir>[0]): string {
  const dir = realpathSync(tempDir(t));
  cpSync(join(ROOT, 'examples/devops/.safeclaw'), join(dir, '.safeclaw'), { recursive: true });
  return dir;
}

/** The installed package's entry file replaced by `text`. */
function brokenPackage(dir: string, text: string): void {
  mkdirSync(join(dir, PACKAGE, 'dist'), { recursive: true });
  writeFileSync(join(dir, PACKAGE, 'package.json'), '{"name":"@authensor/safeclaw","type":"module"}');
  writeFileSync(join(dir, PACKAGE, 'dist/cli.js'), text);
}

describe('the documented Claude Code hook line', () => {
  test('is the one in the README, in `safeclaw hook --help`, and blocks on failure and timeout', () => {
    const entry = documentedSettings();
    assert.equal(entry.matcher, '*');
    assert.equal(entry.hooks[0].command, CLAUDE_CODE_HOOK_COMMAND);
    assert.equal(entry.hooks[0].onFailure, 'block');
    assert.ok(typeof entry.hooks[0].timeout === 'number' && entry.hooks[0].timeout >= 30);
    assert.ok(HOOK_HELP.includes(JSON.stringify({ hooks: { PreToolUse: [entry] } })), 'the help shows the README line');
  });

  test('names the scoped package by its path: no lookup by name (npx, PATH) that another package could answer', () => {
    const command = documentedSettings().hooks[0].command;
    assert.doesNotMatch(command, /\bnpx\b|\bnpm exec\b|^safeclaw\b/);
    assert.match(command, /"\$CLAUDE_PROJECT_DIR\/node_modules\/@authensor\/safeclaw\/dist\/cli\.js"/);
  });

  const failures: [string, (dir: string) => NodeJS.ProcessEnv | void][] = [
    ['SafeClaw is not installed', () => {}],
    ['its entry file throws on start', (dir) => brokenPackage(dir, "throw new Error('corrupt install');\n")],
    ['its entry file is not JavaScript', (dir) => brokenPackage(dir, '<<<not javascript>>>\n')],
    ['it exits 1 with nothing on stdout', (dir) => brokenPackage(dir, 'process.exit(1);\n')],
    ['it exits 127', (dir) => brokenPackage(dir, 'process.exit(127);\n')],
    ['it is killed by a signal', (dir) => brokenPackage(dir, "process.kill(process.pid, 'SIGKILL');\n")],
    [
      'node is not on PATH',
      (dir) => {
        symlinkSync(ROOT, join(dir, 'node_modules/@authensor/safeclaw'));
        return { PATH: join(dir, 'empty-bin') };
      },
    ],
  ];

  for (const shell of ['/bin/sh', '/bin/bash']) {
    for (const [what, make] of failures) {
      test(`through ${shell} -c, exits 2 (Claude Code's block) when ${what}`, async (t) => {
        const dir = project(t);
        mkdirSync(join(dir, 'node_modules/@authensor'), { recursive: true });
        mkdirSync(join(dir, 'empty-bin'));
        const env = make(dir) ?? {};
        const result = await run(shell, documentedSettings().hooks[0].command, dir, env);
        assert.equal(result.code, 2, `exit ${result.code}: ${result.stderr}`);
        assert.doesNotMatch(result.stdout, /"permissionDecision":"allow"/);
      });
    }
  }

  test('through sh -c, with SafeClaw installed, answers deny on stdout and exits 0', async (t) => {
    const dir = project(t);
    mkdirSync(join(dir, 'node_modules/@authensor'), { recursive: true });
    // The committed bundle, installed as npm would (a link to the package folder).
    symlinkSync(ROOT, join(dir, PACKAGE));
    const result = await run('/bin/sh', documentedSettings().hooks[0].command, dir);
    assert.equal(result.code, 0, result.stderr);
    const answer = JSON.parse(result.stdout).hookSpecificOutput;
    assert.equal(answer.permissionDecision, 'deny');
    assert.match(answer.permissionDecisionReason, /block-terraform-apply/);
  });

  test('the project path may hold spaces and shell characters', async (t) => {
    const base = project(t);
    const dir = join(base, "my proj $(touch PWNED) 'x'");
    cpSync(join(base, '.safeclaw'), join(dir, '.safeclaw'), { recursive: true });
    mkdirSync(join(dir, 'node_modules/@authensor'), { recursive: true });
    symlinkSync(ROOT, join(dir, PACKAGE));
    const result = await run('/bin/sh', documentedSettings().hooks[0].command, dir);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(JSON.parse(result.stdout).hookSpecificOutput.permissionDecision, 'deny');
    assert.throws(() => readFileSync(join(dir, 'PWNED')));
    assert.throws(() => readFileSync(join(base, 'PWNED')));
  });
});
