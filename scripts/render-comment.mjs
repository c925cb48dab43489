// Renders a SafeClaw PR comment the way a reviewer sees it: the markdown goes
// through marked (GFM) into a page styled like a GitHub comment, and headless
// Chromium takes a screenshot. For checking by eye that the comment reads well.
//
//   node --import tsx scripts/render-comment.mjs [--input gate-result.json] [--sample pr|hostile|truncated]
//        [--max-length N] [--out file.png] [--open-details]
//
// Needs Debian's chromium (`apt-get install -y chromium`); prints the PNG and HTML paths.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { marked } from 'marked';
import { chromium } from 'playwright-core';
import { renderMarkdown } from '../src/report/markdown.ts';
import { samplePullRequest, hostilePullRequest, manyActions } from '../test/report/sample-result.ts';

const { values } = parseArgs({
  options: {
    input: { type: 'string' },
    sample: { type: 'string', default: 'pr' },
    'max-length': { type: 'string' },
    out: { type: 'string', default: join(tmpdir(), 'safeclaw-comment.png') },
    'open-details': { type: 'boolean', default: false },
  },
});

const samples = { pr: samplePullRequest, hostile: hostilePullRequest, truncated: () => manyActions(400) };
let result;
if (values.input) {
  result = JSON.parse(await readFile(values.input, 'utf8'));
} else if (samples[values.sample]) {
  result = samples[values.sample]();
} else {
  console.error(`unknown --sample ${values.sample}: use one of ${Object.keys(samples).join(', ')}`);
  process.exit(2);
}

const maxLength = values['max-length'] ? Number(values['max-length']) : values.sample === 'truncated' ? 12_000 : undefined;
const markdown = renderMarkdown(result, { maxLength });
let body = marked.parse(markdown, { gfm: true, async: false });
if (values['open-details']) body = body.replace(/<details>/g, '<details open>');

// Close to GitHub's Primer styles for rendered markdown (light theme).
const css = `
body { margin: 0; padding: 24px; background: #fff; color: #1f2328;
  font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
.comment { max-width: 860px; border: 1px solid #d0d7de; border-radius: 6px; }
.comment-header { background: #f6f8fa; border-bottom: 1px solid #d0d7de; padding: 8px 16px; color: #59636e;
  border-radius: 6px 6px 0 0; }
.comment-header b { color: #1f2328; }
.markdown-body { padding: 16px; word-wrap: break-word; }
.markdown-body > *:first-child { margin-top: 0 !important; }
h2 { font-size: 1.5em; font-weight: 600; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0b3; margin: 24px 0 16px; }
h3 { font-size: 1.25em; font-weight: 600; margin: 24px 0 16px; }
p, blockquote, table, details { margin: 0 0 16px; }
blockquote { padding: 0 1em; color: #59636e; border-left: .25em solid #d0d7de; }
table { border-spacing: 0; border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
th { font-weight: 600; background: #f6f8fa; }
th, td { padding: 6px 13px; border: 1px solid #d0d7de; vertical-align: top; }
tr:nth-child(2n) td { background: #f6f8fa; }
code { padding: .2em .4em; margin: 0; font-size: 85%; white-space: break-spaces; background: #818b981f; border-radius: 6px;
  font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; }
summary { cursor: pointer; }
details > summary + * { margin-top: 16px; }
hr { height: .25em; padding: 0; margin: 24px 0; background: #d1d9e0; border: 0; }
sub { font-size: 85%; color: #59636e; }
a { color: #0969da; text-decoration: none; }
`;
const html = `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body>
<div class="comment"><div class="comment-header"><b>github-actions</b> bot commented</div>
<div class="markdown-body">${body}</div></div></body></html>`;

const out = resolve(values.out);
const htmlPath = out.replace(/\.png$/, '') + '.html';
await writeFile(htmlPath, html);

// A fresh profile each run; playwright takes it as the persistent-context folder
// (it refuses a --user-data-dir argument).
const profile = await mkdtemp(join(tmpdir(), 'safeclaw-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 940, height: 600 },
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setContent(html, { waitUntil: 'load' });
  await page.screenshot({ path: out, fullPage: true });
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
}
console.log(`markdown: ${markdown.length} characters`);
console.log(`screenshot: ${out}`);
console.log(`html: ${htmlPath}`);
