// Every output channel, fed the whole redaction corpus: the gate's items, the
// PR comment and job summary markdown, SARIF, annotations, the step's failure
// line, the hook's and the guardrail's reason to the model, and the CLI run
// as a real child process (check text and JSON, the audit log it writes,
// test, explain, hook). No channel may show a secret, and every decision is
// the one made on the unredacted text.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { before, describe, test } from 'node:test';
import { failureReason } from '../../src/action/outcome.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { evaluateAll, judgeForDisplay } from '../../src/engine/gate.js';
import { preToolUseAnswer } from '../../src/integrations/claude-code.js';
import { safeclawToolGuardrail } from '../../src/integrations/openai-agents.js';
import { loadPolicies } from '../../src/policy/load.js';
import { annotationsFor } from '../../src/report/annotations.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSarif } from '../../src/report/sarif.js';
import { formatGateText } from '../../src/cli/format.js';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { prepareShellAnalysis } from '../../src/shell/analyze.js';
import type { Action, GateResult, PolicySet } from '../../src/types.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { NEAR_MISSES, SECRET_CASES } from './corpus.js';
import { assertNoSecret, corpusActions, corpusProject, jsonlLine } from './fixture.js';

let policySet: PolicySet;
let result: GateResult;
let actions: Action[];
let projectRoot: string;

before(async () => {
  await prepareShellAnalysis();
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  projectRoot = corpusProject(mkdtempSync(join(tmpdir(), 'safeclaw-redaction-')));
  policySet = await loadPolicies(join(projectRoot, '.safeclaw'));
  actions = corpusActions();
  result = evaluateAll(policySet, actions);
});

/** Decision and rule per action, judged on the raw text, as the gate must report them. */
function rawDecisions(): Array<[string, string | null]> {
  return actions.map((action) => {
    const decision = evaluate(policySet, action);
    return [decision.decision, decision.rule];
  });
}

describe('the gate result every channel renders', () => {
  test('holds no secret anywhere, parts and canonical forms included', () => {
    assertNoSecret('gate result', JSON.stringify(result));
  });

  test('keeps every decision made on the unredacted text, including one only the raw text can earn', () => {
    assert.deepEqual(result.items.map((i) => [i.decision.decision, i.decision.rule]), rawDecisions());
    // deny-inline-tokens matches `*dckr_pat_*`, which the redacted text no longer holds.
    const byTokenRule = result.items.filter((i) => i.decision.rule === 'deny-inline-tokens');
    assert.ok(byTokenRule.length >= 3, 'the raw-only rule decided');
    for (const item of byTokenRule) assert.equal(evaluate(policySet, item.action).rule === 'deny-inline-tokens', false, 'the redacted copy would not earn it');
    const verdicts = new Set(result.items.map((i) => i.decision.decision));
    assert.deepEqual([...verdicts].sort(), ['allow', 'deny', 'require_approval']);
  });

  test('names the kinds redacted on each item', () => {
    SECRET_CASES.forEach((c, i) => assert.ok(result.items[i].redacted?.includes(c.kind), `${c.form}: ${result.items[i].redacted}`));
  });

  test('with a per-rule trace (explain) holds no secret either', () => {
    for (const action of actions) assertNoSecret('traced item', JSON.stringify(judgeForDisplay(policySet, action, { trace: true })));
  });

  test('leaves actions without secrets as the very same objects', () => {
    const plain: Action[] = NEAR_MISSES.map((command) => ({ type: 'shell.execute', command }));
    const plainResult = evaluateAll(policySet, plain);
    plainResult.items.forEach((item, i) => {
      assert.equal(item.action, plain[i], NEAR_MISSES[i]);
      assert.equal(item.redacted, undefined);
    });
  });
});

