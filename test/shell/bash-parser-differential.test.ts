// The TypeScript bash parser against tree-sitter-bash, its oracle: for every line
// the fast parser accepts, its tree must equal tree-sitter's (node types, field
// names, anonymous tokens, positions and texts, compared as one S-expression), and
// it must decline every line where tree-sitter finds an ERROR or MISSING node.
// Lines: every command of the repository's corpora, hand-written agent commands,
// and thousands from a grammar-based generator with a fixed seed (set
// SAFECLAW_PARSER_SEED to explore others; SAFECLAW_PARSER_LINES for more lines).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { parse } from 'yaml';
import { parseBashFast } from '../../src/shell/bash-parser/parse.js';
import type { ShellNode } from '../../src/shell/bash-parser/node.js';
import { parseBash, prepareParser } from '../../src/shell/parser.js';

before(() => prepareParser());

/**
 * The one place the TypeScript parser follows bash rather than tree-sitter:
 * tree-sitter-bash drops a `-` argument right before a here-doc (`kubectl apply
 * -f - <<EOF`), which bash passes (test/shell/skipped-text.test.ts checks that
 * with bash). The command before a here-doc is compared as tree-sitter builds
 * it: without that word, ending at the word before it.
 */
function dropsDash(parent: ShellNode, index: number): boolean {
  const child = parent.children[index];
  const next = parent.children[index + 1];
  if (parent.type !== 'redirected_statement' || child.type !== 'command' || next?.type !== 'heredoc_redirect') return false;
  return child.childCount >= 2 && child.children[child.childCount - 1].text === '-';
}

/** A node and everything under it, with fields, anonymous tokens, positions and texts. */
function sexp(node: ShellNode, field: string | null = null, indent = '', bashDash = false, dropDash = false): string {
  const kept = dropDash ? node.children.slice(0, -1) : node.children;
  const end = dropDash ? kept[kept.length - 1].endIndex : node.endIndex;
  const text = dropDash ? node.text.slice(0, end - node.startIndex) : node.text;
  const head = `${indent}${field ? `${field}: ` : ''}(${node.isNamed ? node.type : JSON.stringify(node.type)} ${node.startIndex}-${end} ${JSON.stringify(text)}`;
  const children = kept.map((child, i) => '\n' + sexp(child, node.fieldNameForChild(i), indent + '  ', bashDash, bashDash && dropsDash(node, i)));
  return head + children.join('') + ')';
}

/** A node and everything under it without texts: types, fields and positions. */
function shape(node: ShellNode, field: string | null = null): string {
  return `(${field ? `${field}: ` : ''}${node.type} ${node.startIndex}-${node.endIndex}${node.children.map((child, i) => ' ' + shape(child, node.fieldNameForChild(i))).join('')})`;
}

/** Where the fast tree has a `0` file descriptor (`cat 0<x`). */
function zeroDescriptors(node: ShellNode, out: number[] = []): number[] {
  if (node.type === 'file_descriptor' && node.text === '0') out.push(node.startIndex);
  for (const child of node.children) zeroDescriptors(child, out);
  return out;
}

function hasError(node: ShellNode): boolean {
  if (node.type === 'ERROR' || node.isMissing) return true;
  return node.hasError;
}

interface Outcome {
  accepted: number;
  declined: number;
  failures: string[];
}

