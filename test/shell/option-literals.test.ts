// Option-like literals in allow patterns match only real option words, for any
// program; `--dry-run` counts only where the program has it and it is in effect;
// a run-time word is harmless only where no value of it could change the
// decision (src/shell/allow-text.ts, programs/dry-run.ts, open-end.ts).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { evaluate } from '../../src/engine/evaluate.js';
import { dryRunOf, optionWord } from '../../src/shell/allow-text.js';
import { NOT_OPTION_DASH } from '../../src/policy/glob.js';
import type { PolicySet, Verdict } from '../../src/types.js';
import { policyFrom, rule, rules, shellReady } from '../helpers/policy.js';

before(() => shellReady);

const decide = (policy: PolicySet, command: string): Verdict => evaluate(policy, { type: 'shell.execute', command }).decision;

describe('option-like literals match only real option words, for any program', () => {
  const policy = policyFrom(
    rules(
      rule('allow-dry-run', 'shell.execute', 'allow', { command: '*--dry-run*' }),
      rule('allow-dev', 'shell.execute', 'allow', { command: '*--namespace=dev*' }),
      rule('allow-auto', 'shell.execute', 'allow', { command: 'tool *-auto-approve*' }),
    ),
  );
  const cases: [string, Verdict, string][] = [
    ["mysql -e 'DROP DATABASE app; -- --dry-run'", 'deny', 'inside a quoted argument'],
    ['foo --cache-dir=/tmp/--dry-run', 'deny', "inside another option's value"],
    ['foo --field-selector=x!=--dry-run', 'deny', "inside another option's value"],
    ['foo -- --dry-run', 'deny', 'after --, an operand'],
    ['foo https://example.com/--dry-run', 'deny', 'inside a URL'],
    ['foo ./--dry-run', 'deny', 'inside a path'],
    ['foo -e--dry-run', 'deny', 'the attached value of -e'],
    ["foo '--x --dry-run'", 'deny', 'one word whose option name is "x --dry-run"'],
    ['foo --a--dry-run', 'deny', 'a longer option name'],
    ['psql -c"DROP TABLE x;--dry-run"', 'deny', 'the attached value of -c'],
    ['foo --namespace=dev', 'allow', 'the real option of a program with no table'],
    ['foo --namespace=dev --x=1', 'allow', 'the real option, then another'],
    ['foo --label=--namespace=dev', 'deny', "another option's value"],
    ["foo 'a --namespace=dev'", 'deny', 'a quoted operand'],
    ['foo -- --namespace=dev', 'deny', 'after --'],
    ['tool plan -auto-approve', 'allow', 'a single-dash option word'],
    ['tool plan -var=x-auto-approve', 'deny', "inside -var's value"],
  ];
  for (const [command, expected, why] of cases) {
    test(`${command} is ${expected}: ${why}`, () => assert.equal(decide(policy, command), expected));
  }

  test('only the name of an option word keeps real dashes', () => {
    const stand = (s: string) => s.replaceAll('-', NOT_OPTION_DASH);
    assert.equal(optionWord('--namespace=dev-1'), `--namespace=${stand('dev-1')}`);
    assert.equal(optionWord('-e--dry-run'), `-e${stand('--dry-run')}`);
    assert.equal(optionWord('--x --dry-run'), `--x${stand(' --dry-run')}`);
    assert.equal(optionWord('-auto-approve'), '-auto-approve');
    assert.equal(optionWord('---x'), stand('---x'));
  });
});

