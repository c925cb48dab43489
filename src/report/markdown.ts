// The PR comment and job summary: verdict first, then what was stopped and
// why, then (folded) what was allowed, then the evidence (policy digest,
// audit chain head, run link). Everything taken from the PR goes through
// markdown-escape.ts.
import type { GateItem, GateResult, Verdict } from '../types.js';
import { actionKind, actionText, decidingPart, itemsWith, originLabel } from './action-text.js';
import { clip, codeSpan, plainText } from './markdown-escape.js';
import { plural } from '../plural.js';

/** First line of every SafeClaw comment: the Action finds its own comment by it. */
export const COMMENT_MARKER = '<!-- safeclaw:verdict -->';

/** GitHub rejects issue comments longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;

export interface MarkdownOptions {
  /** Longest output allowed, in the unit of `measure`. Default: GitHub's comment limit. */
  maxLength?: number;
  /**
   * What maxLength counts: UTF-16 code units (never fewer than GitHub counts for a comment; the default)
   * or UTF-8 bytes (the job summary's limit).
   */
  measure?: 'utf16' | 'utf8';
  /** Longest action text shown in one cell, in characters; the rest is cut with a note. Default 300. */
  maxActionChars?: number;
}

const HEADINGS: Record<Verdict, string> = {
  deny: '🛑 SafeClaw: denied',
  require_approval: '✋ SafeClaw: needs approval',
  allow: '✅ SafeClaw: allowed',
};

// Sections in the order they are shown; `DROP_ORDER` orders which lose rows
// first when the comment is too long (first listed first). Kept rows are
// always the first of each section, and a section keeps rows only while every
// section before it in KEEP_ORDER keeps all of its own.
type SectionKey = 'deny' | 'require_approval' | 'allow';
const DROP_ORDER: SectionKey[] = ['allow', 'require_approval', 'deny'];
const KEEP_ORDER: SectionKey[] = [...DROP_ORDER].reverse();

interface Section {
  key: SectionKey;
  items: GateItem[];
  /** The rows of the first items, built only as far as they may be shown. */
  rows: string[];
  kept: number;
}

const SECTION_NAMES: Record<SectionKey, string> = {
  deny: 'denied',
  require_approval: 'needing approval',
  allow: 'allowed',
};

function summaryLine(result: GateResult): string {
  if (result.items.length === 0) return 'No agent actions were found to check.';
  const { deny, require_approval, allow } = result.counts;
  return `**${deny}** denied · **${require_approval}** ${require_approval === 1 ? 'needs' : 'need'} approval · **${allow}** allowed`;
}

function actionCell(item: GateItem, maxChars: number): string {
  const { text, omitted } = clip(actionText(item.action), maxChars);
  let cell = `${plainText(actionKind(item.action))} ${codeSpan(text) || '*\\(empty\\)*'}`;
  if (omitted > 0) cell += ` *…${omitted} more characters*`;
  if (item.decision.decision !== 'allow') {
    const part = decidingPart(item);
    if (part) {
      const partText = clip(part.raw ?? part.text, maxChars).text;
      const label = part.type === item.action.type ? 'part' : part.type;
      cell += `<br>↳ ${plainText(label)} ${codeSpan(partText) || '*\\(empty\\)*'}`;
    }
  }
  return cell;
}

function ruleCell(item: GateItem): string {
  return item.decision.rule === null ? '*default deny*' : codeSpan(item.decision.rule);
}

