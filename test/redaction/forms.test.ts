// The redactor on its own: every form of the corpus is found and named, every
// near-miss is left exactly as written, and redacting twice changes nothing.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mayHoldSecret, redactSecrets } from '../../src/redaction/redact.js';
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

test('the corpus holds at least 60 secret forms and 30 near-misses', () => {
  assert.ok(SECRET_CASES.length >= 60, `${SECRET_CASES.length} forms`);
  assert.ok(NEAR_MISSES.length >= 30, `${NEAR_MISSES.length} near-misses`);
  assert.equal(new Set(SECRET_CASES.map((c) => c.form)).size, SECRET_CASES.length, 'form names are unique');
});

describe('each secret form is redacted and named', () => {
  for (const c of SECRET_CASES) {
    test(c.form, () => {
      const text = textOf(c.action);
      assert.ok(mayHoldSecret(text), 'the quick test lets it through to the patterns');
      const result = redactSecrets(text);
      for (const secret of c.secrets) assert.ok(!result.text.includes(secret), `${secret} left in ${result.text}`);
      assert.ok(result.kinds.includes(c.kind), `kinds ${result.kinds.join(', ')} lack ${c.kind}`);
      assert.match(result.text, /\[REDACTED:[a-z0-9-]+\]/);
    });
  }
});

describe('near-misses are left exactly as written', () => {
  for (const command of NEAR_MISSES) {
    test(command, () => {
      assert.deepEqual(redactSecrets(command), { text: command, kinds: [], secrets: [] });
    });
  }
});

test('redacting a redacted text changes nothing and reports the same kinds', () => {
  for (const c of SECRET_CASES) {
    const once = redactSecrets(textOf(c.action));
    const twice = redactSecrets(once.text);
    assert.equal(twice.text, once.text, c.form);
    assert.deepEqual(twice.kinds, once.kinds, c.form);
  }
});

test('only the secret is replaced: the command around it stays readable', () => {
  const cases: Array<[string, string]> = [
    ["mysql -u root -p'S3cret!' prod", "mysql -u root -p'[REDACTED:password]' prod"],
    ['echo hunter22 | docker login -u bob --password-stdin', 'echo [REDACTED:password] | docker login -u bob --password-stdin'],
    ['curl -u alice:wonder https://x', 'curl -u alice:[REDACTED:password] https://x'],
    ['DB_PASSWORD="p a s s" ./migrate', 'DB_PASSWORD="[REDACTED:secret]" ./migrate'],
    ['chpasswd <<EOF\nroot:pw1234\nEOF\necho done', 'chpasswd <<EOF\n[REDACTED:password]\nEOF\necho done'],
    ['psql postgres://admin:hunter2@db:5432/app', 'psql postgres://admin:[REDACTED:url-password]@db:5432/app'],
  ];
  for (const [text, shown] of cases) assert.equal(redactSecrets(text).text, shown);
});

test('a secret the quick test cannot see is not a form: texts without any hint come back untouched and unscanned', () => {
  for (const text of ['terraform plan', 'ls -la src', 'src/main.ts', 'git status --short']) {
    assert.equal(mayHoldSecret(text), false, text);
    assert.deepEqual(redactSecrets(text), { text, kinds: [], secrets: [] });
  }
});
