// The real Claude Code CLI (`claude -p`), offline against a fake Anthropic API, with
// the README's .claude/settings.json hook line and an MCP server behind
// `safeclaw mcp-proxy`. What the model asks for must reach SafeClaw, a denied call
// must not run, its reason must reach the model, an allowed call must run.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { CLAUDE_CODE_TOOLS } from '../../src/integrations/claude-code-tools.js';
import { ROOT } from '../helpers/cli.js';
import { bin, CLI_OF, project, runClient, verifiedAudit } from './clients.js';
import { fakeAnthropic, type Step } from './fake-models.js';

/** The settings block of the README's "Inside agents" section, as a user pastes it. */
function documentedSettings(): { hooks: { PreToolUse: { hooks: { command: string; timeout: number; onFailure: string }[] }[] } } {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('\n## Inside agents');
  const block = readme.slice(start).match(/```json\n(\{"hooks".*?hook claude-code.*?)\n```/s);
  assert.ok(block, 'the README has the settings.json line');
  return JSON.parse(block[1]);
}

async function claude(dir: string, url: string, extra: string[] = []) {
  mkdirSync(join(dir, 'home'), { recursive: true });
  return runClient(bin('@anthropic-ai/claude-code/bin/claude.exe'), ['-p', 'Do the task', '--output-format', 'json', ...extra], {
    cwd: dir,
    env: {
      HOME: join(dir, 'home'),
      ANTHROPIC_BASE_URL: url,
      ANTHROPIC_API_KEY: 'dummy',
      CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
      DISABLE_AUTOUPDATER: '1',
    },
  });
}

describe('Claude Code CLI with the documented hook', () => {
  test('judges its Bash, Read, Monitor and MCP calls; denied ones never run and their reasons reach the model', async (t) => {
    const dir = project(t);
    mkdirSync(join(dir, '.claude'));
    writeFileSync(join(dir, '.claude/settings.json'), JSON.stringify(documentedSettings()));
    // The MCP server behind the proxy, as the README configures it.
    const marker = join(dir, 'MCP_RAN');
    const mcp = { mcpServers: { db: { command: 'node', args: [CLI_OF(dir), 'mcp-proxy', '--server', 'db', '--', process.execPath, join(ROOT, 'test/clients/mcp-marker-server.mjs')], env: { MCP_MARKER: marker } } } };
    writeFileSync(join(dir, 'mcp.json'), JSON.stringify(mcp));
    const steps: Step[] = [
      { name: 'Bash', input: { command: `touch ${dir}/DENIED && terraform apply -auto-approve`, description: 'apply' } },
      { name: 'Bash', input: { command: `touch ${dir}/ALLOWED`, description: 'marker' } },
      { name: 'Read', input: { file_path: join(dir, '.env') } },
      { name: 'Monitor', input: { command: `touch ${dir}/MONITORED; terraform apply -auto-approve`, description: 'watch' } },
      { name: 'ToolSearch', input: { query: 'select:WebFetch', max_results: 5 } },
      { name: 'mcp__db__query', input: { sql: 'DROP TABLE users' } },
      { name: 'mcp__db__query', input: { sql: 'SELECT * FROM users' } },
      { name: 'Bash', input: { command: `touch ${dir}/ASKED; helm list`, description: 'helm' } },
    ];
    const model = await fakeAnthropic(t, steps);
    const run = await claude(dir, model.url, ['--mcp-config', join(dir, 'mcp.json'), '--strict-mcp-config']);
    assert.equal(JSON.parse(run.stdout).result, 'All done.', run.stderr);

    const results = model.toolResults();
    assert.equal(results.length, steps.length);
    const [apply, touch, env, monitor, search, drop, select, helm] = results;
    assert.match(apply, /^\[error\].*SafeClaw deny: block-terraform-apply: .*\(policies: .*\.safeclaw, from CLAUDE_PROJECT_DIR\)/);
    assert.doesNotMatch(touch, /SafeClaw/);
    assert.match(env, /SafeClaw deny: block-secret-file-reads/);
    assert.match(monitor, /SafeClaw deny: block-terraform-apply/);
    assert.doesNotMatch(search, /SafeClaw/, 'ToolSearch gets no answer: Claude Code loads the schemas');
    assert.match(drop, /SafeClaw deny: default: no rule allows this/);
    assert.match(select, /query ran/);
    assert.match(helm, /SafeClaw require_approval: ask-helm/, 'ask is refused under -p, never run silently');

    assert.equal(existsSync(join(dir, 'DENIED')), false);
    assert.equal(existsSync(join(dir, 'MONITORED')), false);
    assert.equal(existsSync(join(dir, 'ASKED')), false);
    assert.equal(existsSync(join(dir, 'ALLOWED')), true);
    assert.equal(readFileSync(marker, 'utf8'), 'query {"sql":"SELECT * FROM users"}\n', 'only the allowed MCP call reached the server');

    // The hook's decisions and the proxy's (for the one call the hook let through), in one chain.
    const decisions = verifiedAudit(dir).map((r) => `${r.decision} ${r.rule}`);
    for (const expected of ['deny block-terraform-apply', 'allow allow-touch-in-project', 'deny block-secret-file-reads', 'deny null', 'require_approval ask-helm']) {
      assert.ok(decisions.includes(expected), `${expected} in ${decisions.join(', ')}`);
    }
    assert.equal(decisions.filter((d) => d === 'allow allow-db-selects').length, 2, 'judged by the hook and by the proxy');

    // Every tool this Claude Code offered the model is in SafeClaw's table.
    const offered = [...model.offeredTools()].filter((name) => !name.startsWith('mcp__') && name !== 'DeferredToolPlaceholder');
    assert.deepEqual(offered.filter((name) => !Object.hasOwn(CLAUDE_CODE_TOOLS, name)), []);
  });

  const failures: [string, (dir: string) => { command: string; timeout?: number; onFailure?: string }][] = [
    ['SafeClaw is not installed (the documented line)', () => documentedSettings().hooks.PreToolUse[0].hooks[0]],
    ['the hook hangs past its timeout (onFailure: block)', () => ({ command: 'sleep 30', timeout: 2, onFailure: 'block' })],
    ['the hook exits 1 (onFailure: block, without || exit 2)', () => ({ command: 'exit 1', onFailure: 'block' })],
  ];
  for (const [what, hookOf] of failures) {
    test(`blocks the call when ${what}`, async (t) => {
      const dir = project(t, true);
      mkdirSync(join(dir, '.claude'));
      writeFileSync(join(dir, '.claude/settings.json'), JSON.stringify({ hooks: { PreToolUse: [{ matcher: '*', hooks: [{ type: 'command', ...hookOf(dir) }] }] } }));
      const model = await fakeAnthropic(t, [{ name: 'Bash', input: { command: `touch ${dir}/RAN`, description: 'marker' } }]);
      const run = await claude(dir, model.url);
      assert.equal(JSON.parse(run.stdout).result, 'All done.', run.stderr);
      assert.equal(existsSync(join(dir, 'RAN')), false, `the command ran: ${model.toolResults().join(' | ')}`);
      assert.match(model.toolResults()[0], /^\[error\]/);
    });
  }
});

