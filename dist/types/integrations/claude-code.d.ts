import type { Action, GateResult, PolicySet } from '../types.js';
import type { PoliciesChoice } from './project-policies.js';
export interface PreToolUseInput {
    tool_name: string;
    tool_input: Record<string, unknown>;
    cwd?: string;
    session_id?: string;
    tool_use_id?: string;
}
export interface PreToolUseOutput {
    hookSpecificOutput: {
        hookEventName: 'PreToolUse';
        permissionDecision: 'allow' | 'deny' | 'ask';
        permissionDecisionReason: string;
    };
}
/** Reads the hook's stdin JSON; throws an Error with what is wrong. */
export declare function parsePreToolUseInput(text: string): PreToolUseInput;
/** The actions one tool call performs (empty for session-only tools such as TodoWrite). Unknown tools throw. */
export declare function preToolUseActions(input: PreToolUseInput): Action[];
/** Judges the call; a kubectl -f/-k command is also judged with the namespaces its manifests (read now, from the session's cwd) name. */
export declare function judgePreToolUse(policySet: PolicySet, input: PreToolUseInput): GateResult;
/** The hook's answer; with `policies`, the reason names the folder whose policies decided. */
export declare function preToolUseAnswer(result: GateResult, policies?: PoliciesChoice): PreToolUseOutput;
/** The answer when SafeClaw itself cannot judge (bad policy, unreadable input, audit failure): deny. */
export declare function preToolUseFailure(message: string): PreToolUseOutput;
