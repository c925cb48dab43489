// A command opaque only because of words computed at run time need not stay
// opaque when no value of those words could change the decision. This module
// says which such commands have an "open end": a literal text every run of
// them starts with, after which nothing can be an option with side effects.
// The engine (src/engine/evaluate.ts, coversOpenEnd and strictRuleCouldMatch)
// then allows it only under an allow pattern ending in `*` that already covers
// that start, and only when no deny or approval pattern could match any text
// with that start: so the unknown words fall inside the `*` and change nothing.
//
// Two kinds of program qualify (tables in ./programs/inert.ts):
// - programs whose arguments are all inert (`echo`, `ls`): any computed word,
//   even one that splits or is appended by xargs;
// - subcommands whose operands are inert names (`kubectl get`, `git log`): a
//   computed word only where it cannot become an option, i.e. it is one word
//   starting with a literal character other than `-` (`web-*`, `"pod/$P"`), or
//   it follows a literal `--`. `kubectl get *-pod` stays opaque: the glob can
//   expand to a file named `--kubeconfig=secret-pod` or `-sevil-pod`, which
//   kubectl would take as an option (checked by test/shell/open-end.test.ts).
import { INERT_ARGUMENTS, INERT_OPERANDS } from './programs/inert.js';
import { type Word, isComputed } from './words.js';

export interface OpenEnd {
  /** The literal start of the canonical text, up to the first computed word (ends with a blank). */
  prefix: string;
  /** The same start as allow patterns see it (see ./allow-text.ts). */
  allowPrefix: string;
}

/** A first character that comes from the source as written, and is no `-`, glob, brace, tilde or expansion. */
const LITERAL_START = /^[A-Za-z0-9_./:%,=+]/;

/** One word, whatever its value, that no value can make an option. */
function cannotBeOption(word: Word): boolean {
  return !word.splits && LITERAL_START.test(word.text) && !/^[@!+]\(/.test(word.text);
}

/**
 * A word that may run or read something the analysis did not see: a command or
 * process substitution inside `${…}` (the parser reads `${x:-`cmd`}` and
 * `${x#$(cmd)}` as plain text, yet bash runs cmd), or `$(<FILE)`, the content of
 * FILE. Its command is then not judged as a part of its own, so it is opaque.
 */
function hidesCommands(word: Word): boolean {
  const text = word.text;
  if (/\$\(\s*</.test(text)) return true;
  const braced = text.indexOf('${');
  return braced >= 0 && /`|\$\(|[<>]\(/.test(text.slice(braced + 2));
}

/**
 * The open end of a command, or null when its computed words could change what
 * runs. `canonical` and `allowWords` are its canonical words (program first)
 * and the same words as allow patterns see them; `extraArgs` is set when xargs
 * appends words at run time.
 */
export function openEnd(name: string, args: Word[], canonical: string[], allowWords: string[], extraArgs?: string): OpenEnd | null {
  const computed = args.filter((a) => isComputed(a) || a.splits === true);
  if (computed.length === 0 && !extraArgs) return null;
  if (computed.some(hidesCommands)) return null;
  const inert = INERT_ARGUMENTS[name];
  if (inert) {
    const first = args.findIndex((a) => isComputed(a) || a.splits === true);
    const known = first < 0 ? args : args.slice(0, first);
    if (first >= 0 && first < inert.firstLiteral) return null;
    if (known.slice(0, inert.firstLiteral).some((a) => a.text.startsWith('-'))) return null;
  } else {
    const subcommands = INERT_OPERANDS[name];
    if (!subcommands || extraArgs) return null;
    // The subcommand is the first word after the program (canonical forms put global options last).
    if (!subcommands.has(canonical[1] ?? '') || isComputed(args[0] ?? { text: '' })) return null;
    let afterDashes = false;
    for (let i = 0; i < args.length; i++) {
      const word = args[i];
      if (!afterDashes && word.text === '--' && !isComputed(word)) afterDashes = true;
      if (!(isComputed(word) || word.splits)) continue;
      if (afterDashes) continue;
      // The word before must not be an option: it could take this word as its value (`-o "$FORMAT"`).
      if (!cannotBeOption(word) || (i > 0 && args[i - 1].text.startsWith('-'))) return null;
    }
  }
  const firstComputed = computed.length ? canonical.findIndex((w, i) => i > 0 && computed.some((c) => w.includes(c.text))) : -1;
  const end = firstComputed < 0 ? canonical.length : firstComputed;
  if (end <= 1 && !inert) return null;
  return {
    prefix: canonical.slice(0, end).join(' ').replace(/\s+/g, ' ').trimStart() + ' ',
    allowPrefix: allowWords.slice(0, end).join(' ').replace(/\s+/g, ' ').trimStart() + ' ',
  };
}
