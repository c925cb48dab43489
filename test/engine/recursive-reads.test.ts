// Recursive reads are judged for everything they can reach: a deny or approval
// pattern applies when some file under the folder could match it and pass the
// tool's filters; an allow pattern only when it covers every such file.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { evaluate } from '../../src/engine/evaluate.js';
import { PathReach, globsIntersect } from '../../src/shell/reach.js';
import type { ReadFilters } from '../../src/shell/programs/recursive-reads.js';
import { policyFrom, rule, rules, shellReady } from '../helpers/policy.js';

before(() => shellReady);

const SECRETS = '{**/.env,**/*secret*,**/*credential*,**/*.pem,**/*.key,**/kubeconfig}';

describe('which patterns a recursive read can reach', () => {
  const cases: [string, string, ReadFilters, boolean, string][] = [
    ['**/.env', '.', {}, true, 'an unfiltered read of the root reaches .env'],
    ['**/.env', 'infra', {}, true, 'and so does a read of any folder'],
    ['**/.env', '.', { include: ['*.tf'] }, false, '--include=*.tf cannot read a file named .env'],
    ['**/*secret*', '.', { include: ['*.tf'] }, true, 'but secrets.tf is a *.tf file with secret in its name'],
    ['**/*.pem', '.', { include: ['*.tf'] }, false, 'no *.tf file ends in .pem'],
    ['**/*.pem', '.', { include: ['*.p*'] }, true, 'x.pem is a *.p* file'],
    ['**/.env', '.', { exclude: ['.env'] }, false, '--exclude=.env skips it'],
    ['**/.env', '.', { exclude: ['*.env'] }, false, '--exclude=*.env skips it too'],
    ['**/.env', '.', { skipsHidden: true }, false, 'rg skips hidden files'],
    ['**/.git/config', '.', { skipsHidden: true }, false, 'and hidden folders'],
    ['**/secrets/**', '.', { excludeDir: ['secrets'] }, false, '--exclude-dir=secrets does not enter it'],
    ['**/secrets/**', 'secrets', { excludeDir: ['secrets'] }, true, 'unless the read starts inside it'],
    ['infra/**', 'docs', {}, false, 'a read of docs never reaches infra/'],
    ['infra/**', '.', {}, true, 'a read of the root does'],
    ['infra/prod/**', 'infra', {}, true, 'a read of infra reaches infra/prod/'],
    ['/etc/**', '.', {}, false, 'a read inside the repository never reaches /etc without links'],
    ['/etc/**', '.', { followsLinks: true }, true, 'with links followed it may'],
    ['/etc/shadow', '/', {}, true, 'a read of / reaches /etc/shadow'],
    ['/etc/shadow', '/var', {}, false, 'a read of /var does not'],
    ['~/.ssh/**', '.', {}, false, 'the repository holds no home folder'],
    ['~/.ssh/**', '~', {}, true, 'a read of ~ reaches ~/.ssh'],
    ['~', '.', {}, false, '~ is the home folder, not a file named ~'],
    ['~/.ssh/**', '/', {}, true, 'a read of / may reach a home folder'],
  ];
  for (const [pattern, dir, filters, expected, why] of cases) {
    test(`${pattern} from ${dir} ${JSON.stringify(filters)}: ${expected ? 'reached' : 'not reached'} (${why})`, () => {
      assert.equal(new PathReach(pattern).reaches(dir, filters), expected);
    });
  }
});

