import type { PolicySet } from '../types.js';
import { type PreToolUseOutput } from './claude-code.js';
export interface SafeClawHooksOptions {
    /** Append every decision to this audit log; a call that cannot be recorded is denied. */
    audit?: string;
}
/** The SDK's hook callback shape: the hook input, the tool use id, an abort signal. */
export type SafeClawHookCallback = (input: unknown, toolUseId?: string, options?: {
    signal?: AbortSignal;
}) => Promise<PreToolUseOutput | Record<string, never>>;
export declare function safeclawPreToolUse(policySet: PolicySet, options?: SafeClawHooksOptions): SafeClawHookCallback;
/** `hooks` for `query()` options: every tool goes through SafeClaw, and a failing hook blocks. */
export declare function safeclawHooks(policySet: PolicySet, options?: SafeClawHooksOptions): {
    PreToolUse: {
        matcher: string;
        hooks: SafeClawHookCallback[];
        onFailure: "block";
    }[];
};
