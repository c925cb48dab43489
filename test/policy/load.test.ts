import assert from 'node:assert/strict';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { PolicyError, formatProblem } from '../../src/policy/errors.js';
import { compilePolicies, loadPolicies } from '../../src/policy/load.js';
import { tempDir } from '../helpers/cli.js';
import { policyFrom } from '../helpers/policy.js';

/** The problems a policy text produces, as `line:column: message` strings. */
function problemsOf(...texts: string[]): string[] {
  try {
    policyFrom(...texts);
  } catch (err) {
    assert.ok(err instanceof PolicyError, String(err));
    return err.problems.map((p) => `${p.position.file}:${p.position.line}:${p.position.column}: ${p.message}`);
  }
  assert.fail('expected the policy to be refused');
}

/** `file:line:column: message (fix)` for each problem, as the CLI prints them. */
function errorsOf(...texts: string[]): string[] {
  try {
    policyFrom(...texts);
  } catch (err) {
    assert.ok(err instanceof PolicyError, String(err));
    return err.problems.map(formatProblem).map((p) => p.replace(/^policies\//, ''));
  }
  assert.fail('expected the policy to be refused');
}

const GOOD = `rules:
  - id: ok
    action: shell.execute
    effect: allow
    conditions:
      command:
        pattern: "ls*"
    reason: fine
`;

describe('invalid policies are refused with file:line:column', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['bad YAML', 'rules:\n  - id: a\n    action: "shell.execute\n', /p0\.yaml:[34]:\d+: YAML syntax error: Missing closing "quote/],
    ['tab-broken YAML', 'rules:\n  - id: a\n\t action: x\n', /p0\.yaml:3:\d+: YAML syntax error/],
    ['unknown action', GOOD.replace('shell.execute', 'shell.exec'), /p0\.yaml:3:13: unknown action "shell.exec"/],
    ['unknown effect', GOOD.replace('effect: allow', 'effect: permit'), /p0\.yaml:4:13: unknown effect "permit"/],
    ['unknown condition key', GOOD.replace('command:', 'cmd:'), /p0\.yaml:6:7: unknown condition "cmd" for shell\.execute/],
    ['condition key of another action type', GOOD.replace('command:', 'path:'), /p0\.yaml:6:7: unknown condition "path" for shell\.execute/],
    ['missing id', GOOD.replace('  - id: ok\n    action', '  - action'), /p0\.yaml:2:5: rule is missing `id`/],
    ['missing reason', GOOD.replace('    reason: fine\n', ''), /p0\.yaml:2:5: rule is missing `reason`/],
    ['empty pattern', GOOD.replace('"ls*"', '""'), /p0\.yaml:7:18: pattern "" is empty/],
    ['pattern picomatch rejects', GOOD.replace('"ls*"', '"ls["'), /p0\.yaml:7:18: pattern "ls\[" Missing closing/],
    ['pattern that can never match', GOOD.replace('"ls*"', '"[z-a]"'), /p0\.yaml:7:18: pattern "\[z-a\]" can never match/],
    ['unclosed brace', GOOD.replace('"ls*"', '"{ls,dir"'), /p0\.yaml:7:18: pattern "\{ls,dir" has a "\{" with no closing/],
    ['condition without pattern', GOOD.replace('        pattern: "ls*"\n', '        glob: "ls*"\n'), /p0\.yaml:7:9: unknown key "glob" in condition "command"/],
    ['unknown rule key', GOOD.replace('    reason: fine', '    reason: fine\n    priority: 1'), /p0\.yaml:9:5: unknown rule key "priority"/],
    ['unknown top-level key', 'version: 2\n' + GOOD, /p0\.yaml:1:1: unknown top-level key "version"/],
    ['rules not a list', 'rules: {}\n', /p0\.yaml:1:8: `rules` must be a list/],
    ['rule not a mapping', 'rules:\n  - just text\n', /p0\.yaml:2:5: a rule must be a mapping/],
    ['id with spaces', GOOD.replace('id: ok', 'id: "not ok"'), /p0\.yaml:2:9: rule id "not ok" has characters/],
    ['duplicate mapping key', GOOD.replace('    reason: fine', '    reason: fine\n    reason: again'), /p0\.yaml:9:5: YAML syntax error: Map keys must be unique/],
    ['empty pattern list', GOOD.replace('"ls*"', '[]'), /p0\.yaml:7:18: `command\.pattern` is an empty list/],
  ];
  for (const [name, text, expected] of cases) {
    test(`${name}`, () => {
      const problems = problemsOf(text);
      assert.ok(problems.some((p) => expected.test(p)), problems.join('\n'));
    });
  }

  test('a duplicate id across files names both places', () => {
    const problems = problemsOf(GOOD, GOOD);
    assert.deepEqual(problems, ['policies/p1.yaml:2:5: duplicate rule id "ok" (first defined at policies/p0.yaml:2:5)']);
  });

  test('every problem in a file is reported, not only the first', () => {
    const problems = problemsOf(GOOD.replace('shell.execute', 'nope').replace('effect: allow', 'effect: maybe'));
    assert.equal(problems.length, 2);
  });

  test('each problem says how to fix it', () => {
    try {
      policyFrom(GOOD.replace('effect: allow', 'effect: permit'));
      assert.fail('refused');
    } catch (err) {
      assert.ok(err instanceof PolicyError);
      assert.match(formatProblem(err.problems[0]), /\(use one of allow, deny, require_approval\)$/);
    }
  });

  test('an empty file, an empty list and a comment hold no rules (compiled only when empty sets are allowed)', () => {
    assert.equal(policyFrom('', 'rules: []\n', '# only a comment\n').rules.length, 0);
  });
});

describe('loadPolicies', () => {
  test('merges every .yaml and .yml file of policies/', async (t) => {
    const dir = join(tempDir(t), '.safeclaw');
    mkdirSync(join(dir, 'policies'), { recursive: true });
    writeFileSync(join(dir, 'policies', 'a.yaml'), GOOD);
    writeFileSync(join(dir, 'policies', 'b.yml'), GOOD.replace('id: ok', 'id: ok2'));
    const set = await loadPolicies(dir);
    assert.deepEqual(set.rules.map((r) => r.id), ['ok', 'ok2']);
    assert.equal(set.root, join(dir, '..'));
  });

  test('a missing policies folder is an error that says to run init', async (t) => {
    await assert.rejects(loadPolicies(join(tempDir(t), '.safeclaw')), (err: Error) => err instanceof PolicyError && /safeclaw init/.test(err.message));
  });

  test('the digest depends on the rules, not on file layout, comments or key order', () => {
    const a = policyFrom(GOOD);
    const b = policyFrom('# comment\nrules:\n  - reason: fine\n    effect: allow\n    id: ok\n    conditions: { command: { pattern: "ls*" } }\n    action: shell.execute\n');
    const c = policyFrom(GOOD.replace('"ls*"', '"ls *"'));
    assert.equal(a.digest, b.digest);
    assert.notEqual(a.digest, c.digest);
    assert.match(a.digest, /^[0-9a-f]{64}$/);
  });
});

describe('a pattern or field YAML reads as something other than a string is refused (quote it)', () => {
  // [written in the file, how the message says YAML read it]
  const cases: Array<[string, RegExp]> = [
    ['5', /is the number 5, not a string \(quote it: pattern: "5"\)/],
    ['1.10', /is the number 1\.1 as YAML reads 1\.10, not a string \(quote it: pattern: "1\.10"\)/],
    ['0x10', /is the number 16 as YAML reads 0x10, not a string \(quote it: pattern: "0x10"\)/],
    ['0o17', /is the number 15 as YAML reads 0o17/],
    ['1e3', /is the number 1000 as YAML reads 1e3/],
    ['-.inf', /is the number -Infinity as YAML reads -\.inf/],
    ['.nan', /is the number NaN as YAML reads \.nan/],
    ['true', /is the boolean true, not a string \(quote it: pattern: "true"\)/],
    ['False', /is the boolean false as YAML reads False/],
    ['null', /is null as YAML reads null, not a string \(quote it: pattern: "null"\)/],
    ['~', /is null as YAML reads ~/],
    ['', /`command\.pattern` is empty/],
    ['[ls*, 5]', /is the number 5, not a string/],
    ['[[ls*]]', /must be a string, not a list/],
    ['{ glob: ls* }', /must be a string, not a mapping/],
  ];
  for (const [written, expected] of cases) {
    test(`pattern: ${written || '(nothing)'}`, () => {
      const problems = errorsOf(GOOD.replace('pattern: "ls*"', `pattern: ${written}`));
      assert.ok(problems.some((p) => /^p0\.yaml:7:\d+: `command\.pattern` /.test(p) && expected.test(p)), problems.join('\n'));
    });
  }

  test('every condition key of every action type checks its patterns the same way', () => {
    const conditions: Array<[string, string]> = [
      ['shell.execute', 'command'],
      ['file.read', 'path'],
      ['file.write', 'path'],
      ['file.write', 'change'],
      ['network.request', 'destination'],
      ['infra.change', 'address'],
      ['infra.change', 'type'],
      ['infra.change', 'provider'],
      ['infra.change', 'change'],
      ['infra.change', 'module'],
    ];
    for (const [action, key] of conditions) {
      const text = `rules:\n  - id: r\n    action: ${action}\n    effect: deny\n    conditions:\n      ${key}:\n        pattern: 0x10\n    reason: why\n`;
      assert.deepEqual(errorsOf(text), [`p0.yaml:7:18: \`${key}.pattern\` is the number 16 as YAML reads 0x10, not a string (quote it: pattern: "0x10")`], `${action} ${key}`);
    }
  });

  test('after.path and after.pattern are checked too, list items one by one', () => {
    const text = `rules:\n  - id: r\n    action: infra.change\n    effect: deny\n    conditions:\n      after:\n        path: 1.10\n        pattern: ["0.0.0.0/0", 0]\n    reason: why\n`;
    assert.deepEqual(errorsOf(text), [
      'p0.yaml:8:32: `after.pattern` is the number 0, not a string (quote it: pattern: "0")',
      'p0.yaml:7:15: `after.path` is the number 1.1 as YAML reads 1.10, not a string (quote it: path: "1.10")',
    ]);
  });

  test('id, action, effect and reason must be strings too', () => {
    const text = `rules:\n  - id: 1.10\n    action: shell.execute\n    effect: true\n    reason: 0x10\n`;
    assert.deepEqual(errorsOf(text), [
      'p0.yaml:2:9: `id` is the number 1.1 as YAML reads 1.10, not a string (quote it: id: "1.10")',
      'p0.yaml:4:13: `effect` is the boolean true, not a string (quote it: effect: "true")',
      'p0.yaml:5:13: `reason` is the number 16 as YAML reads 0x10, not a string (quote it: reason: "0x10")',
    ]);
  });

  test('a quoted or explicitly tagged string is taken as written', () => {
    const set = policyFrom(GOOD.replace('pattern: "ls*"', 'pattern: ["1.10", \'0x10\', !!str 5]'));
    assert.deepEqual(set.rules[0].conditions[0].patterns.map((p) => p.source), ['1.10', '0x10', '5']);
  });
});

describe('YAML features a policy does not need are refused with their position', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['an alias', 'base: &b "ls*"\n' + GOOD.replace('"ls*"', '*b'), /^p0\.yaml:8:18: YAML alias "b" is not allowed in a policy/],
    ['a merge key', 'rules:\n  - &r\n    id: a\n    action: shell.execute\n    effect: deny\n    reason: x\n  - <<: *r\n    id: b\n', /^p0\.yaml:7:9: YAML alias "r" is not allowed/],
    ['an alias bomb', 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\nrules: []\n', /^p0\.yaml:2:8: YAML alias "a" is not allowed/],
    ['a custom tag', GOOD.replace('effect: allow', 'effect: !deny allow'), /^p0\.yaml:4:13: YAML: Unresolved tag: !deny/],
    ['two documents in one file', GOOD + '---\n' + GOOD, /^p0\.yaml:9:1: YAML syntax error: Source contains multiple documents/],
    ['a duplicate key in a condition', GOOD.replace('        pattern: "ls*"', '        pattern: "ls*"\n        pattern: "rm*"'), /^p0\.yaml:8:9: YAML syntax error: Map keys must be unique/],
    ['a duplicate condition', GOOD.replace('      command:\n', '      command:\n        pattern: "x*"\n      command:\n'), /^p0\.yaml:8:7: YAML syntax error: Map keys must be unique/],
    ['a duplicate top-level rules key', GOOD + GOOD, /^p0\.yaml:9:1: YAML syntax error: Map keys must be unique/],
    ['tab indentation', GOOD.replace('    action:', '\taction:'), /^p0\.yaml:3:1: YAML syntax error: Tabs are not allowed as indentation/],
    ['a block pattern with its final line break', GOOD.replace('pattern: "ls*"', 'pattern: |\n          ls*'), /^p0\.yaml:7:18: `command\.pattern` contains a line break: it would never match/],
    ['a pattern with a control character', GOOD.replace('"ls*"', '"ls\\u0007*"'), /^p0\.yaml:7:18: `command\.pattern` contains the control character U\+0007/],
  ];
  for (const [name, text, expected] of cases) {
    test(`${name}`, () => {
      const problems = errorsOf(text);
      assert.ok(problems.some((p) => expected.test(p)), problems.join('\n'));
    });
  }

  test('an alias bomb is refused quickly, without expanding it', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) levels.push(`l${i}: &l${i} [${Array(9).fill(i === 1 ? '*a' : `*l${i - 1}`).join(',')}]`);
    const started = performance.now();
    const problems = errorsOf(levels.join('\n') + '\nrules: []\n');
    assert.ok(performance.now() - started < 2000, 'refused in under 2 s');
    assert.equal(problems.length, 72); // one per alias written, not per expansion (9^9)
  });
});

