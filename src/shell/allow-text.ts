// The text allow patterns see for one simple command: each `-` that is not part
// of a real option's name is a stand-in (NOT_OPTION_DASH, src/policy/glob.ts),
// so a pattern's option-like literal (`--dry-run`, `--namespace=dev`,
// `-auto-approve`) is satisfied only by a real option word of the command, for
// any program. A tool with an option table (../canonical.ts) says which of its
// words are options; for any other program, a word starting with `-` before
// `--` is taken as one, but only its name: its `=value`, or whatever follows
// the name in the word (`-e--dry-run`: -e with the value "--dry-run";
// `'--x --dry-run'`: one word), is not.
//
// `--dry-run` is also a meaning, not only a spelling: it counts only for a
// program that has a dry-run option (./programs/dry-run.ts) and only when that
// option is in effect after the program's own parsing. Otherwise every
// `--dry-run…` word is shown as no option, so `*--dry-run*` cannot allow
// `rm -rf / --dry-run` or `git clean -f --dry-run --no-dry`.
import { notOption } from '../policy/glob.js';
import { DRY_RUN, type DryRunEntry, type DryRunSpec } from './programs/dry-run.js';

/** An option's name: one or two dashes, then name characters, inner dashes only between them. */
export const OPTION_NAME = /^--?[A-Za-z0-9@][A-Za-z0-9_.@]*(?:-[A-Za-z0-9_.@]+)*/;

/** An option word as allow patterns see it: only its name keeps real dashes. */
export function optionWord(word: string): string {
  const end = optionNameEnd(word);
  if (end < 0) return notOption(word);
  if (end === word.length) return word;
  // With no dash to mark after the name, the word itself (emit then sees it unchanged without comparing texts).
  const rest = word.charCodeAt(end) === EQUALS ? word.slice(end + 1) : word.slice(end);
  const marked = notOption(rest);
  if (marked === rest) return word;
  return word.slice(0, end) + (rest.length < word.length - end ? '=' : '') + marked;
}

/**
 * Where OPTION_NAME's match in the word ends, or -1 when it does not match: the
 * same expression read by hand (no match array per option word; the property
 * test in test/shell/allow-text-scanner.test.ts compares the two).
 */
export function optionNameEnd(word: string): number {
  if (word.charCodeAt(0) !== DASH) return -1;
  let i = word.charCodeAt(1) === DASH ? 2 : 1;
  const first = word.charCodeAt(i);
  if (!(isNameCode(first) && first !== UNDERSCORE && first !== DOT)) return -1;
  i++;
  while (i < word.length) {
    const code = word.charCodeAt(i);
    if (isNameCode(code)) i++;
    else if (code === DASH && i + 1 < word.length && isNameCode(word.charCodeAt(i + 1))) i += 2;
    else break;
  }
  return i;
}

const DASH = 0x2d;
const EQUALS = 0x3d;
const UNDERSCORE = 0x5f;
const DOT = 0x2e;

/** [A-Za-z0-9_.@] */
function isNameCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === UNDERSCORE || code === DOT || code === 0x40;
}

/** Whether a pattern's `--dry-run` literal could land on this word's name. */
function mentionsDryRun(word: string): boolean {
  return word.startsWith('--dry-run') || word.startsWith('-dry-run');
}

export interface AllowText {
  /** The words as allow patterns see them. */
  words: string[];
  /** The same command with the dry-run option in its canonical spelling (`rsync -avn` → `rsync -av --dry-run`), when it differs. */
  canonicalDryRun?: string[];
}

/**
 * The allow-pattern words of a command. `words` is its canonical form (program
 * first); when the tool has an option table, its options are the words from
 * `optionsStart` up to `optionsEnd` (canonicalise's result).
 */
export function allowWords(words: string[], optionsStart?: number, optionsEnd = 0): AllowText {
  const program = words[0] ?? '';
  // kubectl, helm, aws: the canonical form keeps `--dry-run` only when it is in effect.
  const dry = DRY_RUN[program]?.canonical ? ON_IN_CANONICAL_FORM : dryRunOf(program, words);
  const marked: string[] = [];
  let afterDashes = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    let isOption: boolean;
    if (i === 0) isOption = false;
    else if (optionsStart !== undefined) isOption = i >= optionsStart && i < optionsEnd;
    else if (word === '--' && !afterDashes) {
      afterDashes = true;
      isOption = false;
    } else isOption = !afterDashes && word.length > 1 && word.startsWith('-');
    marked.push(!isOption || (!dry.on && mentionsDryRun(word)) ? notOption(word) : optionWord(word));
  }
  const out: AllowText = { words: marked };
  if (dry.on && dry.at > 0 && !mentionsDryRun(words[dry.at])) {
    // `-n` or `-avn`: the same run spelled `--dry-run`, so a pattern on the long name covers it.
    const cluster = words[dry.at].replace(dry.letter ?? '', '');
    const spelled = cluster === '-' ? ['--dry-run'] : [optionWord(cluster), '--dry-run'];
    out.canonicalDryRun = [...marked.slice(0, dry.at), ...spelled, ...marked.slice(dry.at + 1)];
  }
  return out;
}

