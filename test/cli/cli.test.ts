// Each CLI command and exit code, run as a real child process on temp folders.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

const EXAMPLE = join(ROOT, 'examples/devops/.safeclaw');

/** A temp repo holding a copy of the example DevOps policy. */
function exampleRepo(t: Parameters<typeof tempDir>[0]): string {
  const dir = tempDir(t);
  cpSync(EXAMPLE, join(dir, '.safeclaw'), { recursive: true });
  return dir;
}

describe('safeclaw init', () => {
  test('writes a deny-all policy, the examples and a passing sample test', async (t) => {
    const dir = tempDir(t);
    const run = await runCli(['init'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    for (const file of ['policies/default.yaml', 'examples/devops-agent.yaml', 'tests/examples.yaml']) {
      assert.ok(existsSync(join(dir, '.safeclaw', file)), file);
    }
    const check = await runCli(['check', '--command', 'ls'], { cwd: dir });
    assert.equal(check.code, 1, 'deny-all denies');
    const tests = await runCli(['test'], { cwd: dir });
    assert.equal(tests.code, 0, tests.stdout + tests.stderr);
    assert.match(tests.stdout, /4 passed, 0 failed/);
  });

  test('never overwrites existing files unless --force, and says which exist', async (t) => {
    const dir = tempDir(t);
    await runCli(['init', dir], { cwd: ROOT });
    writeFileSync(join(dir, '.safeclaw/policies/default.yaml'), 'rules: []\n# mine\n');
    const again = await runCli(['init'], { cwd: dir });
    assert.equal(again.code, 2);
    assert.match(again.stderr, /not overwriting existing files:\n {2}\.safeclaw\/policies\/default\.yaml/);
    assert.match(readFileSync(join(dir, '.safeclaw/policies/default.yaml'), 'utf8'), /# mine/);
    const forced = await runCli(['init', '--force'], { cwd: dir });
    assert.equal(forced.code, 0);
    assert.doesNotMatch(readFileSync(join(dir, '.safeclaw/policies/default.yaml'), 'utf8'), /# mine/);
  });
});

describe('safeclaw check', () => {
  test('exit 0 when every action is allowed', async (t) => {
    const run = await runCli(['check', '--command', 'terraform plan -out=tfplan', '--write', 'infra/main.tf'], { cwd: exampleRepo(t) });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /verdict: allow — 2 allowed, 0 denied/);
  });

  test('exit 1 when any action is denied, with the rule and reason', async (t) => {
    const run = await runCli(['check', '--command', 'terraform plan', '--command', 'terraform apply'], { cwd: exampleRepo(t) });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /DENY +\$ terraform apply/);
    assert.match(run.stdout, /block-terraform-apply: Apply requires human review of the plan/);
  });

  test('exit 1 when an action needs approval', async (t) => {
    const dir = exampleRepo(t);
    writeFileSync(join(dir, '.safeclaw/policies/approve.yaml'), 'rules:\n  - id: approve-helm\n    action: shell.execute\n    effect: require_approval\n    conditions: { command: { pattern: "helm *" } }\n    reason: ask first\n');
    const run = await runCli(['check', '--format', 'json', '--command', 'helm list'], { cwd: dir });
    assert.equal(run.code, 1);
    assert.equal(JSON.parse(run.stdout).verdict, 'require_approval');
  });

  test('--format json prints the contract: verdict and results in input order', async (t) => {
    const dir = exampleRepo(t);
    writeFileSync(
      join(dir, 'actions.jsonl'),
      ['{"action":"file.read","path":"app/.env"}', '', '{"action":"shell.execute","command":"terraform plan"}', '{"action":"network.request","destination":"http://0xa9fea9fe/"}'].join('\n'),
    );
    const run = await runCli(['check', '--format', 'json', 'actions.jsonl'], { cwd: dir });
    assert.equal(run.code, 1);
    const out = JSON.parse(run.stdout);
    assert.equal(out.verdict, 'deny');
    assert.deepEqual(
      out.results.map((r: Record<string, unknown>) => [r.input, r.decision, r.rule]),
      [
        [{ action: 'file.read', path: 'app/.env' }, 'deny', 'block-secret-file-reads'],
        [{ action: 'shell.execute', command: 'terraform plan' }, 'allow', 'allow-terraform-plan'],
        [{ action: 'network.request', destination: 'http://0xa9fea9fe/' }, 'deny', 'block-cloud-metadata'],
      ],
    );
    assert.equal(typeof out.results[0].reason, 'string');
  });

  test('reads JSONL from standard input when no input is given', async (t) => {
    const run = await runCli(['check', '--format', 'json'], { cwd: exampleRepo(t), input: '{"action":"shell.execute","command":"terraform plan"}\n' });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).results.length, 1);
  });

  test('finds .safeclaw in a parent folder', async (t) => {
    const dir = exampleRepo(t);
    mkdirSync(join(dir, 'a/b'), { recursive: true });
    const run = await runCli(['check', '--command', 'terraform plan'], { cwd: join(dir, 'a/b') });
    assert.equal(run.code, 0, run.stderr);
  });

  test('an invalid input line is exit 2 with input:line and what is wrong', async (t) => {
    const dir = exampleRepo(t);
    writeFileSync(join(dir, 'bad.jsonl'), '{"action":"shell.execute","command":"ls"}\n{"action":"shell.exec","command":"ls"}\n');
    const run = await runCli(['check', 'bad.jsonl'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /bad\.jsonl:2: "action" must be one of/);
    const notJson = await runCli(['check'], { cwd: dir, input: 'terraform apply\n' });
    assert.equal(notJson.code, 2);
    assert.match(notJson.stderr, /<stdin>:1: not valid JSON/);
  });

  test('an invalid policy is exit 2 with file:line:column, never a pass', async (t) => {
    const dir = exampleRepo(t);
    writeFileSync(join(dir, '.safeclaw/policies/broken.yaml'), 'rules:\n  - id: x\n    action: shell.execute\n    effect: alow\n    reason: typo\n');
    const run = await runCli(['check', '--command', 'terraform plan'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /\.safeclaw\/policies\/broken\.yaml:4:13: unknown effect "alow"/);
    assert.doesNotMatch(run.stderr, /at .*\.ts:\d+/, 'no stack trace');
  });

  test('no .safeclaw anywhere is exit 2 and says to run init', async (t) => {
    const run = await runCli(['check', '--command', 'ls'], { cwd: tempDir(t) });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /safeclaw init/);
  });

  test('usage errors are exit 2', async (t) => {
    const dir = exampleRepo(t);
    for (const args of [['check', '--format', 'xml'], ['check', '--bogus'], ['nope'], ['check', 'missing.jsonl']]) {
      const run = await runCli(args, { cwd: dir });
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, /^safeclaw: /);
    }
  });

  test('a command the analysis cannot resolve is denied, not allowed', async (t) => {
    const run = await runCli(['check', '--command', '$TF apply --dry-run'], { cwd: exampleRepo(t) });
    assert.equal(run.code, 1);
  });
});

