import type { Action, GateResult, PolicySet } from '../types.js';
/** Judges the actions of a call; shell analysis must be ready for every command among them (a loaded policy set readies it by default). */
export declare function judgeToolActions(policySet: PolicySet, actions: Action[], cwd: string | undefined): GateResult;
/** The same, loading the wasm (and judging again) only if the judgement needed it. */
export declare function judgeToolCall(policySet: PolicySet, actions: Action[], cwd: string | undefined): Promise<GateResult>;
