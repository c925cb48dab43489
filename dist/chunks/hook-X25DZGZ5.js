import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  readStream
} from "./chunk-B4AVO6EX.js";
import {
  appendAuditRecords,
  claudeToolActions,
  isObject
} from "./chunk-KUEGLOY7.js";
import {
  DEFAULT_AUDIT_PATH
} from "./chunk-3PYVO37J.js";
import {
  evaluateAll
} from "./chunk-PTSXNRPP.js";
import "./chunk-24CRSECF.js";
import {
  findPoliciesDir
} from "./chunk-Y6GSLRKB.js";
import {
  loadPolicies
} from "./chunk-CTHSFM3R.js";
import {
  parseCommandArgs
} from "./chunk-C7CIWFFA.js";
import {
  UsageError
} from "./chunk-P2I2JZ74.js";
import "./chunk-JSTIMTER.js";

// src/cli/commands/hook.ts
import { dirname, join, resolve } from "node:path";

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
function preToolUseAnswer(result) {
  const decisive = result.items.find((item) => item.decision.decision === result.verdict) ?? result.items[0];
  const reason = decisive ? `SafeClaw ${result.verdict}: ${decisive.decision.rule ?? "default"}: ${decisive.decision.reason}` : "SafeClaw: nothing to judge";
  return { hookSpecificOutput: { hookEventName: "PreToolUse", permissionDecision: PERMISSION[result.verdict], permissionDecisionReason: reason } };
}
function preToolUseFailure(message) {
  return {
    hookSpecificOutput: {
      hookEventName: "PreToolUse",
      permissionDecision: "deny",
      permissionDecisionReason: `SafeClaw could not judge this call, so it is denied: ${message}`
    }
  };
}

// src/cli/commands/hook.ts
var HOOK_HELP = `Usage: safeclaw hook claude-code [--policies DIR] [--audit FILE | --no-audit]

A Claude Code PreToolUse hook: reads the tool call from standard input, judges it,
records the decision (default: .safeclaw/audit/audit.jsonl beside the policies) and
answers allow, ask (require_approval) or deny. Register it in .claude/settings.json:

  {"hooks":{"PreToolUse":[{"matcher":"*","hooks":[{"type":"command","command":"npx safeclaw hook claude-code"}]}]}}

Any failure to judge or record the call is answered with deny.
`;
var OPTIONS = {
  policies: { type: "string" },
  audit: { type: "string" },
  "no-audit": { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
var hookCommand = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, "hook");
  if (values.help) {
    io.stdout.write(HOOK_HELP);
    return 0;
  }
  if (positionals[0] !== "claude-code" || positionals.length !== 1) {
    throw new UsageError(`hook: unknown integration "${positionals.join(" ")}" (available: claude-code)`);
  }
  let answer;
  try {
    const input = parsePreToolUseInput(await readStream(io.stdin));
    const cwd = input.cwd ?? io.cwd;
    const policiesDir = findPoliciesDir(cwd, values.policies);
    const policySet = await loadPolicies(policiesDir);
    const result = judgePreToolUse(policySet, input);
    if (!values["no-audit"] && result.items.length > 0) {
      const file = values.audit !== void 0 ? resolve(cwd, values.audit) : join(dirname(policiesDir), DEFAULT_AUDIT_PATH);
      await appendAuditRecords(file, result.items, { policyDigest: policySet.digest, context: { runId: input.session_id ?? null } });
    }
    if (result.items.length === 0) return 0;
    answer = preToolUseAnswer(result);
  } catch (err) {
    answer = preToolUseFailure(err.message.split("\n")[0]);
  }
  io.stdout.write(JSON.stringify(answer) + "\n");
  return 0;
};
export {
  HOOK_HELP,
  hookCommand
};
