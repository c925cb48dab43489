import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { DEFAULT_DENY_REASON, evaluate } from '../../src/engine/evaluate.js';
import { evaluateAll } from '../../src/engine/gate.js';
import type { Action } from '../../src/types.js';
import { policyFrom, rule, rules, shellReady } from '../helpers/policy.js';

before(() => shellReady);

const read = (path: string): Action => ({ type: 'file.read', path });
const run = (command: string): Action => ({ type: 'shell.execute', command });

describe('decision rules', () => {
  test('nothing is allowed when no rule allows it', () => {
    const d = evaluate(policyFrom('rules: []'), run('ls'));
    assert.equal(d.decision, 'deny');
    assert.equal(d.rule, null);
    assert.equal(d.reason, DEFAULT_DENY_REASON);
  });

  test('an allow rule that matches allows, and names itself and its reason', () => {
    const d = evaluate(policyFrom(rules(rule('allow-ls', 'shell.execute', 'allow', { command: 'ls*' }))), run('ls -la'));
    assert.deepEqual([d.decision, d.rule, d.reason], ['allow', 'allow-ls', 'allow-ls reason']);
  });

  test('a deny rule wins over an allow rule that also matches', () => {
    const p = policyFrom(rules(rule('allow-all-reads', 'file.read', 'allow'), rule('no-env', 'file.read', 'deny', { path: '.env' })));
    const d = evaluate(p, read('.env'));
    assert.deepEqual([d.decision, d.rule], ['deny', 'no-env']);
    assert.deepEqual(d.matchedRules.sort(), ['allow-all-reads', 'no-env']);
  });

  test('require_approval wins over allow, and deny wins over require_approval', () => {
    const p = policyFrom(
      rules(
        rule('a-allow', 'shell.execute', 'allow', { command: 'helm *' }),
        rule('b-approve', 'shell.execute', 'require_approval', { command: 'helm upgrade*' }),
        rule('c-deny', 'shell.execute', 'deny', { command: 'helm upgrade*prod*' }),
      ),
    );
    assert.equal(evaluate(p, run('helm list')).decision, 'allow');
    assert.deepEqual([evaluate(p, run('helm upgrade x ./c')).decision, evaluate(p, run('helm upgrade x ./c')).rule], ['require_approval', 'b-approve']);
    assert.deepEqual([evaluate(p, run('helm upgrade x --namespace prod')).decision, evaluate(p, run('helm upgrade x --namespace prod')).rule], ['deny', 'c-deny']);
  });

  test('rule order and file order never change the decision or the deciding rule', () => {
    const texts = [
      rules(rule('z-allow', 'file.read', 'allow', { path: '**' })),
      rules(rule('m-approve', 'file.read', 'require_approval', { path: 'secrets/**' })),
      rules(rule('b-deny', 'file.read', 'deny', { path: '*.key' }), rule('a-deny', 'file.read', 'deny', { path: 'secrets/*.key' })),
    ];
    const permutations = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
    const cases = ['notes.txt', 'secrets/db.txt', 'secrets/tls.key', 'tls.key'];
    const expected = permutations.map(() => cases.map((c) => evaluate(policyFrom(...texts), read(c))).map((d) => [d.decision, d.rule]));
    const seen = permutations.map((order) => {
      const p = policyFrom(...order.map((i) => texts[i]));
      return cases.map((c) => evaluate(p, read(c))).map((d) => [d.decision, d.rule]);
    });
    assert.deepEqual(seen, expected);
    assert.deepEqual(expected[0], [['allow', 'z-allow'], ['require_approval', 'm-approve'], ['deny', 'a-deny'], ['deny', 'b-deny']]);
  });

  test('a rule without conditions matches every action of its type and no other type', () => {
    const p = policyFrom(rules(rule('writes', 'file.write', 'allow')));
    assert.equal(evaluate(p, { type: 'file.write', path: 'any/where.txt' }).decision, 'allow');
    assert.equal(evaluate(p, read('any/where.txt')).decision, 'deny');
  });

  test('several conditions in one rule must all match', () => {
    const p = policyFrom(
      'rules:\n  - id: tf-created\n    action: file.write\n    effect: allow\n    reason: r\n    conditions:\n      path: { pattern: "**/*.tf" }\n      change: { pattern: added }\n',
    );
    assert.equal(evaluate(p, { type: 'file.write', path: 'infra/a.tf', change: 'added' }).decision, 'allow');
    assert.equal(evaluate(p, { type: 'file.write', path: 'infra/a.tf', change: 'deleted' }).decision, 'deny');
    assert.equal(evaluate(p, { type: 'file.write', path: 'infra/a.md', change: 'added' }).decision, 'deny');
  });

  test('a list of patterns matches when any of them matches', () => {
    const p = policyFrom('rules:\n  - id: r\n    action: network.request\n    effect: allow\n    reason: r\n    conditions:\n      destination:\n        pattern: ["github.com/*", "registry.npmjs.org/*"]\n');
    assert.equal(evaluate(p, { type: 'network.request', destination: 'https://registry.npmjs.org/yaml' }).decision, 'allow');
    assert.equal(evaluate(p, { type: 'network.request', destination: 'https://evil.example/' }).decision, 'deny');
  });

  test('a command that cannot be analysed is denied, not allowed, even under a catch-all-looking allow', () => {
    const p = policyFrom(rules(rule('dry', 'shell.execute', 'allow', { command: '*--dry-run*' })));
    for (const command of ['$(echo terraform) apply --dry-run', 'eval "$X" --dry-run']) {
      assert.equal(evaluate(p, run(command)).decision, 'deny', command);
    }
  });

  test('an empty command is denied with a reason', () => {
    const d = evaluate(policyFrom(rules(rule('all', 'shell.execute', 'allow', { command: '*' }))), run('   '));
    assert.equal(d.decision, 'deny');
    assert.match(d.reason, /no command/);
  });

  test('evaluate does not depend on earlier calls (pure)', () => {
    const p = policyFrom(rules(rule('allow-ls', 'shell.execute', 'allow', { command: 'ls*' })));
    const first = evaluate(p, run('ls'));
    evaluate(p, run('rm -rf /'));
    assert.deepEqual(evaluate(p, run('ls')), first);
  });

  test('the gate verdict is the strictest decision and counts every decision', () => {
    const p = policyFrom(rules(rule('ls', 'shell.execute', 'allow', { command: 'ls*' }), rule('appr', 'shell.execute', 'require_approval', { command: 'helm*' })));
    const result = evaluateAll(p, [run('ls'), run('helm list'), run('rm x')]);
    assert.equal(result.verdict, 'deny');
    assert.deepEqual(result.counts, { allow: 1, require_approval: 1, deny: 1 });
    assert.equal(evaluateAll(p, [run('ls'), run('helm list')]).verdict, 'require_approval');
    assert.equal(evaluateAll(p, [run('ls')]).verdict, 'allow');
  });

  test('explain traces every rule of the action type with why it matched or not', () => {
    const p = policyFrom(rules(rule('a', 'file.read', 'deny', { path: '*.pem' }), rule('b', 'file.read', 'allow'), rule('c', 'file.write', 'allow')));
    const d = evaluate(p, read('keys/x.pem'), { trace: true });
    const trace = d.parts[0].trace!;
    assert.deepEqual(trace.map((t) => [t.rule, t.matched]), [['a', true], ['b', true]]);
    assert.match(trace[0].why, /path matches "\*\.pem"/);
    const miss = evaluate(p, read('x.txt'), { trace: true }).parts[0].trace!;
    assert.match(miss[0].why, /path does not match "\*\.pem"/);
  });
});

