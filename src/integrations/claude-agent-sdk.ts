// SafeClaw as a Claude Agent SDK hook, ready for `query({ options: { hooks } })`.
//
// The SDK runs hook callbacks in process. Its matcher option `onFailure` defaults to
// 'continue': a callback that throws or times out lets the tool run. SafeClaw's
// matcher sets 'block', and the callback itself turns every failure to judge or
// record into a deny, so neither path fails open. require_approval answers "ask",
// which the SDK hands to the application's own approval callback (`canUseTool`);
// without one the call is refused. Session-only tools get no answer (`{}`).
import { appendAuditRecords } from '../audit/append.js';
import type { PolicySet } from '../types.js';
import { judgePreToolUse, parsePreToolUseInput, preToolUseAnswer, preToolUseFailure, type PreToolUseOutput } from './claude-code.js';

export interface SafeClawHooksOptions {
  /** Append every decision to this audit log; a call that cannot be recorded is denied. */
  audit?: string;
}

/** The SDK's hook callback shape: the hook input, the tool use id, an abort signal. */
export type SafeClawHookCallback = (input: unknown, toolUseId?: string, options?: { signal?: AbortSignal }) => Promise<PreToolUseOutput | Record<string, never>>;

export function safeclawPreToolUse(policySet: PolicySet, options: SafeClawHooksOptions = {}): SafeClawHookCallback {
  return async (input) => {
    try {
      const parsed = parsePreToolUseInput(JSON.stringify(input));
      const result = judgePreToolUse(policySet, parsed);
      if (result.items.length === 0) return {};
      if (options.audit !== undefined) {
        await appendAuditRecords(options.audit, result.items, { policyDigest: policySet.digest, context: { runId: parsed.session_id ?? null } });
      }
      return preToolUseAnswer(result);
    } catch (err) {
      return preToolUseFailure((err as Error).message.split('\n')[0]);
    }
  };
}

/** `hooks` for `query()` options: every tool goes through SafeClaw, and a failing hook blocks. */
export function safeclawHooks(policySet: PolicySet, options: SafeClawHooksOptions = {}) {
  return {
    PreToolUse: [{ matcher: '*', hooks: [safeclawPreToolUse(policySet, options)], onFailure: 'block' as const }],
  };
}
