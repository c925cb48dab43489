// The `tool.call` action type: MCP tools and SDK function tools, judged by their
// name, their server and their input (flattened like a plan's `after` values).
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { appendAuditRecords } from '../../src/audit/append.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { evaluateAll } from '../../src/engine/gate.js';
import { toolCallAction } from '../../src/integrations/tool-call.js';
import { lintPolicies } from '../../src/policy/lint.js';
import { PolicyError } from '../../src/policy/errors.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { policyFrom, shellReady } from '../helpers/policy.js';

const POLICY = `rules:
  - id: allow-github-reads
    action: tool.call
    effect: allow
    conditions:
      tool: { pattern: "mcp__github__{get,list,search}_*" }
    reason: reading GitHub is harmless
  - id: allow-issues-in-acme
    action: tool.call
    effect: allow
    conditions:
      tool: { pattern: "mcp__github__create_issue" }
      input: { path: "repo", pattern: "acme/*" }
    reason: issues in our own repositories
  - id: ask-infra-issues
    action: tool.call
    effect: require_approval
    conditions:
      tool: { pattern: "mcp__github__create_issue" }
      input: { path: "repo", pattern: "acme/infra" }
    reason: the infra tracker pages people
  - id: deny-drop
    action: tool.call
    effect: deny
    conditions:
      input: { path: "{sql,query}", pattern: "*{DROP,drop,TRUNCATE,truncate}*" }
    reason: no schema changes through a tool
  - id: deny-prod-db
    action: tool.call
    effect: deny
    conditions:
      server: { pattern: "prod-db" }
    reason: the production database is off limits
  - id: allow-db-select
    action: tool.call
    effect: allow
    conditions:
      server: { pattern: "*db" }
      input: { path: "sql", pattern: "SELECT *" }
    reason: reads are fine
`;

const call = (tool: string, server: string, input: unknown) => toolCallAction(tool, server, input);

describe('tool.call rules', () => {
  before(() => shellReady);

  const cases: [string, ReturnType<typeof call>, string, string | null][] = [
    ['a read tool the tool pattern names', call('mcp__github__get_issue', 'github', { number: 1 }), 'allow', 'allow-github-reads'],
    ['a write tool whose input matches', call('mcp__github__create_issue', 'github', { repo: 'acme/web', title: 't' }), 'allow', 'allow-issues-in-acme'],
    ['the same tool with a stricter input rule', call('mcp__github__create_issue', 'github', { repo: 'acme/infra', title: 't' }), 'require_approval', 'ask-infra-issues'],
    ['the same tool for another owner', call('mcp__github__create_issue', 'github', { repo: 'evil/web', title: 't' }), 'deny', null],
    ['a tool no rule names', call('mcp__github__delete_repo', 'github', { repo: 'acme/web' }), 'deny', null],
    ['a denied input on any server', call('mcp__db__query', 'db', { sql: 'SELECT 1; DROP TABLE users' }), 'deny', 'deny-drop'],
    ['a denied server, whatever the input', call('mcp__prod-db__query', 'prod-db', { sql: 'SELECT 1' }), 'deny', 'deny-prod-db'],
    ['an allowed select', call('mcp__db__query', 'db', { sql: 'SELECT * FROM users' }), 'allow', 'allow-db-select'],
    ['input nested in a JSON string', call('run_sql', '', { body: JSON.stringify({ sql: 'DROP TABLE x' }) }), 'deny', null],
    ['a function tool of no server', call('query_db', '', { sql: 'SELECT 1' }), 'deny', null],
  ];
  for (const [what, action, decision, rule] of cases) {
    test(`decides ${decision} for ${what}`, () => {
      const result = evaluate(policyFrom(POLICY), action);
      assert.equal(result.decision, decision, result.reason);
      assert.equal(result.rule, rule);
    });
  }

  test('an input condition matches at the path it names only', () => {
    const result = evaluate(policyFrom(POLICY), call('mcp__github__create_issue', 'github', { title: 'acme/web', repo: 'other/x' }));
    assert.equal(result.decision, 'deny');
  });

  test('explain says which input matched', () => {
    const result = evaluate(policyFrom(POLICY), call('mcp__db__query', 'db', { sql: 'drop table users' }), { trace: true });
    const trace = result.parts[0].trace!.find((t) => t.rule === 'deny-drop')!;
    assert.equal(trace.matched, true);
    assert.match(trace.why, /input matches "sql = \*\{DROP,drop,TRUNCATE,truncate\}\*"/);
  });

  test('the library takes the JSONL spelling, and refuses a call without a tool', () => {
    assert.equal(evaluate(policyFrom(POLICY), { action: 'tool.call', tool: 'mcp__github__list_issues', server: 'github' } as never).decision, 'allow');
    assert.throws(() => evaluate(policyFrom(POLICY), { type: 'tool.call', server: 'github' } as never), /tool is missing/);
  });

  const invalid: [string, string, RegExp][] = [
    ['a shell condition on a tool call', 'conditions: { command: { pattern: "x" } }', /unknown condition "command" for tool\.call.*tool, server, input/s],
    ['an input condition without a path', 'conditions: { input: { pattern: "x", where: "y" } }', /unknown key "where" in condition "input"/],
    ['an input condition that is a bare string', 'conditions: { input: "x" }', /condition "input" must be a mapping/],
  ];
  for (const [what, conditions, message] of invalid) {
    test(`refuses ${what}, with its position`, () => {
      const text = `rules:\n  - id: r\n    action: tool.call\n    effect: allow\n    reason: x\n    ${conditions}\n`;
      assert.throws(
        () => policyFrom(text),
        (err: unknown) => err instanceof PolicyError && message.test(err.message) && /p0\.yaml:6:/.test(err.message),
      );
    });
  }

  test('policy lint reads tool.call rules', () => {
    const warnings = lintPolicies(policyFrom(POLICY));
    assert.ok(Array.isArray(warnings));
  });

  test('the audit log records a tool call, and verifies', async (t) => {
    const dir = tempDir(t);
    const file = join(dir, 'audit.jsonl');
    const policySet = policyFrom(POLICY);
    const result = evaluateAll(policySet, [call('mcp__db__query', 'db', { sql: 'DROP TABLE users' })]);
    await appendAuditRecords(file, result.items, { policyDigest: policySet.digest });
    const record = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(record.decision, 'deny');
    assert.equal(record.rule, 'deny-drop');
    assert.match(JSON.stringify(record), /mcp__db__query/);
    assert.equal((await runCli(['audit', 'verify', file], { cwd: dir })).code, 0);
  });

  test('a hook judges an MCP tool by these rules', async (t) => {
    const dir = tempDir(t);
    mkdirSync(join(dir, '.safeclaw/policies'), { recursive: true });
    writeFileSync(join(dir, '.safeclaw/policies/p.yaml'), POLICY);
    const hook = async (input: object) => {
      const run = await runCli(['hook', 'claude-code'], { cwd: dir, env: { CLAUDE_PROJECT_DIR: dir }, input: JSON.stringify({ hook_event_name: 'PreToolUse', cwd: dir, tool_name: 'mcp__db__query', tool_input: input }) });
      return JSON.parse(run.stdout).hookSpecificOutput;
    };
    assert.equal((await hook({ sql: 'SELECT * FROM t' })).permissionDecision, 'allow');
    const drop = await hook({ sql: 'DROP TABLE t' });
    assert.equal(drop.permissionDecision, 'deny');
    assert.match(drop.permissionDecisionReason, /deny-drop/);
  });
});

