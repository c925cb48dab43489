// The hand-written scanner of the canonical forms reads a long option's name
// and value exactly as the regular expressions it replaced (kept here as the
// specification), GNU style and Go's flag package, on generated words.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { canonicalise } from '../../src/shell/canonical.js';

const RUNS = Number(process.env.SAFECLAW_PROPERTY_RUNS ?? 2000);

/** Words made of the characters the scanners tell apart, with dashes and `=` where they matter. */
const word = fc.string({ unit: fc.constantFrom('-', '-', '=', 'a', 'Z', '5', '_', '.', '@', '/', ' ', '\n', 'é'), maxLength: 8 });

test('a GNU-style tool reads --name=value as --([^=]+)(=(.*))? does, whatever the characters', () => {
  fc.assert(
    fc.property(word, (text) => {
      const long = /^--([^=]+)(?:=(.*))?$/s.exec(text);
      // Short clusters (`-q=`) are another reading, not this one's.
      if (/^-[^-]/.test(text)) return;
      const { words } = canonicalise('gcloud', ['compute', 'instances', text]);
      // gcloud knows --project (a value) and --quiet (a flag): any other long option stays as written.
      if (long?.[1] === 'project') assert.ok(words.includes(`--project=${long[2] ?? ''}`) || long[2] === undefined);
      else if (long?.[1] === 'quiet' && long[2] === undefined) assert.ok(words.includes('--quiet'));
      else assert.ok(words.includes(text), `${JSON.stringify(text)} → ${JSON.stringify(words)}`);
    }),
    { numRuns: RUNS },
  );
});

test('a Go-style tool reads -name and --name as --?([^-=][^=]*)(=(.*))? does, whatever the characters', () => {
  fc.assert(
    fc.property(word, fc.constantFrom('json', 'no-color', 'out'), (text, known) => {
      for (const written of [text, `-${known}${text}`, `--${known}${text}`]) {
        const long = /^--?([^-=][^=]*)(?:=(.*))?$/s.exec(written);
        const result = canonicalise('terraform', ['plan', written, 'next']);
        if (long === null || !['json', 'no-color', 'out'].includes(long[1])) {
          // Not an option the table knows: an operand after the subcommand, kept as written.
          assert.ok(result.words.includes(written), `${JSON.stringify(written)} → ${JSON.stringify(result)}`);
        } else if (long[1] === 'out') {
          assert.ok(result.words.includes(`-out=${long[2] ?? 'next'}`), `${JSON.stringify(written)} → ${JSON.stringify(result)}`);
        } else if (long[2] === undefined) {
          assert.ok(result.words.includes(`-${long[1]}`), `${JSON.stringify(written)} → ${JSON.stringify(result)}`);
        }
      }
    }),
    { numRuns: RUNS },
  );
});