describe('which allow patterns cover a recursive read', () => {
  const cases: [string, string, ReadFilters, boolean, string][] = [
    ['**', '.', {}, true, 'everything'],
    ['**', '.', { followsLinks: true }, false, 'links may lead anywhere'],
    ['infra/**', 'infra/k8s', {}, true, 'a folder under infra'],
    ['infra/**', '.', {}, false, 'the root holds more than infra'],
    ['**/*.tf', '.', { include: ['*.tf'] }, true, 'every file read is a *.tf'],
    ['**/*.tf', '.', {}, false, 'without the include any file is read'],
    ['*.tf', '.', { include: ['main.tf'] }, true, 'a base-name pattern and a literal include'],
    ['{**/*.tf,**/*.md}', '.', { include: ['*.md'] }, true, 'one alternative covers'],
    ['**/*.tf', '.', { include: ['*.tf', '*.sh'] }, false, 'one include is not covered'],
    ['docs', '.', {}, false, 'a literal path covers nothing under another folder'],
  ];
  for (const [pattern, dir, filters, expected, why] of cases) {
    test(`${pattern} over ${dir} ${JSON.stringify(filters)}: ${expected ? 'covers' : 'does not cover'} (${why})`, () => {
      assert.equal(new PathReach(pattern).covers(dir, filters), expected);
    });
  }

  test('glob intersection: names two globs could both match', () => {
    assert.equal(globsIntersect('*secret*', '*.tf'), true);
    assert.equal(globsIntersect('*.pem', '*.tf'), false);
    assert.equal(globsIntersect('[a-c]*', '[d-f]*'), false);
    assert.equal(globsIntersect('[a-z]x', '[m]?'), true);
    assert.equal(globsIntersect('kubeconfig', '*.tf'), false);
    assert.equal(globsIntersect('kubeconfig', 'kube*'), true);
  });
});

