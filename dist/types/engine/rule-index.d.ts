import type { ActionType, PolicySet, Rule } from '../types.js';
type Flavour = 'command' | 'path' | 'text';
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
export declare function literalPrefix(alternative: string, flavour: Flavour, effect: Rule['effect']): string;
/**
 * The literal text the base name of every path one path glob alternative matches
 * starts with, or null when the alternative is not matched on the base name alone.
 * - an alternative without `/` is tested on the base name only (glob.ts);
 * - `**` + `/` + a plain segment: picomatch's `**` ends at a `/` and the segment's
 *   `*` and `?` never take one, so the segment is the path's last one. Brackets,
 *   extglobs and escapes could take a `/`: those alternatives are not filed by name.
 */
export declare function namePrefix(alternative: string): string | null;
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
export declare function requiredPrefixes(rule: Rule, key: string, flavour: Flavour): RequiredPrefixes | null;
/** Starts gathering the candidates of a subject of `type`; false when the type is not indexed (every rule of it is a candidate). */
export declare function beginCandidates(policySet: PolicySet, type: ActionType): boolean;
/** Adds the candidates for one text: its own, and for a path its base name's (trailing `/` aside: picomatch lets one follow). */
export declare function addCandidateText(text: string): void;
/** The rules that could match the texts added, in id order. Every other rule of the type provably does not match. */
export declare function endCandidates(): Rule[];
/**
 * The rules of `type` that could match a subject with these condition `fields`
 * and the other texts its patterns are tried on (`forms`: equivalent spellings,
 * the text allow patterns see, the form deny patterns also see), in id order.
 * Every other rule of the type provably does not match.
 */
export declare function candidateRules(policySet: PolicySet, type: ActionType, fields: Record<string, string>, forms?: readonly string[]): Rule[];
export {};