describe('safeclaw explain', () => {
  test('shows the normalised action, each rule with why, and the decision', async (t) => {
    const run = await runCli(['explain', '--read', './config/../.env'], { cwd: exampleRepo(t) });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /normalised: \.env/);
    assert.match(run.stdout, /match +block-secret-file-reads \(deny\): path matches/);
    assert.match(run.stdout, /decision: deny — block-secret-file-reads/);
  });

  test('exit 0 for an allowed action and 2 without exactly one action', async (t) => {
    const dir = exampleRepo(t);
    assert.equal((await runCli(['explain', '--command', 'terraform plan'], { cwd: dir })).code, 0);
    assert.equal((await runCli(['explain'], { cwd: dir })).code, 2);
    assert.equal((await runCli(['explain', '--read', 'a', '--write', 'b'], { cwd: dir })).code, 2);
  });
});

describe('safeclaw test', () => {
  test('reports a failing case with file:line and exits 1', async (t) => {
    const dir = exampleRepo(t);
    mkdirSync(join(dir, '.safeclaw/tests'));
    writeFileSync(
      join(dir, '.safeclaw/tests/t.yaml'),
      'tests:\n  - name: plan allowed\n    command: terraform plan\n    expect: allow\n    rule: allow-terraform-plan\n  - name: wrong on purpose\n    command: terraform apply\n    expect: allow\n',
    );
    const run = await runCli(['test'], { cwd: dir });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /\.safeclaw\/tests\/t\.yaml:6: wrong on purpose: \$ terraform apply: expected allow, got deny by block-terraform-apply/);
    assert.match(run.stdout, /1 passed, 1 failed/);
  });

  test('a malformed test file is exit 2 with file:line', async (t) => {
    const dir = exampleRepo(t);
    mkdirSync(join(dir, '.safeclaw/tests'));
    writeFileSync(join(dir, '.safeclaw/tests/t.yaml'), 'tests:\n  - command: ls\n    expect: maybe\n');
    const run = await runCli(['test'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /t\.yaml:3: `expect` must be one of/);
  });
});