describe('decisions', () => {
  const policy = policyFrom(
    rules(
      rule('allow-tools', 'shell.execute', 'allow', { command: ['grep *', 'rg *', 'cp *', 'tar *', 'zip *', 'rsync *', 'diff *', 'scp *', 'find *', 'cat *'] }),
      rule('allow-repo-reads', 'file.read', 'allow', { path: '**' }),
      rule('allow-scratch-writes', 'file.write', 'allow', { path: 'out/**' }),
      rule('no-secrets', 'file.read', 'deny', { path: SECRETS }),
      rule('state-needs-review', 'file.read', 'require_approval', { path: '**/*.tfstate' }),
    ),
  );
  const onlyReads = policyFrom(
    rules(rule('allow-grep', 'shell.execute', 'allow', { command: 'grep *' }), rule('allow-repo-reads', 'file.read', 'allow', { path: '**' })),
  );
  const decide = (command: string, p = policy) => evaluate(p, { type: 'shell.execute', command });

  const verdicts: [string, 'allow' | 'deny' | 'require_approval', string | null, string][] = [
    ['grep -r key .', 'deny', 'no-secrets', 'grep -r reaches .env'],
    ['grep -R key .', 'deny', 'no-secrets', '-R too'],
    ['grep --recursive key .', 'deny', 'no-secrets', '--recursive too'],
    ['grep -d recurse key .', 'deny', 'no-secrets', '-d recurse too'],
    ['grep --directories=recurse key .', 'deny', 'no-secrets', '--directories=recurse too'],
    ['grep -r key', 'deny', 'no-secrets', 'with no operand grep -r searches the folder it runs in'],
    ["grep -rl x --include=.env .", 'deny', 'no-secrets', 'an include that names the secret'],
    ["grep -rn --include='*.tf' x .", 'deny', 'no-secrets', 'secrets.tf is a *.tf file the rule names'],
    ["grep -rn --include='*.tf' --exclude='*secret*' --exclude='*credential*' x .", 'allow', 'allow-repo-reads', 'no file the rules name can pass these filters'],
    ["grep -rn --include='*.md' --exclude='*secret*' --exclude='*credential*' x docs", 'allow', 'allow-repo-reads', 'the same under docs'],
    ["grep -rn --exclude='*secret*' --exclude='*credential*' --include='*.tf' x .", 'deny', 'no-secrets', 'grep: the last matching filter wins (secrets.tf is included again), and with an --exclude first every other file is read too'],
    ["grep -rn --include='*.tf' --exclude='*secret*' --include='*.md' --exclude='*credential*' x .", 'deny', 'no-secrets', 'an --include after an --exclude undoes it for names both match'],
    ["rg -g '!*secret*' -g '*.tf' key", 'deny', 'no-secrets', 'rg: a later glob overrides an earlier negation'],
    ["grep -rn --include='*.tfstate' --exclude='*secret*' --exclude='*credential*' x .", 'require_approval', 'state-needs-review', 'state files need a review'],
    ['rg key --hidden', 'deny', 'no-secrets', 'rg --hidden reads .env'],
    ['rg -uu key', 'deny', 'no-secrets', 'rg -uu too'],
    ["rg -g '*.md' -g '!*secret*' -g '!*credential*' key", 'allow', 'allow-repo-reads', 'rg globs narrow it'],
    ["rg -t md -g '!*secret*' -g '!*credential*' key", 'allow', 'allow-repo-reads', 'rg file types narrow it'],
    ['cp -r config out/config', 'deny', 'no-secrets', 'cp -r reads every file under config'],
    ['cp config/app.yaml out/app.yaml', 'allow', 'allow-repo-reads', 'a plain copy reads one file'],
    ['tar -czf out/all.tgz .', 'deny', 'no-secrets', 'tar reads everything under .'],
    ['tar -czf out/etc.tgz -C / etc', 'deny', 'no-secrets', 'tar -C / etc reads /etc'],
    ['zip -r out/all.zip .', 'deny', 'no-secrets', 'zip -r reads everything'],
    ['rsync -a config/ out/config/', 'deny', 'no-secrets', 'rsync -a reads everything under config'],
    ['rsync -a --dry-run config/ out/config/', 'allow', 'allow-repo-reads', 'a dry run lists names and writes nothing'],
    ['diff -r a b', 'deny', 'no-secrets', 'diff -r reads both trees'],
    ['scp -r config host:x', 'deny', 'no-secrets', 'scp -r reads everything under config'],
  ];
  for (const [command, decision, ruleId, why] of verdicts) {
    test(`${command} → ${decision}: ${why}`, () => {
      const d = decide(command);
      const parts = d.parts.map((p) => `${p.kind} ${p.text} → ${p.decision} ${p.rule ?? ''}: ${p.reason}`).join('\n');
      assert.equal(d.decision, decision, parts);
      if (ruleId) assert.ok(d.matchedRules.includes(ruleId), parts);
    });
  }

  test('under file.read ** alone, grep -rn --include=*.tf x . is allowed (issue 11 class 6)', () => {
    assert.equal(decide("grep -rn --include='*.tf' x .", onlyReads).decision, 'allow');
  });

  test('grep -R follows links, which may lead out of the repository: ** does not cover it', () => {
    const d = decide('grep -R x .', onlyReads);
    assert.equal(d.decision, 'deny');
    assert.match(d.reason, /following links/);
  });

  test('the reason says what the read reaches and how to narrow it', () => {
    const d = decide('grep -r key .');
    assert.match(d.reason, /everything under \./);
    assert.match(d.reason, /--include/);
  });

  test('explain traces a recursive read like any other part', () => {
    const d = evaluate(policy, { type: 'shell.execute', command: 'grep -r key .' }, { trace: true });
    const read = d.parts.find((p) => p.kind === 'implied')!;
    assert.ok(read.trace?.some((t) => t.rule === 'no-secrets' && t.matched));
  });

  test('a tree copied may write anything under its target: rsync src/ dst/ and cp -r src/. dst put src\'s contents in dst itself', () => {
    const p = policyFrom(
      rules(
        rule('allow-copy', 'shell.execute', 'allow', { command: ['rsync *', 'cp *'] }),
        rule('allow-reads', 'file.read', 'allow', { path: '**' }),
        rule('allow-writes', 'file.write', 'allow', { path: '**' }),
        rule('review-workflows', 'file.write', 'require_approval', { path: '.github/workflows/**' }),
      ),
    );
    const decide = (command: string) => evaluate(p, { type: 'shell.execute', command }).decision;
    assert.equal(decide('rsync -a evil/ .github/'), 'require_approval');
    assert.equal(decide('cp -r evil/. .github'), 'require_approval');
    assert.equal(decide('cp -rT evil .github'), 'require_approval');
    assert.equal(decide('rsync -a docs/ site/'), 'allow');
  });

  test('a tar archive extracted may write anything under the folder it extracts to', () => {
    const p = policyFrom(
      rules(
        rule('allow-tar', 'shell.execute', 'allow', { command: 'tar *' }),
        rule('allow-reads', 'file.read', 'allow', { path: '**' }),
        rule('allow-writes', 'file.write', 'allow', { path: '**' }),
        rule('review-workflows', 'file.write', 'require_approval', { path: '.github/workflows/**' }),
      ),
    );
    assert.equal(evaluate(p, { type: 'shell.execute', command: 'tar -xzf payload.tgz' }).decision, 'require_approval');
    assert.equal(evaluate(p, { type: 'shell.execute', command: 'tar -xzf payload.tgz -C docs' }).decision, 'allow');
  });
});
