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

interface TypeIndex {
  key: string;
  separator: string;
  /** First word → rules filed under it merged with the rules that match any word, in id order. */
  byWord: Map<string, Rule[]>;
  /** Rules that could match any first word, in id order. */
  anyWord: Rule[];
}

type PolicyIndex = Partial<Record<ActionType, TypeIndex>>;

// Keyed by the compiled set itself: the index is part of compiling, kept beside it.
const indexes = new WeakMap<PolicySet, PolicyIndex>();

/**
 * The first words a rule's `key` patterns require, or null when some pattern
 * could match text starting with any word.
 */
export function requiredFirstWords(rule: Rule, key: string, separator: string): Set<string> | null {
  const condition = rule.conditions.find((c) => c.key === key);
  if (!condition) return null;
  const words = new Set<string>();
  for (const pattern of condition.patterns) {
    for (const alternative of expandBraces(pattern.source)) {
      const end = alternative.indexOf(separator);
      // A path pattern without `/` matches the base name in any folder.
      if (end <= 0) return null;
      const word = alternative.slice(0, end);
      // picomatch drops a leading `./` (`./secrets/**` matches `secrets/x`): dot segments are no first word.
      if (word === '.' || word === '..') return null;
      for (const ch of word) if (!LITERAL.test(ch)) return null;
      words.add(word);
    }
  }
  return words;
}

function buildTypeIndex(rules: Rule[], key: string, separator: string): TypeIndex {
  const filed = new Map<string, Set<Rule>>();
  const anyWord: Rule[] = [];
  for (const rule of rules) {
    const words = requiredFirstWords(rule, key, separator);
    if (words === null) {
      anyWord.push(rule);
      continue;
    }
    for (const word of words) {
      let set = filed.get(word);
      if (!set) filed.set(word, (set = new Set()));
      set.add(rule);
    }
  }
  const matchesAnyWord = new Set(anyWord);
  const byWord = new Map<string, Rule[]>();
  for (const [word, set] of filed) byWord.set(word, rules.filter((rule) => set.has(rule) || matchesAnyWord.has(rule)));
  return { key, separator, byWord, anyWord };
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

function firstWord(text: string, separator: string): string {
  const end = text.indexOf(separator);
  return end === -1 ? text : text.slice(0, end);
}

/**
 * The rules of `type` that could match a subject with these condition `fields`
 * (and, for commands, equivalent `forms` of the command), in id order. Every
 * other rule of the type provably does not match.
 */
export function candidateRules(policySet: PolicySet, type: ActionType, fields: Record<string, string>, forms?: string[]): Rule[] {
  const index = indexOf(policySet)[type];
  if (!index) return policySet.byType[type];
  const word = firstWord(fields[index.key] ?? '', index.separator);
  // The `--flag value` spelling of a command starting with `--flag=` has another first word.
  if (forms?.some((form) => firstWord(form, index.separator) !== word)) return policySet.byType[type];
  return index.byWord.get(word) ?? index.anyWord;
}
