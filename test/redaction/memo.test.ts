// redactSecrets remembers short texts (outputs redact the same ones again and
// again): a remembered answer must be the answer, whatever happened in between.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { redactSecrets } from '../../src/redaction/redact.js';
import { NEAR_MISSES, SECRET_CASES } from './corpus.js';
import type { Action } from '../../src/types.js';

function textOf(action: Action): string {
  switch (action.type) {
    case 'shell.execute':
      return action.command;
    case 'network.request':
      return action.destination;
    case 'file.read':
    case 'file.write':
      return action.path;
    case 'infra.change':
      return action.address;
    case 'tool.call':
      return action.tool;
  }
}

const texts = [...SECRET_CASES.map((c) => textOf(c.action)), ...NEAR_MISSES];

test('every corpus text redacts the same the first time, from memory, and after the memory was cleared by other texts', () => {
  const first = texts.map((t) => redactSecrets(t));
  assert.deepEqual(texts.map((t) => redactSecrets(t)), first);
  // More distinct texts than the memory holds: it is emptied, and answers are computed again.
  for (let i = 0; i < 5000; i++) redactSecrets(`kubectl get pods -n team-${i}`);
  assert.deepEqual(texts.map((t) => redactSecrets(t)), first);
  for (const [i, c] of SECRET_CASES.entries()) {
    for (const secret of c.secrets) assert.ok(!first[i].text.includes(secret), `${c.form}: ${secret} left`);
  }
});

test('a caller that changes the lists it was given does not change the next answer', () => {
  const text = 'mysql -u root -pMemoTest0nly prod';
  const a = redactSecrets(text);
  assert.ok(a.kinds.length > 0 && a.secrets.length > 0);
  const kinds = [...a.kinds];
  const secrets = [...a.secrets];
  a.kinds.push('spoiled');
  a.secrets.length = 0;
  const b = redactSecrets(text);
  assert.deepEqual([b.kinds, b.secrets], [kinds, secrets]);
});

test('a text longer than what is remembered is redacted in full every time', () => {
  const text = `${'echo filler '.repeat(60)}&& mysql -pL0ngTextSecret db`;
  assert.ok(text.length > 512);
  for (let i = 0; i < 2; i++) assert.ok(!redactSecrets(text).text.includes('L0ngTextSecret'));
});
