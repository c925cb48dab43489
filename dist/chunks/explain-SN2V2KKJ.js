import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  describeAction,
  paint,
  printable
} from "./chunk-QS2ZCJMI.js";
import {
  findPoliciesDir
} from "./chunk-UGHXXDY7.js";
import {
  judgeForDisplay,
  mcpServerOf,
  toolCallAction
} from "./chunk-QBAGW2OF.js";
import "./chunk-MSLOIGWO.js";
import "./chunk-PH6DYPQT.js";
import {
  DRY_RUN,
  analyzeShellCommand,
  approvalSummary,
  canonicalise,
  dryRunOf,
  isCanonicalisedTool,
  loadPolicies
} from "./chunk-P7JXOOCS.js";
import "./chunk-2R2ZKVH5.js";
import {
  oneOf,
  parseCommandArgs
} from "./chunk-OPLRS47Z.js";
import "./chunk-UPSMNA4H.js";
import {
  UsageError
} from "./chunk-P2I2JZ74.js";
import "./chunk-IP5HSEW5.js";
import "./chunk-PZ6AAJEP.js";
import "./chunk-CJM3AD5Z.js";
import "./chunk-6XR2NURA.js";
import "./chunk-JSTIMTER.js";

// src/shell/effective-options.ts
function describeImplied(implied) {
  const action = implied.action;
  const target = action.type === "network.request" ? action.destination : action.path;
  const extra = [implied.opaque && `known only at run time: ${implied.opaque}`, implied.ownInput && `${implied.ownInput}; judged by deny and approval rules`].filter(Boolean).join("; ");
  return `${action.type} ${target}${extra ? ` (${extra})` : ""}`;
}
function explainSimpleCommand(command, implied) {
  const argv = command.argv ?? command.text.split(" ");
  const [program = "", ...args] = argv;
  const notes = [];
  let options = [];
  let operands = [];
  if (isCanonicalisedTool(program)) {
    const canonical = canonicalise(program, args, command.env ?? {}, notes);
    canonical.words.forEach((word, i) => {
      if (i === 0) return;
      const isOption = canonical.optionsStart !== void 0 && i >= canonical.optionsStart && i < canonical.optionsEnd;
      (isOption ? options : operands).push(word);
    });
  } else {
    const dashes = args.indexOf("--");
    const before = dashes < 0 ? args : args.slice(0, dashes);
    options = before.filter((a) => a.length > 1 && a.startsWith("-"));
    operands = [...before.filter((a) => !(a.length > 1 && a.startsWith("-"))), ...dashes < 0 ? [] : args.slice(dashes + 1)];
    if (dashes >= 0 && dashes < args.length - 1) notes.push(`after --: ${args.slice(dashes + 1).join(" ")} (operands, never options)`);
  }
  const mentions = argv.some((a, i) => i > 0 && /^--?dry-?run/.test(a));
  const dry = DRY_RUN[program];
  if (dry && !dry.canonical) {
    const state = dryRunOf(program, argv);
    if (state.on) notes.push(`dry run in effect (${argv[state.at]}): ${program} has a dry-run option; patterns on --dry-run match it`);
    else if (mentions || argv.some((a) => /^--(no-)?dr|^-[A-Za-z]*n[A-Za-z]*$/.test(a))) notes.push(`no dry run in effect: turned off later, or taken as another option's value; patterns on --dry-run do not match it`);
  } else if (!dry && mentions) {
    notes.push(`--dry-run means nothing known to ${program} (not in the dry-run table): patterns on --dry-run do not match it`);
  }
  if (command.env) for (const [name, value] of Object.entries(command.env)) notes.push(`environment: ${name}=${value}`);
  const out = {
    text: command.text,
    program,
    options,
    operands,
    notes,
    effects: implied.filter((i) => i.via === command.text).map(describeImplied)
  };
  if (command.opaque) out.opaque = command.opaque;
  if (command.knownPrefix !== void 0) {
    out.openEnd = `every run starts with \`${command.knownPrefix.trimEnd()}\` and no run-time word can be an option: an allow pattern ending in * that covers this start allows it, when no deny or approval pattern could match any text starting so`;
  }
  if (command.wrappers?.length) out.wrappers = command.wrappers;
  return out;
}

// src/cli/commands/explain.ts
var EXPLAIN_HELP = `Usage: safeclaw explain [--policies DIR] [--format text|json] (--command CMD | --read PATH | --write PATH | --request URL
                        | --tool NAME [--server NAME] [--input JSON])

Shows the normalised action, every simple command and implied file/network action it
holds, and for every rule of that action type whether it matched and why. For a command:
the options in effect after the program's own resolution (last value wins, negations,
booleans, the environment, \`--\`), whether a --dry-run counts, and the side-effect actions.
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
  const commands = shown.action.type === "shell.execute" ? explainCommands(shown.action.command) : void 0;
  if (format === "json") {
    io.stdout.write(JSON.stringify({ action: shown.action, ...decision, ...commands ? { commands } : {}, ...shown.redacted ? { redacted: shown.redacted } : {} }) + "\n");
  } else {
    const approvers = new Map(policySet.rules.flatMap((rule) => {
      const summary = approvalSummary(rule);
      return summary ? [[rule.id, summary]] : [];
    }));
    io.stdout.write(formatExplanation(shown.action, decision, io.isTTY, commands, approvers));
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
function explainCommands(command) {
  const analysis = analyzeShellCommand(command);
  return analysis.commands.map((simple) => explainSimpleCommand(simple, analysis.implied));
}
function formatCommand(command, index) {
  const out = [`command ${index + 1}: \`${printable(command.text)}\``];
  if (command.wrappers) out.push(`  run through: ${command.wrappers.join(", ")}`);
  out.push(`  options in effect: ${command.options.length ? printable(command.options.join(" ")) : "(none)"}`);
  if (command.operands.length) out.push(`  operands: ${printable(command.operands.join(" "))}`);
  for (const note of command.notes) out.push(`  - ${printable(note)}`);
  for (const effect of command.effects) out.push(`  side effect: ${printable(effect)}`);
  if (command.opaque) out.push(`  opaque: ${printable(command.opaque)}`);
  if (command.openEnd) out.push(`  run-time words: ${printable(command.openEnd)}`);
  return out;
}
function formatExplanation(action, decision, colour, commands, approvers) {
  const out = [];
  out.push(`action:     ${printable(describeAction(action))}`);
  out.push(`normalised: ${printable(decision.normalized)}`);
  for (const [index, command] of (commands ?? []).entries()) {
    out.push("");
    out.push(...formatCommand(command, index));
  }
  decision.parts.forEach((part, index) => {
    out.push("");
    const raw = part.raw && part.raw !== part.text ? `   (from: ${printable(part.raw)})` : "";
    out.push(`part ${index + 1}: ${KIND_LABEL[part.kind]} ${part.type} \`${printable(part.text)}\`${raw}`);
    const trace = part.trace ?? [];
    if (trace.length === 0) out.push(`  no ${part.type} rules`);
    for (const step of trace) {
      const mark = step.matched ? paint(step.effect, "match", colour) : "no   ";
      const needs = step.matched && approvers?.get(step.rule);
      out.push(`  ${mark}  ${step.rule} (${step.effect}): ${printable(step.why)}${needs ? ` \u2014 needs ${needs}` : ""}`);
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
  explainCommands,
  formatExplanation
};
