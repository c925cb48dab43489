// Putting untrusted text into GitHub-flavoured markdown.
//
// Action text, file names and even policy reasons come from the pull request,
// that is, from whoever (or whatever agent) wrote it. In the PR comment such
// text must not end a table row, open HTML (`</details>`), embed images or
// links, ping people (`@org/team`), or hide what it says behind bidi controls.
// Two encodings cover every cell:
// - `codeSpan`: literal text in a code span. Code spans take no markdown, no
//   HTML and no autolinks, and GitHub does not turn `@name` inside them into a
//   mention. Only pipes (tables split on them before inline parsing) and
//   backtick runs (which could close the span) need care.
// - `plainText`: prose with every ASCII punctuation mark backslash-escaped
//   (no markdown, HTML, entities or URL autolinks survive that) and `@` made
//   inert with a word joiner, since escaping `@` does not stop mentions or
//   e-mail autolinks.

const WORD_JOINER = '\u2060';

// Characters that render as nothing or reorder what is shown (Trojan Source,
// CVE-2021-42574): shown as `\u{…}` so a reviewer sees they are there.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/gu;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Line breaks become `⏎` and invisible or reordering characters a visible `\u{…}`: one line, nothing hidden. */
export function showInvisible(text: string): string {
  // Printable ASCII has nothing to show (the usual case: tens of thousands of cells in a large PR's summary).
  if (PRINTABLE_ASCII.test(text)) return text;
  return text
    .replace(/\r\n|\r|\n/g, '⏎')
    .replace(/\t/g, ' ')
    .replace(INVISIBLE, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}`);
}

/** Cut to at most `max` code points (never splitting a surrogate pair); `omitted` counts what was cut. */
export function clip(text: string, max: number): { text: string; omitted: number } {
  const points = Array.from(text);
  if (points.length <= max) return { text, omitted: 0 };
  return { text: points.slice(0, max).join(''), omitted: points.length - max };
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

function singleCodeSpan(text: string): string {
  const fence = '`'.repeat(longestBacktickRun(text) + 1);
  // CommonMark strips one space from each side when both are present, and a
  // backtick next to the fence would lengthen it: pad so the content survives.
  const pad =
    text.startsWith('`') || text.endsWith('`') || (/^ .*[^ ].* $/s.test(text) && text.length > 1) ? ' ' : '';
  // Inside a table row a bare `|` ends the cell, even within a code span (GFM spec, tables).
  return `${fence}${pad}${text.replace(/\|/g, '\\|')}${pad}${fence}`;
}

/**
 * Literal text as a code span that is safe inside a GFM table cell.
 * Text is first made visible (`showInvisible`); empty text gives an empty string.
 */
export function codeSpan(raw: string): string {
  const text = showInvisible(raw);
  if (text === '') return '';
  // A pipe right after a backslash (`grep 'a\|b'`) cannot be escaped the same
  // way in every GFM renderer (GitHub reads `\\|` as backslash + escaped pipe,
  // marked as an escaped backslash + cell end), so that pipe is written outside
  // the span as `\|`, which both read as a literal pipe.
  return text
    .split(/(?<=\\)\|/)
    .map((segment) => (segment === '' ? '' : singleCodeSpan(segment)))
    .join('\\|');
}

/** Prose that renders as exactly these characters: no markdown, HTML, links or mentions, one line. */
export function plainText(raw: string): string {
  return showInvisible(raw)
    .replace(/[!-/:-@[-`{-~]/g, (c) => (c === '@' ? `\\@${WORD_JOINER}` : `\\${c}`))
    .replace(/⏎/g, ' ');
}
