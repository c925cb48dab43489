import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  judgePreToolUse,
  parsePreToolUseInput,
  preToolUseAnswer,
  preToolUseFailure
} from "./chunk-FLSDLIFI.js";
import {
  readStream
} from "./chunk-B4AVO6EX.js";
import {
  appendAuditRecords
} from "./chunk-REU7PKNO.js";
import {
  DEFAULT_AUDIT_PATH
} from "./chunk-N374ZEWW.js";
import "./chunk-NHMAMQZS.js";
import {
  findPoliciesDir
} from "./chunk-Y6GSLRKB.js";
import {
  loadPolicies
} from "./chunk-PTTJIL5Z.js";
import {
  parseCommandArgs
} from "./chunk-C7CIWFFA.js";
import {
  UsageError
} from "./chunk-P2I2JZ74.js";
import "./chunk-JSTIMTER.js";

// src/cli/commands/hook.ts
import { dirname, join, resolve } from "node:path";
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
