// The real Codex CLI (`codex exec`), offline against the fake OpenAI Responses
// server as a custom provider, with the README's `safeclaw hook codex` line in its
// config.toml. Codex acts on deny only: require_approval must come out as a deny
// (never a silent run), and an untrusted hook is skipped, as the README warns.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { CODEX_HOOK_COMMAND } from '../../src/cli/commands/hook.js';
import { ROOT } from '../helpers/cli.js';
import { bin, CLI_OF, project, runClient, verifiedAudit } from './clients.js';
import { fakeOpenAI, type Step } from './fake-models.js';

function codexHome(dir: string, url: string): string {
  const home = join(dir, 'codex-home');
  mkdirSync(home, { recursive: true });
  const hook = CODEX_HOOK_COMMAND.replaceAll('/path/to/project', dir);
  const mcp = [CLI_OF(dir), 'mcp-proxy', '--server', 'db', '--policies', join(dir, '.safeclaw'), '--', process.execPath, join(ROOT, 'test/clients/mcp-marker-server.mjs')];
  writeFileSync(
    join(home, 'config.toml'),
    `model = "gpt-fake"
model_provider = "fake"
check_for_update_on_startup = false

[model_providers.fake]
name = "fake"
base_url = "${url}/v1"
env_key = "FAKE_API_KEY"
wire_api = "responses"

[analytics]
enabled = false

[mcp_servers.db]
command = "node"
args = ${JSON.stringify(mcp)}
env = { MCP_MARKER = "${join(dir, 'MCP_RAN')}" }

[[hooks.PreToolUse]]
matcher = "*"
[[hooks.PreToolUse.hooks]]
type = "command"
command = ${JSON.stringify(hook)}
`,
  );
  return home;
}

async function codex(dir: string, home: string, extra: string[]) {
  return runClient(bin('@openai/codex/bin/codex.js'), ['exec', '--json', '-s', 'workspace-write', '--disable', 'plugins', ...extra, 'Do the task'], {
    cwd: dir,
    env: { HOME: join(dir, 'home'), CODEX_HOME: home, FAKE_API_KEY: 'dummy' },
  });
}

describe('Codex CLI with the documented hook', () => {
  test('denied and approval-needing commands never run, their reasons reach the model, allowed ones run, MCP calls are judged', async (t) => {
    const dir = project(t);
    const steps: Step[] = [
      { name: 'exec_command', input: { cmd: `touch ${dir}/DENIED && terraform apply -auto-approve` } },
      { name: 'exec_command', input: { cmd: `touch ${dir}/ALLOWED` } },
      { name: 'exec_command', input: { cmd: `touch ${dir}/ASKED; helm list` } },
      { name: 'query', input: { sql: 'DROP TABLE users' }, item: { namespace: 'mcp__db' } },
      { name: 'query', input: { sql: 'SELECT * FROM users' }, item: { namespace: 'mcp__db' } },
    ];
    const model = await fakeOpenAI(t, steps);
    const run = await codex(dir, codexHome(dir, model.url), ['--dangerously-bypass-hook-trust']);
    assert.match(run.stdout, /"text":"All done\."/, run.stderr.slice(-2000));
    const [apply, touch, helm, drop, select] = model.toolResults();
    assert.match(apply, /Command blocked by PreToolUse hook: SafeClaw deny: block-terraform-apply/);
    assert.doesNotMatch(touch, /SafeClaw/);
    assert.match(helm, /SafeClaw require_approval: ask-helm: .*Codex hooks cannot ask a person/);
    assert.match(drop, /SafeClaw deny: default: no rule allows this/);
    // SafeClaw allowed it, which for Codex is no answer: Codex's own approval policy then decides (exec: never asks, so it refuses MCP calls).
    assert.doesNotMatch(select, /SafeClaw/);
    assert.match(select, /requires approval/);
    assert.equal(existsSync(join(dir, 'DENIED')), false);
    assert.equal(existsSync(join(dir, 'ASKED')), false);
    assert.equal(existsSync(join(dir, 'ALLOWED')), true);
    assert.equal(existsSync(join(dir, 'MCP_RAN')), false, 'no MCP call reached the server');
    const rules = verifiedAudit(dir).map((r) => r.rule);
    for (const rule of ['block-terraform-apply', 'allow-touch-in-project', 'ask-helm', null, 'allow-db-selects']) assert.ok(rules.includes(rule), `${rule} in ${rules.join(', ')}`);
  });

  test('as the README warns, an untrusted hook is skipped without a word: the denied command runs', async (t) => {
    const dir = project(t);
    const model = await fakeOpenAI(t, [{ name: 'exec_command', input: { cmd: `touch ${dir}/DENIED && terraform apply -auto-approve` } }]);
    await codex(dir, codexHome(dir, model.url), []);
    assert.equal(existsSync(join(dir, 'DENIED')), true, 'if this fails, Codex now runs untrusted hooks: update the README');
    assert.equal(existsSync(join(dir, '.safeclaw/audit/audit.jsonl')), false, 'SafeClaw was never asked');
  });
});
