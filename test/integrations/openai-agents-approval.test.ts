// `safeclawTool` inside the OpenAI Agents SDK's real run() loop (agents-core), the
// model being a scripted in-process Model: require_approval must become the SDK's
// own interruption, run only once a person approves it, and never run otherwise.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { Agent, run, setTracingDisabled, tool, Usage, type Model, type ModelRequest, type ModelResponse } from '@openai/agents-core';
import { safeclawTool, safeclawToolGuardrail } from '../../src/integrations/openai-agents.js';
import { compilePolicies } from '../../src/policy/load.js';
import { prepareShellAnalysis } from '../../src/shell/analyze.js';
import type { PolicySet } from '../../src/types.js';
import { runCli, tempDir } from '../helpers/cli.js';

const POLICY = `rules:
  - id: block-terraform-apply
    action: shell.execute
    effect: deny
    conditions: { command: { pattern: "terraform apply*" } }
    reason: apply needs a reviewed plan
  - id: ask-helm
    action: shell.execute
    effect: require_approval
    conditions: { command: { pattern: "helm *" } }
    reason: ask a human before helm
`;

let policySet: PolicySet;
before(async () => {
  await prepareShellAnalysis();
  policySet = compilePolicies([{ file: 'policies/p.yaml', text: POLICY }], '/repo/.safeclaw');
  setTracingDisabled(true);
});

/** A model that calls `run_shell` once with `command`, then answers "done"; it keeps every request. */
class ScriptedModel implements Model {
  requests: ModelRequest[] = [];
  constructor(private command: string) {}
  async getResponse(request: ModelRequest): Promise<ModelResponse> {
    this.requests.push(request);
    const items = Array.isArray(request.input) ? request.input : [];
    const answered = items.some((item) => (item as { type?: string }).type === 'function_call_result');
    const output = answered
      ? [{ type: 'message' as const, role: 'assistant' as const, status: 'completed' as const, content: [{ type: 'output_text' as const, text: 'done' }] }]
      : [{ type: 'function_call' as const, callId: 'call_1', name: 'run_shell', arguments: JSON.stringify({ command: this.command }), status: 'completed' as const }];
    return { usage: new Usage(), output };
  }
  getStreamedResponse(): AsyncIterable<never> {
    throw new Error('not used');
  }
  /** What the last request sent back to the model for its tool call. */
  toolResult(): string {
    const items = this.requests.at(-1)?.input;
    return JSON.stringify(Array.isArray(items) ? items.filter((i) => (i as { type?: string }).type === 'function_call_result') : []);
  }
}

function agentFor(command: string, safeclaw: object) {
  const executed: string[] = [];
  const model = new ScriptedModel(command);
  const runShell = tool({
    name: 'run_shell',
    description: 'Run a shell command',
    parameters: { type: 'object', properties: { command: { type: 'string' } }, required: ['command'], additionalProperties: false },
    strict: true,
    ...safeclaw,
    execute: async (input) => {
      executed.push((input as { command: string }).command);
      return 'ran';
    },
  });
  return { agent: new Agent({ name: 'ops', instructions: 'run commands', model, tools: [runShell] }), executed, model };
}

describe('safeclawTool in the OpenAI Agents SDK run loop', () => {
  test('require_approval interrupts the run with the SDK\'s own approval item, before the tool runs', async () => {
    const { agent, executed } = agentFor('helm list', safeclawTool(policySet, 'run_shell'));
    const result = await run(agent, 'go');
    assert.equal(result.interruptions.length, 1);
    assert.equal(result.interruptions[0].name, 'run_shell');
    assert.deepEqual(executed, []);
  });

  test('a person\'s approval lets it run, and the audit log says who let it', async (t) => {
    const audit = join(tempDir(t), 'audit.jsonl');
    const { agent, executed } = agentFor('helm list', safeclawTool(policySet, 'run_shell', { audit }));
    const first = await run(agent, 'go');
    first.state.approve(first.interruptions[0]);
    const second = await run(agent, first.state);
    assert.equal(second.finalOutput, 'done');
    assert.deepEqual(executed, ['helm list']);
    const record = JSON.parse(readFileSync(audit, 'utf8').trim());
    assert.equal(record.decision, 'require_approval');
    assert.match(record.context.actor, /OpenAI Agents SDK approval/);
    assert.equal((await runCli(['audit', 'verify', audit], { cwd: tempDir(t) })).code, 0);
  });

  test('a person\'s rejection keeps it from running', async () => {
    const { agent, executed, model } = agentFor('helm list', safeclawTool(policySet, 'run_shell'));
    const first = await run(agent, 'go');
    first.state.reject(first.interruptions[0]);
    const second = await run(agent, first.state);
    assert.equal(second.finalOutput, 'done');
    assert.deepEqual(executed, []);
    assert.doesNotMatch(model.toolResult(), /"ran"/);
  });

  test('deny is no interruption but a rejection whose reason reaches the model', async () => {
    const { agent, executed, model } = agentFor('terraform apply -auto-approve', safeclawTool(policySet, 'run_shell'));
    const result = await run(agent, 'go');
    assert.equal(result.interruptions.length, 0);
    assert.deepEqual(executed, []);
    assert.match(model.toolResult(), /SafeClaw: this call denied \(block-terraform-apply\): apply needs a reviewed plan/);
  });

  test('without needsApproval, a guardrail that accepts SDK approvals still rejects an unapproved call', async () => {
    const { agent, executed, model } = agentFor('helm list', { inputGuardrails: [safeclawToolGuardrail(policySet, { approvals: 'sdk' })] });
    const result = await run(agent, 'go');
    assert.equal(result.interruptions.length, 0);
    assert.deepEqual(executed, []);
    assert.match(model.toolResult(), /needs human approval \(ask-helm\)/);
  });

  test('the guardrail alone (no approvals) rejects require_approval as before', async () => {
    const { agent, executed } = agentFor('helm list', { inputGuardrails: [safeclawToolGuardrail(policySet)] });
    await run(agent, 'go');
    assert.deepEqual(executed, []);
  });
});