describe('reports', () => {
  test('the PR comment and job summary markdown show every action, redacted', () => {
    const markdown = renderMarkdown(result);
    assertNoSecret('markdown', markdown);
    const rows = markdown.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Rule') && !line.startsWith('| ---'));
    assert.equal(rows.length, SECRET_CASES.length, 'one row per action');
    assert.ok((markdown.match(/\[REDACTED:/g) ?? []).length >= SECRET_CASES.length);
  });

  test('SARIF messages and fingerprints hold no secret', () => {
    const sarif = renderSarif(result, { rules: policySet.rules });
    assertNoSecret('sarif', JSON.stringify(sarif));
    assert.equal(sarif.runs[0].results?.length, result.counts.deny + result.counts.require_approval);
  });

  test('annotations hold no secret', () => {
    const annotations = annotationsFor(result);
    assert.equal(annotations.length, result.counts.deny + result.counts.require_approval);
    assertNoSecret('annotations', JSON.stringify(annotations));
  });

  test("the step's failure line holds no secret", () => {
    for (const failOn of ['deny', 'require_approval'] as const) assertNoSecret('setFailed', failureReason(result, failOn) ?? '');
    // The first denied item decides the example in the line: make each case the first once.
    for (const [i, item] of result.items.entries()) {
      const one = { ...result, verdict: item.decision.decision, items: [item], counts: { allow: 0, deny: 0, require_approval: 0, [item.decision.decision]: 1 } };
      assertNoSecret(`setFailed for ${SECRET_CASES[i].form}`, failureReason(one, 'require_approval') ?? '');
    }
  });

  test('the CLI text rendering holds no secret', () => {
    assertNoSecret('cli text', formatGateText(result, false));
  });
});

describe("reasons given to the model", () => {
  test("the Claude Code hook's reason holds no secret", () => {
    for (const action of actions) assertNoSecret('hook answer', JSON.stringify(preToolUseAnswer(evaluateAll(policySet, [action]))));
  });

  test("the OpenAI Agents guardrail's message holds no secret", async () => {
    const guardrail = safeclawToolGuardrail(policySet);
    for (const c of SECRET_CASES) {
      const args = c.action.type === 'shell.execute' ? { command: c.action.command } : { url: (c.action as { destination: string }).destination };
      const output = await guardrail.run({ toolCall: { name: 'tool', arguments: JSON.stringify(args), callId: 'c1' } });
      assertNoSecret(`guardrail for ${c.form}`, JSON.stringify(output), [c]);
    }
  });
});

/** `main()` in this process, with streams for the terminal: the same code as the binary, without its start-up. */
async function inProcess(argv: string[], cwd: string, input = '', env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const io: CliIO = { stdout, stderr, stdin: Readable.from([input]), cwd, env: { ...process.env, NO_COLOR: '1', ...env }, isTTY: false };
  const code = await main(argv, io);
  return { code, stdout: out, stderr: err };
}

function explainArgs(action: Action): string[] {
  if (action.type === 'shell.execute') return ['--command', action.command];
  if (action.type === 'network.request') return ['--request', action.destination];
  throw new Error(`no explain flag for ${action.type}`);
}

describe('the CLI as a child process', () => {
  test('check prints every decision without a secret, in text and in JSON, and decides as on the raw text', async (t) => {
    const dir = corpusProject(tempDir(t));
    writeFileSync(join(dir, 'corpus.jsonl'), SECRET_CASES.map((c) => jsonlLine(c.action)).join('\n') + '\n');
    const text = await runCli(['check', 'corpus.jsonl'], { cwd: dir });
    assert.equal(text.code, 1, text.stderr);
    assertNoSecret('check text', text.stdout + text.stderr);
    assert.match(text.stdout, /verdict: deny/);

    const json = await runCli(['check', '--format', 'json', '--audit', 'audit.jsonl', 'corpus.jsonl'], { cwd: dir });
    assert.equal(json.code, 1, json.stderr);
    assertNoSecret('check json', json.stdout + json.stderr);
    const parsed = JSON.parse(json.stdout) as { results: Array<{ decision: string; rule: string | null }> };
    assert.deepEqual(parsed.results.map((r) => [r.decision, r.rule]), rawDecisions());

    const audit = readFileSync(join(dir, 'audit.jsonl'), 'utf8');
    assertNoSecret('audit log', audit);
    const records = audit.trim().split('\n').map((line) => JSON.parse(line) as { redacted: boolean });
    assert.equal(records.length, SECRET_CASES.length);
    assert.ok(records.every((r) => r.redacted), 'every record is flagged redacted');
    const show = await runCli(['audit', 'show', 'audit.jsonl'], { cwd: dir });
    assert.equal(show.code, 0, show.stderr);
    assertNoSecret('audit show', show.stdout + show.stderr);
    assert.equal((await runCli(['audit', 'verify', 'audit.jsonl'], { cwd: dir })).code, 0);
  });

  test('check shows near-misses exactly as written', async (t) => {
    const dir = corpusProject(tempDir(t));
    const input = NEAR_MISSES.map((command) => JSON.stringify({ action: 'shell.execute', command })).join('\n') + '\n';
    const json = await runCli(['check', '--format', 'json'], { cwd: dir, input });
    const parsed = JSON.parse(json.stdout) as { results: Array<{ input: { command: string } }> };
    assert.deepEqual(parsed.results.map((r) => r.input.command), NEAR_MISSES);
  });

  test('test prints every failing case without a secret', async (t) => {
    const dir = corpusProject(tempDir(t));
    mkdirSync(join(dir, '.safeclaw/tests'));
    // Each case expects a verdict it does not get, so every one is printed as a failure.
    const wrong = rawDecisions().map(([decision]) => (decision === 'deny' ? 'allow' : 'deny'));
    const lines = SECRET_CASES.map((c, i) => {
      const key = c.action.type === 'shell.execute' ? 'command' : 'request';
      const value = c.action.type === 'shell.execute' ? c.action.command : (c.action as { destination: string }).destination;
      return `  - ${key}: ${JSON.stringify(value)}\n    expect: ${wrong[i]}`;
    });
    writeFileSync(join(dir, '.safeclaw/tests/corpus.yaml'), `tests:\n${lines.join('\n')}\n`);
    const run = await runCli(['test'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, new RegExp(`0 passed, ${SECRET_CASES.length} failed`));
    assertNoSecret('safeclaw test', run.stdout + run.stderr);
  });

  test('explain shows no secret in the action, the canonical form, the parts or the trace (text and JSON)', async (t) => {
    const dir = corpusProject(tempDir(t));
    // Every case through the CLI's own entry point in this process …
    for (const [i, c] of SECRET_CASES.entries()) {
      for (const format of ['text', 'json']) {
        const run = await inProcess(['explain', '--format', format, ...explainArgs(c.action)], dir);
        assert.ok(run.code === 0 || run.code === 1, run.stderr);
        assertNoSecret(`explain ${format}`, run.stdout + run.stderr, [c]);
        if (format === 'json') assert.equal(JSON.parse(run.stdout).decision, rawDecisions()[i][0]);
      }
    }
    // … and a sample through the binary, one of each kind of place a secret sits.
    for (const form of ['echo PASS | docker login --password-stdin', 'chpasswd with a heredoc', 'mysql -pPASS', 'a presigned S3 URL']) {
      const c = SECRET_CASES.find((x) => x.form === form)!;
      const run = await runCli(['explain', '--format', 'json', ...explainArgs(c.action)], { cwd: dir });
      assertNoSecret(`explain child for ${form}`, run.stdout + run.stderr, [c]);
      assert.match(run.stdout, /REDACTED/);
    }
  });

  test('error messages that quote the input are redacted too', async (t) => {
    const dir = corpusProject(tempDir(t));
    // A command put where the action type belongs: the error quotes the value.
    writeFileSync(join(dir, 'bad.jsonl'), JSON.stringify({ action: 'mysql -pErr-Quoted-Pass-1 prod' }) + '\n');
    const quoted = await runCli(['check', 'bad.jsonl'], { cwd: dir });
    assert.equal(quoted.code, 2);
    assert.match(quoted.stderr, /bad\.jsonl:1/);
    assert.ok(!quoted.stderr.includes('Err-Quoted-Pass-1'), quoted.stderr);
    // A line that is not JSON: V8 quotes its first characters.
    writeFileSync(join(dir, 'bad2.jsonl'), 'ghp_ErrExcerpt0123456789abcdefghijklmnopqr\n');
    const excerpt = await runCli(['check', 'bad2.jsonl'], { cwd: dir });
    assert.equal(excerpt.code, 2);
    assert.ok(!excerpt.stderr.includes('ghp_ErrExc'), excerpt.stderr);
    // The hook's answer to input it cannot read.
    const hook = await runCli(['hook', 'claude-code'], { cwd: dir, input: 'ghp_ErrHookExcerpt0123456789abcdefghijkl', env: { CLAUDE_PROJECT_DIR: dir } });
    const answer = JSON.parse(hook.stdout).hookSpecificOutput;
    assert.equal(answer.permissionDecision, 'deny');
    assert.ok(!answer.permissionDecisionReason.includes('ghp_ErrHo'), answer.permissionDecisionReason);
  });
});

/** Runs `run` over `items`, at most `limit` at a time. */
async function pool<T>(items: T[], limit: number, run: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: limit }, async () => {
    while (next < items.length) {
      const index = next++;
      await run(items[index], index);
    }
  });
  await Promise.all(workers);
}

