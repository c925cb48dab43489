import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  projectPoliciesDir
} from "./chunk-GUVAEWT4.js";
import {
  judgePreToolUse,
  parsePreToolUseInput,
  preToolUseActions,
  preToolUseAnswer,
  preToolUseFailure
} from "./chunk-BM63INFF.js";
import {
  readStream
} from "./chunk-B4AVO6EX.js";
import {
  appendAuditRecords
} from "./chunk-HJBY34XO.js";
import {
  anchorIfDue
} from "./chunk-T7BP6HLI.js";
import {
  DEFAULT_AUDIT_PATH
} from "./chunk-WRRAIGSS.js";
import {
  SourceError,
  claudeToolActions,
  evaluateAll
} from "./chunk-S3E4OIHW.js";
import "./chunk-LX2K7VLI.js";
import "./chunk-7QVB6KRL.js";
import {
  loadPolicies
} from "./chunk-CY66CH4F.js";
import {
  parseCommandArgs
} from "./chunk-C7CIWFFA.js";
import {
  UsageError
} from "./chunk-P2I2JZ74.js";
import "./chunk-JSTIMTER.js";

// src/cli/commands/hook.ts
import { dirname, join, resolve } from "node:path";

// src/integrations/codex.ts
import { posix } from "node:path";
var PATCH_FILE = /^\*\*\* (?:Add File|Update File|Delete File|Move to): (.+)$/gm;
function codexToolActions(name, input, origin, cwd) {
  const where = { file: origin.file, line: origin.line };
  switch (name) {
    case "apply_patch": {
      const candidates = [input.command, input.patch, input.input].flatMap((v) => Array.isArray(v) ? v : [v]);
      const patch = candidates.find((v) => typeof v === "string" && v.includes("*** Begin Patch"));
      if (patch === void 0) throw new SourceError(where, "apply_patch call has no patch text", "SafeClaw judges an apply_patch by the files its patch names");
      const paths = [...patch.matchAll(PATCH_FILE)].map((m) => m[1].trim());
      if (paths.length === 0) throw new SourceError(where, "apply_patch patch names no file", "a patch must name its files (*** Update File: PATH)");
      return paths.map((p) => claudeToolActions("Write", { file_path: p }, origin, cwd)[0]);
    }
    case "update_plan":
      return [];
    // the session's own plan
    case "view_image":
      return claudeToolActions("Read", { file_path: input.path }, origin, cwd);
    case "write_stdin":
      throw new SourceError(where, "write_stdin is refused: input typed into a running program cannot be judged", "do not allow interactive programs (sh, python3, psql\u2026) in the policies");
    default:
      return void 0;
  }
}
function codexActions(input) {
  const origin = { source: "hook", detail: `Codex ${input.tool_name}${input.tool_use_id ? ` ${input.tool_use_id}` : ""}` };
  const own = codexToolActions(input.tool_name, input.tool_input, origin, void 0);
  if (own === void 0) return preToolUseActions(input).map((action) => ({ ...action, origin }));
  return own.map((action) => withAbsolutePath(action, input.cwd));
}
function withAbsolutePath(action, cwd) {
  if (!cwd || action.type !== "file.read" && action.type !== "file.write" || posix.isAbsolute(action.path)) return action;
  return { ...action, path: posix.join(cwd, action.path) };
}
function judgeCodexToolUse(policySet, input) {
  return evaluateAll(policySet, codexActions(input));
}
var CODEX_APPROVAL_HINT = "Codex hooks cannot ask a person, so SafeClaw denies calls that need approval. To get it: a person runs this themselves, or a reviewer adds an allow rule for it to the policies, or the task runs in a client that asks (Claude Code).";
function codexAnswer(result, policies) {
  if (result.verdict === "allow") return void 0;
  const answer = preToolUseAnswer(result, policies);
  const out = answer.hookSpecificOutput;
  if (result.verdict === "require_approval") {
    return { hookSpecificOutput: { ...out, permissionDecision: "deny", permissionDecisionReason: `${out.permissionDecisionReason}. ${CODEX_APPROVAL_HINT}` } };
  }
  return answer;
}

