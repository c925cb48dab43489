import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  redactMessage
} from "./chunk-MSLOIGWO.js";
import {
  VERSION
} from "./chunk-R46UKVD2.js";
import {
  UsageError
} from "./chunk-P2I2JZ74.js";

// src/cli/report-error.ts
function reportError(err, io) {
  io.stderr.write(redactMessage(describeError(err, io.env.SAFECLAW_DEBUG === "1")));
  return 2;
}
function describeError(err, debug) {
  if (err instanceof Error) {
    const expected = ["UsageError", "PolicyError", "SourceError", "AuditError"].includes(err.name);
    if (expected) return `safeclaw: ${err.message}
`;
    const stack = debug && err.stack ? `
${err.stack}` : "\n  (set SAFECLAW_DEBUG=1 for details)";
    return `safeclaw: internal error: ${err.message}${stack}
`;
  }
  return `safeclaw: internal error: ${String(err)}
`;
}

// src/cli/main.ts
var COMMANDS = {
  init: async () => (await import("./init-WIDTM3RN.js")).initCommand,
  check: async () => (await import("./check-JOFC27K7.js")).checkCommand,
  explain: async () => (await import("./explain-SN2V2KKJ.js")).explainCommand,
  test: async () => (await import("./test-P5SCNOZE.js")).testCommand,
  policy: async () => (await import("./policy-PZFKNVTW.js")).policyCommand,
  audit: async () => (await import("./audit-GBIQPQ3Y.js")).auditCommand,
  hook: async () => (await import("./hook-I6IXS2TZ.js")).hookCommand,
  "mcp-proxy": async () => (await import("./mcp-proxy-ADXDWGEC.js")).mcpProxyCommand,
  // The judge runs the hook bundle's own code (hook-main.ts), as dist/cli.js does.
  judge: async () => {
    const hook = await import("../hook-main.js");
    return (argv, io) => hook.main(["judge", ...argv], io);
  }
};
var MAIN_HELP = `Usage: safeclaw <command> [options]

Deny-by-default policy gate for AI DevOps agents. Run with no command at a
terminal in a project without .safeclaw/, it does what \`safeclaw init\` does.

Commands:
  init [DIR]        create .safeclaw/ with deny-all defaults and example policies
  check [INPUT...]  judge actions (JSONL, --command/--read/--write/--request)
  explain           show how one action is normalised and which rules match
  test              run the policy tests in .safeclaw/tests/
  policy lint       validate policies and warn about patterns that look broken
  audit verify FILE check a hash-chained audit log (--head HASH, --policies DIR)
  audit show FILE   list the decisions in an audit log (--decision, --since)
  audit anchor FILE record the log's head on a git ref (refs/safeclaw/audit), after verifying it
  audit export FILE stream the records to a SIEM (--format ocsf|cef|jsonl), after verifying the log
  hook claude-code  judge a Claude Code PreToolUse tool call (stdin JSON \u2192 allow/ask/deny)
  hook codex        the same for the Codex CLI (require_approval \u2192 deny)
  judge start       a long-lived local judge that hook calls ask (Linux; also serve, stop, status)
  mcp-proxy         a stdio MCP server judging every tools/call of another one

Run \`safeclaw <command> --help\` for a command's options.
Exit codes: 0 allowed / ok, 1 denied, needs approval or failed, 2 usage error or invalid policy/input.
`;
async function main(argv, io) {
  const [name, ...rest] = argv;
  if (name === "--version" || name === "-v") {
    io.stdout.write(VERSION + "\n");
    return 0;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(MAIN_HELP);
    return 0;
  }
  const load = name !== void 0 && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : void 0;
  try {
    if (name === void 0) return await (await import("./quick-start-GBKTOPM3.js")).quickStart(io);
    if (!load) throw new UsageError(`unknown command "${name}"
  fix: run \`safeclaw --help\` for the list`);
    return await (await load())(rest, io);
  } catch (err) {
    return reportError(err, io);
  }
}

export {
  MAIN_HELP,
  main
};
