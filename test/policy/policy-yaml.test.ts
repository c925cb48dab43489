// The policy subset parser (src/policy/policy-yaml.ts) against the `yaml`
// package: wherever it answers, the same tree (values, types, scalar sources,
// offsets) and the same line:column for every offset, and yaml finds no error,
// warning or alias there. A parse that differs would be a policy that means one
// thing in review and another to the gate. Checked on every YAML file of the
// repository, the init templates, thousands of generated policies (quoting,
// comments, flow lists and maps, multi-line and block scalars, anchors, tags,
// numbers and booleans, odd keys and indentation) and thousands of mutations.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { LineCounter, parseDocument, visit } from 'yaml';
import { DEFAULT_POLICY, DEVOPS_EXAMPLE_POLICY, SAMPLE_TESTS } from '../../src/cli/init-templates.js';
import { compilePolicies } from '../../src/policy/load.js';
import { fromYamlNode, type PolicyNode } from '../../src/policy/policy-tree.js';
import { parsePolicySubset, subsetLinePos } from '../../src/policy/policy-yaml.js';

const ROOT = new URL('../..', import.meta.url).pathname;

type Outcome = 'inside' | 'outside';

function offsets(node: PolicyNode | null, into: number[] = []): number[] {
  if (node === null) return into;
  if (node.offset !== undefined) into.push(node.offset);
  if (node.kind === 'map') for (const pair of node.pairs) (offsets(pair.key, into), offsets(pair.value, into));
  if (node.kind === 'seq') for (const item of node.items) offsets(item, into);
  return into;
}

/** The invariant: outside the subset, or exactly what yaml reads (and yaml reads it without a problem). */
function check(text: string): Outcome {
  const fast = parsePolicySubset(text);
  if (fast === undefined) return 'outside';
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const shown = JSON.stringify(text);
  assert.deepEqual(doc.errors.map((e) => e.message), [], `the subset parser read a file yaml refuses: ${shown}`);
  assert.deepEqual(doc.warnings.map((e) => e.message), [], `the subset parser read a file yaml warns about: ${shown}`);
  let aliases = 0;
  visit(doc, { Alias: () => void aliases++ });
  assert.equal(aliases, 0, `the subset parser read a file with an alias: ${shown}`);
  const slow = fromYamlNode(doc.contents);
  assert.deepStrictEqual(fast, slow, `the trees differ for ${shown}`);
  const linePos = subsetLinePos(text);
  for (const offset of [0, text.length, ...offsets(fast)]) {
    assert.deepStrictEqual(linePos(offset), lineCounter.linePos(offset), `line:column of offset ${offset} differ for ${shown}`);
  }
  return 'inside';
}

function yamlFiles(dir: string, into: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '.git' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yamlFiles(path, into);
    else if (/\.ya?ml$/.test(entry.name)) into.push(path);
  }
  return into;
}

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number, oddness = 1) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  // `odd` is the chance of an unusual choice, scaled: a tame file makes few.
  return { next, int, pick, chance: (p: number) => next() < p, odd: (p: number) => next() < p * oddness, oddness };
}
type Random = ReturnType<typeof random>;

