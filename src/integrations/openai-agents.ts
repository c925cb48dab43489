// SafeClaw as an OpenAI Agents SDK tool input guardrail: before a function tool
// runs, its call → actions (as for OpenAI logs: the command, URL or path in its
// JSON arguments) → the same `evaluate` as everywhere else.
//
// The returned object has the shape of the SDK's ToolInputGuardrailDefinition
// (`{type: 'tool_input', name, run}`), so SafeClaw needs no dependency on the
// SDK: pass it in a tool's `inputGuardrails`. Allowed calls run; denied and
// approval-needing calls are rejected with the reason as the tool's result, so
// the model learns why. A call SafeClaw cannot read or record is rejected too.
import { appendAuditRecords } from '../audit/append.js';
import { evaluateAll } from '../engine/gate.js';
import { openAiActions } from '../sources/openai-log.js';
import type { GateResult, PolicySet } from '../types.js';

export interface FunctionToolCall {
  name: string;
  /** The JSON text of the arguments, as the model produced it. */
  arguments: string;
  callId?: string;
}

export interface GuardrailOutput {
  behavior: { type: 'allow' } | { type: 'rejectContent'; message: string };
  outputInfo: { verdict: GateResult['verdict'] | 'error'; rule?: string | null; reason: string };
}

export interface SafeClawGuardrailOptions {
  /** Append every decision to this audit log; a call that cannot be recorded is rejected. */
  audit?: string;
}

export function safeclawToolGuardrail(policySet: PolicySet, options: SafeClawGuardrailOptions = {}) {
  return {
    type: 'tool_input' as const,
    name: 'safeclaw',
    run: async ({ toolCall }: { toolCall: FunctionToolCall }): Promise<GuardrailOutput> => {
      try {
        const result = judgeFunctionCall(policySet, toolCall);
        if (options.audit !== undefined && result.items.length > 0) {
          await appendAuditRecords(options.audit, result.items, { policyDigest: policySet.digest });
        }
        return guardrailOutput(result);
      } catch (err) {
        const reason = `SafeClaw could not judge this call, so it is rejected: ${(err as Error).message.split('\n')[0]}`;
        return { behavior: { type: 'rejectContent', message: reason }, outputInfo: { verdict: 'error', reason } };
      }
    },
  };
}

/** The actions a function call performs, judged. A call whose arguments carry no command, URL or path throws (fail closed). */
export function judgeFunctionCall(policySet: PolicySet, call: FunctionToolCall): GateResult {
  const item = { type: 'function_call', name: call.name, arguments: call.arguments, call_id: call.callId };
  const actions = openAiActions(item, { file: 'OpenAI Agents SDK', lineOf: () => undefined }).map((action) => ({
    ...action,
    origin: { source: 'hook', detail: `OpenAI Agents ${call.name}${call.callId ? ` ${call.callId}` : ''}` },
  }));
  return evaluateAll(policySet, actions);
}

function guardrailOutput(result: GateResult): GuardrailOutput {
  const decisive = result.items.find((item) => item.decision.decision === result.verdict) ?? result.items[0];
  const rule = decisive?.decision.rule ?? null;
  const reason = decisive?.decision.reason ?? 'nothing to judge';
  if (result.verdict === 'allow') return { behavior: { type: 'allow' }, outputInfo: { verdict: 'allow', rule, reason } };
  const what = result.verdict === 'deny' ? 'denied' : 'needs human approval';
  const message = `SafeClaw: this call ${what} (${rule ?? 'no rule allows it'}): ${reason}`;
  return { behavior: { type: 'rejectContent', message }, outputInfo: { verdict: result.verdict, rule, reason } };
}
