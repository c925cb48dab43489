import { type Action, type PolicySet } from '../types.js';
/** An Action, or the same with `action` instead of `type` (one line of SafeClaw's JSONL input). */
export type ActionInput = Action | DistributiveJsonlForm<Action>;
type DistributiveJsonlForm<A> = A extends {
    type: infer T;
} ? Omit<A, 'type'> & {
    action: T;
} : never;
/** The input given to `evaluate` / `evaluateAll` is not an action SafeClaw can judge. */
export declare class SafeClawInputError extends Error {
    /** Where in the input: `action.command`, `actions[3].path`… */
    readonly field: string;
    constructor(field: string, problem: string, example?: string);
}
/**
 * Checks one action and returns it as an Action (`type` spelling). An input that
 * already is a valid Action is returned as it is.
 */
export declare function validateAction(value: unknown, field?: string): Action;
/** Checks the list `evaluateAll` gets, each action with its index in messages. */
export declare function validateActions(value: unknown): Action[];
/** A policy set is only ever made by loadPolicies / compilePolicies; anything else is a caller's mix-up. */
export declare function validatePolicySet(value: unknown): asserts value is PolicySet;
export {};
