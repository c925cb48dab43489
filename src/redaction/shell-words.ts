// A forgiving shell word splitter for redaction: where each word of a command
// sits in the text (so a secret can be replaced in place, quotes and all) and
// what it means once unquoted (so `-p'S3cret'` and `-pS3cret` are one value).
//
// It is not the gate's shell parser (src/shell/), on purpose: redaction must
// work on any text, including text that parser refuses (a torn quote, a
// heredoc without its end), and it runs on paths, URLs and reasons too. When
// it guesses, it guesses towards splitting more: `$(…)`, backticks and
// parentheses start a new command, so a secret fed to a login inside a
// command substitution is still seen next to its login.

export interface Word {
  /** Offsets of the word in the text, quotes included. */
  start: number;
  end: number;
  /** The word as the program receives it (quotes removed, escapes resolved). */
  value: string;
}

export interface Span {
  start: number;
  end: number;
}

export interface Segment {
  /** The words of one simple command, redirections and their targets left out. */
  words: Word[];
  /** Words given with `<<<` (here-strings): they are the command's standard input. */
  hereStrings: Word[];
  /** Heredoc bodies (`<<EOF` … `EOF`), without the terminator line. */
  heredocs: Span[];
  /** True when the previous segment's output is piped into this one (`a | b`). */
  piped: boolean;
}

const BLANK = new Set([' ', '\t', '\r']);
// Characters that end an unquoted word.
const WORD_END = new Set([' ', '\t', '\r', '\n', ';', '&', '|', '(', ')', '<', '>', '`']);

export function shellSegments(text: string): Segment[] {
  const segments: Segment[] = [];
  let current: Segment = newSegment(false);
  // Heredocs opened on the current line; their bodies start after its newline.
  let pendingHeredocs: { delimiter: string; stripTabs: boolean; segment: Segment }[] = [];
  let i = 0;

  const finish = (piped: boolean) => {
    if (current.words.length > 0 || current.hereStrings.length > 0 || current.heredocs.length > 0) segments.push(current);
    current = newSegment(piped);
  };

  while (i < text.length) {
    const c = text[i];
    if (BLANK.has(c)) {
      i++;
      continue;
    }
    if (c === '\\' && text[i + 1] === '\n') {
      i += 2;
      continue;
    }
    if (c === '\n') {
      i++;
      for (const pending of pendingHeredocs) i = readHeredocBody(text, i, pending);
      pendingHeredocs = [];
      finish(false);
      continue;
    }
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (c === '|') {
      const twice = text[i + 1] === '|';
      i += twice ? 2 : text[i + 1] === '&' ? 2 : 1;
      finish(!twice);
      continue;
    }
    if (c === ';' || c === '&' || c === '(' || c === ')' || c === '`' || c === '{' && isLoneBrace(text, i) || c === '}' && isLoneBrace(text, i)) {
      i++;
      if (c === '&' && text[i] === '>') {
        i = skipRedirectionTarget(text, i + (text[i + 1] === '>' ? 2 : 1));
        continue;
      }
      if (c === '&' && text[i] === '&') i++;
      finish(false);
      continue;
    }
    if (c === '$' && text[i + 1] === '(') {
      i += 2;
      finish(false);
      continue;
    }
    if (c === '<' || c === '>') {
      if (text.startsWith('<<<', i)) {
        i = skipBlanks(text, i + 3);
        const word = readWord(text, i);
        if (word) current.hereStrings.push(word);
        i = word ? word.end : i;
        continue;
      }
      if (text.startsWith('<<', i) && text[i + 2] !== '<') {
        const stripTabs = text[i + 2] === '-';
        i = skipBlanks(text, i + (stripTabs ? 3 : 2));
        const word = readWord(text, i);
        if (word) {
          pendingHeredocs.push({ delimiter: word.value, stripTabs, segment: current });
          i = word.end;
        }
        continue;
      }
      // `>`, `>>`, `<`, `>&2`, `<>`, `>|`: the target is a file or descriptor, not an argument.
      i++;
      while (text[i] === '>' || text[i] === '&' || text[i] === '|' || (text[i] === '<' && c === '<')) i++;
      i = skipRedirectionTarget(text, i);
      continue;
    }
    const word = readWord(text, i);
    if (!word) {
      i++;
      continue;
    }
    // `2>file`: a descriptor number glued to a redirection is not a word.
    if (/^\d+$/.test(text.slice(word.start, word.end)) && (text[word.end] === '>' || text[word.end] === '<')) {
      i = word.end;
      continue;
    }
    current.words.push(word);
    i = word.end;
  }
  // A heredoc whose body never started (no newline after it) has nothing to read.
  finish(false);
  return segments;
}