describe('a dry-run option counts only for a program that has it, in effect', () => {
  const policy = policyFrom(rules(rule('allow-dry-run', 'shell.execute', 'allow', { command: '*--dry-run*' }), rule('reads', 'file.read', 'allow', { path: '**' })));
  const cases: [string, Verdict, string][] = [
    ['rsync -n src/ backup/', 'allow', "rsync's -n is --dry-run"],
    ['rsync -avn src/ backup/', 'allow', 'in a cluster of flags'],
    ['rsync -av --dry-run src/ backup/', 'allow', 'the long spelling'],
    ['rsync -f -n src/ backup/', 'deny', '-f takes "-n" as its filter rule'],
    ['rsync -fn src/ backup/', 'deny', 'the filter rule "n"'],
    ['rsync --exclude -n src/ backup/', 'deny', '--exclude takes "-n"'],
    ['rsync --frobnicate -n src/ backup/', 'deny', 'an unknown option might take "-n" as its value'],
    ['rsync --dry-run --no-dry-run src/ backup/', 'deny', 'negated after'],
    ['git clean -n', 'allow', "git clean's -n"],
    ['git clean -fdn', 'allow', 'in a cluster'],
    ['git clean -f --dry-run', 'allow', 'the long spelling wins over nothing'],
    ['git clean -f -e -n', 'deny', '-e takes "-n" as an exclude pattern (checked with git)'],
    ['git clean -n --no-dry', 'deny', 'an abbreviated negation (checked with git)'],
    ['git clean -n --no-dry-run -f', 'deny', 'negated'],
    ['git clean --dry-run=1', 'deny', 'git refuses a value; not counted'],
    ['git -C sub clean -n', 'allow', 'after a global option with a value'],
    ['git fetch -n origin', 'deny', 'git fetch -n is --no-tags'],
    ['git commit -n -m x', 'deny', 'git commit -n is --no-verify'],
    ['git commit --dry-run -m x', 'allow', "git commit's --dry-run"],
    ['git rebase --dry-run', 'deny', 'git rebase has no dry run'],
    ['kubectl apply -f k.yaml --dry-run=client', 'allow', "kubectl's client dry run"],
    ['kubectl apply -f k.yaml --dry-run=server', 'allow', "kubectl's server dry run"],
    ['kubectl apply -f k.yaml --dry-run=none', 'deny', '=none is a real run'],
    ['kubectl apply -f k.yaml --dry-run=client --dry-run=none', 'deny', 'the last value wins'],
    ['kubectl apply -f k.yaml --dry-run=False', 'deny', 'a false boolean spelling'],
    ['kubectl foo --dry-run=client', 'deny', 'a plugin: kubectl-foo, any program'],
    ['helm install web ./c --dry-run', 'allow', "helm's dry run"],
    ['helm install web ./c --dry-run=server', 'allow', 'helm >= 3.13 server dry run'],
    ['helm install web ./c --dry-run=none', 'deny', 'a real install'],
    ['aws ec2 run-instances --dry-run', 'allow', "aws's dry run"],
    ['aws ec2 run-instances --dry-run --no-dry-run', 'deny', 'negated last'],
    ['rm -rf / --dry-run', 'deny', 'rm has no dry run'],
    ['make -n deploy --dry-run', 'deny', 'make -n still runs $(MAKE) and + lines'],
    ['npm publish --dry-run', 'deny', 'npm reads dry-run from the environment and .npmrc too'],
    ['terraform apply --dry-run', 'deny', 'terraform has no dry run'],
  ];
  for (const [command, expected, why] of cases) {
    test(`${command} is ${expected}: ${why}`, () => assert.equal(decide(policy, command), expected));
  }

  test('rsync -n is also written --dry-run, so a rule on the long name covers it', () => {
    const p = policyFrom(rules(rule('allow-rsync-dry', 'shell.execute', 'allow', { command: 'rsync *--dry-run *' }), rule('reads', 'file.read', 'allow', { path: '**' })));
    assert.equal(decide(p, 'rsync -avn src/ backup/'), 'allow');
    assert.equal(decide(p, 'rsync -av src/ backup/'), 'deny');
  });

  test('the dry-run state follows the last spelling', () => {
    assert.deepEqual(dryRunOf('rsync', ['rsync', '-av', '--dry-run']), { on: true, at: 2 });
    assert.equal(dryRunOf('rsync', ['rsync', '-n', '--no-n']).on, false);
    assert.equal(dryRunOf('git', ['git', 'clean', '--dry-run', '--', '-n']).on, true);
    assert.equal(dryRunOf('git', ['git', 'clean', '-f', '--', '-n']).on, false);
    assert.equal(dryRunOf('foo', ['foo', '--dry-run']).on, false);
  });

  test('git itself agrees on the spellings above (real git, scratch repository)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'safeclaw-dry-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    git('init', '-q');
    const spellings: [string[], boolean][] = [
      [['clean', '-n'], true],
      [['clean', '-fdn'], true],
      [['clean', '-f', '-e', '-n'], false],
      [['clean', '-n', '--no-dry', '-f'], false],
      [['clean', '-f', '--dry-run', '--no-dry-run'], false],
    ];
    for (const [args, dry] of spellings) {
      writeFileSync(join(dir, 'victim'), 'x');
      try {
        git(...args);
      } catch {
        /* refused: nothing removed */
      }
      const survived = readdirSync(dir).includes('victim');
      assert.equal(survived, dry, `git ${args.join(' ')}: victim ${survived ? 'kept' : 'removed'}`);
      assert.equal(dryRunOf('git', ['git', ...args]).on, dry, `dryRunOf(git ${args.join(' ')})`);
    }
  });
});

