// `safeclaw` with no command (the original quick start, `npx @authensor/safeclaw`):
// sets SafeClaw up like `init` in a new project at a terminal, prints the usage
// anywhere else, and never creates files in a place a stray run would harm.
// Real child processes in real temp folders; the terminal is a real pseudo-
// terminal from util-linux `script`, which the test requires (it fails without).
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { before, describe, test } from 'node:test';
import { ROOT, runCli, tempDir, type CliRun } from '../helpers/cli.js';

const TSX = join(ROOT, 'node_modules/tsx/dist/loader.mjs');
const BIN = join(ROOT, 'src/cli/bin.ts');

const quote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;

/** Runs `safeclaw ARGS` with a pseudo-terminal as its standard input and output, as a person at a terminal would. */
function runAtTerminal(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<CliRun> {
  const command = [process.execPath, '--import', TSX, BIN, ...args].map(quote).join(' ');
  return new Promise((resolvePromise, reject) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    // The terminal merges both streams into stdout, with CRLF line ends.
    child.on('close', (code) => resolvePromise({ code, stdout: stdout.replaceAll('\r\n', '\n'), stderr }));
  });
}

const STARTER_FILES = ['policies/default.yaml', 'examples/devops-agent.yaml', 'tests/examples.yaml'];

describe('safeclaw with no command', () => {
  before(() => {
    const probe = spawnSync('script', ['-qec', 'test -t 0 && test -t 1', '/dev/null'], { stdio: ['ignore', 'pipe', 'pipe'] });
    assert.equal(probe.status, 0, 'these tests need util-linux `script` to give SafeClaw a real terminal (apt-get install util-linux); it is missing or does not work here');
    for (let dir = tmpdir(); ; dir = dirname(dir)) {
      assert.ok(!existsSync(join(dir, '.safeclaw')) && !existsSync(join(dir, '.git')), `${dir} has a .safeclaw or .git: these tests need a temp folder outside any project`);
      if (dirname(dir) === dir) break;
    }
  });

  test('at a terminal in a new project, creates .safeclaw/ with deny-all defaults and says where', async (t) => {
    const dir = tempDir(t);
    const run = await runAtTerminal([], { cwd: dir });
    assert.equal(run.code, 0, run.stdout);
    for (const file of STARTER_FILES) assert.ok(existsSync(join(dir, '.safeclaw', file)), file);
    assert.match(run.stdout, new RegExp(`Creating SafeClaw's policy folder ${join(dir, '.safeclaw').replaceAll('/', '\\/')}\\n`));
    assert.match(run.stdout, /wrote \.safeclaw\/policies\/default\.yaml/);
    const check = await runCli(['check', '--format', 'json', '--command', 'ls'], { cwd: dir });
    assert.equal(check.code, 1, check.stderr);
    assert.equal(JSON.parse(check.stdout).verdict, 'deny');
    const tests = await runCli(['test'], { cwd: dir });
    assert.equal(tests.code, 0, tests.stdout + tests.stderr);
  });

  test('run again, prints the usage, names the policy folder, exits 2 and changes nothing', async (t) => {
    const dir = tempDir(t);
    assert.equal((await runAtTerminal([], { cwd: dir })).code, 0);
    writeFileSync(join(dir, '.safeclaw/policies/default.yaml'), readFileSync(join(dir, '.safeclaw/policies/default.yaml'), 'utf8') + '# mine\n');
    const again = await runAtTerminal([], { cwd: dir });
    assert.equal(again.code, 2);
    assert.match(again.stdout, /^Usage: safeclaw <command>/);
    assert.match(again.stdout, new RegExp(`SafeClaw's policies for this folder: ${join(dir, '.safeclaw').replaceAll('/', '\\/')}`));
    assert.match(readFileSync(join(dir, '.safeclaw/policies/default.yaml'), 'utf8'), /# mine/);
  });

  test('below a folder that has .safeclaw, prints the usage and that folder, and creates nothing', async (t) => {
    const dir = tempDir(t);
    mkdirSync(join(dir, '.safeclaw/policies'), { recursive: true });
    const below = join(dir, 'services/api');
    mkdirSync(below, { recursive: true });
    const run = await runAtTerminal([], { cwd: below });
    assert.equal(run.code, 2);
    assert.match(run.stdout, /^Usage: safeclaw <command>/);
    assert.match(run.stdout, new RegExp(`SafeClaw's policies for this folder: ${join(dir, '.safeclaw').replaceAll('/', '\\/')}`));
    assert.deepEqual(readdirSync(below), []);
  });

  test('without a terminal (a script, or a hook that lost its subcommand), exits 2 and creates nothing', async (t) => {
    const dir = tempDir(t);
    // What Claude Code pipes to a PreToolUse hook: exit 2 is its "block", any 0 would let the call run.
    const hookInput = JSON.stringify({ hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: 'terraform apply' }, cwd: dir });
    const run = await runCli([], { cwd: dir, input: hookInput });
    assert.equal(run.code, 2);
    assert.equal(run.stdout.startsWith('Usage: safeclaw <command>'), true, run.stdout);
    assert.match(run.stderr, /no command given, and no \.safeclaw folder in .* or above/);
    assert.match(run.stderr, /fix: run `safeclaw init`/);
    assert.deepEqual(readdirSync(dir), []);
  });

  const refusedPlaces: Array<[string, (dir: string) => { cwd: string; env?: NodeJS.ProcessEnv }, RegExp]> = [
    ['the home folder', (dir) => ({ cwd: dir, env: { HOME: dir } }), /not creating \.safeclaw\/ in your home folder/],
    ['a subfolder of a git repository', (dir) => {
      execFileSync('git', ['init', '-q', dir]);
      mkdirSync(join(dir, 'infra'));
      return { cwd: join(dir, 'infra') };
    }, /inside the git repository .*\n {2}fix: cd .* and run it again, or run `safeclaw init \.`/],
  ];
  for (const [place, setUp, message] of refusedPlaces) {
    test(`at a terminal in ${place}, refuses with what to do instead (exit 2) and creates nothing`, async (t) => {
      const dir = tempDir(t);
      const { cwd, env } = setUp(dir);
      const before = readdirSync(cwd);
      const run = await runAtTerminal([], { cwd, env });
      assert.equal(run.code, 2, run.stdout);
      assert.match(run.stdout, message);
      assert.deepEqual(readdirSync(cwd), before);
    });
  }

  test('at a terminal at the file-system root, refuses (exit 2) and creates nothing', async () => {
    const existed = existsSync('/.safeclaw');
    const run = await runAtTerminal([], { cwd: '/', env: { HOME: '/nonexistent-home' } });
    assert.equal(run.code, 2, run.stdout);
    // A machine that already has /.safeclaw gets the usage and that folder's name instead.
    assert.match(run.stdout, existed ? /SafeClaw's policies for this folder: \/\.safeclaw/ : /not creating \.safeclaw\/ at the file-system root/);
    assert.equal(existsSync('/.safeclaw'), existed);
  });

  test('at the top level of a git repository, sets it up there', async (t) => {
    const dir = tempDir(t);
    execFileSync('git', ['init', '-q', dir]);
    const run = await runAtTerminal([], { cwd: dir });
    assert.equal(run.code, 0, run.stdout);
    assert.ok(existsSync(join(dir, '.safeclaw/policies/default.yaml')));
  });

  test('--help still prints the usage with exit 0', async (t) => {
    const run = await runCli(['--help'], { cwd: tempDir(t) });
    assert.equal(run.code, 0);
    assert.match(run.stdout, /no command at a\nterminal in a project without \.safeclaw\/, it does what `safeclaw init` does/);
  });

  test('a name that is not a command, even one every object has, is a usage error (exit 2)', async (t) => {
    for (const name of ['constructor', 'toString', '__proto__']) {
      const run = await runCli([name], { cwd: tempDir(t) });
      assert.equal(run.code, 2, name);
      assert.match(run.stderr, new RegExp(`unknown command "${name}"`));
    }
  });
});
