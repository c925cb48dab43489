import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  claudeToolActions,
  evaluateAll,
  isObject
} from "./chunk-S3E4OIHW.js";
import {
  redactMessage
} from "./chunk-LX2K7VLI.js";

// src/integrations/claude-code.ts
import { posix } from "node:path";
var PERMISSION = {
  allow: "allow",
  require_approval: "ask",
  deny: "deny"
};
function parsePreToolUseInput(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new Error(`hook input is not JSON (${err.message})`);
  }
  if (!isObject(value) || typeof value.tool_name !== "string") throw new Error('hook input has no "tool_name"');
  if (value.hook_event_name !== void 0 && value.hook_event_name !== "PreToolUse") {
    throw new Error(`hook input is a ${String(value.hook_event_name)} event; register safeclaw for PreToolUse`);
  }
  return {
    tool_name: value.tool_name,
    tool_input: isObject(value.tool_input) ? value.tool_input : {},
    cwd: typeof value.cwd === "string" ? value.cwd : void 0,
    session_id: typeof value.session_id === "string" ? value.session_id : void 0,
    tool_use_id: typeof value.tool_use_id === "string" ? value.tool_use_id : void 0
  };
}
function preToolUseActions(input) {
  const origin = { source: "hook", detail: `Claude Code ${input.tool_name}${input.tool_use_id ? ` ${input.tool_use_id}` : ""}` };
  const actions = claudeToolActions(input.tool_name, input.tool_input, origin, void 0);
  const cwd = input.cwd;
  if (!cwd) return actions;
  return actions.map(
    (action) => (action.type === "file.read" || action.type === "file.write") && !posix.isAbsolute(action.path) ? { ...action, path: posix.join(cwd, action.path) } : action
  );
}
function judgePreToolUse(policySet, input) {
  return evaluateAll(policySet, preToolUseActions(input));
}
function preToolUseAnswer(result, policies) {
  const decisive = result.items.find((item) => item.decision.decision === result.verdict) ?? result.items[0];
  const where = policies ? ` (policies: ${policies.dir}, from ${policies.how})` : "";
  const reason = decisive ? `SafeClaw ${result.verdict}: ${decisive.decision.rule ?? "default"}: ${decisive.decision.reason}${where}` : "SafeClaw: nothing to judge";
  return { hookSpecificOutput: { hookEventName: "PreToolUse", permissionDecision: PERMISSION[result.verdict], permissionDecisionReason: reason } };
}
function preToolUseFailure(message) {
  return {
    hookSpecificOutput: {
      hookEventName: "PreToolUse",
      permissionDecision: "deny",
      // The message may quote the tool call (a parse error): redacted like every output.
      permissionDecisionReason: `SafeClaw could not judge this call, so it is denied: ${redactMessage(message)}`
    }
  };
}

export {
  parsePreToolUseInput,
  preToolUseActions,
  judgePreToolUse,
  preToolUseAnswer,
  preToolUseFailure
};
