// Splits shell text (a script, a plan file, a fenced block) into its logical
// commands: one per line, except that a command keeps everything the shell
// would read with it: backslash continuations, a trailing `|`/`&&`/`||`,
// multi-line quotes, here-doc bodies and compound commands (`if … fi`,
// `for … done`, `{ … }`, `( … )`). Each command is then judged whole by the
// shell analysis, so splitting only has to find where a command ends.
//
// Edge cases, written down here because they decide what gets gated:
// - `#` starts a comment only at the start of a word (`a#b` is a word).
// - `<<-EOF` strips leading tabs from the terminator; a quoted delimiter
//   (`<<'EOF'`) ends the same way. `<<<` is a here-string, not a here-doc.
// - A `)` inside `case … esac` at paren depth 0 closes a pattern, not a group.
// - Anything still open at the end (quote, here-doc, `if` without `fi`) is an
//   error at the line it started: guessing would let text escape the gate.

export interface ShellLine {
  command: string;
  /** 1-based line of the command's first character in the whole input. */
  line: number;
}

export class ShellSplitError extends Error {
  constructor(
    readonly line: number,
    problem: string,
  ) {
    super(problem);
    this.name = 'ShellSplitError';
  }
}

const OPENERS: Record<string, string> = { if: 'fi', case: 'esac', for: 'done', while: 'done', until: 'done', select: 'done', '{': '}' };
const CLOSERS = new Set(['fi', 'esac', 'done', '}']);
/** Words after which the next word is again a command name. */
const LEADS_TO_COMMAND = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', 'time', '{', '}', 'fi', 'done', 'esac']);

interface PendingHereDoc {
  delimiter: string;
  stripTabs: boolean;
  line: number;
}

/**
 * @param text shell text
 * @param firstLine line number of the text's first line in its file (for positions)
 */
