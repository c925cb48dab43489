import { type Action, type Decision, type EvaluateOptions, type PolicySet } from '../types.js';
import { type ShellAnalysis } from '../shell/analyze.js';
import { type ActionInput } from './input.js';
export declare const DEFAULT_DENY_REASON = "no rule allows this (deny by default)";
export declare const PARSER_NOT_LOADED_REASON = "the shell parser was not loaded when this line needed it, so it was never analysed (await prepareShellAnalysis(commands) before evaluating)";
export declare function evaluate(policySet: PolicySet, input: ActionInput, options?: EvaluateOptions): Decision;
/**
 * `evaluate` for an action validateAction (or validateActions) returned and a policy set
 * validatePolicySet accepted: evaluateAll checks its whole list once, not again per action.
 * `analysis`: the line's analysis its caller already made, with the parser ready and no
 * tree-sitter miss during it (gate.ts's `analyses`), judged instead of analysing again.
 */
export declare function evaluateCheckedAction(policySet: PolicySet, action: Action, options?: EvaluateOptions, analysis?: ShellAnalysis): Decision;
/** The decision on an analysed line (exported for scripts/ that time judging alone). */
export declare function judgeShellAnalysis(policySet: PolicySet, analysis: ShellAnalysis, options?: EvaluateOptions): Decision;
/**
 * Canonical commands write options as `--flag=value`; policies written for the
 * other spelling (`helm install*--namespace prod*`) must still match, so the
 * `--flag value` form is tried too. Both mean the same argv, so a rule matching
 * either is sound for deny and allow alike.
 */
export declare function equivalentForms(text: string): string[] | undefined;
