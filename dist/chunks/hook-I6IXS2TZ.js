import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  readStandardInput,
  writeDescriptor
} from "./chunk-KTLEZSAW.js";
import {
  projectPoliciesDir
} from "./chunk-24M6HKE3.js";
import {
  codexActions,
  codexAnswer,
  judgeToolCall,
  parsePreToolUseInput,
  preToolUseActions,
  preToolUseAnswer,
  preToolUseFailure
} from "./chunk-HH3I3NL2.js";
import {
  appendAuditRecords
} from "./chunk-FH4ZYK6X.js";
import "./chunk-QBAGW2OF.js";
import "./chunk-MSLOIGWO.js";
import "./chunk-PH6DYPQT.js";
import {
  loadPolicies
} from "./chunk-P7JXOOCS.js";
import "./chunk-2R2ZKVH5.js";
import {
  parseCommandArgs
} from "./chunk-OPLRS47Z.js";
import "./chunk-UPSMNA4H.js";
import {
  UsageError
} from "./chunk-P2I2JZ74.js";
import {
  DEFAULT_AUDIT_PATH
} from "./chunk-EPVBHTLI.js";
import "./chunk-IP5HSEW5.js";
import "./chunk-PZ6AAJEP.js";
import "./chunk-JWNWVRK7.js";
import {
  require_fs
} from "./chunk-CJM3AD5Z.js";
import "./chunk-G7CLGG5Z.js";
import {
  require_path
} from "./chunk-6XR2NURA.js";
import {
  __toESM
} from "./chunk-JSTIMTER.js";

// src/cli/commands/hook.ts
var import_node_path = __toESM(require_path(), 1);

// src/cli/write-output.ts
var import_node_fs = __toESM(require_fs(), 1);
function writeStandardOutput(io, text) {
  if (io.stdoutFd === void 0) {
    io.stdout.write(text);
    return;
  }
  writeDescriptor(import_node_fs.writeSync, io.stdoutFd, text, () => io.stdout);
}

// src/cli/commands/hook.ts
var CLAUDE_CODE_HOOK_COMMAND = 'node "$CLAUDE_PROJECT_DIR/node_modules/@authensor/safeclaw/dist/cli.js" hook claude-code || exit 2';
var CLAUDE_CODE_JUDGE_START_COMMAND = 'node "$CLAUDE_PROJECT_DIR/node_modules/@authensor/safeclaw/dist/cli.js" judge start --quiet';
var CODEX_HOOK_COMMAND = "node /path/to/project/node_modules/@authensor/safeclaw/dist/cli.js hook codex --policies /path/to/project/.safeclaw || exit 2";
var CODEX_JUDGE_START_COMMAND = "node /path/to/project/node_modules/@authensor/safeclaw/dist/cli.js judge start --quiet";
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

On Linux, a session-start hook beside it starts the long-lived judge (safeclaw
judge --help), which hook calls then ask after verifying it; without one, or on
any failure, a call is judged in-process, the same way:

  {"hooks":{"SessionStart":[{"hooks":[{"type":"command","command":${JSON.stringify(CLAUDE_CODE_JUDGE_START_COMMAND)}}]}]}}

\`hook codex\` is the same for the Codex CLI, which acts on deny only: require_approval
is answered with deny (and how to get the approval), allow with no answer. In
~/.codex/config.toml (then trust it: /hooks in the TUI):

  [[hooks.PreToolUse]]
  matcher = "*"
  [[hooks.PreToolUse.hooks]]
  type = "command"
  command = ${JSON.stringify(CODEX_HOOK_COMMAND)}

  [[hooks.SessionStart]]
  [[hooks.SessionStart.hooks]]
  type = "command"
  command = ${JSON.stringify(CODEX_JUDGE_START_COMMAND)}
`;
var INTEGRATIONS = {
  "claude-code": { actions: preToolUseActions, answer: preToolUseAnswer },
  codex: { actions: codexActions, answer: codexAnswer }
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
    const input = parsePreToolUseInput(await readStandardInput(io));
    const policies = projectPoliciesDir({ given: values.policies, env: io.env, sessionCwd: input.cwd, processCwd: io.cwd });
    const policySet = await loadPolicies(policies.dir, { prepareShell: false, reuseUnchanged: true });
    const result = await judgeToolCall(policySet, integration.actions(input), input.cwd);
    if (!values["no-audit"] && result.items.length > 0) {
      const file = values.audit !== void 0 ? (0, import_node_path.resolve)((0, import_node_path.dirname)(policies.dir), values.audit) : (0, import_node_path.join)((0, import_node_path.dirname)(policies.dir), DEFAULT_AUDIT_PATH);
      const appended = await appendAuditRecords(file, result.items, { policyDigest: policySet.digest, context: { runId: input.session_id ?? null } });
      if (anchorEvery !== void 0) {
        const { anchorIfDue } = await import("./anchor-WTJDIS25.js");
        await anchorIfDue(file, appended, { every: anchorEvery, repo: (0, import_node_path.dirname)(policies.dir) }).catch((err) => io.stderr.write(`safeclaw: audit anchor not written: ${err.message}
`));
      }
    }
    if (result.items.length === 0) return 0;
    answer = integration.answer(result, policies);
    if (answer === void 0) return 0;
  } catch (err) {
    answer = preToolUseFailure(err.message.split("\n").map((line) => line.trim()).join(" "));
  }
  writeStandardOutput(io, JSON.stringify(answer) + "\n");
  return 0;
};
export {
  CLAUDE_CODE_HOOK_COMMAND,
  CLAUDE_CODE_JUDGE_START_COMMAND,
  CODEX_HOOK_COMMAND,
  CODEX_JUDGE_START_COMMAND,
  HOOK_HELP,
  hookCommand
};
