// Which files of `.safeclaw/policies/` are loaded, on real folders: every
// *.yaml / *.yml under it (subfolders too), everything else refused with a reason
// and a fix. The same layouts committed to a real git repository are read by the
// Action's base-commit reader (readPoliciesAt), which must make the same choice.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { readPoliciesAt } from '../../src/action/git-checkout.js';
import { PolicyError, formatProblem } from '../../src/policy/errors.js';
import { POLICY_FOLDER_LIMITS, readPolicyFileBytes } from '../../src/policy/files.js';
import { compilePolicies, loadPolicies } from '../../src/policy/load.js';
import { tempDir } from '../helpers/cli.js';

type Layout = Record<string, string | { link: string }>;

const rule = (id: string, effect = 'deny', pattern = `${id}*`) =>
  `rules:\n  - id: ${id}\n    action: shell.execute\n    effect: ${effect}\n    conditions:\n      command:\n        pattern: "${pattern}"\n    reason: "${id} reason"\n`;

/** Writes `layout` under DIR/.safeclaw/policies/ and returns the .safeclaw folder. */
function writeLayout(root: string, layout: Layout): string {
  const dir = join(root, '.safeclaw');
  mkdirSync(join(dir, 'policies'), { recursive: true });
  for (const [path, content] of Object.entries(layout)) {
    const file = join(dir, 'policies', path);
    mkdirSync(dirname(file), { recursive: true });
    if (typeof content === 'string') writeFileSync(file, content);
    else symlinkSync(content.link, file);
  }
  return dir;
}

/** The problems, each as `path-under-policies: message`, whatever prefix the loader put on file names. */
function problemsOf(err: unknown): string[] {
  assert.ok(err instanceof PolicyError, String(err));
  return err.problems.map((p) => {
    const file = p.position.file.replace(/^.*\.safeclaw\/policies\/?/, '') || '.';
    return `${file}${p.position.line > 0 ? `:${p.position.line}:${p.position.column}` : ''}: ${p.message}`;
  });
}

async function workTreeProblems(layout: Layout, t: { after: (fn: () => void) => void }): Promise<string[]> {
  const dir = writeLayout(tempDir(t), layout);
  try {
    await loadPolicies(dir);
  } catch (err) {
    return problemsOf(err);
  }
  assert.fail('expected the policies to be refused');
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
}

/** Commits `layout` to a fresh repository and reads it back the way the Action reads a base commit. */
async function committedProblems(layout: Layout, t: { after: (fn: () => void) => void }): Promise<string[]> {
  const root = tempDir(t);
  writeLayout(root, layout);
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'policies');
  try {
    const sources = await readPoliciesAt(root, git(root, 'rev-parse', 'HEAD').trim(), '.safeclaw');
    compilePolicies(sources ?? [], join(root, '.safeclaw'));
  } catch (err) {
    return problemsOf(err);
  }
  assert.fail('expected the committed policies to be refused');
}

const GOOD = { 'base.yaml': rule('base-rule') };