describe('Claude Code CLI: kubectl -f judged with the namespaces the manifests name, read from the session cwd', () => {
  test('a manifest naming prod is denied under an allow rule for kubectl apply -f k8s/*, a dev one runs, a cd is followed', async (t) => {
    const dir = project(t);
    mkdirSync(join(dir, '.claude'));
    writeFileSync(join(dir, '.claude/settings.json'), JSON.stringify(documentedSettings()));
    writeFileSync(
      join(dir, '.safeclaw/policies/k8s.yaml'),
      'rules:\n  - id: allow-k8s-apply\n    action: shell.execute\n    effect: allow\n    conditions: { command: { pattern: "kubectl apply --filename=k8s/*" } }\n    reason: manifests under k8s/ may be applied\n  - id: allow-k8s-apply-here\n    action: shell.execute\n    effect: allow\n    conditions: { command: { pattern: "kubectl apply --filename=*.yaml" } }\n    reason: manifests of the current folder\n',
    );
    mkdirSync(join(dir, 'k8s'));
    // Real manifests from kubectl (client-side generation needs no API server); by hand where kubectl is missing.
    const manifest = (name: string, namespace: string) => {
      const made = spawnSync('kubectl', ['create', 'deployment', name, '--image=nginx:1.27', '-n', namespace, '--dry-run=client', '-o', 'yaml'], { encoding: 'utf8' });
      if (made.status === 0) return made.stdout;
      console.error(`NOTE: kubectl unavailable (${made.error?.message ?? made.stderr}): manifest written by hand`);
      return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n  selector: {matchLabels: {app: ${name}}}\n  template:\n    metadata: {labels: {app: ${name}}}\n    spec: {containers: [{name: ${name}, image: "nginx:1.27"}]}\n`;
    };
    writeFileSync(join(dir, 'k8s/web.yaml'), manifest('web', 'prod'));
    writeFileSync(join(dir, 'k8s/api.yaml'), manifest('api', 'dev'));
    // No cluster here: kubectl itself fails after the marker; what matters is whether the command ran.
    const model = await fakeAnthropic(t, [
      { name: 'Bash', input: { command: `touch ${dir}/PROD && kubectl apply -f k8s/web.yaml`, description: 'deploy' } },
      { name: 'Bash', input: { command: `touch ${dir}/DEV && kubectl apply -f k8s/api.yaml --request-timeout=1s`, description: 'deploy' } },
      { name: 'Bash', input: { command: `cd k8s && touch ${dir}/CD_PROD && kubectl apply -f web.yaml`, description: 'deploy' } },
    ]);
    const run = await claude(dir, model.url);
    assert.equal(JSON.parse(run.stdout).result, 'All done.', run.stderr);
    const [prod, dev, cdProd] = model.toolResults();
    assert.match(prod, /SafeClaw deny: block-prod-deploy: .*--namespace=prod/);
    assert.doesNotMatch(dev, /SafeClaw/);
    assert.match(cdProd, /SafeClaw deny: block-prod-deploy/);
    assert.equal(existsSync(join(dir, 'PROD')), false);
    assert.equal(existsSync(join(dir, 'CD_PROD')), false);
    assert.equal(existsSync(join(dir, 'DEV')), true);
    const audit = verifiedAudit(dir).map((r) => `${r.decision} ${r.rule}`);
    assert.ok(audit.includes('deny block-prod-deploy'), audit.join(', '));
  });
});
