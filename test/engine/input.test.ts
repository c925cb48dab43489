// What `evaluate` and `evaluateAll` accept from a library caller: an Action, or
// the JSONL spelling (`action` instead of `type`); anything else is a
// SafeClawInputError naming the field, never a TypeError from inside the engine.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { evaluate } from '../../src/engine/evaluate.js';
import { evaluateAll } from '../../src/engine/gate.js';
import { SafeClawInputError, validateAction } from '../../src/engine/input.js';
import { parseActionsJsonl } from '../../src/sources/actions-jsonl.js';
import type { PolicySet } from '../../src/types.js';
import { policyFrom, rule, rules, shellReady } from '../helpers/policy.js';

let policy: PolicySet;
before(async () => {
  await shellReady;
  policy = policyFrom(
    rules(
      rule('allow-plan', 'shell.execute', 'allow', { command: 'terraform plan*' }),
      rule('deny-apply', 'shell.execute', 'deny', { command: 'terraform apply*' }),
      rule('deny-env', 'file.read', 'deny', { path: '**/.env' }),
      rule('allow-tf', 'file.write', 'allow', { path: 'infra/**' }),
      rule('deny-metadata', 'network.request', 'deny', { destination: '169.254.169.254*' }),
      rule('deny-delete', 'infra.change', 'deny', { change: 'delete' }),
    ),
  );
});

const INFRA = { type: 'infra.change', address: 'aws_s3_bucket.logs', resourceType: 'aws_s3_bucket', provider: 'registry.terraform.io/hashicorp/aws', change: 'delete', module: '' };

describe('both spellings of the action type are judged alike', () => {
  const cases: Array<[string, Record<string, unknown>, string, string | null]> = [
    ['shell.execute', { command: 'terraform apply -auto-approve' }, 'deny', 'deny-apply'],
    ['shell.execute', { command: 'terraform plan' }, 'allow', 'allow-plan'],
    ['file.read', { path: 'app/.env' }, 'deny', 'deny-env'],
    ['file.write', { path: 'infra/main.tf', change: 'added' }, 'allow', 'allow-tf'],
    ['network.request', { destination: 'http://169.254.169.254/latest' }, 'deny', 'deny-metadata'],
  ];
  for (const [type, fields, decision, ruleId] of cases) {
    test(`${type} as {type} and as {action}`, () => {
      const viaType = evaluate(policy, { type, ...fields } as never);
      const viaAction = evaluate(policy, { action: type, ...fields } as never);
      assert.equal(viaType.decision, decision);
      assert.equal(viaType.rule, ruleId);
      assert.deepEqual(viaAction, viaType);
    });
  }

  test('infra.change with `action` is judged too', () => {
    const { type: _type, ...rest } = INFRA;
    assert.equal(evaluate(policy, { action: 'infra.change', ...rest } as never).rule, 'deny-delete');
  });

  test('the JSONL lines `safeclaw check` reads are accepted by evaluateAll as they are', () => {
    const lines = '{"action":"shell.execute","command":"terraform apply"}\n{"action":"file.read","path":".env"}\n';
    const raw = lines.trim().split('\n').map((l) => JSON.parse(l));
    const result = evaluateAll(policy, raw);
    assert.deepEqual(result.items.map((i) => i.decision.rule), ['deny-apply', 'deny-env']);
    // The items carry the Action spelling, as every report expects.
    assert.deepEqual(result.items.map((i) => i.action.type), ['shell.execute', 'file.read']);
    assert.deepEqual(evaluateAll(policy, parseActionsJsonl(lines, 'in.jsonl')).items.map((i) => i.decision.rule), ['deny-apply', 'deny-env']);
  });

  test('type and action together are accepted when equal and refused when they differ', () => {
    assert.equal(evaluate(policy, { type: 'shell.execute', action: 'shell.execute', command: 'terraform plan' } as never).decision, 'allow');
    assert.throws(() => evaluate(policy, { type: 'file.read', action: 'shell.execute', command: 'ls', path: 'x' } as never), /has both `type` and `action`, and they differ/);
  });

  test('a valid Action is passed on as the same object', () => {
    const action = { type: 'shell.execute' as const, command: 'ls' };
    assert.equal(validateAction(action), action);
  });

  test('a write with its change, a read, a request are passed on as the same object; a field of another type is not', () => {
    for (const action of [
      { type: 'file.write' as const, path: 'infra/main.tf', change: 'modified' as const },
      { type: 'file.write' as const, path: 'infra/main.tf' },
      { type: 'file.read' as const, path: '.env' },
      { type: 'network.request' as const, destination: 'https://example.com' },
    ]) assert.equal(validateAction(action), action);
    assert.throws(() => validateAction({ type: 'file.read', path: '.env', change: 'modified' }), /action has a field file\.read does not have: "change"/);
    assert.throws(() => validateAction({ type: 'file.write', path: '', change: 'modified' }), /action\.path must be a non-empty string \(got an empty string\)/);
    assert.throws(() => validateAction({ type: 'file.write', path: 'x', change: 'added', extra: 1 }), /action has a field file\.write does not have: "extra"/);
    assert.throws(() => validateAction({ type: 'infra.change', address: 'a.b' }), /action\.resourceType is missing/);
  });
});