describe('infra.change attribute conditions', () => {
  const policy = policyFrom(`rules:
  - id: open-ingress
    action: infra.change
    effect: deny
    reason: open to the world
    conditions:
      type: { pattern: "aws_security_group*" }
      after: { path: "ingress.*.cidr_blocks.*", pattern: ["0.0.0.0/0", "::/0"] }
  - id: sg-ok
    action: infra.change
    effect: allow
    reason: reviewed groups
    conditions:
      after: { path: "ingress.*.cidr_blocks.*", pattern: "10.*" }
`);
  const sg = (value: string, extra: object = {}): Action => ({
    type: 'infra.change',
    address: 'aws_security_group.web',
    resourceType: 'aws_security_group',
    provider: 'registry.terraform.io/hashicorp/aws',
    change: 'create',
    module: '',
    after: [{ path: 'ingress.0.cidr_blocks.0', value, ...extra }],
  });

  test('a matching attribute value triggers the rule', () => {
    assert.equal(evaluate(policy, sg('0.0.0.0/0')).rule, 'open-ingress');
    assert.equal(evaluate(policy, sg('10.0.0.0/8')).decision, 'allow');
  });

  test('an unknown value is never treated as safe: deny rules match it, allow rules do not', () => {
    const d = evaluate(policy, sg('', { unknown: true }));
    assert.deepEqual([d.decision, d.rule], ['deny', 'open-ingress']);
  });

  test('a sensitive value cannot satisfy an allow rule', () => {
    const p = policyFrom(rules(rule('allow-10', 'infra.change', 'allow', {})).replace('    conditions:\n', '') + '');
    const allowOnly = policyFrom('rules:\n  - id: ok\n    action: infra.change\n    effect: allow\n    reason: r\n    conditions:\n      after: { path: "password", pattern: "*" }\n');
    const action: Action = { ...(sg('x') as object), after: [{ path: 'password', value: '', sensitive: true }] } as Action;
    assert.equal(evaluate(allowOnly, action).decision, 'deny');
    assert.equal(evaluate(p, action).decision, 'allow');
  });
});

