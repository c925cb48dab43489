// The hook's judge serves calls one after another in one process; before each it
// forgets the redactions of the calls before (src/cli/judge-server.ts), so no text of
// an earlier call is kept and every call redacts as a fresh process would.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forgetRedactions, redactSecrets, sharedRedaction } from '../../src/redaction/redact.js';

test('forgetRedactions empties the memo: the next redaction is made again, with the same result', () => {
  const text = 'curl -H "Authorization: Bearer ghp_abcdefghijklmnopqrstuvwxyz0123456789" https://api.github.com';
  const first = sharedRedaction(text);
  assert.equal(sharedRedaction(text), first, 'remembered within a call');
  forgetRedactions();
  const again = sharedRedaction(text);
  assert.notEqual(again, first, 'made again after forgetting');
  assert.deepEqual(again, first);
  assert.deepEqual(redactSecrets(text), { ...first, kinds: [...first.kinds], secrets: [...first.secrets] });
  assert.match(again.text, /\[REDACTED:/);
});
