// What judging needs to know about a condition's patterns, worked out once per
// compiled condition instead of on every decision: which patterns a text could
// match at all, by its first character, and the facts about each pattern's
// source that the matching rules read (absolute or `~`, has a wildcard).
//
// A pattern can only match a text that starts with the literal prefix of one of
// its alternatives (rule-index.ts's `literalPrefix`, which the rule index's
// soundness already rests on). So a condition's patterns are filed by the first
// character of those prefixes; a pattern with an alternative that has no literal
// prefix is filed under every character. A text is tried only on the patterns
// filed under its first character, in the condition's order, so the first
// pattern that matches is the same one as before. `allow-shell-basics` has ten
// patterns; `cat README.md` is tried on one.
import { expandBraces, hasWildcard, NOT_OPTION_DASH } from '../policy/glob.js';
import { PATH_KEYS } from '../policy/schema.js';
import type { CompiledCondition, CompiledPattern } from '../types.js';
import { literalPrefix } from './rule-index.js';

export interface PatternPlan {
  pattern: CompiledPattern;
  source: string;
  /** Starts with `/` or `~`: the only patterns that may allow a path outside the repository. */
  outsideAnchor: boolean;
  /** Has a wildcard: cannot allow an opaque command unless it covers its open end. */
  wildcard: boolean;
}

export interface ConditionPlan {
  /** Every pattern, in the condition's order. */
  all: PatternPlan[];
  /** The patterns a text starting with a character code could match, in order; absent: only `anyStart`. null: no pattern has a literal start. */
  byFirst: Map<number, PatternPlan[]> | null;
  /** The patterns with an alternative that has no literal prefix. */
  anyStart: PatternPlan[];
}

/**
 * Kept on the compiled condition itself under a private, non-enumerable key: read
 * for every rule a decision tries, where a WeakMap lookup cost as much as the
 * match; invisible to JSON, Object.keys and deep equality.
 */
const PLAN = Symbol('condition plan');

type PlannedCondition = CompiledCondition & { [PLAN]?: ConditionPlan };

export function conditionPlan(condition: CompiledCondition): ConditionPlan {
  const plan = (condition as PlannedCondition)[PLAN];
  return plan === undefined ? planCondition(condition) : plan;
}

/** Plans of conditions a caller froze (a library caller may freeze its policy set): kept beside them. */
const frozenPlans = new WeakMap<CompiledCondition, ConditionPlan>();

function planCondition(condition: CompiledCondition): ConditionPlan {
  if (!Object.isExtensible(condition)) {
    let plan = frozenPlans.get(condition);
    if (plan === undefined) frozenPlans.set(condition, (plan = buildPlan(condition)));
    return plan;
  }
  const plan = buildPlan(condition);
  Object.defineProperty(condition, PLAN, { value: plan, enumerable: false, writable: false, configurable: false });
  return plan;
}

function buildPlan(condition: CompiledCondition): ConditionPlan {
  const flavour = PATH_KEYS.has(condition.key) ? 'path' : 'text';
  const all: PatternPlan[] = [];
  const starts: (Set<number> | null)[] = [];
  for (const pattern of condition.patterns) {
    all.push({ pattern, source: pattern.source, outsideAnchor: /^[/~]/.test(pattern.source), wildcard: hasWildcard(pattern.source) });
    let codes: Set<number> | null = new Set();
    for (const alternative of expandBraces(pattern.source)) {
      const prefix = literalPrefix(alternative, flavour, 'deny');
      if (prefix === '') {
        codes = null;
        break;
      }
      codes.add(prefix.charCodeAt(0));
    }
    starts.push(codes);
  }
  const anyStart = all.filter((_, i) => starts[i] === null);
  const byFirst = new Map<number, PatternPlan[]>();
  for (const codes of starts) for (const code of codes ?? []) byFirst.set(code, []);
  for (const [code, list] of byFirst) for (let i = 0; i < all.length; i++) if (starts[i] === null || starts[i]!.has(code)) list.push(all[i]);
  return { all, byFirst: byFirst.size === 0 ? null : byFirst, anyStart };
}

const DASH = 45;
const NOT_OPTION_DASH_CODE = NOT_OPTION_DASH.charCodeAt(0);

/** The patterns of a condition that could match `text` (a pattern's `-` also matches the not-an-option dash). */
export function patternsFor(plan: ConditionPlan, text: string): PatternPlan[] {
  if (plan.byFirst === null || text.length === 0) return plan.all;
  const code = text.charCodeAt(0);
  return plan.byFirst.get(code === NOT_OPTION_DASH_CODE ? DASH : code) ?? plan.anyStart;
}
