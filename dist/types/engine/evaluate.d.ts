import { type Decision, type EvaluateOptions, type PolicySet } from '../types.js';
import { type ActionInput } from './input.js';
export declare const DEFAULT_DENY_REASON = "no rule allows this (deny by default)";
export declare function evaluate(policySet: PolicySet, input: ActionInput, options?: EvaluateOptions): Decision;
