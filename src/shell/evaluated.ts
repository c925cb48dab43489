// Places where bash evaluates text as code although no command is written there.
//
// Arithmetic evaluates a variable's *value* as an arithmetic expression in turn,
// and an expression may hold an array subscript with a command substitution:
// `x='a[$(rm -rf ~)]'; echo $((x))` runs `rm`. The same holds for `(( … ))`,
// the arithmetic operators of `[[ … ]]` (`-eq`, `-lt`…), `let`, integer
// variables (`declare -i`), indexed-array subscripts (`a[$i]`, `${a[i]}`),
// indirect expansion (`${!x}`: the value of x names the variable, subscript
// included) and prompt expansion (`${x@P}`, which runs `$(…)` found in the
// value). Whether such a value is harmless is only known at run time, so the
// place is opaque unless it holds nothing but constants.
//
// Variables that change what later commands run (`PATH`, `IFS`…) can be set
// by more than an assignment: `for PATH in …`, `select`, `read`, `mapfile`,
// `printf -v`, `getopts`, `${PATH:=…}`, a nameref (`declare -n`). Each is opaque.
import type { ShellNode as Node } from './bash-parser/node.js';
import { constantArithmetic } from './words.js';
import { SENSITIVE_VARIABLE } from './wrappers.js';

const ARITHMETIC_TEST = new Set(['-eq', '-ne', '-lt', '-le', '-gt', '-ge']);

/** A subscript bash reads without evaluating anything: a number, `@` or `*`. */
const PLAIN_SUBSCRIPT = /^(\d+|@|\*)$/;

