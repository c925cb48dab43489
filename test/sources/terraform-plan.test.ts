import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { SourceError } from '../../src/sources/errors.js';
import { changeKind, flattenAfter, resourceChangeAction } from '../../src/sources/plan-attributes.js';
import { readPlanActions } from '../../src/sources/terraform-plan.js';
import type { InfraAction } from '../../src/types.js';
import { fixtures, tempDir } from './helpers.js';
import { makePlan, writeLargePlan } from './make-plan.js';

const plan = (name: string) => path.join(fixtures, 'plans', `basic-${name}.json`);
const summary = (a: InfraAction) => `${a.change} ${a.address} ${a.resourceType} ${a.provider} module=${a.module}`;

describe('Terraform plan JSON → infra.change actions (real terraform 1.7.5 plans)', () => {
  const cases: [string, string[]][] = [
    ['create', ['create terraform_data.foo-bar terraform_data terraform.io/builtin/terraform module=']],
    ['update', ['update terraform_data.foo-bar terraform_data terraform.io/builtin/terraform module=']],
    ['delete', ['delete terraform_data.foo-bar terraform_data terraform.io/builtin/terraform module=']],
    ['delete-create', ['replace null_resource.foo-bar null_resource registry.terraform.io/hashicorp/null module=']],
    ['sensitive', ['replace random_bytes.test random_bytes registry.terraform.io/hashicorp/random module=']],
    ['no-op', []],
    ['no-resources', []],
  ];
  for (const [name, expected] of cases) {
    test(`basic-${name}.json gives ${expected.length ? expected[0].split(' ')[0] : 'no actions'}`, async () => {
      assert.deepEqual((await readPlanActions(plan(name))).map(summary), expected);
    });
  }

  test('each action names the plan file and the line its resource_changes entry starts on', async () => {
    const [action] = await readPlanActions(plan('create'), 'plans/create.json');
    assert.deepEqual(action.origin, { source: 'plan', file: 'plans/create.json', line: 24, detail: 'terraform_data.foo-bar create' });
  });

  test('values known only after apply are kept and marked unknown', async () => {
    const [action] = await readPlanActions(plan('create'));
    assert.deepEqual(action.after, [
      { path: 'input', value: 'foo' },
      { path: 'id', value: '', unknown: true },
      { path: 'output', value: '', unknown: true },
    ]);
  });

  test('sensitive values are kept, marked sensitive, and their value is not copied', async () => {
    const [action] = await readPlanActions(plan('sensitive'));
    assert.deepEqual(action.after, [
      { path: 'length', value: '8' },
      { path: 'base64', value: '', unknown: true, sensitive: true },
      { path: 'hex', value: '', unknown: true, sensitive: true },
    ]);
  });
});