export function splitShellCommands(text: string, firstLine = 1): ShellLine[] {
  const out: ShellLine[] = [];
  const src = text.replace(/\r\n?/g, '\n');
  let line = firstLine;
  let start = -1; // index of the current command's first character
  let startLine = firstLine;
  let parens = 0;
  let parensLine = 0;
  const blocks: { closer: string; line: number }[] = [];
  let hereDocs: PendingHereDoc[] = [];
  let commandPosition = true;
  let continues = false; // last token was `|`, `&&` or `||`
  let word = '';
  let wordQuoted = false;

  const endWord = () => {
    if (word === '' && !wordQuoted) return;
    if (commandPosition && !wordQuoted) {
      if (word in OPENERS) blocks.push({ closer: OPENERS[word], line });
      else if (CLOSERS.has(word) && blocks.length && blocks[blocks.length - 1].closer === word) blocks.pop();
    }
    commandPosition = !wordQuoted && LEADS_TO_COMMAND.has(word) && commandPosition;
    continues = false;
    word = '';
    wordQuoted = false;
  };
  const begin = (i: number) => {
    if (start < 0) {
      start = i;
      startLine = line;
    }
  };
  const finish = (end: number) => {
    if (start >= 0) {
      const command = src.slice(start, end).trim();
      if (command) out.push({ command, line: startLine });
    }
    start = -1;
    commandPosition = true;
  };

  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '\n') {
      endWord();
      line++;
      i++;
      if (hereDocs.length) {
        i = readHereDocBodies(src, i, hereDocs, (n) => (line += n));
        hereDocs = [];
      }
      if (parens === 0 && blocks.length === 0 && !continues) finish(i);
      else commandPosition = true;
      continue;
    }
    if (c === ' ' || c === '\t') {
      endWord();
      i++;
      continue;
    }
    if (c === '#' && word === '' && !wordQuoted) {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    begin(i);
    if (c === '\\') {
      if (src[i + 1] === '\n') {
        line++;
        i += 2;
        continue;
      }
      word += src.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      const ansi = c === "'" && word.endsWith('$');
      const opened = line;
      let j = i + 1;
      while (j < src.length && src[j] !== c) {
        if (src[j] === '\\' && c !== "'") j++;
        else if (src[j] === '\\' && ansi) j++;
        if (src[j] === '\n') line++;
        j++;
      }
      if (j >= src.length) throw new ShellSplitError(opened, `unterminated ${c} quote`);
      word += src.slice(i, j + 1);
      wordQuoted = true;
      i = j + 1;
      continue;
    }
    if (c === '<' && src[i + 1] === '<' && src[i + 2] !== '<') {
      endWord();
      const parsed = readHereDocOperator(src, i + 2);
      hereDocs.push({ ...parsed.doc, line });
      i = parsed.next;
      continue;
    }
    if (c === '(' || c === ')') {
      endWord();
      if (c === '(') {
        if (parens === 0) parensLine = line;
        parens++;
        commandPosition = true;
      } else if (parens > 0) {
        parens--;
        commandPosition = true;
      } else if (blocks.length && blocks[blocks.length - 1].closer === 'esac') {
        commandPosition = true; // a case pattern's `)`
      }
      i++;
      continue;
    }
    if (c === ';' || c === '&' || c === '|') {
      endWord();
      const two = src.slice(i, i + 2);
      const pipeOrAnd = two === '&&' || two === '||' || (c === '|' && two !== '|&');
      i += two === '&&' || two === '||' || two === ';;' || two === '|&' ? 2 : 1;
      commandPosition = true;
      continues = pipeOrAnd || two === '|&';
      continue;
    }
    if (c === '<' || c === '>') {
      endWord();
      i += src.startsWith('<<<', i) ? 3 : 1;
      continue;
    }
    word += c;
    i++;
  }
  endWord();
  if (hereDocs.length) throw new ShellSplitError(hereDocs[0].line, `here-doc ${hereDocs[0].delimiter} has no terminator line`);
  if (parens > 0) throw new ShellSplitError(parensLine, 'unclosed `(`');
  if (blocks.length) {
    const open = blocks[blocks.length - 1];
    throw new ShellSplitError(open.line, `block is not closed (expected \`${open.closer}\`)`);
  }
  if (continues) throw new ShellSplitError(startLine, 'command ends with `|`, `&&` or `||` and nothing follows');
  finish(src.length);
  return out;
}

function readHereDocOperator(src: string, from: number): { doc: Omit<PendingHereDoc, 'line'>; next: number } {
  let i = from;
  let stripTabs = false;
  if (src[i] === '-') {
    stripTabs = true;
    i++;
  }
  while (src[i] === ' ' || src[i] === '\t') i++;
  let delimiter = '';
  while (i < src.length && !/[\s;&|<>()]/.test(src[i])) {
    const c = src[i];
    if (c === "'" || c === '"') {
      const end = src.indexOf(c, i + 1);
      if (end < 0) break;
      delimiter += src.slice(i + 1, end);
      i = end + 1;
    } else if (c === '\\') {
      delimiter += src[i + 1] ?? '';
      i += 2;
    } else {
      delimiter += c;
      i++;
    }
  }
  return { doc: { delimiter, stripTabs }, next: i };
}

/** Skips the bodies of the pending here-docs, in order; returns the index after the last terminator. */
function readHereDocBodies(src: string, from: number, docs: PendingHereDoc[], addLines: (n: number) => void): number {
  let i = from;
  for (const doc of docs) {
    for (;;) {
      if (i >= src.length) throw new ShellSplitError(doc.line, `here-doc ${doc.delimiter} has no terminator line`);
      const eol = src.indexOf('\n', i);
      const end = eol < 0 ? src.length : eol;
      let body = src.slice(i, end);
      if (doc.stripTabs) body = body.replace(/^\t+/, '');
      i = eol < 0 ? src.length : eol + 1;
      if (eol >= 0) addLines(1);
      if (body === doc.delimiter) break;
    }
  }
  return i;
}
