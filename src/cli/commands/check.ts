// `safeclaw check`: judge actions against the policies and print the decisions.
// Exit 0 when every action is allowed, 1 when any is denied or needs approval,
// 2 for usage errors, invalid policies and invalid input.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { appendAuditRecords } from '../../audit/append.js';
import { rotateAtOption } from './audit.js';
import { evaluateAll } from '../../engine/gate.js';
import { loadPolicies } from '../../policy/load.js';
import { parseActionsJsonl } from '../../sources/actions-jsonl.js';
import { COMMANDS_FORMATS } from '../../sources/agent-commands.js';
import { collectActions } from '../../sources/collect.js';
import { manifestLineAnalyses } from '../../sources/kubectl-manifests.js';
import { PLAN_FORMATS } from '../../sources/plan-file.js';
import { noActionsError } from '../../sources/errors.js';
import type { Action, GateResult } from '../../types.js';
import { oneOf, parseCommandArgs } from '../args.js';
import { formatGateText } from '../format.js';
import { UsageError, type CliCommand, type CliIO } from '../io.js';
import { findPoliciesDir } from '../policies-dir.js';
import { readStream } from '../read-stream.js';

export const CHECK_HELP = `Usage: safeclaw check [--policies DIR] [--format text|json] [--audit FILE] [INPUT...]

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
  --rotate-at SIZE seal the audit file as FILE.000001… once it holds SIZE (64M, 1G…); the chain continues
  --policies DIR   the .safeclaw folder (default: nearest .safeclaw at or above the current folder)
  --format FMT     text (default) or json

Exit codes: 0 all allowed, 1 any denied or needing approval, 2 usage error or invalid policy/input.
`;

