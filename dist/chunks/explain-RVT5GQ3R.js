import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  describeAction,
  paint,
  printable
} from "./chunk-PFHLF2Q3.js";
import {
  findPoliciesDir
} from "./chunk-ZUUTPSRC.js";
import {
  judgeForDisplay,
  mcpServerOf,
  toolCallAction
} from "./chunk-S3E4OIHW.js";
import "./chunk-LX2K7VLI.js";
import "./chunk-7QVB6KRL.js";
import {
  loadPolicies
} from "./chunk-CY66CH4F.js";
import {
  oneOf,
  parseCommandArgs
} from "./chunk-C7CIWFFA.js";
import {
  UsageError
} from "./chunk-P2I2JZ74.js";
import "./chunk-JSTIMTER.js";

// src/cli/commands/explain.ts
var EXPLAIN_HELP = `Usage: safeclaw explain [--policies DIR] [--format text|json] (--command CMD | --read PATH | --write PATH | --request URL
                        | --tool NAME [--server NAME] [--input JSON])

Shows the normalised action, every simple command and implied file/network action it
holds, and for every rule of that action type whether it matched and why.
--tool explains a tool.call (an MCP tool: the server defaults to NAME's mcp__SERVER__ part).
`;
var OPTIONS = {
  policies: { type: "string" },
  format: { type: "string" },
  command: { type: "string" },
  read: { type: "string" },
  write: { type: "string" },
  request: { type: "string" },
  tool: { type: "string" },
  server: { type: "string" },
  input: { type: "string" },
  help: { type: "boolean", short: "h" }
};
var explainCommand = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, "explain");
  if (values.help) {
    io.stdout.write(EXPLAIN_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`explain: unexpected argument "${positionals[0]}"; pass the action with --command, --read, --write or --request`);
  const format = oneOf(values.format, ["text", "json"], "--format", "text");
  const given = [];
  const origin = { source: "cli" };
  if (values.command !== void 0) given.push({ type: "shell.execute", command: values.command, origin });
  if (values.read !== void 0) given.push({ type: "file.read", path: values.read, origin });
  if (values.write !== void 0) given.push({ type: "file.write", path: values.write, origin });
  if (values.request !== void 0) given.push({ type: "network.request", destination: values.request, origin });
  if (values.tool !== void 0) given.push(toolCallOf(values.tool, values.server, values.input, origin));
  else if (values.server !== void 0 || values.input !== void 0) throw new UsageError("explain: --server and --input go with --tool");
  if (given.length !== 1) throw new UsageError("explain: give exactly one of --command, --read, --write, --request, --tool");
  const action = given[0];
  const policySet = await loadPolicies(findPoliciesDir(io.cwd, values.policies));
  const shown = judgeForDisplay(policySet, action, { trace: true });
  const decision = shown.decision;
  if (format === "json") {
    io.stdout.write(JSON.stringify({ action: shown.action, ...decision, ...shown.redacted ? { redacted: shown.redacted } : {} }) + "\n");
  } else {
    io.stdout.write(formatExplanation(shown.action, decision, io.isTTY));
  }
  return decision.decision === "allow" ? 0 : 1;
};
function toolCallOf(tool, server, inputText, origin) {
  let input = {};
  if (inputText !== void 0) {
    try {
      input = JSON.parse(inputText);
    } catch (err) {
      throw new UsageError(`explain: --input is not JSON (${err.message})
  fix: give the call's arguments as a JSON object, e.g. --input '{"sql":"SELECT 1"}'`);
    }
    if (typeof input !== "object" || input === null || Array.isArray(input)) throw new UsageError("explain: --input must be a JSON object (the call's arguments)");
  }
  return toolCallAction(tool, server ?? mcpServerOf(tool) ?? "", input, origin);
}
var KIND_LABEL = {
  action: "action",
  command: "simple command",
  opaque: "opaque command",
  implied: "implied"
};
function formatExplanation(action, decision, colour) {
  const out = [];
  out.push(`action:     ${printable(describeAction(action))}`);
  out.push(`normalised: ${printable(decision.normalized)}`);
  decision.parts.forEach((part, index) => {
    out.push("");
    const raw = part.raw && part.raw !== part.text ? `   (from: ${printable(part.raw)})` : "";
    out.push(`part ${index + 1}: ${KIND_LABEL[part.kind]} ${part.type} \`${printable(part.text)}\`${raw}`);
    const trace = part.trace ?? [];
    if (trace.length === 0) out.push(`  no ${part.type} rules`);
    for (const step of trace) {
      const mark = step.matched ? paint(step.effect, "match", colour) : "no   ";
      out.push(`  ${mark}  ${step.rule} (${step.effect}): ${printable(step.why)}`);
    }
    out.push(`  \u2192 ${paint(part.decision, part.decision, colour)} by ${part.rule ?? "(default)"}: ${printable(part.reason)}`);
  });
  out.push("");
  out.push(`decision: ${paint(decision.decision, decision.decision, colour)} \u2014 ${decision.rule ?? "(default)"}: ${printable(decision.reason)}`);
  return out.join("\n") + "\n";
}
export {
  EXPLAIN_HELP,
  explainCommand,
  formatExplanation
};
