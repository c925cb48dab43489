// The commands a PR description says the agent will run. Only fenced code
// blocks inside a marked section count, so ordinary examples in a description
// are not mistaken for a plan:
//
// - a heading whose text is `Agent plan` (any level, any case): the section
//   runs to the next heading of the same or a higher level;
// - or the comment `<!-- safeclaw:commands -->`: the section runs to
//   `<!-- /safeclaw:commands -->` or the next heading, whichever comes first.
//
// Inside, blocks tagged `sh`, `bash`, `shell`, `zsh` or `console` hold
// commands. In sh/bash/shell/zsh blocks every line is script text (a leading
// `$ ` prompt is removed). In `console` blocks only `$ ` lines are commands
// (plus their `> ` or backslash continuation lines); the rest is output.
import type { ShellAction } from '../types.js';
import { SourceError } from './errors.js';
import { ShellSplitError, splitShellCommands } from './shell-lines.js';

const SCRIPT_LANGS = new Set(['sh', 'bash', 'shell', 'zsh']);
const PLAN_HEADING = /^agent plan$/i;
const OPEN_MARKER = /<!--\s*safeclaw:commands\s*-->/i;
const CLOSE_MARKER = /<!--\s*\/safeclaw:commands\s*-->/i;

export function prBodyActions(body: string, file = 'PR body'): ShellAction[] {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const out: ShellAction[] = [];
  let section: { level: number } | null = null; // level 7: opened by the marker
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i];
    const heading = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(text);
    if (heading) {
      const level = heading[1].length;
      if (section && (section.level === 7 || level <= section.level)) section = null;
      if (PLAN_HEADING.test(heading[2])) section = { level };
      continue;
    }
    if (OPEN_MARKER.test(text)) {
      section = { level: 7 };
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
    if (SCRIPT_LANGS.has(lang)) out.push(...scriptBlock(content, blockStart + 1, file, lang));
    else if (lang === 'console' || lang === 'shell-session') out.push(...consoleBlock(content, blockStart + 1, file));
  }
  return out;
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
    out.push(...split(parts.join('\n'), line, file, 'console'));
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