describe('every *.yaml and *.yml under policies/ is loaded, subfolders included', () => {
  test('rules in nested folders load, and the files are listed in path order', async (t) => {
    const dir = writeLayout(tempDir(t), {
      'z.yaml': rule('z-rule'),
      'a/deep/er/x.YML': rule('x-rule'),
      'a.yml': rule('a-rule'),
      'team-b/prod.yaml': rule('prod-rule'),
    });
    const set = await loadPolicies(dir);
    assert.deepEqual(set.rules.map((r) => r.id), ['a-rule', 'prod-rule', 'x-rule', 'z-rule']);
    assert.deepEqual(
      set.files.map((f) => f.replace(/^.*\.safeclaw\/policies\//, '')),
      ['a.yml', 'a/deep/er/x.YML', 'team-b/prod.yaml', 'z.yaml'],
    );
  });

  test('a deny rule in a subfolder decides (it does not vanish)', async (t) => {
    const { evaluate } = await import('../../src/engine/evaluate.js');
    const dir = writeLayout(tempDir(t), { 'allow.yaml': rule('allow-terraform', 'allow', 'terraform *'), 'prod/deny.yaml': rule('deny-apply', 'deny', 'terraform apply*') });
    const decision = evaluate(await loadPolicies(dir), { type: 'shell.execute', command: 'terraform apply' });
    assert.equal(decision.decision, 'deny');
    assert.equal(decision.rule, 'deny-apply');
  });

  test('the committed folder gives the Action the same rules as the work tree', async (t) => {
    const root = tempDir(t);
    writeLayout(root, { 'a.yaml': rule('a-rule'), 'sub/b.yml': rule('b-rule') });
    git(root, 'init', '-q', '-b', 'main');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'policies');
    const sources = await readPoliciesAt(root, git(root, 'rev-parse', 'HEAD').trim(), '.safeclaw');
    assert.deepEqual(sources?.map((s) => s.file), ['.safeclaw/policies/a.yaml', '.safeclaw/policies/sub/b.yml']);
    assert.equal(compilePolicies(sources!, join(root, '.safeclaw')).digest, (await loadPolicies(join(root, '.safeclaw'))).digest);
  });
});

describe('anything else in policies/ is refused with the file, why, and what to do', () => {
  // [what, layout, expected problem]; every layout also holds a valid policy, so only the odd file is at fault.
  const cases: Array<[string, Layout, RegExp]> = [
    ['a JSON policy', { 'deny.json': '{"rules":[]}' }, /^deny\.json: is a JSON file: only \*\.yaml and \*\.yml files are policies$/],
    ['a .yml.bak backup', { 'prod.yml.bak': rule('old') }, /^prod\.yml\.bak: looks like a copy of a policy file/],
    ['a .yaml.disabled copy', { 'prod.yaml.disabled': rule('old') }, /^prod\.yaml\.disabled: looks like a copy of a policy file/],
    ['a merge leftover', { 'prod.yaml.orig': rule('old') }, /^prod\.yaml\.orig: looks like a copy/],
    ['a vim swap file', { '.base.yaml.swp': 'b0VIM 9.0' }, /^\.base\.yaml\.swp: is an editor swap, lock or backup file/],
    ['a second vim swap file', { '.base.yaml.swo': 'b0VIM 9.0' }, /^\.base\.yaml\.swo: is an editor swap/],
    ['an emacs auto-save file', { '#base.yaml#': rule('x') }, /^#base\.yaml#: is an editor swap/],
    ['an emacs lock link', { '.#base.yaml': { link: 'user@host.1234:1700000000' } }, /^\.#base\.yaml: is an editor swap/],
    ['a ~ backup', { 'base.yaml~': rule('x') }, /^base\.yaml~: is an editor swap/],
    ['a hidden policy file', { '.secret.yaml': rule('hidden') }, /^\.secret\.yaml: is a hidden file under policies\//],
    ['a hidden folder of policies', { '.archive/old.yaml': rule('old'), '.archive/older.yaml': rule('older') }, /^\.archive: is a hidden folder under policies\//],
    ['a hidden folder deeper down', { 'team/.old/x.yaml': rule('old') }, /^team\/\.old: is a hidden folder/],
    ['a README', { 'README.md': '# our policies' }, /^README\.md: looks like documentation/],
    ['a README without extension', { README: 'notes' }, /^README: looks like documentation/],
    ['a text file in a subfolder', { 'team/notes.txt': 'x' }, /^team\/notes\.txt: looks like documentation/],
    ['a file of another kind', { 'policy.toml': 'x = 1' }, /^policy\.toml: is not a policy file: only \*\.yaml and \*\.yml files are loaded$/],
    ['a file without extension', { 'deny-all': rule('x') }, /^deny-all: is not a policy file/],
    ['a non-empty .gitkeep', { '.gitkeep': 'rules: []' }, /^\.gitkeep: is a hidden file/],
    ['a link to a policy outside the repository', { 'shared.yaml': { link: '/etc/hostname' } }, /^shared\.yaml: is a symbolic link: SafeClaw loads policies only from regular files/],
    ['a link to a policy beside it', { 'alias.yaml': { link: 'base.yaml' } }, /^alias\.yaml: is a symbolic link/],
    ['a dangling link', { 'gone.yaml': { link: 'nowhere.yaml' } }, /^gone\.yaml: is a symbolic link/],
    ['a link to a folder', { team: { link: '/tmp' } }, /^team: is a symbolic link/],
  ];
  for (const [what, layout, expected] of cases) {
    test(`${what} is refused in the work tree`, async (t) => {
      const problems = await workTreeProblems({ ...GOOD, ...layout }, t);
      assert.ok(problems.some((p) => expected.test(p)), problems.join('\n'));
    });
    test(`${what} is refused in a commit the Action reads`, async (t) => {
      const problems = await committedProblems({ ...GOOD, ...layout }, t);
      assert.ok(problems.some((p) => expected.test(p)), problems.join('\n'));
    });
  }

  test('every refused file is reported in one run, with a fix for each', async (t) => {
    const dir = writeLayout(tempDir(t), { ...GOOD, 'a.json': '{}', 'b.yml.bak': '', 'README.md': '' });
    const err = await loadPolicies(dir).catch((e: unknown) => e);
    assert.ok(err instanceof PolicyError);
    assert.equal(err.problems.length, 3);
    for (const problem of err.problems) assert.match(formatProblem(problem), /\.safeclaw\/policies\/\S+: .+ \(.+\)$/);
  });

  test('a refused file and a broken policy are reported together', async (t) => {
    const dir = writeLayout(tempDir(t), { 'a.json': '{}', 'bad.yaml': rule('bad').replace('effect: deny', 'effect: maybe') });
    const problems = problemsOf(await loadPolicies(dir).catch((e: unknown) => e));
    assert.deepEqual(problems, ['a.json: is a JSON file: only *.yaml and *.yml files are policies', 'bad.yaml:4:13: unknown effect "maybe"']);
  });

  test('a FIFO named like a policy is refused without opening it (the gate cannot hang on it)', async (t) => {
    const dir = writeLayout(tempDir(t), GOOD);
    execFileSync('mkfifo', [join(dir, 'policies', 'wait.yaml')]);
    const problems = problemsOf(await loadPolicies(dir).catch((e: unknown) => e));
    assert.deepEqual(problems, ['wait.yaml: is not a regular file']);
  });
});

// What the listing saw can change before the file is opened: the read itself refuses
// whatever is no longer a small regular file (a link, a FIFO, a file grown too big).
describe('reading a listed file checks it again', () => {
  test('a symbolic link is not followed (ELOOP)', (t) => {
    const dir = tempDir(t);
    writeFileSync(join(dir, 'real.yaml'), rule('real'));
    symlinkSync(join(dir, 'real.yaml'), join(dir, 'link.yaml'));
    assert.throws(() => readPolicyFileBytes(join(dir, 'link.yaml')), { code: 'ELOOP' });
  });

  test('a FIFO is opened without blocking and refused (ENOTREG)', (t) => {
    const dir = tempDir(t);
    execFileSync('mkfifo', [join(dir, 'wait.yaml')]);
    assert.throws(() => readPolicyFileBytes(join(dir, 'wait.yaml')), { code: 'ENOTREG' });
  });

  test('a file over the size limit is refused (EFBIG)', (t) => {
    const dir = tempDir(t);
    writeFileSync(join(dir, 'big.yaml'), Buffer.alloc(POLICY_FOLDER_LIMITS.maxFileBytes + 1, 0x20));
    assert.throws(() => readPolicyFileBytes(join(dir, 'big.yaml')), { code: 'EFBIG' });
  });

  test('a file at the limit, and an empty one, are read whole', (t) => {
    const dir = tempDir(t);
    const full = Buffer.alloc(POLICY_FOLDER_LIMITS.maxFileBytes, 0x61);
    writeFileSync(join(dir, 'full.yaml'), full);
    writeFileSync(join(dir, 'empty.yaml'), '');
    assert.ok(readPolicyFileBytes(join(dir, 'full.yaml')).equals(full));
    assert.equal(readPolicyFileBytes(join(dir, 'empty.yaml')).length, 0);
  });
});

describe('files that cannot hold rules are ignored', () => {
  const cases: Array<[string, Layout]> = [
    ['an empty .gitkeep', { '.gitkeep': '' }],
    ['an empty .keep in a subfolder', { 'team/.keep': '' }],
    ['macOS Finder metadata', { '.DS_Store': 'Bud1\0\0\0' }],
    ['Windows Explorer metadata', { 'Thumbs.db': '\xd0\xcf', 'desktop.ini': '[.ShellClassInfo]' }],
  ];
  for (const [what, layout] of cases) {
    test(`${what}`, async (t) => {
      const set = await loadPolicies(writeLayout(tempDir(t), { ...GOOD, ...layout }));
      assert.deepEqual(set.rules.map((r) => r.id), ['base-rule']);
    });
  }
});

describe('the folder itself', () => {
  test('a policies path that is a file is an error saying so', async (t) => {
    const root = tempDir(t);
    mkdirSync(join(root, '.safeclaw'));
    writeFileSync(join(root, '.safeclaw', 'policies'), rule('x'));
    const problems = problemsOf(await loadPolicies(join(root, '.safeclaw')).catch((e: unknown) => e));
    assert.deepEqual(problems, ['.: the policies folder is a file, not a folder']);
  });

  test('a .safeclaw path that is a loop of symbolic links is an error saying so', async (t) => {
    const root = tempDir(t);
    symlinkSync(join(root, 'b'), join(root, 'a'));
    symlinkSync(join(root, 'a'), join(root, 'b'));
    const err = await loadPolicies(join(root, 'a')).catch((e: unknown) => e);
    assert.ok(err instanceof PolicyError);
    assert.match(err.message, /the \.safeclaw folder is a loop of symbolic links/);
  });

  test('--policies pointing at policies/ itself says to pass the folder above it', async (t) => {
    const dir = writeLayout(tempDir(t), GOOD);
    const err = await loadPolicies(join(dir, 'policies')).catch((e: unknown) => e);
    assert.ok(err instanceof PolicyError);
    assert.match(err.message, /looks like the policies folder itself: pass the folder above it/);
  });

  test('policies/ may itself be a link to a folder (the user chose it)', async (t) => {
    const root = tempDir(t);
    const shared = join(root, 'shared-policies');
    mkdirSync(shared);
    writeFileSync(join(shared, 'a.yaml'), rule('a-rule'));
    mkdirSync(join(root, '.safeclaw'));
    symlinkSync(shared, join(root, '.safeclaw', 'policies'));
    assert.deepEqual((await loadPolicies(join(root, '.safeclaw'))).rules.map((r) => r.id), ['a-rule']);
  });

  test('a folder with more entries than the limit is refused rather than walked without end', async (t) => {
    const dir = writeLayout(tempDir(t), GOOD);
    for (let i = 0; i < 30; i++) writeFileSync(join(dir, 'policies', `f${i}.yaml`), '');
    const saved = POLICY_FOLDER_LIMITS.maxEntries;
    POLICY_FOLDER_LIMITS.maxEntries = 20; // the real limit (10 000) works the same, with 10 000 files to write
    t.after(() => (POLICY_FOLDER_LIMITS.maxEntries = saved));
    const err = await loadPolicies(dir).catch((e: unknown) => e);
    assert.ok(err instanceof PolicyError);
    assert.match(err.message, /policies: has more than 20 entries/);
  });

  test(`folders nested deeper than ${POLICY_FOLDER_LIMITS.maxDepth} levels are refused`, async (t) => {
    const deep = Array.from({ length: POLICY_FOLDER_LIMITS.maxDepth + 1 }, (_, i) => `d${i}`).join('/');
    const err = await loadPolicies(writeLayout(tempDir(t), { ...GOOD, [`${deep}/x.yaml`]: rule('deep') })).catch((e: unknown) => e);
    assert.ok(err instanceof PolicyError);
    assert.match(err.message, new RegExp(`is nested more than ${POLICY_FOLDER_LIMITS.maxDepth} folders deep`));
  });

  test('a policy file larger than the limit is refused before it is parsed', async (t) => {
    const big = rule('big') + `# ${'x'.repeat(POLICY_FOLDER_LIMITS.maxFileBytes)}\n`;
    const problems = problemsOf(await loadPolicies(writeLayout(tempDir(t), { ...GOOD, 'big.yaml': big })).catch((e: unknown) => e));
    assert.equal(problems.length, 1);
    assert.match(problems[0], new RegExp(`^big\\.yaml: is ${Buffer.byteLength(big)} bytes, more than a policy file may be \\(${POLICY_FOLDER_LIMITS.maxFileBytes}\\)$`));
  });
});