const WORDS = [
  'allow-dev-deploy', 'shell.execute', 'file.read', 'file.write', 'network.request', 'allow', 'deny', 'require_approval',
  'terraform plan*', 'kubectl apply*--namespace=dev*', '*--dry-run*', 'helm {install,upgrade}*', '**/*.tf', '.github/**',
  '10.0.*', '*.example.com', 'src/**', 'infra/main.tf', 'alice', 'acme/platform', 'Allow deployments to dev namespace',
  // Read as other types, or special, by YAML.
  '5', '0', '007', '1.10', '0x10', '0o17', '1e3', '-1', '+2', '.inf', '-.Inf', '.nan', 'true', 'True', 'TRUE', 'tRUE', 'false',
  'null', 'Null', 'NULL', 'nULL', '~', '', 'yes', 'no', 'on', 'off', 'y', '12345678901234567890',
  // Characters that matter to YAML.
  'a: b', 'a:b', 'x:', 'a #b', 'a#b', '#a', '- x', '-x', '? x', '?x', ': x', '@x', '`x', '%x', '!x', '!!str x', '&a x', '*a', '|x', '>x',
  "it's", 'say "hi"', 'a, b', '[x]', '{x}', 'a]', 'b}', 'a,b', 'tab\there', 'line\nbreak', 'ü—… ok', '\\*', 'back\\slash', 'x ', ' x',
  'emoji 🙂', 'cr\rhere', 'nbsp\u00a0x', '\u2028', 'a\u0085b', '---', '...', "'", '"', '\\', '\\"',
];
// What policies are mostly made of: a generated file of these alone is usually inside the subset.
const TAME_WORDS = WORDS.slice(0, 21);
const word = (r: Random) => (r.odd(0.5) ? r.pick(WORDS) : r.pick(TAME_WORDS));
const KEYS = ['rules', 'id', 'action', 'effect', 'conditions', 'reason', 'approvers', 'approvals', 'command', 'path', 'pattern', 'change', 'input', 'after'];
const ODD_KEYS = ['true', 'null', '1', 'a b', '"id"', "'id'", 'id ', '? id', '-id', 'id.x', 'x-1', '_x', 'Rules', '~', '[a]', '{a: b}', '<<', '&k id', '!t id'];

type Value = { t: 'str'; v: string } | { t: 'map'; pairs: [string, Value][] } | { t: 'seq'; items: Value[] };

function value(r: Random, depth: number): Value {
  const roll = r.next();
  if (depth > 3 || roll < 0.55) return { t: 'str', v: word(r) };
  if (roll < 0.78) return { t: 'seq', items: Array.from({ length: r.int(4) }, () => value(r, depth + 1)) };
  const pairs: [string, Value][] = [];
  for (let i = r.int(4); i >= 0; i--) pairs.push([r.odd(0.1) ? r.pick(ODD_KEYS) : r.pick(KEYS), value(r, depth + 1)]);
  return { t: 'map', pairs };
}

function rule(r: Random): Value {
  const pairs: [string, Value][] = [
    ['id', { t: 'str', v: `rule-${r.int(1000)}` }],
    ['action', { t: 'str', v: r.pick(['shell.execute', 'file.read', 'file.write', 'network.request']) }],
    ['effect', { t: 'str', v: r.pick(['allow', 'deny', 'require_approval']) }],
    ['conditions', { t: 'map', pairs: [[r.pick(['command', 'path', 'destination']), { t: 'map', pairs: [['pattern', r.chance(0.7) ? { t: 'str', v: word(r) } : { t: 'seq', items: [{ t: 'str', v: word(r) }, { t: 'str', v: word(r) }] }]] }]] }],
    ['reason', { t: 'str', v: word(r) }],
  ];
  if (r.chance(0.2)) pairs.push(['approvals', { t: 'str', v: r.pick(['1', '2', '02', 'two']) }]);
  if (r.chance(0.2)) pairs.push(['approvers', { t: 'seq', items: [{ t: 'str', v: 'alice' }, { t: 'str', v: word(r) }] }]);
  if (r.odd(0.15)) pairs.splice(r.int(pairs.length), 0, [r.chance(0.5) ? r.pick(ODD_KEYS) : r.pick(KEYS), value(r, 1)]);
  if (r.odd(0.1)) pairs.push([pairs[r.int(pairs.length)][0], value(r, 2)]);
  return { t: 'map', pairs };
}

