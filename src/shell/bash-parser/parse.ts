// A purpose-built bash parser in TypeScript for the command lines agents write.
//
// It builds exactly the tree tree-sitter-bash builds (same node types, fields,
// anonymous tokens and positions, quirks included: analysis code written against
// tree-sitter reads it unchanged), for a subset of bash: lists, pipelines, simple
// commands with assignments, arguments and redirections, quoting, expansions,
// command and process substitutions, subshells, groups, if/for/while/until,
// functions, here-docs and here-strings, comments. Anything outside that subset,
// or where tree-sitter's tree is not known for certain, is declined: `parse`
// returns null and the caller uses tree-sitter. A declined line costs one failed
// attempt; a wrong tree would be a wrong decision, so every doubt declines.
//
// test/shell/bash-parser-differential.test.ts holds the proof: on thousands of
// generated lines and every corpus of the repository, each accepted line's tree
// equals tree-sitter's node for node, and no line tree-sitter cannot parse is accepted.
import { BashNode } from './node.js';

/** Thrown to abandon a parse: the line is outside what this parser knows for certain. */
class Decline extends Error {}

/** One instance for every decline: a declined line costs no allocation and no stack trace. */
const DECLINED = new Decline('declined');

function decline(): never {
  throw DECLINED;
}

/** Words that start or end a compound command where a command name could stand. */
const RESERVED = new Set([
  'if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'case', 'esac', 'while', 'until', 'for', 'in', 'function', 'select',
  'declare', 'typeset', 'export', 'readonly', 'local', 'unset', 'unsetenv',
]);

/** RESERVED by first letter, for finding one at a position without slicing the source. */
const RESERVED_BY_LETTER = new Map<number, string[]>();
for (const word of RESERVED) {
  const first = word.charCodeAt(0);
  RESERVED_BY_LETTER.set(first, [...(RESERVED_BY_LETTER.get(first) ?? []), word]);
}

/** After a name at a command's start, these make tree-sitter-bash's scanner read a variable name. */
const VARIABLE_NAME_FOLLOWER = new Set([0x3d, 0x2b, 0x5b, 0x3a, 0x25, 0x23, 0x40, 0x3f]);

/** The `[ … ]` operators this parser builds trees for. */
const UNARY_TESTS = new Set(['-f', '-d', '-e', '-n', '-z', '-x', '-s', '-r', '-w', '-L', '-h']);
const BINARY_TESTS = new Set(['-eq', '-ne', '-lt', '-le', '-gt', '-ge']);
/** The right side of a `[[ … ]]` comparison taken here (a bare word may be a pattern or a regex there). */
const PATTERN_OPERAND = new Set(['string', 'raw_string', 'simple_expansion', 'expansion']);
const TEST_OPERAND = new Set(['word', 'number', 'string', 'raw_string', 'simple_expansion', 'expansion', 'command_substitution']);

