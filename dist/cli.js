#!/usr/bin/env node
import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunks/chunk-R46UKVD2.js";
import {
  UsageError
} from "./chunks/chunk-P2I2JZ74.js";
import "./chunks/chunk-JSTIMTER.js";

// src/cli/bin.ts
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

// src/cli/main.ts
var COMMANDS = {
  init: async () => (await import("./chunks/init-UNP3OPLX.js")).initCommand,
  check: async () => (await import("./chunks/check-OJSQGUK7.js")).checkCommand,
  explain: async () => (await import("./chunks/explain-EZU6H7P7.js")).explainCommand,
  test: async () => (await import("./chunks/test-IZGZDZ4F.js")).testCommand,
  policy: async () => (await import("./chunks/policy-FNBQ2UGK.js")).policyCommand,
  audit: async () => (await import("./chunks/audit-T2TWUYSV.js")).auditCommand,
  hook: async () => (await import("./chunks/hook-VSTC5WDX.js")).hookCommand
};
var MAIN_HELP = `Usage: safeclaw <command> [options]

Deny-by-default policy gate for AI DevOps agents.

Commands:
  init [DIR]        create .safeclaw/ with deny-all defaults and example policies
  check [INPUT...]  judge actions (JSONL, --command/--read/--write/--request)
  explain           show how one action is normalised and which rules match
  test              run the policy tests in .safeclaw/tests/
  policy lint       validate policies and warn about patterns that look broken
  audit verify FILE check a hash-chained audit log (--head HASH, --policies DIR)
  audit show FILE   list the decisions in an audit log (--decision, --since)
  hook claude-code  judge a Claude Code PreToolUse tool call (stdin JSON \u2192 allow/ask/deny)

Run \`safeclaw <command> --help\` for a command's options.
Exit codes: 0 allowed / ok, 1 denied, needs approval or failed, 2 usage error or invalid policy/input.
`;
async function main(argv2, io) {
  const [name, ...rest] = argv2;
  if (name === "--version" || name === "-v") {
    io.stdout.write(VERSION + "\n");
    return 0;
  }
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(MAIN_HELP);
    return name === void 0 ? 2 : 0;
  }
  const load = COMMANDS[name];
  try {
    if (!load) throw new UsageError(`unknown command "${name}"
  fix: run \`safeclaw --help\` for the list`);
    return await (await load())(rest, io);
  } catch (err) {
    io.stderr.write(describeError(err, io.env.SAFECLAW_DEBUG === "1"));
    return 2;
  }
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

// src/cli/bin.ts
var argv = process.argv.slice(2);
var nodeMajor = Number(process.versions.node.split(".")[0]);
if (argv[0] === "check" && nodeMajor >= 22 && !process.execArgv.includes("--liftoff-only")) {
  const again = spawnSync(process.execPath, ["--liftoff-only", ...process.execArgv, fileURLToPath(import.meta.url), ...argv], { stdio: "inherit" });
  process.exit(again.status ?? 2);
}
process.stdout.on("error", (err) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});
var code = await main(argv, {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY) && process.env.NO_COLOR === void 0
});
process.exitCode = code;