function scalar(r: Random, v: string, indent: number): string {
  const style = r.odd(1) ? r.next() : /^[*{&!|>@`%]/.test(v) ? 0.5 : r.next() * 0.78;
  if (style < 0.45) return v;
  if (style < 0.65) return JSON.stringify(v);
  if (style < 0.78) return `'${v.replace(/'/g, "''")}'`;
  if (style < 0.82) return `"${v.replace(/[\\"]/g, (c) => `\\${c}`).replace('a', '\\x61').replace('e', '\\u0065')}"`;
  if (style < 0.86) return `${r.pick(['|', '|-', '>', '>-', '|+'])}\n${' '.repeat(indent + 2)}${v}\n${r.chance(0.5) ? `${' '.repeat(indent + 2)}more\n` : ''}`.trimEnd();
  if (style < 0.9) return `${v}\n${' '.repeat(indent + r.pick([1, 2, 4]))}${r.pick(['continued', '# not a comment?', '- x', 'k: v'])}`;
  if (style < 0.93) return `"${v.slice(0, 3)}\n${' '.repeat(indent + 2)}${v.slice(3)}"`;
  if (style < 0.96) return `${r.pick(['&a ', '!!str ', '!x ', '*a', '&a\n' + ' '.repeat(indent + 2)])}${v}`;
  return `${v}${r.pick([' # comment', '#x', '   ', ' #', ' ## ', ' \t'])}`;
}

function flow(r: Random, node: Value): string | undefined {
  if (node.t === 'str') return r.chance(0.5) ? JSON.stringify(node.v) : node.v;
  if (node.t === 'seq') {
    const items = node.items.map((item) => flow(r, item));
    return items.includes(undefined) ? undefined : `[${r.pick(['', ' '])}${items.join(r.odd(0.3) ? r.pick([',', ' , ']) : ', ')}${r.odd(0.3) ? r.pick([' ', ',']) : ''}]`;
  }
  const pairs = node.pairs.map(([k, v]) => {
    const f = flow(r, v);
    return f === undefined ? undefined : `${k}${r.odd(0.3) ? r.pick([':', ' : ', ':  ']) : ': '}${f}`;
  });
  return pairs.includes(undefined) ? undefined : `{${r.pick(['', ' '])}${pairs.join(r.odd(0.3) ? ',' : ', ')}${r.pick(['', ' '])}}`;
}

