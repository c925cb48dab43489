// GitHub's own local runner for JavaScript actions (@github/local-action)
// loads action.yml and runs the Action's `run()` with its stand-ins for
// @actions/core, @actions/github and @actions/artifact, the way a runner
// would. It runs sources, not bundles (it swaps the toolkit modules with
// quibble, which cannot reach into a bundle), so it drives src/action/main.ts;
// the bundled dist/index.js is run by action.test.ts.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { CHANGES, makeCheckout, pullRequestPayload, ROOT } from './runner.js';

test('@github/local-action loads action.yml and runs the Action to a verdict, outputs, summary and an uploaded audit artifact', async () => {
  const root = mkdtempSync(join(tmpdir(), 'safeclaw-local-action-'));
  try {
    const checkout = await makeCheckout(root, CHANGES.deny);
    const summary = join(root, 'summary.md');
    const artifacts = join(root, 'artifacts');
    mkdirSync(artifacts);
    writeFileSync(join(root, 'event.json'), JSON.stringify(pullRequestPayload(checkout)));
    writeFileSync(summary, '');
    // local-action reads the runner's variables and the inputs from a dotenv file.
    const dotenv = {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: join(root, 'event.json'),
      GITHUB_REPOSITORY: 'Codertocat/Hello-World',
      GITHUB_WORKSPACE: checkout.dir,
      GITHUB_STEP_SUMMARY: summary,
      RUNNER_TEMP: root,
      LOCAL_ACTION_WORKSPACE: root,
      LOCAL_ACTION_ARTIFACT_PATH: artifacts,
      INPUT_COMMENT: 'never',
      'INPUT_AUDIT-ARTIFACT': 'safeclaw-audit',
    };
    writeFileSync(join(root, '.env'), Object.entries(dotenv).map(([k, v]) => `${k}=${v}`).join('\n') + '\n');

    const child = spawn(process.execPath, [join(ROOT, 'node_modules/@github/local-action/bin/local-action.js'), ROOT, 'src/action/main.ts', join(root, '.env')], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    await new Promise((done) => child.on('close', done));

    assert.match(out, /'needs-approval'/, 'the inputs and outputs of action.yml were listed');
    assert.match(out, /::set-output name=verdict::deny/);
    assert.match(out, /::error title=SafeClaw denied \(block-terraform-apply\),file=deploy\.sh,line=2/);
    assert.match(out, /::error::SafeClaw: 2 actions denied/);
    assert.match(readFileSync(summary, 'utf8'), /SafeClaw: denied/);
    assert.ok(existsSync(join(artifacts, 'safeclaw-audit.zip')), `the audit log was uploaded as an artifact\n${out}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