describe('a run-time word need not be opaque when no value of it could change the decision', () => {
  const allowReads = rules(
    rule('allow-get', 'shell.execute', 'allow', { command: ['kubectl get*', 'kubectl describe*', 'echo *', 'ls*'] }),
  );
  const open = policyFrom(allowReads);
  const cases: [PolicySet, string, Verdict, string][] = [
    [open, 'kubectl get pods web-*', 'allow', 'every expansion starts with "web-": an operand'],
    [open, 'kubectl get "pod/$P"', 'allow', 'one word starting with a literal: an operand'],
    [open, 'kubectl describe pods -- $P', 'allow', 'after --: operands, even split'],
    [open, 'kubectl get *-pod', 'deny', 'the glob may expand to a file named --kubeconfig=secret-pod'],
    [open, 'kubectl get $X', 'deny', 'may split into options'],
    [open, 'kubectl get pods "$X"', 'deny', 'may be an option'],
    [open, 'kubectl get pods -o "$F"', 'deny', 'the value of -o (go-template-file=… reads a file)'],
    [open, 'kubectl get pods -n x "pod/$P"', 'allow', 'an operand after the value of -n, not an option'],
    [open, 'echo "$(<.env)"', 'deny', 'the content of .env, a read the parts do not show'],
    [open, 'kubectl $X pods', 'deny', 'the subcommand is unknown'],
    [open, 'ls | xargs kubectl get', 'deny', 'xargs appends words that may be options'],
    [open, 'echo $((2+3))', 'allow', 'constant arithmetic'],
    [open, 'ls | xargs -n1 echo', 'allow', 'echo prints whatever it gets'],
    [open, 'ls infra/*.tf', 'allow', 'ls implies nothing, whatever it lists'],
    [open, 'echo ${x:-`terraform apply`}', 'deny', 'a substitution the parser could not walk'],
    [policyFrom(allowReads, rules(rule('no-secret', 'shell.execute', 'deny', { command: 'kubectl get secret*' }))),
      'kubectl get $X', 'deny', 'a deny pattern could match a value'],
    [policyFrom(allowReads, rules(rule('no-secret', 'shell.execute', 'deny', { command: 'kubectl get secret*' }))),
      'kubectl get pods web-*', 'allow', 'no value starting "kubectl get pods " is a secret get'],
    [policyFrom(allowReads, rules(rule('no-prod', 'shell.execute', 'deny', { command: '*--namespace=prod*' }))),
      'kubectl get pods web-*', 'deny', 'a deny pattern starting with * could match some value'],
    [policyFrom(allowReads, rules(rule('ask-describe', 'shell.execute', 'require_approval', { command: 'kubectl describe pods*' }))),
      'kubectl describe pods web-*', 'require_approval', 'an approval pattern matches the known start'],
  ];
  for (const [policy, command, expected, why] of cases) {
    test(`${command} is ${expected}: ${why}`, () => assert.equal(decide(policy, command), expected));
  }

  test('an allow pattern must end in * to cover what follows the known start', () => {
    const exact = policyFrom(rules(rule('allow-one', 'shell.execute', 'allow', { command: 'kubectl get pods web-1' })));
    assert.equal(decide(exact, 'kubectl get pods web-*'), 'deny');
    const longer = policyFrom(rules(rule('allow-long', 'shell.execute', 'allow', { command: 'kubectl get pods web-1*' })));
    assert.equal(decide(longer, 'kubectl get pods web-*'), 'deny');
  });
});