describe('flattening planned attributes', () => {
  test('nested lists and objects flatten to dotted paths', () => {
    const after = { ingress: [{ cidr_blocks: ['10.0.0.0/8', '0.0.0.0/0'], from_port: 22 }], tags: { Env: 'prod' }, public: true, none: null };
    assert.deepEqual(flattenAfter(after, {}, {}), [
      { path: 'ingress.0.cidr_blocks.0', value: '10.0.0.0/8' },
      { path: 'ingress.0.cidr_blocks.1', value: '0.0.0.0/0' },
      { path: 'ingress.0.from_port', value: '22' },
      { path: 'tags.Env', value: 'prod' },
      { path: 'public', value: 'true' },
    ]);
  });

  test('a JSON policy document is also flattened under its attribute', () => {
    const policy = JSON.stringify({ Statement: [{ Effect: 'Allow', Action: '*', Resource: ['*'] }] });
    const attrs = flattenAfter({ policy }, {}, {});
    assert.deepEqual(attrs.slice(1), [
      { path: 'policy.Statement.0.Effect', value: 'Allow' },
      { path: 'policy.Statement.0.Action', value: '*' },
      { path: 'policy.Statement.0.Resource.0', value: '*' },
    ]);
    assert.equal(attrs[0].path, 'policy');
  });

  test('an unknown or sensitive block marks every value under it, and an empty one is still one marked value', () => {
    const attrs = flattenAfter({ ingress: [{ cidr_blocks: ['0.0.0.0/0'] }], secret: { a: 'x' } }, { tags_all: true }, { ingress: true, secret: true });
    assert.deepEqual(attrs, [
      { path: 'ingress.0.cidr_blocks.0', value: '', sensitive: true },
      { path: 'secret.a', value: '', sensitive: true },
      { path: 'tags_all', value: '', unknown: true },
    ]);
  });

  test('a whole sensitive object (after_sensitive: true) hides every value', () => {
    assert.deepEqual(flattenAfter({ a: 1, b: { c: 'x' } }, false, true), [
      { path: 'a', value: '', sensitive: true },
      { path: 'b.c', value: '', sensitive: true },
    ]);
  });

  const kinds: [string[], string | undefined][] = [
    [['create'], 'create'],
    [['update'], 'update'],
    [['delete'], 'delete'],
    [['delete', 'create'], 'replace'],
    [['create', 'delete'], 'replace'],
    [['forget'], 'delete'],
    [['no-op'], 'skip'],
    [['read'], 'skip'],
    [['create', 'update'], undefined],
  ];
  for (const [actions, expected] of kinds) {
    test(`change actions ${JSON.stringify(actions)} read as ${expected ?? 'unknown'}`, () => {
      assert.equal(changeKind(actions), expected);
    });
  }
});

describe('bad plan files are refused with where and what', () => {
  const bad: { name: string; text: string; message: RegExp; line?: number }[] = [
    { name: 'a truncated plan', text: '{\n  "format_version": "1.2",\n  "resource_changes": [\n    {"address": "a.b"', message: /plan JSON ends early \(the file is truncated\)/, line: 4 },
    { name: 'a corrupt byte', text: '{\n  "format_version": "1.2",\n  "planned_values": {},\n  "resource_changes": [ x ]\n}', message: /not valid plan JSON: Unexpected "x"/, line: 4 },
    { name: 'JSON that is not a plan', text: '{"hello": "world"}', message: /no "format_version"/ },
    { name: 'a state file', text: '{"format_version":"1.0","terraform_version":"1.7.5","values":{"root_module":{}}}', message: /a state file\?/ },
    { name: 'a future format', text: '{"format_version":"2.0","planned_values":{}}', message: /unsupported plan format_version "2.0"/ },
    { name: 'an entry with unknown change actions', text: '{"format_version":"1.2",\n"resource_changes":[\n{"address":"a.b","change":{"actions":["explode"]}}]}', message: /a\.b: unknown change actions \["explode"\]/, line: 3 },
  ];
  for (const c of bad) {
    test(`${c.name} is an error`, async (t) => {
      const file = path.join(tempDir(t), 'plan.json');
      writeFileSync(file, c.text);
      await assert.rejects(readPlanActions(file, 'plan.json'), (err: unknown) => {
        assert.ok(err instanceof SourceError, String(err));
        assert.match(err.message, c.message);
        assert.match(err.message, /^plan\.json/);
        assert.match(err.message, /terraform show -json/);
        if (c.line) assert.equal(err.line, c.line);
        return true;
      });
    });
  }

  test('a missing plan file is an error naming it', async () => {
    await assert.rejects(readPlanActions('/nonexistent/plan.json', 'plan.json'), /plan\.json: cannot read plan file \(ENOENT\)/);
  });
});

