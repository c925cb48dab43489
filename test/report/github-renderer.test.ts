// The same escaping checks through cmark-gfm, the C library GitHub renders
// comments with (Debian package `cmark-gfm`), since marked differs from it on
// edge cases such as a backslash before a pipe inside a table cell.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, test } from 'node:test';
import { renderMarkdown } from '../../src/report/markdown.js';
import { tableCells, tags, textOf } from './render-html.js';
import { HOSTILE_TEXTS, gateResult, item } from './sample-result.js';

const probe = spawnSync('cmark-gfm', ['--version'], { encoding: 'utf8' });
const missing = probe.error ? 'cmark-gfm is not installed (apt-get install cmark-gfm)' : false;

function githubHtml(markdown: string): string {
  // GitHub's extensions; --unsafe keeps raw HTML so that any injected tag would show up here.
  const run = spawnSync('cmark-gfm', ['-e', 'table', '-e', 'autolink', '-e', 'tagfilter', '-e', 'strikethrough', '--unsafe'], {
    input: markdown,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}

describe('hostile action text through GitHub renderer (cmark-gfm)', { skip: missing }, () => {
  const OWN_TAGS = new Set(['h2', 'p', 'strong', 'em', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'br', 'hr', 'sub', 'a', 'h3', 'details', 'summary']);
  for (const { name, text, shown } of HOSTILE_TEXTS) {
    test(name, () => {
      const result = gateResult([
        item({ type: 'shell.execute', command: text, origin: { source: 'commands', file: 'c.sh', line: 1 } }, { decision: 'deny', rule: 'r', reason: 'why @octocat' }),
        item({ type: 'shell.execute', command: 'ls' }, { decision: 'deny', rule: 'r', reason: 'why' }),
      ]);
      const html = githubHtml(renderMarkdown(result));
      const rows = tableCells(html);
      assert.equal(rows.length, 3);
      for (const row of rows) assert.equal(row.length, 4);
      assert.equal(textOf(rows[1][3]), `shell ${shown ?? text}`);
      assert.equal(textOf(rows[2][3]), 'shell ls');
      for (const tag of tags(html)) assert.ok(OWN_TAGS.has(tag.replace('/', '')), `unexpected <${tag}>`);
      assert.equal(html.match(/<a /g)?.length, 1, 'only the run link');
    });
  }
});