// src/cli/commands/hook.ts
var CLAUDE_CODE_HOOK_COMMAND = 'node "$CLAUDE_PROJECT_DIR/node_modules/@authensor/safeclaw/dist/cli.js" hook claude-code || exit 2';
var CODEX_HOOK_COMMAND = "node /path/to/project/node_modules/@authensor/safeclaw/dist/cli.js hook codex --policies /path/to/project/.safeclaw || exit 2";
var HOOK_HELP = `Usage: safeclaw hook claude-code|codex [--policies DIR] [--audit FILE | --no-audit] [--anchor-every N]

A Claude Code PreToolUse hook: reads the tool call from standard input, judges it
with the project's policies, records the decision (default: .safeclaw/audit/audit.jsonl
beside the policies) and answers allow, ask (require_approval) or deny. With
--anchor-every N, every Nth record's head is also written to refs/safeclaw/audit
in the project's repository (safeclaw audit anchor).
Register it in .claude/settings.json:

  {"hooks":{"PreToolUse":[{"matcher":"*","hooks":[{"type":"command","command":${JSON.stringify(CLAUDE_CODE_HOOK_COMMAND)},"timeout":60,"onFailure":"block"}]}]}}

The policies: --policies DIR, else $CLAUDE_PROJECT_DIR/.safeclaw, else the .safeclaw
at the top of the outermost git work tree holding the session's cwd. A .safeclaw in
a subfolder, a submodule or a nested repository never decides.
Any failure to judge or record the call is answered with deny; a SafeClaw that
cannot start exits 2 through "|| exit 2", which Claude Code treats as a block.

\`hook codex\` is the same for the Codex CLI, which acts on deny only: require_approval
is answered with deny (and how to get the approval), allow with no answer. In
~/.codex/config.toml (then trust it: /hooks in the TUI):

  [[hooks.PreToolUse]]
  matcher = "*"
  [[hooks.PreToolUse.hooks]]
  type = "command"
  command = ${JSON.stringify(CODEX_HOOK_COMMAND)}
`;
var INTEGRATIONS = {
  "claude-code": { judge: judgePreToolUse, answer: preToolUseAnswer },
  codex: { judge: judgeCodexToolUse, answer: codexAnswer }
};
var OPTIONS = {
  policies: { type: "string" },
  audit: { type: "string" },
  "no-audit": { type: "boolean" },
  "anchor-every": { type: "string" },
  help: { type: "boolean", short: "h" }
};
var hookCommand = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, "hook");
  if (values.help) {
    io.stdout.write(HOOK_HELP);
    return 0;
  }
  const integration = positionals.length === 1 && Object.hasOwn(INTEGRATIONS, positionals[0]) ? INTEGRATIONS[positionals[0]] : void 0;
  if (integration === void 0) {
    throw new UsageError(`hook: unknown integration "${positionals.join(" ")}" (available: ${Object.keys(INTEGRATIONS).join(", ")})`);
  }
  const anchorEvery = values["anchor-every"] === void 0 ? void 0 : Number(values["anchor-every"]);
  if (anchorEvery !== void 0 && !(Number.isSafeInteger(anchorEvery) && anchorEvery > 0)) {
    throw new UsageError(`hook: --anchor-every must be a positive number of records, got "${values["anchor-every"]}"`);
  }
  let answer;
  try {
    const input = parsePreToolUseInput(await readStream(io.stdin));
    const policies = projectPoliciesDir({ given: values.policies, env: io.env, sessionCwd: input.cwd, processCwd: io.cwd });
    const policySet = await loadPolicies(policies.dir);
    const result = integration.judge(policySet, input);
    if (!values["no-audit"] && result.items.length > 0) {
      const file = values.audit !== void 0 ? resolve(dirname(policies.dir), values.audit) : join(dirname(policies.dir), DEFAULT_AUDIT_PATH);
      const appended = await appendAuditRecords(file, result.items, { policyDigest: policySet.digest, context: { runId: input.session_id ?? null } });
      if (anchorEvery !== void 0) {
        await anchorIfDue(file, appended, { every: anchorEvery, repo: dirname(policies.dir) }).catch((err) => io.stderr.write(`safeclaw: audit anchor not written: ${err.message}
`));
      }
    }
    if (result.items.length === 0) return 0;
    answer = integration.answer(result, policies);
    if (answer === void 0) return 0;
  } catch (err) {
    answer = preToolUseFailure(err.message.split("\n").map((line) => line.trim()).join(" "));
  }
  io.stdout.write(JSON.stringify(answer) + "\n");
  return 0;
};
export {
  CLAUDE_CODE_HOOK_COMMAND,
  CODEX_HOOK_COMMAND,
  HOOK_HELP,
  hookCommand
};