describe('safeclaw policy lint', () => {
  test('exit 0 on the clean example policy', async (t) => {
    const run = await runCli(['policy', 'lint'], { cwd: exampleRepo(t) });
    assert.equal(run.code, 0, run.stdout);
    assert.match(run.stdout, /^\d+ rules in 1 file, 0 warnings$/m);
  });

  test('exit 1 with file:line:column warnings for broken-looking patterns', async (t) => {
    const dir = exampleRepo(t);
    writeFileSync(join(dir, '.safeclaw/policies/seed.yaml'), 'rules:\n  - id: seed-dev\n    action: shell.execute\n    effect: allow\n    conditions:\n      command:\n        pattern: "kubectl apply--namespace=dev"\n    reason: lost stars\n');
    const run = await runCli(['policy', 'lint'], { cwd: dir });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /\.safeclaw\/policies\/seed\.yaml:7:18: warning: command pattern "kubectl apply--namespace=dev" has no wildcard/);
  });
});

describe('safeclaw', () => {
  test('--version prints the package version', async () => {
    const run = await runCli(['--version'], { cwd: ROOT });
    assert.equal(run.stdout.trim(), JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  test('the committed bundle runs the same check', async (t) => {
    const run = await runCli(['check', '--format', 'json', '--command', 'terraform apply'], { cwd: exampleRepo(t), bin: join(ROOT, 'dist/cli.js') });
    assert.equal(run.code, 1, run.stderr);
    assert.equal(JSON.parse(run.stdout).results[0].rule, 'block-terraform-apply');
  });
});

describe('safeclaw check --audit', () => {
  test('records every decision in a chain that verifies, with secrets redacted, and refuses a broken chain', async (t) => {
    const dir = exampleRepo(t);
    const first = await runCli(['check', '--audit', 'audit.jsonl', '--command', 'terraform apply -var password=hunter2', '--command', 'terraform plan'], { cwd: dir });
    assert.equal(first.code, 1);
    const head = /head ([0-9a-f]{64})/.exec(first.stdout)?.[1];
    assert.ok(head, first.stdout);
    const log = readFileSync(join(dir, 'audit.jsonl'), 'utf8');
    assert.equal(log.trim().split('\n').length, 2);
    assert.doesNotMatch(log, /hunter2/);
    const verify = await runCli(['audit', 'verify', 'audit.jsonl', '--head', head], { cwd: dir });
    assert.equal(verify.code, 0, verify.stdout + verify.stderr);

    writeFileSync(join(dir, 'audit.jsonl'), log.replace('"deny"', '"allow"'));
    const refused = await runCli(['check', '--audit', 'audit.jsonl', '--command', 'terraform plan'], { cwd: dir });
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /audit\.jsonl:1: refusing to append to a broken audit chain/);
  });
});

describe('safeclaw check on Node 24', () => {
  test('runs itself again with the WebAssembly baseline compiler, passing input, output and exit code through', async (t) => {
    const node24 = join(ROOT, 'node_modules/.bin/node');
    const run = await runCli(['check', '--format', 'json'], {
      cwd: exampleRepo(t),
      node: node24,
      input: '{"action":"shell.execute","command":"terraform apply"}\n{"action":"shell.execute","command":"terraform plan"}\n',
    });
    assert.equal(run.code, 1, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout).results.map((r: { decision: string }) => r.decision), ['deny', 'allow']);
  });
});
