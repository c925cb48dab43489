// Which rules could match a subject, found without trying every rule's globs.
//
// Most patterns start with a literal word: `terraform apply*`, `services/svc-4/**`,
// `api.example.com/*`. Such a pattern can only match text whose first word (up
// to the first space in a command, the first `/` in a path or destination) is
// that literal. So rules are filed under the first words their patterns require,
// and a subject is tried only against the rules filed under its own first word
// plus the rules that could match any text (a leading wildcard, a base-name path
// pattern, no condition on the key). This is compiled once per policy set; it
// changes which rules are tried, never how a rule is matched, and keeps the id
// order `judge` relies on. With 1,000 rules it cuts the glob tests per decision
// from hundreds to a handful.
import { expandBraces } from '../policy/glob.js';
import type { ActionType, PolicySet, Rule } from '../types.js';

/** The condition key each action type is indexed on, and what ends its first word. */
const INDEXED: Partial<Record<ActionType, { key: string; separator: string }>> = {
  'shell.execute': { key: 'command', separator: ' ' },
  'file.read': { key: 'path', separator: '/' },
  'file.write': { key: 'path', separator: '/' },
  'network.request': { key: 'destination', separator: '/' },
};

/**
 * Characters that are themselves in every glob flavour SafeClaw compiles. Anything
 * else (wildcards, brackets, quotes, which picomatch removes, `!` negation,
 * extglob `@(`/`+(`, escapes) ends the literal start of a pattern.
 */
const LITERAL = /^[A-Za-z0-9_.,:=%-]$/;

/** How many leading words the index looks at (`terraform -chdir=envs/prod`, `services/billing`). */
const DEPTH = 2;

interface TypeIndex {
  key: string;
  separator: string;
  /** Leading words (joined by the separator) → the rules that could match text starting with them, in id order. */
  byWords: Map<string, Rule[]>;
  /** Rules that could match any text, in id order. */
  anyWords: Rule[];
}

type PolicyIndex = Partial<Record<ActionType, TypeIndex>>;

// Keyed by the compiled set itself: the index is part of compiling, kept beside it.
const indexes = new WeakMap<PolicySet, PolicyIndex>();

/**
 * The leading words (one or two, joined by the separator) text must start with
 * for one of the rule's `key` patterns to match it, or null when some pattern
 * could match text starting with any word.
 */
export function requiredLeadingWords(rule: Rule, key: string, separator: string): Set<string> | null {
  const condition = rule.conditions.find((c) => c.key === key);
  if (!condition) return null;
  const keys = new Set<string>();
  for (const pattern of condition.patterns) {
    for (const alternative of expandBraces(pattern.source)) {
      const words = literalLeadingWords(alternative, separator);
      // A path pattern without `/` matches the base name in any folder: no leading word.
      if (words.length === 0) return null;
      keys.add(words.join(separator));
    }
  }
  return keys;
}

/** Up to DEPTH words at the start of a glob that are literal and followed by the separator. */
function literalLeadingWords(glob: string, separator: string): string[] {
  const words: string[] = [];
  let from = 0;
  while (words.length < DEPTH) {
    const end = glob.indexOf(separator, from);
    if (end <= from) break;
    const word = glob.slice(from, end);
    // picomatch drops a leading `./` (`./secrets/**` matches `secrets/x`): dot segments are no leading word.
    if (word === '.' || word === '..') break;
    if (![...word].every((ch) => LITERAL.test(ch))) break;
    words.push(word);
    from = end + separator.length;
  }
  return words;
}

function buildTypeIndex(rules: Rule[], key: string, separator: string): TypeIndex {
  const filed = new Map<string, Set<Rule>>();
  const anyWords: Rule[] = [];
  for (const rule of rules) {
    const keys = requiredLeadingWords(rule, key, separator);
    if (keys === null) {
      anyWords.push(rule);
      continue;
    }
    for (const words of keys) {
      let set = filed.get(words);
      if (!set) filed.set(words, (set = new Set()));
      set.add(rule);
    }
  }
  // Text starting with `a b` can match rules filed under `a b`, under `a`, and anywhere.
  const any = new Set(anyWords);
  const byWords = new Map<string, Rule[]>();
  for (const [words, set] of filed) {
    const first = filed.get(words.split(separator)[0]);
    byWords.set(words, rules.filter((rule) => set.has(rule) || first?.has(rule) || any.has(rule)));
  }
  return { key, separator, byWords, anyWords };
}

function indexOf(policySet: PolicySet): PolicyIndex {
  let index = indexes.get(policySet);
  if (!index) {
    index = {};
    for (const [type, spec] of Object.entries(INDEXED) as [ActionType, { key: string; separator: string }][]) {
      index[type] = buildTypeIndex(policySet.byType[type], spec.key, spec.separator);
    }
    indexes.set(policySet, index);
  }
  return index;
}

/** The text's first two words and its first word, as index keys ('' when the text has no such words). */
function leadingWords(text: string, separator: string): [two: string, one: string] {
  const first = text.indexOf(separator);
  if (first === -1) return ['', text];
  const second = text.indexOf(separator, first + 1);
  return [second === -1 ? '' : text.slice(0, second), text.slice(0, first)];
}

/**
 * The rules of `type` that could match a subject with these condition `fields`
 * (and, for commands, equivalent `forms` of the command), in id order. Every
 * other rule of the type provably does not match.
 */
export function candidateRules(policySet: PolicySet, type: ActionType, fields: Record<string, string>, forms?: string[]): Rule[] {
  const index = indexOf(policySet)[type];
  if (!index) return policySet.byType[type];
  const [two, one] = leadingWords(fields[index.key] ?? '', index.separator);
  // The `--flag value` spelling of a command with `--flag=` may start with other words.
  if (forms?.some((form) => leadingWords(form, index.separator).join('\n') !== two + '\n' + one)) return policySet.byType[type];
  return (two && index.byWords.get(two)) || index.byWords.get(one) || index.anyWords;
}