test('a refused long pattern is quoted shortened in the message, not in full', () => {
  const problems = errorsOf(GOOD.replace('"ls*"', `"${'a'.repeat(100_000)}{"`));
  assert.equal(problems.length, 1);
  assert.ok(problems[0].length < 400, `${problems[0].length} characters`);
  assert.match(problems[0], /pattern "a{80}…" has a "\{" with no closing/);
});

describe('policy file encodings', () => {
  async function loadBytes(t: { after: (fn: () => void) => void }, bytes: Buffer) {
    const dir = join(tempDir(t), '.safeclaw');
    mkdirSync(join(dir, 'policies'), { recursive: true });
    writeFileSync(join(dir, 'policies', 'p.yaml'), bytes);
    return loadPolicies(dir);
  }
  async function refusal(t: { after: (fn: () => void) => void }, bytes: Buffer): Promise<string> {
    const err = await loadBytes(t, bytes).catch((e: unknown) => e);
    assert.ok(err instanceof PolicyError, String(err));
    return err.problems.map((p) => `${p.position.file.replace(/^.*\//, '')}:${p.position.line}:${p.position.column}: ${p.message}`).join('\n');
  }

  test('a UTF-8 byte order mark is accepted and positions still count from the first character', async (t) => {
    const set = await loadBytes(t, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GOOD)]));
    assert.deepEqual(set.rules[0].position, { file: set.rules[0].position.file, line: 2, column: 5 });
    assert.match(await refusal(t, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GOOD.replace('effect: allow', 'effect: permit'))])), /p\.yaml:4:13: unknown effect "permit"/);
  });

  test('CRLF line endings load and report the same positions as LF', async (t) => {
    const set = await loadBytes(t, Buffer.from(GOOD.replaceAll('\n', '\r\n')));
    assert.deepEqual(set.rules[0].conditions[0].patterns.map((p) => p.source), ['ls*']);
    assert.match(await refusal(t, Buffer.from(GOOD.replace('effect: allow', 'effect: permit').replaceAll('\n', '\r\n'))), /p\.yaml:4:13: unknown effect "permit"/);
  });

  test('invalid UTF-8 is refused at its line and column, not read as U+FFFD', async (t) => {
    const bytes = Buffer.from(GOOD.replace('"ls*"', '"ls\u0001*"'));
    bytes[bytes.indexOf(0x01)] = 0xff;
    assert.equal(await refusal(t, bytes), 'p.yaml:7:21: is not valid UTF-8 here');
  });

  test('a truncated multi-byte character and an overlong encoding are refused', async (t) => {
    assert.match(await refusal(t, Buffer.concat([Buffer.from('# caf'), Buffer.from([0xc3]), Buffer.from('\nrules: []\n')])), /^p\.yaml:1:6: is not valid UTF-8 here$/);
    assert.match(await refusal(t, Buffer.concat([Buffer.from('rules: []\n# '), Buffer.from([0xc0, 0xaf])])), /^p\.yaml:2:3: is not valid UTF-8 here$/);
  });

  test('a real U+FFFD written in the file is valid text, not an encoding error', async (t) => {
    const set = await loadBytes(t, Buffer.from(GOOD.replace('"ls*"', '"ls\uFFFD*"')));
    assert.equal(set.rules[0].conditions[0].patterns[0].source, 'ls\uFFFD*');
  });

  test('UTF-16 files are refused with what to do', async (t) => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, 'utf16le')]);
    assert.equal(await refusal(t, utf16), 'p.yaml:1:1: is UTF-16 text');
  });

  test('a NUL byte is refused at its position', async (t) => {
    assert.equal(await refusal(t, Buffer.from('rules: []\n#\0\n')), 'p.yaml:2:2: contains a NUL byte: not a text file');
  });
});