describe('tool.call in the CLI', () => {
  function project(t: Parameters<typeof tempDir>[0]): string {
    const dir = tempDir(t);
    mkdirSync(join(dir, '.safeclaw/policies'), { recursive: true });
    mkdirSync(join(dir, '.safeclaw/tests'), { recursive: true });
    writeFileSync(join(dir, '.safeclaw/policies/p.yaml'), POLICY);
    return dir;
  }

  test('explain --tool shows which input rule matched, the server taken from the MCP name', async (t) => {
    const dir = project(t);
    const run = await runCli(['explain', '--format', 'json', '--tool', 'mcp__db__query', '--input', '{"sql":"DROP TABLE users"}'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    const out = JSON.parse(run.stdout);
    assert.equal(out.decision, 'deny');
    assert.equal(out.rule, 'deny-drop');
    assert.equal(out.action.server, 'db');
  });

  const bad: [string[], RegExp][] = [
    [['--tool', 'x', '--input', 'not json'], /--input is not JSON/],
    [['--tool', 'x', '--input', '[1]'], /--input must be a JSON object/],
    [['--command', 'ls', '--server', 'db'], /--server and --input go with --tool/],
  ];
  for (const [args, message] of bad) {
    test(`explain ${args.join(' ')} is a usage error`, async (t) => {
      const run = await runCli(['explain', ...args], { cwd: project(t) });
      assert.equal(run.code, 2);
      assert.match(run.stderr, message);
    });
  }

  test('safeclaw test runs tool cases, with server and input', async (t) => {
    const dir = project(t);
    writeFileSync(
      join(dir, '.safeclaw/tests/tools.yaml'),
      `tests:
  - name: selects are allowed
    tool: mcp__db__query
    input: { sql: "SELECT * FROM t" }
    expect: allow
    rule: allow-db-select
  - name: the production database is off limits
    tool: query
    server: prod-db
    input: { sql: "SELECT 1" }
    expect: deny
    rule: deny-prod-db
  - name: infra issues need approval
    tool: mcp__github__create_issue
    input: { repo: acme/infra, labels: [bug] }
    expect: require_approval
`,
    );
    const run = await runCli(['test'], { cwd: dir });
    assert.equal(run.code, 0, run.stdout + run.stderr);
  });

  test('safeclaw test refuses input on a command case', async (t) => {
    const dir = project(t);
    writeFileSync(join(dir, '.safeclaw/tests/bad.yaml'), 'tests:\n  - name: x\n    command: ls\n    input: { a: 1 }\n    expect: deny\n');
    const run = await runCli(['test'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr + run.stdout, /`server` and `input` go with `tool`/);
  });
});
