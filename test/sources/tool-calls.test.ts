// `tool.call` actions from every agent log `safeclaw check --commands` reads:
// SafeClaw JSONL lines, OpenAI logs (function calls that carry no command, URL or
// path; Responses `mcp_call` items; Codex MCP calls in an `mcp__<server>`
// namespace) and Claude Code transcripts (`mcp__*` tool_use blocks), judged by
// the `tool`, `server` and `input` conditions of tool.call rules.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { evaluateAll } from '../../src/engine/gate.js';
import { commandActions } from '../../src/sources/agent-commands.js';
import { SourceError } from '../../src/sources/errors.js';
import type { Action, ToolCallAction } from '../../src/types.js';
import { runCli } from '../helpers/cli.js';
import { policyFrom } from '../helpers/policy.js';
import { tempDir } from './helpers.js';

const POLICY = `rules:
  - id: allow-github-reads
    action: tool.call
    effect: allow
    conditions:
      tool: { pattern: "mcp__github__{get,list}_*" }
    reason: reading GitHub is harmless
  - id: ask-infra-issues
    action: tool.call
    effect: require_approval
    conditions:
      tool: { pattern: "mcp__github__create_issue" }
      input: { path: repo, pattern: "acme/infra" }
    reason: the infra tracker pages people
  - id: allow-issues
    action: tool.call
    effect: allow
    conditions:
      tool: { pattern: "mcp__github__create_issue" }
    reason: other trackers are fine
  - id: no-drops
    action: tool.call
    effect: deny
    conditions:
      input: { path: "{sql,query}", pattern: "*DROP*" }
    reason: no schema changes through a tool
  - id: allow-db
    action: tool.call
    effect: allow
    conditions:
      server: { pattern: db }
    reason: the test database
  - id: allow-weather
    action: tool.call
    effect: allow
    conditions:
      tool: { pattern: get_weather }
    reason: a function tool of the app
`;

const toolCalls = (actions: Action[]) =>
  actions.map((a) => {
    assert.equal(a.type, 'tool.call', JSON.stringify(a));
    const t = a as ToolCallAction;
    return { tool: t.tool, server: t.server, input: Object.fromEntries((t.input ?? []).map((i) => [i.path, i.value])), line: t.origin?.line };
  });

const verdicts = (actions: Action[]) => evaluateAll(policyFrom(POLICY), actions).items.map((i) => `${i.decision.decision}:${i.decision.rule ?? 'default'}`);

const jsonl = (...records: unknown[]) => records.map((r) => JSON.stringify(r)).join('\n') + '\n';

