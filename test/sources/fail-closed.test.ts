// Inputs that were given but hold nothing SafeClaw can judge fail closed
// (exit 2 with where and what to do), never "0 actions, allow". Each case
// feeds the real input shape: transcript records as Claude Code writes them,
// real plan JSON, and the CLI as a child process.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { commandActions, detectCommandsFormat, readCommandsFile } from '../../src/sources/agent-commands.js';
import { collectActions } from '../../src/sources/collect.js';
import { SourceError } from '../../src/sources/errors.js';
import { prBodyPlanActions } from '../../src/sources/pr-body.js';
import { readPlanActions } from '../../src/sources/terraform-plan.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { fixtures, tempDir } from './helpers.js';

const DEVOPS = path.join(ROOT, 'examples/devops/.safeclaw');
const transcript = readFileSync(path.join(fixtures, 'agents/claude-code-session.jsonl'), 'utf8');
const SESSION = '7f3c2a9e-1b4d-4c6e-9a8f-2d5e6b7c8a90';

// The bookkeeping records Claude Code writes around the conversation turns
// (field sets as in real ~/.claude/projects/*.jsonl files).
const RECORDS = {
  summary: { type: 'summary', summary: 'EKS node group upgrade to m6i.large', leafUuid: 'u14' },
  snapshot: {
    type: 'file-history-snapshot',
    messageId: 'u1',
    snapshot: { messageId: 'u1', trackedFileBackups: {}, timestamp: '2026-11-20T09:00:00.000Z' },
    isSnapshotUpdate: false,
  },
  system: {
    parentUuid: 'u6',
    isSidechain: false,
    userType: 'external',
    cwd: '/home/runner/work/platform/platform',
    sessionId: SESSION,
    version: '2.1.0',
    gitBranch: 'agent/eks-upgrade',
    type: 'system',
    subtype: 'compact_boundary',
    content: 'Conversation compacted',
    isMeta: false,
    timestamp: '2026-11-20T09:00:51.000Z',
    uuid: 's1',
    level: 'info',
  },
  queue: { type: 'queue-operation', operation: 'enqueue', timestamp: '2026-11-20T09:00:52.000Z', sessionId: SESSION, content: 'also check the alarms' },
  title: { type: 'custom-title', customTitle: 'eks upgrade', sessionId: SESSION },
};
const jsonl = (...records: unknown[]) => records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';
const turns = transcript.trimEnd().split('\n');

function sourceError(file: string, line: number | undefined, message: RegExp) {
  return (err: unknown) => err instanceof SourceError && err.file === file && err.line === line && message.test(err.message);
}

