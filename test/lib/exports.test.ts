// The library as a user gets it: a project whose node_modules/@authensor/safeclaw
// is this package, importing the built bundle (dist/lib.js through package.json
// `exports`) in a child process, and type-checking a consumer against the
// published declarations (dist/types). Run `npm run build` first: dist/ is what
// ships, and `npm test` checks that it matches the sources.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { ROOT, tempDir } from '../helpers/cli.js';

const run = promisify(execFile);

/** What the README's Library section promises, by kind. */
const FUNCTIONS = [
  'loadPolicies', 'compilePolicies', 'lintPolicies', 'formatProblem',
  'evaluate', 'evaluateAll', 'validateAction', 'normalizePath', 'normalizeDestination', 'analyzeShellCommand',
  'collectActions', 'parseActionsJsonl',
  'appendAuditRecords', 'verifyAuditFile',
  'safeclawToolGuardrail', 'safeclawTool', 'judgeFunctionCall', 'judgePreToolUse', 'preToolUseAnswer',
  'safeclawHooks', 'safeclawPreToolUse',
];

/** Every name the README's code imports from the package (its copy-paste snippets must work). */
function readmeImports(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const names = new Set<string>();
  for (const m of readme.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@authensor\/safeclaw'/g)) {
    for (const part of m[1].split(',')) {
      const name = part.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0];
      if (name && !part.trim().startsWith('type ')) names.add(name);
    }
  }
  return [...names];
}
const ERRORS = ['PolicyError', 'SafeClawInputError', 'SourceError', 'AuditError'];
const VALUES = ['ACTION_TYPES', 'EFFECTS', 'STRICTNESS', 'DEFAULT_DENY_REASON', 'DEFAULT_AUDIT_PATH', 'VERSION'];

let project: string;
before(() => {
  assert.ok(existsSync(join(ROOT, 'dist/lib.js')), 'dist/lib.js is missing: run `npm run build`');
});

function makeProject(t: { after: (fn: () => void) => void }): string {
  const dir = tempDir(t, 'safeclaw-lib-user-');
  mkdirSync(join(dir, 'node_modules', '@authensor'), { recursive: true });
  symlinkSync(ROOT, join(dir, 'node_modules', '@authensor', 'safeclaw'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'user-project', type: 'module', private: true }));
  return dir;
}

/** Runs an ES module in the user's project and returns what it printed as JSON. */
async function inProject(dir: string, code: string): Promise<any> {
  writeFileSync(join(dir, 'main.mjs'), code);
  const { stdout } = await run(process.execPath, ['main.mjs'], { cwd: dir, env: { ...process.env, NODE_OPTIONS: '' } });
  return JSON.parse(stdout);
}

