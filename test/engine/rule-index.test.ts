// The rule index only skips rules that cannot match: deciding with it must give
// exactly what trying every rule gives. `evaluate` with `trace` tries every rule
// (the trace lists them all), so the two paths are compared through it, on the
// benchmark's requests and on random policies and commands built to reach the
// index's corners (dashes in and out of options, dry-run spellings, opaque
// commands, `--flag=value` spellings, dot segments, wildcards at every place).
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { evaluate } from '../../src/engine/evaluate.js';
import { candidateRules, literalPrefix, namePrefix, requiredPrefixes } from '../../src/engine/rule-index.js';
import { GlobError } from '../../src/policy/glob.js';
import { PolicyError } from '../../src/policy/errors.js';
import type { Action, Decision, PolicySet } from '../../src/types.js';
import { largePolicySet } from '../../bench/generate-policy.js';
import { REQUEST_GROUPS } from '../../bench/requests.js';
import { policyFrom, rule, rules, shellReady } from '../helpers/policy.js';

before(() => shellReady);

/** A decision without the per-rule trace. */
function untraced(decision: Decision): unknown {
  return { ...decision, parts: decision.parts.map(({ trace: _trace, ...part }) => part) };
}

function assertSameBothWays(policySet: PolicySet, action: Action): void {
  assert.deepEqual(untraced(evaluate(policySet, action)), untraced(evaluate(policySet, action, { trace: true })), JSON.stringify(action));
}

