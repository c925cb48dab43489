// The Claude Code tool table: one case per tool, with an input of the shape Claude
// Code 2.1.33x sends (its own tool schemas), and what SafeClaw makes of it.
import assert from 'node:assert/strict';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { CLAUDE_CODE_TOOLS, claudeToolActions } from '../../src/integrations/claude-code-tools.js';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

const CWD = '/repo';
const origin = { source: 'hook' as const, detail: 'test' };
type Expected = { type: string; target: string }[] | 'no answer' | RegExp;

const CASES: [string, Record<string, unknown>, Expected][] = [
  ['Bash', { command: 'kubectl get pods', description: 'list' }, [{ type: 'shell.execute', target: 'kubectl get pods' }]],
  ['Monitor', { command: 'tail -f /var/log/app.log', description: 'watch', timeout_ms: 60000 }, [{ type: 'shell.execute', target: 'tail -f /var/log/app.log' }]],
  ['PowerShell', { command: 'Remove-Item -Recurse C:\\' }, /PowerShell is refused: SafeClaw reads POSIX shell/],
  ['BashOutput', { bash_id: 'b1' }, 'no answer'],
  ['TaskOutput', { task_id: 't1' }, 'no answer'],
  ['KillShell', { shell_id: 's1' }, 'no answer'],
  ['KillBash', { shell_id: 's1' }, 'no answer'],
  ['TaskStop', { task_id: 't1' }, 'no answer'],
  ['Read', { file_path: '/repo/services/.env' }, [{ type: 'file.read', target: 'services/.env' }]],
  ['NotebookRead', { notebook_path: '/repo/nb.ipynb' }, [{ type: 'file.read', target: 'nb.ipynb' }]],
  ['Grep', { pattern: 'password', path: '/etc' }, [{ type: 'file.read', target: '/etc' }]],
  ['LS', { path: '/repo/infra' }, [{ type: 'file.read', target: 'infra' }]],
  ['Glob', { pattern: '**/*.tf', path: '/repo/infra' }, [{ type: 'file.read', target: 'infra/**/*.tf' }]],
  ['LSP', { operation: 'goToDefinition', filePath: '/repo/src/main.ts', line: 1, character: 1 }, [{ type: 'file.read', target: 'src/main.ts' }]],
  ['Write', { file_path: '/repo/infra/main.tf', content: 'x' }, [{ type: 'file.write', target: 'infra/main.tf' }]],
  ['Edit', { file_path: '/repo/.github/workflows/ci.yml', old_string: 'a', new_string: 'b' }, [{ type: 'file.write', target: '.github/workflows/ci.yml' }]],
  ['MultiEdit', { file_path: '/repo/a.txt', edits: [] }, [{ type: 'file.write', target: 'a.txt' }]],
  ['NotebookEdit', { notebook_path: '/repo/nb.ipynb', new_source: 'x' }, [{ type: 'file.write', target: 'nb.ipynb' }]],
  ['WebFetch', { url: 'http://169.254.169.254/latest/meta-data/', prompt: 'list' }, [{ type: 'network.request', target: 'http://169.254.169.254/latest/meta-data/' }]],
  ['WebSearch', { query: 'terraform docs' }, [{ type: 'network.request', target: 'websearch:terraform docs' }]],
  ['web_search', { query: 'kubectl' }, [{ type: 'network.request', target: 'websearch:kubectl' }]],
  ['Artifact', { file_path: '/repo/report.html' }, /Artifact is refused: publishes a file's content to claude\.ai/],
  ['ArtifactComments', { action: 'comments' }, /ArtifactComments is refused/],
  ['ArtifactData', { action: 'read_db' }, /ArtifactData is refused/],
  ['ArtifactCheck', { file_path: '/repo/report.html' }, /ArtifactCheck is refused/],
  ['RemoteTrigger', { prompt: 'deploy' }, /RemoteTrigger is refused: starts an agent run in the cloud/],
  ['Agent', { description: 'explore', prompt: 'look around', subagent_type: 'Explore' }, 'no answer'],
  ['Task', { description: 'explore', prompt: 'look around' }, 'no answer'],
  ['Workflow', { script: 'export const meta = { name: "w", description: "d", phases: [] }' }, 'no answer'],
  ['Skill', { skill: 'pdf' }, 'no answer'],
  ['SlashCommand', { command: '/review' }, 'no answer'],
  ['ToolSearch', { query: 'select:WebFetch,mcp__db__query', max_results: 5 }, 'no answer'],
  ['ListAgents', {}, 'no answer'],
  ['SendMessage', { to: 'main', message: 'done', summary: 'done' }, 'no answer'],
  ['ReportFindings', { level: 'high', findings: [] }, 'no answer'],
  ['ScheduleWakeup', { delaySeconds: 120, reason: 'wait for CI', prompt: '/loop check' }, 'no answer'],
  ['CronCreate', { cron: '*/5 * * * *', prompt: 'check the build', recurring: true }, 'no answer'],
  ['CronDelete', { id: 'c1' }, 'no answer'],
  ['CronList', {}, 'no answer'],
  ['EnterWorktree', { name: 'fix-1' }, 'no answer'],
  ['ExitWorktree', { action: 'remove', discard_changes: true }, 'no answer'],
  ['TodoWrite', { todos: [] }, 'no answer'],
  ['TodoRead', {}, 'no answer'],
  ['TaskCreate', { subject: 'x', description: 'y' }, 'no answer'],
  ['TaskGet', { taskId: '1' }, 'no answer'],
  ['TaskList', {}, 'no answer'],
  ['TaskUpdate', { taskId: '1', status: 'completed' }, 'no answer'],
  ['EnterPlanMode', {}, 'no answer'],
  ['ExitPlanMode', { plan: 'p' }, 'no answer'],
  ['AskUserQuestion', { questions: [] }, 'no answer'],
  ['ListMcpResourcesTool', {}, 'no answer'],
  ['ReadMcpResourceTool', { server: 'docs', uri: 'file:///etc/passwd' }, [{ type: 'tool.call', target: 'ReadMcpResourceTool' }]],
];

function actionsOf(name: string, input: Record<string, unknown>) {
  return claudeToolActions(name, input, origin, CWD).map((a) => ({
    type: a.type,
    target: a.type === 'shell.execute' ? a.command : a.type === 'network.request' ? a.destination : a.type === 'tool.call' ? a.tool : 'path' in a ? a.path : '',
  }));
}

describe('the Claude Code tool table', () => {
  for (const [name, input, expected] of CASES) {
    test(`${name} → ${expected instanceof RegExp ? 'refused' : expected === 'no answer' ? "no action (Claude Code's permissions decide)" : expected.map((e) => e.type).join(', ')}`, () => {
      if (expected instanceof RegExp) assert.throws(() => actionsOf(name, input), expected);
      else assert.deepEqual(actionsOf(name, input), expected === 'no answer' ? [] : expected);
    });
  }

  test('every tool in the table has its case above, and every case is in the table', () => {
    assert.deepEqual(Object.keys(CLAUDE_CODE_TOOLS).sort(), CASES.map(([name]) => name).sort());
  });

  test('the tools Claude Code 2.1.332 offers a session (sent and deferred) are all in the table', () => {
    // From the `tools` of a real request and its deferred-tools list (test/clients re-checks it against the live client).
    const offered = ['Agent', 'Bash', 'CronCreate', 'CronDelete', 'CronList', 'Edit', 'EnterWorktree', 'ExitWorktree', 'ListAgents', 'Monitor', 'NotebookEdit', 'Read', 'ReportFindings', 'ScheduleWakeup', 'SendMessage', 'Skill', 'TaskStop', 'ToolSearch', 'WebFetch', 'WebSearch', 'Workflow', 'Write'];
    assert.deepEqual(offered.filter((name) => !Object.hasOwn(CLAUDE_CODE_TOOLS, name)), []);
  });

  const mcp: [string, string, string][] = [
    ['mcp__db__query', 'db', 'query'],
    ['mcp__github__create_issue', 'github', 'create_issue'],
    ['mcp__my_server__tool__with__underscores', 'my_server', 'tool__with__underscores'],
  ];
  for (const [name, server] of mcp) {
    test(`the MCP tool ${name} is a tool.call of server "${server}" with its input flattened`, () => {
      const [action] = claudeToolActions(name, { sql: 'DROP TABLE users', opts: { dry: false, tags: ['a'] } }, origin, CWD);
      assert.deepEqual(action, {
        type: 'tool.call',
        tool: name,
        server,
        input: [
          { path: 'sql', value: 'DROP TABLE users' },
          { path: 'opts.dry', value: 'false' },
          { path: 'opts.tags.0', value: 'a' },
        ],
        origin,
      });
    });
  }

  test('ReadMcpResourceTool without a server is an error', () => {
    assert.throws(() => actionsOf('ReadMcpResourceTool', { uri: 'x' }), /ReadMcpResourceTool tool call has no "server"/);
  });

  test('Monitor over a WebSocket is a network request to its URL', () => {
    assert.deepEqual(actionsOf('Monitor', { description: 'ws', ws: { url: 'wss://internal.example/events' } }), [{ type: 'network.request', target: 'wss://internal.example/events' }]);
  });

  test('Monitor with both a command and a WebSocket judges both', () => {
    assert.deepEqual(actionsOf('Monitor', { command: 'ls', ws: { url: 'wss://x.example' } }).map((a) => a.type), ['shell.execute', 'network.request']);
  });

  const bad: [string, Record<string, unknown>, RegExp][] = [
    ['Monitor', { description: 'nothing' }, /Monitor tool call has neither "command" nor "ws"/],
    ['Monitor', { ws: { protocols: [] } }, /has a "ws" without a "url"/],
    ['Monitor', { command: 42 }, /Monitor tool call has no "command"/],
    ['Bash', { command: '' }, /Bash tool call has no "command"/],
    ['LSP', { operation: 'hover' }, /LSP tool call has no "filePath"/],
    ['Read', {}, /Read tool call has no "file_path"/],
  ];
  for (const [name, input, message] of bad) {
    test(`a ${name} call without what it acts on is an error (${message.source.slice(0, 40)})`, () => {
      assert.throws(() => actionsOf(name, input), message);
    });
  }

  const unknown = ['DeferredToolPlaceholder', 'Config', 'NewToolOfNextWeek', 'mcp__', 'mcp____x', 'mcp__db', 'constructor', '__proto__', 'toString', 'bash', ''];
  for (const name of unknown) {
    test(`an unknown tool name (${JSON.stringify(name)}) is refused, not skipped`, () => {
      assert.throws(() => actionsOf(name, { command: 'ls' }), /unknown tool/);
    });
  }
});

describe('the tool table through the live hook', () => {
  function project(t: Parameters<typeof tempDir>[0]): string {
    const dir = tempDir(t);
    cpSync(join(ROOT, 'examples/devops/.safeclaw'), join(dir, '.safeclaw'), { recursive: true });
    return dir;
  }
  async function hook(dir: string, toolName: string, toolInput: object) {
    const input = JSON.stringify({ session_id: 's', hook_event_name: 'PreToolUse', cwd: dir, tool_name: toolName, tool_input: toolInput });
    const run = await runCli(['hook', 'claude-code'], { cwd: dir, input, env: { CLAUDE_PROJECT_DIR: dir } });
    assert.equal(run.code, 0, run.stderr);
    return run.stdout.trim() === '' ? null : JSON.parse(run.stdout).hookSpecificOutput;
  }

  test("ToolSearch gets no answer, so deferred tools (WebFetch, MCP tools) stay reachable", async (t) => {
    assert.equal(await hook(project(t), 'ToolSearch', { query: 'select:WebFetch', max_results: 5 }), null);
  });

  test('Monitor is judged as the shell command it runs', async (t) => {
    const answer = await hook(project(t), 'Monitor', { command: 'terraform apply -auto-approve', description: 'apply', timeout_ms: 60000 });
    assert.equal(answer.permissionDecision, 'deny');
    assert.match(answer.permissionDecisionReason, /block-terraform-apply/);
  });

  test('a refused tool is denied with why', async (t) => {
    const answer = await hook(project(t), 'PowerShell', { command: 'Get-ChildItem' });
    assert.equal(answer.permissionDecision, 'deny');
    assert.match(answer.permissionDecisionReason, /PowerShell is refused/);
  });
});

test("the README's tool table lists every tool of CLAUDE_CODE_TOOLS", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('**Claude Code tools.**'), readme.indexOf('**Which policies decide.**'));
  const listed = new Set([...table.matchAll(/`([A-Za-z_]+)`/g)].map((m) => m[1]));
  assert.deepEqual(Object.keys(CLAUDE_CODE_TOOLS).filter((name) => !listed.has(name)), []);
});