describe('policies with no rules at all', () => {
  async function emptyFolder(t: { after: (fn: () => void) => void }, files: Record<string, string>): Promise<string> {
    const dir = join(tempDir(t), '.safeclaw');
    mkdirSync(join(dir, 'policies'), { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'policies', name), text);
    return dir;
  }
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    ['an empty policies folder', {}, /policies: no policy files: every action would be denied without a rule to say why/],
    ['only empty files', { 'a.yaml': '', 'b.yml': '\n\n' }, /policies: 2 policy files \(.*a\.yaml, .*b\.yml\) but not one rule: every action would be denied/],
    ['only `rules: []`', { 'default.yaml': '# deny all\nrules: []\n' }, /policies: 1 policy file \(.*default\.yaml\) but not one rule/],
    ['`rules:` with nothing under it', { 'default.yaml': 'rules:\n' }, /but not one rule/],
  ];
  for (const [what, files, expected] of cases) {
    test(`${what} is refused by default, saying so`, async (t) => {
      const err = await loadPolicies(await emptyFolder(t, files)).catch((e: unknown) => e);
      assert.ok(err instanceof PolicyError, String(err));
      assert.match(err.message, expected);
      assert.match(err.message, /add rules: start from \.safeclaw\/examples\/devops-agent\.yaml/);
    });
  }

  test('allowEmpty loads them as a set that denies everything', async (t) => {
    const set = await loadPolicies(await emptyFolder(t, { 'a.yaml': 'rules: []\n' }), { allowEmpty: true });
    assert.equal(set.rules.length, 0);
  });

  test('compilePolicies refuses no rules as well (the Action compiles the base commit this way)', () => {
    assert.throws(() => compilePolicies([{ file: 'policies/a.yaml', text: 'rules: []\n' }], '/repo/.safeclaw'), (err: Error) => err instanceof PolicyError && /but not one rule/.test(err.message));
    assert.throws(() => compilePolicies([], '/repo/.safeclaw'), /no policy files/);
  });
});