function compare(lines: Iterable<string>): Outcome {
  const outcome: Outcome = { accepted: 0, declined: 0, failures: [] };
  for (const line of lines) {
    let fast = parseBashFast(line);
    if (!fast) {
      outcome.declined++;
      continue;
    }
    outcome.accepted++;
    // tree-sitter-bash reads `cmd 0<x` as an argument `0` then `<x`; bash, and this parser, as a
    // redirection of descriptor 0. Such a line is compared as tree-sitter reads it with descriptor 5
    // there (which it reads as bash does), and its fast tree must have that line's shape.
    const zeroes = zeroDescriptors(fast);
    let oracleLine = line;
    for (const at of zeroes) oracleLine = oracleLine.slice(0, at) + '5' + oracleLine.slice(at + 1);
    if (zeroes.length > 0) {
      const five = parseBashFast(oracleLine);
      if (!five || shape(five) !== shape(fast)) {
        outcome.failures.push(`descriptor 0 and descriptor 5 read differently in ${JSON.stringify(line)}`);
        continue;
      }
      fast = five;
    }
    const tree = parseBash(oracleLine);
    try {
      if (hasError(tree.rootNode)) {
        outcome.failures.push(`accepted a line tree-sitter cannot parse: ${JSON.stringify(oracleLine)}\n${sexp(tree.rootNode)}`);
        continue;
      }
      const expected = sexp(tree.rootNode);
      const actual = sexp(fast, null, '', true);
      if (expected !== actual) {
        const want = expected.split('\n');
        const got = actual.split('\n');
        const at = want.findIndex((l, i) => l !== got[i]);
        const context = (lines: string[]) => lines.slice(Math.max(0, at - 3), at + 4).join('\n');
        outcome.failures.push(`tree differs for ${JSON.stringify(oracleLine)} at line ${at + 1}\n--- tree-sitter\n${context(want)}\n--- fast parser\n${context(got)}`);
      }
    } finally {
      tree.delete();
    }
  }
  return outcome;
}

function report(outcome: Outcome): string {
  return `${outcome.failures.length} failures (${outcome.accepted} accepted, ${outcome.declined} declined):\n\n${outcome.failures.slice(0, Number(process.env.SAFECLAW_PARSER_SHOW ?? 8)).join('\n\n')}`;
}

// ---- the repository's corpora ----

function commandsIn(value: unknown, out: string[]): void {
  if (Array.isArray(value)) for (const item of value) commandsIn(item, out);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'command' && typeof inner === 'string') out.push(inner);
      else commandsIn(inner, out);
    }
  }
}

function corpusCommands(): string[] {
  const files = [new URL('./corpus.yaml', import.meta.url).pathname];
  const issue11 = new URL('./issue11/', import.meta.url).pathname;
  for (const name of readdirSync(issue11)) if (name.endsWith('.yaml')) files.push(join(issue11, name));
  const out: string[] = [];
  for (const file of files) commandsIn(parse(readFileSync(file, 'utf8')), out);
  return out;
}