const OPTIONS = {
  policies: { type: 'string' },
  format: { type: 'string' },
  audit: { type: 'string' },
  'rotate-at': { type: 'string' },
  command: { type: 'string', multiple: true },
  read: { type: 'string', multiple: true },
  write: { type: 'string', multiple: true },
  request: { type: 'string', multiple: true },
  diff: { type: 'string' },
  plan: { type: 'string', multiple: true },
  commands: { type: 'string', multiple: true },
  'commands-format': { type: 'string' },
  'plan-format': { type: 'string' },
  'pr-body': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const checkCommand: CliCommand = async (argv, io) => {
  const { values, positionals, tokens } = parseCommandArgs(argv, OPTIONS, 'check');
  if (values.help) {
    io.stdout.write(CHECK_HELP);
    return 0;
  }
  const format = oneOf(values.format, ['text', 'json'] as const, '--format', 'text');
  // Checked before any work: a size for a log that is not being written would be silently ignored.
  if (values['rotate-at'] !== undefined && values.audit === undefined) {
    throw new UsageError('--rotate-at sets when the audit file is sealed, but no --audit FILE is given\n  fix: add --audit FILE, or drop --rotate-at');
  }
  const policySet = await loadPolicies(findPoliciesDir(io.cwd, values.policies));

  // Actions in the order they were given: input files first, then the shorthand flags.
  const actions: Action[] = [];
  const shorthands = shorthandActions(tokens ?? []);
  const prSources = values.diff !== undefined || values.plan || values.commands || values['pr-body'] !== undefined;
  const inputs = positionals.length > 0 ? positionals : shorthands.length > 0 || prSources ? [] : ['-'];
  // Appended one by one: push(...list) overflows the stack past ~120k actions.
  const add = (list: readonly Action[]) => {
    for (const action of list) actions.push(action);
  };
  for (const input of inputs) add(await readInput(input, io));
  if (prSources) {
    add(
      await collectActions({
        cwd: io.cwd,
        diff: values.diff,
        plans: values.plan,
        planFormat: oneOf(values['plan-format'], PLAN_FORMATS, '--plan-format', 'auto'),
        commands: values.commands,
        commandsFormat: oneOf(values['commands-format'], COMMANDS_FORMATS, '--commands-format', 'auto'),
        prBody: values['pr-body'] !== undefined ? { file: values['pr-body'] } : undefined,
      }),
    );
  }
  add(shorthands);

  // The kubectl lines' analyses, made while collecting, are judged rather than made again.
  const result: GateResult = evaluateAll(policySet, actions, { analyses: manifestLineAnalyses });
  if (values.audit !== undefined) {
    // Recording comes before printing: a decision that could not be recorded is not reported as made.
    const appended = await appendAuditRecords(resolve(io.cwd, values.audit), result.items, {
      policyDigest: policySet.digest,
      context: contextFromEnvironment(io.env),
      rotateAt: rotateAtOption(values['rotate-at']),
    });
    result.audit = { path: values.audit, head: appended.head, records: appended.records };
  }
  io.stdout.write(format === 'json' ? JSON.stringify(toJson(result)) + '\n' : formatGateText(result, io.isTTY));
  return result.verdict === 'allow' ? 0 : 1;
};

/** Who and what the run was about, from a CI runner's environment where present (never guessed). */
function contextFromEnvironment(env: NodeJS.ProcessEnv) {
  return {
    repository: env.GITHUB_REPOSITORY ?? null,
    commit: env.GITHUB_SHA ?? null,
    runId: env.GITHUB_RUN_ID ?? null,
    actor: env.GITHUB_ACTOR ?? null,
  };
}

type Token = NonNullable<ReturnType<typeof parseCommandArgs>['tokens']>[number];

function shorthandActions(tokens: Token[]): Action[] {
  const actions: Action[] = [];
  for (const token of tokens) {
    if (token.kind !== 'option' || token.value === undefined) continue;
    const value = token.value;
    const origin = { source: 'cli', detail: `--${token.name}` };
    if (value === '' && ['command', 'read', 'write', 'request'].includes(token.name)) {
      throw new UsageError(`--${token.name} needs a non-empty value`);
    }
    if (token.name === 'command') actions.push({ type: 'shell.execute', command: value, origin });
    else if (token.name === 'read') actions.push({ type: 'file.read', path: value, origin });
    else if (token.name === 'write') actions.push({ type: 'file.write', path: value, origin });
    else if (token.name === 'request') actions.push({ type: 'network.request', destination: value, origin });
  }
  return actions;
}

async function readInput(input: string, io: CliIO): Promise<Action[]> {
  const label = input === '-' ? '<stdin>' : input;
  let text: string;
  if (input === '-') text = await readStream(io.stdin);
  else {
    try {
      text = await readFile(resolve(io.cwd, input), 'utf8');
    } catch (err) {
      throw new UsageError(`${input}: cannot read input (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
  }
  const actions = parseActionsJsonl(text, label);
  // An empty input is not "nothing to object to": a pipe whose producer failed
  // gives exactly this, and a gate must not pass on it.
  if (actions.length === 0) {
    throw noActionsError(label, 'SafeClaw JSONL', `${text.trim() ? '' : 'it is empty; '}give one action per line, e.g. {"action":"shell.execute","command":"terraform plan"}, or use --commands FILE --commands-format for other formats`);
  }
  return actions;
}

/** The JSON contract: `{verdict, results:[{input, decision, rule, reason}]}` in input order (extra fields may be added, never changed). */
export function toJson(result: GateResult) {
  return {
    verdict: result.verdict,
    results: result.items.map(({ action, decision }) => ({
      input: inputOf(action),
      decision: decision.decision,
      rule: decision.rule,
      reason: decision.reason,
      normalized: decision.normalized,
      origin: action.origin,
    })),
    counts: result.counts,
    policyDigest: result.policyDigest,
    ...(result.audit ? { audit: result.audit } : {}),
  };
}

/** The action in the input format it was (or could have been) given in. */
export function inputOf(action: Action): Record<string, unknown> {
  switch (action.type) {
    case 'shell.execute':
      return { action: action.type, command: action.command };
    case 'file.read':
    case 'file.write':
      return { action: action.type, path: action.path, ...(action.change ? { change: action.change } : {}) };
    case 'network.request':
      return { action: action.type, destination: action.destination };
    case 'infra.change':
      return {
        action: action.type,
        address: action.address,
        type: action.resourceType,
        provider: action.provider,
        change: action.change,
        module: action.module,
      };
    case 'tool.call':
      return { action: action.type, tool: action.tool, server: action.server };
  }
}
