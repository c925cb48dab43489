// Which rules could match a subject, found without trying every rule's globs.
//
// Most patterns start with literal text: `terraform apply*`, `ls*`,
// `services/svc-4/**`, `api.example.com/*`. Such a pattern can only match text
// that starts with that literal prefix. So every rule is filed under the literal
// prefixes of its patterns (one per alternative, braces expanded) in a radix
// tree, and a subject is tried only against the rules filed under some prefix of
// its text, plus the rules that could match any text (a leading wildcard, no
// condition on the key). A path pattern matched on the base name (`*.pem`,
// `**/.env`) is filed under its name's literal prefix in a second tree, which a
// path's base name is looked up in. This is compiled once per
// policy set; it changes which rules are tried, never how a rule is matched,
// and keeps the id order `judge` relies on. With 1,000 rules it cuts the glob
// tests per decision from hundreds to a handful, and `ls*`, `iptables*` no
// longer land in "could match anything".
//
// Soundness (the index must never skip a rule that could match) rests on what
// the prefix keeps, see `literalPrefix`, and on looking up every text a pattern
// is tried on (test/engine/rule-index.test.ts compares indexed and unindexed
// decisions on random policies and commands).
import { expandBraces, NOT_OPTION_DASH } from '../policy/glob.js';
import type { ActionType, PolicySet, Rule } from '../types.js';

type Flavour = 'command' | 'path' | 'text';

/** The condition key each action type is indexed on, and how its globs read it. */
const INDEXED: Partial<Record<ActionType, { key: string; flavour: Flavour }>> = {
  'shell.execute': { key: 'command', flavour: 'command' },
  'file.read': { key: 'path', flavour: 'path' },
  'file.write': { key: 'path', flavour: 'path' },
  'network.request': { key: 'destination', flavour: 'text' },
};

/**
 * Characters that stand for themselves in every glob flavour SafeClaw compiles
 * (a `-` also matches the not-an-option dash, which lookups map back). Anything
 * else (wildcards, brackets, braces, quotes, which picomatch removes, `!`
 * negation, extglob `@(`/`+(`, `\` escapes, `~`) ends the literal prefix.
 */
const LITERAL = new Uint8Array(128);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.,:=%/ -') LITERAL[ch.charCodeAt(0)] = 1;

/**
 * The literal text every match of one glob alternative starts with ('' when
 * any text could match):
 * - path globs: an alternative without `/` matches the base name in any folder;
 *   picomatch drops `./` and a `.`/`..`/empty segment may be normalised away,
 *   so the prefix stops before one; a trailing `/` is dropped (`a/**` matches `a`).
 * - command allow patterns: allow rules are also tried on other spellings of the
 *   command (`rsync -avn` as `rsync -av --dry-run`), which rewrite option words
 *   only, so an allow pattern's prefix stops before its first option word.
 */
export function literalPrefix(alternative: string, flavour: Flavour, effect: Rule['effect']): string {
  let end = 0;
  while (end < alternative.length) {
    const code = alternative.charCodeAt(end);
    if (code >= 128 || LITERAL[code] === 0) break;
    end++;
  }
  let prefix = alternative.slice(0, end);
  if (flavour === 'path') {
    if (!alternative.includes('/')) return '';
    const segments = alternative.split('/');
    let kept = 0;
    for (const [i, segment] of segments.entries()) {
      // Only whole segments inside the prefix count; a partial last one is literal text.
      if (kept + segment.length > prefix.length) break;
      // An empty first segment is the root of an absolute path; an empty one later is `//`.
      if ((segment === '' && i > 0) || segment === '.' || segment === '..') {
        prefix = prefix.slice(0, kept);
        break;
      }
      kept += segment.length + 1;
    }
    if (prefix.endsWith('/')) prefix = prefix.slice(0, -1);
  } else if (flavour === 'command' && effect === 'allow') {
    if (prefix.startsWith('-')) return '';
    const option = prefix.indexOf(' -');
    if (option >= 0) prefix = prefix.slice(0, option + 1);
  }
  return prefix;
}

/** A segment every character of which picomatch reads within one path segment: literals, `*` and `?` (no brackets, extglobs, escapes). */
const PLAIN_SEGMENT = /^[A-Za-z0-9_.,:=% *?-]+$/;

/**
 * The literal text the base name of every path one path glob alternative matches
 * starts with, or null when the alternative is not matched on the base name alone.
 * - an alternative without `/` is tested on the base name only (glob.ts);
 * - `**` + `/` + a plain segment: picomatch's `**` ends at a `/` and the segment's
 *   `*` and `?` never take one, so the segment is the path's last one. Brackets,
 *   extglobs and escapes could take a `/`: those alternatives are not filed by name.
 */
export function namePrefix(alternative: string): string | null {
  let name: string;
  if (!alternative.includes('/')) name = alternative;
  else if (alternative.startsWith('**/') && PLAIN_SEGMENT.test(alternative.slice(3))) name = alternative.slice(3);
  else return null;
  let end = 0;
  while (end < name.length) {
    const code = name.charCodeAt(end);
    if (code >= 128 || LITERAL[code] === 0) break;
    end++;
  }
  return name.slice(0, end);
}

