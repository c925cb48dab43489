// Word normalisation: one bash word (a tree-sitter node) → the text the program
// will receive, as far as it is known before run time.
//
// Quote removal and backslash escapes follow bash: `ter""raform`, `t\erraform`,
// `'terraform'` and `$'\x74erraform'` all become `terraform`. Parts whose value
// only exists at run time (`$X`, `$(…)`, `` `…` ``, `$((…))`, `<(…)`) stay as
// their source text and mark the word dynamic; unquoted, they may also split
// into several words (IFS) or none, which matters for program names and options.
import { lookupTable } from './options.js';
import type { ShellNode as Node } from './bash-parser/node.js';

export interface Word {
  /** Value after quote removal; run-time parts appear as their source text. */
  text: string;
  /** Why the value is only known at run time; unset for a literal word. */
  dynamic?: string;
  /** An unquoted expansion: the shell may split it into several words, or none. */
  splits?: boolean;
  /** Unquoted glob characters or brace expansion: the shell may turn it into several words. */
  expands?: 'glob' | 'brace';
  /**
   * The only run-time part is a process substitution: the program receives a
   * `/dev/fd/N` path the shell made, not text anyone chose.
   */
  fdPath?: boolean;
}

/** A word whose text, as the program will see it, is only known at run time (quoted or not). */
export function isComputed(word: Word): boolean {
  return (word.dynamic !== undefined && !word.fdPath) || word.expands !== undefined;
}

/** A word the analysis made up itself (argv of `docker exec`, `env -S` pieces…). */
export function literalWord(text: string): Word {
  return newWord(text);
}

/**
 * A word with every field present, in one order: the analysis reads words at many
 * places that see words of every kind, which V8 reads fastest when they share one shape.
 */
export function newWord(text: string, dynamic?: string, splits?: boolean, expands?: 'glob' | 'brace', fdPath?: boolean): Word {
  return { text, dynamic, splits, expands, fdPath };
}

const ANSI_C_SIMPLE: Record<string, string> = lookupTable({
  a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  '\\': '\\', "'": "'", '"': '"', '?': '?',
});

/** Decodes the body of `$'…'` the way bash does. */
export function decodeAnsiC(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '\\' || i + 1 >= body.length) {
      out += ch;
      continue;
    }
    const next = body[++i];
    if (next in ANSI_C_SIMPLE) {
      out += ANSI_C_SIMPLE[next];
    } else if (/[0-7]/.test(next)) {
      const digits = /^[0-7]{1,3}/.exec(body.slice(i))![0];
      out += String.fromCharCode(parseInt(digits, 8) & 0xff);
      i += digits.length - 1;
    } else if (next === 'x' || next === 'u' || next === 'U') {
      const max = next === 'x' ? 2 : next === 'u' ? 4 : 8;
      const digits = new RegExp(`^[0-9a-fA-F]{1,${max}}`).exec(body.slice(i + 1))?.[0];
      if (!digits) {
        out += '\\' + next;
        continue;
      }
      out += String.fromCodePoint(parseInt(digits, 16));
      i += digits.length;
    } else if (next === 'c' && i + 1 < body.length) {
      out += String.fromCharCode(body.charCodeAt(++i) & 0x1f);
    } else {
      out += '\\' + next;
    }
  }
  return out;
}

/** Backslash removal outside quotes: `\x` → `x`, backslash-newline disappears. */
function unescapeUnquoted(text: string): string {
  return text.replace(/\\(\n|.)/gs, (_, c: string) => (c === '\n' ? '' : c));
}

