import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  collectActions,
  openAiActions,
  parseActionsJsonl
} from "./chunks/chunk-RB6Y4JEG.js";
import "./chunks/chunk-H3GUW3Z5.js";
import {
  lintPolicies
} from "./chunks/chunk-5EL47NTO.js";
import {
  judgePreToolUse,
  parsePreToolUseInput,
  preToolUseAnswer,
  preToolUseFailure,
  withLiveManifestNamespaces
} from "./chunks/chunk-HH3I3NL2.js";
import {
  appendAuditRecords
} from "./chunks/chunk-FH4ZYK6X.js";
import {
  SourceError,
  evaluateAll
} from "./chunks/chunk-QBAGW2OF.js";
import {
  redactMessage,
  redactSecrets
} from "./chunks/chunk-MSLOIGWO.js";
import {
  DEFAULT_DENY_REASON,
  SafeClawInputError,
  evaluate,
  normalizeDestination,
  normalizePath,
  validateAction
} from "./chunks/chunk-PH6DYPQT.js";
import {
  PolicyError,
  analyzeShellCommand,
  compilePolicies,
  formatProblem,
  loadPolicies,
  prepareShellAnalysis
} from "./chunks/chunk-P7JXOOCS.js";
import {
  VERSION
} from "./chunks/chunk-R46UKVD2.js";
import "./chunks/chunk-2R2ZKVH5.js";
import {
  AuditError,
  DEFAULT_AUDIT_PATH,
  verifyAuditFile
} from "./chunks/chunk-EPVBHTLI.js";
import {
  ACTION_TYPES,
  EFFECTS,
  STRICTNESS
} from "./chunks/chunk-IP5HSEW5.js";
import "./chunks/chunk-PZ6AAJEP.js";
import "./chunks/chunk-JWNWVRK7.js";
import "./chunks/chunk-XQI5CAFA.js";
import "./chunks/chunk-CJM3AD5Z.js";
import "./chunks/chunk-G7CLGG5Z.js";
import "./chunks/chunk-6XR2NURA.js";
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
function safeclawTool(policySet, toolName, options = {}) {
  return {
    inputGuardrails: [safeclawToolGuardrail(policySet, { ...options, approvals: "sdk" })],
    // The SDK gives the parsed input; SafeClaw judges its JSON text, as the guardrail does.
    needsApproval: async (_context, input, callId) => {
      try {
        return judgeFunctionCall(policySet, { name: toolName, arguments: JSON.stringify(input), callId }).verdict === "require_approval";
      } catch {
        return false;
      }
    }
  };
}
function judgeFunctionCall(policySet, call, server = "") {
  const origin = { source: "hook", detail: `${server ? `MCP ${server}` : "OpenAI Agents"} ${call.name}${call.callId ? ` ${call.callId}` : ""}` };
  return evaluateAll(policySet, withLiveManifestNamespaces(functionCallActions(call, origin, server), policySet, void 0));
}
function functionCallActions(call, origin, server) {
  const item = { type: "function_call", name: call.name, arguments: call.arguments, call_id: call.callId };
  const actions = openAiActions(item, { file: "OpenAI Agents SDK", lineOf: () => void 0 });
  return actions.map((action) => action.type === "tool.call" && server && action.server === "" ? { ...action, server, origin } : { ...action, origin });
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

// src/integrations/claude-agent-sdk.ts
function safeclawPreToolUse(policySet, options = {}) {
  return async (input) => {
    try {
      const parsed = parsePreToolUseInput(JSON.stringify(input));
      const result = judgePreToolUse(policySet, parsed);
      if (result.items.length === 0) return {};
      if (options.audit !== void 0) {
        await appendAuditRecords(options.audit, result.items, { policyDigest: policySet.digest, context: { runId: parsed.session_id ?? null } });
      }
      return preToolUseAnswer(result);
    } catch (err) {
      return preToolUseFailure(err.message.split("\n")[0]);
    }
  };
}
function safeclawHooks(policySet, options = {}) {
  return {
    PreToolUse: [{ matcher: "*", hooks: [safeclawPreToolUse(policySet, options)], onFailure: "block" }]
  };
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
  prepareShellAnalysis,
  redactSecrets,
  safeclawHooks,
  safeclawPreToolUse,
  safeclawTool,
  safeclawToolGuardrail,
  validateAction,
  verifyAuditFile
};
