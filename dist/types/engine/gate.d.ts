import { type Action, type EvaluateOptions, type GateItem, type GateResult, type PolicySet } from '../types.js';
import { type ActionInput } from './input.js';
export declare function evaluateAll(policySet: PolicySet, input: ActionInput[]): GateResult;
/** One action judged as given, returned as outputs may show it (secrets redacted); for `explain` and `test`. */
export declare function judgeForDisplay(policySet: PolicySet, action: Action, options?: EvaluateOptions): GateItem;