/** Commands as agents write them, each construct the parser claims. */
const AGENT_LINES = [
  'git status', 'git diff --stat HEAD~1', 'npm test', 'npm run build && npm test', 'cd src && ls -la',
  'ls -la | grep ts | wc -l', 'cat package.json | jq .version', 'grep -rn "TODO" src/ | head -20',
  'echo "hello world" > out.txt', 'echo hi >> log.txt 2>&1', 'make build 2>/dev/null || echo failed',
  'npm ci; npm run lint; npm test', 'sleep 1 &', 'python3 -m pytest -x -q tests/', "sed -i 's/a/b/g' file.txt",
  'find . -name "*.ts" -not -path "./node_modules/*"', 'find . -name "*.tmp" -exec rm {} \\;', 'ls | xargs -I{} cp {} /tmp/{}', 'echo a[1] {a,b}', 'X=1 Y=2 make', 'NODE_ENV=production node dist/index.js',
  'export PATH=/tmp:$PATH', 'export FOO=bar', 'export A=1 B', 'local x="$1"', 'declare -a arr=(1 2)', 'unset x y', 'readonly X', 'export -p', 'FOO=bar', 'A=1 B=2', 'arr=(a b "c d")', 'x=$(git rev-parse HEAD)', 'i=$((i+1))', 'echo $((10/3+1))', 'echo "$((4*5))"',
  'echo "$HOME/bin" "${USER}" $1 $@ $? $# $$ $!', 'echo $(date +%s) "$(whoami)"', 'diff <(sort a) <(sort b)',
  'tee >(wc -l) < in.txt', "cat <<'EOF' > config.yaml\nkey: value\nother: 1\nEOF", 'cat > notes.md <<EOF\n# Notes\nplain text\nEOF',
  'cat <<EOF | kubectl apply -f -\napiVersion: v1\nkind: Namespace\nEOF', 'grep x <<< "some text"', 'wc -c <<< hello',
  'for f in *.ts; do echo $f; done', 'for i in 1 2 3\ndo\n  echo $i\ndone', 'while read line; do echo "$line"; done < input.txt',
  'until curl -s localhost:8080; do sleep 1; done', 'if [ -f x ]; then echo yes; fi', '[ "$a" = b ]', '[ -n "$x" ] && echo set', '[ ! -d build ] || rm -rf build', '[ $# -eq 0 ]', '[ -z "$(git status --porcelain)" ]', 'if test -f x; then echo yes; else echo no; fi',
  'if grep -q foo bar.txt; then echo found; elif true; then :; else exit 1; fi', '(cd sub && make)', '{ echo a; echo b; } > both.txt',
  'ls # list files', '# just a comment\nls', 'a && b || c && d', 'a | b |& c', '! grep -q x f', 'echo a\\ b c\\"d',
  "echo 'single' \"double\" $'ansi\\n' mixed\"q\"'s'", 'kubectl get pods -n dev -o json | jq ".items[].metadata.name"',
  'docker run --rm -v "$PWD:/src" -w /src node:20 npm test', 'terraform plan -out=tfplan && terraform show -json tfplan > plan.json',
  'echo 1 -2 0x1f 10#7 a1', 'cmd 3>&1 1>&2 2>&3', '2>/dev/null cmd', '>out cmd a', 'X=1 >out cmd', '2>&1 >f ls -la', '<in cmd | wc', '>out', '0<x terraform apply', 'ls | X=1 >f cat', 'cat <<-EOF\n\tline $x\n\t\tmore\n\tEOF', 'cat <<EOF\n  indented $x\nEOF', "cat <<-'EOF'\n\tline\n\tEOF",
  'cat > values.yaml <<EOF\nreplicas: 2\nimage: api:$TAG\nEOF', 'ENVIRONMENT="${1:-dev}"\nls', 'if [[ "$E" == "prod" ]]; then exit 1; fi', 'cmd > out arg', 'exec 3<&-', 'cmd &> all.log', 'cmd &>> all.log',
  'true; false', 'echo ; echo', 'f() { echo x; }', 'echo done fi then', 'echo {a,b}', 'echo $((1+2))', 'echo `date`', 'x=`git rev-parse HEAD`', 'echo "a `ls` b"', 'f() { ls; }', 'function g { ls; }', 'deploy() { kubectl apply -f k8s/; }; deploy',
  'case $x in a) echo;; esac', '[[ -f x ]]', '(( i++ ))', '((count += 1))', 'while (( i < 3 )); do i=$((i+1)); done', 'echo ${x:-default}', 'echo "${TAG:-latest}"', 'echo ${x:=$(ls)}', 'echo ${#x}', 'cd ${DIR:-.}', 'echo ${#x}', 'ls ~', 'ls *.ts',
  "echo \"it's\"", 'echo "a \\"quoted\\" word"', 'echo "$(ls "$dir")"', 'echo "x $y z"', 'echo "$a $b"', 'echo " $a"',
  'x=', 'x= cmd', 'x+=y', 'cmd\n\n\ncmd2', '  spaced   out  ', 'a;b;c', 'a&b', 'echo a>b', 'echo a<b', 'echo $ x',
];

// ---- the generator ----

