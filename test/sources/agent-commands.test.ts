import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { commandActions, detectCommandsFormat } from '../../src/sources/agent-commands.js';
import { SourceError } from '../../src/sources/errors.js';
import { quoteArgv } from '../../src/sources/quote-argv.js';
import type { Action } from '../../src/types.js';
import { fixtures } from './helpers.js';

const agentFixture = (name: string) => readFileSync(path.join(fixtures, 'agents', name), 'utf8');
const show = (a: Action) => {
  const at = `:${a.origin?.line}`;
  switch (a.type) {
    case 'shell.execute':
      return `${at} shell ${a.command}`;
    case 'file.read':
    case 'file.write':
      return `${at} ${a.type} ${a.path}`;
    case 'network.request':
      return `${at} net ${a.destination}`;
    default:
      return `${at} ${a.type}`;
  }
};

describe('agent logs in the shapes real clients write', () => {
  test('a Claude Code transcript: Bash, Read, Edit, Grep, WebFetch and Write calls with their lines, paths relative to the session cwd', () => {
    const actions = commandActions(agentFixture('claude-code-session.jsonl'), 'session.jsonl');
    assert.deepEqual(actions.map(show), [
      ':2 shell cd infra && terraform plan -out=tfplan',
      ':4 file.read infra/.env',
      ':6 file.write infra/eks/nodes.tf',
      ':8 file.read infra',
      ':10 net http://169.254.169.254/latest/meta-data/iam/security-credentials/',
      ':12 shell cd infra && terraform apply -auto-approve tfplan && kubectl -n prod rollout restart deploy/api',
      ':14 file.write .github/workflows/deploy.yml',
    ]);
    assert.deepEqual(actions[0].origin, { source: 'transcript', file: 'session.jsonl', line: 2, detail: 'Claude Code Bash' });
  });

  test('an OpenAI Chat Completions result: commands and URLs under the keys the tools chose', () => {
    assert.deepEqual(commandActions(agentFixture('openai-chat-completion.json'), 'chat.json').map(show), [
      ':15 shell helm upgrade api ./chart --namespace prod',
      ':23 shell terraform plan -out=tfplan',
      ':31 net http://metadata.google.internal/computeMetadata/v1/',
    ]);
  });

  test('an OpenAI Responses result: function calls, Codex local_shell_call argv and shell_call command lists', () => {
    assert.deepEqual(commandActions(agentFixture('openai-responses.json'), 'responses.json').map(show), [
      ':16 shell kubectl get pods -n prod',
      ':24 shell kubectl apply -f k8s/api.yaml --namespace=prod',
      ":32 shell bash -lc 'terraform destroy -auto-approve'",
      ':49 shell vault read secret/prod/db',
      ':49 shell aws ec2 describe-instances',
      ':62 file.write infra/prod/iam.tf',
    ]);
  });

  const detected: [string, string][] = [
    ['claude-code-session.jsonl', 'claude'],
    ['openai-chat-completion.json', 'openai'],
    ['openai-responses.json', 'openai'],
  ];
  for (const [file, format] of detected) {
    test(`${file} is detected as ${format} from its content`, () => {
      assert.equal(detectCommandsFormat(agentFixture(file), file), format);
    });
  }

  test('Codex session JSONL (response_item lines) and apply_patch are read', () => {
    const lines = [
      JSON.stringify({ type: 'session_meta', payload: { id: 's1' } }),
      JSON.stringify({ type: 'response_item', payload: { type: 'function_call', name: 'shell', arguments: JSON.stringify({ command: ['bash', '-lc', "echo 'hi' > x"] }), call_id: 'c1' } }),
      JSON.stringify({ type: 'response_item', payload: { type: 'custom_tool_call', name: 'apply_patch', input: '*** Begin Patch\n*** Update File: infra/main.tf\n@@\n*** Add File: .github/workflows/x.yml\n*** End Patch', call_id: 'c2' } }),
    ].join('\n');
    assert.deepEqual(commandActions(lines, 'codex.jsonl', 'openai').map(show), [
      `:2 shell bash -lc 'echo '\\''hi'\\'' > x'`,
      ':3 file.write infra/main.tf',
      ':3 file.write .github/workflows/x.yml',
    ]);
  });

  test('SafeClaw JSONL actions are detected and read line by line', () => {
    const text = '{"action":"shell.execute","command":"terraform plan"}\n\n{"action":"file.read","path":".env"}\n';
    assert.equal(detectCommandsFormat(text, 'a.jsonl'), 'safeclaw');
    assert.deepEqual(commandActions(text, 'a.jsonl').map(show), [':1 shell terraform plan', ':3 file.read .env']);
  });
});

