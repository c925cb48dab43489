// The bundle gives `safeclaw hook` an entry of its own (dist/hook-main.js, see
// scripts/build.mjs): one file holding everything a call runs, the parser's runtime
// and the audit anchor in chunks loaded only when needed. Built afresh here; the
// hook run through it must answer exactly as through the shared bundle's main.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

/** The files a bundle file imports statically (what Node loads with it), by path relative to dist/. */
function staticImports(dist: string, file: string): string[] {
  const text = readFileSync(join(dist, file), 'utf8');
  return [...text.matchAll(/^(?:import|export)\s[^;]*?from\s*"\.\/([^"]+)"|^import\s*"\.\/([^"]+)"/gm)].map((m) => join(file, '..', m[1] ?? m[2]));
}

describe('the hook bundle', () => {
  const work = mkdtempSync(join(tmpdir(), 'safeclaw-hook-bundle-'));
  const dist = join(work, 'dist');
  after(() => rmSync(work, { recursive: true, force: true }));
  before(() => {
    execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--out', dist], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    writeFileSync(join(dist, '..', 'package.json'), '{ "type": "module" }\n');
  });

  test('loads no chunk of the shared bundle, and neither the parser runtime nor the anchor code up front', () => {
    const loaded = new Set<string>();
    const pending = ['hook-main.js'];
    while (pending.length > 0) {
      const file = pending.pop() as string;
      if (loaded.has(file)) continue;
      loaded.add(file);
      pending.push(...staticImports(dist, file));
    }
    assert.ok([...loaded].every((file) => file === 'hook-main.js' || file.startsWith('hook-chunks/')), [...loaded].join(', '));
    const lazy = readdirSync(join(dist, 'hook-chunks')).filter((f) => f.startsWith('web-tree-sitter-') || f.startsWith('anchor-'));
    assert.equal(lazy.length, 2, readdirSync(join(dist, 'hook-chunks')).join(', '));
    for (const file of lazy) assert.ok(!loaded.has(`hook-chunks/${file}`), `${file} is loaded with every call`);
  });

  test('answers every call as the shared bundle does, a line only tree-sitter reads included', async (t) => {
    const project = tempDir(t);
    cpSync(join(ROOT, 'examples/devops/.safeclaw'), join(project, '.safeclaw'), { recursive: true });
    // The chunk cli.js imports for every other command (the Action's main.ts may have one of the same name).
    const main = /import\("\.\/chunks\/([^"]+\.js)"\)/.exec(readFileSync(join(dist, 'cli.js'), 'utf8'))?.[1];
    assert.ok(main, 'the shared bundle has its main chunk');
    const shared = join(dist, 'shared-main.js');
    writeFileSync(shared, `const { main } = await import('./chunks/${main}');\nprocess.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env, isTTY: false });\n`);
    const calls = [
      { tool_name: 'Bash', tool_input: { command: 'kubectl get pods -n dev' } },
      { tool_name: 'Bash', tool_input: { command: 'select x in a; do cat .env; done' } },
      { tool_name: 'Read', tool_input: { file_path: join(project, 'README.md') } },
      { tool_name: 'NoSuchTool', tool_input: {} },
    ];
    for (const call of calls) {
      const input = JSON.stringify({ hook_event_name: 'PreToolUse', session_id: 's', cwd: project, ...call });
      const args = ['hook', 'claude-code', '--policies', join(project, '.safeclaw'), '--no-audit'];
      const own = await runCli(args, { cwd: project, input, bin: join(dist, 'cli.js') });
      const viaMain = await runCli(args, { cwd: project, input, bin: shared });
      assert.equal(own.code, 0, own.stderr);
      assert.match(own.stdout, /"permissionDecision":"(allow|deny|ask)"/);
      assert.deepEqual(own, viaMain);
    }
    const usage = await runCli(['hook', 'nope'], { cwd: project, bin: join(dist, 'cli.js') });
    assert.deepEqual(usage, await runCli(['hook', 'nope'], { cwd: project, bin: shared }));
    assert.equal(usage.code, 2);
  });

  test('imports no Node built-in as an ES module (whose facade would load what its lazy getters hide)', () => {
    const files = [...readdirSync(dist).filter((f) => f.endsWith('.js')), ...['chunks', 'hook-chunks'].flatMap((d) => readdirSync(join(dist, d)).map((f) => `${d}/${f}`))];
    for (const file of files) {
      const text = readFileSync(join(dist, file), 'utf8');
      const esm = [...text.matchAll(/^\s*(?:import|export)\b[^;]*?from\s*["']((?:node:)?[a-z_/]+)["']/gm)].map((m) => m[1]).filter((name) => name !== 'node:module');
      assert.deepEqual(esm, [], `${file} imports built-ins as ES modules`);
    }
  });

  test('a hook call loads neither process.stdout\'s stream nor child_process, worker_threads or util.diff', async (t) => {
    const project = tempDir(t);
    cpSync(join(ROOT, 'examples/devops/.safeclaw'), join(project, '.safeclaw'), { recursive: true });
    const list = join(project, 'modules.txt');
    const record = join(project, 'record.mjs');
    writeFileSync(record, `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));\n`);
    const input = JSON.stringify({ hook_event_name: 'PreToolUse', session_id: 's', cwd: project, tool_name: 'Bash', tool_input: { command: 'git status' } });
    const run = execFileSync(process.execPath, ['--import', record, join(dist, 'cli.js'), 'hook', 'claude-code', '--policies', join(project, '.safeclaw')], { cwd: project, input, encoding: 'utf8' });
    assert.match(run, /"permissionDecision":"(allow|deny|ask)"/);
    const loaded = readFileSync(list, 'utf8').split('\n');
    for (const name of ['NativeModule net', 'NativeModule child_process', 'NativeModule worker_threads', 'NativeModule internal/util/diff', 'NativeModule internal/crypto/webcrypto']) {
      assert.ok(!loaded.includes(name), `${name} was loaded`);
    }
  });
});