// The engine reads a field wherever the object gives it; a prototype's field was checked by nothing.
describe('a field only a prototype gives is refused, never judged', () => {
  const refused = (input: unknown, expected: RegExp) =>
    assert.throws(
      () => evaluate(policy, input as never),
      (err: unknown) => err instanceof SafeClawInputError && expected.test(err.message),
    );

  test('an inherited required field is missing', () => {
    refused(Object.assign(Object.create({ command: 'terraform apply' }), { type: 'shell.execute' }), /action\.command is missing/);
    refused(Object.assign(Object.create({ path: 'infra/main.tf' }), { type: 'file.write', change: 'added' }), /action\.path is missing/);
  });

  test('an inherited optional field, enumerable or a class getter, is refused by name', () => {
    refused(Object.assign(Object.create({ change: 'edited' }), { type: 'file.write', path: 'infra/main.tf' }), /action\.change is inherited from a prototype/);
    class Write {
      type = 'file.write';
      path = 'infra/main.tf';
      get change() {
        return 'deleted';
      }
    }
    refused(new Write(), /action\.change is inherited from a prototype/);
    refused(Object.assign(Object.create({ origin: { source: 'x' } }), { type: 'shell.execute', command: 'terraform plan' }), /action\.origin is inherited/);
    refused(Object.assign(Object.create({ after: [{ path: 'acl', value: 'public-read' }] }), { ...INFRA, change: 'create' }), /action\.after is inherited/);
  });

  test('a field added to Object.prototype, even not enumerable, is refused on every path', () => {
    Object.defineProperty(Object.prototype, 'origin', { value: { source: 'polluted' }, configurable: true, enumerable: false, writable: true });
    try {
      refused({ type: 'shell.execute', command: 'terraform plan' }, /action\.origin is inherited/);
      refused({ action: 'shell.execute', command: 'terraform plan' }, /action\.origin is inherited/);
      refused({ type: 'file.write', path: 'infra/main.tf', change: 'added' }, /action\.origin is inherited/);
    } finally {
      delete (Object.prototype as { origin?: unknown }).origin;
    }
    assert.equal(evaluate(policy, { type: 'shell.execute', command: 'terraform plan' }).decision, 'allow');
  });

  test('own fields with a class or a null prototype are judged as usual', () => {
    class Command {
      type = 'shell.execute' as const;
      command = 'terraform apply';
    }
    assert.equal(evaluate(policy, new Command()).decision, 'deny');
    const bare = Object.assign(Object.create(null), { type: 'file.write', path: 'infra/main.tf', change: 'modified' });
    assert.equal(evaluate(policy, bare).decision, 'allow');
  });
});