function print(r: Random, node: Value, indent: number, lines: string[], prefix: string): void {
  const comment = () => {
    if (r.chance(0.08)) lines.push(`${' '.repeat(r.int(indent + 3))}# ${word(r)}`);
    if (r.chance(0.05)) lines.push(r.pick(['', '   ']));
  };
  if (node.t === 'str') {
    lines.push(`${prefix}${scalar(r, node.v, indent)}`);
    return;
  }
  const inline = r.chance(0.15 * Math.max(r.oddness, 0.3)) ? flow(r, node) : undefined;
  if (inline !== undefined) {
    const lead = prefix.replace(/ # nested$/, '');
    lines.push(`${lead}${lead.endsWith(':') || lead.endsWith('-') ? ' ' : ''}${inline}${r.chance(0.1) ? ' # flow' : ''}`);
    return;
  }
  if (node.t === 'seq') {
    if (node.items.length === 0) {
      lines.push(`${prefix.replace(/ # nested$/, '')} []`);
      return;
    }
    const seqIndent = prefix.endsWith(':') ? indent + (r.odd(0.2) ? r.pick([1, 3]) : r.pick([0, 2, 4])) : indent;
    if (prefix !== '') lines.push(prefix.trimEnd());
    for (const item of node.items) {
      comment();
      const dash = `${' '.repeat(seqIndent)}-${r.pick([' ', ' ', '  ', '   '])}`;
      if (item.t === 'map' && r.chance(0.85)) printMap(r, item, dash.length, lines, dash);
      else if (item.t === 'str') lines.push(`${dash}${scalar(r, item.v, seqIndent)}`);
      else print(r, item, seqIndent + 2, lines, `${dash.trimEnd()}:`.slice(0, -1));
    }
    return;
  }
  if (prefix !== '') lines.push(prefix.trimEnd());
  const mapIndent = prefix === '' ? indent : indent + (r.odd(0.2) ? r.pick([1, 3]) : r.pick([2, 4]));
  printMap(r, node, mapIndent, lines, ' '.repeat(mapIndent));
}

/** A block map whose first key goes after `first` (a dash, or the indentation). */
function printMap(r: Random, node: Value & { t: 'map' }, indent: number, lines: string[], first: string): void {
  if (node.pairs.length === 0) {
    lines.push(`${first.replace(/ # nested$/, '')}{}`);
    return;
  }
  node.pairs.forEach(([key, val], i) => {
    const lead = i === 0 ? first : ' '.repeat(indent);
    if (i > 0 && r.chance(0.06)) lines.push(`${' '.repeat(r.int(indent + 2))}# between`);
    const colon = r.odd(0.04) ? r.pick([' :', ':', '::']) : ':';
    if (val.t === 'str') lines.push(`${lead}${key}${colon}${r.pick([' ', ' ', '  '])}${scalar(r, val.v, indent)}`);
    else if (r.odd(0.05)) lines.push(`${lead}${key}${colon}`);
    else print(r, val, indent, lines, `${lead}${key}${colon}${r.chance(0.1) ? ' # nested' : ''}`);
  });
}

function generatedPolicy(seed: number): string {
  const r = random(seed, seed % 2 === 0 ? 1 : 0.05);
  const lines: string[] = [];
  if (r.chance(0.3)) lines.push('# generated policy');
  if (r.odd(0.03)) lines.push(r.pick(['---', '%YAML 1.1', '---\n', '...']));
  const rules: Value = { t: 'seq', items: Array.from({ length: 1 + r.int(4) }, () => rule(r)) };
  const top: Value = { t: 'map', pairs: [['rules', rules]] };
  if (r.odd(0.05)) top.pairs.push([r.pick(KEYS), value(r, 1)]);
  printMap(r, top as Value & { t: 'map' }, 0, lines, r.odd(0.03) ? '  ' : '');
  return lines.join('\n') + (r.chance(0.8) ? '\n' : '');
}

const MUTATIONS = [' ', '  ', '\n', '\n  ', '-', '- ', ':', ': ', '#', ' #', '"', "'", '[', ']', '{', '}', ',', '&', '*', '!', '|', '>', '?', '%', '@', '`', '\\', 'a', '0', '.', '~', '\t', '\r', '\u00a0', '\ufeff', 'é'];

function mutate(text: string, seed: number): string {
  const r = random(seed);
  let out = text;
  for (let n = 1 + r.int(3); n > 0; n--) {
    const at = r.int(out.length + 1);
    const what = r.next();
    if (what < 0.45) out = out.slice(0, at) + r.pick(MUTATIONS) + out.slice(at);
    else if (what < 0.75) out = out.slice(0, at) + out.slice(at + 1 + r.int(3));
    else out = out.slice(0, at) + r.pick(MUTATIONS) + out.slice(at + 1);
  }
  return out;
}

describe('the policy subset parser', () => {
  const files = yamlFiles(ROOT);
  const policies = files.filter((f) => f.includes('/.safeclaw/') || f.includes('/policies/'));

  test('reads every policy of the repository exactly as yaml does, and all of them (the hook cold start depends on it)', () => {
    assert.ok(policies.length >= 5, `found ${policies.length} policy files`);
    for (const file of policies) assert.equal(check(readFileSync(file, 'utf8')), 'inside', file);
  });

  test('reads the init templates exactly as yaml does', () => {
    for (const text of [DEFAULT_POLICY, DEVOPS_EXAMPLE_POLICY, SAMPLE_TESTS]) assert.equal(check(text), 'inside');
  });

  test('every other YAML file of the repository: outside the subset, or read as yaml does', () => {
    for (const file of files) check(readFileSync(file, 'utf8'));
  });

  test('hand-picked cases: read as yaml does, or left to yaml', () => {
    const cases: Array<[string, Outcome]> = [
      ['', 'inside'],
      ['# only a comment\n\n', 'inside'],
      ['rules:\n- id: a\n  reason: it\'s "fine", [really] {yes} a#b\n', 'inside'],
      ['rules:\n  - id: a # c\n    approvals: 2\n    approvers: [alice, "acme/platform"]\n', 'inside'],
      ['rules:\n  - conditions:\n      command: { pattern: [ "a", b ] }\n', 'inside'],
      ['rules:\n  - conditions: { command: { pattern: [ "a", b ] } }\n', 'inside'],
      ['rules:\n  - conditions: { command: [ { pattern: a } ] }\n', 'outside'],
      ['rules: []\n', 'inside'],
      ['rules:\n  - id: a\n    reason: x: y\n', 'outside'],
      ['rules:\n  - id: a\n    reason: one\n      two\n', 'outside'],
      ['rules:\n  - id: a\n    reason: |\n      two\n', 'outside'],
      ['rules:\n  - id: &x a\n    reason: *x\n', 'outside'],
      ['rules:\n  - id: a\n    id: b\n', 'outside'],
      ['rules:\n  - id: a\n    reason: true\n', 'outside'],
      ['rules:\n  - id: a\n    reason: 1.10\n', 'outside'],
      ['rules:\n  - id: a\n    reason: "a\\x41"\n', 'outside'],
      ['rules:\n  - id: a\n    reason: "a"b\n', 'outside'],
      ['rules:\n  - id: a\n    reason:\n', 'outside'],
      ['rules:\r\n  - id: a\r\n', 'outside'],
      ['rules:\n\t- id: a\n', 'outside'],
      ['---\nrules: []\n', 'outside'],
    ];
    for (const [text, expected] of cases) assert.equal(check(text), expected, JSON.stringify(text));
  });

  test('thousands of generated policies: never a different reading, and most read by the subset parser', () => {
    let inside = 0;
    const count = 4000;
    for (let seed = 1; seed <= count; seed++) if (check(generatedPolicy(seed)) === 'inside') inside++;
    // The generator writes many forms outside the subset on purpose; the share inside shows the comparison has teeth.
    assert.ok(inside > count * 0.15, `${inside} of ${count} generated policies were inside the subset`);
  });

  test('thousands of mutations of real and generated policies: never a different reading', () => {
    const bases = [...policies.map((f) => readFileSync(f, 'utf8')), DEFAULT_POLICY, ...Array.from({ length: 40 }, (_, i) => generatedPolicy(10_000 + i))];
    let inside = 0;
    let n = 0;
    for (const base of bases) {
      // Mutations far from the top of a long file change nothing the start shows; cut bases to a few rules.
      const text = base.length > 1500 ? base.slice(0, 1500 + base.slice(1500).indexOf('\n  - ')) : base;
      for (let i = 0; i < 150; i++) if (check(mutate(text, ++n)) === 'inside') inside++;
    }
    assert.ok(inside > n * 0.05, `${inside} of ${n} mutations were inside the subset`);
  });

  test('compiles the example policy to the same rules and positions as yaml would', () => {
    const text = readFileSync(join(ROOT, 'examples/devops/.safeclaw/policies/devops-agent.yaml'), 'utf8');
    // A trailing `!!str` tag makes yaml read one value the same while taking the file outside the subset.
    const viaYaml = text.replace('reason: "Allow deployments to dev namespace"', 'reason: !!str "Allow deployments to dev namespace"');
    assert.equal(parsePolicySubset(viaYaml), undefined);
    const fast = compilePolicies([{ file: 'p.yaml', text }], '/x/.safeclaw');
    const slow = compilePolicies([{ file: 'p.yaml', text: viaYaml }], '/x/.safeclaw');
    assert.equal(JSON.stringify(fast.rules), JSON.stringify(slow.rules));
    assert.deepStrictEqual(fast.rules.flatMap((rule) => [rule.position, ...rule.conditions.flatMap((c) => c.patterns.map((p) => p.position))]), slow.rules.flatMap((rule) => [rule.position, ...rule.conditions.flatMap((c) => c.patterns.map((p) => p.position))]));
    assert.equal(fast.digest, slow.digest);
  });
});
export const forFuzzing = { check, generatedPolicy, mutate };
