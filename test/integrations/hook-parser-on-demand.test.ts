// `safeclaw hook` loads its policies without tree-sitter's wasm and loads it only
// for a call whose commands need it (src/integrations/live-judge.ts), before
// anything analyses them: the session's cwd and a kubectl command's manifests add
// actions only from an analysed command. Each such call runs in a fresh hook
// process (where the wasm starts unloaded) and must get the answer of the same call
// judged with the parser ready. Nothing in this file loads the parser before the
// first test has run.
import assert from 'node:assert/strict';
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, test } from 'node:test';
import { hookCommand } from '../../src/cli/commands/hook.js';
import { judgePreToolUse, preToolUseAnswer } from '../../src/integrations/claude-code.js';
import { loadPolicies } from '../../src/policy/load.js';
import { isParserReady } from '../../src/shell/parser.js';
import { runCli, tempDir } from '../helpers/cli.js';

const POLICY = `rules:
  - id: allow-cat-echo-kubectl
    action: shell.execute
    effect: allow
    conditions: { command: { pattern: ["cat *", "echo *", "kubectl apply *"] } }
    reason: reading and deploying
  - id: allow-docs-reads
    action: file.read
    effect: allow
    conditions: { path: { pattern: ["docs/**", "k8s/**"] } }
    reason: the docs and manifests are public
  - id: deny-prod
    action: shell.execute
    effect: deny
    conditions: { command: { pattern: "kubectl * --namespace=prod*" } }
    reason: nothing deploys to prod
`;

function project(t: Parameters<typeof tempDir>[0]): string {
  const dir = realpathSync(tempDir(t));
  mkdirSync(join(dir, '.safeclaw/policies'), { recursive: true });
  writeFileSync(join(dir, '.safeclaw/policies/p.yaml'), POLICY);
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'docs'));
  mkdirSync(join(dir, 'secrets/docs'), { recursive: true });
  mkdirSync(join(dir, 'k8s'));
  writeFileSync(join(dir, 'docs/key.txt'), 'public\n');
  writeFileSync(join(dir, 'secrets/docs/key.txt'), 'SECRET\n');
  writeFileSync(join(dir, 'k8s/app.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n  namespace: prod\n');
  return dir;
}

const call = (cwd: string, command: string) => ({ session_id: 's', hook_event_name: 'PreToolUse', cwd, tool_name: 'Bash', tool_input: { command } });

describe('the hook loads the shell parser only for a call that needs it', () => {
  test('a call whose command the TypeScript parser reads is judged without loading it', async (t) => {
    const dir = project(t);
    const stdout = new PassThrough();
    let answer = '';
    stdout.on('data', (d) => (answer += d));
    const io = { stdout, stderr: new PassThrough(), stdin: Readable.from([JSON.stringify(call(dir, 'cat docs/key.txt && echo done'))]), cwd: dir, env: {}, isTTY: false };
    assert.equal(await hookCommand(['claude-code', '--policies', join(dir, '.safeclaw'), '--no-audit'], io), 0);
    assert.equal(JSON.parse(answer).hookSpecificOutput.permissionDecision, 'allow');
    assert.equal(isParserReady(), false);
  });

  // The two denials come from actions the line implies (the cwd's path, the manifest's namespace), which need it analysed.
  const CASES: { name: string; cwd: string; command: string; verdict: string }[] = [
    { name: "a read from the session's cwd", cwd: 'secrets', command: 'select x in a; do cat docs/key.txt; done', verdict: 'deny' },
    { name: "a kubectl manifest's namespace", cwd: '.', command: 'select x in a; do kubectl apply -f k8s/app.yaml; done', verdict: 'deny' },
    { name: 'the same line from the root, allowed', cwd: '.', command: 'select x in a; do cat docs/key.txt; done', verdict: 'allow' },
  ];
  for (const c of CASES) {
    test(`a line only tree-sitter reads is judged as with the parser ready: ${c.name}`, async (t) => {
      const dir = project(t);
      const input = call(join(dir, c.cwd), c.command);
      const run = await runCli(['hook', 'claude-code', '--policies', join(dir, '.safeclaw'), '--no-audit'], { cwd: dir, input: JSON.stringify(input) });
      assert.equal(run.code, 0, run.stderr);
      const ready = await loadPolicies(join(dir, '.safeclaw'));
      const expected = preToolUseAnswer(judgePreToolUse(ready, input), { dir: join(dir, '.safeclaw'), how: '--policies' });
      assert.equal(expected.hookSpecificOutput.permissionDecision, c.verdict);
      assert.deepEqual(JSON.parse(run.stdout), expected);
    });
  }
});