/** mulberry32: a small seeded PRNG, so every run checks the same lines. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Generator {
  private readonly random: () => number;
  private depth = 0;

  /** `tame`: mostly the constructs agents write, so that many lines reach the parser's every branch. */
  constructor(
    seed: number,
    private readonly tame = false,
  ) {
    this.random = prng(seed);
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }

  private chance(p: number): boolean {
    return this.random() < p;
  }

  private times(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  private static readonly PLAIN = [
    'ls', 'git', 'status', '-la', '--flag=v', 'a', 'b1', '1', '-2', '0x1f', '10#7', '1a', 'x.txt', './run.sh', '/usr/bin/env', 'a=b',
    'a==b', '@x', '%1', '+x', ':', '.', '..', '-', '--', 'a,b', 'http://h:80/p?q', 'done', 'fi', 'then', 'in', 'do', 'if', 'esac',
    'time', 'coproc', 'export', 'declare', 'local', 'function', '!', 'a#b', 'a\\ b', '\\$x', '\\"', "\\'", '\\;', '\\\\', '\\#',
    'é', 'a~b', '~', '*', '?', 'a*b', '{', '}', '[', ']', '{}', 'a]b', 'x{y}', '=x', 'a=', 'A_1=2', '_x', '-I{}', '{a,b}', '{1..3}', 'a[1]', '[abc]', '{#', 'x{', '{x', '[]', '{}x', '}{', 'a[$x]', '"a"{b}', '{-1..2}',
  ];

  private static readonly NAMES = ['x', 'HOME', 'PATH', '1', '@', '?', '#', '$', '!', '-', '*', '_', 'a_b', 'x1', '0'];

  private static readonly TAME = ['ls', 'git', 'status', '-la', '--flag=v', 'a', 'b1', '1', 'x.txt', './run.sh', 'a=b', ':', '.', '-', '--', 'a,b', 'http://h:80/p?q', 'done', 'in', 'a#b', 'a\\ b', '\\$x'];

  part(): string {
    if (this.tame && this.chance(0.75)) {
      return this.chance(0.7) ? this.pick(Generator.TAME) : this.pick(["'a b'", '"a b"', '"$x"', '$x', '${HOME}', '"a $x"', '$(ls)', '"$(git rev-parse HEAD)"', '<(ls)', "$'a'"]);
    }
    const deep = this.depth > 2;
    switch (this.times(0, deep ? 7 : 14)) {
      case 0:
      case 1:
      case 2:
        return this.pick(Generator.PLAIN);
      case 3:
        return `'${this.pick(['', 'a b', 'it"s', '$x', '\\n', '#', ' ', 'a\nb'])}'`;
      case 4:
        return `"${this.stringBody()}"`;
      case 5:
        return `$${this.pick(Generator.NAMES)}`;
      case 6:
        return `\${${this.pick(['x', 'HOME', 'a_b', '1', '#x', 'x:-d', 'x-d', 'x:=v', 'x%%.*', 'x#*/', 'x/a/b', '!x', 'x[0]', 'x:1:2', '@', '', 'x:-a b', 'x:-1', 'x:-"q $y"', 'x:-$(ls)', 'x:-$y', 'x:+/p', 'x?e', 'x:-', 'x:-a}b', 'x:-${y}', "x:-'q'", 'x:--', 'x:-a.b/c', 'x-', '1:-dev', '10:-x', '#1', '0', '1:+v', '12', '1:-$x', '01', '1x', '1:-', '#10'])}}`;
      case 7:
        return `$'${this.pick(['a', '\\n', "\\'", '\\x41', 'a b', '', '\\\\'])}'`;
      case 8:
      case 9:
        return this.wrap('$(', ')');
      case 10:
        return this.wrap(this.pick(['<(', '>(']), ')');
      case 11:
        return this.pick(['`ls`', '`git rev-parse HEAD`', '` `', '`ls | wc -l`', '`a \\` b`', '`echo "$x"`', '`ls`x', 'a`ls`', '`$(ls)`', '$((1+2))', '$((x*2))', '$(( a * (b - 2) ))', '$((i+1))', '$((1-2-3))', '$(( $x / 2 % 3 ))', '$((010))', '$((2**3))', '$((-1))', '$(((1+2)))', '$(( (1) ))', '$((i++))', '$((a[1]))', '$((x=1))', '$((1 <2))', '$(($(ls)))', '$((0))', '$((0x1))', '$((${x}))', '$((1\n+2))', '$((\t1 ))', '$((_a))', '$(( ))', '`date`', '$"t"', '$', '{a,b}', '{1..3}', '$[1]', '$(( i ))']);
      case 12:
        return this.pick(['a', 'x']) + this.part();
      case 13:
        return this.part() + this.part();
      default:
        return this.pick(Generator.PLAIN);
    }
  }

  private wrap(open: string, close: string): string {
    this.depth++;
    const inner = this.chance(0.9) ? this.list() : '';
    this.depth--;
    return `${open}${this.chance(0.2) ? ' ' : ''}${inner}${this.chance(0.2) ? ' ' : ''}${close}`;
  }

  private stringBody(): string {
    const pieces: string[] = [];
    for (let i = this.times(0, 3); i > 0; i--) {
      pieces.push(
        this.pick([
          'text', 'a b', ' ', '  ', "it's", '\\"', '\\$', '\\\\', '\\n', '#', 'x\ny', '$x', '${x}', '$1', '$@', '$(ls)', '$(echo "a b")',
          '`date`', '$((1+1))', '$', '!', '*',
        ]),
      );
    }
    return pieces.join('');
  }

  word(): string {
    const parts = this.chance(0.7) ? 1 : this.times(2, 3);
    let out = '';
    for (let i = 0; i < parts; i++) out += this.part();
    return out;
  }

  private static readonly REDIRECTS = ['>', '>>', '<', '2>', '2>>', '&>', '&>>', '>&', '<&', '>|', '2>&', '1>', '<>', '3<', '0<', '0>&'];

  redirect(): string {
    const roll = this.times(0, 9);
    if (roll === 0) return this.pick(['2>&1', '>&2', '1>&2', '<&0', '>&-', '3<&-', '2>/dev/null', '>/dev/null']);
    if (roll === 1) return `<<< ${this.word()}`;
    return `${this.pick(Generator.REDIRECTS)}${this.chance(0.5) ? ' ' : ''}${this.word()}`;
  }

  simple(): string {
    const words: string[] = [];
    for (let i = this.chance(0.2) ? this.times(1, 2) : 0; i > 0; i--) {
      words.push(`${this.pick(['X', 'FOO', 'PATH', 'a', '_b', '_'])}${this.pick(['=', '+='])}${this.chance(0.2) ? '' : this.chance(0.2) ? `(${this.word()} ${this.word()})` : this.word()}`);
    }
    // Redirections before the program name, among its assignments.
    for (let i = this.chance(0.15) ? this.times(1, 2) : 0; i > 0; i--) words.splice(this.times(0, words.length), 0, this.redirect());
    if (words.length === 0 || this.chance(0.8)) {
      words.push(this.chance(0.6) ? this.pick(['ls', 'git', 'echo', 'cat', 'grep', 'kubectl', 'npm', 'rm', 'cd', 'test', 'printf']) : this.word());
      for (let i = this.times(0, 4); i > 0; i--) words.push(this.chance(0.2) ? this.redirect() : this.word());
    }
    return words.join(this.pick([' ', ' ', '  ', '\t']));
  }

  statement(): string {
    const deep = this.depth > 2;
    const roll = this.times(0, deep ? 5 : this.tame ? 12 : 15);
    if (roll <= 5) return this.simple();
    this.depth++;
    try {
      switch (roll) {
        case 6:
          return `(${this.pick(['', ' '])}${this.list()}${this.pick(['', ' '])})${this.chance(0.2) ? ' ' + this.redirect() : ''}`;
        case 7:
          return `{ ${this.list()}${this.pick([';', '\n', ' ;', ''])} }${this.chance(0.2) ? ' ' + this.redirect() : ''}`;
        case 8:
          return `if ${this.list()}${this.term()}then ${this.list()}${this.term()}${this.chance(0.3) ? `elif ${this.list()}${this.term()}then ${this.list()}${this.term()}` : ''}${this.chance(0.4) ? `else ${this.list()}${this.term()}` : ''}fi`;
        case 9:
          return `for ${this.pick(['i', 'f', 'PATH', '1x'])}${this.chance(0.8) ? ` in ${Array.from({ length: this.times(0, 3) }, () => this.word()).join(' ')}` : ''}${this.term()}do ${this.list()}${this.term()}done${this.chance(0.2) ? ' ' + this.redirect() : ''}`;
        case 10:
          return `${this.pick(['while', 'until'])} ${this.list()}${this.term()}do ${this.list()}${this.term()}done${this.chance(0.3) ? ' ' + this.redirect() : ''}`;
        case 11:
          return this.heredoc();
        case 12: {
          const roll = this.times(0, 2);
          if (roll === 0) return `! ${this.simple()}`;
          if (roll === 1) return this.test();
          const items = Array.from({ length: this.times(0, 3) }, () => this.pick(['X', 'a_b', 'PATH', '1x', '-x', '-p', '+r', '-1', 'X=1', 'X=', '_=1', 'Y+=v', 'a=$x', 'b=(1 2)', '"q"', 'x[1]=2', this.word()]));
          return `${this.pick(['export', 'declare', 'local', 'readonly', 'typeset', 'unset', 'unsetenv'])} ${items.join(this.pick([' ', '  ', '\t']))}`;
        }
        case 13:
          return this.pick(['f() { ls; }', 'function g { ls; }', 'f() ( ls )', 'function h() { ls; }', 'f() { ls; } > out', 'f() { ls; } > a 2>&1', 'f () { ls; }', 'function { ls; }', 'f() { ls; }; f', 'do() { ls; }', 'f-x() { ls; }', 'function f ( ls )', 'f(){ ls; }', 'f() {ls; }', 'case $x in a) ls;; esac', '[[ -n $x ]]', '[ -f x ]', '(( x++ ))', 'select x in a; do ls; done', 'for ((i=0;i<3;i++)); do ls; done', 'declare -a x', 'unset x']);
        default:
          return `${this.simple()} ${this.pick(['#', '# comment', '#x'])}\n${this.simple()}`;
      }
    } finally {
      this.depth--;
    }
  }

  /** `[[ … ]]`: comparisons whose right side tree-sitter-bash reads as a word, a glob or a regex by its letters, joined by `&&` and `||`. */
  doubleTest(): string {
    const operand = () =>
      this.chance(0.85)
        ? this.pick(['x', '"$x"', '$x', '1', "'a b'", '"$(ls)"', '${HOME}', '"prod"', 'prod', 'y', '*.ts', '$(ls)', '""', '"a b"', "'q'", '${1:-x}', 'a1', 'x_y', 'v1.2', '-x', '!', '(', ']]', '&&'])
        : this.word();
    const space = () => this.pick([' ', ' ', '  ', '\t', '']);
    const one = (): string => {
      switch (this.times(0, 4)) {
        case 0:
          return operand();
        case 1:
          return `${this.pick(['-f', '-d', '-n', '-z', '-x', '-q', '-fx', '-', '-e'])}${space()}${operand()}`;
        case 2:
          return `! ${this.pick(['-f', '-d', '-e', '-n'])} ${operand()}`;
        case 3:
          return `${operand()} ${this.pick(['=', '==', '!=', '==', '!=', '-eq', '-lt', '-ge', '<', '>', '=~', '-a', '-o', '-nt'])}${space()}${operand()}`;
        default:
          return `${this.pick(['(', '! ', '', '( '])}${operand()}${this.pick([')', '', ' )'])}`;
      }
    };
    let out = one();
    for (let i = this.chance(0.4) ? this.times(1, 3) : 0; i > 0; i--) out += ` ${this.pick(['&&', '||', '&&', '-a', '&&\n'])}${space()}${one()}`;
    return `[[${space()}${out}${space()}${this.pick([']]', ']]', ']] x', ']]; echo', ']', '', ' ]]'])}`;
  }

  /** `(( … ))` as a command, where tree-sitter-bash reads an arithmetic expression. */
  arithmeticCommand(): string {
    const space = () => this.pick([' ', '', '  ', '\t']);
    const expression = this.pick([
      'i++', 'i--', 'x', 'i < 3', 'i<=n', 'a == b', 'a != 1', 'x += 2', 'x=1', 'x -= y', '1 + 2 * 3', '(a + 1) > b', 'a < b < c', 'i++ + 1',
      '$x > 1', 'x ? 1 : 2', '!x', 'x << 1', 'a && b', 'arr[1]', '-1', '010', 'i+++1', '++i', ' ', '', 'x >= $y', 'n % 2 == 0', 'a = b = 1',
      'x+=1', 'i++ ', 'a >> 1', 'x == (1)', '${x} < 2', 'a, b', 'x **= 2', 'count-- > 0', 'A_1 < 10',
    ]);
    const arith = `((${space()}${expression}${space()}))`;
    return this.pick([arith, `while ${arith}; do ls; done`, `if ${arith}; then ls; fi`, `${arith} && echo y`, `ls | ${arith}`, `${arith} > f`, `x; ${arith}`, `${arith}x`, `( ${arith} )`]);
  }

  private test(): string {
    if (this.chance(0.4)) return this.doubleTest();
    const operand = () => (this.tame && this.chance(0.6) ? this.pick(['x', '"$x"', '$x', '1', "'a b'", '"$(ls)"', '${HOME}']) : this.word());
    const space = () => this.pick([' ', ' ', '  ', '\t', '']);
    switch (this.times(0, 4)) {
      case 0:
        return `[${space()}${operand()}${space()}]`;
      case 1:
        return `[ ${this.pick(['-f', '-d', '-n', '-z', '-x', '-q', '-fx', '-'])}${space()}${operand()} ]`;
      case 2:
        return `[ ! ${this.pick(['-f', '-d', '-e'])} ${operand()}${space()}]`;
      case 3:
        return `[ ${operand()} ${this.pick(['=', '==', '!=', '-eq', '-lt', '-ge', '<', '-a', '-o'])} ${operand()} ]`;
      default:
        return `[ ${operand()} ${operand()} ${this.pick([']', '] x', ']]', ''])}`;
    }
  }

  /** Here-doc body lines: expansions where tree-sitter-bash's scanner cuts text in its own ways (line starts, after blanks, after the delimiter's first letters). */
  private static readonly HEREDOC_LINES = [
    'line', 'key: value', '$x', 'a $(ls) b', '`date`', 'back\\slash', '  indented', '\tTAB', '', 'EOFX', "it's", 'image: api:$TAG', '${x}', '${x:-d}',
    'a$x.b', '$1', '$ ', 'x $', '$x$y', '$x$1', '${x}EOF', '$xEOF', 'E$x', 'EO$x', '  $x', '\t$x', '$((1))', '\\$x', 'a\\\\$x', '$x:$y', '$(echo a)b',
    'a ${HOME}/b', '$_x', 'é$x', '$é', '"$x"', "'$x'", '$x\\', ' ', '\t', '$', 'a $', '$x ', '${x:-"a b"}', '$(ls\n)', '$(cat <<X\nX\n)',
    '$@ $# $?', 'a\\', '$x\\$y', '{"k": "$V"}', '$x-$y', '$HOME/bin', '${#x}', '${x%y}', '$[1]', '$"t"', "$'t'", '${x}${y}', 'E', '  E$x', '\\\n$x', '${1:-a}', '${10}',
  ];

  heredoc(): string {
    return `${this.pick(['cat', 'tee x', 'kubectl apply -f -', 'bash'])} <<${this.pick(['', '-'])}${this.pick(['EOF', "'EOF'", '"EOF"', 'END'])}${this.pick(['', ' > out', ' | grep x', ' | sh', ' && echo ok', ' >> f 2>&1'])}\n${this.heredocBody()}${this.pick(['EOF', '\tEOF', 'END', 'EOF '])}`;
  }

  heredocBody(): string {
    return Array.from({ length: this.times(0, 4) }, () => this.pick(Generator.HEREDOC_LINES) + '\n').join('');
  }

  private term(): string {
    return this.pick(['; ', ';', '\n', ' ;\n', '& ', ' ']);
  }

  pipeline(): string {
    const parts = [this.statement()];
    for (let i = this.chance(0.3) ? this.times(1, 2) : 0; i > 0; i--) parts.push(this.pick([' | ', '|', ' |& ', ' |\n']), this.statement());
    return parts.join('');
  }

  list(): string {
    let out = this.pipeline();
    for (let i = this.chance(0.3) ? this.times(1, 2) : 0; i > 0; i--) out += this.pick([' && ', ' || ', '&&', ' &&\n', '; ', ';', '\n', ' & ', ' # c\n']) + this.pipeline();
    return out;
  }

  line(): string {
    let out = this.list();
    if (this.chance(0.15)) out = this.pick(['  ', '\n', '# c\n', '\t']) + out;
    if (this.chance(0.15)) out += this.pick([';', ' &', '\n', ' ', ' # end', ';;', '\\']);
    return out;
  }
}

