// The commands a PR description says the agent will run. Only fenced code
// blocks inside a marked section count, so ordinary examples in a description
// are not mistaken for a plan:
//
// - a heading whose text is `Agent plan`: any level, ATX (`## …`), setext
//   (underlined with `===`/`---`) or HTML (`<h2>…</h2>`), any case, with
//   decorations around the words ignored (`## 🤖 Agent plan:`,
//   `### **Agent Plan**`). The section runs to the next heading of the same
//   or a higher level;
// - or the comment `<!-- safeclaw:commands -->`: the section runs to
//   `<!-- /safeclaw:commands -->` or the next heading, whichever comes first.
//
// Inside, blocks tagged `sh`, `bash`, `shell`, `zsh` or `console` hold
// commands. In sh/bash/shell/zsh blocks every line is script text (a leading
// `$ ` prompt is removed). In `console` blocks only `$ ` lines are commands
// (plus their `> ` or backslash continuation lines); the rest is output.
//
// Fail-closed: a heading-like line that names an agent's plan in another way
// (`## Agent's plan`, `**Agent plan**`, `> ## Agent plan`) and a plan section
// with no command are errors at their line, never "no commands".
import type { ShellAction } from '../types.js';
import { noActionsError, SourceError } from './errors.js';
import { ShellSplitError, splitShellCommands } from './shell-lines.js';

const SCRIPT_LANGS = new Set(['sh', 'bash', 'shell', 'zsh']);
const HEADING_FIX = 'write the heading as "## Agent plan" (or mark the commands with <!-- safeclaw:commands -->)';
const OPEN_MARKER = /<!--\s*safeclaw:commands\s*-->/i;
const CLOSE_MARKER = /<!--\s*\/safeclaw:commands\s*-->/i;

export interface PrBodyOptions {
  /** The body was given to be judged (`--pr-body FILE`): having no plan section is an error. */
  planRequired?: boolean;
}

/** The plan's commands; errors for a plan SafeClaw cannot read (see the header). */
export function prBodyPlanActions(body: string, file = 'PR body', options: PrBodyOptions = {}): ShellAction[] {
  const { actions, sections } = readPrBody(body, file);
  for (const section of sections) {
    if (section.commands === 0) {
      throw new SourceError(
        { file, line: section.line },
        'the agent plan section holds no command',
        'put the commands in ```sh, ```bash, ```shell, ```zsh or ```console blocks (console: lines starting with "$ ")',
      );
    }
  }
  if (sections.length === 0 && options.planRequired) {
    throw noActionsError(file, 'a PR description', `it has no "## Agent plan" section or <!-- safeclaw:commands --> marker (${HEADING_FIX})`);
  }
  return actions;
}

/** The commands of every plan section (no check that there are any). */
export function prBodyActions(body: string, file = 'PR body'): ShellAction[] {
  return readPrBody(body, file).actions;
}

interface PlanSection {
  line: number;
  level: number; // 7: opened by the marker
  commands: number;
}

function readPrBody(body: string, file: string): { actions: ShellAction[]; sections: PlanSection[] } {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const out: ShellAction[] = [];
  const sections: PlanSection[] = [];
  let section: PlanSection | null = null;
  const add = (actions: ShellAction[]) => {
    for (const action of actions) out.push(action);
    if (section) section.commands += actions.length;
  };
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i];
    const heading = headingAt(lines, i);
    if (heading) {
      if (section && (section.level === 7 || heading.level <= section.level)) section = null;
      const kind = planHeadingKind(heading.text);
      if (kind === 'plan') {
        section = { line: i + 1, level: heading.level, commands: 0 };
        sections.push(section);
      } else if (kind === 'near') {
        throw new SourceError({ file, line: i + 1 }, `heading "${heading.text.trim()}" looks like an agent plan, but SafeClaw reads only "Agent plan" headings`, HEADING_FIX);
      }
      i += heading.lines - 1;
      continue;
    }
    const nearMiss = nearMissPlanLine(text);
    if (nearMiss) throw new SourceError({ file, line: i + 1 }, `"${text.trim()}" is not a heading, so no plan section starts here (${nearMiss})`, HEADING_FIX);
    if (OPEN_MARKER.test(text)) {
      section = { line: i + 1, level: 7, commands: 0 };
      sections.push(section);
      continue;
    }
    if (CLOSE_MARKER.test(text)) {
      section = null;
      continue;
    }
    const fence = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)/.exec(text);
    if (!fence) continue;
    const [, indent, marker, info] = fence;
    const close = new RegExp(`^\\s*${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
    const blockStart = i + 1;
    let end = blockStart;
    while (end < lines.length && !close.test(lines[end])) end++;
    if (end >= lines.length) throw new SourceError({ file, line: i + 1 }, 'code block is not closed', 'close the ``` fence');
    const content = lines.slice(blockStart, end).map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l.trimStart()));
    i = end;
    const lang = info.toLowerCase();
    if (!section) continue;
    if (SCRIPT_LANGS.has(lang)) add(scriptBlock(content, blockStart + 1, file, lang));
    else if (lang === 'console' || lang === 'shell-session') add(consoleBlock(content, blockStart + 1, file));
  }
  return { actions: out, sections };
}

