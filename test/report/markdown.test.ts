import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { COMMENT_MARKER, renderMarkdown } from '../../src/report/markdown.js';
import type { Verdict } from '../../src/types.js';
import { tableCells, tableRows, tags, textOf, toHtml } from './render-html.js';
import { HOSTILE_TEXTS, gateResult, item, part, samplePullRequest } from './sample-result.js';

const WORD_JOINER = '\u2060';

function sectionHtml(html: string, heading: string): string {
  const start = html.indexOf(`<h3>${heading}`);
  assert.ok(start >= 0, `no "${heading}" section in:\n${html}`);
  const next = html.slice(start + 1).search(/<h3>|<details>|<hr>/);
  return next < 0 ? html.slice(start) : html.slice(start, start + 1 + next);
}

function allowedHtml(html: string): string {
  const start = html.indexOf('<details>');
  const end = html.indexOf('</details>');
  assert.ok(start >= 0 && end > start, 'allowed actions are folded in <details>');
  return html.slice(start, end);
}

describe('PR comment markdown', () => {
  test('the first line is the hidden marker the Action finds its comment by', () => {
    const markdown = renderMarkdown(samplePullRequest());
    assert.equal(markdown.split('\n')[0], COMMENT_MARKER);
    assert.match(COMMENT_MARKER, /^<!--.*-->$/);
  });

  const verdicts: { verdict: Verdict; name: string; words: RegExp }[] = [
    { verdict: 'deny', name: 'denied', words: /🛑 SafeClaw: denied/ },
    { verdict: 'require_approval', name: 'needs-approval', words: /✋ SafeClaw: needs approval/ },
    { verdict: 'allow', name: 'allowed', words: /✅ SafeClaw: allowed/ },
  ];
  for (const { verdict, name, words } of verdicts) {
    test(`the ${name} verdict is the first thing a reader sees`, () => {
      const result = gateResult([
        item({ type: 'shell.execute', command: 'make deploy' }, { decision: verdict, rule: 'r1', reason: 'because' }),
      ]);
      const html = toHtml(renderMarkdown(result));
      const firstElement = tags(html)[0];
      assert.equal(firstElement, 'h2');
      assert.match(textOf(html.slice(0, html.indexOf('</h2>'))), words);
    });
  }

  test('counts of each verdict follow the heading', () => {
    const html = toHtml(renderMarkdown(samplePullRequest()));
    const afterHeading = textOf(html.slice(html.indexOf('</h2>'), html.indexOf('<h3>')));
    assert.match(afterHeading, /3 denied · 1 needs approval · 3 allowed/);
  });

  test('each denied action is a row with its rule, reason, origin file:line and action text', () => {
    const rows = tableRows(sectionHtml(toHtml(renderMarkdown(samplePullRequest())), 'Denied'));
    assert.deepEqual(rows[0], ['Rule', 'Reason', 'Origin', 'Action']);
    assert.equal(rows.length, 1 + 3);
    assert.equal(rows[2][0], 'deny-dotenv');
    assert.equal(rows[2][1], 'secrets files are never read by agents');
    assert.equal(rows[2][2], 'logs/session.jsonl:48');
    assert.equal(rows[2][3], 'read .env');
  });

  test('an action from the PR body says "PR body" as its origin', () => {
    const rows = tableRows(sectionHtml(toHtml(renderMarkdown(samplePullRequest())), 'Denied'));
    const metadata = rows.find((r) => r[3].includes('169.254.169.254'));
    assert.equal(metadata?.[2], 'PR body');
  });

  test('an action no rule allows names default deny as its rule', () => {
    const rows = tableRows(sectionHtml(toHtml(renderMarkdown(samplePullRequest())), 'Denied'));
    const metadata = rows.find((r) => r[3].includes('169.254.169.254'));
    assert.equal(metadata?.[0], 'default deny');
  });

  test('a compound shell command shows the part that was denied under the whole command', () => {
    const rows = tableRows(sectionHtml(toHtml(renderMarkdown(samplePullRequest())), 'Denied'));
    assert.equal(rows[1][3], 'shell cd infra/prod && terraform apply -auto-approve\n↳ part terraform apply -auto-approve');
  });

  test('an implied action that decided is shown with its own type', () => {
    const result = gateResult([
      item(
        { type: 'shell.execute', command: 'cat .env' },
        {
          decision: 'deny',
          rule: 'deny-dotenv',
          reason: 'secrets',
          parts: [
            part({ text: 'cat .env', decision: 'allow', rule: 'allow-cat' }),
            part({ kind: 'implied', type: 'file.read', text: '.env', decision: 'deny', rule: 'deny-dotenv' }),
          ],
        },
      ),
    ]);
    const rows = tableRows(sectionHtml(toHtml(renderMarkdown(result)), 'Denied'));
    assert.equal(rows[1][3], 'shell cat .env\n↳ file.read .env');
  });

  test('approval-needed actions have their own table after the denied ones', () => {
    const html = toHtml(renderMarkdown(samplePullRequest()));
    assert.ok(html.indexOf('<h3>Needs approval') > html.indexOf('<h3>Denied'));
    const rows = tableRows(sectionHtml(html, 'Needs approval'));
    assert.deepEqual(rows[1], ['approve-security-groups', 'security group changes need a second reviewer', 'plans/prod.json', 'infra update aws_security_group.web']);
  });

  test('allowed actions are folded in <details> and appear nowhere else', () => {
    const html = toHtml(renderMarkdown(samplePullRequest()));
    const folded = allowedHtml(html);
    assert.match(folded, /<summary>Allowed actions \(3\)<\/summary>/);
    const rows = tableRows(folded);
    assert.deepEqual(rows[0], ['Rule', 'Origin', 'Action']);
    assert.deepEqual(rows.slice(1).map((r) => r[0]), ['allow-kubectl-dev', 'allow-infra-edits', 'allow-tests']);
    const outside = html.slice(0, html.indexOf('<details>')) + html.slice(html.indexOf('</details>'));
    assert.doesNotMatch(outside, /allow-kubectl-dev/);
  });

  test('the footer gives the policy digest, the audit chain head and the run link', () => {
    const result = samplePullRequest();
    const html = toHtml(renderMarkdown(result));
    const footer = html.slice(html.indexOf('<hr>'));
    assert.ok(textOf(footer).includes(`Policy digest ${result.policyDigest}`));
    assert.ok(textOf(footer).includes(`Audit chain head ${result.audit!.head}`));
    assert.ok(textOf(footer).includes('7 records in .safeclaw/audit/audit.jsonl'));
    assert.match(footer, new RegExp(`<a href="${result.runUrl}">workflow run</a>`));
  });

  test('a run link that is not http(s) is left out', () => {
    const html = toHtml(renderMarkdown(gateResult([], { runUrl: 'javascript:alert(1)' })));
    assert.doesNotMatch(html, /<a /);
    assert.doesNotMatch(html, /javascript/);
  });

  test('a run without an audit log says so', () => {
    const html = toHtml(renderMarkdown(gateResult([], { audit: undefined })));
    assert.match(textOf(html), /No audit log was written/);
  });

  test('a PR with no agent actions is allowed and says nothing was found', () => {
    const html = toHtml(renderMarkdown(gateResult([])));
    assert.match(textOf(html), /✅ SafeClaw: allowed\s+No agent actions were found to check\./);
    assert.doesNotMatch(html, /<table>/);
  });

  test('an action text longer than maxActionChars is cut with a note of how much', () => {
    const command = `echo ${'x'.repeat(995)}`;
    const result = gateResult([item({ type: 'shell.execute', command }, { decision: 'deny', rule: 'r', reason: 'no' })]);
    const rows = tableRows(toHtml(renderMarkdown(result, { maxActionChars: 100 })));
    assert.equal(rows[1][3], `shell ${command.slice(0, 100)} …900 more characters`);
  });
});

