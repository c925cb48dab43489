// The public channels, end to end: the bundled Action (a fresh build) run as a
// runner runs it on a PR whose description plan and changed script carry every
// shell form of the redaction corpus. The PR comment it posts, the job summary,
// the SARIF file, the annotations and the failure line it prints, and the audit
// log it uploads must hold no secret.
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { FakeGitHub } from '../action/fake-github.js';
import { GitHubOpenApi } from '../action/github-openapi.js';
import { buildAction, cleanupRun, makeCheckout, pullRequestPayload, runAction } from '../action/runner.js';
import { tempDir } from '../helpers/cli.js';
import { SECRET_CASES } from './corpus.js';
import { CORPUS_POLICY, assertNoSecret } from './fixture.js';

let dist: string;
let openApi: GitHubOpenApi;

before(async () => {
  dist = await buildAction();
  openApi = GitHubOpenApi.load();
});
after(() => rmSync(dist, { recursive: true, force: true }));

const shellCases = SECRET_CASES.filter((c) => c.action.type === 'shell.execute');
const commandOf = (c: (typeof SECRET_CASES)[number]) => (c.action as { command: string }).command;

test('the PR comment, job summary, SARIF, annotations, failure line and audit log of a real run hold no secret', async (t) => {
  const root = tempDir(t);
  const github = new FakeGitHub(openApi);
  await github.start();
  t.after(() => github.close());
  // One command per line in the script; multi-line forms (heredocs, key blocks) only in the PR body.
  const script = '#!/bin/sh\n' + shellCases.filter((c) => !commandOf(c).includes('\n')).map(commandOf).join('\n') + '\n';
  const checkout = await makeCheckout(root, { 'deploy.sh': script }, CORPUS_POLICY);
  const body = `Deploys the app.\n\n## Agent plan\n\n\`\`\`bash\n${shellCases.map(commandOf).join('\n')}\n\`\`\`\n`;
  const run = await runAction({
    dist,
    workspace: checkout.dir,
    event: 'pull_request',
    payload: pullRequestPayload(checkout, body),
    apiUrl: github.url,
    inputs: { sarif: 'safeclaw.sarif' },
  });
  t.after(() => cleanupRun(run));

  assert.equal(run.outputs.verdict, 'deny', run.stdout + run.stderr);
  assert.notEqual(run.code, 0, 'the step fails on the denials');
  const comment = github.comments.get(2)?.[0]?.body ?? '';
  assert.match(comment, /SafeClaw: denied/);
  assert.ok((comment.match(/\[REDACTED:/g) ?? []).length >= shellCases.length, 'every form is in the comment, redacted');
  assertNoSecret('PR comment', comment, shellCases);
  assertNoSecret('job summary', run.summary, shellCases);
  assertNoSecret('SARIF', readFileSync(join(checkout.dir, 'safeclaw.sarif'), 'utf8'), shellCases);
  // Annotations (::error file=…::), the failure line (::error::) and every log line.
  assert.ok(run.commands.some((c) => c.command === 'error' && c.properties.file === 'deploy.sh'), 'annotations were made');
  assertNoSecret('workflow commands and log', run.stdout + run.stderr, shellCases);
  assertNoSecret('audit log', readFileSync(join(run.runnerTemp, 'safeclaw-audit.jsonl'), 'utf8'), shellCases);
  assert.deepEqual(github.problems, []);
});
