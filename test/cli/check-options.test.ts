// Options of `safeclaw check` that only make sense together.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ROOT, runCli } from '../helpers/cli.js';

test('--rotate-at without --audit is a usage error (exit 2), not silently ignored', async () => {
  const run = await runCli(['check', '--policies', `${ROOT}/test/shell/issue11/.safeclaw`, '--rotate-at', '1M', '--command', 'ls'], { cwd: ROOT });
  assert.equal(run.code, 2, run.stderr);
  assert.match(run.stderr, /--rotate-at .*no --audit FILE/);
  assert.match(run.stderr, /fix: add --audit FILE/);
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
});