describe('the built library, imported as @authensor/safeclaw', () => {
  test('exports every function, error class and constant the README describes', async (t) => {
    project = makeProject(t);
    const found = await inProject(project, `
      const lib = await import('@authensor/safeclaw');
      console.log(JSON.stringify(Object.fromEntries(Object.entries(lib).map(([k, v]) => [k, typeof v === 'function' && /^class /.test(String(v)) ? 'class' : typeof v]))));
    `);
    for (const name of FUNCTIONS) assert.equal(found[name], 'function', `${name} is exported as a function`);
    for (const name of ERRORS) assert.equal(found[name], 'class', `${name} is exported as a class`);
    for (const name of VALUES) assert.ok(found[name] !== undefined && found[name] !== 'function', `${name} is exported`);
    const imported = readmeImports();
    assert.ok(imported.includes('safeclawHooks') && imported.includes('evaluate'), `README imports read: ${imported.join(', ')}`);
    for (const name of imported) assert.notEqual(found[name], undefined, `the README imports ${name} from '@authensor/safeclaw', which does not export it`);
  });

  test('policies load, the JSONL spelling is judged, and bad input is a SafeClawInputError', async (t) => {
    const dir = makeProject(t);
    mkdirSync(join(dir, '.safeclaw', 'policies', 'prod'), { recursive: true });
    writeFileSync(join(dir, '.safeclaw', 'policies', 'prod', 'deny.yaml'), 'rules:\n  - id: block-apply\n    action: shell.execute\n    effect: deny\n    conditions:\n      command:\n        pattern: "terraform apply*"\n    reason: review first\n');
    const out = await inProject(dir, `
      import { loadPolicies, evaluate, evaluateAll, SafeClawInputError, PolicyError } from '@authensor/safeclaw';
      const set = await loadPolicies('.safeclaw');
      const typed = evaluate(set, { type: 'shell.execute', command: 'terraform apply' });
      const jsonl = evaluateAll(set, [{ action: 'shell.execute', command: 'terraform apply' }, { action: 'file.read', path: 'README.md' }]);
      const errors = [];
      for (const bad of [{ action: 'shell.execute' }, { type: 'shell.execute', command: 5 }, 5, { type: 'ftp.put', path: 'x' }]) {
        try { evaluate(set, bad); errors.push('no error'); } catch (err) { errors.push([err instanceof SafeClawInputError, err.name, err.field, err.message]); }
      }
      let empty;
      try { await loadPolicies('nowhere/.safeclaw'); } catch (err) { empty = [err instanceof PolicyError, err.problems.length]; }
      console.log(JSON.stringify({ typed: [typed.decision, typed.rule], jsonl: jsonl.items.map((i) => [i.action.type, i.decision.decision, i.decision.rule]), errors, empty }));
    `);
    assert.deepEqual(out.typed, ['deny', 'block-apply']);
    assert.deepEqual(out.jsonl, [['shell.execute', 'deny', 'block-apply'], ['file.read', 'deny', null]]);
    assert.deepEqual(out.errors.map((e: unknown[]) => e.slice(0, 3)), [
      [true, 'SafeClawInputError', 'action.command'],
      [true, 'SafeClawInputError', 'action.command'],
      [true, 'SafeClawInputError', 'action'],
      [true, 'SafeClawInputError', 'action.type'],
    ]);
    assert.match(out.errors[1][3], /must be a non-empty string \(got the number 5\)/);
    assert.deepEqual(out.empty, [true, 1]);
  });

  test('collectActions reads an agent log, and appendAuditRecords / verifyAuditFile keep a chain', async (t) => {
    const dir = makeProject(t);
    mkdirSync(join(dir, '.safeclaw', 'policies'), { recursive: true });
    writeFileSync(join(dir, '.safeclaw', 'policies', 'a.yaml'), 'rules:\n  - id: allow-ls\n    action: shell.execute\n    effect: allow\n    conditions:\n      command:\n        pattern: "ls*"\n    reason: listing is fine\n');
    writeFileSync(join(dir, 'agent.jsonl'), '{"action":"shell.execute","command":"ls -la"}\n{"action":"shell.execute","command":"rm -rf /"}\n');
    writeFileSync(join(dir, 'bad.jsonl'), '{"action":"shell.execute"}\n');
    const out = await inProject(dir, `
      import { loadPolicies, evaluateAll, collectActions, appendAuditRecords, verifyAuditFile, SourceError, AuditError, DEFAULT_AUDIT_PATH } from '@authensor/safeclaw';
      import { appendFileSync } from 'node:fs';
      const set = await loadPolicies('.safeclaw');
      const actions = await collectActions({ commands: ['agent.jsonl'] });
      const result = evaluateAll(set, actions);
      const appended = await appendAuditRecords(DEFAULT_AUDIT_PATH, result.items, { policyDigest: set.digest });
      const verified = await verifyAuditFile(DEFAULT_AUDIT_PATH, { head: appended.head });
      let source;
      try { await collectActions({ commands: ['bad.jsonl'] }); } catch (err) { source = [err instanceof SourceError, err.message.split('\\n')[0]]; }
      appendFileSync(DEFAULT_AUDIT_PATH, '{"not":"a record"}\\n');
      let audit;
      try { await appendAuditRecords(DEFAULT_AUDIT_PATH, result.items, { policyDigest: set.digest }); } catch (err) { audit = [err instanceof AuditError, err.kind]; }
      console.log(JSON.stringify({ verdict: result.verdict, counts: result.counts, appended: appended.appended, ok: verified.ok, records: verified.records, source, audit }));
    `);
    assert.equal(out.verdict, 'deny');
    assert.deepEqual(out.counts, { allow: 1, deny: 1, require_approval: 0 });
    assert.equal(out.appended, 2);
    assert.equal(out.ok, true);
    assert.equal(out.records, 2);
    assert.equal(out.source[0], true);
    assert.match(out.source[1], /bad\.jsonl:1/);
    assert.deepEqual(out.audit, [true, 'broken-chain']);
  });

  test('the published declarations import no package: the bundle has no dependencies for a consumer to install', () => {
    const seen = new Set<string>();
    const packages: string[] = [];
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:import|export)[^;]*?from\s+['"]([^'"]+)['"]/g)) {
        if (m[1].startsWith('.')) walk(join(file, '..', m[1].replace(/\.js$/, '.d.ts')));
        else packages.push(`${file.slice(ROOT.length + 1)} imports ${m[1]}`);
      }
    };
    walk(join(ROOT, 'dist/types/lib.d.ts'));
    assert.ok(seen.size > 10, `only ${seen.size} declaration files reached`);
    assert.deepEqual(packages, []);
  });

  test('a TypeScript consumer type-checks against the published declarations', async (t) => {
    const dir = makeProject(t);
    writeFileSync(
      join(dir, 'consumer.ts'),
      `import {
  loadPolicies, evaluate, evaluateAll, collectActions, appendAuditRecords, verifyAuditFile,
  SafeClawInputError, PolicyError, SourceError, AuditError,
  type Action, type ActionInput, type Decision, type GateResult, type PolicySet, type CollectOptions,
  type AuditEntry, type AuditVerification, type LoadOptions,
} from '@authensor/safeclaw';

export async function gate(options: CollectOptions, load: LoadOptions): Promise<[GateResult, AuditVerification]> {
  const set: PolicySet = await loadPolicies('.safeclaw', load);
  const actions: Action[] = await collectActions(options);
  const jsonl: ActionInput = { action: 'file.read', path: '.env' };
  const one: Decision = evaluate(set, jsonl);
  const result = evaluateAll(set, [...actions, jsonl]);
  const entries: AuditEntry[] = result.items;
  await appendAuditRecords('audit.jsonl', entries, { policyDigest: set.digest });
  const errors: Error[] = [new SafeClawInputError('action', 'is wrong'), new PolicyError([]), new SourceError({}, 'x'), new AuditError('io', 'x', 'y')];
  void one; void errors;
  return [result, await verifyAuditFile('audit.jsonl')];
}
// @ts-expect-error a command must be a string
evaluate({} as PolicySet, { type: 'shell.execute', command: 5 });
`,
    );
    // skipLibCheck as `tsc --init` sets it: the declarations of the shell parser's types still name web-tree-sitter (a bundled devDependency).
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true, skipLibCheck: true, types: [], typeRoots: [join(ROOT, 'node_modules/@types')] }, files: ['consumer.ts'] }));
    mkdirSync(join(dir, 'node_modules', '@types'), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules/@types/node'), join(dir, 'node_modules', '@types', 'node'), 'dir');
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const result = await run(process.execPath, [tsc, '-p', 'tsconfig.json', '--types', 'node'], { cwd: dir }).catch((err: { stdout: string }) => ({ stdout: err.stdout, failed: true }));
    assert.ok(!('failed' in result), result.stdout);
  });
});
