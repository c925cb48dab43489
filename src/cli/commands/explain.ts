// `safeclaw explain`: how one action is normalised, which rules match each of its
// parts and why, and the final decision. Exit codes as for `check`.
import { judgeForDisplay } from '../../engine/gate.js';
import { mcpServerOf, toolCallAction } from '../../integrations/tool-call.js';
import { loadPolicies } from '../../policy/load.js';
import type { Action, Decision, PartDecision } from '../../types.js';
import { oneOf, parseCommandArgs } from '../args.js';
import { describeAction, paint, printable } from '../format.js';
import { UsageError, type CliCommand } from '../io.js';
import { findPoliciesDir } from '../policies-dir.js';
import { analyzeShellCommand } from '../../shell/analyze.js';
import { approvalSummary } from '../../policy/approvers.js';
import { explainSimpleCommand, type CommandExplanation } from '../../shell/effective-options.js';

export const EXPLAIN_HELP = `Usage: safeclaw explain [--policies DIR] [--format text|json] (--command CMD | --read PATH | --write PATH | --request URL
                        | --tool NAME [--server NAME] [--input JSON])

Shows the normalised action, every simple command and implied file/network action it
holds, and for every rule of that action type whether it matched and why. For a command:
the options in effect after the program's own resolution (last value wins, negations,
booleans, the environment, \`--\`), whether a --dry-run counts, and the side-effect actions.
--tool explains a tool.call (an MCP tool: the server defaults to NAME's mcp__SERVER__ part).
`;

const OPTIONS = {
  policies: { type: 'string' },
  format: { type: 'string' },
  command: { type: 'string' },
  read: { type: 'string' },
  write: { type: 'string' },
  request: { type: 'string' },
  tool: { type: 'string' },
  server: { type: 'string' },
  input: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const explainCommand: CliCommand = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, 'explain');
  if (values.help) {
    io.stdout.write(EXPLAIN_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`explain: unexpected argument "${positionals[0]}"; pass the action with --command, --read, --write or --request`);
  const format = oneOf(values.format, ['text', 'json'] as const, '--format', 'text');
  const given: Action[] = [];
  const origin = { source: 'cli' };
  if (values.command !== undefined) given.push({ type: 'shell.execute', command: values.command, origin });
  if (values.read !== undefined) given.push({ type: 'file.read', path: values.read, origin });
  if (values.write !== undefined) given.push({ type: 'file.write', path: values.write, origin });
  if (values.request !== undefined) given.push({ type: 'network.request', destination: values.request, origin });
  if (values.tool !== undefined) given.push(toolCallOf(values.tool, values.server, values.input, origin));
  else if (values.server !== undefined || values.input !== undefined) throw new UsageError('explain: --server and --input go with --tool');
  if (given.length !== 1) throw new UsageError('explain: give exactly one of --command, --read, --write, --request, --tool');
  const action = given[0];

  const policySet = await loadPolicies(findPoliciesDir(io.cwd, values.policies));
  // Judged as given, shown redacted: the trace, parts and canonical forms hold the command text too.
  const shown = judgeForDisplay(policySet, action, { trace: true });
  const decision = shown.decision;
  // The commands as analysed, from the redacted text: what explain prints never holds a secret.
  const commands = shown.action.type === 'shell.execute' ? explainCommands(shown.action.command) : undefined;
  if (format === 'json') {
    io.stdout.write(JSON.stringify({ action: shown.action, ...decision, ...(commands ? { commands } : {}), ...(shown.redacted ? { redacted: shown.redacted } : {}) }) + '\n');
  } else {
    // Who approves each require_approval rule, shown where it matched (issue 13: approvers where rules are listed).
    const approvers = new Map(policySet.rules.flatMap((rule) => {
      const summary = approvalSummary(rule);
      return summary ? [[rule.id, summary] as const] : [];
    }));
    io.stdout.write(formatExplanation(shown.action, decision, io.isTTY, commands, approvers));
  }
  return decision.decision === 'allow' ? 0 : 1;
};

function toolCallOf(tool: string, server: string | undefined, inputText: string | undefined, origin: { source: string }): Action {
  let input: unknown = {};
  if (inputText !== undefined) {
    try {
      input = JSON.parse(inputText);
    } catch (err) {
      throw new UsageError(`explain: --input is not JSON (${(err as Error).message})\n  fix: give the call's arguments as a JSON object, e.g. --input '{"sql":"SELECT 1"}'`);
    }
    if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new UsageError('explain: --input must be a JSON object (the call\'s arguments)');
  }
  return toolCallAction(tool, server ?? mcpServerOf(tool) ?? '', input, origin);
}

const KIND_LABEL: Record<PartDecision['kind'], string> = {
  action: 'action',
  command: 'simple command',
  opaque: 'opaque command',
  implied: 'implied',
};

/** Each simple command of a shell command: effective options, notes, side effects. */
export function explainCommands(command: string): CommandExplanation[] {
  const analysis = analyzeShellCommand(command);
  return analysis.commands.map((simple) => explainSimpleCommand(simple, analysis.implied));
}

function formatCommand(command: CommandExplanation, index: number): string[] {
  const out = [`command ${index + 1}: \`${printable(command.text)}\``];
  if (command.wrappers) out.push(`  run through: ${command.wrappers.join(', ')}`);
  out.push(`  options in effect: ${command.options.length ? printable(command.options.join(' ')) : '(none)'}`);
  if (command.operands.length) out.push(`  operands: ${printable(command.operands.join(' '))}`);
  for (const note of command.notes) out.push(`  - ${printable(note)}`);
  for (const effect of command.effects) out.push(`  side effect: ${printable(effect)}`);
  if (command.opaque) out.push(`  opaque: ${printable(command.opaque)}`);
  if (command.openEnd) out.push(`  run-time words: ${printable(command.openEnd)}`);
  return out;
}

export function formatExplanation(
  action: Action,
  decision: Decision,
  colour: boolean,
  commands?: CommandExplanation[],
  approvers?: ReadonlyMap<string, string>,
): string {
  const out: string[] = [];
  out.push(`action:     ${printable(describeAction(action))}`);
  out.push(`normalised: ${printable(decision.normalized)}`);
  for (const [index, command] of (commands ?? []).entries()) {
    out.push('');
    out.push(...formatCommand(command, index));
  }
  decision.parts.forEach((part, index) => {
    out.push('');
    const raw = part.raw && part.raw !== part.text ? `   (from: ${printable(part.raw)})` : '';
    out.push(`part ${index + 1}: ${KIND_LABEL[part.kind]} ${part.type} \`${printable(part.text)}\`${raw}`);
    const trace = part.trace ?? [];
    if (trace.length === 0) out.push(`  no ${part.type} rules`);
    for (const step of trace) {
      const mark = step.matched ? paint(step.effect, 'match', colour) : 'no   ';
      const needs = step.matched && approvers?.get(step.rule);
      out.push(`  ${mark}  ${step.rule} (${step.effect}): ${printable(step.why)}${needs ? ` — needs ${needs}` : ''}`);
    }
    out.push(`  → ${paint(part.decision, part.decision, colour)} by ${part.rule ?? '(default)'}: ${printable(part.reason)}`);
  });
  out.push('');
  out.push(`decision: ${paint(decision.decision, decision.decision, colour)} — ${decision.rule ?? '(default)'}: ${printable(decision.reason)}`);
  return out.join('\n') + '\n';
}
