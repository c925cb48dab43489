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
}
export declare function safeclawToolGuardrail(policySet: PolicySet, options?: SafeClawGuardrailOptions): {
    type: "tool_input";
    name: string;
    run: ({ toolCall }: {
        toolCall: FunctionToolCall;
    }) => Promise<GuardrailOutput>;
};
/** The actions a function call performs, judged. A call whose arguments carry no command, URL or path throws (fail closed). */
export declare function judgeFunctionCall(policySet: PolicySet, call: FunctionToolCall): GateResult;
