import type { GateResult, PolicySet } from '../types.js';
export interface FunctionToolCall {
    name: string;
    /** The JSON text of the arguments, as the model produced it. */
    arguments: string;
    callId?: string;
}
export interface GuardrailOutput {
    behavior: {
        type: 'allow';
    } | {
        type: 'rejectContent';
        message: string;
    };
    outputInfo: {
        verdict: GateResult['verdict'] | 'error';
        rule?: string | null;
        reason: string;
    };
}
export interface SafeClawGuardrailOptions {
    /** Append every decision to this audit log; a call that cannot be recorded is rejected. */
    audit?: string;
    /**
     * Let a require_approval call run once a person approved it through the SDK's
     * own interruption (`needsApproval`, then `state.approve(item)`). Set by
     * `safeclawTool`, which adds that `needsApproval`; a call not approved is still rejected.
     */
    approvals?: 'sdk';
}
/** What the guardrail is given by the SDK: the call, and the run's context (which knows the approvals). */
interface GuardrailArgs {
    toolCall: FunctionToolCall;
    context?: {
        isToolApproved?: (approval: {
            toolName: string;
            callId: string;
        }) => boolean | undefined;
    };
}
export declare function safeclawToolGuardrail(policySet: PolicySet, options?: SafeClawGuardrailOptions): {
    type: "tool_input";
    name: string;
    run: ({ toolCall, context }: GuardrailArgs) => Promise<GuardrailOutput>;
};
/**
 * SafeClaw for one function tool, to spread into `tool({...})`: the guardrail,
 * and `needsApproval` so that require_approval becomes the SDK's own
 * human-in-the-loop interruption (`result.interruptions`, `state.approve(item)`)
 * instead of a rejection. Deny is still a rejection with the rule and reason.
 */
export declare function safeclawTool(policySet: PolicySet, toolName: string, options?: Omit<SafeClawGuardrailOptions, 'approvals'>): {
    inputGuardrails: {
        type: "tool_input";
        name: string;
        run: ({ toolCall, context }: GuardrailArgs) => Promise<GuardrailOutput>;
    }[];
    needsApproval: (_context: unknown, input: unknown, callId?: string) => Promise<boolean>;
};
/**
 * The actions a function call performs, judged: the command, URL or path its
 * arguments carry (as for OpenAI logs), else a `tool.call` of the tool with its
 * arguments as input, which only a `tool.call` rule naming it can allow.
 * Arguments that are not a JSON object throw (fail closed).
 */
export declare function judgeFunctionCall(policySet: PolicySet, call: FunctionToolCall, server?: string): GateResult;
export {};
