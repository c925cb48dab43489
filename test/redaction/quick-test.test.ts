// mayHoldSecret takes the quick test's union part by part (text hints, then the
// program hints only where a program is named): it must answer exactly as the
// union written as one RegExp, which is built here from the same tables.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { mayHoldSecret } from '../../src/redaction/redact.js';
import { PROGRAM_FORMS, TEXT_FORMS } from '../../src/redaction/secret-forms.js';
import { NEAR_MISSES, SECRET_CASES } from './corpus.js';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ONE_REGEXP = new RegExp(
  [
    ...TEXT_FORMS.map((form) => form.hint),
    PROGRAM_FORMS.map((form) => {
      const program = String.raw`(?:^|[\s/;&|(\x60'"])(?:${form.programs.map(escape).join('|')})(?=[\s;&|)<>\x60'"]|$)`;
      const first = form.command?.[0];
      return first ? String.raw`${program}.*?(?:^|[\s'"])${escape(first)}(?=[\s;&|)<>\x60'"]|$)` : program;
    }).join('|'),
    String.raw`\[REDACTED:`,
  ].join('|'),
  'is',
);

// Pieces that make the hints and program forms match, almost match, or sit at their boundaries.
const PIECES = [
  ...new Set([
    ...PROGRAM_FORMS.flatMap((form) => [...form.programs, ...(form.command ?? []), ...(form.options ?? []).flatMap((o) => o.names)]),
    ...['PRIVATE KEY', 'ghp_', 'github_pat_', 'glpat-', 'hooks.slack.com', 'discord', 'xoxb', 'hvs.', 'npm_', 'AKIA', 'sk-', 'eyJ', 'Authorization', 'cookie'],
    ...['token', 'key', 'secret', 'passw', 'pwd', 'auth', 'credential', 'machine', 'bearer', '://u@', '[REDACTED:', 'Docker', 'HELM', '/usr/bin/'],
    ...[' ', '  ', '\t', '\n', ';', '&&', '|', '(', ')', '`', "'", '"', '<', '>', '=', ':', '-', '.', '/', '_', 'x', 'A', '9', 'é'],
  ]),
];

test('mayHoldSecret answers as the quick test written as one RegExp, on the corpus', () => {
  const texts = [...SECRET_CASES.map((c) => JSON.stringify(c.action)), ...NEAR_MISSES, 'terraform plan', 'ls -la src'];
  for (const text of texts) assert.equal(mayHoldSecret(text), ONE_REGEXP.test(text), text);
});

test('mayHoldSecret answers as the quick test written as one RegExp, on texts made of hint pieces', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
      const text = pieces.join('');
      assert.equal(mayHoldSecret(text), ONE_REGEXP.test(text), JSON.stringify(text));
    }),
    { numRuns: 20_000, seed: 15 },
  );
});