/** A command name tree-sitter-bash's scanner may read (in part) as a variable name: `--a#b`, `x%y`, `a?b`. */
const SCANNER_NAME = /^[-*@?0_]*[A-Za-z0-9_\u0080-\uffff]+[#%@?:[=+]/;

/** The builtins tree-sitter-bash gives nodes of their own. */
const DECLARATIONS = new Set(['export', 'declare', 'typeset', 'readonly', 'local', 'unset', 'unsetenv']);

/** The file redirection operators, longest first. */
const REDIRECT_OPERATORS = ['&>>', '&>', '>>', '>&-', '<&-', '>&', '<&', '>|', '<>', '>', '<'];

/** The `${name OP value}` operators built here, longest first. */
const EXPANSION_OPERATORS = [':-', ':=', ':+', ':?', '-', '=', '+', '?'];

/** Reserved words that close the construct a command stands in. */
const CLOSERS = new Set(['then', 'fi', 'do', 'done', 'elif', 'else']);

const NAME_FOLLOWERS = /[#%@?:[=+]/;

/** No nodes (yet): shared, never added to. */
const NO_NODES: BashNode[] = [];

const NUMBER = /^-?(0x)?[0-9]+(#[0-9A-Za-z@_]+)?$/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** A positional parameter inside `${…}` (`${1:-dev}`), which tree-sitter-bash also calls a `variable_name`. */
const POSITIONAL = /^[0-9]+$/;

/** Characters that end an unquoted word token (tree-sitter-bash's SPECIAL_CHARACTERS), and white space. */
const WORD_ENDERS = new Uint8Array(128);
for (const c of `'"<>{}[]()\`$|&;\\ \t\n\v\f\r`) WORD_ENDERS[c.charCodeAt(0)] = 1;

/** Whether `c` ends an unquoted word token; -1, the end of the input, does too. */
function endsWord(c: number): boolean {
  return c < 0 || (c < 128 && WORD_ENDERS[c] === 1);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0b || c === 0x0c || c === 0x0d;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isNameChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

/** Where a statement list ends: the closing token of the construct around it. */
type Closer = 'eof' | '`' | ')' | '}' | 'then' | 'fi' | 'do' | 'done' | 'elif-else-fi' | 'heredoc-line';

interface PendingHeredoc {
  node: BashNode;
  delimiter: string;
  stripTabs: boolean;
  quoted: boolean;
}

class Parser {
  private pos = 0;
  private readonly length: number;
  private pending: PendingHeredoc[] = [];

  constructor(private readonly src: string) {
    this.length = src.length;
  }

  private node(type: string, named: boolean, start: number, end: number): BashNode {
    return new BashNode(this.src, type, named, start, end);
  }

  private token(type: string, length: number): BashNode {
    const start = this.pos;
    this.pos += length;
    return this.node(type, false, start, this.pos);
  }

  private code(at = this.pos): number {
    return at < this.length ? this.src.charCodeAt(at) : -1;
  }

  private startsWith(text: string, at = this.pos): boolean {
    return this.src.startsWith(text, at);
  }

  /** Skips spaces and tabs; declines on what tree-sitter reads as white space but bash may not (`\ `, `\⏎`, CR, VT, FF). */
  private skipBlanks(): void {
    for (;;) {
      const c = this.code();
      if (isBlank(c)) this.pos++;
      else if (c === 0x5c && isSpace(this.code(this.pos + 1))) decline();
      else if (c === 0x0d || c === 0x0b || c === 0x0c) decline();
      else return;
    }
  }

  /** Skips blanks and newlines (where a newline is only white space: after `&&`, `|`, `do`…); declines on a comment. */
  private skipSpace(): void {
    for (;;) {
      this.skipBlanks();
      if (this.code() === 0x0a) {
        this.atNewline();
        continue;
      }
      if (this.code() === 0x23) decline();
      return;
    }
  }

  /** At a newline: step over it, and over the bodies of here-docs begun on the line it ends. */
  private atNewline(): void {
    // tree-sitter-bash may carry a command on across a newline when the next line starts with a backslash.
    if (this.code(this.pos + 1) === 0x5c) decline();
    this.pos++;
    if (this.pending.length) this.readHeredocBodies();
  }

  // ---- statements ----

  parseProgram(): BashNode {
    const program = this.node('program', true, 0, this.length);
    this.statements(program, 'eof', null);
    if (this.pos < this.length) decline();
    if (this.pending.length) decline();
    if (program.childCount === 0) decline();
    program.startIndex = program.children[0].startIndex;
    return program;
  }

  /** Is the text at `pos` the reserved word `word`, ending there? */
  private atWord(word: string): boolean {
    if (!this.startsWith(word)) return false;
    const after = this.code(this.pos + word.length);
    return after === -1 || isSpace(after) || after === 0x3b || after === 0x26 || after === 0x7c || after === 0x29 || after === 0x3c || after === 0x3e;
  }

  private atCloser(closer: Closer): boolean {
    switch (closer) {
      case 'eof':
        return this.pos >= this.length;
      case ')':
        return this.code() === 0x29;
      case '`':
        return this.code() === 0x60;
      case '}':
        return this.code() === 0x7d && this.atWord('}');
      case 'then':
        return this.atWord('then');
      case 'fi':
        return this.atWord('fi');
      case 'do':
        return this.atWord('do');
      case 'done':
        return this.atWord('done');
      case 'elif-else-fi':
        return this.atWord('elif') || this.atWord('else') || this.atWord('fi');
      case 'heredoc-line':
        return false;
    }
  }

  /**
   * Statements with their terminators, appended to `parent` (with `field` on each),
   * up to the closer (not consumed). Comments between statements become children too.
   */
  private statements(parent: BashNode, closer: Closer, field: string | null): void {
    for (;;) {
      // White space, newlines and comments before a statement.
      for (;;) {
        this.skipBlanks();
        const c = this.code();
        if (c === 0x0a) this.atNewline();
        else if (c === 0x23) parent.add(this.comment());
        else break;
      }
      if (this.atCloser(closer) || this.pos >= this.length) return;
      const statement = this.list();
      parent.add(statement, field);
      this.skipBlanks();
      const c = this.code();
      if (c === 0x3b) {
        if (this.code(this.pos + 1) === 0x3b || this.code(this.pos + 1) === 0x26) decline();
        parent.add(this.token(';', 1), field);
      } else if (c === 0x26) {
        if (this.code(this.pos + 1) === 0x26 || this.code(this.pos + 1) === 0x3e) decline();
        parent.add(this.token('&', 1), field);
      } else if (c === 0x0a) {
        this.newlineAfter = { statement, end: this.pos + 1 };
        this.atNewline();
      } else if (c === 0x23) {
        // A comment after a command on its line: tree-sitter-bash may carry the command on
        // past it (`X=1 # c⏎<(ls)`), so only a plain next line (or none) is taken.
        if (statement.type === 'variable_assignment' || statement.type === 'variable_assignments') decline();
        const comment = this.comment();
        const next = this.code(comment.endIndex + 1);
        if (next !== -1 && !/[A-Za-z0-9_.\/\n]/.test(String.fromCharCode(next))) decline();
        parent.add(comment);
        if (this.code() === 0x0a) this.atNewline();
      } else if (!(this.atCloser(closer) || this.pos >= this.length)) {
        decline();
      }
    }
  }

  /** The newline that ended the last statement: an `elif`/`else` clause's node reaches past it. */
  private newlineAfter: { statement: BashNode; end: number } | null = null;

  private comment(): BashNode {
    const start = this.pos;
    let end = this.src.indexOf('\n', start);
    if (end < 0) end = this.length;
    // tree-sitter-bash may carry the command on past the comment when the next line starts with a backslash.
    if (this.code(end + 1) === 0x5c) decline();
    if (this.src.slice(start, end).includes('\r')) decline();
    this.pos = end;
    return this.node('comment', true, start, end);
  }

  /**
   * One statement: pipeline elements joined by `|`, `&&`, `||`, with redirections.
   * tree-sitter-bash gives a redirection after the last element to everything
   * before it in the statement (`a && b > f` is `(a && b) > f`, `a | b > f | c`
   * is `((a | b) > f) | c`), so the statement is built left to right, and a
   * redirection wraps all of it built so far.
   */
  private list(): BashNode {
    let current = this.unit(true);
    /** The pipeline at the right edge of `current` that a `|` extends, with the lists above it. */
    let openPipeline: BashNode | null = null;
    let spine: BashNode[] = [];
    for (;;) {
      this.skipBlanks();
      if (this.atRedirect()) {
        // After `a | b | c` tree-sitter-bash nests the redirection differently: not rebuilt here.
        if (openPipeline && openPipeline.childCount >= 5) decline();
        // A `- <<EOF` kept as bash passes it (see command()) only where the command is the
        // whole body: inside a list or pipeline tree-sitter also cuts the enclosing nodes short.
        if (current.type !== 'command' && endsInDash(current)) decline();
        const statement = this.node('redirected_statement', true, current.startIndex, current.endIndex);
        statement.add(current, 'body');
        this.trailingRedirects(statement);
        current = statement;
        openPipeline = null;
        spine = [];
        continue;
      }
      const c = this.code();
      if (c === 0x26 && this.code(this.pos + 1) === 0x26 || c === 0x7c && this.code(this.pos + 1) === 0x7c) {
        // tree-sitter-bash nests `a | b | c && d` as `a | (b | c && d)`: not rebuilt here.
        if (openPipeline && openPipeline.childCount >= 5) decline();
        const operator = this.token(c === 0x26 ? '&&' : '||', 2);
        this.skipSpace();
        const right = this.unit();
        const list = this.node('list', true, current.startIndex, right.endIndex);
        list.add(current);
        list.add(operator);
        list.add(right);
        spine = [list];
        openPipeline = null;
        current = list;
        continue;
      }
      if (c === 0x7c) {
        const operator = this.startsWith('|&') ? this.token('|&', 2) : this.token('|', 1);
        this.skipSpace();
        const next = this.unit(false, true);
        if (!openPipeline) {
          // The element at the right edge becomes the first of a new pipeline.
          const holder = spine[spine.length - 1];
          const element = holder ? holder.children[holder.childCount - 1] : current;
          const pipeline = this.node('pipeline', true, element.startIndex, element.endIndex);
          pipeline.add(element);
          if (holder) holder.replaceLast(pipeline);
          else current = pipeline;
          openPipeline = pipeline;
        }
        // tree-sitter-bash nests a pipeline that mixes `|&` with other pipes oddly.
        if (operator.type === '|&' ? openPipeline.childCount > 1 : openPipeline.children.some((c) => c.type === '|&')) decline();
        openPipeline.add(operator);
        openPipeline.add(next);
        openPipeline.endIndex = next.endIndex;
        for (const node of spine) node.endIndex = next.endIndex;
        continue;
      }
      return current;
    }
  }

  /** One pipeline element: a command, a compound command (with its redirections), `! command`; `piped`: after a `|`. */
  private unit(statementStart = false, piped = false): BashNode {
    const c = this.code();
    if (c === 0x21 && isBlank(this.code(this.pos + 1))) {
      // Elsewhere in a pipeline tree-sitter-bash nests a negation in ways of its own.
      if (!statementStart) decline();
      const start = this.pos;
      const bang = this.token('!', 1);
      this.skipBlanks();
      const inner = this.unit();
      this.skipBlanks();
      if (this.code() === 0x7c && this.code(this.pos + 1) !== 0x7c) decline();
      // tree-sitter-bash negates only a command, an assignment, a test or a subshell.
      if (inner.type !== 'command' && inner.type !== 'subshell') decline();
      const negated = this.node('negated_command', true, start, inner.endIndex);
      negated.add(bang);
      negated.add(inner);
      return negated;
    }
    let body: BashNode;
    if (c === 0x28) {
      body = this.code(this.pos + 1) === 0x28 ? this.arithmeticCommand() : this.subshell();
    } else if (c === 0x7b && isSpace(this.code(this.pos + 1))) {
      body = this.group();
    } else if (c === 0x5b && (isBlank(this.code(this.pos + 1)) || (this.code(this.pos + 1) === 0x5b && isBlank(this.code(this.pos + 2))))) {
      body = this.testCommand();
    } else {
      const keyword = c >= 0x61 && c <= 0x7a ? this.wordAt() : '';
      if (keyword === 'function') return this.functionDefinition(true);
      if (this.atFunctionName()) return this.functionDefinition(false);
      if (keyword === '') return this.command(piped);
      if (DECLARATIONS.has(keyword)) return this.declaration();
      if (keyword === 'if') body = this.ifStatement();
      else if (keyword === 'for') body = this.forStatement();
      else if (keyword === 'while' || keyword === 'until') body = this.whileStatement();
      else return this.command(piped);
    }
    return body;
  }

  private subshell(): BashNode {
    const start = this.pos;
    const node = this.node('subshell', true, start, start);
    node.add(this.token('(', 1));
    this.statements(node, ')', null);
    if (this.code() !== 0x29) decline();
    if (!node.children.some((child) => child.isNamed)) decline();
    node.add(this.token(')', 1));
    node.endIndex = this.pos;
    return node;
  }

  private group(): BashNode {
    const start = this.pos;
    const node = this.node('compound_statement', true, start, start);
    node.add(this.token('{', 1));
    this.statements(node, '}', null);
    if (!this.atWord('}')) decline();
    if (!node.children.some((child) => child.isNamed && child.type !== 'comment')) decline(); // `{ }`
    // tree-sitter-bash needs a terminator before `}`.
    const last = node.children[node.childCount - 1];
    if (node.childCount > 1 && last.type !== ';' && last.type !== '&' && !this.newlineBetween(last.endIndex, this.pos)) decline();
    node.add(this.token('}', 1));
    node.endIndex = this.pos;
    return node;
  }

  /**
   * `[ OPERAND ]`, `[ -f OPERAND ]`, `[ ! -f OPERAND ]`, `[ A = B ]`, `[ A -eq B ]`,
   * and the same in `[[ … ]]` with `==` and `!=` (not `=`), `&&` and `||`: the forms agents
   * write; anything else in brackets declines.
   */
  private testCommand(): BashNode {
    const start = this.pos;
    const double = this.code(this.pos + 1) === 0x5b;
    const node = this.node('test_command', true, start, start);
    node.add(double ? this.token('[[', 2) : this.token('[', 1));
    this.skipBlanks();
    const expression = double ? this.conditionalOr() : this.testExpression(false);
    node.add(expression);
    this.skipBlanks();
    if (double ? !(this.startsWith(']]') && this.atWord(']]')) : !(this.code() === 0x5d && this.atWord(']'))) decline();
    node.add(double ? this.token(']]', 2) : this.token(']', 1));
    node.endIndex = this.pos;
    return node;
  }

  /** `A || B` in `[[ … ]]`: left-associative, and looser than `&&`, as tree-sitter-bash nests them. */
  private conditionalOr(): BashNode {
    let left = this.conditionalAnd();
    while (this.startsWith('||')) left = this.conditionalBinary(left, () => this.conditionalAnd());
    return left;
  }

  private conditionalAnd(): BashNode {
    let left = this.testExpression(true);
    this.skipBlanks();
    while (this.startsWith('&&')) {
      left = this.conditionalBinary(left, () => this.testExpression(true));
      this.skipBlanks();
    }
    return left;
  }

  private conditionalBinary(left: BashNode, right: () => BashNode): BashNode {
    const operator = this.token(this.src.slice(this.pos, this.pos + 2), 2);
    if (!isBlank(this.code())) decline();
    this.skipBlanks();
    const rightNode = right();
    const node = this.node('binary_expression', true, left.startIndex, rightNode.endIndex);
    node.add(left, 'left');
    node.add(operator, 'operator');
    node.add(rightNode, 'right');
    this.skipBlanks();
    return node;
  }

  /** One test; `double`: inside `[[ … ]]`, where `==` and `!=` compare too. */
  private testExpression(double: boolean): BashNode {
    const start = this.pos;
    if (this.code() === 0x21 && isBlank(this.code(this.pos + 1))) {
      const node = this.node('unary_expression', true, start, start);
      node.add(this.token('!', 1), 'operator');
      this.skipBlanks();
      if (this.code() !== 0x2d) decline();
      const inner = this.testExpression(double);
      node.add(inner);
      node.endIndex = inner.endIndex;
      return node;
    }
    const operator = this.testOperator();
    if (operator) {
      if (!UNARY_TESTS.has(operator.text)) decline();
      const node = this.node('unary_expression', true, start, start);
      node.add(operator, 'operator');
      this.skipBlanks();
      const operand = this.testOperand();
      node.add(operand);
      node.endIndex = operand.endIndex;
      return node;
    }
    const left = this.testOperand();
    this.skipBlanks();
    if (double ? this.startsWith(']]') || this.startsWith('&&') || this.startsWith('||') : this.code() === 0x5d) return left;
    let op: BashNode | null;
    let compares = false;
    if (this.code() === 0x3d && isBlank(this.code(this.pos + 1))) {
      // In `[[ … ]]` tree-sitter-bash reads `=` as looser than `&&`, with a regex after it.
      if (double) decline();
      op = this.token('=', 1);
    } else if (double && (this.startsWith('==') || this.startsWith('!=')) && isBlank(this.code(this.pos + 2))) {
      op = this.token(this.src.slice(this.pos, this.pos + 2), 2);
      compares = true;
    } else {
      op = this.testOperator();
      if (!op || !BINARY_TESTS.has(op.text)) decline();
    }
    this.skipBlanks();
    // In `[[ … ]]` tree-sitter-bash's scanner reads a plain word after `==` as a word, a glob or a regex by its letters.
    const right = compares ? this.patternOperand() : this.testOperand();
    const node = this.node('binary_expression', true, start, right.endIndex);
    node.add(left, 'left');
    node.add(op, 'operator');
    node.add(right, 'right');
    return node;
  }

  /** The right side of `==` and `!=` in `[[ … ]]`: quoted or an expansion, never a bare word. */
  private patternOperand(): BashNode {
    const c = this.code();
    if (!(c === 0x22 || c === 0x27 || c === 0x24)) decline();
    const operand = this.testOperand();
    if (!PATTERN_OPERAND.has(operand.type)) decline();
    return operand;
  }

  /** `-f`, `-eq`…: a dash and letters, then a blank. */
  private testOperator(): BashNode | null {
    if (this.code() !== 0x2d) return null;
    let at = this.pos + 1;
    while ((this.code(at) >= 0x61 && this.code(at) <= 0x7a) || (this.code(at) >= 0x41 && this.code(at) <= 0x5a)) at++;
    if (at === this.pos + 1 || !isBlank(this.code(at))) decline();
    const start = this.pos;
    this.pos = at;
    return this.node('test_operator', true, start, at);
  }

  private testOperand(): BashNode {
    const c = this.code();
    // Operators, brackets, globs and options as operands read differently in tree-sitter-bash's expression grammar.
    if (c === 0x2d || c === 0x21 || c === 0x3d || c === 0x5d || c === 0x28 || this.atStatementEnd() || this.atRedirect()) decline();
    const operand = this.literal();
    if (!TEST_OPERAND.has(operand.type)) decline();
    if (operand.type === 'word' && (!/^[A-Za-z0-9_./][A-Za-z0-9_./,]*$/.test(operand.text) || RESERVED.has(operand.text))) decline();
    if (!isBlank(this.code())) decline();
    return operand;
  }

  /** `name()` at `pos`: a function definition's start. */
  private atFunctionName(): boolean {
    let at = this.pos;
    const c = this.code(at);
    if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f)) return false;
    while (isNameChar(this.code(at))) at++;
    return this.code(at) === 0x28 && this.code(at + 1) === 0x29;
  }

  /** `f() { …; }`, `f() ( … )`, `function f { …; }`, `function f() { …; }`, with at most one redirection. */
  private functionDefinition(keyword: boolean): BashNode {
    const start = this.pos;
    const node = this.node('function_definition', true, start, start);
    if (keyword) {
      node.add(this.keyword('function'));
      this.skipBlanks();
    }
    const nameStart = this.pos;
    while (isNameChar(this.code())) this.pos++;
    const name = this.src.slice(nameStart, this.pos);
    if (!NAME.test(name) || RESERVED.has(name)) decline();
    node.add(this.node('word', true, nameStart, this.pos), 'name');
    if (this.code() === 0x28) {
      if (this.code(this.pos + 1) !== 0x29) decline();
      node.add(this.token('(', 1));
      node.add(this.token(')', 1));
    } else if (!keyword) {
      decline();
    }
    if (keyword && !isBlank(this.code())) decline();
    this.skipBlanks();
    let body: BashNode;
    if (this.code() === 0x7b && isSpace(this.code(this.pos + 1))) body = this.group();
    else if (this.code() === 0x28 && this.code(this.pos + 1) !== 0x28 && !keyword) body = this.subshell();
    else decline();
    node.add(body, 'body');
    node.endIndex = body.endIndex;
    this.skipBlanks();
    if (this.atRedirect()) {
      if (/^\d*<</.test(this.src.slice(this.pos, this.pos + 12))) decline();
      const redirect = this.redirect(true);
      node.add(redirect, 'redirect');
      node.endIndex = redirect.endIndex;
      this.skipBlanks();
      if (this.atRedirect() || this.startsWith('<<<')) decline();
    }
    if (!this.atStatementEnd()) decline();
    return node;
  }

  /** The reserved word (of RESERVED) at `pos` when a delimiter follows it, else '' (found without slicing the source). */
  private wordAt(): string {
    let at = this.pos;
    while (this.code(at) >= 0x61 && this.code(at) <= 0x7a) at++;
    const length = at - this.pos;
    // Reserved words and declaration builtins are 2 to 8 letters long.
    if (length < 2 || length > 8) return '';
    const after = this.code(at);
    if (!(after === -1 || isSpace(after) || after === 0x3b || after === 0x26 || after === 0x7c || after === 0x29 || after === 0x3c || after === 0x3e)) return '';
    const candidates = RESERVED_BY_LETTER.get(this.src.charCodeAt(this.pos));
    if (candidates) for (const word of candidates) if (word.length === length && this.startsWith(word)) return word;
    return '';
  }

  /** `export A=1 B`, `local -r x=…`, `unset x`: names, assignments and options. */
  private declaration(): BashNode {
    const start = this.pos;
    const keyword = this.wordAt();
    const unset = keyword === 'unset' || keyword === 'unsetenv';
    const node = this.node(unset ? 'unset_command' : 'declaration_command', true, start, start);
    node.add(this.token(keyword, keyword.length));
    for (;;) {
      this.skipBlanks();
      if (this.atStatementEnd()) break;
      if (this.atRedirect()) decline();
      const itemStart = this.pos;
      let at = itemStart;
      while (isNameChar(this.code(at))) at++;
      const after = this.code(at);
      const ends = after === -1 || isSpace(after) || after === 0x3b || after === 0x26 || after === 0x7c || after === 0x29;
      let item: BashNode | null = null;
      if (at > itemStart && ends && NAME.test(this.src.slice(itemStart, at))) {
        this.pos = at;
        item = this.node('variable_name', true, itemStart, at);
      } else if (!unset && at > itemStart && (after === 0x3d || (after === 0x2b && this.code(at + 1) === 0x3d))) {
        item = this.tryAssignment();
      } else if (this.code() === 0x2d || this.code() === 0x2b) {
        while (at < this.length && !endsWord(this.code(at))) at++;
        if (!/^[-+][A-Za-z]+$/.test(this.src.slice(itemStart, at)) || !ends && !isSpace(this.code(at)) && this.code(at) !== -1) decline();
        this.pos = at;
        item = this.node('word', true, itemStart, at);
      }
      if (!item) decline();
      node.add(item);
      node.endIndex = item.endIndex;
    }
    if (node.childCount === 1) decline();
    return node;
  }

  private newlineBetween(from: number, to: number): boolean {
    return this.src.slice(from, to).includes('\n');
  }

  /** Consumes a reserved word, as an anonymous token. */
  private keyword(word: string): BashNode {
    if (!this.atWord(word)) decline();
    return this.token(word, word.length);
  }

  /** Statements that must end with a terminator (`_terminated_statement`) before the closer. */
  private terminated(parent: BashNode, closer: Closer, field: string | null, required: boolean): void {
    const before = parent.childCount;
    const startedAt = this.pos;
    this.statements(parent, closer, field);
    if (parent.childCount === before) {
      if (required) decline();
      return;
    }
    const last = parent.children[parent.childCount - 1];
    if (last.type === 'comment') decline();
    if (last.type !== ';' && last.type !== '&' && !this.newlineBetween(last.endIndex, this.pos)) decline();
    if (startedAt === this.pos) decline();
  }

  private ifStatement(): BashNode {
    const start = this.pos;
    const node = this.node('if_statement', true, start, start);
    node.add(this.keyword('if'));
    this.terminated(node, 'then', 'condition', true);
    node.add(this.keyword('then'));
    this.terminated(node, 'elif-else-fi', null, false);
    while (this.atWord('elif')) {
      const clause = this.node('elif_clause', true, this.pos, this.pos);
      clause.add(this.keyword('elif'));
      this.terminated(clause, 'then', null, true);
      clause.add(this.keyword('then'));
      this.terminated(clause, 'elif-else-fi', null, false);
      this.endClause(clause);
      node.add(clause);
    }
    if (this.atWord('else')) {
      const clause = this.node('else_clause', true, this.pos, this.pos);
      clause.add(this.keyword('else'));
      this.terminated(clause, 'fi', null, false);
      this.endClause(clause);
      node.add(clause);
    }
    node.add(this.keyword('fi'));
    node.endIndex = this.pos;
    return node;
  }

  /** A clause ends at its last token, a newline terminator included. */
  private endClause(clause: BashNode): void {
    const last = clause.children[clause.childCount - 1];
    clause.endIndex = this.newlineAfter?.statement === last ? this.newlineAfter.end : last.endIndex;
  }

  private doGroup(): BashNode {
    const node = this.node('do_group', true, this.pos, this.pos);
    node.add(this.keyword('do'));
    this.terminated(node, 'done', null, false);
    node.add(this.keyword('done'));
    node.endIndex = this.pos;
    return node;
  }

  private whileStatement(): BashNode {
    const start = this.pos;
    const node = this.node('while_statement', true, start, start);
    node.add(this.atWord('while') ? this.keyword('while') : this.keyword('until'));
    this.terminated(node, 'do', 'condition', true);
    node.add(this.doGroup(), 'body');
    node.endIndex = this.pos;
    return node;
  }

  private forStatement(): BashNode {
    const start = this.pos;
    const node = this.node('for_statement', true, start, start);
    node.add(this.keyword('for'));
    this.skipBlanks();
    const nameStart = this.pos;
    while (isNameChar(this.code())) this.pos++;
    if (this.pos === nameStart || !NAME.test(this.src.slice(nameStart, this.pos))) decline();
    if (!isSpace(this.code()) && this.code() !== 0x3b) decline();
    node.add(this.node('variable_name', true, nameStart, this.pos), 'variable');
    this.skipBlanks();
    if (this.atWord('in')) {
      node.add(this.keyword('in'));
      this.skipBlanks();
      let values = 0;
      while (!this.atStatementEnd()) {
        node.add(this.literal(), 'value');
        values++;
        this.skipBlanks();
      }
      if (values === 0) decline();
    }
    // The terminator before `do`.
    const c = this.code();
    if (c === 0x3b && this.code(this.pos + 1) !== 0x3b) node.add(this.token(';', 1));
    else if (c === 0x0a) this.atNewline();
    else decline();
    this.skipSpace();
    node.add(this.doGroup(), 'body');
    node.endIndex = this.pos;
    return node;
  }

  /** At the end of a simple command's words: an operator, a terminator, a closing parenthesis, end of input. */
  private atStatementEnd(): boolean {
    const c = this.code();
    if (c === 0x60 && this.inBackticks) return true;
    return c === -1 || c === 0x0a || c === 0x3b || c === 0x26 || c === 0x7c || c === 0x29 || c === 0x23;
  }

  // ---- simple commands ----

  private atRedirect(): boolean {
    let at = this.pos;
    while (this.code(at) >= 0x30 && this.code(at) <= 0x39) at++;
    const c = this.code(at);
    if (c === 0x3e) return this.code(at + 1) !== 0x28; // `>(` is a process substitution
    if (c === 0x3c) return this.code(at + 1) !== 0x28;
    if (c === 0x26 && at === this.pos && this.code(at + 1) === 0x3e) return true;
    return false;
  }

  private command(piped = false): BashNode {
    const start = this.pos;
    // Assignments and file redirections before the program name, in their order (`2>/dev/null X=1 cmd`).
    let prefix = NO_NODES;
    let assignments = 0;
    for (;;) {
      const assignment = this.tryAssignment();
      if (assignment) {
        if (prefix === NO_NODES) prefix = [];
        prefix.push(assignment);
        assignments++;
      } else if (this.atRedirect()) {
        // After a `|`, tree-sitter-bash ends the command at a redirection after an assignment (`a | X=1 >f b`).
        if (piped && assignments > 0) decline();
        // tree-sitter-bash reads a leading `0<x` as the program `0` (red-team F2): not rebuilt either way here.
        if (this.code() === 0x30) decline();
        // A redirection there takes one word; a here-doc or here-string there declines (see redirect()).
        if (prefix === NO_NODES) prefix = [];
        prefix.push(this.redirect(false));
      } else {
        break;
      }
      this.skipBlanks();
    }
    const leadingRedirect = prefix.length > assignments;
    if (this.atStatementEnd() || this.atCloserWord()) {
      // A redirection with no command is a `redirected_statement` to tree-sitter-bash: not built here.
      if (assignments === 0 || leadingRedirect) decline();
      // After assignments alone tree-sitter-bash may carry the command on past a pipe, and after
      // several of them to the next line (`X=1 Y=2⏎ls` is one command to it); one ends at a newline.
      const c = this.code();
      const ok = c === -1 || (c === 0x3b && this.code(this.pos + 1) !== 0x3b) || this.startsWith('&&') || this.startsWith('||') || (c === 0x0a && assignments === 1);
      if (!ok) decline();
      if (assignments === 1) return prefix[0];
      const group = this.node('variable_assignments', true, start, prefix[prefix.length - 1].endIndex);
      for (const a of prefix) group.add(a);
      return group;
    }
    const command = this.node('command', true, start, start);
    for (const part of prefix) command.add(part, part.type === 'file_redirect' ? 'redirect' : null);
    const nameStart = this.pos;
    const first = this.literal();
    const lead = first.type === 'concatenation' ? first.children[0] : first;
    if (lead.type === 'word' || lead.type === 'number') {
      const text = lead.text;
      if (lead.type === 'word' && (RESERVED.has(text) || text === '!' || text.charCodeAt(0) === 0x3d)) decline();
      // A word with `=` where an assignment could stand: tree-sitter-bash's scanner may read part of it as a name.
      if (NAME_FOLLOWERS.test(text) && (text.includes('=') || SCANNER_NAME.test(text))) decline();
      // A program name `-X…`: tree-sitter-bash's scanner may take `-A` for a test operator
      // (`-A-A%` is a syntax error to it, a program name to bash); the fast path declines these too.
      if (lead.type === 'word' && text.charCodeAt(0) === 0x2d && /[A-Za-z]/.test(text.charAt(1))) decline();
    }
    // `f() …`, `f ()`: a function definition, not handled here.
    if (this.code() === 0x28) decline();
    const name = this.node('command_name', true, nameStart, first.endIndex);
    name.add(first);
    command.add(name, 'name');
    command.endIndex = first.endIndex;
    for (;;) {
      this.skipBlanks();
      if (this.atStatementEnd()) break;
      // After a leading redirection, tree-sitter-bash reads a later one as making every word
      // before it a destination (`>/dev/null cmd a >log` has no command to it).
      if (leadingRedirect && (this.atRedirect() || this.startsWith('<<<'))) decline();
      if (this.startsWith('<<<')) {
        command.add(this.herestring(), 'redirect');
        command.endIndex = this.pos;
        continue;
      }
      if (this.atRedirect()) {
        // tree-sitter-bash drops a `-` argument just before a here-doc from the tree
        // (its scanner takes it for the `<<-` form); bash passes it, as this tree does.
        // The one place where this parser follows bash rather than tree-sitter: the
        // differential test knows it (`kubectl apply -f - <<EOF` is common in agents).
        break; // the statement takes it (see list())
      }
      if (this.code() === 0x3d) decline(); // `=~`, `==` arguments have their own shape
      if (this.code() === 0x28) decline();
      this.inArgument = true;
      this.specialParts = 0;
      let argument: BashNode;
      try {
        argument = this.literal();
      } finally {
        this.inArgument = false;
      }
      if (this.specialParts > 0) {
        // A word of only brackets reads differently (`]` alone takes the blanks after it), except `{}`.
        const parts = argument.type === 'concatenation' ? argument.children : [argument];
        const plain = parts.some((part) => !(part.type === 'word' && part.endIndex - part.startIndex === 1 && '{}[]'.includes(part.text)));
        if (!plain && argument.text !== '{}') decline();
      }
      command.add(argument, 'argument');
      command.endIndex = argument.endIndex;
    }
    if (leadingRedirect && (this.atRedirect() || this.startsWith('<<<'))) decline(); // `&>` ends the loop above
    return command;
  }

  /** A reserved word that closes the construct around this command (`a; fi`): the caller meets it as the closer. */
  private atCloserWord(): boolean {
    const c = this.code();
    if (c === 0x7d) return this.atWord('}');
    if (c < 0x61 || c > 0x7a) return false;
    return CLOSERS.has(this.wordAt());
  }

  /** `NAME=value` / `NAME+=value` where an assignment can stand; null (nothing consumed) otherwise. */
  private tryAssignment(): BashNode | null {
    const start = this.pos;
    let at = start;
    while (isNameChar(this.code(at))) at++;
    // tree-sitter-bash's scanner reads a name followed by one of these as a variable name, even where bash sees a word.
    let run = at;
    while (this.code(run) >= 0x80) run++;
    if (run > at) {
      while (isNameChar(this.code(run)) || this.code(run) >= 0x80) run++;
      if (VARIABLE_NAME_FOLLOWER.has(this.code(run))) decline();
      return null;
    }
    if (at === start) return null;
    const name = this.src.slice(start, at);
    const follower = this.code(at);
    if (follower === 0x3a || follower === 0x25 || follower === 0x40 || follower === 0x3f || (follower === 0x23 && !/^\d+$/.test(name))) decline();
    if (follower === 0x2b && this.code(at + 1) === 0x3a) decline();
    let opLength: number;
    if (this.code(at) === 0x3d) opLength = 1;
    else if (this.code(at) === 0x2b && this.code(at + 1) === 0x3d) opLength = 2;
    else if (this.code(at) === 0x5b) decline(); // `a[i]=…`: a subscript
    else return null;
    // `_=…`: tree-sitter-bash's scanner does not read a lone `_` as a name there.
    if (!NAME.test(name) || name === '_') decline();
    const node = this.node('variable_assignment', true, start, start);
    node.add(this.node('variable_name', true, start, at), 'name');
    this.pos = at;
    node.add(this.token(opLength === 1 ? '=' : '+=', opLength));
    const c = this.code();
    if (c === -1 || isSpace(c) || c === 0x3b || c === 0x26 || c === 0x7c || c === 0x29) {
      // An empty value: tree-sitter-bash has no node for it.
      node.endIndex = this.pos;
      if (c === 0x0d || c === 0x0b || c === 0x0c || c === 0x29) decline();
      if (isBlank(c)) {
        let at = this.pos;
        while (isBlank(this.code(at))) at++;
        if (this.code(at) === 0x29) decline();
      }
      return node;
    }
    if (c === 0x23 || c === 0x3c || c === 0x3e) decline();
    const value = c === 0x28 ? this.array() : this.literal();
    node.add(value, 'value');
    node.endIndex = value.endIndex;
    return node;
  }

  private array(): BashNode {
    const node = this.node('array', true, this.pos, this.pos);
    node.add(this.token('(', 1));
    for (;;) {
      this.skipBlanks();
      const c = this.code();
      if (c === 0x29) break;
      if (c === 0x0a || c === 0x23 || c === -1 || c === 0x3b || c === 0x26 || c === 0x7c || c === 0x3c || c === 0x3e || c === 0x28) decline();
      node.add(this.literal());
    }
    node.add(this.token(')', 1));
    node.endIndex = this.pos;
    return node;
  }

  /** File redirections and here-docs after a command (`redirected_statement`). */
  private trailingRedirects(statement: BashNode): void {
    for (;;) {
      this.skipBlanks();
      if (this.startsWith('<<<')) decline(); // tree-sitter-bash reports an error there
      if (!this.atRedirect()) break;
      const redirect = this.redirect(true);
      statement.add(redirect, 'redirect');
      statement.endIndex = redirect.endIndex;
    }
    if (!this.atStatementEnd()) decline();
  }

  /** One file redirection or here-doc; `manyDestinations`: the words after it are destinations too. */
  private redirect(manyDestinations: boolean): BashNode {
    const start = this.pos;
    let at = start;
    while (this.code(at) >= 0x30 && this.code(at) <= 0x39) at++;
    const descriptor = at > start ? this.node('file_descriptor', true, start, at) : null;
    this.pos = at;
    if (this.startsWith('<<')) {
      if (!manyDestinations) decline();
      return this.heredoc(start, descriptor);
    }
    const op = this.operatorAt(REDIRECT_OPERATORS);
    if (!op || op === '<>') decline();
    const node = this.node('file_redirect', true, start, start);
    if (descriptor) node.add(descriptor, 'descriptor');
    node.add(this.token(op, op.length));
    node.endIndex = this.pos;
    if (op === '>&-' || op === '<&-') {
      this.skipBlanks();
      if (!this.atStatementEnd() && !this.atRedirect()) decline();
      return node;
    }
    this.skipBlanks();
    if (this.atStatementEnd() || this.atRedirect() || this.code() === 0x28) decline();
    for (;;) {
      const destination = this.literal();
      node.add(destination, 'destination');
      node.endIndex = destination.endIndex;
      if (!manyDestinations) break;
      this.skipBlanks();
      if (this.atStatementEnd() || this.atRedirect() || this.startsWith('<<<')) break;
      if (this.code() === 0x3d || this.code() === 0x28) decline();
    }
    return node;
  }

  private herestring(): BashNode {
    const node = this.node('herestring_redirect', true, this.pos, this.pos);
    node.add(this.token('<<<', 3));
    this.skipBlanks();
    if (this.atStatementEnd() || this.atRedirect() || this.code() === 0x28) decline();
    const value = this.literal();
    node.add(value);
    node.endIndex = value.endIndex;
    return node;
  }

  /** `<<EOF`, `<<-EOF`, `<<'EOF'`: the rest of its line may hold redirections or `| command`; the body follows the line. */
  private heredoc(start: number, descriptor: BashNode | null): BashNode {
    if (descriptor) decline();
    if (this.pending.length) decline(); // several here-docs on one line
    const node = this.node('heredoc_redirect', true, start, start);
    const stripTabs = this.startsWith('<<-');
    node.add(this.token(stripTabs ? '<<-' : '<<', stripTabs ? 3 : 2));
    // The delimiter: a plain word, or one in single or double quotes.
    const delimStart = this.pos;
    let delimiter: string;
    let quoted = false;
    const c = this.code();
    if (c === 0x27 || c === 0x22) {
      const close = this.src.indexOf(String.fromCharCode(c), delimStart + 1);
      if (close < 0) decline();
      delimiter = this.src.slice(delimStart + 1, close);
      if (!/^[A-Za-z0-9_]+$/.test(delimiter)) decline();
      quoted = true;
      this.pos = close + 1;
    } else {
      while (isNameChar(this.code())) this.pos++;
      delimiter = this.src.slice(delimStart, this.pos);
      if (!delimiter) decline();
    }
    const after = this.code();
    if (!(after === -1 || isSpace(after) || after === 0x3b || after === 0x26 || after === 0x7c || after === 0x3e || after === 0x3c)) decline();
    node.add(this.node('heredoc_start', true, delimStart, this.pos));
    node.endIndex = this.pos;
    const heredoc: PendingHeredoc = { node, delimiter, stripTabs, quoted };
    // The rest of the line belongs to the here-doc's node.
    this.skipBlanks();
    if (this.code() === 0x7c && this.code(this.pos + 1) !== 0x7c) {
      const pipeline = this.node('pipeline', true, this.pos, this.pos);
      pipeline.add(this.startsWith('|&') ? this.token('|&', 2) : this.token('|', 1));
      this.skipBlanks();
      this.pending.push(heredoc);
      const statement = this.lineRestStatement();
      pipeline.add(statement);
      pipeline.endIndex = statement.endIndex;
      node.add(pipeline);
    } else if (this.atRedirect()) {
      this.pending.push(heredoc);
      while (this.atRedirect()) {
        if (/^\d*<</.test(this.src.slice(this.pos, this.pos + 12))) decline();
        node.add(this.redirect(false), 'redirect');
        this.skipBlanks();
      }
      if (this.code() !== 0x0a) decline();
    } else {
      if (this.code() !== 0x0a) decline();
      this.pending.push(heredoc);
    }
    // Now at the newline ending the line.
    if (this.code() !== 0x0a) decline();
    this.atNewline();
    return node;
  }

  /** The statement after `cmd <<EOF |`: up to the end of the line. */
  private lineRestStatement(): BashNode {
    const statement = this.list();
    this.skipBlanks();
    if (this.code() !== 0x0a) decline();
    return statement;
  }

  /** Reads the bodies of the here-docs begun on the line just ended (`pos` is at the line's start). */
  private readHeredocBodies(): void {
    const pending = this.pending;
    this.pending = [];
    for (const heredoc of pending) {
      const bodyStart = this.pos;
      let lineStart = bodyStart;
      const delimiter = heredoc.delimiter;
      for (;;) {
        if (lineStart >= this.length) decline(); // no end line: bash warns, tree-sitter differs
        let lineEnd = this.src.indexOf('\n', lineStart);
        if (lineEnd < 0) lineEnd = this.length;
        let bare = lineStart;
        if (heredoc.stripTabs) while (this.code(bare) === 0x09) bare++;
        const isEnd = lineEnd - bare === delimiter.length && this.startsWith(delimiter, bare);
        if (!isEnd) {
          // tree-sitter-bash ends the body at a line that only starts with the delimiter, after white space.
          let blanks = lineStart;
          while (isBlank(this.code(blanks))) blanks++;
          if (this.startsWith(delimiter, blanks)) decline();
          lineStart = lineEnd + 1;
          continue;
        }
        const endStart = lineEnd - delimiter.length;
        if (this.holds('\r', bodyStart, endStart)) decline();
        if (endStart === bodyStart) decline(); // an empty body
        // tree-sitter-bash's body node starts past the first line's leading blanks (its scanner skips them).
        let textStart = bodyStart;
        while (isBlank(this.code(textStart))) textStart++;
        // Past a line of blanks alone it would skip on across lines; onto the delimiter, end the body there.
        if (isSpace(this.code(textStart)) || this.startsWith(delimiter, textStart)) decline();
        const expanded = !heredoc.quoted && this.holds('$', bodyStart, endStart);
        // Unquoted, bash joins a backslash-newline before looking for the delimiter; tree-sitter-bash steps over it.
        if (!heredoc.quoted && this.holds('\\\n', bodyStart, endStart)) decline();
        heredoc.node.add(
          expanded ? this.expandedHeredocBody(heredoc, bodyStart, textStart, endStart) : this.node('heredoc_body', true, textStart, endStart),
        );
        heredoc.node.add(this.node('heredoc_end', true, endStart, lineEnd));
        heredoc.node.endIndex = lineEnd;
        this.pos = lineEnd;
        break;
      }
    }
  }

  /** The first of `operators` (longest first) the source has at `pos`, or undefined. */
  private operatorAt(operators: readonly string[]): string | undefined {
    for (const operator of operators) if (this.startsWith(operator)) return operator;
    return undefined;
  }

  /** Whether `text` occurs in the source between `from` and `to`. */
  private holds(text: string, from: number, to: number): boolean {
    const at = this.src.indexOf(text, from);
    return at >= 0 && at + text.length <= to;
  }

  /**
   * An unquoted here-doc body holding a `$`, cut as tree-sitter-bash's scanner cuts it
   * (scan_heredoc_content in its scanner.c, followed step by step): the text before the
   * first expansion is a hidden token, then come expansions and `heredoc_content` runs.
   * Its quirks are kept: a `$` counts only before a letter, `{` or `(`; a run of
   * `heredoc_content` starting with a newline starts after it; the first character
   * after a line's leading white space (or after the start of the delimiter there) is
   * always text, `$` included; the node starts past the first line's blanks (`textStart`),
   * the scan at the body's start (`bodyStart`). Where the scanner would end the body elsewhere than at
   * the delimiter line (blank-only lines, the delimiter right after an expansion), the
   * line is declined.
   */
  private expandedHeredocBody(heredoc: PendingHeredoc, bodyStart: number, textStart: number, endStart: number): BashNode {
    const src = this.src;
    // White space the scanner steps over across lines (iswspace), and lines of only blanks.
    const text = src.slice(bodyStart - 1, endStart);
    if (/[\v\f]/.test(text) || /\n[ \t]+\n/.test(text)) decline();
    const node = this.node('heredoc_body', true, textStart, endStart);
    const delimiter = heredoc.delimiter;
    /** How many characters of the delimiter the text at `at` starts with (the scanner steps over them). */
    const delimiterPrefix = (at: number): number => {
      let n = 0;
      while (n < delimiter.length && src.charCodeAt(at + n) === delimiter.charCodeAt(n)) n++;
      return n;
    };
    const atLineStart = (at: number): boolean => src.charCodeAt(at - 1) === 0x0a;
    const skipIndent = (at: number): number => {
      if (heredoc.stripTabs) while (isSpace(this.code(at))) at++;
      return at;
    };
    /** The body's end, where the scanner found the delimiter: any other place declines. */
    const endsAt = (at: number): boolean => {
      if (delimiterPrefix(at) !== delimiter.length) return false;
      if (at !== endStart) decline();
      return true;
    };

    // The first token: up to the first expansion, or the whole body.
    let pos = bodyStart;
    let expansionAt = -1;
    for (;;) {
      if (pos >= endStart) decline();
      const c = src.charCodeAt(pos);
      if (c === 0x5c) {
        pos += 2;
      } else if (c === 0x24) {
        if (pos === bodyStart || this.startsHeredocExpansion(pos + 1)) {
          expansionAt = pos;
          break;
        }
        pos++;
      } else if (c === 0x0a) {
        pos = skipIndent(pos + 1);
        if (endsAt(pos)) return node;
        pos += delimiterPrefix(pos);
      } else if (atLineStart(pos)) {
        while (isSpace(this.code(pos))) pos++;
        if (endsAt(pos)) return node;
        pos += delimiterPrefix(pos) + 1;
      } else {
        pos++;
      }
    }

    // Expansions and the text runs between them.
    pos = expansionAt;
    for (;;) {
      if (src.charCodeAt(pos) === 0x24) {
        if (!this.startsHeredocExpansion(pos + 1)) decline();
        this.pos = pos;
        const expansion = this.dollar();
        if (this.src.slice(pos, this.pos).includes('\n')) decline();
        node.add(expansion);
        pos = this.pos;
        // The scanner looks for the delimiter right after an expansion too.
        if (delimiter.charCodeAt(0) === src.charCodeAt(pos)) decline();
        continue;
      }
      let start = pos;
      let advanced = false;
      let end = -1;
      for (;;) {
        if (pos >= endStart && end < 0) decline();
        const c = src.charCodeAt(pos);
        if (c === 0x5c) {
          pos += 2;
        } else if (c === 0x24) {
          if (advanced && this.startsHeredocExpansion(pos + 1)) {
            end = pos;
            break;
          }
          pos++;
        } else if (c === 0x0a) {
          pos++;
          if (!advanced) start = pos;
          pos = skipIndent(pos);
          if (endsAt(pos)) {
            end = pos;
            break;
          }
          pos += delimiterPrefix(pos);
        } else if (atLineStart(pos)) {
          while (isSpace(this.code(pos))) pos++;
          if (delimiterPrefix(pos) === delimiter.length) decline();
          pos += delimiterPrefix(pos) + 1;
        } else {
          pos++;
        }
        advanced = true;
      }
      node.add(this.node('heredoc_content', true, start, end));
      pos = end;
      if (pos === endStart) return node;
    }
  }

  /** After a `$` in a here-doc body: what tree-sitter-bash's scanner stops its text at (a letter, `{`, `(`). */
  private startsHeredocExpansion(at: number): boolean {
    const c = this.code(at);
    if (c === 0x28 && this.code(at + 1) === 0x28) decline(); // `$((`: not an expansion the body grammar has
    if (c >= 0x80) decline(); // whether the scanner's iswalpha takes it is not known here
    return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x7b || c === 0x28;
  }

  // ---- words ----

  /** Within a concatenation: every part so far is a plain word. */
  private onlyWordsBefore = false;

  /** One shell word: a primary, or several touching ones (a `concatenation`). */
  private literal(): BashNode {
    const start = this.pos;
    const first = this.primary(true);
    if (!this.touchesNext()) return first;
    const node = this.node('concatenation', true, start, first.endIndex);
    node.add(first);
    this.onlyWordsBefore = first.type === 'word';
    while (this.touchesNext()) {
      const part = this.primary(false);
      if (part.type !== 'word') this.onlyWordsBefore = false;
      node.add(part);
      node.endIndex = part.endIndex;
    }
    return node;
  }

  /** Does another part of the same word follow without a gap? */
  private touchesNext(): boolean {
    const c = this.code();
    if (c === -1 || isSpace(c)) return false;
    if (c === 0x60 && this.inBackticks) return false;
    switch (c) {
      case 0x3b:
      case 0x26:
      case 0x7c:
      case 0x29:
      case 0x3c:
      case 0x3e:
        return false;
      case 0x28:
        decline();
    }
    return true;
  }

  private primary(first: boolean): BashNode {
    const c = this.code();
    switch (c) {
      case 0x27:
        return this.rawString();
      case 0x22:
        return this.string();
      case 0x24:
        return this.dollar(first);
      case 0x3c:
      case 0x3e:
        if (this.code(this.pos + 1) === 0x28) return this.processSubstitution();
        decline();
      // eslint-disable-next-line no-fallthrough
      case 0x60: {
        // tree-sitter-bash joins backquotes touching other parts of a word in ways of its own.
        if (!first) decline();
        const node = this.backticks();
        if (this.touchesNext()) decline();
        return node;
      }
      case 0x7b:
      case 0x7d:
      case 0x5b:
      case 0x5d:
        return this.specialCharacter();
      case 0x28:
      case 0x29:
        decline();
    }
    if (first && c === 0x23) decline();
    // tree-sitter-bash does not join a word starting with a backslash to the part before it.
    if (!first && c === 0x5c) decline();
    return this.word();
  }

  /**
   * `{`, `}`, `[`, `]` in a command's argument: each its own one-character word
   * in a concatenation (`-I{}`, `a[1]`, `{a,b}`). Elsewhere, `{1..3}` (a
   * `brace_expression`) and a word of them alone decline.
   */
  private specialCharacter(): BashNode {
    if (!this.inArgument) decline();
    const c = this.code();
    if (c === 0x7b && /^\{-?\d+\.\./.test(this.src.slice(this.pos, this.pos + 24))) decline();
    if (this.code(this.pos + 1) === 0x23) decline();
    this.specialParts++;
    return this.token('word', 1).asNamed();
  }

  /** While parsing a command's arguments: the only place `{ } [ ]` parts are built. */
  private inArgument = false;

  /** How many `{ } [ ]` parts the word being read holds. */
  private specialParts = 0;

  /** An unquoted word token (or a `number`, which tree-sitter-bash tells apart by its whole text). */
  private word(): BashNode {
    const start = this.pos;
    for (;;) {
      const c = this.code();
      if (c === -1) break;
      if (c === 0x5c) {
        const next = this.code(this.pos + 1);
        if (next === -1 || isSpace(next)) decline();
        this.pos += 2;
        continue;
      }
      if (endsWord(c)) break;
      this.pos++;
    }
    if (this.pos === start) decline();
    const first = this.src.charCodeAt(start);
    if (first === 0x2d && this.pos === start + 1) {
      // tree-sitter-bash's scanner drops a lone `-` from the tree when more follows it on the line.
      let at = this.pos;
      while (isBlank(this.code(at))) at++;
      const next = this.code(at);
      const hereDoc = next === 0x3c && this.code(at + 1) === 0x3c && this.code(at + 2) !== 0x3c && at > this.pos; // `- <<EOF` (see command())
      if (!(hereDoc || next === -1 || next === 0x0a || next === 0x3b || next === 0x26 || next === 0x7c || next === 0x29)) decline();
    }
    // `-2<…`, `a1>…`: tree-sitter-bash's scanner may read a file descriptor in the word.
    const after = this.code();
    if ((after === 0x3c || after === 0x3e) && (first === 0x2d || /\d/.test(this.src.slice(start, this.pos)))) decline();
    // NUMBER needs a digit first or after its `-`: options (`-f`, `--namespace=dev`) are not sliced and tested.
    const digitFirst = isDigit(first) || (first === 0x2d && isDigit(this.src.charCodeAt(start + 1)));
    const numeric = digitFirst && NUMBER.test(this.src.slice(start, this.pos));
    return this.node(numeric ? 'number' : 'word', true, start, this.pos);
  }

  private rawString(): BashNode {
    const start = this.pos;
    const close = this.src.indexOf("'", start + 1);
    if (close < 0) decline();
    this.pos = close + 1;
    return this.node('raw_string', true, start, this.pos);
  }

  /** `"…"`: literal runs (`string_content`) between expansions. */
  private string(): BashNode {
    const start = this.pos;
    const node = this.node('string', true, start, start);
    node.add(this.token('"', 1));
    for (;;) {
      const c = this.code();
      if (c === -1) decline();
      if (c === 0x22) break;
      if (c === 0x24) {
        const next = this.code(this.pos + 1);
        if (next === 0x22) decline(); // a `$` before the closing quote
        // Inside double quotes `$'` is a `$` and a quote to bash and tree-sitter, no ANSI-C string (red-team R2): tree-sitter reads it.
        if (next === 0x27) decline();
        node.add(this.dollar());
        continue;
      }
      if (c === 0x60) {
        node.add(this.backticks());
        continue;
      }
      const contentStart = this.pos;
      while (this.pos < this.length) {
        const d = this.code();
        if (d === 0x22 || d === 0x24 || d === 0x60) break;
        if (d === 0x5c) {
          if (this.pos + 1 >= this.length) decline();
          this.pos += 2;
          continue;
        }
        if (d === 0x0d) decline();
        this.pos++;
      }
      const content = this.src.slice(contentStart, this.pos);
      // tree-sitter-bash reads a run of only white space there as a gap, not content.
      if (/^\s*$/.test(content) || content.includes('\n')) decline();
      node.add(this.node('string_content', true, contentStart, this.pos));
    }
    node.add(this.token('"', 1));
    node.endIndex = this.pos;
    return node;
  }

  /** `$name`, `${…}`, `$(…)`, `$'…'`: what a `$` starts. */
  private dollar(first = true): BashNode {
    const start = this.pos;
    const next = this.code(start + 1);
    if (next === 0x28) {
      if (this.code(start + 2) === 0x28) return this.arithmeticExpansion();
      return this.commandSubstitution();
    }
    if (next === 0x7b) return this.expansion();
    if (next === 0x27) {
      // `$'…'`: up to the first quote not escaped by a backslash.
      let at = start + 2;
      for (;;) {
        const c = this.code(at);
        if (c === -1) decline();
        if (c === 0x5c) {
          at += 2;
          continue;
        }
        if (c === 0x27) break;
        at++;
      }
      // tree-sitter-bash's token takes `\'` as an escaped quote wherever that makes it longer; bash's `\\'` ends it.
      if (this.src.slice(start + 2, at + 1).includes("\\'")) decline();
      this.pos = at + 1;
      return this.node('ansi_c_string', true, start, this.pos);
    }
    // Inside a word tree-sitter-bash reads a `$name` after another part in ways of its own (`a$x.` may end at a bare `$`).
    // Only after plain words (`a/$x`, `--n=$X`) and with a name starting with a letter is it known to be a `simple_expansion`.
    // After `{ }` parts it may end the word at the `$` (`{}x$x--f=v`).
    if (!first && next !== 0x27 && !(this.onlyWordsBefore && this.specialParts === 0 && ((next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a)))) decline();
    if (isNameChar(next)) {
      let at = start + 1;
      while (isNameChar(this.code(at))) at++;
      const node = this.node('simple_expansion', true, start, at);
      node.add(this.token('$', 1));
      const text = this.src.slice(start + 1, at);
      // `$1<…`: tree-sitter-bash's scanner reads the digits as a file descriptor.
      if ((this.code(at) === 0x3c || this.code(at) === 0x3e) && /^\d+$/.test(text)) decline();
      // `$_` is a special parameter to tree-sitter-bash; `$_x` a name.
      node.add(this.node(text === '_' ? 'special_variable_name' : 'variable_name', true, start + 1, at));
      this.pos = at;
      return node;
    }
    if (next === 0x2a || next === 0x40 || next === 0x3f || next === 0x21 || next === 0x23 || next === 0x2d || next === 0x24) {
      // `$-x`, `$*a`: tree-sitter-bash reads a name there.
      if (isNameChar(this.code(start + 2)) || this.code(start + 2) >= 0x80) decline();
      const node = this.node('simple_expansion', true, start, start + 2);
      node.add(this.token('$', 1));
      node.add(this.node('special_variable_name', true, start + 1, start + 2));
      this.pos = start + 2;
      return node;
    }
    decline();
  }

  /**
   * `${name}`, `${#name}`, `${1}`, and `${name OP value}` with the default, assign,
   * alternative and error operators and a value of one plain word, a string, a
   * `$name` or a `$(…)`. Others decline.
   */
  private expansion(): BashNode {
    const start = this.pos;
    const node = this.node('expansion', true, start, start);
    node.add(this.token('${', 2));
    const length = this.code() === 0x23;
    if (length) node.add(this.token('#', 1), 'operator');
    const nameStart = this.pos;
    while (isNameChar(this.code())) this.pos++;
    const name = this.src.slice(nameStart, this.pos);
    if (!NAME.test(name) && !POSITIONAL.test(name)) decline();
    node.add(this.node('variable_name', true, nameStart, this.pos));
    if (this.code() !== 0x7d) {
      if (length) decline();
      const op = this.operatorAt(EXPANSION_OPERATORS);
      if (!op) decline();
      node.add(this.token(op, op.length), 'operator');
      if (this.code() !== 0x7d) node.add(this.expansionValue());
      if (this.code() !== 0x7d) decline();
    }
    node.add(this.token('}', 1));
    node.endIndex = this.pos;
    return node;
  }

  private expansionValue(): BashNode {
    const c = this.code();
    if (c === 0x22) return this.string();
    if (c === 0x24) {
      const next = this.code(this.pos + 1);
      if (next === 0x28 && this.code(this.pos + 2) !== 0x28) return this.commandSubstitution();
      if (next >= 0x41 && next <= 0x5a || next >= 0x61 && next <= 0x7a || next === 0x5f) return this.dollar();
      decline();
    }
    const start = this.pos;
    while (/[A-Za-z0-9_./:@%,+-]/.test(String.fromCharCode(this.code()))) this.pos++;
    const text = this.src.slice(start, this.pos);
    // Digits and leading dashes may be numbers or operators there.
    if (!text || !/^[A-Za-z_./]/.test(text)) decline();
    return this.node('word', true, start, this.pos);
  }

  /** `$(( … ))` with numbers, names, `$name`, `+ - * / %` and parentheses; anything else declines. */
  private arithmeticExpansion(): BashNode {
    const node = this.node('arithmetic_expansion', true, this.pos, this.pos);
    node.add(this.token('$((', 3));
    this.skipArithmeticBlanks();
    const expression = this.arithmeticSum();
    node.add(expression);
    if (!this.startsWith('))')) decline();
    node.add(this.token('))', 2));
    node.endIndex = this.pos;
    return node;
  }

  /**
   * `(( … ))` as a command (tree-sitter-bash calls it a `compound_statement`): `NAME++`,
   * `NAME--`, `NAME = …`, `NAME += …`, `NAME -= …`, one comparison of two sums, or a sum,
   * with what `$(( ))` takes inside; anything else declines.
   */
  private arithmeticCommand(): BashNode {
    const node = this.node('compound_statement', true, this.pos, this.pos);
    node.add(this.token('((', 2));
    this.skipArithmeticBlanks();
    node.add(this.arithmeticStatement());
    if (!this.startsWith('))')) decline();
    node.add(this.token('))', 2));
    node.endIndex = this.pos;
    return node;
  }

  private arithmeticStatement(): BashNode {
    const start = this.pos;
    const c = this.code();
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f) {
      let at = start;
      while (isNameChar(this.code(at))) at++;
      const next = this.code(at);
      if ((next === 0x2b || next === 0x2d) && this.code(at + 1) === next) {
        const node = this.node('postfix_expression', true, start, at + 2);
        node.add(this.node('variable_name', true, start, at));
        this.pos = at;
        node.add(this.token(next === 0x2b ? '++' : '--', 2), 'operator');
        this.skipArithmeticBlanks();
        return node;
      }
      let op = at;
      while (isBlank(this.code(op))) op++;
      const sign = this.code(op);
      const assigns = sign === 0x3d ? this.code(op + 1) !== 0x3d : (sign === 0x2b || sign === 0x2d) && this.code(op + 1) === 0x3d;
      if (assigns) {
        const name = this.node('variable_name', true, start, at);
        this.pos = op;
        const operator = sign === 0x3d ? this.token('=', 1) : this.token(sign === 0x2b ? '+=' : '-=', 2);
        this.skipArithmeticBlanks();
        const right = this.arithmeticSum();
        const node = this.node('binary_expression', true, start, right.endIndex);
        node.add(name, 'left');
        node.add(operator, 'operator');
        node.add(right, 'right');
        return node;
      }
    }
    const left = this.arithmeticSum();
    const comparison = this.comparisonOperator();
    if (!comparison) return left;
    const operator = this.token(comparison, comparison.length);
    this.skipArithmeticBlanks();
    const right = this.arithmeticSum();
    if (this.comparisonOperator()) decline();
    const node = this.node('binary_expression', true, start, right.endIndex);
    node.add(left, 'left');
    node.add(operator, 'operator');
    node.add(right, 'right');
    return node;
  }

  /** `<`, `<=`, `>`, `>=`, `==`, `!=` at `pos` (not `<<`, `>>`), or null. */
  private comparisonOperator(): string | null {
    const c = this.code();
    const next = this.code(this.pos + 1);
    if (c === 0x3c || c === 0x3e) {
      if (next === c) decline(); // shifts
      return next === 0x3d ? (c === 0x3c ? '<=' : '>=') : c === 0x3c ? '<' : '>';
    }
    if ((c === 0x3d || c === 0x21) && next === 0x3d) return c === 0x3d ? '==' : '!=';
    return null;
  }

  private skipArithmeticBlanks(): void {
    while (isBlank(this.code())) this.pos++;
  }

  private arithmeticSum(): BashNode {
    let left = this.arithmeticProduct();
    for (;;) {
      const c = this.code();
      if (!(c === 0x2b || c === 0x2d)) return left;
      const next = this.code(this.pos + 1);
      if (next === c || next === 0x3d) decline(); // `++`, `--`, `+=`, `-=`
      left = this.arithmeticBinary(left, () => this.arithmeticProduct());
    }
  }

  private arithmeticProduct(): BashNode {
    let left = this.arithmeticPrimary();
    for (;;) {
      const c = this.code();
      if (!(c === 0x2a || c === 0x2f || c === 0x25)) return left;
      const next = this.code(this.pos + 1);
      if (next === 0x2a || next === 0x3d) decline(); // `**`, `*=`…
      left = this.arithmeticBinary(left, () => this.arithmeticPrimary());
    }
  }

  private arithmeticBinary(left: BashNode, right: () => BashNode): BashNode {
    const operator = this.token(this.src[this.pos], 1);
    this.skipArithmeticBlanks();
    const rightNode = right();
    const node = this.node('binary_expression', true, left.startIndex, rightNode.endIndex);
    node.add(left, 'left');
    node.add(operator, 'operator');
    node.add(rightNode, 'right');
    return node;
  }

  private arithmeticPrimary(): BashNode {
    const start = this.pos;
    const c = this.code();
    let node: BashNode;
    if (c === 0x28) {
      node = this.node('parenthesized_expression', true, start, start);
      node.add(this.token('(', 1));
      this.skipArithmeticBlanks();
      node.add(this.arithmeticSum());
      // `))` here would be read as the end of the expansion.
      if (this.code() !== 0x29 || this.code(this.pos + 1) === 0x29) decline();
      node.add(this.token(')', 1));
      node.endIndex = this.pos;
    } else if (c >= 0x30 && c <= 0x39) {
      while (this.code() >= 0x30 && this.code() <= 0x39) this.pos++;
      // Octal, hexadecimal and based numbers (`010`, `0x1f`, `2#101`) are not built here.
      if ((c === 0x30 && this.pos - start > 1) || isNameChar(this.code()) || this.code() === 0x23) decline();
      node = this.node('number', true, start, this.pos);
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f) {
      while (isNameChar(this.code())) this.pos++;
      if (this.code() === 0x5b || this.code() === 0x3d) decline(); // subscripts, assignments
      node = this.node('variable_name', true, start, this.pos);
    } else if (c === 0x24) {
      const next = this.code(start + 1);
      if (!((next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a) || next === 0x5f)) decline();
      node = this.dollar();
    } else {
      decline();
    }
    this.skipArithmeticBlanks();
    return node;
  }

  private commandSubstitution(): BashNode {
    const start = this.pos;
    const node = this.node('command_substitution', true, start, start);
    node.add(this.token('$(', 2));
    this.substitutionBody(node);
    return node;
  }

  /** Inside `` `…` ``: a backquote ends words and statements. */
  private inBackticks = false;

  /** How many backquotes the source holds (counted when the first is met). */
  private backquotes = -1;

  /** `` `command` ``, when its text holds no backslash (which bash processes again there) and no nested backquotes. */
  private backticks(): BashNode {
    if (this.inBackticks) decline();
    // Several backquoted commands on one line may be read as one by tree-sitter-bash.
    if (this.backquotes === -1) this.backquotes = this.src.split('`').length - 1;
    if (this.backquotes !== 2) decline();
    const start = this.pos;
    const close = this.src.indexOf('`', start + 1);
    if (close < 0) decline();
    const body = this.src.slice(start + 1, close);
    if (body.includes('\\') || /^\s*$/.test(body) || this.pending.length) decline();
    const node = this.node('command_substitution', true, start, start);
    node.add(this.token('`', 1));
    this.inBackticks = true;
    const inArgument = this.inArgument;
    const specialParts = this.specialParts;
    this.inArgument = false;
    try {
      this.statements(node, '`', null);
    } finally {
      this.inBackticks = false;
      this.inArgument = inArgument;
      this.specialParts = specialParts;
    }
    if (this.pos !== close || this.pending.length) decline();
    node.add(this.token('`', 1));
    node.endIndex = this.pos;
    return node;
  }

  private processSubstitution(): BashNode {
    const start = this.pos;
    const node = this.node('process_substitution', true, start, start);
    node.add(this.token(this.code() === 0x3c ? '<(' : '>(', 2));
    this.substitutionBody(node);
    return node;
  }

  private substitutionBody(node: BashNode): void {
    if (this.pending.length) decline(); // a here-doc line continuing inside a substitution
    // Inside, words are a new command's: not the argument being read around it.
    const inArgument = this.inArgument;
    const specialParts = this.specialParts;
    this.inArgument = false;
    try {
      this.statements(node, ')', null);
    } finally {
      this.inArgument = inArgument;
      this.specialParts = specialParts;
    }
    if (this.code() !== 0x29) decline();
    if (!node.children.some((child) => child.isNamed)) decline();
    if (this.pending.length) decline();
    node.add(this.token(')', 1));
    node.endIndex = this.pos;
  }
}

/**
 * Parses a bash command line into a tree equal to tree-sitter-bash's, or returns
 * null when the line uses syntax this parser does not handle with certainty.
 */
export function parseBashFast(source: string): BashNode | null {
  try {
    return new Parser(source).parseProgram();
  } catch (error) {
    if (error instanceof Decline) return null;
    // A bug here must not become a wrong tree: the caller falls back to tree-sitter.
    return null;
  }
}

/** Whether the command at the right edge of a list or pipeline ends with a `-` word. */
function endsInDash(node: BashNode): boolean {
  let edge: BashNode = node;
  while ((edge.type === 'list' || edge.type === 'pipeline') && edge.childCount > 0) edge = edge.children[edge.childCount - 1] as BashNode;
  return edge.type === 'command' && edge.childCount >= 2 && edge.children[edge.childCount - 1].text === '-';
}