describe('plain text and shell scripts', () => {
  test('one command per logical line, with continuations and here-docs kept together', () => {
    const text = 'terraform init\nterraform apply \\\n  -auto-approve\ncat > x.tf <<EOF\nresource "a" "b" {}\nEOF\n';
    assert.equal(detectCommandsFormat(text, 'plan.sh'), 'text');
    assert.deepEqual(commandActions(text, 'plan.sh').map(show), [
      ':1 shell terraform init',
      ':2 shell terraform apply \\\n  -auto-approve',
      ':4 shell cat > x.tf <<EOF\nresource "a" "b" {}\nEOF',
    ]);
  });

  test('a shell group starting with { is text, not JSON', () => {
    assert.equal(detectCommandsFormat('{ echo a; }\n', 'x.sh'), 'text');
  });
});

describe('what cannot be read is an error with file:line, never skipped', () => {
  const errors: { name: string; text: string; format?: 'claude' | 'openai' | 'safeclaw'; line: number; message: RegExp }[] = [
    {
      name: 'a corrupt transcript line',
      text: agentFixture('claude-code-session.jsonl').split('\n').map((l, i) => (i === 5 ? l.slice(0, 40) : l)).join('\n'),
      line: 6,
      message: /not valid JSON/,
    },
    {
      name: 'an unknown Claude Code tool (fail-closed)',
      text: JSON.stringify({ sessionId: 's', message: { content: [{ type: 'tool_use', name: 'FrobnicateRepo', input: { pr: 1 } }] } }),
      line: 1,
      message: /unknown tool "FrobnicateRepo"/,
    },
    {
      name: 'a Bash call without a command',
      text: JSON.stringify({ sessionId: 's', message: { content: [{ type: 'tool_use', name: 'Bash', input: {} }] } }),
      line: 1,
      message: /Bash tool call has no "command"/,
    },
    {
      name: 'OpenAI arguments that are not JSON',
      text: '{"a":1}\n' + JSON.stringify({ type: 'function_call', name: 'run', call_id: 'c9', arguments: '{"command": "ls"' }),
      format: 'openai',
      line: 2,
      message: /arguments of run are not JSON/,
    },
    {
      name: 'an OpenAI tool call type SafeClaw does not know',
      text: JSON.stringify({ type: 'computer_call', call_id: 'c1', action: { type: 'click' } }),
      format: 'openai',
      line: 1,
      message: /computer_call is a tool call SafeClaw cannot judge/,
    },
    { name: 'an unterminated quote in a plan', text: 'ls\necho "oops\n', line: 2, message: /unterminated " quote/ },
    { name: 'a bad SafeClaw action line', text: '{"action":"shell.execute","command":"ls"}\n{"action":"rm"}\n', line: 2, message: /"action" must be one of/ },
  ];
  for (const c of errors) {
    test(`${c.name}`, () => {
      assert.throws(
        () => commandActions(c.text, 'log.jsonl', c.format),
        (err: unknown) => err instanceof SourceError && err.file === 'log.jsonl' && err.line === c.line && c.message.test(err.message),
      );
    });
  }
});

describe('quoting an argv back into a command', () => {
  const cases: [string[], string][] = [
    [['ls', '-la', '/tmp'], 'ls -la /tmp'],
    [['echo', 'a b'], "echo 'a b'"],
    [['echo', "it's"], "echo 'it'\\''s'"],
    [['echo', '$(rm -rf /)', '`x`', '*'], "echo '$(rm -rf /)' '`x`' '*'"],
    [['printf', ''], "printf ''"],
    [['bash', '-lc', 'terraform destroy -auto-approve'], "bash -lc 'terraform destroy -auto-approve'"],
  ];
  for (const [argv, expected] of cases) {
    test(`${JSON.stringify(argv)} → ${expected}`, () => {
      assert.equal(quoteArgv(argv), expected);
    });
  }
});
