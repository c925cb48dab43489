import type { Action, GateResult, PolicySet, Verdict } from '../types.js';
export declare function evaluateAll(policySet: PolicySet, actions: Action[]): GateResult;
export declare function strictest(a: Verdict, b: Verdict): Verdict;