describe('rule index', () => {
  test('a rule is filed under the literal prefixes of its patterns, braces expanded', () => {
    const p = policyFrom(rules(rule('r', 'shell.execute', 'deny', { command: ['{helm,kubectl} apply*', 'terraform destroy -target=x *', 'ls*'] })));
    assert.deepEqual([...(requiredPrefixes(p.rules[0], 'command', 'command')?.texts ?? [])].sort(), ['helm apply', 'kubectl apply', 'ls', 'terraform destroy -target=x ']);
  });

  test('an allow pattern on commands stops before its first option word (other spellings of options are tried for allow rules)', () => {
    assert.equal(literalPrefix('rsync -av --dry-run src/*', 'command', 'allow'), 'rsync ');
    assert.equal(literalPrefix('rsync -av --dry-run src/*', 'command', 'deny'), 'rsync -av --dry-run src/');
    assert.equal(literalPrefix('terraform plan -out=*', 'command', 'allow'), 'terraform plan ');
    assert.equal(literalPrefix('-x*', 'command', 'allow'), '');
    assert.equal(literalPrefix('docker-compose up*', 'command', 'allow'), 'docker-compose up');
  });

  test('path prefixes stop before dot and empty segments and drop a trailing slash (a/** matches a)', () => {
    assert.equal(literalPrefix('services/svc-4/**', 'path', 'deny'), 'services/svc-4');
    assert.equal(literalPrefix('a/./b/**', 'path', 'deny'), 'a');
    assert.equal(literalPrefix('a/../b/*', 'path', 'deny'), 'a');
    assert.equal(literalPrefix('a//b/*', 'path', 'deny'), 'a');
    assert.equal(literalPrefix('/etc/passwd', 'path', 'deny'), '/etc/passwd');
    assert.equal(literalPrefix('infra/.env*', 'path', 'deny'), 'infra/.env');
    assert.equal(literalPrefix('*.pem', 'path', 'deny'), '');
    assert.equal(literalPrefix('./secrets/**', 'path', 'deny'), '');
  });

  test('a path is tried against rules for the prefixes of its text, and any path', () => {
    const p = policyFrom(
      rules(
        rule('a-svc1', 'file.read', 'deny', { path: 'services/svc-1/**' }),
        rule('b-svc2', 'file.read', 'deny', { path: 'services/svc-2/**' }),
        rule('c-services', 'file.read', 'deny', { path: 'services/*/secrets/**' }),
        rule('d-any', 'file.read', 'deny', { path: '*.pem' }),
      ),
    );
    assert.deepEqual(candidateRules(p, 'file.read', { path: 'services/svc-2/a.ts' }).map((r) => r.id), ['b-svc2', 'c-services', 'd-any']);
    assert.deepEqual(candidateRules(p, 'file.read', { path: 'services/svc-9/a.ts' }).map((r) => r.id), ['c-services', 'd-any']);
    assert.deepEqual(candidateRules(p, 'file.read', { path: 'src/a.ts' }).map((r) => r.id), ['d-any']);
  });

  for (const [pattern, why] of [
    ['*--dry-run*', 'a leading wildcard'],
    ['"terraform" apply*', 'quotes, which picomatch removes'],
    ['!(ls) *', 'an extglob'],
    ['[t]erraform apply*', 'a bracket expression'],
    ['\\terraform apply*', 'an escape'],
    ['?s -la', 'a leading ?'],
  ]) {
    test(`a command pattern with ${why} is tried on every command`, () => {
      const p = policyFrom(rules(rule('r', 'shell.execute', 'deny', { command: pattern })));
      assert.equal(requiredPrefixes(p.rules[0], 'command', 'command'), null);
    });
  }

  test('a wildcard inside the first word no longer means "any command": ls* and iptables* are filed under ls and iptables', () => {
    const p = policyFrom(
      rules(
        rule('a-ls', 'shell.execute', 'allow', { command: 'ls*' }),
        rule('b-iptables', 'shell.execute', 'deny', { command: 'iptables*' }),
        rule('c-any', 'shell.execute', 'allow', { command: '*--dry-run*' }),
      ),
    );
    assert.deepEqual(candidateRules(p, 'shell.execute', { command: 'ls -la' }).map((r) => r.id), ['a-ls', 'c-any']);
    assert.deepEqual(candidateRules(p, 'shell.execute', { command: 'lsblk' }).map((r) => r.id), ['a-ls', 'c-any']);
    assert.deepEqual(candidateRules(p, 'shell.execute', { command: 'iptables -F' }).map((r) => r.id), ['b-iptables', 'c-any']);
    assert.deepEqual(candidateRules(p, 'shell.execute', { command: 'git status' }).map((r) => r.id), ['c-any']);
  });

  test('a path pattern with a leading ./ (which picomatch drops) is tried on every path', () => {
    const p = policyFrom(rules(rule('r', 'file.read', 'deny', { path: './secrets/**' })));
    assert.equal(requiredPrefixes(p.rules[0], 'path', 'path'), null);
  });

  test('a path pattern without a slash (a base name anywhere) that starts with a wildcard is tried on every path', () => {
    const p = policyFrom(rules(rule('r', 'file.read', 'deny', { path: '*.pem' })));
    assert.equal(requiredPrefixes(p.rules[0], 'path', 'path'), null);
  });

  test('a base-name path pattern (no slash, or **/ and a plain segment) is filed under the literal start of the name', () => {
    const p = policyFrom(rules(rule('r', 'file.read', 'deny', { path: ['{**/.env.svc0,**/svc-0-credentials.json}', 'id_rsa*', 'infra/**'] })));
    const prefixes = requiredPrefixes(p.rules[0], 'path', 'path');
    assert.deepEqual([...(prefixes?.names ?? [])].sort(), ['.env.svc0', 'id_rsa', 'svc-0-credentials.json']);
    assert.deepEqual([...(prefixes?.texts ?? [])], ['infra']);
  });

  test('a **/ pattern whose last segment could take a / (brackets, extglobs, escapes) or that has more segments is not filed by name', () => {
    for (const pattern of ['**/x[^a]y', '**/+(a|b/c)', '**/x\\y', '**/a/b', '**/**/x']) assert.equal(namePrefix(pattern), null, pattern);
    assert.equal(namePrefix('**/.env.*'), '.env.');
    assert.equal(namePrefix('kubeconfig'), 'kubeconfig');
  });

  test('a path is tried against the rules filed under its base name too, a trailing slash aside', () => {
    const p = policyFrom(
      rules(
        rule('a-env', 'file.read', 'deny', { path: '**/.env' }),
        rule('b-key', 'file.read', 'deny', { path: 'id_rsa*' }),
        rule('c-svc', 'file.read', 'deny', { path: 'services/**' }),
        rule('d-any', 'file.read', 'deny', { path: '*.pem' }),
      ),
    );
    const ids = (path: string, forms?: string[]) => candidateRules(p, 'file.read', { path }, forms).map((r) => r.id);
    assert.deepEqual(ids('services/a/.env'), ['a-env', 'c-svc', 'd-any']);
    assert.deepEqual(ids('.env/'), ['a-env', 'd-any']);
    assert.deepEqual(ids('x/id_rsa.pub'), ['b-key', 'd-any']);
    assert.deepEqual(ids('x/README.md'), ['d-any']);
    assert.deepEqual(ids('X/.ENV', ['x/.env']), ['a-env', 'd-any']);
  });

  test('a command is tried only against rules for prefixes of it (and of its other spellings) and rules for any command', () => {
    const p = policyFrom(
      rules(
        rule('a-kubectl', 'shell.execute', 'deny', { command: 'kubectl apply*' }),
        rule('b-terraform', 'shell.execute', 'deny', { command: 'terraform apply*' }),
        rule('c-any', 'shell.execute', 'allow', { command: '*--dry-run*' }),
        rule('d-helm-spaced', 'shell.execute', 'deny', { command: 'helm install x --namespace prod*' }),
      ),
    );
    assert.deepEqual(candidateRules(p, 'shell.execute', { command: 'terraform apply x' }).map((r) => r.id), ['b-terraform', 'c-any']);
    assert.deepEqual(candidateRules(p, 'shell.execute', { command: 'ls -la' }).map((r) => r.id), ['c-any']);
    assert.deepEqual(
      candidateRules(p, 'shell.execute', { command: 'helm install x --namespace=prod' }, ['helm install x --namespace prod']).map((r) => r.id),
      ['c-any', 'd-helm-spaced'],
    );
  });

  test('rules keep their id order whichever prefixes found them', () => {
    const p = policyFrom(
      rules(
        rule('a', 'shell.execute', 'deny', { command: 'kubectl apply -f x*' }),
        rule('b', 'shell.execute', 'deny', { command: 'kubectl*' }),
        rule('c', 'shell.execute', 'deny', { command: 'kubectl apply*' }),
        rule('d', 'shell.execute', 'deny', { command: '*' }),
      ),
    );
    assert.deepEqual(candidateRules(p, 'shell.execute', { command: 'kubectl apply -f x.yaml' }).map((r) => r.id), ['a', 'b', 'c', 'd']);
    assert.deepEqual(candidateRules(p, 'shell.execute', { command: 'kubectl get pods' }).map((r) => r.id), ['b', 'd']);
  });

  test('on the 1,000-rule policy, a command of the benchmark mix is tried against few of its 500 command rules', () => {
    const policySet = largePolicySet(1000);
    const tried: number[] = [];
    for (const action of REQUEST_GROUPS[0].actions) {
      if (action.type !== 'shell.execute') continue;
      for (const part of evaluate(policySet, action).parts) {
        if (part.kind !== 'command') continue;
        tried.push(candidateRules(policySet, 'shell.execute', { command: part.text }).length);
      }
    }
    const average = tried.reduce((a, b) => a + b, 0) / tried.length;
    assert.ok(average < 30, `average ${average.toFixed(1)} command rules tried of ${policySet.byType['shell.execute'].length}`);
  });

  test('every request of the benchmark gets the same decision with and without the index (1,000-rule policy)', () => {
    const policySet = largePolicySet(1000);
    for (const group of REQUEST_GROUPS) for (const action of group.actions) assertSameBothWays(policySet, action);
  });

  test('random policies and requests get the same decision with and without the index', () => {
    const fragment = fc.constantFrom(
      'kubectl', 'apply', 'terraform', 'a', 'ab', '.env', 'x.pem', '--namespace=dev', '--namespace', 'dev', '--dry-run', 'infra', 'svc-1',
      '*', '**', '?', '[ab]', '{a,ab}', '{kubectl,terraform}', '"a"', '!', '@(a)', '\\*', '.', '..', './', '../', ':', '%', '=',
      'rsync', '-avn', '-av', '-n', 'ls', 'lsblk', '-la', 'docker-compose', 'x-y', '-chdir=envs/a-b', '$X', '"$Y"', '-', '--', '/', '~', 'sudo', 'bash -c',
    );
    const separator = fc.constantFrom(' ', '/', '', '=');
    const text = fc.array(fc.tuple(fragment, separator), { minLength: 1, maxLength: 5 }).map((parts) => parts.map(([f, s]) => f + s).join(''));
    const ruleSpec = fc.record({
      action: fc.constantFrom('shell.execute', 'file.read', 'file.write', 'network.request'),
      effect: fc.constantFrom('allow', 'deny', 'require_approval'),
      patterns: fc.array(text, { minLength: 1, maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.array(ruleSpec, { minLength: 1, maxLength: 8 }), fc.array(text, { minLength: 1, maxLength: 4 }), (specs, texts) => {
        let policySet: PolicySet;
        try {
          policySet = policyFrom(
            rules(
              ...specs.map((s, i) => {
                const key = s.action === 'shell.execute' ? 'command' : s.action === 'network.request' ? 'destination' : 'path';
                return rule(`r${i}`, s.action, s.effect, { [key]: s.patterns });
              }),
            ),
          );
        } catch (error) {
          if (error instanceof PolicyError || error instanceof GlobError) return; // not a valid policy: nothing to compare
          throw error;
        }
        for (const t of texts) {
          for (const action of [
            { type: 'shell.execute', command: t },
            { type: 'file.read', path: t },
            { type: 'file.write', path: t, change: 'added' },
            { type: 'network.request', destination: t },
          ] as Action[]) {
            assertSameBothWays(policySet, action);
          }
        }
      }),
      { numRuns: 600 },
    );
  });

  test('random base-name and folder path patterns and paths get the same decision with and without the index', () => {
    const patternPiece = fc.constantFrom('**/', '**', '*', '?', '/', '.env', '.env.', 'a', 'b', 'A', '.', '..', '-', 'x.pem', '~', '[ab]', '[!a]', '{a,b}', '{**/a,b/*}', '+(a|b/c)', '\\', 'id_rsa', 'a/b', 'a[/]b', 'a?b');
    const pathPiece = fc.constantFrom('a', 'b', 'A', '.env', '.ENV', '.env.x', 'x.pem', 'id_rsa.pub', '/', '//', '.', '..', '~', 'a/b', 'b/c', 'x/a/b', 'x/a/', '-', ' ');
    const pattern = fc.array(patternPiece, { minLength: 1, maxLength: 5 }).map((p) => p.join(''));
    const path = fc.array(pathPiece, { minLength: 1, maxLength: 6 }).map((p) => p.join(''));
    const ruleSpec = fc.record({ action: fc.constantFrom('file.read', 'file.write'), effect: fc.constantFrom('allow', 'deny', 'require_approval'), patterns: fc.array(pattern, { minLength: 1, maxLength: 2 }) });
    fc.assert(
      fc.property(fc.array(ruleSpec, { minLength: 1, maxLength: 8 }), fc.array(path, { minLength: 1, maxLength: 4 }), (specs, paths) => {
        let policySet: PolicySet;
        try {
          policySet = policyFrom(rules(...specs.map((s, i) => rule(`r${i}`, s.action, s.effect, { path: s.patterns }))));
        } catch (error) {
          if (error instanceof PolicyError || error instanceof GlobError) return;
          throw error;
        }
        for (const p of paths) {
          assertSameBothWays(policySet, { type: 'file.read', path: p });
          assertSameBothWays(policySet, { type: 'file.write', path: p, change: 'modified' });
          assertSameBothWays(policySet, { type: 'shell.execute', command: `cat ${p}` });
        }
      }),
      { numRuns: 1500, seed: 20261203 },
    );
  });

  test('commands of the issue-11 corpus, under random rules cut from their own canonical texts, get the same decision with and without the index', () => {
    const dir = join(import.meta.dirname, '..', 'shell', 'issue11');
    const commands = [
      ...readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .flatMap((f) => (parse(readFileSync(join(dir, f), 'utf8')) as { command?: string }[]).map((c) => c.command).filter((c): c is string => typeof c === 'string')),
      ...REQUEST_GROUPS.flatMap((g) => g.actions).flatMap((a) => (a.type === 'shell.execute' ? [a.command] : [])),
    ];
    assert.ok(commands.length > 300, `corpus read: ${commands.length} commands`);
    // The texts patterns are really tried on: each part's canonical text, from a decision with no rules.
    const empty = policyFrom('rules: []\n');
    const texts = [...new Set(commands.flatMap((c) => evaluate(empty, { type: 'shell.execute', command: c }).parts.map((p) => p.text)))].filter((t) => t.length > 0);
    const pattern = fc
      .record({ text: fc.constantFrom(...texts), cut: fc.nat(), star: fc.nat(), tail: fc.boolean(), dash: fc.boolean() })
      .map(({ text, cut, star, tail, dash }) => {
        let p = text.slice(0, 1 + (cut % text.length));
        const at = star % (p.length + 1);
        if (star % 3 === 0) p = p.slice(0, at) + '*' + p.slice(at);
        if (dash) p = p.replace(' -', ' --');
        return tail ? p + '*' : p;
      })
      .filter((p) => p.trim() !== '' && !/[\x00-\x1f"\\]/.test(p));
    const ruleSpec = fc.record({ effect: fc.constantFrom('allow', 'deny', 'require_approval'), patterns: fc.array(pattern, { minLength: 1, maxLength: 2 }) });
    let decided = 0;
    let named = 0;
    fc.assert(
      fc.property(fc.array(ruleSpec, { minLength: 1, maxLength: 10 }), fc.array(fc.constantFrom(...commands), { minLength: 1, maxLength: 4 }), (specs, picked) => {
        let policySet: PolicySet;
        try {
          policySet = policyFrom(rules(...specs.map((s, i) => rule(`r${i}`, 'shell.execute', s.effect, { command: s.patterns }))));
        } catch (error) {
          if (error instanceof PolicyError || error instanceof GlobError) return;
          throw error;
        }
        for (const command of picked) {
          assertSameBothWays(policySet, { type: 'shell.execute', command });
          decided++;
          if (evaluate(policySet, { type: 'shell.execute', command }).parts.some((p) => p.rule !== null)) named++;
        }
      }),
      // A fixed seed: the share of decisions that name a rule varies from run to run
      // around the threshold below (38 to 45 of ~420 seen), which made the check flaky.
      // SAFECLAW_INDEX_SEED explores other seeds.
      { numRuns: 250, seed: Number(process.env.SAFECLAW_INDEX_SEED ?? 20261202) },
    );
    // Not vacuous: the rules cut from the commands' own texts do decide some of them.
    assert.ok(named > decided / 20, `${named} of ${decided} decisions named a rule`);
  });
});