/** What text must start with for a rule's pattern to match it: the whole text, or (paths) its base name. */
export interface RequiredPrefixes {
  texts: Set<string>;
  names: Set<string>;
}

/**
 * The literal prefixes text (or, for a path, its base name) must start with for
 * one of the rule's `key` patterns to match it, or null when some pattern could
 * match any text.
 */
export function requiredPrefixes(rule: Rule, key: string, flavour: Flavour): RequiredPrefixes | null {
  const condition = rule.conditions.find((c) => c.key === key);
  if (!condition) return null;
  const prefixes: RequiredPrefixes = { texts: new Set(), names: new Set() };
  for (const pattern of condition.patterns) {
    for (const alternative of expandBraces(pattern.source)) {
      const name = flavour === 'path' ? namePrefix(alternative) : null;
      if (name !== null) {
        if (name === '') return null;
        prefixes.names.add(name);
        continue;
      }
      const prefix = literalPrefix(alternative, flavour, rule.effect);
      if (prefix === '') return null;
      prefixes.texts.add(prefix);
    }
  }
  return prefixes;
}

/** A radix tree node: edges by their label's first character code; `rules` where some prefix ends here. */
interface TrieNode {
  edges: Map<number, { label: string; node: TrieNode }> | null;
  /** Rules filed here (while building), then every candidate for text reaching here, in id order. */
  rules: Rule[] | null;
  /** The same candidates as bits of their position in the type's id order (to merge lists without a set or a sort). */
  mask: Uint32Array | null;
}

interface TypeIndex {
  key: string;
  flavour: Flavour;
  root: TrieNode;
  /** Paths only: rules filed by the literal prefix of the base name they match. */
  names: TrieNode | null;
  /** Rules that could match any text, in id order. */
  anyText: Rule[];
  anyTextMask: Uint32Array;
  /** The type's rules in id order: bit i of a mask is rules[i]. */
  rules: Rule[];
  /** Position of each rule in the type's id order (to merge candidate lists). */
  order: Map<Rule, number>;
}

type PolicyIndex = Partial<Record<ActionType, TypeIndex>>;

// Keyed by the compiled set itself: the index is part of compiling, kept beside it.
const indexes = new WeakMap<PolicySet, PolicyIndex>();

function insert(root: TrieNode, prefix: string, rule: Rule): void {
  let node = root;
  let at = 0;
  while (at < prefix.length) {
    node.edges ??= new Map();
    const edge = node.edges.get(prefix.charCodeAt(at));
    if (!edge) {
      const leaf: TrieNode = { edges: null, rules: null, mask: null };
      node.edges.set(prefix.charCodeAt(at), { label: prefix.slice(at), node: leaf });
      node = leaf;
      at = prefix.length;
      break;
    }
    let common = 0;
    while (common < edge.label.length && at + common < prefix.length && edge.label[common] === prefix[at + common]) common++;
    if (common < edge.label.length) {
      // Split the edge where the new prefix leaves it.
      const middle: TrieNode = { edges: new Map([[edge.label.charCodeAt(common), { label: edge.label.slice(common), node: edge.node }]]), rules: null, mask: null };
      edge.label = edge.label.slice(0, common);
      edge.node = middle;
    }
    node = edge.node;
    at += common;
  }
  (node.rules ??= []).push(rule);
}

/** Turns each node's own rules into its full candidate list: its own, every ancestor's, and the any-text rules, in id order. */
function settle(node: TrieNode, inherited: Rule[], order: Map<Rule, number>): void {
  let here = inherited;
  if (node.rules) {
    here = [...new Set([...inherited, ...node.rules])].sort((a, b) => order.get(a)! - order.get(b)!);
    node.rules = here;
    node.mask = maskOf(here, order);
  }
  if (node.edges) for (const { node: child } of node.edges.values()) settle(child, here, order);
}

function maskOf(rules: readonly Rule[], order: Map<Rule, number>): Uint32Array {
  const mask = new Uint32Array((order.size + 31) >>> 5 || 1);
  for (const rule of rules) {
    const i = order.get(rule)!;
    mask[i >>> 5] |= 1 << (i & 31);
  }
  return mask;
}

function buildTypeIndex(rules: Rule[], key: string, flavour: Flavour): TypeIndex {
  const root: TrieNode = { edges: null, rules: null, mask: null };
  const names: TrieNode | null = flavour === 'path' ? { edges: null, rules: null, mask: null } : null;
  const anyText: Rule[] = [];
  const order = new Map(rules.map((rule, i) => [rule, i]));
  for (const rule of rules) {
    const prefixes = requiredPrefixes(rule, key, flavour);
    if (prefixes === null) {
      anyText.push(rule);
      continue;
    }
    for (const prefix of prefixes.texts) insert(root, prefix, rule);
    for (const prefix of prefixes.names) insert(names!, prefix, rule);
  }
  for (const tree of names ? [root, names] : [root]) {
    tree.rules = null;
    settle(tree, anyText, order);
  }
  return { key, flavour, root, names, anyText, anyTextMask: maskOf(anyText, order), rules, order };
}