interface DryRunState {
  on: boolean;
  /** The word that turned it on last. */
  at: number;
  /** The short letter, when that word is a cluster (`-avn`). */
  letter?: string;
}

const OFF: DryRunState = { on: false, at: -1 };
const ON_IN_CANONICAL_FORM: DryRunState = { on: true, at: -1 };

/** Each dry-run entry's global value options as a set, made at module load. */
const GLOBAL_VALUES = new Map<DryRunEntry, Set<string>>();

/** Each dry-run spec's long options as sets, made at module load. */
const LONG_OPTIONS = new Map<DryRunSpec, { longValues: Set<string>; longFlags: Set<string> }>();

for (const entry of Object.values(DRY_RUN)) {
  GLOBAL_VALUES.set(entry, new Set(entry.globalValues ?? []));
  for (const spec of [entry.all, ...Object.values(entry.subcommands ?? {})]) {
    if (spec) LONG_OPTIONS.set(spec, { longValues: new Set(spec.longValues ?? []), longFlags: new Set(spec.longFlags ?? []) });
  }
}

/** The subcommand's index and spec for a program of the dry-run table, or null. */
function specFor(program: string, words: string[]): { spec: DryRunSpec; from: number } | null {
  const entry = DRY_RUN[program];
  if (!entry) return null;
  if (entry.all) return { spec: entry.all, from: 1 };
  if (!entry.subcommands) return null;
  const globalValues = GLOBAL_VALUES.get(entry)!;
  for (let i = 1; i < words.length; i++) {
    const word = words[i];
    if (word === '--') return null;
    if (!word.startsWith('-')) {
      const spec = entry.subcommands[word];
      return spec ? { spec, from: i + 1 } : null;
    }
    const long = /^--([^=]+)$/.exec(word)?.[1];
    if ((long !== undefined && globalValues.has(long)) || (/^-[A-Za-z]$/.test(word) && globalValues.has(word[1]))) i++;
  }
  return null;
}

/**
 * Whether the program's dry-run option is in effect, read as the program reads
 * its options: the last spelling wins, `--no-NAME` (or an abbreviation of it)
 * turns it off, a value-taking option takes the next word whatever it is, and
 * nothing after `--` is an option. Any word that might turn it off or hide it
 * (an unknown long option right before it, an abbreviation) leaves it off:
 * a false denial is the safe side.
 */
export function dryRunOf(program: string, words: string[]): DryRunState {
  const found = specFor(program, words);
  if (!found) return OFF;
  const { spec, from } = found;
  const { longValues, longFlags } = LONG_OPTIONS.get(spec)!;
  const shortValues = spec.shortValues ?? '';
  let state: DryRunState = OFF;
  /** The previous word was an option that might have taken this one as its value. */
  let mayBeValue = false;
  for (let i = from; i < words.length; i++) {
    const word = words[i];
    if (word === '--') break;
    const wasValue = mayBeValue;
    mayBeValue = false;
    if (word.startsWith('--')) {
      const eq = word.indexOf('=');
      const name = word.slice(2, eq < 0 ? undefined : eq);
      if (spec.long.includes(name)) {
        // `--dry-run=1`: git refuses a value; anything but the bare spelling is no dry run.
        state = eq < 0 && !wasValue ? { on: true, at: i } : OFF;
      } else if (name.startsWith('no-') && spec.negatable && name.length > 3 && (spec.long.some((l) => l.startsWith(name.slice(3))) || spec.short?.includes(name.slice(3)))) {
        state = OFF;
      } else if (spec.long.some((l) => l.startsWith(name) && l !== name && name.length > 0)) {
        // An abbreviation (`--dry`): the tool may take it as the option, or not; not counted either way.
        state = OFF;
      } else if (eq < 0) {
        if (longValues.has(name)) i++;
        else if (!longFlags.has(name)) mayBeValue = true;
      }
      continue;
    }
    if (word.startsWith('-') && word.length > 1 && !wasValue) {
      for (let c = 1; c < word.length; c++) {
        const letter = word[c];
        if (shortValues.includes(letter)) {
          if (c === word.length - 1) i++; // the next word is the value
          break; // the rest of the cluster is the value
        }
        if (spec.short?.includes(letter)) state = { on: true, at: i, letter };
      }
    }
  }
  return state;
}