describe('anything else is a SafeClawInputError naming the field', () => {
  const cases: Array<[string, unknown, RegExp]> = [
    ['undefined', undefined, /^invalid input: action must be an object with a type \(got undefined\)/],
    ['null', null, /action must be an object with a type \(got null\)/],
    ['a number', 5, /action must be an object with a type \(got the number 5\)/],
    ['a string', 'terraform apply', /action must be an object with a type \(got a string\)/],
    ['an array', [{ type: 'shell.execute', command: 'ls' }], /action must be an object with a type \(got an array\)/],
    ['no type', { command: 'ls' }, /action\.type is missing: one of shell\.execute, file\.read, file\.write, network\.request, infra\.change/],
    ['an unknown type', { type: 'shell.exec', command: 'ls' }, /action\.type must be one of .* \(got "shell\.exec"\)/],
    ['an unknown type via action', { action: 'exec', command: 'ls' }, /action\.action must be one of .* \(got "exec"\)/],
    ['a type that is a number', { type: 1, command: 'ls' }, /action\.type must be one of .* \(got the number 1\)/],
    ['a type from Object.prototype', { type: 'constructor', command: 'ls' }, /action\.type must be one of/],
    ['a missing command', { type: 'shell.execute' }, /action\.command is missing: shell\.execute needs it \(e\.g\. \{ type: 'shell\.execute', command: 'terraform plan' \}\)/],
    ['a numeric command', { type: 'shell.execute', command: 5 }, /action\.command must be a non-empty string \(got the number 5\)/],
    ['an empty command', { type: 'shell.execute', command: '' }, /action\.command must be a non-empty string \(got an empty string\)/],
    ['a command array', { type: 'shell.execute', command: ['terraform', 'apply'] }, /action\.command must be a non-empty string \(got an array\)/],
    ['a missing path', { type: 'file.read' }, /action\.path is missing: file\.read needs it/],
    ['a path object', { type: 'file.write', path: { p: 'x' } }, /action\.path must be a non-empty string \(got an object\)/],
    ['an unknown change', { type: 'file.write', path: 'x', change: 'edited' }, /action\.change must be one of added, modified, deleted, renamed, copied \(got "edited"\)/],
    ['a missing destination', { type: 'network.request', url: 'https://x' }, /action\.destination is missing/],
    ['a field of another type', { type: 'shell.execute', command: 'ls', path: '.env' }, /action has a field shell\.execute does not have: "path" \(shell\.execute has type, command, origin\)/],
    ['extra junk', { type: 'file.read', path: 'x', a: 1, b: 2, c: 3, d: 4 }, /action has fields file\.read does not have: "a", "b", "c", …/],
    ['infra without resourceType', { ...INFRA, resourceType: undefined }, /action\.resourceType must be a non-empty string \(got undefined\)/],
    ['infra with an unknown change', { ...INFRA, change: 'destroy' }, /action\.change must be one of create, update, delete, replace.* \(got "destroy"\)/],
    ['infra with a numeric module', { ...INFRA, module: 0 }, /action\.module must be a string \(got the number 0\)/],
    ['infra with after not a list', { ...INFRA, after: { path: 'a', value: 'b' } }, /action\.after must be an array of attributes \(got an object\)/],
    ['infra with an attribute without value', { ...INFRA, after: [{ path: 'ingress.0' }] }, /action\.after\[0\]\.value is missing/],
    ['infra with a numeric attribute value', { ...INFRA, after: [{ path: 'port', value: 22 }] }, /action\.after\[0\]\.value must be a string \(got the number 22\)/],
    ['infra with a string unknown flag', { ...INFRA, after: [{ path: 'a', value: '', unknown: 'yes' }] }, /action\.after\[0\]\.unknown must be a boolean \(got a string\)/],
    ['infra with attribute junk', { ...INFRA, after: [{ path: 'a', value: '', x: 1 }] }, /action\.after\[0\] has a field attributes do not have: "x"/],
    ['an origin that is a string', { type: 'shell.execute', command: 'ls', origin: 'agent' }, /action\.origin must be an object \(got a string\)/],
    ['an origin without source', { type: 'shell.execute', command: 'ls', origin: { file: 'x' } }, /action\.origin\.source is missing/],
    ['an origin line of 0', { type: 'shell.execute', command: 'ls', origin: { source: 'x', line: 0 } }, /action\.origin\.line must be a line number, an integer from 1 \(got the number 0\)/],
    ['an origin with junk', { type: 'shell.execute', command: 'ls', origin: { source: 'x', who: 'me' } }, /action\.origin has a field origins do not have: "who"/],
  ];
  for (const [what, input, expected] of cases) {
    test(`${what}`, () => {
      assert.throws(
        () => evaluate(policy, input as never),
        (err: unknown) => {
          assert.ok(err instanceof SafeClawInputError, `${(err as Error).name}: ${(err as Error).message}`);
          assert.match(err.message, expected);
          return true;
        },
      );
    });
  }

  test('evaluateAll names the index of the bad action, and judges nothing', () => {
    assert.throws(
      () => evaluateAll(policy, [{ type: 'shell.execute', command: 'ls' }, { action: 'shell.execute' }] as never),
      (err: unknown) => err instanceof SafeClawInputError && err.field === 'actions[1].command' && /^invalid input: actions\[1\]\.command is missing/.test(err.message),
    );
  });

  test('evaluateAll refuses something that is not a list', () => {
    for (const input of [undefined, null, { type: 'shell.execute', command: 'ls' }, 'ls']) {
      assert.throws(() => evaluateAll(policy, input as never), /SafeClawInputError: invalid input: actions must be an array of actions/);
    }
  });

  test('a policy set that is not one is named, not a TypeError', () => {
    for (const set of [undefined, null, {}, { rules: [] }, '.safeclaw']) {
      assert.throws(() => evaluate(set as never, { type: 'shell.execute', command: 'ls' }), (err: unknown) => err instanceof SafeClawInputError && /policySet must be what loadPolicies\(\) or compilePolicies\(\) returned/.test(err.message));
    }
  });

  test('a message never repeats the value it refuses (it may be a secret)', () => {
    const secret = 'hunter2-AKIAIOSFODNN7EXAMPLE';
    const inputs = [
      { type: secret, command: 'ls' },
      { type: 'shell.execute', command: 'ls', [secret]: 1 },
      { type: 'file.write', path: 'x', change: secret },
      { type: 'shell.execute', command: [secret] },
      { type: 'shell.execute', command: 'ls', origin: { source: 'x', [secret]: secret } },
    ];
    for (const input of inputs) {
      assert.throws(() => evaluate(policy, input as never), (err: Error) => {
        assert.ok(err instanceof SafeClawInputError);
        assert.doesNotMatch(err.message, /hunter2|AKIA/);
        return true;
      });
    }
  });

  test('an unknown type that looks like a name is shown (a misspelling is no secret)', () => {
    assert.throws(() => evaluate(policy, { type: 'file.raed', path: 'x' } as never), /\(got "file\.raed"\)/);
  });
});