function hookInput(c: (typeof SECRET_CASES)[number], i: number, dir: string): string {
  const tool =
    c.action.type === 'shell.execute'
      ? { tool_name: 'Bash', tool_input: { command: c.action.command } }
      : { tool_name: 'WebFetch', tool_input: { url: (c.action as { destination: string }).destination, prompt: 'summarise' } };
  return JSON.stringify({ session_id: 's1', hook_event_name: 'PreToolUse', cwd: dir, tool_use_id: `toolu_${i}`, ...tool });
}

const PERMISSION: Record<string, string> = { allow: 'allow', deny: 'deny', require_approval: 'ask' };

describe('the Claude Code hook', () => {
  test('tells the model no secret and decides as on the raw text, for every case (hook command in this process)', async (t) => {
    const dir = corpusProject(tempDir(t));
    const expected = rawDecisions();
    for (const [i, c] of SECRET_CASES.entries()) {
      const run = await inProcess(['hook', 'claude-code', '--audit', 'audit.jsonl'], dir, hookInput(c, i, dir), { CLAUDE_PROJECT_DIR: dir });
      assert.equal(run.code, 0, run.stderr);
      assertNoSecret(`hook for ${c.form}`, run.stdout + run.stderr, [c]);
      const answer = JSON.parse(run.stdout).hookSpecificOutput;
      assert.equal(answer.permissionDecision, PERMISSION[expected[i][0]], `${c.form}: ${answer.permissionDecisionReason}`);
    }
    assertNoSecret('hook audit log', readFileSync(join(dir, 'audit.jsonl'), 'utf8'));
  });

  // A child process per case would take minutes on a loaded machine: one of each place a secret sits.
  const SAMPLE = [
    'echo PASS | docker login --password-stdin',
    'chpasswd with a heredoc',
    "mysqldump -p'PASS' (quoted, glued)",
    'vault login with a token of no known prefix',
    'curl -b "session=<JWT>"',
    'a URL with x-access-token:ghs_…@',
    'a presigned S3 URL',
    'aws configure set aws_secret_access_key',
  ];

  test('run as Claude Code runs it (a child process, JSON on stdin), tells the model no secret', async (t) => {
    const dir = corpusProject(tempDir(t));
    const expected = rawDecisions();
    const cases = SAMPLE.map((form) => SECRET_CASES.findIndex((c) => c.form === form));
    assert.ok(cases.every((i) => i >= 0), 'every sampled form is in the corpus');
    await pool(cases, 2, async (i) => {
      const c = SECRET_CASES[i];
      const run = await runCli(['hook', 'claude-code', '--audit', `audit-${i}.jsonl`], { cwd: dir, input: hookInput(c, i, dir), env: { CLAUDE_PROJECT_DIR: dir } });
      assert.equal(run.code, 0, run.stderr);
      assertNoSecret(`hook for ${c.form}`, run.stdout + run.stderr, [c]);
      assertNoSecret(`hook audit for ${c.form}`, readFileSync(join(dir, `audit-${i}.jsonl`), 'utf8'), [c]);
      const answer = JSON.parse(run.stdout).hookSpecificOutput;
      assert.equal(answer.permissionDecision, PERMISSION[expected[i][0]], `${c.form}: ${answer.permissionDecisionReason}`);
      assert.match(answer.permissionDecisionReason, /SafeClaw/);
    });
  });
});
