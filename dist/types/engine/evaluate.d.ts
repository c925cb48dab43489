import { type Action, type Decision, type EvaluateOptions, type PolicySet } from '../types.js';
export declare const DEFAULT_DENY_REASON = "no rule allows this (deny by default)";
export declare function evaluate(policySet: PolicySet, action: Action, options?: EvaluateOptions): Decision;