describe('hostile action text stays inside its code span', () => {
  // Tags the comment itself uses; anything else came from the input.
  const OWN_TAGS = new Set(['h2', 'h3', 'p', 'strong', 'em', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'br', 'details', 'summary', 'hr', 'sub', 'a', 'blockquote']);

  for (const { name, text, shown } of HOSTILE_TEXTS) {
    for (const verdict of ['deny', 'allow'] as const) {
      test(`${name} (${verdict === 'deny' ? 'denied' : 'allowed'} row)`, () => {
        const result = gateResult([
          item({ type: 'shell.execute', command: text, origin: { source: 'commands', file: 'cmds.sh', line: 1 } }, { decision: verdict, rule: 'r', reason: 'why' }),
          item({ type: 'shell.execute', command: 'ls', origin: { source: 'commands', file: 'cmds.sh', line: 2 } }, { decision: verdict, rule: 'r', reason: 'why' }),
        ]);
        const html = toHtml(renderMarkdown(result));
        const region = verdict === 'deny' ? sectionHtml(html, 'Denied') : allowedHtml(html);
        const cells = tableCells(region);
        const width = verdict === 'deny' ? 4 : 3;
        assert.equal(cells.length, 3, 'header and two rows, no injected row');
        for (const row of cells) assert.equal(row.length, width, `a row with ${row.length} cells: ${row.join(' ‖ ')}`);
        assert.equal(textOf(cells[1][width - 1]), `shell ${shown ?? text}`);
        assert.equal(textOf(cells[2][width - 1]), 'shell ls', 'the next row is intact');
        for (const tag of tags(html)) assert.ok(OWN_TAGS.has(tag.replace('/', '')), `unexpected <${tag}>`);
        const folds = verdict === 'allow' ? 1 : 0;
        assert.equal(html.match(/<details>/g)?.length ?? 0, folds, 'no injected <details>');
        assert.equal(html.match(/<\/details>/g)?.length ?? 0, folds, 'no injected </details>');
        assert.equal(html.match(/<a /g)?.length, 1, 'only the run link');
        assert.ok(html.trimEnd().endsWith('</p>'), 'the footer is still last');
      });
    }
  }

  test('hostile reason, rule id and file name render as literal text without mentions or links', () => {
    const reason = 'no <b>bold</b> | [links](https://evil.example) ![img](x.png) @octocat www.evil.example a@b.example';
    const result = gateResult([
      item(
        { type: 'shell.execute', command: 'ls', origin: { source: 'commands', file: 'a|<b>`x`</b>.sh', line: 3 } },
        { decision: 'deny', rule: 'deny-@team|x', reason },
      ),
    ]);
    const html = toHtml(renderMarkdown(result));
    const rows = tableRows(sectionHtml(html, 'Denied'));
    assert.equal(rows.length, 2);
    assert.deepEqual(rows[1], ['deny-@team|x', reason.replace(/@/g, `@${WORD_JOINER}`), 'a|<b>`x`</b>.sh:3', 'shell ls']);
    assert.equal(html.match(/<a /g)?.length, 1, 'only the run link');
    assert.doesNotMatch(html, /<(b|img)\b/);
    const outsideCode = html.replace(/<code>[\s\S]*?<\/code>/g, '');
    assert.doesNotMatch(outsideCode, /@[A-Za-z0-9]/, 'no @mention outside code spans');
  });
});