function indexOf(policySet: PolicySet): PolicyIndex {
  let index = indexes.get(policySet);
  if (!index) {
    index = {};
    for (const [type, spec] of Object.entries(INDEXED) as [ActionType, { key: string; flavour: Flavour }][]) {
      index[type] = buildTypeIndex(policySet.byType[type], spec.key, spec.flavour);
    }
    indexes.set(policySet, index);
  }
  return index;
}

const SPACE = 32;
const DASH = 45;
const NOT_OPTION_DASH_CODE = NOT_OPTION_DASH.charCodeAt(0);

/**
 * The node of the deepest filed prefix of one text in one tree (null: none, only
 * the any-text rules). The text is read as the index files it without building
 * it: a not-an-option dash as `-` (a `-` of a pattern also matches it), and a
 * command followed by a space (an opaque command's known start, `kubectl apply `,
 * the whole text and a space, may be what an allow pattern names).
 */
function lookup(index: TypeIndex, root: TrieNode, text: string, from: number, to: number): TrieNode | null {
  const length = index.flavour === 'command' ? to + 1 : to;
  let node = root;
  let best: TrieNode | null = null;
  let at = from;
  while (node.edges !== null && at < length) {
    const edge = node.edges.get(indexedCode(text, at, to));
    if (!edge) break;
    const label = edge.label;
    if (at + label.length > length) break;
    let k = 1;
    while (k < label.length && label.charCodeAt(k) === indexedCode(text, at + k, to)) k++;
    if (k < label.length) break;
    at += label.length;
    node = edge.node;
    if (node.rules) best = node;
  }
  return best;
}

/** The character at `at` as the index reads the text (see `lookup`); the end of a command text reads as a space. */
function indexedCode(text: string, at: number, to: number): number {
  if (at === to) return SPACE;
  const code = text.charCodeAt(at);
  return code === NOT_OPTION_DASH_CODE ? DASH : code;
}

const SLASH = 47;

/**
 * Gathers the candidates of one subject, text by text, without building a list per
 * text: `beginCandidates`, `addCandidateText` for every text a pattern of the
 * subject may be tried on, then `endCandidates`. One gathering at a time (judging
 * is synchronous and gathers before it matches).
 */
let gathering: TypeIndex | undefined;
/** The one node found so far and its list (the common case: every text reaches the same node, or none). */
let gatheredNode: TrieNode | null = null;
let gatheredRules: Rule[] = [];
/** Once two different lists were found: their union, as bits. */
let gatheredMask: Uint32Array | null = null;

/** Starts gathering the candidates of a subject of `type`; false when the type is not indexed (every rule of it is a candidate). */
export function beginCandidates(policySet: PolicySet, type: ActionType): boolean {
  gathering = indexOf(policySet)[type];
  if (gathering === undefined) return false;
  gatheredNode = null;
  gatheredRules = gathering.anyText;
  gatheredMask = null;
  return true;
}

/** Adds the candidates for one text: its own, and for a path its base name's (trailing `/` aside: picomatch lets one follow). */
export function addCandidateText(text: string): void {
  const index = gathering!;
  gather(lookup(index, index.root, text, 0, text.length));
  if (index.names === null) return;
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === SLASH) end--;
  const start = text.lastIndexOf('/', end - 1) + 1;
  gather(lookup(index, index.names, text, start, end));
}

function gather(node: TrieNode | null): void {
  // Every list holds the any-text rules: only the others need merging.
  if (node === null || node.rules === gatheredRules) return;
  if (gatheredMask === null) {
    if (gatheredNode === null) {
      gatheredNode = node;
      gatheredRules = node.rules!;
      return;
    }
    gatheredMask = gatheredNode.mask!.slice();
  }
  const mask = node.mask!;
  for (let w = 0; w < mask.length; w++) gatheredMask[w] |= mask[w];
}

/** The rules that could match the texts added, in id order. Every other rule of the type provably does not match. */
export function endCandidates(): Rule[] {
  const index = gathering!;
  gathering = undefined;
  if (gatheredMask === null) return gatheredRules;
  const found: Rule[] = [];
  for (let w = 0; w < gatheredMask.length; w++) {
    let bits = gatheredMask[w];
    while (bits !== 0) {
      const low = bits & -bits;
      found.push(index.rules[(w << 5) + 31 - Math.clz32(low)]);
      bits ^= low;
    }
  }
  return found;
}

/**
 * The rules of `type` that could match a subject with these condition `fields`
 * and the other texts its patterns are tried on (`forms`: equivalent spellings,
 * the text allow patterns see, the form deny patterns also see), in id order.
 * Every other rule of the type provably does not match.
 */
export function candidateRules(policySet: PolicySet, type: ActionType, fields: Record<string, string>, forms?: readonly string[]): Rule[] {
  if (!beginCandidates(policySet, type)) return policySet.byType[type];
  addCandidateText(fields[gathering!.key] ?? '');
  if (forms) for (const form of forms) addCandidateText(form);
  return endCandidates();
}

