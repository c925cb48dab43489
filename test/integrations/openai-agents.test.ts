// The guardrail run by the OpenAI Agents SDK's own tool-guardrail executor, on the
// function calls of a real Responses API result.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import { runToolInputGuardrails } from '@openai/agents-core';
import { safeclawToolGuardrail } from '../../src/integrations/openai-agents.js';
import { loadPolicies } from '../../src/policy/load.js';
import type { PolicySet } from '../../src/types.js';
import { ROOT, tempDir } from '../helpers/cli.js';

let policySet: PolicySet;
before(async () => {
  policySet = await loadPolicies(`${ROOT}/examples/devops/.safeclaw`);
});

interface FunctionCallItem {
  type: 'function_call';
  name: string;
  arguments: string;
  call_id: string;
}

const responses = JSON.parse(readFileSync(`${ROOT}/test/fixtures/agents/openai-responses.json`, 'utf8')) as { output: Array<{ type: string }> };
const functionCalls = responses.output.filter((item): item is FunctionCallItem => item.type === 'function_call');

async function guard(call: { name: string; arguments: string; callId: string }, options = {}) {
  // The SDK's own executor, as a Runner calls it before a function tool runs.
  return runToolInputGuardrails({
    guardrails: [safeclawToolGuardrail(policySet, options)],
    context: {} as never,
    agent: {} as never,
    toolCall: { type: 'function_call', ...call },
  });
}

describe('safeclawToolGuardrail in the OpenAI Agents SDK', () => {
  test('rejects the fixture\'s production deploy with the rule and reason', async () => {
    const deploy = functionCalls.find((c) => c.arguments.includes('--namespace=prod'))!;
    const outcome = await guard({ name: deploy.name, arguments: deploy.arguments, callId: deploy.call_id });
    assert.equal(outcome.type, 'reject');
    assert.match((outcome as { message: string }).message, /block-prod-deploy/);
  });

  test('allows what the policy allows', async () => {
    const outcome = await guard({ name: 'run_shell', arguments: JSON.stringify({ command: 'terraform plan -out=tfplan' }), callId: 'c1' });
    assert.deepEqual(outcome, { type: 'allow' });
  });

  test('judges URLs and paths in the arguments too', async () => {
    const fetch = await guard({ name: 'fetch_url', arguments: JSON.stringify({ url: 'http://0xa9fea9fe/latest/meta-data/' }), callId: 'c2' });
    assert.equal(fetch.type, 'reject');
    const read = await guard({ name: 'read_file', arguments: JSON.stringify({ path: 'services/api/.env' }), callId: 'c3' });
    assert.equal(read.type, 'reject');
  });

  test('judges a call with no command, URL or path as a tool.call, which no rule allows here', async () => {
    const outcome = await guard({ name: 'query_db', arguments: JSON.stringify({ sql: 'DROP TABLE users' }), callId: 'c4' });
    assert.equal(outcome.type, 'reject');
    assert.match((outcome as { message: string }).message, /denied \(no rule allows it\)/);
  });

  test('rejects a call whose arguments are not a JSON object (fail closed)', async () => {
    for (const args of ['not json', '[1,2]', '"text"', 'null']) {
      const outcome = await guard({ name: 'query_db', arguments: args, callId: 'c6' });
      assert.equal(outcome.type, 'reject', args);
      assert.match((outcome as { message: string }).message, /could not judge/, args);
    }
  });

  test('records decisions in an audit log when asked', async (t) => {
    const audit = `${tempDir(t)}/audit.jsonl`;
    await guard({ name: 'run_shell', arguments: JSON.stringify({ command: 'terraform destroy' }), callId: 'c5' }, { audit });
    const record = JSON.parse(readFileSync(audit, 'utf8').trim());
    assert.deepEqual([record.decision, record.rule], ['deny', 'block-terraform-destroy']);
  });
});
