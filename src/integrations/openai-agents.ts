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
import { redactMessage } from '../redaction/redact.js';
import { evaluateAll } from '../engine/gate.js';
import { openAiActions } from '../sources/openai-log.js';
import type { Action, GateResult, Origin, PolicySet } from '../types.js';
import { withLiveManifestNamespaces } from './live-manifests.js';

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
  context?: { isToolApproved?: (approval: { toolName: string; callId: string }) => boolean | undefined };
}

export function safeclawToolGuardrail(policySet: PolicySet, options: SafeClawGuardrailOptions = {}) {
  return {
    type: 'tool_input' as const,
    name: 'safeclaw',
    run: async ({ toolCall, context }: GuardrailArgs): Promise<GuardrailOutput> => {
      try {
        const result = judgeFunctionCall(policySet, toolCall);
        // Only `true` counts: undefined is "not asked yet", false is a rejection.
        const approved =
          options.approvals === 'sdk' && result.verdict === 'require_approval' && toolCall.callId !== undefined &&
          context?.isToolApproved?.({ toolName: toolCall.name, callId: toolCall.callId }) === true;
        if (options.audit !== undefined && result.items.length > 0) {
          // The record keeps SafeClaw's decision (require_approval); who let it run is the actor.
          const context = approved ? { actor: 'a person, through the OpenAI Agents SDK approval' } : {};
          await appendAuditRecords(options.audit, result.items, { policyDigest: policySet.digest, context });
        }
        if (approved) return { behavior: { type: 'allow' }, outputInfo: { verdict: 'require_approval', rule: decisiveOf(result)?.decision.rule ?? null, reason: 'approved by a person through the SDK' } };
        return guardrailOutput(result);
      } catch (err) {
        const reason = `SafeClaw could not judge this call, so it is rejected: ${redactMessage((err as Error).message.split('\n')[0])}`;
        return { behavior: { type: 'rejectContent', message: reason }, outputInfo: { verdict: 'error', reason } };
      }
    },
  };
}

/**
 * SafeClaw for one function tool, to spread into `tool({...})`: the guardrail,
 * and `needsApproval` so that require_approval becomes the SDK's own
 * human-in-the-loop interruption (`result.interruptions`, `state.approve(item)`)
 * instead of a rejection. Deny is still a rejection with the rule and reason.
 */
export function safeclawTool(policySet: PolicySet, toolName: string, options: Omit<SafeClawGuardrailOptions, 'approvals'> = {}) {
  return {
    inputGuardrails: [safeclawToolGuardrail(policySet, { ...options, approvals: 'sdk' })],
    // The SDK gives the parsed input; SafeClaw judges its JSON text, as the guardrail does.
    needsApproval: async (_context: unknown, input: unknown, callId?: string): Promise<boolean> => {
      try {
        return judgeFunctionCall(policySet, { name: toolName, arguments: JSON.stringify(input), callId }).verdict === 'require_approval';
      } catch {
        return false; // the guardrail rejects what SafeClaw cannot read, with why
      }
    },
  };
}

/**
 * The actions a function call performs, judged: the command, URL or path its
 * arguments carry (as for OpenAI logs), else a `tool.call` of the tool with its
 * arguments as input, which only a `tool.call` rule naming it can allow.
 * Arguments that are not a JSON object throw (fail closed).
 */
export function judgeFunctionCall(policySet: PolicySet, call: FunctionToolCall, server = ''): GateResult {
  const origin = { source: 'hook', detail: `${server ? `MCP ${server}` : 'OpenAI Agents'} ${call.name}${call.callId ? ` ${call.callId}` : ''}` };
  // The SDK gives no working directory: kubectl -f paths are read from the project folder.
  return evaluateAll(policySet, withLiveManifestNamespaces(functionCallActions(call, origin, server), policySet, undefined));
}

function functionCallActions(call: FunctionToolCall, origin: Origin, server: string): Action[] {
  const item = { type: 'function_call', name: call.name, arguments: call.arguments, call_id: call.callId };
  // As in OpenAI logs: what the arguments carry, else a tool.call of this function (server '' there).
  const actions = openAiActions(item, { file: 'OpenAI Agents SDK', lineOf: () => undefined });
  return actions.map((action) => (action.type === 'tool.call' && server && action.server === '' ? { ...action, server, origin } : { ...action, origin }));
}

function decisiveOf(result: GateResult) {
  return result.items.find((item) => item.decision.decision === result.verdict) ?? result.items[0];
}

function guardrailOutput(result: GateResult): GuardrailOutput {
  const decisive = decisiveOf(result);
  const rule = decisive?.decision.rule ?? null;
  const reason = decisive?.decision.reason ?? 'nothing to judge';
  if (result.verdict === 'allow') return { behavior: { type: 'allow' }, outputInfo: { verdict: 'allow', rule, reason } };
  const what = result.verdict === 'deny' ? 'denied' : 'needs human approval';
  const message = `SafeClaw: this call ${what} (${rule ?? 'no rule allows it'}): ${reason}`;
  return { behavior: { type: 'rejectContent', message }, outputInfo: { verdict: result.verdict, rule, reason } };
}
