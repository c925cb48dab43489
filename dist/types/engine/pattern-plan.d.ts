import type { CompiledCondition, CompiledPattern } from '../types.js';
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
export declare function conditionPlan(condition: CompiledCondition): ConditionPlan;
/** The patterns of a condition that could match `text` (a pattern's `-` also matches the not-an-option dash). */
export declare function patternsFor(plan: ConditionPlan, text: string): PatternPlan[];