describe('a Claude Code transcript is told from its whole shape', () => {
  const shapes: [string, string][] = [
    ['a summary record first', jsonl(RECORDS.summary, ...turns)],
    ['a file-history-snapshot record first', jsonl(RECORDS.snapshot, ...turns)],
    ['summary, snapshot, custom-title and queue-operation records before the turns', jsonl(RECORDS.summary, RECORDS.snapshot, RECORDS.title, RECORDS.queue, ...turns)],
    ['a system record among the turns', jsonl(...turns.slice(0, 6), RECORDS.system, ...turns.slice(6))],
  ];
  for (const [name, text] of shapes) {
    test(`with ${name} it is read as a transcript and every tool call becomes an action`, () => {
      assert.equal(detectCommandsFormat(text, 's.jsonl'), 'claude');
      const actions = commandActions(text, 's.jsonl');
      assert.equal(actions.length, 7);
      assert.ok(actions.every((a) => a.origin?.source === 'transcript'));
    });
  }

  test('a transcript starting with a summary record is denied by the CLI (exit 1), not allowed with 0 actions', async (t) => {
    const dir = tempDir(t);
    writeFileSync(path.join(dir, 'session.jsonl'), jsonl(RECORDS.summary, RECORDS.snapshot, ...turns));
    const run = await runCli(['check', '--policies', DEVOPS, '--format', 'json', '--commands', 'session.jsonl'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    const out = JSON.parse(run.stdout) as { verdict: string; results: { rule: string | null; origin: { line: number } }[] };
    assert.equal(out.verdict, 'deny');
    assert.equal(out.results.length, 7);
    assert.deepEqual(
      out.results.filter((r) => r.rule === 'block-secret-file-reads').map((r) => r.origin.line),
      [6],
      'the .env read keeps its line, counted with the two records before it',
    );
  });
});

describe('every format is detected from all its records, and a mix is refused', () => {
  const chatCall = { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'run', arguments: '{"command":"terraform apply"}' } }] };
  const codexLine = { timestamp: '2026-11-20T09:00:00Z', type: 'response_item', payload: { type: 'local_shell_call', call_id: 'c1', action: { type: 'exec', command: ['terraform', 'apply'] } } };
  const cases: { name: string; text: string; format: string }[] = [
    { name: 'SafeClaw JSONL', text: jsonl({ action: 'shell.execute', command: 'ls' }, { action: 'file.read', path: 'a' }), format: 'safeclaw' },
    { name: 'SafeClaw JSONL written with "type" (the library shape)', text: jsonl({ type: 'shell.execute', command: 'terraform apply' }), format: 'safeclaw' },
    { name: 'Codex session JSONL starting with session_meta', text: jsonl({ type: 'session_meta', payload: { id: 's1', cwd: '/w' } }, { type: 'turn_context', payload: {} }, codexLine), format: 'openai' },
    { name: 'Chat Completions messages, one per line', text: jsonl({ role: 'user', content: 'deploy' }, chatCall), format: 'openai' },
    { name: 'a Responses item list whose first item is reasoning', text: JSON.stringify([{ type: 'reasoning', id: 'r1', summary: [] }, { type: 'function_call', call_id: 'c', name: 'sh', arguments: '{"cmd":"ls"}' }]), format: 'openai' },
    { name: 'shell text starting with a { group', text: '{ terraform plan; }\nterraform apply\n', format: 'text' },
    { name: 'shell text with a JSON-looking word later', text: 'echo {"a":1}\n', format: 'text' },
  ];
  for (const c of cases) {
    test(`${c.name} is read as ${c.format}`, () => {
      assert.equal(detectCommandsFormat(c.text, 'log'), c.format);
      assert.ok(commandActions(c.text, 'log').length > 0);
    });
  }

  test('"type": "shell.execute" lines are judged like "action" lines', () => {
    assert.deepEqual(commandActions(jsonl({ type: 'shell.execute', command: 'terraform apply' }), 'a.jsonl').map((a) => a.type === 'shell.execute' && a.command), ['terraform apply']);
  });

  const refused: { name: string; text: string; line: number; message: RegExp }[] = [
    { name: 'a transcript with an OpenAI line appended', text: jsonl(...turns, { type: 'function_call', call_id: 'x', name: 'sh', arguments: '{"cmd":"terraform apply"}' }), line: turns.length + 1, message: new RegExp(`line 1 reads as a Claude Code transcript, line ${turns.length + 1} as an OpenAI / Codex log`) },
    { name: 'SafeClaw actions with a transcript line among them', text: jsonl({ action: 'shell.execute', command: 'ls' }, turns[1]), line: 2, message: /ambiguous log: line 1 reads as SafeClaw JSONL actions, line 2 as a Claude Code transcript/ },
    { name: 'one record with the marks of two formats', text: jsonl({ sessionId: 's', type: 'function_call', name: 'sh', arguments: '{}' }), line: 1, message: /ambiguous record: it reads as a Claude Code transcript and as an OpenAI/ },
    { name: 'JSON no format claims', text: jsonl({ hello: 'world' }, { command: 'terraform apply' }), line: 1, message: /cannot tell which agent log format this JSON is/ },
    { name: 'a transcript pretty-printed as one document', text: JSON.stringify(JSON.parse(turns[1]), null, 2), line: 1, message: /must be JSONL/ },
  ];
  for (const c of refused) {
    test(`${c.name} is refused with its line and --commands-format`, () => {
      assert.throws(() => commandActions(c.text, 'log.jsonl'), (err: unknown) => sourceError('log.jsonl', c.line, c.message)(err) && /--commands-format/.test((err as Error).message));
    });
  }

  test('a forced format still reads a mixed file its own way', () => {
    const text = jsonl(RECORDS.summary, ...turns, { type: 'function_call', call_id: 'x', name: 'sh', arguments: '{"cmd":"terraform apply"}' });
    assert.equal(commandActions(text, 'log.jsonl', 'claude').length, 7);
    assert.equal(commandActions(text, 'log.jsonl', 'openai').length, 1);
  });
});