/** Integer literals as bash arithmetic reads them: hex, base#digits, decimal and octal. */
const NUMBER_LITERALS = /\b(0[xX][0-9a-fA-F]+|\d+#[0-9A-Za-z@_]+|\d+)\b/g;

/**
 * An expression with no names in it (`2 ** 10`, `0x10 + 010`, `2#101`, `1 ? 2 : 3`,
 * `$((1)) + 1`): nothing in it is a variable whose value bash could evaluate as
 * code, so it runs nothing, whatever it evaluates to (an error at worst).
 */
export function namelessArithmetic(expression: string): boolean {
  let text = expression;
  // Nested `$(( … ))` with no names: strip from the inside out.
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/\$\(\(([^$()`]*(?:\([^$()`]*\))*[^$()`]*)\)\)/g, (whole, body: string) => (namelessArithmetic(body) ? ' 0 ' : whole));
  }
  return /^[\s\d+\-*/%()<>=!&|^~?:,]*$/.test(text.replace(NUMBER_LITERALS, ' 0 ')) && /\d/.test(text);
}

function arithmeticReason(what: string, expression: string): string | null {
  if (constantArithmetic(expression) !== null || namelessArithmetic(expression)) return null;
  return `${what} \`${expression.trim()}\` is evaluated as arithmetic at run time: a variable's value in it is evaluated as code (an array subscript may run a command)`;
}

function subscriptIndex(node: Node): string {
  const open = node.children.findIndex((c) => c.type === '[');
  const close = node.children.findIndex((c) => c.type === ']');
  if (open < 0 || close < 0) return node.text;
  return node.text.slice(node.children[open].endIndex - node.startIndex, node.children[close].startIndex - node.startIndex);
}

/** Why bash evaluates part of this node as code at run time; null when it does not (or only constants). */
export function evaluatedCodeReason(node: Node): string | null {
  switch (node.type) {
    case 'arithmetic_expansion':
      return arithmeticReason('arithmetic expansion', node.text.replace(/^\$\(\(|\)\)$/g, '').replace(/^\$\[|\]$/g, ''));
    case 'compound_statement':
      if (node.text.startsWith('((')) return arithmeticReason('arithmetic command', node.text.slice(2, -2));
      return null;
    case 'binary_expression': {
      const operator = node.children.find((c) => c.type === 'test_operator');
      if (!operator || !ARITHMETIC_TEST.has(operator.text)) return null;
      for (const operand of node.namedChildren) {
        if (operand.id === operator.id) continue;
        const reason = arithmeticReason(`[[ ${operator.text} ]] operand`, operand.text);
        if (reason) return reason;
      }
      return null;
    }
    case 'unary_expression': {
      const operator = node.children.find((c) => c.type === 'test_operator');
      if (operator?.text === '-v' && node.text.includes('[')) return `[[ -v ]] with a subscript evaluates it as arithmetic at run time`;
      return null;
    }
    case 'subscript': {
      const index = subscriptIndex(node);
      if (PLAIN_SUBSCRIPT.test(index.trim())) return null;
      return `array subscript [${index}] is evaluated as arithmetic at run time (a variable's value in it is evaluated as code)`;
    }
    case 'expansion':
      return expansionReason(node.text);
    case 'declaration_command':
      return declarationReason(node) ?? declaredWordsReason(node);
    case 'unset_command':
      return declaredWordsReason(node);
    default:
      return null;
  }
}

/**
 * Arguments of `declare`/`export`/`local`/`readonly`/`typeset`/`unset` that the
 * parser did not take apart as an assignment or a name: bash removes their quotes
 * and then reads them as one. `export 'PATH=/tmp/x'` sets PATH, and
 * `declare 'a[$(cmd)]=1'` or `unset 'a[$(cmd)]'` evaluates the subscript, running
 * the command. An assignment written so, or a word computed at run time (`declare
 * $X`), is opaque (which variable it sets is not checked here); so is a subscript,
 * unless it is a plain one (`unset 'a[1]'`).
 */
function declaredWordsReason(node: Node): string | null {
  const unset = node.type === 'unset_command';
  const command = unset ? 'unset' : node.text.split(/[\s;&|]/, 1)[0];
  for (const argument of node.namedChildren) {
    if (argument.type === 'variable_assignment' || argument.type === 'variable_name' || argument.type === 'subscript') continue;
    const text = argument.text;
    if (argument.type === 'word' && (text[0] === '-' || text[0] === '+')) continue;
    // `declare $X` assigns too when X holds `PATH=/tmp/x`.
    if (!unset && (text.includes('=') || text.includes('$') || text.includes('`'))) {
      return `${command} ${text} assigns through quoted or computed text, which the analysis does not read as an assignment`;
    }
    const open = text.indexOf('[');
    if (open < 0) continue;
    const close = text.indexOf(']', open);
    const literal = argument.type === 'raw_string' || (argument.type === 'word' && !/[$`\\]/.test(text));
    if (literal && close > open && PLAIN_SUBSCRIPT.test(text.slice(open + 1, close).trim())) continue;
    return `${command} ${text}: bash evaluates the subscript of the name it declares or unsets as arithmetic at run time (a command in it runs)`;
  }
  return null;
}

function expansionReason(text: string): string | null {
  if (text.startsWith('${!') && !/^\$\{!\w+(\*|@|\[[@*]\])\}$/.test(text)) {
    return `indirect expansion ${text}: the variable's value names another variable, whose subscript is evaluated as code`;
  }
  if (/@P\}$/.test(text)) return `prompt expansion ${text} runs command substitutions held in the value`;
  const assigns = /^\$\{(\w+):?=/.exec(text);
  if (assigns && SENSITIVE_VARIABLE.test(assigns[1])) return `${text} may set ${assigns[1]}, which changes what later commands run`;
  return null;
}

/** `declare -i`, `declare -n`, `local -n`…: integer or nameref variables. */
function declarationReason(node: Node): string | null {
  for (const child of node.namedChildren) {
    if (child.type !== 'word') continue;
    if (/^[-+][a-zA-Z]*i/.test(child.text)) return `${child.text} makes assignments arithmetic, evaluated as code at run time`;
    if (/^[-+][a-zA-Z]*n/.test(child.text) && !node.text.startsWith('export')) {
      return `${child.text} makes a name reference: assignments through it set another variable (PATH, IFS…)`;
    }
  }
  return null;
}

/** Builtins that assign to the variables named by their arguments, or bind names (`hash -p`). */
const ASSIGNING_BUILTINS = new Set(['read', 'mapfile', 'readarray', 'getopts', 'unset', 'printf', 'let', 'wait', 'hash', 'test']);

/** An option word of a builtin whose options bash reads getopt-style (`-tC` is `-t -C`). */
const hasOptionLetter = (args: { text: string }[], letter: string) =>
  args.some((a) => a.text.length > 1 && a.text[0] === '-' && a.text !== '--' && a.text.includes(letter));

/**
 * `read PATH`, `printf -v IFS …`, `let x=y`: an assignment to a sensitive
 * variable, or one that evaluates code (a subscript, arithmetic); null otherwise.
 */
export function assigningBuiltinReason(name: string, args: { text: string; dynamic?: string }[]): string | null {
  if (!ASSIGNING_BUILTINS.has(name)) return null;
  if (name === 'hash') {
    // `hash -p /usr/bin/terraform ls`: later `ls` runs terraform, as an alias would make it.
    return hasOptionLetter(args, 'p') ? 'hash -p makes a command name run another file, which the analysis does not follow' : null;
  }
  if (name === 'test') {
    // `test -v 'a[$(cmd)]'` evaluates the subscript, as `[[ -v … ]]` does.
    const at = args.findIndex((a) => a.text === '-v');
    return at >= 0 && args[at + 1]?.text.includes('[') ? 'test -v with a subscript evaluates it as arithmetic at run time' : null;
  }
  if ((name === 'mapfile' || name === 'readarray') && hasOptionLetter(args, 'C')) {
    // `mapfile -C 'cmd' -c 1 < f` runs the callback as code for every line read.
    return `${name} -C runs its callback as a command, which the analysis does not follow`;
  }
  if (name === 'let') {
    const expression = args.map((a) => a.text).join(' ');
    return args.length ? arithmeticReason('let', expression) : null;
  }
  let names: { text: string; dynamic?: string }[];
  if (name === 'printf') {
    const at = args.findIndex((a) => a.text === '-v' || /^-v./.test(a.text));
    if (at < 0) return null;
    const attached = args[at].text.slice(2);
    names = attached ? [{ ...args[at], text: attached }] : args.slice(at + 1, at + 2);
  } else if (name === 'wait') {
    const at = args.findIndex((a) => a.text === '-p');
    if (at < 0) return null;
    names = args.slice(at + 1, at + 2);
  } else {
    names = args;
  }
  for (const word of names) {
    if (word.dynamic) return `${name} assigns to a variable named at run time (${word.text})`;
    if (word.text.includes('[')) return `${name} assigns to ${word.text}, whose subscript is evaluated as arithmetic at run time`;
    if (SENSITIVE_VARIABLE.test(word.text)) return `${name} sets ${word.text}, which changes what later commands run`;
  }
  return null;
}
