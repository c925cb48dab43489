// `safeclaw check --diff/--plan/--commands/--pr-body`, run as a real child process
// on the bundled example PR (built by examples/pr/make-repo.mjs) and on broken inputs.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ROOT, runCli } from '../helpers/cli.js';
import { tempDir } from './helpers.js';

function examplePr(t: { after: (fn: () => void) => void }): string {
  const dir = path.join(tempDir(t), 'repo');
  const printed = execFileSync(process.execPath, [path.join(ROOT, 'examples/pr/make-repo.mjs'), dir], { encoding: 'utf8' }).trim();
  assert.equal(printed, dir);
  return dir;
}

interface JsonResult {
  input: Record<string, unknown>;
  decision: string;
  rule: string | null;
  origin: { source: string; file?: string; line?: number };
}

describe('safeclaw check on a PR', () => {
  test('the example PR: every source is judged, with allowed and denied actions, exit 1', async (t) => {
    const dir = examplePr(t);
    const run = await runCli(
      ['check', '--format', 'json', '--diff', 'main...HEAD', '--plan', 'plan.json', '--plan', 'pulumi-preview.json', '--plan', 'changeset.json', '--commands', 'agent-session.jsonl', '--pr-body', 'pr-body.md'],
      { cwd: dir },
    );
    assert.equal(run.code, 1, run.stderr);
    const out = JSON.parse(run.stdout) as { verdict: string; results: JsonResult[] };
    const sources = new Set(out.results.map((r) => r.origin.source));
    assert.deepEqual([...sources].sort(), ['diff', 'manifest', 'pipeline', 'plan', 'pr-body', 'transcript']);
    const find = (file: string, line?: number) => out.results.find((r) => r.origin.file === file && (line === undefined || r.origin.line === line));
    assert.equal(find('.github/workflows/terraform.yml', 11)?.rule, 'block-terraform-apply');
    assert.equal(find('agent-session.jsonl', 6)?.rule, 'block-secret-file-reads');
    assert.equal(find('pr-body.md', 16)?.rule, 'block-prod-deploy');
    assert.equal(find('infra/network.tf')?.decision, 'allow');
    assert.deepEqual(
      out.results.filter((r) => r.origin.source === 'plan').map((r) => `${r.input.change} ${r.input.address}`),
      ['update aws_security_group.web', 'replace aws_db_instance.main', 'create aws_s3_bucket.logs', 'create admin-ssh', 'update artifacts', 'replace OrdersDb', 'create ReportsQueue'],
    );
    // Pulumi's open SSH ingress and CloudFormation's conditional database replacement, by the Terraform-worded rules.
    assert.equal(find('pulumi-preview.json')?.rule, 'block-open-ingress');
    assert.equal(find('changeset.json', 3)?.rule, 'block-database-replace');
    // The manifest's privileged prod Deployment, and `kubectl apply -f k8s/web.yaml` judged in the namespace the file names.
    assert.equal(out.results.find((r) => r.origin.source === 'manifest' && r.origin.file === 'k8s/web.yaml')?.rule, 'block-privileged-pods');
    assert.deepEqual(out.results.filter((r) => r.origin.file === 'pr-body.md' && r.origin.line === 17).map((r) => r.rule), [null, 'block-prod-deploy']);
    assert.ok(out.results.some((r) => r.decision === 'allow'));
    assert.equal(out.verdict, 'deny');
  });

  test('a corrupt plan is exit 2 with the file, line and what to do', async (t) => {
    const dir = tempDir(t);
    writeFileSync(path.join(dir, 'plan.json'), '{\n  "format_version": "1.2",\n  "resource_changes": [\n    {"address": oops}\n  ]\n}\n');
    const run = await runCli(['check', '--policies', path.join(ROOT, 'examples/devops/.safeclaw'), '--plan', 'plan.json'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /plan\.json:4: not valid plan JSON/);
    assert.match(run.stderr, /terraform show -json/);
    assert.doesNotMatch(run.stderr, /at \w+ \(/, 'no stack trace');
  });

  test('an unreadable transcript line is exit 2 with file:line', async (t) => {
    const dir = tempDir(t);
    writeFileSync(path.join(dir, 'session.jsonl'), '{"sessionId":"s","message":{"content":[]}}\n{"sessionId": truncated\n');
    const run = await runCli(['check', '--policies', path.join(ROOT, 'examples/devops/.safeclaw'), '--commands', 'session.jsonl'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /session\.jsonl:2: not valid JSON/);
  });

  test('a base commit missing from a shallow clone is exit 2 asking for fetch-depth 0', async (t) => {
    const repo = examplePr(t);
    const base = execFileSync('git', ['rev-parse', 'main'], { cwd: repo, encoding: 'utf8' }).trim();
    const clone = path.join(tempDir(t), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', '--branch', 'agent/db-resize', `file://${repo}`, clone]);
    const run = await runCli(['check', '--diff', `${base}...HEAD`], { cwd: clone });
    assert.equal(run.code, 2);
    assert.match(run.stderr, new RegExp(`commit ${base} is not in this clone \\(the clone is shallow\\)`));
    assert.match(run.stderr, /fetch-depth: 0/);
  });

  test('an unknown --commands-format is a usage error', async (t) => {
    const run = await runCli(['check', '--policies', path.join(ROOT, 'examples/devops/.safeclaw'), '--commands', 'x', '--commands-format', 'yaml'], { cwd: tempDir(t) });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--commands-format must be one of auto, safeclaw, text, claude, openai/);
  });
});