/** Inside double quotes a backslash only escapes `$`, `` ` ``, `"`, `\` and newline. */
function unescapeDoubleQuoted(text: string): string {
  if (!text.includes('\\')) return text;
  return text.replace(/\\([$`"\\\n])/g, (_, c: string) => (c === '\n' ? '' : c));
}

const UNQUOTED_GLOB = /(?<!\\)(?:\\\\)*[*?[]/;

/** Whether an unquoted part holds a backslash, a glob character or `{`: what addUnquoted's expressions look for. */
function hasUnquotedSpecial(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    // \ * ? [ {
    if (code === 0x5c || code === 0x2a || code === 0x3f || code === 0x5b || code === 0x7b) return true;
  }
  return false;
}

const RUN_TIME_PARTS: Record<string, string> = lookupTable({
  simple_expansion: 'a variable',
  expansion: 'a variable',
  command_substitution: 'a command substitution',
  process_substitution: 'a process substitution',
  arithmetic_expansion: 'an arithmetic expansion',
});

/**
 * The value of `$(( … ))` when it holds only integer constants and `+ - * / % ( )`:
 * then it is known before run time. Anything else (a variable name, which bash
 * evaluates as an arithmetic expression in turn, an assignment, a comparison) is
 * left to run time; null then.
 */
export function constantArithmetic(body: string): string | null {
  if (!/^[\d\s+\-*/%()]*$/.test(body) || !/\d/.test(body)) return null;
  // Octal (`010`) and base (`2#1`) literals read differently from decimal: not evaluated here.
  if (/(^|[^\d])0\d/.test(body)) return null;
  const tokens = body.match(/\d+|[+\-*/%()]/g) ?? [];
  let at = 0;
  const peek = () => tokens[at];
  const fail = (): never => {
    throw new Error('not a constant');
  };
  const primary = (): bigint => {
    const token = tokens[at++];
    if (token === undefined) fail();
    if (token === '(') {
      const value = sum();
      if (tokens[at++] !== ')') fail();
      return value;
    }
    if (token === '-') return -primary();
    if (token === '+') return primary();
    if (!/^\d+$/.test(token)) fail();
    return BigInt(token);
  };
  const product = (): bigint => {
    let value = primary();
    while (peek() === '*' || peek() === '/' || peek() === '%') {
      const op = tokens[at++];
      const right = primary();
      if (op !== '*' && right === 0n) fail();
      value = op === '*' ? value * right : op === '/' ? value / right : value % right;
    }
    return value;
  };
  const sum = (): bigint => {
    let value = product();
    while (peek() === '+' || peek() === '-') {
      const op = tokens[at++];
      const right = product();
      value = op === '+' ? value + right : value - right;
    }
    return value;
  };
  try {
    const value = sum();
    if (at !== tokens.length) return null;
    // bash computes in signed 64-bit integers and wraps.
    return BigInt.asIntN(64, value).toString();
  } catch {
    return null;
  }
}

/** The leaves WordBuilder.add takes as unquoted text. */
const PLAIN_LEAVES = new Set(['word', 'number', 'variable_name', 'special_variable_name']);

class WordBuilder {
  text = '';
  dynamic?: string;
  /** Every run-time part so far was a process substitution. */
  onlyFd = true;
  splits = false;
  glob = false;
  brace = false;
  unquotedBraceOpen = false;

  addDynamic(node: Node, quoted: boolean): void {
    if (node.type === 'arithmetic_expansion') {
      const value = constantArithmetic(node.text.slice(3, -2));
      // A constant's value is a number: IFS (reset by bash at start, and setting it is opaque) cannot split it.
      if (value !== null) {
        this.text += value;
        return;
      }
    }
    if (node.type !== 'process_substitution') this.onlyFd = false;
    this.text += node.text;
    this.dynamic ??= `contains ${RUN_TIME_PARTS[node.type] ?? node.type} (${node.text})`;
    // A process substitution expands to one `/dev/fd/N` path; the others split when unquoted.
    if (!quoted && node.type !== 'process_substitution') this.splits = true;
  }

  addUnquoted(raw: string): void {
    if (!hasUnquotedSpecial(raw)) {
      // Most words: nothing to unescape, no glob or brace; the expressions below would find nothing.
      this.text += raw;
      return;
    }
    if (UNQUOTED_GLOB.test(raw)) this.glob = true;
    if (/(?<!\\)\{/.test(raw)) this.unquotedBraceOpen = true;
    this.text += unescapeUnquoted(raw);
  }

  /** Adds a node's parts; `quoted` is true inside double quotes. */
  add(node: Node, quoted: boolean): void {
    switch (node.type) {
      case 'word':
      case 'number':
      case 'variable_name':
      case 'special_variable_name':
        if (quoted) this.text += unescapeDoubleQuoted(node.text);
        else this.addUnquoted(node.text);
        return;
      case 'raw_string':
        this.text += node.text.slice(1, -1);
        return;
      case 'ansi_c_string':
        // `\u`/`\U` above ASCII become whatever the run-time locale encodes them as
        // (UTF-8 bytes, or the escape itself under LC_ALL=C): not known before run time.
        if (/\\[uU]0*[89a-fA-F][0-9a-fA-F]|\\[uU]0*[1-9a-fA-F][0-9a-fA-F]{2}/.test(node.text.replace(/\\\\/g, ''))) {
          this.text += node.text;
          this.dynamic ??= `contains ${node.text}, whose bytes depend on the locale at run time`;
          this.onlyFd = false;
          return;
        }
        this.text += decodeAnsiC(node.text.slice(2, -1));
        return;
      case 'string':
      case 'translated_string':
        this.addQuoted(node);
        return;
      case 'concatenation':
        this.addSpan(node, quoted);
        return;
      case 'brace_expression':
        this.brace = true;
        this.text += node.text;
        return;
      default:
        if (node.type in RUN_TIME_PARTS) {
          this.addDynamic(node, quoted);
          return;
        }
        // Anything this module does not know is treated as computed at run time.
        this.text += node.text;
        this.dynamic ??= `unsupported word syntax (${node.type})`;
        this.onlyFd = false;
        this.splits = true;
    }
  }

  /** Children of a concatenation, with any text between them taken as unquoted literal. */
  private addSpan(node: Node, quoted: boolean): void {
    let at = node.startIndex;
    const whole = node.text;
    for (const child of node.children) {
      if (child.startIndex > at) this.addUnquoted(whole.slice(at - node.startIndex, child.startIndex - node.startIndex));
      this.add(child, quoted);
      at = child.endIndex;
    }
    if (node.endIndex > at) this.addUnquoted(whole.slice(at - node.startIndex));
  }

  /** A double-quoted string: literal text between the expansions it holds. */
  private addQuoted(node: Node): void {
    const whole = node.text;
    const open = whole.startsWith('$"') ? 2 : 1;
    const start = node.startIndex + open;
    const end = node.endIndex - 1;
    let at = start;
    for (const child of node.namedChildren) {
      if (child.type === 'string_content') continue;
      if (child.startIndex > at) this.text += unescapeDoubleQuoted(whole.slice(at - node.startIndex, child.startIndex - node.startIndex));
      this.add(child, true);
      at = child.endIndex;
    }
    if (end > at) this.text += unescapeDoubleQuoted(whole.slice(at - node.startIndex, end - node.startIndex));
  }

  build(): Word {
    const expands = this.brace || (this.unquotedBraceOpen && /\{[^}]*(,|\.\.)[^}]*\}/.test(this.text)) ? 'brace' : this.glob ? 'glob' : undefined;
    return newWord(this.text, this.dynamic || undefined, this.splits || undefined, expands, (this.dynamic && this.onlyFd) || undefined);
  }
}

/**
 * Nodes that touch (no white space between them) are one word to bash, however
 * tree-sitter-bash split them (`"$((4*5))"\\;` is the one word `20;`).
 */
export function resolveTouchingWords(nodes: Node[]): Word[] {
  const out: Word[] = [];
  let previous: Node | null = null;
  for (const node of nodes) {
    const word = resolveWord(node);
    if (previous && previous.endIndex === node.startIndex && out.length > 0) {
      out[out.length - 1] = joinWords(out[out.length - 1], word);
    } else {
      out.push(word);
    }
    previous = node;
  }
  return out;
}

function joinWords(a: Word, b: Word): Word {
  const dynamic = a.dynamic ?? b.dynamic;
  const fdPath = dynamic && (a.dynamic === undefined || a.fdPath) && (b.dynamic === undefined || b.fdPath) ? true : undefined;
  return newWord(a.text + b.text, dynamic || undefined, a.splits || b.splits || undefined, a.expands ?? b.expands ?? undefined, fdPath);
}

/** Normalises one word node (a command name or an argument). */
export function resolveWord(node: Node): Word {
  const target = node.type === 'command_name' && node.namedChildren.length === 1 ? node.namedChildren[0] : node;
  if (PLAIN_LEAVES.has(target.type)) {
    // Most words: unquoted text with nothing to unescape, no glob or brace (what the builder would make of it, without one).
    const raw = target.text;
    if (!hasUnquotedSpecial(raw)) return newWord(raw);
  }
  const builder = new WordBuilder();
  builder.add(target, false);
  return builder.build();
}

/**
 * A newline that ends the command to bash: not quoted, not escaped (`\⏎`), not
 * inside `$( )`, `` ` ` ``, `${ }` or `<( )`. Quotes inside substitutions are
 * not followed; a wrong depth errs toward "a newline ends it", which is opaque.
 */
function unquotedNewline(text: string): boolean {
  let quote: '' | "'" | '"' | '$' = '';
  let depth = 0;
  let backquote = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && quote !== "'") {
      i++;
      continue;
    }
    if (quote === "'" || quote === '$') {
      if (ch === "'") quote = '';
      continue;
    }
    if (ch === '"') {
      quote = quote === '"' ? '' : '"';
      continue;
    }
    if (quote === '"' && ch !== '$' && ch !== '`') continue;
    if (ch === "'" && quote === '') {
      quote = text[i - 1] === '$' ? '$' : "'";
      continue;
    }
    if (ch === '`') backquote = !backquote;
    else if ((ch === '$' || ch === '<' || ch === '>') && (text[i + 1] === '(' || text[i + 1] === '{')) {
      depth++;
      i++;
    } else if ((ch === ')' || ch === '}') && depth > 0) depth--;
    else if (ch === '\n' && quote === '' && depth === 0 && !backquote) return true;
  }
  return false;
}

/** Child nodes whose newlines are bash's own (a here-doc body), or that hold whole commands. */
const OWN_LINES = new Set(['heredoc_redirect', 'heredoc_body', 'command_substitution', 'process_substitution', 'subshell']);

/**
 * Why tree-sitter's reading of one simple command cannot be how bash reads it,
 * or null. Bash ends a simple command at an unquoted newline and splits words
 * only at spaces and tabs; tree-sitter-bash sometimes runs a command on past a
 * line break (`echo hi⏎\terraform apply`, `echo ==⏎rm -rf ~`,
 * `echo<<<\ ⏎rm -rf ~`) or splits a word at a vertical tab or form feed
 * (`rsync -a src/ /etc/\v--dry-run`, one word to bash). Such a command is
 * opaque: the analysis would judge words that are not the ones that run.
 */
export function misreadCommand(node: Node): string | null {
  const source = node.text;
  const base = node.startIndex;
  // Only a command whose text holds a line break can have a word read across one.
  const lineBreaks = source.includes('\n');
  let at = base;
  for (const child of node.children) {
    if (at > base && child.startIndex > at) {
      const gap = gapBlanks(source, at - base, child.startIndex - base);
      if (gap === LINE_BREAK) return 'tree-sitter read a line break inside one command, where bash ends the command';
      if (gap === OTHER) {
        const blanks = source.slice(at - base, child.startIndex - base).replace(/\\\n/g, '');
        return `the words are separated by ${JSON.stringify(blanks)}, which bash does not take as a word break`;
      }
    }
    if (lineBreaks && !OWN_LINES.has(child.type) && unquotedNewline(child.text)) {
      return 'tree-sitter read a word across a line break, where bash ends the command';
    }
    at = Math.max(at, child.endIndex);
  }
  return null;
}

const BLANKS = 0;
const LINE_BREAK = 1;
const OTHER = 2;

/**
 * What separates two words, once backslash-newlines are taken out: only spaces
 * and tabs (BLANKS), a line break (LINE_BREAK, whatever else is there), or
 * something else (OTHER).
 */
function gapBlanks(source: string, from: number, to: number): number {
  let other = false;
  for (let i = from; i < to; i++) {
    const ch = source[i];
    if (ch === '\\' && i + 1 < to && source[i + 1] === '\n') i++;
    else if (ch === '\n') return LINE_BREAK;
    else if (ch !== ' ' && ch !== '\t') other = true;
  }
  return other ? OTHER : BLANKS;
}

/** What `$X` may name when X is one character: bash's special parameters and positional digits. */
const SPECIAL_PARAMETER = /^[*@#?\-$!_0-9]$/;

/**
 * Why tree-sitter's tree of a whole script cannot be how bash reads it, or null.
 * A token whose text is not the token (`<<` spelled `\$`, red-team F39), a
 * special parameter that is none (`"$ $(cmd)"` read as `$ $`, F46), an ANSI-C
 * string that bash closes before the node ends (`$'\\' ; cmd #'`, F37), or a
 * here-doc whose end line is not its delimiter, or text left out between the
 * parts of a command or list (a word bash passes): the commands bash runs are not
 * the ones in the tree, so the script is opaque. One walk does all the checks.
 */
export function misreadTree(root: Node): string | null {
  const source = root.text;
  // What the leaf checks below look for, if the script holds it at all (most hold no backquote, many no line break).
  const quoteOrBackquote = source.includes('`') || source.includes("'");
  const lineBreak = source.includes('\n');
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    // One lookup says which of the checks below the node's type needs (most nodes: the leaf checks only).
    const checks = node.type === 'word' ? 0 : NODE_CHECKS.get(node.type) ?? 0;
    if ((checks & SEPARATED) !== 0 && leavesTextOut(node, source, root.startIndex)) {
      return 'the parser left text out of the command that bash reads as (part of) a word';
    }
    const children = node.children;
    if (children.length === 0) {
      // Leaves are most of the nodes: their text is read in the source, not sliced out of it.
      const from = node.startIndex - root.startIndex;
      const to = node.endIndex - root.startIndex;
      if (!node.isNamed && !spells(source, from, to, node.type) && to > from && !/^\s+$/.test(node.type)) {
        return `tree-sitter read ${JSON.stringify(node.text)} as the token ${JSON.stringify(node.type)}`;
      }
      if (node.type === 'word' && quoteOrBackquote && holdsExpansionIn(source, from, to, true)) {
        // `X=${Y:-\`terraform apply\`} ls`: bash runs the backquotes; the tree holds them as text (red-team F11).
        return `the parser read ${JSON.stringify(node.text)} as plain text, where bash runs the command in its backquotes`;
      }
      if ((node.type === 'regex' || node.type === 'extglob_pattern') && holdsExpansion(node.text)) {
        // `[[ $X = \`rm -rf /\` ]]`: bash expands the pattern, running the command; the leaf hides it (red-team F6).
        return `the parser read ${JSON.stringify(node.text)} as a pattern leaf, where bash expands what it holds (a command may run)`;
      }
      if (node.type === 'special_variable_name' && !SPECIAL_PARAMETER.test(node.text)) {
        return `tree-sitter read ${JSON.stringify(node.text)} as a special parameter`;
      }
    }
    if ((checks & OWN_CHECK) !== 0) {
      if ((node.type === 'file_redirect' || node.type === 'herestring_redirect') && lineBreak && unquotedNewline(node.text)) {
        return 'tree-sitter read a redirection across a line break, where bash ends the command';
      }
      if (node.type === 'variable_assignment' && node.childForFieldName('value')?.type === 'array' && !endsWord(source, node.endIndex - root.startIndex)) {
        // `X=(1 2)ls terraform apply`: to bash the text after `)` makes the value the string `(1 2)ls`, and terraform the program (F7).
        return 'the parser read an array assignment with text right after its ), which bash reads as one word';
      }
      if (node.type === 'command') {
        const descriptor = descriptorWord(node, source, root.startIndex);
        if (descriptor) return `the parser read ${JSON.stringify(descriptor)} right before a redirection as a word, where bash takes it as the redirection's descriptor`;
      }
      if (node.type === 'command' && node.children.some((c) => c.type === 'regex')) {
        // `echo == ; rm -rf x #&}`: `==` outside [[ ]] is a word to bash, and `;` ends the command.
        return 'tree-sitter read a test operator outside [[ ]] in a command';
      }
      if (node.type === 'command_substitution' && node.text.startsWith('`') && node.text.includes('\\`')) {
        // ``echo `echo \`cmd\``` ``: bash runs the inner backquotes too; the tree holds them as text.
        return 'nested backquotes, whose inner command the analysis does not read';
      }
      if (node.type === 'ansi_c_string' && ansiCEnd(node.text) !== node.text.length) {
        return 'tree-sitter read an ANSI-C string past the quote where bash closes it';
      }
      if (node.type === 'heredoc_redirect') {
        const start = node.children.find((c) => c.type === 'heredoc_start');
        const end = node.children.find((c) => c.type === 'heredoc_end');
        const delimiter = start?.text.replace(/["'\\]/g, '');
        if (start && end && end.text.trim() !== delimiter) return 'tree-sitter ended a here-doc on a line that is not its delimiter';
        if (start && bodyOffLine(node, start, source, root.startIndex)) {
          // `bash <<'EOF'⏎\\terraform apply⏎EOF`: the body's first line read as words of the command (red-team F5).
          return 'the parser read a line of a here-doc body as words on the line of its <<, where bash reads the body from the next line';
        }
        if (start && !/["'\\]/.test(start.text) && hiddenSubstitution(node, start)) {
          return 'a command substitution in an unquoted here-doc body that the parser did not read (bash runs it)';
        }
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return null;
}

/**
 * Nodes whose parts bash separates only by blanks and newlines (operators are
 * child nodes of their own): anything else in a gap between their children is a
 * word bash passes that the tree left out. tree-sitter-bash drops a `-` word right
 * before a here-doc (`kubectl apply -f - <<EOF` reads as `kubectl apply -f`), and
 * reads `\\ ` at the start of a word as a gap where bash sees the word ` `.
 */
const SEPARATED_BY_BLANKS = new Set([
  'program', 'command', 'list', 'pipeline', 'redirected_statement', 'subshell', 'compound_statement', 'do_group',
  'if_statement', 'elif_clause', 'else_clause', 'while_statement', 'for_statement', 'c_style_for_statement',
  'case_statement', 'function_definition', 'negated_command', 'declaration_command', 'unset_command',
]);

/** The node types misreadTree checks beyond the leaf checks: SEPARATED (leavesTextOut), OWN_CHECK (a check of that type's own). */
const SEPARATED = 1;
const OWN_CHECK = 2;
const NODE_CHECKS = new Map<string, number>();
for (const type of SEPARATED_BY_BLANKS) NODE_CHECKS.set(type, SEPARATED);
for (const type of ['file_redirect', 'herestring_redirect', 'variable_assignment', 'command', 'command_substitution', 'ansi_c_string', 'heredoc_redirect']) {
  NODE_CHECKS.set(type, (NODE_CHECKS.get(type) ?? 0) | OWN_CHECK);
}

/** Whether the source from `from` to `to` is exactly `text`. */
function spells(source: string, from: number, to: number, text: string): boolean {
  return to - from === text.length && source.startsWith(text, from);
}

/** holdsExpansion on the source from `from` to `to`, without slicing it out. */
function holdsExpansionIn(source: string, from: number, to: number, backquotes = false): boolean {
  for (let i = from; i < to; i++) {
    const code = source.charCodeAt(i);
    if (code === BACKSLASH) i++;
    else if (code === QUOTE) {
      const close = source.indexOf("'", i + 1);
      if (close < 0 || close >= to) return true;
      i = close;
    } else if (code === BACKQUOTE) return true;
    else if (!backquotes && code === DOLLAR && i + 1 < to) {
      const next = source.charCodeAt(i + 1);
      if (next === OPEN_PAREN || next === OPEN_BRACE || next === OPEN_BRACKET) return true;
    }
  }
  return false;
}

const BACKSLASH = 0x5c;
const QUOTE = 0x27;
const BACKQUOTE = 0x60;
const DOLLAR = 0x24;
const OPEN_PAREN = 0x28;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;

/** Whether non-blank text lies between (or around) a node's children; gaps are sliced from the root's text. */
function leavesTextOut(node: Node, source: string, offset: number): boolean {
  const children = node.children;
  if (children.length === 0) return false;
  let at = node.startIndex;
  for (const child of children) {
    if (child.startIndex > at && !blank(source, at - offset, child.startIndex - offset)) return true;
    if (child.endIndex > at) at = child.endIndex;
  }
  return node.endIndex > at && !blank(source, at - offset, node.endIndex - offset);
}

/** Whether the text from `from` to `to` holds nothing but spaces, tabs and newlines. */
function blank(source: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = source[i];
    if (ch !== ' ' && ch !== '\t' && ch !== '\n') return false;
  }
  return true;
}

/** Whether a word ends at `at`: the end of the text, a blank or an operator character. */
function endsWord(source: string, at: number): boolean {
  return at >= source.length || ' \t\n;&|()<>'.includes(source[at]);
}

/**
 * Whether a pattern's text holds a part bash expands: a backquote or `$(`, `${`,
 * `$[` not escaped by a backslash nor inside single quotes (only a backquote
 * with `backquotes`: a word leaf's `$` parts are nodes of their own).
 */
function holdsExpansion(text: string, backquotes = false): boolean {
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === "'") {
      const close = text.indexOf("'", i + 1);
      if (close < 0) return true;
      i = close;
    } else if (ch === '`' || (!backquotes && ch === '$' && (text[i + 1] === '(' || text[i + 1] === '{' || text[i + 1] === '['))) return true;
  }
  return false;
}

/** `N` (a descriptor) and `{NAME}` (a named descriptor, whose number bash assigns to NAME) written right before `<` or `>`. */
const DESCRIPTOR = /^(?:\d+|\{[A-Za-z_][A-Za-z0-9_]*\})$/;

/**
 * A word of a command that bash reads as the descriptor of the redirection
 * right after it, or null: tree-sitter-bash reads `0<x terraform apply` as the
 * program `0` (red-team F2), and either parser `cmd {fd}>x` as the argument
 * `{fd}` (F4).
 */
function descriptorWord(command: Node, source: string, offset: number): string | null {
  for (const child of command.children) {
    if (child.type !== 'command_name' && child.type !== 'word' && child.type !== 'number' && child.type !== 'concatenation') continue;
    const next = source[child.endIndex - offset];
    if (next !== '<' && next !== '>') continue;
    const text = child.text;
    if (DESCRIPTOR.test(text)) return text;
  }
  return null;
}

/**
 * Whether the parser put a here-doc's words or body anywhere but where bash
 * has them: the rest of the `<<` line (words, redirections, a pipeline) ends at
 * its first unquoted newline, and the body starts right after it (after the
 * leading tabs `<<-` strips).
 */
function bodyOffLine(redirect: Node, start: Node, source: string, offset: number): boolean {
  const body = redirect.children.find((c) => c.type === 'heredoc_body' || c.type === 'heredoc_end');
  if (!body) return false;
  const stripsTabs = redirect.children.some((c) => c.type === '<<-');
  let lineEnd = body.startIndex - 1;
  while (stripsTabs && lineEnd > start.endIndex && source[lineEnd - offset] === '\t') lineEnd--;
  if (lineEnd < start.endIndex || source[lineEnd - offset] !== '\n') return true;
  return unquotedNewline(source.slice(start.endIndex - offset, lineEnd - offset));
}

/**
 * The words bash passes to a command that tree-sitter-bash hangs on its
 * redirections: it reads `cmd > out arg` as a redirect with two destinations and
 * `cmd <<EOF arg` as a here-doc with an argument, where bash passes `arg` to cmd.
 */
export function wordsInRedirects(redirects: readonly Node[]): Word[] {
  const words: Word[] = [];
  for (const redirect of redirects) {
    if (redirect.type === 'file_redirect') {
      const destinations = redirect.childrenForFieldName('destination');
      for (let i = 1; i < destinations.length; i++) words.push(resolveWord(destinations[i]));
    } else if (redirect.type === 'heredoc_redirect') {
      for (const word of resolveTouchingWords(redirect.childrenForFieldName('argument'))) words.push(word);
    }
  }
  return words;
}

/** Where bash closes `$'…'`: the index after the first unescaped `'` (after the opening). */
function ansiCEnd(text: string): number {
  for (let i = 2; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === "'") return i + 1;
  }
  return -1;
}

/**
 * An unquoted here-doc's body is expanded like a double-quoted string: every
 * `` ` `` and `$(` in it runs (red-team F49, F50). True when one of them lies
 * outside every command substitution node the parser found in the body
 * (tree-sitter misses backquotes, and `$(` after leading blanks or under `<<-`).
 */
function hiddenSubstitution(redirect: Node, start: Node): boolean {
  const from = start.endIndex;
  const end = redirect.children.find((c) => c.type === 'heredoc_end');
  const body = redirect.text.slice(from - redirect.startIndex, (end?.startIndex ?? redirect.endIndex) - redirect.startIndex);
  const found: [number, number][] = [];
  const stack = [...redirect.children];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'command_substitution') found.push([n.startIndex - from, n.endIndex - from]);
    else stack.push(...n.children);
  }
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\') {
      i++;
      continue;
    }
    const opens = body[i] === '`' || (body[i] === '$' && body[i + 1] === '(');
    if (opens && !found.some(([a, b]) => i >= a && i < b)) return true;
  }
  return false;
}
