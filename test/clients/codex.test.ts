// The real Codex CLI (`codex exec`), offline against the fake OpenAI Responses
// server as a custom provider, with the README's `safeclaw hook codex` line in its
// config.toml. Codex acts on deny only: require_approval must come out as a deny
// (never a silent run), and an untrusted hook is skipped, as the README warns.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { CODEX_HOOK_COMMAND } from '../../src/cli/commands/hook.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { bin, CLI_OF, installClients, project, runClient, verifiedAudit } from './clients.js';
import { fakeOpenAI, type Step } from './fake-models.js';

/** The README's copy-paste `~/.codex/hooks.json` (the first json block of its Codex section), for the project in `dir`. */
export function readmeCodexHooksJson(dir: string): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('**Codex CLI**'));
  const block = /```json\n(.*?)\n```/s.exec(section);
  if (!block) throw new Error('README.md: no ```json block (hooks.json) in the Codex CLI part of "Inside agents"');
  const text = block[1].replaceAll('/path/to/project', dir);
  // The documented file is JSON, and its command is the one `safeclaw hook --help` prints.
  assert.equal(JSON.parse(text).hooks.PreToolUse[0].hooks[0].command, CODEX_HOOK_COMMAND.replaceAll('/path/to/project', dir));
  return text;
}

/**
 * A model catalog for the fake model: Codex offers `apply_patch` (a freeform
 * grammar tool) only to models whose metadata says so, and an unknown model's
 * fallback metadata does not. The fields are those of Codex's own models.json.
 */
function modelCatalog(): string {
  const model = {
    slug: 'gpt-fake', display_name: 'gpt-fake', description: 'the tests\' fake model', default_reasoning_level: 'medium',
    supported_reasoning_levels: [{ effort: 'medium', description: 'medium' }], shell_type: 'unified_exec', visibility: 'list',
    minimal_client_version: '0.0.1', supported_in_api: true, upgrade: null, priority: 0, base_instructions: 'You are a test model.',
    supports_reasoning_summaries: false, support_verbosity: false, default_verbosity: null, apply_patch_tool_type: 'freeform',
    input_modalities: ['text'], truncation_policy: { mode: 'tokens', limit: 10000 }, supports_parallel_tool_calls: false,
    context_window: 100000, reasoning_summary_format: 'none', experimental_supported_tools: [],
  };
  return JSON.stringify({ models: [model] });
}