/** An ATX, setext or HTML heading starting at line i (setext takes two lines). */
function headingAt(lines: string[], i: number): { level: number; text: string; lines: number } | undefined {
  const atx = /^ {0,3}(#{1,6})(?:\s+(.*?))?\s*$/.exec(lines[i]);
  if (atx) return { level: atx[1].length, text: (atx[2] ?? '').replace(/\s+#+$/, ''), lines: 1 };
  const html = /^ {0,3}<h([1-6])(?:\s[^>]*)?>(.*?)<\/h\1>\s*$/i.exec(lines[i]);
  if (html) return { level: Number(html[1]), text: html[2].replace(/<[^>]*>/g, ''), lines: 1 };
  // Setext: a paragraph line underlined with = (level 1) or - (level 2); a
  // `---` after a blank line is a thematic break, and list items or quotes are not paragraphs here.
  const under = i + 1 < lines.length ? /^ {0,3}(=+|-+)\s*$/.exec(lines[i + 1]) : null;
  if (under && lines[i].trim() && !/^ {0,3}([-*+>]|\d+[.)]|`{3}|~{3}|<)/.test(lines[i]) && !/^ {0,3}(=+|-+)\s*$/.test(lines[i])) {
    return { level: under[1][0] === '=' ? 1 : 2, text: lines[i], lines: 2 };
  }
  return undefined;
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** `plan`: the words are exactly "agent plan"; `near`: they name an agent and a plan some other way. */
function planHeadingKind(text: string): 'plan' | 'near' | undefined {
  const w = words(text);
  if (w.length === 2 && w[0] === 'agent' && w[1] === 'plan') return 'plan';
  if (w.some((x) => x.startsWith('agent')) && w.some((x) => x.startsWith('plan'))) return 'near';
  return undefined;
}

/** A line that is styled as a heading but is not one (bold alone on its line, a heading inside a quote). */
function nearMissPlanLine(text: string): string | undefined {
  const quoted = /^ {0,3}>\s*(#{1,6}\s.*)$/.exec(text);
  if (quoted && planHeadingKind(quoted[1].replace(/^#+/, ''))) return 'a heading inside a quote';
  const bold = /^ {0,3}(\*\*|__)(.+)\1\s*:?\s*$/.exec(text);
  if (bold && planHeadingKind(bold[2])) return 'bold text';
  return undefined;
}

function scriptBlock(content: string[], firstLine: number, file: string, lang: string): ShellAction[] {
  const text = content.map((l) => l.replace(/^\s*\$ /, '')).join('\n');
  return split(text, firstLine, file, lang);
}

/** Only `$ ` lines (and their continuations) are commands; other lines are output. */
function consoleBlock(content: string[], firstLine: number, file: string): ShellAction[] {
  const out: ShellAction[] = [];
  for (let i = 0; i < content.length; i++) {
    const prompt = /^\s*\$ (.*)$/.exec(content[i]);
    if (!prompt) continue;
    const parts = [prompt[1]];
    const line = firstLine + i;
    while (i + 1 < content.length && (/\\$/.test(parts[parts.length - 1]) || /^\s*> /.test(content[i + 1]))) {
      i++;
      parts.push(content[i].replace(/^\s*> /, ''));
    }
    for (const action of split(parts.join('\n'), line, file, 'console')) out.push(action);
  }
  return out;
}

function split(text: string, firstLine: number, file: string, lang: string): ShellAction[] {
  try {
    return splitShellCommands(text, firstLine).map(({ command, line }) => ({
      type: 'shell.execute' as const,
      command,
      origin: { source: 'pr-body', file, line, detail: `${lang} block` },
    }));
  } catch (err) {
    if (err instanceof ShellSplitError) throw new SourceError({ file, line: err.line }, err.message, 'fix the command in the PR description');
    throw err;
  }
}
