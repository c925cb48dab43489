// Line continuations read as bash reads them, before the parser sees the text.
//
// bash removes a backslash-newline pair wherever it is not quoted (and inside
// double quotes) *before* splitting words, so `ter\⏎raform apply` runs
// `terraform apply`. tree-sitter-bash instead ends the word at the backslash
// (`ter` `raform`), so the analysis would judge a different command from the one
// bash runs. The pairs are therefore removed here, in the states where bash
// removes them: not inside single quotes or `$'…'`, not in a comment (a comment
// ends at the newline whatever precedes it).
//
// Where this small scanner cannot be sure of the state (a here-doc, whose body
// follows its own quoting rules; backquotes, which re-process backslashes;
// `case` patterns inside `$( )`, whose `)` does not close anything) and a
// continuation is present, the command is left opaque rather than guessed.
//
// A carriage return is never a line ending to bash: `a\␍␊` is the word `a␍`
// and then a new line, and a bare `␍` is part of the word. tree-sitter-bash
// reads both as white space, so any carriage return makes the command opaque.

export type Continued = { source: string } | { opaque: string };

type State = 'normal' | 'single' | 'double' | 'ansi' | 'comment';

/** Characters after which a `#` starts a comment (a word boundary); `)` only when it closes a group, not `$(…)`. */
const COMMENT_AFTER = new Set([undefined, ' ', '\t', '\n', ';', '&', '|', '(', '<', '>']);

/** An open parenthesis: of a word part (`$(`, `$((`), or of a group (`( … )`, `f()`). */
type Paren = 'word' | 'group';

export function joinContinuations(source: string): Continued {
  if (source.includes('\r')) {
    return { opaque: 'contains a carriage return, which bash keeps inside the word (it is not a line ending to bash)' };
  }
  if (!source.includes('\\\n')) return { source };
  if (/<<|`/.test(source) || /\bcase\b/.test(source)) {
    return { opaque: 'a backslash-newline inside a here-doc, backquotes or case is not followed by the analysis' };
  }
  // A stack of states: `$(` inside double quotes opens a normal context again.
  const stack: { state: State; parens: Paren[] }[] = [{ state: 'normal', parens: [] }];
  /** What the last `)` closed. */
  let closed: Paren = 'group';
  let out = '';
  /** Index in `out` of the last character a backslash escaped: it starts nothing (`\$'…'`, `a\ #b`). */
  let escapedAt = -1;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    const top = stack[stack.length - 1];
    switch (top.state) {
      case 'single':
        out += ch;
        if (ch === "'") stack.pop();
        continue;
      case 'ansi':
        out += ch;
        if (ch === '\\' && i + 1 < source.length) out += source[++i];
        else if (ch === "'") stack.pop();
        continue;
      case 'comment':
        // The comment ends at this newline, as bash reads it; tree-sitter-bash would
        // instead continue the command on the next line, so the backslash goes.
        if (ch === '\\' && source[i + 1] === '\n') continue;
        out += ch;
        if (ch === '\n') stack.pop();
        continue;
      case 'double':
        if (ch === '\\' && source[i + 1] === '\n') {
          i++;
          continue;
        }
        out += ch;
        if (ch === '\\' && i + 1 < source.length) out += source[++i];
        else if (ch === '"') stack.pop();
        else if (ch === '$' && source[i + 1] === '(') {
          out += source[++i];
          stack.push({ state: 'normal', parens: ['word'] });
        }
        continue;
      case 'normal': {
        if (ch === '\\' && source[i + 1] === '\n') {
          i++;
          continue;
        }
        // What precedes, as bash sees it: the output so far (continuations already removed).
        const before = out.length > 0 ? out[out.length - 1] : undefined;
        const afterEscape = escapedAt === out.length - 1;
        out += ch;
        if (ch === '\\' && i + 1 < source.length) {
          out += source[++i];
          escapedAt = out.length - 1;
        } else if (ch === "'") stack.push({ state: before === '$' && !afterEscape ? 'ansi' : 'single', parens: [] });
        else if (ch === '"') stack.push({ state: 'double', parens: [] });
        else if (ch === '#' && !afterEscape && (COMMENT_AFTER.has(before) || (before === ')' && closed === 'group'))) {
          stack.push({ state: 'comment', parens: [] });
        } else if (ch === '(' && !afterEscape) {
          const inner = before === '(' && top.parens[top.parens.length - 1] === 'word';
          top.parens.push((before === '$' && escapedAt !== out.length - 2) || inner ? 'word' : 'group');
        } else if (ch === ')' && !afterEscape && top.parens.length > 0) {
          closed = top.parens.pop()!;
          if (top.parens.length === 0 && stack.length > 1) stack.pop();
        }
        continue;
      }
    }
  }
  return { source: out };
}
