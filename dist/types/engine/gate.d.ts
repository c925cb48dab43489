import { type Action, type GateResult, type PolicySet } from '../types.js';
export declare function evaluateAll(policySet: PolicySet, actions: Action[]): GateResult;