describe('an input that was given but yields no action is exit 2', () => {
  const empty: { name: string; text: string; readAs: RegExp }[] = [
    { name: 'an empty file', text: '', readAs: /read as shell text \(the file is empty\)/ },
    { name: 'a file of blank lines and comments', text: '\n  \n# nothing to run\n', readAs: /read as text \(shell text\)/ },
    { name: 'a transcript with no tool call', text: jsonl(RECORDS.summary, JSON.parse(turns[0])), readAs: /read as claude \(a Claude Code transcript\)/ },
    { name: 'an OpenAI log with no tool call', text: JSON.stringify({ object: 'response', output: [{ type: 'message', role: 'assistant', content: [] }] }), readAs: /read as openai/ },
  ];
  for (const c of empty) {
    test(`${c.name} given with --commands is an error naming the file and the format`, () => {
      assert.throws(() => readCommandsFile(c.text, 'agent.log'), (err: unknown) => err instanceof SourceError && /^no actions found in agent\.log read as /.test(err.message) && c.readAs.test(err.message) && /use --commands-format/.test(err.message));
    });
  }

  test('an empty --commands file, via the CLI, is exit 2 with the message and no stack trace', async (t) => {
    const dir = tempDir(t);
    writeFileSync(path.join(dir, 'cmds.txt'), '');
    const run = await runCli(['check', '--policies', DEVOPS, '--commands', 'cmds.txt'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /no actions found in cmds\.txt read as shell text \(the file is empty\); use --commands-format/);
    assert.doesNotMatch(run.stderr, /at \w+ \(/);
  });

  test('`safeclaw check` with empty standard input is exit 2, not allow', async (t) => {
    const run = await runCli(['check', '--policies', DEVOPS], { cwd: tempDir(t), input: '' });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /no actions found in <stdin> read as SafeClaw JSONL; it is empty/);
  });

  test('an empty JSONL input file is exit 2', async (t) => {
    const dir = tempDir(t);
    writeFileSync(path.join(dir, 'actions.jsonl'), '\n\n');
    const run = await runCli(['check', '--policies', DEVOPS, 'actions.jsonl'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /no actions found in actions\.jsonl read as SafeClaw JSONL/);
  });

  test('standard input with one action is still judged (exit 1 for a denied one)', async (t) => {
    const run = await runCli(['check', '--policies', DEVOPS], { cwd: tempDir(t), input: '{"type":"shell.execute","command":"terraform apply"}\n' });
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /block-terraform-apply/);
  });
});

describe('the PR description: plan headings and what is not one', () => {
  const block = ['```sh', 'terraform apply', '```'];
  const accepted = ['## Agent plan', '## Agent plan:', '## 🤖 Agent plan', '## Agent plan 🤖', '# AGENT PLAN', '###### agent plan', '### **Agent Plan**', '## Agent plan ##', '## `Agent plan`', '<h2>Agent plan</h2>'];
  for (const heading of accepted) {
    test(`"${heading}" opens a plan section`, () => {
      const actions = prBodyPlanActions(['Intro', '', heading, ...block].join('\n'), 'body.md', { planRequired: true });
      assert.deepEqual(actions.map((a) => `${a.origin?.line} ${a.command}`), ['5 terraform apply']);
    });
  }

  test('a setext heading ("Agent plan" underlined) opens a plan section', () => {
    for (const under of ['==========', '----------']) {
      assert.deepEqual(prBodyPlanActions(['Agent plan', under, ...block].join('\n'), 'b.md').map((a) => a.origin?.line), [4]);
    }
  });

  const nearMisses: { line: string; message: RegExp }[] = [
    { line: "## Agent's plan", message: /heading "Agent's plan" looks like an agent plan/ },
    { line: '## Agent execution plan', message: /looks like an agent plan/ },
    { line: '## Plan (by the agent)', message: /looks like an agent plan/ },
    { line: '### Agent plans', message: /looks like an agent plan/ },
    { line: '**Agent plan**', message: /is not a heading.*bold text/ },
    { line: '> ## Agent plan', message: /is not a heading.*inside a quote/ },
  ];
  for (const c of nearMisses) {
    test(`"${c.line}" is refused at its line, saying how to write the heading`, () => {
      const body = ['Intro', c.line, ...block].join('\n');
      for (const planRequired of [true, false]) {
        assert.throws(() => prBodyPlanActions(body, 'body.md', { planRequired }), (err: unknown) => sourceError('body.md', 2, c.message)(err) && /## Agent plan/.test((err as Error).message));
      }
    });
  }

  test('a plan section with no command block is refused at its heading', () => {
    const body = ['## Agent plan', 'I will run terraform apply.', '```text', 'terraform apply', '```', '## Notes'].join('\n');
    assert.throws(() => prBodyPlanActions(body, 'body.md'), sourceError('body.md', 1, /the agent plan section holds no command/));
  });

  test('a console block with output only is a plan with no command', () => {
    assert.throws(() => prBodyPlanActions(['<!-- safeclaw:commands -->', '```console', 'Plan: 1 to add', '```'].join('\n'), 'b.md'), sourceError('b.md', 1, /holds no command/));
  });

  test('a PR description given as a file with no plan section is exit 2', async (t) => {
    const dir = tempDir(t);
    writeFileSync(path.join(dir, 'pr.md'), '## Summary\n\nResize the database.\n\n## Plan\n\n```sh\nterraform apply\n```\n');
    const run = await runCli(['check', '--policies', DEVOPS, '--pr-body', 'pr.md'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /no actions found in pr\.md read as a PR description; it has no "## Agent plan" section/);
  });

  test("the Action's PR description with no plan section gives no action and no error (most PRs have none)", async () => {
    assert.deepEqual(await collectActions({ prBody: '## Summary\n\nResize the database.\n\n## Test plan\n\n- [x] plan reviewed\n' }), []);
  });

  test("the Action's PR description with a near-miss heading is refused", async () => {
    await assert.rejects(collectActions({ prBody: '## Agent’s plan\n```sh\nterraform apply\n```\n' }), sourceError('PR body', 1, /looks like an agent plan/));
  });
});

describe('a plan that failed is refused', () => {
  test('"errored": true in a real plan is an error at its line, naming what to do', async (t) => {
    const dir = tempDir(t);
    const plan = JSON.parse(readFileSync(path.join(fixtures, 'plans/basic-create.json'), 'utf8')) as Record<string, unknown>;
    plan.errored = true;
    const file = path.join(dir, 'plan.json');
    const text = JSON.stringify(plan, null, 2);
    writeFileSync(file, text);
    const line = text.split('\n').findIndex((l) => l.includes('"errored"')) + 1;
    await assert.rejects(readPlanActions(file, 'plan.json'), sourceError('plan.json', line, /the plan failed \("errored": true\): its resource changes are incomplete/));
  });

  test('"errored": true through the CLI is exit 2', async (t) => {
    const dir = tempDir(t);
    const plan = JSON.parse(readFileSync(path.join(fixtures, 'plans/basic-update.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(path.join(dir, 'plan.json'), JSON.stringify({ ...plan, errored: true }));
    const run = await runCli(['check', '--policies', DEVOPS, '--plan', 'plan.json'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /plan\.json:1: the plan failed/);
    assert.match(run.stderr, /plan again/);
  });

  test('"errored": false and a plan without the key are read', async (t) => {
    const dir = tempDir(t);
    const plan = JSON.parse(readFileSync(path.join(fixtures, 'plans/basic-update.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(path.join(dir, 'a.json'), JSON.stringify({ ...plan, errored: false }));
    delete plan.errored;
    writeFileSync(path.join(dir, 'b.json'), JSON.stringify(plan));
    assert.equal((await readPlanActions(path.join(dir, 'a.json'))).length, 1);
    assert.equal((await readPlanActions(path.join(dir, 'b.json'))).length, 1);
  });

  test('"errored" that is not a boolean is refused', async (t) => {
    const dir = tempDir(t);
    const plan = JSON.parse(readFileSync(path.join(fixtures, 'plans/basic-update.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(path.join(dir, 'a.json'), JSON.stringify({ ...plan, errored: 'yes' }));
    await assert.rejects(readPlanActions(path.join(dir, 'a.json'), 'a.json'), /"errored" is "yes", not true or false/);
  });
});