describe('ambiguous destinations', () => {
  test('a destination two URL parsers read differently is denied when either reading is denied', () => {
    const p = policyFrom(rules(rule('web', 'network.request', 'allow', { destination: '*' }), rule('meta', 'network.request', 'deny', { destination: '169.254.169.254*' })));
    for (const destination of ['http://ok.example\\@169.254.169.254/', 'http://169.254.169.254\\@ok.example/']) {
      const d = evaluate(p, { type: 'network.request', destination });
      assert.deepEqual([d.decision, d.rule], ['deny', 'meta'], destination);
      assert.equal(d.parts.length, 2);
    }
  });
});

describe('compound commands', () => {
  test('the deny a rule made is named before a part denied by default', () => {
    const p = policyFrom(rules(rule('no-apply', 'shell.execute', 'deny', { command: 'terraform apply*' })));
    const d = evaluate(p, run('cd infra && terraform apply'));
    assert.deepEqual([d.decision, d.rule], ['deny', 'no-apply']);
    assert.match(d.reason, /terraform apply/);
  });
});

describe('opaque parts', () => {
  test('an opaque command is allowed only by an allow pattern naming it exactly, never by a wildcard', () => {
    const p = policyFrom(
      rules(rule('dev', 'shell.execute', 'allow', { command: 'kubectl apply*--namespace=dev*' }), rule('exact', 'shell.execute', 'allow', { command: '$TF version' })),
    );
    assert.equal(evaluate(p, run('kubectl apply -f x.yaml --namespace=dev $EXTRA')).decision, 'deny');
    assert.equal(evaluate(p, run('$TF version')).decision, 'allow');
    assert.equal(evaluate(p, run('$TF apply')).decision, 'deny');
  });

  test('a file read whose path is known only at run time is not allowed by a catch-all read rule', () => {
    const p = policyFrom(rules(rule('cat', 'shell.execute', 'allow', { command: 'cat *' }), rule('reads', 'file.read', 'allow')));
    assert.equal(evaluate(p, run('cat README.md')).decision, 'allow');
    assert.equal(evaluate(p, run('cat "$F"')).decision, 'deny');
  });
});

describe('rule candidates', () => {
  test('a path pattern written with a leading ./ still denies (the rule index must not skip it)', () => {
    const p = policyFrom(rules(rule('reads', 'file.read', 'allow'), rule('no-secrets', 'file.read', 'deny', { path: './secrets/**' })));
    assert.deepEqual([evaluate(p, read('secrets/db.txt')).decision, evaluate(p, read('secrets/db.txt')).rule], ['deny', 'no-secrets']);
  });
});