const SEED = Number(process.env.SAFECLAW_PARSER_SEED ?? 20261202);
const LINES = Number(process.env.SAFECLAW_PARSER_LINES ?? 6000);

// A parser loop that makes no progress would hang the suite: each test has a time limit.
describe('the TypeScript bash parser builds tree-sitter-bash trees, or declines', { timeout: 120_000 }, () => {
  test('on every command of the repository corpora', () => {
    const commands = corpusCommands();
    assert.ok(commands.length > 500, `only ${commands.length} corpus commands found`);
    const outcome = compare(commands);
    assert.equal(outcome.failures.length, 0, report(outcome));
    // The parser is only useful if it takes most of what agents write.
    assert.ok(outcome.accepted > commands.length * 0.6, `accepted only ${outcome.accepted} of ${commands.length}`);
  });

  test('on hand-written agent commands', () => {
    const outcome = compare(AGENT_LINES);
    assert.equal(outcome.failures.length, 0, report(outcome));
    assert.ok(outcome.accepted > AGENT_LINES.length * 0.6, `accepted only ${outcome.accepted} of ${AGENT_LINES.length}`);
  });

  test(`on ${LINES} generated lines (seed ${SEED})`, () => {
    const wild = new Generator(SEED);
    const tame = new Generator(SEED + 1, true);
    const lines = Array.from({ length: LINES }, (_, i) => (i % 2 ? tame : wild).line());
    const outcome = compare(lines);
    assert.equal(outcome.failures.length, 0, report(outcome));
    assert.ok(outcome.accepted > LINES * 0.1, `accepted only ${outcome.accepted} of ${LINES}`);
  });

  test('on 3000 generated [[ … ]] tests', () => {
    const generator = new Generator(SEED + 3);
    const lines = Array.from({ length: 3000 }, (_, i) => (i % 3 ? generator.doubleTest() : `if ${generator.doubleTest()}; then ls; fi`));
    const outcome = compare(lines);
    assert.equal(outcome.failures.length, 0, report(outcome));
    assert.ok(outcome.accepted > 200, `accepted only ${outcome.accepted} of ${lines.length}`);
  });

  test('on 2000 generated (( … )) commands', () => {
    const generator = new Generator(SEED + 4);
    const lines = Array.from({ length: 2000 }, () => generator.arithmeticCommand());
    const outcome = compare(lines);
    assert.equal(outcome.failures.length, 0, report(outcome));
    assert.ok(outcome.accepted > 300, `accepted only ${outcome.accepted} of ${lines.length}`);
  });

  test('on 3000 generated here-docs, their bodies holding expansions', () => {
    const generator = new Generator(SEED + 2);
    const lines = Array.from({ length: 3000 }, (_, i) =>
      i % 2 ? generator.heredoc() + generator.pick(['', '\n', '\necho $x', '; ls']) : `cat > f <<EOF\n${generator.heredocBody()}EOF`,
    );
    const outcome = compare(lines);
    assert.equal(outcome.failures.length, 0, report(outcome));
    const expanded = lines.filter((line) => {
      const tree = parseBashFast(line);
      return tree !== null && /\(heredoc_body [^\n]*\n +\((simple_)?expansion|command_substitution/.test(sexp(tree));
    });
    assert.ok(expanded.length > 400, `accepted only ${expanded.length} here-docs whose body holds an expansion`);
  });
});
