// `safeclaw explain` for a command: the options in effect after the program's
// own resolution, whether a --dry-run counts, the side-effect actions, and why
// each part was decided.
import assert from 'node:assert/strict';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { explainCommands } from '../../src/cli/commands/explain.js';
import { shellReady } from '../helpers/policy.js';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

before(() => shellReady);

const only = (command: string) => {
  const [first] = explainCommands(command);
  assert.ok(first, `no command in ${command}`);
  return first;
};

describe('explain: effective options of each command', () => {
  test('the last value of a repeated option is the one shown, and the overridden ones are named', () => {
    const c = only('kubectl apply -f k.yaml -n dev --namespace=prod');
    assert.ok(c.options.includes('--namespace=prod'));
    assert.ok(!c.options.includes('--namespace=dev'));
    assert.ok(c.notes.some((n) => n.startsWith('-n dev: overridden by the later --namespace=prod')), c.notes.join('\n'));
  });

  test('an option set by the environment is shown, and a flag overrides it', () => {
    const c = only('HELM_NAMESPACE=dev helm install web ./c -n prod');
    assert.ok(c.options.includes('--namespace=prod'));
    assert.ok(c.notes.some((n) => n.startsWith('HELM_NAMESPACE=dev: overridden')), c.notes.join('\n'));
    assert.ok(c.notes.includes('environment: HELM_NAMESPACE=dev'));
    const fromEnv = only('HELM_NAMESPACE=staging helm install web ./c');
    assert.ok(fromEnv.options.includes('--namespace=staging'));
  });

  test('a negation and a false boolean drop the option', () => {
    const c = only('aws ec2 run-instances --dry-run --no-dry-run');
    assert.ok(!c.options.includes('--dry-run'));
    assert.ok(c.notes.some((n) => n.includes('--no-dry-run turns --dry-run off')), c.notes.join('\n'));
    const k = only('kubectl apply -f k.yaml --dry-run=none');
    assert.ok(k.notes.some((n) => n.includes('a real run')), k.notes.join('\n'));
  });

  test('words after -- are operands, for any program', () => {
    const c = only('foo --x -- --dry-run');
    assert.deepEqual(c.options, ['--x']);
    assert.deepEqual(c.operands, ['--dry-run']);
    assert.ok(c.notes.some((n) => n.startsWith('after --: --dry-run')));
    assert.ok(c.notes.some((n) => n.includes('not in the dry-run table')));
  });

  test('whether a dry run counts, per program', () => {
    assert.ok(only('rsync -avn src/ backup/').notes.some((n) => n.startsWith('dry run in effect (-avn)')));
    assert.ok(only('git clean -f -e -n').notes.some((n) => n.startsWith('no dry run in effect: turned off later, or taken as another option')));
    assert.ok(only('git clean -n --no-dry').notes.some((n) => n.startsWith('no dry run in effect')));
    assert.ok(only('rm -rf x --dry-run').notes.some((n) => n.includes('means nothing known to rm')));
  });

  test('side-effect actions are listed with the command that causes them', () => {
    const c = only('kubectl get pods -o go-template-file --template=.env');
    assert.ok(c.effects.includes('file.read .env'), c.effects.join('\n'));
    const t = only('terraform plan -var-file=dev.tfvars -out=tfplan');
    assert.ok(t.effects.some((e) => e.startsWith('file.read dev.tfvars (terraform reads it as its own input')), t.effects.join('\n'));
    assert.ok(t.effects.some((e) => e.startsWith('file.write tfplan (terraform writes its own output')), t.effects.join('\n'));
  });

  test('an opaque command says why, and a harmless run-time word says why it may not matter', () => {
    const opaque = only('kubectl get *-pod');
    assert.match(opaque.opaque ?? '', /expanded at run time/);
    assert.equal(opaque.openEnd, undefined);
    const open = only('kubectl get pods web-*');
    assert.match(open.openEnd ?? '', /every run starts with `kubectl get pods`/);
  });
});

describe('safeclaw explain --command', () => {
  test('prints the effective options, notes, side effects and each part decided, and exits by the decision', async (t) => {
    const dir = tempDir(t);
    cpSync(join(ROOT, 'test/shell/issue11/.safeclaw'), join(dir, '.safeclaw'), { recursive: true });
    const run = await runCli(['explain', '--command', 'kubectl apply -f k.yaml -n dev --namespace=prod'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /command 1: `kubectl apply --filename=k\.yaml --namespace=prod`/);
    assert.match(run.stdout, /options in effect: --filename=k\.yaml --namespace=prod/);
    assert.match(run.stdout, /- -n dev: overridden by the later --namespace=prod \(kubectl keeps the last value\)/);
    assert.match(run.stdout, /side effect: file\.read k\.yaml/);
    assert.match(run.stdout, /match +block-prod-deploy \(deny\)/);
    assert.match(run.stdout, /decision: deny — block-prod-deploy/);
    const json = await runCli(['explain', '--format', 'json', '--command', 'rsync -avn src/ backup/'], { cwd: dir });
    assert.equal(json.code, 0, json.stderr);
    const parsed = JSON.parse(json.stdout) as { commands: { options: string[]; notes: string[] }[] };
    assert.deepEqual(parsed.commands[0].options, ['-avn']);
  });
});

describe('safeclaw explain names who approves a matching require_approval rule', () => {
  test('the matching approval rule says how many approvals from whom', async (t) => {
    const dir = tempDir(t);
    cpSync(join(ROOT, 'test/shell/issue11/.safeclaw'), join(dir, '.safeclaw'), { recursive: true });
    writeFileSync(
      join(dir, '.safeclaw/policies/ask.yaml'),
      'rules:\n  - id: ask-helm\n    action: shell.execute\n    effect: require_approval\n    conditions:\n      command:\n        pattern: "helm upgrade*"\n    reason: "upgrades need a person"\n',
    );
    const run = await runCli(['explain', '--command', 'helm upgrade web ./c -n dev'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /match +ask-helm \(require_approval\): command matches "helm upgrade\*" — needs 1 approval from anyone with write access/);
  });
});