function newSegment(piped: boolean): Segment {
  return { words: [], hereStrings: [], heredocs: [], piped };
}

function isLoneBrace(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : text[i - 1];
  const after = i + 1 >= text.length ? ' ' : text[i + 1];
  return (BLANK.has(before) || before === '\n' || before === ';') && (BLANK.has(after) || after === '\n' || after === ';');
}

function skipBlanks(text: string, i: number): number {
  while (i < text.length && BLANK.has(text[i])) i++;
  return i;
}

function skipRedirectionTarget(text: string, i: number): number {
  i = skipBlanks(text, i);
  const word = readWord(text, i);
  return word ? word.end : i;
}

/** Reads one word at `i` (which must not be a blank or an operator), or undefined. */
export function readWord(text: string, i: number): Word | undefined {
  const start = i;
  let value = '';
  while (i < text.length) {
    const c = text[i];
    if (c === "'") {
      const close = text.indexOf("'", i + 1);
      const end = close === -1 ? text.length : close;
      value += text.slice(i + 1, end);
      i = end + 1;
    } else if (c === '$' && text[i + 1] === "'") {
      i += 2;
      while (i < text.length && text[i] !== "'") {
        if (text[i] === '\\' && i + 1 < text.length) {
          value += ansiEscape(text[i + 1]);
          i += 2;
        } else value += text[i++];
      }
      i++;
    } else if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\\' && '"\\$`\n'.includes(text[i + 1] ?? '')) {
          if (text[i + 1] !== '\n') value += text[i + 1];
          i += 2;
        } else value += text[i++];
      }
      i++;
    } else if (c === '\\') {
      if (i + 1 < text.length && text[i + 1] !== '\n') value += text[i + 1];
      i += 2;
    } else if (WORD_END.has(c) || (c === '$' && text[i + 1] === '(')) {
      break;
    } else {
      value += c;
      i++;
    }
  }
  const end = Math.min(i, text.length);
  return end > start ? { start, end, value } : undefined;
}

function ansiEscape(c: string): string {
  switch (c) {
    case 'n':
      return '\n';
    case 't':
      return '\t';
    case 'r':
      return '\r';
    default:
      return c;
  }
}

/** Reads a heredoc body from `i` (the start of the line after `<<DELIM`) and records it; returns where the next line starts. */
function readHeredocBody(text: string, i: number, pending: { delimiter: string; stripTabs: boolean; segment: Segment }): number {
  const bodyStart = i;
  let lineStart = i;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let line = text.slice(lineStart, lineEnd);
    if (pending.stripTabs) line = line.replace(/^\t+/, '');
    if (line === pending.delimiter) {
      if (lineStart > bodyStart) pending.segment.heredocs.push({ start: bodyStart, end: lineStart - 1 });
      return Math.min(lineEnd + 1, text.length);
    }
    lineStart = lineEnd + 1;
  }
  // No terminator: the body runs to the end of the text (a truncated paste is still a secret).
  if (text.length > bodyStart) pending.segment.heredocs.push({ start: bodyStart, end: text.length });
  return text.length;
}
