import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  judgePreToolUse,
  preToolUseAnswer
} from "./chunks/chunk-FLSDLIFI.js";
import {
  VERSION
} from "./chunks/chunk-R46UKVD2.js";
import {
  openAiActions
} from "./chunks/chunk-5HNNDAQX.js";
import {
  appendAuditRecords,
  evaluateAll
} from "./chunks/chunk-REU7PKNO.js";
import "./chunks/chunk-N374ZEWW.js";
import {
  DEFAULT_DENY_REASON,
  evaluate,
  normalizeDestination,
  normalizePath
} from "./chunks/chunk-NHMAMQZS.js";
import {
  lintPolicies
} from "./chunks/chunk-6FSB6REL.js";
import {
  ACTION_TYPES,
  EFFECTS,
  PolicyError,
  STRICTNESS,
  analyzeShellCommand,
  compilePolicies,
  formatProblem,
  loadPolicies
} from "./chunks/chunk-PTTJIL5Z.js";
import "./chunks/chunk-JSTIMTER.js";

// src/integrations/openai-agents.ts
function safeclawToolGuardrail(policySet, options = {}) {
  return {
    type: "tool_input",
    name: "safeclaw",
    run: async ({ toolCall }) => {
      try {
        const result = judgeFunctionCall(policySet, toolCall);
        if (options.audit !== void 0 && result.items.length > 0) {
          await appendAuditRecords(options.audit, result.items, { policyDigest: policySet.digest });
        }
        return guardrailOutput(result);
      } catch (err) {
        const reason = `SafeClaw could not judge this call, so it is rejected: ${err.message.split("\n")[0]}`;
        return { behavior: { type: "rejectContent", message: reason }, outputInfo: { verdict: "error", reason } };
      }
    }
  };
}
function judgeFunctionCall(policySet, call) {
  const item = { type: "function_call", name: call.name, arguments: call.arguments, call_id: call.callId };
  const actions = openAiActions(item, { file: "OpenAI Agents SDK", lineOf: () => void 0 }).map((action) => ({
    ...action,
    origin: { source: "hook", detail: `OpenAI Agents ${call.name}${call.callId ? ` ${call.callId}` : ""}` }
  }));
  return evaluateAll(policySet, actions);
}
function guardrailOutput(result) {
  const decisive = result.items.find((item) => item.decision.decision === result.verdict) ?? result.items[0];
  const rule = decisive?.decision.rule ?? null;
  const reason = decisive?.decision.reason ?? "nothing to judge";
  if (result.verdict === "allow") return { behavior: { type: "allow" }, outputInfo: { verdict: "allow", rule, reason } };
  const what = result.verdict === "deny" ? "denied" : "needs human approval";
  const message = `SafeClaw: this call ${what} (${rule ?? "no rule allows it"}): ${reason}`;
  return { behavior: { type: "rejectContent", message }, outputInfo: { verdict: result.verdict, rule, reason } };
}
export {
  ACTION_TYPES,
  DEFAULT_DENY_REASON,
  EFFECTS,
  PolicyError,
  STRICTNESS,
  VERSION,
  analyzeShellCommand,
  compilePolicies,
  evaluate,
  evaluateAll,
  formatProblem,
  judgeFunctionCall,
  judgePreToolUse,
  lintPolicies,
  loadPolicies,
  normalizeDestination,
  normalizePath,
  preToolUseAnswer,
  safeclawToolGuardrail
};
