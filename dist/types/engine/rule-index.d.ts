import type { ActionType, PolicySet, Rule } from '../types.js';
/**
 * The leading words (one or two, joined by the separator) text must start with
 * for one of the rule's `key` patterns to match it, or null when some pattern
 * could match text starting with any word.
 */
export declare function requiredLeadingWords(rule: Rule, key: string, separator: string): Set<string> | null;
/**
 * The rules of `type` that could match a subject with these condition `fields`
 * (and, for commands, equivalent `forms` of the command), in id order. Every
 * other rule of the type provably does not match.
 */
export declare function candidateRules(policySet: PolicySet, type: ActionType, fields: Record<string, string>, forms?: string[]): Rule[];
