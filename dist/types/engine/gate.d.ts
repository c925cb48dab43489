import type { ShellAnalysis } from '../shell/analyze.js';
import { type Action, type EvaluateOptions, type GateItem, type GateResult, type PolicySet } from '../types.js';
import { type ActionInput } from './input.js';
export interface EvaluateAllOptions {
    /**
     * Analyses the caller already made of some of its shell.execute actions, keyed by
     * the action object given in `input` (never by text), each with the command it
     * analysed: judged instead of analysing the line again when that command is the
     * action's. Only analyses made with the parser ready and no tree-sitter miss during
     * them (treeSitterMisses() unchanged around analyzeShellCommand) belong here.
     */
    analyses?: WeakMap<object, {
        command: string;
        analysis: ShellAnalysis;
    }>;
}
export declare function evaluateAll(policySet: PolicySet, input: ActionInput[], options?: EvaluateAllOptions): GateResult;
/** One action judged as given, returned as outputs may show it (secrets redacted); for `explain` and `test`. */
export declare function judgeForDisplay(policySet: PolicySet, action: Action, options?: EvaluateOptions): GateItem;
