import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  formatGateText
} from "./chunk-QS2ZCJMI.js";
import {
  findPoliciesDir
} from "./chunk-UGHXXDY7.js";
import {
  readStream
} from "./chunk-KTLEZSAW.js";
import {
  COMMANDS_FORMATS,
  PLAN_FORMATS,
  collectActions,
  parseActionsJsonl
} from "./chunk-RB6Y4JEG.js";
import "./chunk-H3GUW3Z5.js";
import {
  manifestLineAnalyses
} from "./chunk-HH3I3NL2.js";
import {
  appendAuditRecords
} from "./chunk-FH4ZYK6X.js";
import {
  evaluateAll,
  noActionsError
} from "./chunk-QBAGW2OF.js";
import "./chunk-MSLOIGWO.js";
import {
  rotateAtOption
} from "./chunk-HG5SXT7D.js";
import "./chunk-PH6DYPQT.js";
import {
  loadPolicies
} from "./chunk-P7JXOOCS.js";
import "./chunk-R46UKVD2.js";
import "./chunk-2R2ZKVH5.js";
import {
  oneOf,
  parseCommandArgs
} from "./chunk-OPLRS47Z.js";
import "./chunk-UPSMNA4H.js";
import {
  UsageError
} from "./chunk-P2I2JZ74.js";
import "./chunk-OCFFE6WG.js";
import "./chunk-EPVBHTLI.js";
import "./chunk-IP5HSEW5.js";
import "./chunk-PZ6AAJEP.js";
import "./chunk-JWNWVRK7.js";
import "./chunk-XQI5CAFA.js";
import "./chunk-CJM3AD5Z.js";
import {
  require_promises
} from "./chunk-G7CLGG5Z.js";
import {
  require_path
} from "./chunk-6XR2NURA.js";
import {
  __toESM
} from "./chunk-JSTIMTER.js";

