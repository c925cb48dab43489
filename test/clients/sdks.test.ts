// The real Claude Agent SDK (query(), which runs its bundled Claude Code) and the
// real OpenAI Agents SDK (run(), Responses and Chat Completions), offline against
// the fake model servers, with SafeClaw's exported hook and tool helpers.
import assert from 'node:assert/strict';
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
// Imported as the README's snippets do: the package's own name resolves (Node's
// self-reference through package.json `exports`) to the built dist/lib.js.
import { loadPolicies, safeclawHooks, safeclawTool } from '@authensor/safeclaw';
import { importClient, project, verifiedAudit } from './clients.js';
import { fakeAnthropic, fakeOpenAI } from './fake-models.js';

describe('Claude Agent SDK query() with safeclawHooks', () => {
  test('denied calls never run and their reasons reach the model; require_approval goes to canUseTool', async (t) => {
    const { query } = await importClient<{ query: (args: object) => AsyncIterable<{ type: string; result?: string }> }>('@anthropic-ai/claude-agent-sdk');
    const dir = project(t);
    const policySet = await loadPolicies(join(dir, '.safeclaw'));
    const model = await fakeAnthropic(t, [
      { name: 'Bash', input: { command: `touch ${dir}/DENIED && terraform apply -auto-approve`, description: 'apply' } },
      { name: 'Bash', input: { command: `touch ${dir}/ALLOWED`, description: 'marker' } },
      { name: 'Read', input: { file_path: join(dir, '.env') } },
      { name: 'Bash', input: { command: `touch ${dir}/APPROVED; helm version`, description: 'helm' } },
    ]);
    mkdirSync(join(dir, 'home'));
    const asked: string[] = [];
    let last: { type: string; result?: string } | undefined;
    for await (const message of query({
      prompt: 'Do the task',
      options: {
        cwd: dir,
        settingSources: [],
        hooks: safeclawHooks(policySet, { audit: join(dir, '.safeclaw/audit/audit.jsonl') }),
        // The application's own approval: here it approves what SafeClaw asked about.
        canUseTool: async (toolName: string, input: Record<string, unknown>) => {
          asked.push(`${toolName} ${String(input.command)}`);
          return { behavior: 'allow', updatedInput: input };
        },
        env: { PATH: process.env.PATH, HOME: join(dir, 'home'), ANTHROPIC_BASE_URL: model.url, ANTHROPIC_API_KEY: 'dummy', CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1' },
      },
    })) last = message;
    assert.equal(last?.result, 'All done.');
    const [apply, touch, env] = model.toolResults();
    assert.match(apply, /SafeClaw deny: block-terraform-apply/);
    assert.doesNotMatch(touch, /SafeClaw/);
    assert.match(env, /SafeClaw deny: block-secret-file-reads/);
    assert.equal(existsSync(join(dir, 'DENIED')), false);
    assert.equal(existsSync(join(dir, 'ALLOWED')), true);
    assert.deepEqual(asked, [`Bash touch ${dir}/APPROVED; helm version`], 'only the require_approval call was put to canUseTool');
    assert.equal(existsSync(join(dir, 'APPROVED')), true, 'approved by the application, it ran');
    assert.deepEqual(verifiedAudit(dir).map((r) => r.rule), ['block-terraform-apply', 'allow-touch-in-project', 'block-secret-file-reads', 'ask-helm']);
  });
});

interface AgentsSdk {
  Agent: new (config: object) => object;
  run: (agent: object, input: unknown, options?: object) => Promise<{ finalOutput?: string; interruptions: { name?: string }[]; state: { approve: (item: object) => void } }>;
  tool: (config: object) => object;
  setTracingDisabled: (disabled: boolean) => void;
  OpenAIResponsesModel: new (client: object, model: string) => object;
  OpenAIChatCompletionsModel: new (client: object, model: string) => object;
}

describe('OpenAI Agents SDK run() with safeclawTool', () => {
  for (const api of ['responses', 'chat_completions'] as const) {
    test(`[${api}] deny is a rejection the model reads, allow runs, require_approval is the SDK's interruption`, async (t) => {
      const sdk = await importClient<AgentsSdk>('@openai/agents');
      sdk.setTracingDisabled(true);
      const dir = project(t);
      const policySet = await loadPolicies(join(dir, '.safeclaw'));
      const model = await fakeOpenAI(t, [
        { name: 'run_shell', input: { command: `touch ${dir}/DENIED && terraform apply -auto-approve` } },
        { name: 'run_shell', input: { command: `touch ${dir}/ALLOWED` } },
        { name: 'run_shell', input: { command: `touch ${dir}/APPROVED; helm version || true` } },
      ]);
      // The SDK keeps its default models between runs: each test's agent gets a model on its own server.
      const { default: OpenAI } = await importClient<{ default: new (options: object) => object }>('openai');
      const client = new OpenAI({ baseURL: `${model.url}/v1`, apiKey: 'dummy' });
      const llm = api === 'responses' ? new sdk.OpenAIResponsesModel(client, 'gpt-fake') : new sdk.OpenAIChatCompletionsModel(client, 'gpt-fake');
      const executed: string[] = [];
      const runShell = sdk.tool({
        name: 'run_shell',
        description: 'Run a shell command',
        parameters: { type: 'object', properties: { command: { type: 'string' } }, required: ['command'], additionalProperties: false },
        strict: true,
        ...safeclawTool(policySet, 'run_shell', { audit: join(dir, '.safeclaw/audit/audit.jsonl') }),
        execute: async ({ command }: { command: string }) => {
          executed.push(command);
          return execSync(command, { cwd: dir, encoding: 'utf8', shell: '/bin/sh' }) || '(no output)';
        },
      });
      const agent = new sdk.Agent({ name: 'ops', instructions: 'Run commands.', model: llm, tools: [runShell] });
      const first = await sdk.run(agent, 'Do the task');
      assert.equal(first.interruptions.length, 1, 'the helm call waits for a person');
      assert.equal(first.interruptions[0].name, 'run_shell');
      assert.equal(existsSync(join(dir, 'APPROVED')), false, 'not before the approval');
      first.state.approve(first.interruptions[0]);
      const second = await sdk.run(agent, first.state);
      assert.equal(second.finalOutput, 'All done.');

      assert.match(model.toolResults()[0], /SafeClaw: this call denied \(block-terraform-apply\)/);
      assert.equal(existsSync(join(dir, 'DENIED')), false);
      assert.equal(existsSync(join(dir, 'ALLOWED')), true);
      assert.equal(existsSync(join(dir, 'APPROVED')), true);
      assert.deepEqual(executed, [`touch ${dir}/ALLOWED`, `touch ${dir}/APPROVED; helm version || true`]);
      const records = verifiedAudit(dir);
      assert.deepEqual(records.map((r) => r.rule), ['block-terraform-apply', 'allow-touch-in-project', 'ask-helm']);
    });
  }
});
