// A small getopt for the programs the analysis looks into (wrappers, file and
// network tools): which words are options, which are option values, and where
// the operands start. Wrappers are parsed strictly (an unknown option makes the
// wrapped command unknown); file and network tools leniently (an unknown option
// is taken as a flag, so its neighbour is still reported as a file or host).
import type { Word } from './words.js';

/** Every key of every lookup table, as the table holds it (a string from the source text, which V8 keeps internalised). */
const KNOWN_KEYS = new Map<string, string>();

/**
 * A lookup table without Object.prototype behind it. Program names and option
 * names come from the command line: with a plain object, `toString -x` or
 * `constructor ls` would find inherited members (`constructor` was taken for a
 * wrapper and `ls` judged in its place).
 */
export function lookupTable<T>(entries: Record<string, T>): Record<string, T> {
  for (const key in entries) if (!KNOWN_KEYS.has(key)) KNOWN_KEYS.set(key, key);
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

/**
 * The tables' own copy of `text` when some table has it as a key, else `text`.
 * A program name is cut out of the command line afresh for every decision, and
 * each table it is looked up in by `table[name]` then searches V8's string table
 * for it first; looked up by the tables' own copy, it goes straight to the table.
 * (One Map look-up here instead of that search in every table after it.)
 */
export function knownKey(text: string): string {
  return KNOWN_KEYS.get(text) ?? text;
}

/** `python3.11` → `python`, `python3` → `python`: the name without a version at its end (the name itself when that leaves nothing). */
export function unversioned(name: string): string {
  let end = name.length;
  while (end > 0 && (name[end - 1] === '.' || (name[end - 1] >= '0' && name[end - 1] <= '9'))) end--;
  return end === 0 || end === name.length ? name : name.slice(0, end);
}

export interface OptionSpec {
  /** Short options that take a value (`-u root`, `-uroot`). */
  shortValue?: string;
  /** Short options without a value. */
  shortFlag?: string;
  /** Long options (without `--`) that take a value (`--user root`, `--user=root`). */
  longValue?: string[];
  /** Long options without a value (or with an optional `=value`). */
  longFlag?: string[];
  /** Operands end the options (POSIX); otherwise options may follow operands (GNU). */
  stopAtOperand?: boolean;
  /** Unknown options are an error (wrappers) instead of being taken as flags. */
  strict?: boolean;
  /** Accept `-name` long options written with one dash (find, Go tools). */
  singleDashLong?: boolean;
}

export interface ParsedOption {
  name: string;
  value?: Word;
}

export interface ParsedArgs {
  options: ParsedOption[];
  operands: Word[];
  /** Set when `strict` and an option is unknown, or an option word is computed at run time. */
  error?: string;
}

export function optionValues(parsed: ParsedArgs, ...names: string[]): Word[] {
  const values: Word[] = [];
  for (const option of parsed.options) if (option.value && names.includes(option.name)) values.push(option.value);
  return values;
}

export function hasOption(parsed: ParsedArgs, ...names: string[]): boolean {
  for (const option of parsed.options) if (names.includes(option.name)) return true;
  return false;
}

/** A spec's long option names as sets, made once per spec object: a spec kept as a module constant is read without any. */
interface LongOptions {
  value: Set<string>;
  flag: Set<string>;
}

const LONG_OPTIONS = new WeakMap<OptionSpec, LongOptions>();

function longOptions(spec: OptionSpec): LongOptions {
  let long = LONG_OPTIONS.get(spec);
  if (!long) {
    long = { value: new Set(spec.longValue ?? []), flag: new Set(spec.longFlag ?? []) };
    LONG_OPTIONS.set(spec, long);
  }
  return long;
}

export function parseOptions(args: Word[], spec: OptionSpec): ParsedArgs {
  const out: ParsedArgs = { options: [], operands: [] };
  const shortValue = spec.shortValue ?? '';
  const shortFlag = spec.shortFlag ?? '';
  const { value: longValue, flag: longFlag } = longOptions(spec);

  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    const text = word.text;
    if (word.splits && text.startsWith('$') && spec.strict) {
      out.error = `option ${text} is computed at run time`;
      return out;
    }
    if (text === '--') {
      for (let j = i + 1; j < args.length; j++) out.operands.push(args[j]); // not push(...): any number of words
      return out;
    }
    if (text.startsWith('--') && text.length > 2) {
      const eq = text.indexOf('=');
      const name = eq < 0 ? text.slice(2) : text.slice(2, eq);
      if (longValue.has(name)) {
        const value = eq >= 0 ? { ...word, text: text.slice(eq + 1) } : args[++i];
        out.options.push({ name, value });
      } else if (longFlag.has(name) || !spec.strict) {
        out.options.push(eq >= 0 ? { name, value: { ...word, text: text.slice(eq + 1) } } : { name });
      } else {
        out.error = `unknown option --${name}`;
        return out;
      }
      continue;
    }
    if (text.startsWith('-') && text.length > 1) {
      if (spec.singleDashLong) {
        const name = text.slice(1);
        if (longValue.has(name)) out.options.push({ name, value: args[++i] });
        else if (longFlag.has(name) || !spec.strict) out.options.push({ name });
        else {
          out.error = `unknown option ${text}`;
          return out;
        }
        continue;
      }
      for (let c = 1; c < text.length; c++) {
        const letter = text[c];
        if (shortValue.includes(letter)) {
          const attached = text.slice(c + 1);
          const value = attached ? { ...word, text: attached } : args[++i];
          out.options.push({ name: letter, value });
          break;
        }
        if (!shortFlag.includes(letter) && spec.strict) {
          out.error = `unknown option -${letter}`;
          return out;
        }
        out.options.push({ name: letter });
      }
      continue;
    }
    if (spec.stopAtOperand) {
      for (let j = i; j < args.length; j++) out.operands.push(args[j]); // not push(...): any number of words
      return out;
    }
    out.operands.push(word);
  }
  return out;
}