describe('large plans', () => {
  test('a generated plan gives one action per change, with the dangerous values findable', async (t) => {
    const file = path.join(tempDir(t), 'plan.json');
    writeFileSync(file, JSON.stringify(makePlan(15)));
    const actions = await readPlanActions(file);
    assert.equal(actions.length, 12); // 15 resources, every fifth change is a no-op
    const sg = actions.find((a) => a.resourceType === 'aws_security_group' && a.change === 'create');
    assert.ok(sg?.after?.some((a) => a.path === 'ingress.0.cidr_blocks.0' && a.value === '0.0.0.0/0'));
    assert.ok(sg?.after?.some((a) => a.path === 'ingress.0.ipv6_cidr_blocks.0' && a.value === '::/0'));
    const db = actions.find((a) => a.resourceType === 'aws_db_instance' && a.change !== 'delete');
    assert.ok(db?.after?.some((a) => a.path === 'publicly_accessible' && a.value === 'true'));
    assert.ok(db?.after?.some((a) => a.path === 'password' && a.sensitive && a.value === ''));
    const iam = actions.find((a) => a.resourceType === 'aws_iam_policy');
    assert.ok(iam?.after?.some((a) => a.path === 'policy.Statement.0.Action' && a.value === '*'));
    assert.ok(actions.some((a) => a.module === 'module.env0' && a.address.startsWith('module.env0.')));
  });

  test('20,000 resources stream through with counts that match the generator', async (t) => {
    const file = path.join(tempDir(t), 'plan.json');
    const expected = writeLargePlan(file, 20_000, { pretty: true });
    const started = performance.now();
    const actions = await readPlanActions(file);
    const ms = performance.now() - started;
    t.diagnostic(`20,000-resource plan read in ${ms.toFixed(0)} ms`);
    assert.equal(actions.length, expected.changes);
    for (const kind of ['create', 'update', 'replace', 'delete'] as const) {
      assert.equal(actions.filter((a) => a.change === kind).length, expected.byChange[kind], kind);
    }
  });
});

/** What a reader that holds the whole file would give: JSON.parse, then each resource_changes entry (lines aside). */
function wholeFileActions(text: string, file: string): InfraAction[] {
  const entries = (JSON.parse(text) as { resource_changes?: unknown[] }).resource_changes ?? [];
  return entries.flatMap((entry) => {
    const result = resourceChangeAction(entry, { file });
    return 'action' in result ? [result.action] : [];
  });
}

const withoutLines = (actions: InfraAction[]) => actions.map((a) => ({ ...a, origin: a.origin && { ...a.origin, line: undefined } }));

