// `safeclaw mcp-proxy` as a real process between a real MCP client and a real MCP
// server (both on @modelcontextprotocol/sdk): what reaches the server is what the
// policies allow, and nothing else.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

const POLICY = `rules:
  - id: allow-selects
    action: tool.call
    effect: allow
    conditions:
      tool: { pattern: "mcp__ops__query" }
      input: { path: sql, pattern: "SELECT *" }
    reason: reads are fine
  - id: deny-drop
    action: tool.call
    effect: deny
    conditions:
      input: { path: sql, pattern: "*DROP*" }
    reason: no schema changes
  - id: ask-run
    action: tool.call
    effect: require_approval
    conditions:
      tool: { pattern: "mcp__ops__run" }
    reason: a person runs commands
  - id: allow-run-ls
    action: tool.call
    effect: allow
    conditions:
      tool: { pattern: "mcp__ops__run" }
      input: { path: command, pattern: "ls*" }
    reason: listing
`;

const SERVER = join(ROOT, 'test/clients/mcp-marker-server.mjs');
const TSX = join(ROOT, 'node_modules/tsx/dist/loader.mjs');

function project(t: Parameters<typeof tempDir>[0]): string {
  const dir = realpathSync(tempDir(t));
  mkdirSync(join(dir, '.safeclaw/policies'), { recursive: true });
  writeFileSync(join(dir, '.safeclaw/policies/p.yaml'), POLICY);
  mkdirSync(join(dir, '.git'));
  return dir;
}

async function connect(dir: string, extra: string[] = []) {
  const client = new Client({ name: 'test', version: '1.0.0' });
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: ['--import', TSX, join(ROOT, 'src/cli/bin.ts'), 'mcp-proxy', '--server', 'ops', ...extra, '--', process.execPath, SERVER],
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', MCP_MARKER: join(dir, 'ran.txt') },
    stderr: 'pipe',
  });
  await client.connect(transport);
  return client;
}

const text = (result: unknown) => ((result as { content: { text: string }[] }).content[0]?.text ?? '');

describe('safeclaw mcp-proxy', () => {
  test('forwards only allowed calls, answers the others with the rule, and hides tools no call could be allowed for', async (t) => {
    const dir = project(t);
    const client = await connect(dir);
    t.after(() => client.close());
    const tools = (await client.listTools()).tools.map((tool) => tool.name).sort();
    // drop_everything: no allow rule names it; run: every call of it needs approval, which MCP cannot ask for.
    assert.deepEqual(tools, ['query']);

    const select = await client.callTool({ name: 'query', arguments: { sql: 'SELECT * FROM users' } });
    assert.equal(select.isError, undefined);
    assert.equal(text(select), 'query ran');

    const drop = await client.callTool({ name: 'query', arguments: { sql: 'SELECT 1; DROP TABLE users' } });
    assert.equal(drop.isError, true);
    assert.equal(text(drop), 'SafeClaw deny: deny-drop: no schema changes');

    // A hidden tool called anyway is judged all the same.
    const ask = await client.callTool({ name: 'run', arguments: { command: 'ls -la' } });
    assert.equal(ask.isError, true);
    assert.match(text(ask), /^SafeClaw require_approval: ask-run: a person runs commands\. MCP cannot ask/);

    const hidden = await client.callTool({ name: 'drop_everything', arguments: {} });
    assert.equal(hidden.isError, true);
    assert.match(text(hidden), /SafeClaw deny: default: no rule allows this/);

    assert.equal(readFileSync(join(dir, 'ran.txt'), 'utf8'), 'query {"sql":"SELECT * FROM users"}\n');
  });

  test('records every decision in the audit log beside the policies, which verifies', async (t) => {
    const dir = project(t);
    const client = await connect(dir);
    await client.callTool({ name: 'query', arguments: { sql: 'SELECT 1' } });
    await client.callTool({ name: 'query', arguments: { sql: 'DROP TABLE x' } });
    await client.close();
    const log = join(dir, '.safeclaw/audit/audit.jsonl');
    const records = readFileSync(log, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    assert.deepEqual(records.map((r) => [r.decision, r.rule]), [['allow', 'allow-selects'], ['deny', 'deny-drop']]);
    assert.equal((await runCli(['audit', 'verify', log], { cwd: dir })).code, 0);
  });

  test('denies every call when the audit log cannot be written, and the server never runs it', async (t) => {
    const dir = project(t);
    mkdirSync(join(dir, '.safeclaw/audit'), { recursive: true });
    writeFileSync(join(dir, '.safeclaw/audit/audit.jsonl'), 'garbage\n');
    const client = await connect(dir);
    t.after(() => client.close());
    const result = await client.callTool({ name: 'query', arguments: { sql: 'SELECT 1' } });
    assert.equal(result.isError, true);
    assert.match(text(result), /^SafeClaw could not judge this call, so it is denied/);
    assert.equal(existsSync(join(dir, 'ran.txt')), false);
  });

  const usage: [string, string[], RegExp][] = [
    ['no server command', ['mcp-proxy', '--server', 'ops'], /no server command/],
    ['no --server', ['mcp-proxy', '--', 'node', 'x.js'], /--server NAME is missing/],
    ['a server name with __', ['mcp-proxy', '--server', 'a__b', '--', 'node', 'x.js'], /not a plain name/],
  ];
  for (const [what, args, message] of usage) {
    test(`refuses ${what} (exit 2)`, async (t) => {
      const run = await runCli(args, { cwd: project(t) });
      assert.equal(run.code, 2);
      assert.match(run.stderr, message);
      assert.equal(run.stdout, '');
    });
  }

  test('refuses to start without project policies (exit 2), so the client gets no tools', async (t) => {
    const dir = realpathSync(tempDir(t));
    const run = await runCli(['mcp-proxy', '--server', 'ops', '--', process.execPath, SERVER], { cwd: dir, env: { CLAUDE_PROJECT_DIR: undefined } });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /not inside a git work tree/);
  });
});
