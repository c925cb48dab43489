import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  lintPolicies
} from "./chunks/chunk-QFNS6V3E.js";
import {
  judgePreToolUse,
  preToolUseAnswer
} from "./chunks/chunk-BM63INFF.js";
import {
  collectActions,
  openAiActions,
  parseActionsJsonl
} from "./chunks/chunk-PEP7NO26.js";
import {
  appendAuditRecords
} from "./chunks/chunk-HJBY34XO.js";
import "./chunks/chunk-6G6H7KW6.js";
import {
  AuditError,
  DEFAULT_AUDIT_PATH,
  verifyAuditFile
} from "./chunks/chunk-WRRAIGSS.js";
import {
  VERSION
} from "./chunks/chunk-R46UKVD2.js";
import {
  SourceError,
  evaluateAll,
  toolCallAction
} from "./chunks/chunk-S3E4OIHW.js";
import {
  redactMessage,
  redactSecrets
} from "./chunks/chunk-LX2K7VLI.js";
import {
  DEFAULT_DENY_REASON,
  SafeClawInputError,
  evaluate,
  normalizeDestination,
  normalizePath,
  validateAction
} from "./chunks/chunk-7QVB6KRL.js";
import {
  ACTION_TYPES,
  EFFECTS,
  PolicyError,
  STRICTNESS,
  analyzeShellCommand,
  compilePolicies,
  formatProblem,
  loadPolicies
} from "./chunks/chunk-CY66CH4F.js";
import "./chunks/chunk-JSTIMTER.js";

// src/integrations/openai-agents.ts
function safeclawToolGuardrail(policySet, options = {}) {
  return {
    type: "tool_input",
    name: "safeclaw",
    run: async ({ toolCall, context }) => {
      try {
        const result = judgeFunctionCall(policySet, toolCall);
        const approved = options.approvals === "sdk" && result.verdict === "require_approval" && toolCall.callId !== void 0 && context?.isToolApproved?.({ toolName: toolCall.name, callId: toolCall.callId }) === true;
        if (options.audit !== void 0 && result.items.length > 0) {
          const context2 = approved ? { actor: "a person, through the OpenAI Agents SDK approval" } : {};
          await appendAuditRecords(options.audit, result.items, { policyDigest: policySet.digest, context: context2 });
        }
        if (approved) return { behavior: { type: "allow" }, outputInfo: { verdict: "require_approval", rule: decisiveOf(result)?.decision.rule ?? null, reason: "approved by a person through the SDK" } };
        return guardrailOutput(result);
      } catch (err) {
        const reason = `SafeClaw could not judge this call, so it is rejected: ${redactMessage(err.message.split("\n")[0])}`;
        return { behavior: { type: "rejectContent", message: reason }, outputInfo: { verdict: "error", reason } };
      }
    }
  };
}
function judgeFunctionCall(policySet, call, server = "") {
  const origin = { source: "hook", detail: `${server ? `MCP ${server}` : "OpenAI Agents"} ${call.name}${call.callId ? ` ${call.callId}` : ""}` };
  return evaluateAll(policySet, functionCallActions(call, origin, server));
}
function functionCallActions(call, origin, server) {
  const item = { type: "function_call", name: call.name, arguments: call.arguments, call_id: call.callId };
  try {
    return openAiActions(item, { file: "OpenAI Agents SDK", lineOf: () => void 0 }).map((action) => ({ ...action, origin }));
  } catch (err) {
    let input;
    try {
      input = JSON.parse(call.arguments);
    } catch {
      throw err;
    }
    if (typeof input !== "object" || input === null || Array.isArray(input)) throw err;
    return [toolCallAction(call.name, server, input, origin)];
  }
}
function decisiveOf(result) {
  return result.items.find((item) => item.decision.decision === result.verdict) ?? result.items[0];
}
function guardrailOutput(result) {
  const decisive = decisiveOf(result);
  const rule = decisive?.decision.rule ?? null;
  const reason = decisive?.decision.reason ?? "nothing to judge";
  if (result.verdict === "allow") return { behavior: { type: "allow" }, outputInfo: { verdict: "allow", rule, reason } };
  const what = result.verdict === "deny" ? "denied" : "needs human approval";
  const message = `SafeClaw: this call ${what} (${rule ?? "no rule allows it"}): ${reason}`;
  return { behavior: { type: "rejectContent", message }, outputInfo: { verdict: result.verdict, rule, reason } };
}
export {
  ACTION_TYPES,
  AuditError,
  DEFAULT_AUDIT_PATH,
  DEFAULT_DENY_REASON,
  EFFECTS,
  PolicyError,
  STRICTNESS,
  SafeClawInputError,
  SourceError,
  VERSION,
  analyzeShellCommand,
  appendAuditRecords,
  collectActions,
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
  parseActionsJsonl,
  preToolUseAnswer,
  redactSecrets,
  safeclawToolGuardrail,
  validateAction,
  verifyAuditFile
};