/** CODEX_HOME for a run: the fake provider, the MCP server behind mcp-proxy, and the README's hooks.json. */
function codexHome(dir: string, url: string, options: { catalog?: boolean } = {}): string {
  const home = join(dir, 'codex-home');
  mkdirSync(home, { recursive: true });
  writeFileSync(join(home, 'hooks.json'), readmeCodexHooksJson(dir));
  const mcp = [CLI_OF(dir), 'mcp-proxy', '--server', 'db', '--policies', join(dir, '.safeclaw'), '--', process.execPath, join(ROOT, 'test/clients/mcp-marker-server.mjs')];
  if (options.catalog) writeFileSync(join(home, 'models.json'), modelCatalog());
  writeFileSync(
    join(home, 'config.toml'),
    `model = "gpt-fake"
model_provider = "fake"
check_for_update_on_startup = false
${options.catalog ? `model_catalog_json = ${JSON.stringify(join(home, 'models.json'))}\n` : ''}
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

/**
 * Trusts the hook the way the README documents for automation: its `bash` snippet
 * (`codex app-server` on stdio: initialize, initialized, hooks/list), run as
 * written with `codex` on PATH, then the hook's key and current hash written as
 * `[hooks.state."<key>"] trusted_hash = "<hash>"` into config.toml.
 */
async function trustHook(dir: string, home: string): Promise<{ key: string; currentHash: string }> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const codexPart = readme.slice(readme.indexOf('**Codex CLI**'), readme.indexOf('**Claude Agent SDK**'));
  const snippet = /```bash\n(.*?)\n\s*```/s.exec(codexPart)?.[1].replace(/^ {4}/gm, '') ?? '';
  assert.ok(snippet.includes('hooks/list'), 'README.md: the Codex trust snippet (```bash … hooks/list …)');
  const binDir = join(installClients(), 'node_modules/.bin');
  const run = spawnSync('bash', ['-c', snippet.replaceAll('/path/to/project', dir)], {
    cwd: dir,
    env: { PATH: `${binDir}:${process.env.PATH}`, HOME: join(dir, 'home'), CODEX_HOME: home, FAKE_API_KEY: 'dummy' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const line = run.stdout.split('\n').find((l) => l.includes('"id":2'));
  assert.ok(line, `the README snippet printed the hooks/list answer: ${run.stdout.slice(-1000)} ${run.stderr.slice(-1000)}`);
  const listing = JSON.parse(line).result as { data: { hooks: { key: string; currentHash: string }[] }[] };
  const ours = listing.data.flatMap((d) => d.hooks).find((h) => JSON.stringify(h).includes('hook codex'));
  assert.ok(ours, `hooks/list does not list the README's hook: ${line.slice(0, 2000)}`);
  appendFileSync(join(home, 'config.toml'), `\n[hooks.state.${JSON.stringify(ours.key)}]\ntrusted_hash = ${JSON.stringify(ours.currentHash)}\n`);
  return ours;
}

/** The session log (rollout JSONL) Codex wrote for the run. */
function rolloutOf(home: string): string {
  const found = spawnSync('find', [join(home, 'sessions'), '-name', 'rollout-*.jsonl'], { encoding: 'utf8' }).stdout.trim().split('\n').filter(Boolean);
  assert.equal(found.length, 1, `one rollout file under ${home}/sessions: ${found.join(', ')}`);
  return found[0];
}

/** `safeclaw check --commands FILE --format json` in the project: its results. */
async function check(dir: string, file: string) {
  const run = await runCli(['check', '--commands', file, '--format', 'json'], { cwd: dir });
  assert.ok(run.code === 0 || run.code === 1, `check exit ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout) as { verdict: string; results: { input: Record<string, string>; decision: string; rule: string | null }[] };
}

describe('Codex CLI with the documented hooks.json', () => {
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
    const home = codexHome(dir, model.url);
    const run = await codex(dir, home, ['--dangerously-bypass-hook-trust']);
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

    // The session log Codex wrote, through `safeclaw check`: the same calls, the MCP ones as tool.call of mcp__db__query.
    const rollout = rolloutOf(home);
    const report = await check(dir, rollout);
    const judged = report.results.map((r) => [r.input.action, r.input.command ?? r.input.tool, r.rule]);
    const mcpLines = readFileSync(rollout, 'utf8').split('\n').filter((l) => l.includes('query')).map((l) => l.slice(0, 600));
    assert.deepEqual(judged.filter(([action]) => action === 'tool.call'), [
      ['tool.call', 'mcp__db__query', null],
      ['tool.call', 'mcp__db__query', 'allow-db-selects'],
    ], `${JSON.stringify(judged)}\n${mcpLines.join('\n')}`);
    assert.ok(judged.some(([, what, rule]) => String(what).includes('terraform apply') && rule === 'block-terraform-apply'), JSON.stringify(judged));
  });

  test('as the README warns, an untrusted hook is skipped without a word: the denied command runs', async (t) => {
    const dir = project(t);
    const model = await fakeOpenAI(t, [{ name: 'exec_command', input: { cmd: `touch ${dir}/DENIED && terraform apply -auto-approve` } }]);
    const run = await codex(dir, codexHome(dir, model.url), []);
    assert.match(run.stdout, /"text":"All done\."/, run.stderr.slice(-2000));
    assert.equal(existsSync(join(dir, 'DENIED')), true, 'if this fails, Codex now runs untrusted hooks: update the README');
    assert.equal(existsSync(join(dir, '.safeclaw/audit/audit.jsonl')), false, 'SafeClaw was never asked');
    assert.doesNotMatch(run.stdout + run.stderr, /SafeClaw/, 'and nothing said so');
  });

  test('trusted the documented way (trusted_hash from codex app-server hooks/list), the hook runs without the bypass flag', async (t) => {
    const dir = project(t);
    const model = await fakeOpenAI(t, [
      { name: 'exec_command', input: { cmd: `touch ${dir}/DENIED && terraform apply -auto-approve` } },
      { name: 'exec_command', input: { cmd: `touch ${dir}/ALLOWED` } },
    ]);
    const home = codexHome(dir, model.url);
    const trusted = await trustHook(dir, home);
    // The shapes the README shows: the key names the hooks.json, the event and the hook's place in it.
    assert.equal(trusted.key, `${join(home, 'hooks.json')}:pre_tool_use:0:0`);
    assert.match(trusted.currentHash, /^sha256:[0-9a-f]{64}$/);
    const run = await codex(dir, home, []);
    assert.match(run.stdout, /"text":"All done\."/, run.stderr.slice(-2000));
    assert.doesNotMatch(run.stdout, /dangerously-bypass-hook-trust/);
    const [apply, touch] = model.toolResults();
    assert.match(apply, /Command blocked by PreToolUse hook: SafeClaw deny: block-terraform-apply/);
    assert.doesNotMatch(touch, /SafeClaw/);
    assert.equal(existsSync(join(dir, 'DENIED')), false);
    assert.equal(existsSync(join(dir, 'ALLOWED')), true);
    assert.deepEqual(verifiedAudit(dir).map((r) => r.rule), ['block-terraform-apply', 'allow-touch-in-project']);

    // An edited hook is a new hook: its old trust does not carry over, so it is skipped again.
    writeFileSync(join(home, 'hooks.json'), readmeCodexHooksJson(dir).replace(' || exit 2', ' --no-audit || exit 2'));
    const edited = await fakeOpenAI(t, [{ name: 'exec_command', input: { cmd: `touch ${dir}/DENIED && terraform apply -auto-approve` } }]);
    writeFileSync(join(home, 'config.toml'), readFileSync(join(home, 'config.toml'), 'utf8').replace(model.url, edited.url));
    await codex(dir, home, []);
    assert.equal(existsSync(join(dir, 'DENIED')), true, 'an edited hook runs only once trusted again (Codex keys trust to the definition)');
  });

  test('apply_patch: each file the patch names is judged as file.write; a patch naming a refused path writes nothing, an allowed one is written', async (t) => {
    const dir = project(t);
    const patch = (...sections: string[]) => `*** Begin Patch\n${sections.join('\n')}\n*** End Patch\n`;
    const model = await fakeOpenAI(t, [
      // infra/**/*.tf: allow-iac-file-writes
      { name: 'apply_patch', input: {}, item: { type: 'custom_tool_call', input: patch('*** Add File: infra/main.tf', '+resource "terraform_data" "a" {}'), arguments: undefined } },
      // .github/workflows/**: review-gate-changes (require_approval, a deny for Codex)
      { name: 'apply_patch', input: {}, item: { type: 'custom_tool_call', input: patch('*** Add File: .github/workflows/deploy.yml', '+on: push'), arguments: undefined } },
      // One allowed file and one no rule allows: the whole patch is refused, neither is written.
      { name: 'apply_patch', input: {}, item: { type: 'custom_tool_call', input: patch('*** Add File: infra/net.tf', '+# net', '*** Add File: notes.txt', '+hi'), arguments: undefined } },
      // A move onto a refused path.
      { name: 'apply_patch', input: {}, item: { type: 'custom_tool_call', input: patch('*** Update File: infra/main.tf', '*** Move to: .github/workflows/moved.yml', '@@', '-resource "terraform_data" "a" {}', '+resource "terraform_data" "b" {}'), arguments: undefined } },
    ]);
    const home = codexHome(dir, model.url, { catalog: true });
    const run = await codex(dir, home, ['--dangerously-bypass-hook-trust']);
    assert.match(run.stdout, /"text":"All done\."/, run.stderr.slice(-2000));
    assert.ok(model.offeredTools().has('apply_patch'), `Codex offered apply_patch: ${[...model.offeredTools()].join(', ')}`);
    const [added, workflow, mixed, moved] = model.toolResults();
    assert.doesNotMatch(added, /SafeClaw/);
    assert.match(workflow, /SafeClaw require_approval: review-gate-changes: .*Codex hooks cannot ask a person/);
    assert.match(mixed, /SafeClaw deny: default: no rule allows this/);
    assert.match(moved, /SafeClaw require_approval: review-gate-changes/);
    assert.equal(readFileSync(join(dir, 'infra/main.tf'), 'utf8'), 'resource "terraform_data" "a" {}\n', 'the allowed file is written, and the move did not touch it');
    for (const refused of ['.github/workflows/deploy.yml', 'infra/net.tf', 'notes.txt', '.github/workflows/moved.yml']) assert.equal(existsSync(join(dir, refused)), false, `${refused} was not written`);
    const audit = verifiedAudit(dir) as unknown as { action: { type: string; raw: string }; rule: string | null }[];
    assert.deepEqual(audit.map((r) => [r.action.type, r.action.raw.replace(`${dir}/`, ''), r.rule]), [
      ['file.write', 'infra/main.tf', 'allow-iac-file-writes'],
      ['file.write', '.github/workflows/deploy.yml', 'review-gate-changes'],
      ['file.write', 'infra/net.tf', 'allow-iac-file-writes'],
      ['file.write', 'notes.txt', null],
      ['file.write', 'infra/main.tf', 'allow-iac-file-writes'],
      ['file.write', '.github/workflows/moved.yml', 'review-gate-changes'],
    ]);

    // The same patches in Codex's own session log, through `safeclaw check`: the same file.write actions and rules.
    const report = await check(dir, rolloutOf(home));
    assert.deepEqual(report.results.map((r) => [r.input.action, r.input.path, r.rule]), [
      ['file.write', 'infra/main.tf', 'allow-iac-file-writes'],
      ['file.write', '.github/workflows/deploy.yml', 'review-gate-changes'],
      ['file.write', 'infra/net.tf', 'allow-iac-file-writes'],
      ['file.write', 'notes.txt', null],
      ['file.write', 'infra/main.tf', 'allow-iac-file-writes'],
      ['file.write', '.github/workflows/moved.yml', 'review-gate-changes'],
    ]);
    assert.equal(report.verdict, 'deny');
  });
});