describe('plans are read in chunks, one resource_changes entry at a time', () => {
  const sharedPlans = readdirSync(path.join(fixtures, 'plans')).filter((name) => name.endsWith('.json'));

  for (const name of sharedPlans) {
    test(`${name} gives the same actions as JSON.parse of the whole file, with entries cut across chunks of 1, 7 and 4096 bytes`, async () => {
      const file = path.join(fixtures, 'plans', name);
      const whole = await readPlanActions(file);
      assert.deepEqual(withoutLines(whole), withoutLines(wholeFileActions(readFileSync(file, 'utf8'), file)));
      for (const chunkBytes of [1, 7, 4096]) assert.deepEqual(await readPlanActions(file, file, { chunkBytes }), whole, `chunk ${chunkBytes}`);
    });
  }

  test('pretty-printed, minified and CRLF copies of a plan give the same actions, each with its own lines', async (t) => {
    const dir = tempDir(t);
    const pretty = JSON.stringify(makePlan(10), null, 2);
    const layouts: [string, string][] = [
      ['pretty', pretty],
      ['minified', JSON.stringify(JSON.parse(pretty))],
      ['crlf', pretty.replace(/\n/g, '\r\n')],
    ];
    const read: Record<string, InfraAction[]> = {};
    for (const [name, text] of layouts) {
      writeFileSync(path.join(dir, name), text);
      read[name] = await readPlanActions(path.join(dir, name), 'plan.json', { chunkBytes: 13 });
      assert.deepEqual(withoutLines(read[name]), withoutLines(wholeFileActions(text, 'plan.json')), name);
    }
    assert.deepEqual(read.crlf, read.pretty);
    assert.ok(read.minified.every((a) => a.origin?.line === 1));
    const lines = pretty.split('\n');
    for (const action of read.pretty) assert.match(lines[(action.origin?.line ?? 0) - 1], /^ {4}\{$/, `entry of ${action.address} starts on its line`);
  });

  test('brackets, escaped quotes and "resource_changes" inside strings, and nested resource_changes keys, are content', async (t) => {
    const plan = makePlan(6);
    const tricky = '"]}\\"resource_changes\\":[{"address":"evil.x","change":{"actions":["delete"]}}]';
    plan.prior_state = { note: tricky, values: { resource_changes: [{ address: 'evil.nested', change: { actions: ['delete'] } }] } };
    plan.configuration = { resource_changes: { address: 'evil.config' }, root_module: { description: '}}]] "' } };
    const entries = plan.resource_changes as { change: { after: Record<string, unknown> | null } }[];
    entries[0].change.after = { ...entries[0].change.after, description: tricky, nested: { resource_changes: [tricky] } };
    const text = JSON.stringify(plan, null, 2);
    const file = path.join(tempDir(t), 'plan.json');
    writeFileSync(file, text);
    for (const chunkBytes of [1, 5, undefined]) {
      const actions = await readPlanActions(file, 'plan.json', { chunkBytes });
      assert.deepEqual(withoutLines(actions), withoutLines(wholeFileActions(text, 'plan.json')), `chunk ${chunkBytes}`);
      assert.ok(!actions.some((a) => a.address.startsWith('evil.')));
      assert.ok(actions[0].after?.some((a) => a.path === 'description' && a.value === tricky));
    }
  });

  test('20,000 minified resources (one line, as terraform writes it) read with counts that match the generator', async (t) => {
    const file = path.join(tempDir(t), 'plan.json');
    const expected = writeLargePlan(file, 20_000);
    const started = performance.now();
    const actions = await readPlanActions(file);
    t.diagnostic(`20,000-resource minified plan read in ${(performance.now() - started).toFixed(0)} ms`);
    assert.equal(actions.length, expected.changes);
    assert.ok(actions.every((a) => a.origin?.line === 1), 'every entry is on the one line');
  });

  test('"resource_changes": null is a plan with no changes', async (t) => {
    const file = path.join(tempDir(t), 'plan.json');
    writeFileSync(file, '{"format_version":"1.2","planned_values":{},"resource_changes":null}');
    assert.deepEqual(await readPlanActions(file), []);
  });

  const corrupt: { name: string; text: string; message: RegExp; line: number }[] = [
    { name: 'an unbalanced bracket in planned_values', text: '{"format_version":"1.2",\n"planned_values":{"root_module":{"resources":[}},\n"resource_changes":[]}', message: /not valid plan JSON: Unexpected "}"/, line: 2 },
    { name: 'a missing comma in the configuration', text: '{"format_version":"1.2",\n"resource_changes":[],\n"configuration":{"a":1\n"b":2}}', message: /not valid plan JSON: Unexpected "\\""/, line: 4 },
    { name: 'a bad byte in prior_state', text: '{"format_version":"1.2","resource_changes":[],\n"prior_state":{"values":[1,2,\n@]}}', message: /not valid plan JSON: Unexpected "@"/, line: 3 },
    { name: 'an unterminated string at the end', text: '{"format_version":"1.2","resource_changes":[],\n"timestamp":"2026-', message: /plan JSON ends early/, line: 2 },
    { name: 'a resource_changes that is not a list', text: '{"format_version":"1.2",\n"resource_changes":{"a":{"change":{"actions":["create"]}}}}', message: /"resource_changes" is not a list \(it is an object\)/, line: 2 },
    { name: 'a second document after the plan', text: '{"format_version":"1.2","resource_changes":[]}\n{}', message: /not valid plan JSON: Unexpected "\{"/, line: 2 },
  ];
  for (const c of corrupt) {
    test(`${c.name} is refused with its line`, async (t) => {
      const file = path.join(tempDir(t), 'plan.json');
      writeFileSync(file, c.text);
      for (const chunkBytes of [1, undefined]) {
        await assert.rejects(readPlanActions(file, 'plan.json', { chunkBytes }), (err: unknown) => {
          assert.ok(err instanceof SourceError, String(err));
          assert.match(err.message, c.message);
          assert.equal(err.line, c.line, err.message);
          assert.match(err.message, /terraform show -json/);
          return true;
        });
      }
    });
  }
});