function originCell(item: GateItem): string {
  const label = originLabel(item.action.origin);
  if (label === undefined) return '—';
  return label === 'PR body' ? 'PR body' : codeSpan(label);
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function rowOf(item: GateItem, key: SectionKey, maxChars: number): string {
  return key === 'allow'
    ? row([ruleCell(item), originCell(item), actionCell(item, maxChars)])
    : row([ruleCell(item), plainText(item.decision.reason), originCell(item), actionCell(item, maxChars)]);
}

/** `shown` stands for the kept rows' lines (measuring a section without building its rows). */
function sectionText(section: Section, shown = section.rows.slice(0, section.kept).join('\n')): string {
  if (section.kept === 0) return '';
  const total = section.items.length;
  const count = section.kept < total ? `${section.kept} of ${total} shown` : `${total}`;
  switch (section.key) {
    case 'deny':
      return `### Denied (${count})\n\n| Rule | Reason | Origin | Action |\n| --- | --- | --- | --- |\n${shown}`;
    case 'require_approval':
      return `### Needs approval (${count})\n\n| Rule | Reason | Origin | Action |\n| --- | --- | --- | --- |\n${shown}`;
    case 'allow':
      // The blank lines around the table are what lets GFM parse markdown inside <details>.
      return `<details>\n<summary>Allowed actions (${count})</summary>\n\n| Rule | Origin | Action |\n| --- | --- | --- |\n${shown}\n\n</details>`;
  }
}

function truncationNote(sections: Section[]): string {
  const left = sections.filter((s) => s.kept < s.items.length);
  if (left.length === 0) return '';
  const total = left.reduce((n, s) => n + s.items.length - s.kept, 0);
  const detail = left.map((s) => `${s.items.length - s.kept} ${SECTION_NAMES[s.key]}`).join(', ');
  // A plain quote rather than a GitHub alert (`> [!WARNING]`), which other renderers show as raw text.
  return `> ⚠️ **${plural(total, 'row was', 'rows were')} left out** to fit the size limit (${detail}). The audit log records every decision.`;
}

function footer(result: GateResult): string {
  const lines = [`Policy digest ${codeSpan(result.policyDigest)}`];
  const audit = result.audit
    ? [`Audit chain head ${codeSpan(result.audit.head)}`, `${plural(result.audit.records, 'record', 'records')} in ${codeSpan(result.audit.path)}`]
    : ['No audit log was written'];
  const link = runLink(result.runUrl);
  if (link) audit.push(link);
  lines.push(audit.join(' · '));
  return `---\n<sub>${lines.join('<br>\n')}</sub>`;
}

/** Only http(s) links, normalised so nothing in them can leave the link destination. */
function runLink(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  const href = parsed.href.replace(/[()<>\s"'`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[workflow run](${href})`;
}

function assemble(result: GateResult, sections: Section[], shown?: (section: Section) => string): string {
  const blocks = [COMMENT_MARKER, `## ${HEADINGS[result.verdict]}`, summaryLine(result), truncationNote(sections)];
  for (const section of sections) blocks.push(sectionText(section, shown?.(section)));
  blocks.push(footer(result));
  return blocks.filter((b) => b !== '').join('\n\n') + '\n';
}

/**
 * Markdown for the PR comment and the job summary. Never longer than
 * `maxLength`: rows are dropped from the end of the allowed section first,
 * then approval rows, then denied rows, with a note saying how many.
 * Throws a RangeError when even the verdict with no rows does not fit.
 */
export function renderMarkdown(result: GateResult, opts: MarkdownOptions = {}): string {
  const maxLength = opts.maxLength ?? GITHUB_COMMENT_LIMIT;
  const maxChars = opts.maxActionChars ?? 300;
  const lengthOf = opts.measure === 'utf8' ? (text: string) => Buffer.byteLength(text, 'utf8') : (text: string) => text.length;
  const sections: Section[] = (['deny', 'require_approval', 'allow'] as const).map((key) => {
    const items = itemsWith(result.items, key);
    return { key, items, rows: [], kept: items.length };
  });
  // Keep rows by their measured length first (one pass), then drop one at a time
  // while the added note or a removed table header still leaves it too long.
  // The text with every row kept is `bare` plus the rows' lengths (in either unit:
  // no surrogate pair forms where rows meet), `bare` being it with every row
  // empty; each row left out also takes its line break. So a row is built only
  // when the rows kept before it leave it room (a PR of 26,000 actions builds the
  // ~5,000 rows a 1 MiB summary can show).
  const bare = lengthOf(assemble(result, sections, (s) => '\n'.repeat(Math.max(s.kept - 1, 0))));
  let excess = bare - sections.reduce((n, s) => n + s.items.length, 0) - maxLength;
  for (const section of sections) section.kept = 0;
  fill: for (const key of KEEP_ORDER) {
    const section = sections.find((s) => s.key === key)!;
    while (section.kept < section.items.length) {
      const line = rowOf(section.items[section.kept], key, maxChars);
      const length = lengthOf(line);
      if (excess + length + 1 > 0) break fill;
      excess += length + 1;
      section.rows.push(line);
      section.kept += 1;
    }
  }
  let text = assemble(result, sections);
  for (const key of DROP_ORDER) {
    const section = sections.find((s) => s.key === key)!;
    while (lengthOf(text) > maxLength && section.kept > 0) {
      section.kept -= 1;
      text = assemble(result, sections);
    }
  }
  if (lengthOf(text) > maxLength) {
    throw new RangeError(`maxLength ${maxLength} is too small for the verdict alone (needs ${lengthOf(text)} ${opts.measure === 'utf8' ? 'bytes' : 'characters'})`);
  }
  return text;
}