// src/cli/commands/check.ts
var import_promises = __toESM(require_promises(), 1);
var import_node_path = __toESM(require_path(), 1);
var CHECK_HELP = `Usage: safeclaw check [--policies DIR] [--format text|json] [--audit FILE] [INPUT...]

Judge actions against the policies. Each INPUT is a JSONL file (- or none: standard input),
one action per line, e.g. {"action":"shell.execute","command":"terraform plan"}.

  --command CMD    judge a shell command (repeatable)
  --read PATH      judge a file read (repeatable)
  --write PATH     judge a file write (repeatable)
  --request URL    judge a network request (repeatable)
  --diff BASE...HEAD  judge the PR in the current git checkout: every changed file (a write) and the
                   commands its changed workflows, Makefiles, *.sh and package.json scripts would run
  --plan FILE      judge a plan (repeatable): Terraform/OpenTofu plan JSON (terraform show -json plan.out),
                   a Pulumi preview (pulumi preview --json) or a CloudFormation change set
                   (aws cloudformation describe-change-set --include-property-values)
  --plan-format FMT  auto (default: told by the content), terraform, pulumi or cloudformation
  --commands FILE  judge an agent's commands: SafeClaw JSONL, shell text, a Claude Code transcript
                   or an OpenAI/Codex log, detected from the content (repeatable)
  --commands-format FMT  auto (default), safeclaw, text, claude or openai
  --pr-body FILE   judge the commands under "## Agent plan" in a PR description
  --audit FILE     append every decision to this hash-chained audit log (verified first)
  --rotate-at SIZE seal the audit file as FILE.000001\u2026 once it holds SIZE (64M, 1G\u2026); the chain continues
  --policies DIR   the .safeclaw folder (default: nearest .safeclaw at or above the current folder)
  --format FMT     text (default) or json

Exit codes: 0 all allowed, 1 any denied or needing approval, 2 usage error or invalid policy/input.
`;
var OPTIONS = {
  policies: { type: "string" },
  format: { type: "string" },
  audit: { type: "string" },
  "rotate-at": { type: "string" },
  command: { type: "string", multiple: true },
  read: { type: "string", multiple: true },
  write: { type: "string", multiple: true },
  request: { type: "string", multiple: true },
  diff: { type: "string" },
  plan: { type: "string", multiple: true },
  commands: { type: "string", multiple: true },
  "commands-format": { type: "string" },
  "plan-format": { type: "string" },
  "pr-body": { type: "string" },
  help: { type: "boolean", short: "h" }
};
var checkCommand = async (argv, io) => {
  const { values, positionals, tokens } = parseCommandArgs(argv, OPTIONS, "check");
  if (values.help) {
    io.stdout.write(CHECK_HELP);
    return 0;
  }
  const format = oneOf(values.format, ["text", "json"], "--format", "text");
  if (values["rotate-at"] !== void 0 && values.audit === void 0) {
    throw new UsageError("--rotate-at sets when the audit file is sealed, but no --audit FILE is given\n  fix: add --audit FILE, or drop --rotate-at");
  }
  const policySet = await loadPolicies(findPoliciesDir(io.cwd, values.policies));
  const actions = [];
  const shorthands = shorthandActions(tokens ?? []);
  const prSources = values.diff !== void 0 || values.plan || values.commands || values["pr-body"] !== void 0;
  const inputs = positionals.length > 0 ? positionals : shorthands.length > 0 || prSources ? [] : ["-"];
  const add = (list) => {
    for (const action of list) actions.push(action);
  };
  for (const input of inputs) add(await readInput(input, io));
  if (prSources) {
    add(
      await collectActions({
        cwd: io.cwd,
        diff: values.diff,
        plans: values.plan,
        planFormat: oneOf(values["plan-format"], PLAN_FORMATS, "--plan-format", "auto"),
        commands: values.commands,
        commandsFormat: oneOf(values["commands-format"], COMMANDS_FORMATS, "--commands-format", "auto"),
        prBody: values["pr-body"] !== void 0 ? { file: values["pr-body"] } : void 0
      })
    );
  }
  add(shorthands);
  const result = evaluateAll(policySet, actions, { analyses: manifestLineAnalyses });
  if (values.audit !== void 0) {
    const appended = await appendAuditRecords((0, import_node_path.resolve)(io.cwd, values.audit), result.items, {
      policyDigest: policySet.digest,
      context: contextFromEnvironment(io.env),
      rotateAt: rotateAtOption(values["rotate-at"])
    });
    result.audit = { path: values.audit, head: appended.head, records: appended.records };
  }
  io.stdout.write(format === "json" ? JSON.stringify(toJson(result)) + "\n" : formatGateText(result, io.isTTY));
  return result.verdict === "allow" ? 0 : 1;
};
function contextFromEnvironment(env) {
  return {
    repository: env.GITHUB_REPOSITORY ?? null,
    commit: env.GITHUB_SHA ?? null,
    runId: env.GITHUB_RUN_ID ?? null,
    actor: env.GITHUB_ACTOR ?? null
  };
}
function shorthandActions(tokens) {
  const actions = [];
  for (const token of tokens) {
    if (token.kind !== "option" || token.value === void 0) continue;
    const value = token.value;
    const origin = { source: "cli", detail: `--${token.name}` };
    if (value === "" && ["command", "read", "write", "request"].includes(token.name)) {
      throw new UsageError(`--${token.name} needs a non-empty value`);
    }
    if (token.name === "command") actions.push({ type: "shell.execute", command: value, origin });
    else if (token.name === "read") actions.push({ type: "file.read", path: value, origin });
    else if (token.name === "write") actions.push({ type: "file.write", path: value, origin });
    else if (token.name === "request") actions.push({ type: "network.request", destination: value, origin });
  }
  return actions;
}
async function readInput(input, io) {
  const label = input === "-" ? "<stdin>" : input;
  let text;
  if (input === "-") text = await readStream(io.stdin);
  else {
    try {
      text = await (0, import_promises.readFile)((0, import_node_path.resolve)(io.cwd, input), "utf8");
    } catch (err) {
      throw new UsageError(`${input}: cannot read input (${err.code ?? err.message})`);
    }
  }
  const actions = parseActionsJsonl(text, label);
  if (actions.length === 0) {
    throw noActionsError(label, "SafeClaw JSONL", `${text.trim() ? "" : "it is empty; "}give one action per line, e.g. {"action":"shell.execute","command":"terraform plan"}, or use --commands FILE --commands-format for other formats`);
  }
  return actions;
}
function toJson(result) {
  return {
    verdict: result.verdict,
    results: result.items.map(({ action, decision }) => ({
      input: inputOf(action),
      decision: decision.decision,
      rule: decision.rule,
      reason: decision.reason,
      normalized: decision.normalized,
      origin: action.origin
    })),
    counts: result.counts,
    policyDigest: result.policyDigest,
    ...result.audit ? { audit: result.audit } : {}
  };
}
function inputOf(action) {
  switch (action.type) {
    case "shell.execute":
      return { action: action.type, command: action.command };
    case "file.read":
    case "file.write":
      return { action: action.type, path: action.path, ...action.change ? { change: action.change } : {} };
    case "network.request":
      return { action: action.type, destination: action.destination };
    case "infra.change":
      return {
        action: action.type,
        address: action.address,
        type: action.resourceType,
        provider: action.provider,
        change: action.change,
        module: action.module
      };
    case "tool.call":
      return { action: action.type, tool: action.tool, server: action.server };
  }
}
export {
  CHECK_HELP,
  checkCommand,
  inputOf,
  toJson
};