describe('tool.call lines in SafeClaw JSONL', () => {
  test('a tool.call line is read with its tool, the server its mcp__ name says, and its input flattened', () => {
    const text = jsonl(
      { action: 'tool.call', tool: 'mcp__github__create_issue', input: { repo: 'acme/infra', labels: ['bug', 'p1'] } },
      { type: 'tool.call', tool: 'get_weather', input: { city: 'Paris' } },
      { action: 'tool.call', tool: 'lookup', server: 'docs', input: [{ path: 'q', value: 'x' }] },
      { action: 'tool.call', tool: 'mcp__db__query' },
    );
    assert.deepEqual(toolCalls(commandActions(text, 'a.jsonl')), [
      { tool: 'mcp__github__create_issue', server: 'github', input: { repo: 'acme/infra', 'labels.0': 'bug', 'labels.1': 'p1' }, line: 1 },
      { tool: 'get_weather', server: '', input: { city: 'Paris' }, line: 2 },
      { tool: 'lookup', server: 'docs', input: { q: 'x' }, line: 3 },
      { tool: 'mcp__db__query', server: 'db', input: {}, line: 4 },
    ]);
  });

  const refused: [string, unknown, RegExp][] = [
    ['no tool', { action: 'tool.call', input: {} }, /tool.call needs a non-empty string "tool"/],
    ['a server its name contradicts', { action: 'tool.call', tool: 'mcp__github__create_issue', server: 'safe' }, /"server" \("safe"\) is not the server its name "mcp__github__create_issue" says \("github"\)/],
    ['a server that is not a string', { action: 'tool.call', tool: 'x', server: 1 }, /"server" must be a string/],
    ['an input that is a string', { action: 'tool.call', tool: 'x', input: 'DROP TABLE' }, /"input" must be the tool's arguments as a JSON object/],
    ['a flattened input with a non-string value', { action: 'tool.call', tool: 'x', input: [{ path: 'a', value: 1 }] }, /"input" must be/],
  ];
  for (const [name, record, message] of refused) {
    test(`a tool.call line with ${name} is an error at its line`, () => {
      assert.throws(
        () => commandActions(jsonl({ action: 'file.read', path: 'README.md' }, record), 'a.jsonl'),
        (err: unknown) => err instanceof SourceError && err.line === 2 && message.test(err.message),
      );
    });
  }

  test('tool, server and input conditions decide the lines', () => {
    const text = jsonl(
      { action: 'tool.call', tool: 'mcp__github__create_issue', input: { repo: 'acme/infra' } },
      { action: 'tool.call', tool: 'mcp__github__create_issue', input: { repo: 'acme/web' } },
      { action: 'tool.call', tool: 'mcp__github__list_issues' },
      { action: 'tool.call', tool: 'mcp__github__delete_repo' },
      { action: 'tool.call', tool: 'mcp__db__query', input: { sql: 'DROP TABLE users' } },
      { action: 'tool.call', tool: 'mcp__db__query', input: { sql: 'SELECT 1' } },
    );
    assert.deepEqual(verdicts(commandActions(text, 'a.jsonl')), [
      'require_approval:ask-infra-issues',
      'allow:allow-issues',
      'allow:allow-github-reads',
      'deny:default',
      'deny:no-drops',
      'allow:allow-db',
    ]);
  });
});

describe('tool.call actions from OpenAI logs', () => {
  test('a function call that carries no command, URL or path is a tool.call of that function (server ""), judged by tool.call rules', () => {
    const text = jsonl(
      { type: 'function_call', name: 'get_weather', call_id: 'c1', arguments: '{"city":"Paris","days":3}' },
      { type: 'function_call', name: 'send_invoice', call_id: 'c2', arguments: '{"customer":"acme"}' },
      { type: 'function_call', name: 'run', call_id: 'c3', arguments: '{"command":"terraform apply"}' },
    );
    const actions = commandActions(text, 'responses.jsonl', 'openai');
    assert.deepEqual(toolCalls(actions.slice(0, 2)), [
      { tool: 'get_weather', server: '', input: { city: 'Paris', days: '3' }, line: 1 },
      { tool: 'send_invoice', server: '', input: { customer: 'acme' }, line: 2 },
    ]);
    assert.equal(actions[2].type, 'shell.execute', 'a readable command stays a shell.execute');
    assert.deepEqual(verdicts(actions.slice(0, 2)), ['allow:allow-weather', 'deny:default']);
  });

  test('Chat Completions tool calls without a readable key are tool.calls too', () => {
    const completion = {
      object: 'chat.completion',
      choices: [{ message: { role: 'assistant', tool_calls: [{ id: 'c1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } }] } }],
    };
    assert.deepEqual(toolCalls(commandActions(JSON.stringify(completion, null, 1), 'chat.json')).map((t) => [t.tool, t.server, t.input]), [['get_weather', '', { city: 'Oslo' }]]);
  });

  test('Responses mcp_call items are tool.calls of mcp__<server_label>__<name>, their arguments the input, never read as commands', () => {
    const response = {
      object: 'response',
      output: [
        { type: 'mcp_list_tools', server_label: 'github', tools: [] },
        { type: 'mcp_call', id: 'mcp_1', server_label: 'github', name: 'create_issue', arguments: '{"repo":"acme/infra","title":"x"}', output: null },
        { type: 'mcp_call', id: 'mcp_2', server_label: 'db', name: 'query', arguments: '{"sql":"DROP TABLE users","command":"rm -rf /"}' },
        { type: 'mcp_approval_request', id: 'a1', server_label: 'db', name: 'query', arguments: '{}' },
      ],
    };
    const actions = commandActions(JSON.stringify(response, null, 2), 'response.json');
    assert.deepEqual(toolCalls(actions).map((t) => [t.tool, t.server, t.input]), [
      ['mcp__github__create_issue', 'github', { repo: 'acme/infra', title: 'x' }],
      ['mcp__db__query', 'db', { sql: 'DROP TABLE users', command: 'rm -rf /' }],
    ]);
    assert.deepEqual(verdicts(actions), ['require_approval:ask-infra-issues', 'deny:no-drops']);
  });

  test('Codex MCP calls (a function call in the mcp__<server> namespace, or named mcp__server__tool) in a session log', () => {
    const text = jsonl(
      { type: 'session_meta', payload: { id: 's1' } },
      { type: 'response_item', payload: { type: 'function_call', namespace: 'mcp__db', name: 'query', arguments: '{"sql":"SELECT 1"}', call_id: 'c1' } },
      { type: 'response_item', payload: { type: 'function_call', name: 'mcp__db__query', arguments: '{"sql":"DROP TABLE t"}', call_id: 'c2' } },
      { type: 'response_item', payload: { type: 'function_call', name: 'mcp__github__run', arguments: '{"command":"terraform apply"}', call_id: 'c3' } },
    );
    const actions = commandActions(text, 'rollout.jsonl');
    assert.deepEqual(toolCalls(actions).map((t) => [t.tool, t.server, t.line]), [
      ['mcp__db__query', 'db', 2],
      ['mcp__db__query', 'db', 3],
      ['mcp__github__run', 'github', 4],
    ]);
    assert.deepEqual(verdicts(actions), ['allow:allow-db', 'deny:no-drops', 'deny:default']);
  });

  test('in a Codex session log its own session tools give no action; other namespaces are tool.calls under the namespaced name', () => {
    const text = jsonl(
      { type: 'session_meta', payload: { id: 's1' } },
      { type: 'response_item', payload: { type: 'function_call', name: 'update_plan', arguments: '{"plan":[{"step":"x","status":"pending"}]}', call_id: 'c1' } },
      { type: 'response_item', payload: { type: 'function_call', name: 'request_user_input', arguments: '{"questions":[]}', call_id: 'c2' } },
      { type: 'response_item', payload: { type: 'function_call', namespace: 'multi_agent_v1', name: 'spawn_agent', arguments: '{"message":"deploy"}', call_id: 'c3' } },
      { type: 'response_item', payload: { type: 'function_call', name: 'write_stdin', arguments: '{"session_id":1,"chars":"rm -rf /\\n"}', call_id: 'c4' } },
    );
    assert.deepEqual(toolCalls(commandActions(text, 'rollout.jsonl')).map((t) => [t.tool, t.server, t.line]), [
      ['multi_agent_v1__spawn_agent', '', 4],
      ['write_stdin', '', 5],
    ]);
  });

  test('outside a Codex session log a function named like a Codex session tool is an application tool: a tool.call', () => {
    const text = jsonl({ type: 'function_call', name: 'update_plan', arguments: '{"plan":"drop prod"}', call_id: 'c1' });
    assert.deepEqual(toolCalls(commandActions(text, 'responses.jsonl', 'openai')).map((t) => t.tool), ['update_plan']);
  });

  const refused: [string, unknown, RegExp][] = [
    ['an mcp_call without a server_label', { type: 'mcp_call', name: 'query', arguments: '{}' }, /mcp_call has no "server_label"/],
    ['an mcp_call without a name', { type: 'mcp_call', server_label: 'db', arguments: '{}' }, /mcp_call has no tool "name"/],
    ['an mcp_call whose label holds "__"', { type: 'mcp_call', server_label: 'db__x', name: 'query', arguments: '{}' }, /cannot be told apart/],
    ['an mcp_call whose arguments are not JSON', { type: 'mcp_call', server_label: 'db', name: 'query', arguments: '{"sql":' }, /arguments of mcp__db__query are not JSON/],
    ['a function call whose arguments are a list', { type: 'function_call', name: 'f', arguments: '[1]' }, /arguments of f are not a JSON object/],
    ['a function call without a name', { type: 'function_call', arguments: '{}' }, /function call has no name/],
  ];
  for (const [name, item, message] of refused) {
    test(`${name} is an error at its line`, () => {
      assert.throws(
        () => commandActions(jsonl({ type: 'reasoning' }, item), 'log.jsonl', 'openai'),
        (err: unknown) => err instanceof SourceError && err.line === 2 && message.test(err.message),
      );
    });
  }
});

describe('tool.call actions from Claude Code transcripts', () => {
  test('mcp__ tool_use blocks are tool.calls of their server with their input', () => {
    const text = jsonl(
      { type: 'summary', summary: 's' },
      { type: 'assistant', sessionId: 's', cwd: '/repo', message: { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'mcp__github__create_issue', input: { repo: 'acme/infra', title: 'x' } }] } },
      { type: 'assistant', sessionId: 's', cwd: '/repo', message: { role: 'assistant', content: [{ type: 'tool_use', id: 't2', name: 'mcp__db__query', input: { sql: 'DROP TABLE users' } }] } },
    );
    const actions = commandActions(text, 'session.jsonl');
    assert.deepEqual(toolCalls(actions).map((t) => [t.tool, t.server, t.line]), [
      ['mcp__github__create_issue', 'github', 2],
      ['mcp__db__query', 'db', 3],
    ]);
    assert.deepEqual(verdicts(actions), ['require_approval:ask-infra-issues', 'deny:no-drops']);
  });
});

describe('safeclaw check --commands with tool calls', () => {
  test('the CLI judges tool.call lines and OpenAI MCP calls by the project policies, and names the rules', async (t) => {
    const dir = tempDir(t);
    mkdirSync(join(dir, '.safeclaw/policies'), { recursive: true });
    writeFileSync(join(dir, '.safeclaw/policies/tools.yaml'), POLICY);
    writeFileSync(join(dir, 'actions.jsonl'), jsonl({ action: 'tool.call', tool: 'mcp__github__list_issues' }, { action: 'tool.call', tool: 'mcp__db__query', input: { sql: 'DROP TABLE x' } }));
    writeFileSync(join(dir, 'response.json'), JSON.stringify({ object: 'response', output: [{ type: 'mcp_call', server_label: 'github', name: 'create_issue', arguments: '{"repo":"acme/infra"}' }] }));
    const jsonlRun = await runCli(['check', '--commands', 'actions.jsonl', '--format', 'json'], { cwd: dir });
    assert.equal(jsonlRun.code, 1, jsonlRun.stderr);
    const report = JSON.parse(jsonlRun.stdout);
    assert.equal(report.verdict, 'deny');
    assert.match(jsonlRun.stdout, /no-drops/);
    assert.match(jsonlRun.stdout, /allow-github-reads/);
    const mcpRun = await runCli(['check', '--commands', 'response.json', '--format', 'json'], { cwd: dir });
    assert.match(mcpRun.stdout, /ask-infra-issues/, mcpRun.stderr);
    assert.equal(JSON.parse(mcpRun.stdout).verdict, 'require_approval');
  });
});