// The hook's judge loads the policies before every call: a compile of exactly the
// inputs of its last one is skipped, and anything else compiles again.
describe('loadPolicies with reuseUnchanged', () => {
  const ruleText = (id: string, pattern: string) =>
    `rules:\n  - id: ${id}\n    action: shell.execute\n    effect: allow\n    conditions:\n      command:\n        pattern: "${pattern}"\n    reason: "${id}"\n`;
  const folder = (t: Parameters<typeof tempDir>[0], files: Record<string, string>) => {
    const dir = join(tempDir(t), '.safeclaw');
    mkdirSync(join(dir, 'policies'), { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'policies', name), text);
    return dir;
  };
  const reuse = { prepareShell: false, reuseUnchanged: true } as const;

  test('the same files give the very set of the last load, and a fresh compile an equal one', async (t) => {
    const dir = folder(t, { 'a.yaml': ruleText('a', 'ls *') });
    const first = await loadPolicies(dir, reuse);
    assert.equal(await loadPolicies(dir, reuse), first);
    const fresh = await loadPolicies(dir, { prepareShell: false });
    assert.notEqual(fresh, first);
    // Equal but for the compiled matchers (functions, compared by identity).
    assert.equal(JSON.stringify(fresh), JSON.stringify(first));
    assert.equal(fresh.digest, first.digest);
  });

  test('one byte changed, even at the same size, compiles again', async (t) => {
    const dir = folder(t, { 'a.yaml': ruleText('a', 'ls *') });
    const first = await loadPolicies(dir, reuse);
    writeFileSync(join(dir, 'policies', 'a.yaml'), ruleText('a', 'rm *'));
    const second = await loadPolicies(dir, reuse);
    assert.notEqual(second, first);
    assert.equal(second.rules[0].conditions[0].patterns[0].source, 'rm *');
    assert.notEqual(second.digest, first.digest);
  });

  test('a file added, renamed or removed compiles again', async (t) => {
    const dir = folder(t, { 'a.yaml': ruleText('a', 'ls *') });
    const first = await loadPolicies(dir, reuse);
    writeFileSync(join(dir, 'policies', 'b.yaml'), '');
    const added = await loadPolicies(dir, reuse);
    assert.notEqual(added, first);
    assert.equal(added.files.length, 2);
    assert.ok(added.files[1].endsWith('b.yaml'));
    rmSync(join(dir, 'policies', 'b.yaml'));
    renameSync(join(dir, 'policies', 'a.yaml'), join(dir, 'policies', 'c.yaml'));
    const renamed = await loadPolicies(dir, reuse);
    assert.notEqual(renamed, added);
    assert.ok(renamed.files[0].endsWith('c.yaml'));
  });

  test('another folder with the same files, or another current folder, compiles again', async (t) => {
    const one = folder(t, { 'a.yaml': ruleText('a', 'ls *') });
    const two = folder(t, { 'a.yaml': ruleText('a', 'ls *') });
    const first = await loadPolicies(one, reuse);
    const other = await loadPolicies(two, reuse);
    assert.notEqual(other, first);
    assert.equal(other.dir, two);
    const cwd = process.cwd();
    const back = await loadPolicies(two, reuse);
    assert.equal(back, other);
    process.chdir(dirname(two));
    t.after(() => process.chdir(cwd));
    const moved = await loadPolicies(two, reuse);
    assert.notEqual(moved, other);
    assert.equal(moved.files[0], join('.safeclaw', 'policies', 'a.yaml'));
  });

  test('a folder that became invalid is refused, never answered with the last set', async (t) => {
    const dir = folder(t, { 'a.yaml': ruleText('a', 'ls *') });
    await loadPolicies(dir, reuse);
    writeFileSync(join(dir, 'policies', 'a.yaml'), ruleText('a', 'ls *').replace('effect: allow', 'effect: maybe'));
    await assert.rejects(loadPolicies(dir, reuse), PolicyError);
    writeFileSync(join(dir, 'policies', 'a.yaml'), ruleText('a', 'ls *'));
    writeFileSync(join(dir, 'policies', 'notes.txt'), 'x');
    await assert.rejects(loadPolicies(dir, reuse), PolicyError);
  });

  test('allowEmpty is part of what was compiled', async (t) => {
    const dir = folder(t, { 'a.yaml': '' });
    const empty = await loadPolicies(dir, { ...reuse, allowEmpty: true });
    assert.equal(empty.rules.length, 0);
    await assert.rejects(loadPolicies(dir, reuse), PolicyError);
  });

  test('without the option every load compiles', async (t) => {
    const dir = folder(t, { 'a.yaml': ruleText('a', 'ls *') });
    await loadPolicies(dir, reuse);
    const a = await loadPolicies(dir, { prepareShell: false });
    const b = await loadPolicies(dir, { prepareShell: false });
    assert.notEqual(a, b);
  });
});
