// `safeclaw check` on Node >= 22 runs itself again with --liftoff-only (src/cli/bin.ts);
// where Node has process.execve it replaces itself (one process, the same pid), and the
// verdict and exit code are those of the run with the flag.
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

const NODE_24 = join(ROOT, 'node_modules/node/bin/node');

test('check replaces itself with its --liftoff-only run (Node 24: one pid), same verdict and exit code', { skip: !existsSync(NODE_24) || process.platform === 'win32' }, async (t) => {
  const project = tempDir(t);
  cpSync(join(ROOT, 'examples/devops/.safeclaw'), join(project, '.safeclaw'), { recursive: true });
  writeFileSync(join(project, 'commands.txt'), 'terraform apply -auto-approve\n');
  const starts = join(project, 'starts.txt');
  const record = join(project, 'record.mjs');
  // Main threads only: tsx's module hooks run on a thread of their own, which runs NODE_OPTIONS' --import too (same pid, not a start).
  writeFileSync(record, `import { appendFileSync } from 'node:fs';\nimport { isMainThread } from 'node:worker_threads';\nif (isMainThread) appendFileSync(${JSON.stringify(starts)}, process.pid + ' ' + process.execArgv.includes('--liftoff-only') + '\\n');\n`);
  const run = await runCli(['check', '--policies', '.safeclaw', '--commands', 'commands.txt', '--format', 'json'], { cwd: project, node: NODE_24, env: { NODE_OPTIONS: `--import ${record}` } });
  assert.equal(run.code, 1, run.stderr);
  assert.equal(JSON.parse(run.stdout).verdict, 'deny');
  const lines = readFileSync(starts, 'utf8').trim().split('\n').map((line) => line.split(' '));
  assert.equal(lines.length, 2, lines.join('; '));
  assert.equal(lines[0][0], lines[1][0], 'the second run has the first one\'s pid');
  assert.deepEqual(lines.map((line) => line[1]), ['false', 'true']);
});
