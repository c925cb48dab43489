import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { GITHUB_COMMENT_LIMIT, renderMarkdown } from '../../src/report/markdown.js';
import { tableRows, textOf, toHtml } from './render-html.js';
import { gateResult, item, manyActions } from './sample-result.js';

/** Rows shown per section, read back from the rendered HTML. */
function shownRows(markdown: string): { deny: number; require_approval: number; allow: number } {
  const html = toHtml(markdown);
  const count = (from: string, to: RegExp) => {
    const start = html.indexOf(from);
    if (start < 0) return 0;
    const rest = html.slice(start + from.length);
    const end = rest.search(to);
    return tableRows(end < 0 ? rest : rest.slice(0, end)).length - 1;
  };
  return {
    deny: count('<h3>Denied', /<h3>|<details>|<hr>/),
    require_approval: count('<h3>Needs approval', /<h3>|<details>|<hr>/),
    allow: count('<details>', /<\/details>/),
  };
}

function noteOf(markdown: string): string | undefined {
  return textOf(toHtml(markdown)).match(/⚠️ .*left out.*/)?.[0];
}

describe('keeping the comment within a length limit', () => {
  const result = manyActions(400); // 40 denied, 40 need approval, 320 allowed

  for (const maxLength of [3_000, 6_000, 12_000, 30_000, 50_000]) {
    test(`the comment fits in ${maxLength} characters`, () => {
      assert.ok(renderMarkdown(result, { maxLength }).length <= maxLength);
    });
  }

  test('nothing is left out, and there is no note, when everything fits', () => {
    const markdown = renderMarkdown(result);
    assert.deepEqual(shownRows(markdown), { deny: 40, require_approval: 40, allow: 320 });
    assert.equal(noteOf(markdown), undefined);
  });

  test('allowed rows go first, from the end, while approval and denied rows stay', () => {
    const full = renderMarkdown(result).length;
    const markdown = renderMarkdown(result, { maxLength: full - 2_000 });
    const shown = shownRows(markdown);
    assert.equal(shown.deny, 40);
    assert.equal(shown.require_approval, 40);
    assert.ok(shown.allow > 0 && shown.allow < 320, `allowed rows shown: ${shown.allow}`);
    const allowedRows = tableRows(toHtml(markdown).slice(toHtml(markdown).indexOf('<details>')));
    assert.match(allowedRows[1][2], /service-1 /, 'the first allowed rows are the ones kept');
  });

  test('approval rows go next, and denied rows last', () => {
    const withoutAllowed = renderMarkdown(gateResult(result.items.filter((i) => i.decision.decision !== 'allow'))).length;
    const shown = shownRows(renderMarkdown(result, { maxLength: withoutAllowed - 1_000 }));
    assert.equal(shown.allow, 0);
    assert.equal(shown.deny, 40);
    assert.ok(shown.require_approval > 0 && shown.require_approval < 40, `approval rows shown: ${shown.require_approval}`);

    const tight = shownRows(renderMarkdown(result, { maxLength: 3_000 }));
    assert.deepEqual([tight.allow, tight.require_approval], [0, 0]);
    assert.ok(tight.deny > 0 && tight.deny < 40, `denied rows shown: ${tight.deny}`);
  });

  for (const maxLength of [4_000, 12_000, 30_000]) {
    test(`the note at ${maxLength} characters says how many rows of each kind were left out`, () => {
      const markdown = renderMarkdown(result, { maxLength });
      const shown = shownRows(markdown);
      const note = noteOf(markdown);
      assert.ok(note, 'a truncation note is shown');
      const leftOut = 400 - shown.deny - shown.require_approval - shown.allow;
      assert.match(note, new RegExp(`${leftOut} rows were left out`));
      if (shown.allow < 320) assert.match(note, new RegExp(`${320 - shown.allow} allowed`));
      if (shown.require_approval < 40) assert.match(note, new RegExp(`${40 - shown.require_approval} needing approval`));
      if (shown.deny < 40) assert.match(note, new RegExp(`${40 - shown.deny} denied`));
    });
  }

  test('the verdict heading and counts survive the tightest limit', () => {
    const markdown = renderMarkdown(result, { maxLength: 1_000 });
    assert.ok(markdown.length <= 1_000);
    const text = textOf(toHtml(markdown));
    assert.match(text, /🛑 SafeClaw: denied/);
    assert.match(text, /40 denied · 40 need approval · 320 allowed/);
  });

  test('a limit too small for the verdict alone is an error, not a cut-off comment', () => {
    assert.throws(() => renderMarkdown(result, { maxLength: 200 }), RangeError);
  });

  test('five thousand actions stay within GitHub comment limit by default', () => {
    const markdown = renderMarkdown(manyActions(5_000));
    assert.ok(markdown.length <= GITHUB_COMMENT_LIMIT, `${markdown.length} characters`);
    assert.ok(noteOf(markdown));
  });

  test('one enormous action cannot push the comment over the limit', () => {
    const huge = gateResult([item({ type: 'shell.execute', command: 'x'.repeat(200_000) }, { decision: 'deny', rule: 'r', reason: 'no' })]);
    const markdown = renderMarkdown(huge);
    assert.ok(markdown.length < 2_000);
    assert.deepEqual(shownRows(markdown).deny, 1);
  });
});

describe('keeping the job summary within a limit in UTF-8 bytes', () => {
  // Three-byte and four-byte characters in every row, so bytes and code units differ.
  const items = Array.from({ length: 600 }, (_, i) =>
    item({ type: 'shell.execute', command: `echo ✓ 😀 é ${i}` }, { decision: (['deny', 'require_approval', 'allow'] as const)[i % 3], rule: 'r', reason: 'dé' }),
  );
  const result = gateResult(items);

  for (const maxLength of [4_000, 12_000, 24_000]) {
    test(`at ${maxLength} bytes the text fits in bytes, with fewer rows than that many code units hold`, () => {
      const markdown = renderMarkdown(result, { maxLength, measure: 'utf8' });
      assert.ok(Buffer.byteLength(markdown) <= maxLength, `${Buffer.byteLength(markdown)} bytes`);
      const shown = shownRows(markdown);
      const total = shown.deny + shown.require_approval + shown.allow;
      assert.ok(total < items.length && noteOf(markdown));
      const asCodeUnits = shownRows(renderMarkdown(result, { maxLength }));
      assert.ok(asCodeUnits.deny + asCodeUnits.require_approval + asCodeUnits.allow > total);
    });
  }

  test('text of one-byte characters fits the same rows whichever the unit', () => {
    const ascii = manyActions(400);
    for (const maxLength of [3_000, 12_000]) {
      assert.equal(renderMarkdown(ascii, { maxLength, measure: 'utf8' }), renderMarkdown(ascii, { maxLength }));
    }
  });

  test('a byte limit too small for the verdict alone is an error', () => {
    assert.throws(() => renderMarkdown(result, { maxLength: 200, measure: 'utf8' }), /too small.*bytes/);
  });
});
