// `safeclaw hook claude-code` / `safeclaw hook codex`: the PreToolUse hook command. Always answers with
// a decision on stdout and exit 0; anything that prevents judging or recording
// the call (no project policies, invalid policy, bad input, unknown tool, audit
// failure) is a deny. The policies are the project's (integrations/project-policies.ts),
// never a `.safeclaw` the session's cwd happens to lie under.
import { dirname, join, resolve } from 'node:path';
import { appendAuditRecords } from '../../audit/append.js';
import { DEFAULT_AUDIT_PATH } from '../../audit/record.js';
import { parsePreToolUseInput, preToolUseActions, preToolUseAnswer, preToolUseFailure, type PreToolUseInput, type PreToolUseOutput } from '../../integrations/claude-code.js';
import { codexActions, codexAnswer } from '../../integrations/codex.js';
import { judgeToolCall } from '../../integrations/live-judge.js';
import { projectPoliciesDir, type PoliciesChoice } from '../../integrations/project-policies.js';
import { loadPolicies } from '../../policy/load.js';
import { parseCommandArgs } from '../args.js';
import { UsageError, type CliCommand } from '../io.js';
import { readStandardInput } from '../read-stream.js';
import { writeStandardOutput } from '../write-output.js';
import type { Action, GateResult } from '../../types.js';

/** The documented hook command: the scoped package's own file (no name lookup), and a SafeClaw that cannot start blocks the call. */
export const CLAUDE_CODE_HOOK_COMMAND = 'node "$CLAUDE_PROJECT_DIR/node_modules/@authensor/safeclaw/dist/cli.js" hook claude-code || exit 2';

/** The session-start hook that starts the long-lived judge (commands/judge.ts): hook calls then cost a connection, not a Node start with all of SafeClaw. Quiet: a session start's stdout becomes the model's context. */
export const CLAUDE_CODE_JUDGE_START_COMMAND = 'node "$CLAUDE_PROJECT_DIR/node_modules/@authensor/safeclaw/dist/cli.js" judge start --quiet';

/** Codex has no project-folder variable: the documented line names both files by absolute path. */
export const CODEX_HOOK_COMMAND = 'node /path/to/project/node_modules/@authensor/safeclaw/dist/cli.js hook codex --policies /path/to/project/.safeclaw || exit 2';

/** Codex's session start (SessionStart, as Claude Code's) starting the judge. */
export const CODEX_JUDGE_START_COMMAND = 'node /path/to/project/node_modules/@authensor/safeclaw/dist/cli.js judge start --quiet';

export const HOOK_HELP = `Usage: safeclaw hook claude-code|codex [--policies DIR] [--audit FILE | --no-audit] [--anchor-every N]

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

interface Integration {
  /** What the call does, before the actions its commands imply (judgeToolCall adds those). */
  actions: (input: PreToolUseInput) => Action[];
  /** The hook's answer; undefined is no answer (the client's own permissions decide). */
  answer: (result: GateResult, policies: PoliciesChoice) => PreToolUseOutput | undefined;
}

const INTEGRATIONS: Record<string, Integration> = {
  'claude-code': { actions: preToolUseActions, answer: preToolUseAnswer },
  codex: { actions: codexActions, answer: codexAnswer },
};

const OPTIONS = {
  policies: { type: 'string' },
  audit: { type: 'string' },
  'no-audit': { type: 'boolean' },
  'anchor-every': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const hookCommand: CliCommand = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, 'hook');
  if (values.help) {
    io.stdout.write(HOOK_HELP);
    return 0;
  }
  const integration = positionals.length === 1 && Object.hasOwn(INTEGRATIONS, positionals[0]) ? INTEGRATIONS[positionals[0]] : undefined;
  if (integration === undefined) {
    throw new UsageError(`hook: unknown integration "${positionals.join(' ')}" (available: ${Object.keys(INTEGRATIONS).join(', ')})`);
  }
  const anchorEvery = values['anchor-every'] === undefined ? undefined : Number(values['anchor-every']);
  if (anchorEvery !== undefined && !(Number.isSafeInteger(anchorEvery) && anchorEvery > 0)) {
    throw new UsageError(`hook: --anchor-every must be a positive number of records, got "${values['anchor-every']}"`);
  }
  let answer;
  try {
    const input = parsePreToolUseInput(await readStandardInput(io));
    const policies = projectPoliciesDir({ given: values.policies, env: io.env, sessionCwd: input.cwd, processCwd: io.cwd });
    // The parser's wasm only if one of this call's commands needs it (integrations/live-judge.ts).
    // In the judge, a compile of exactly the same policy files as its last call's is not made again.
    const policySet = await loadPolicies(policies.dir, { prepareShell: false, reuseUnchanged: true });
    const result = await judgeToolCall(policySet, integration.actions(input), input.cwd);
    if (!values['no-audit'] && result.items.length > 0) {
      const file = values.audit !== undefined ? resolve(dirname(policies.dir), values.audit) : join(dirname(policies.dir), DEFAULT_AUDIT_PATH);
      const appended = await appendAuditRecords(file, result.items, { policyDigest: policySet.digest, context: { runId: input.session_id ?? null } });
      // The decision is recorded either way; an anchor that cannot be written (no git, a ref moved meanwhile) is reported, not a deny.
      if (anchorEvery !== undefined) {
        // Loaded only when asked for: a hook call is a new process, and most never anchor.
        const { anchorIfDue } = await import('../../audit/anchor.js');
        await anchorIfDue(file, appended, { every: anchorEvery, repo: dirname(policies.dir) }).catch((err: Error) => io.stderr.write(`safeclaw: audit anchor not written: ${err.message}\n`));
      }
    }
    // Session-only tools (TodoWrite, …) do nothing outside the session: no answer leaves Claude Code's own permissions in charge.
    if (result.items.length === 0) return 0;
    answer = integration.answer(result, policies);
    if (answer === undefined) return 0;
  } catch (err) {
    answer = preToolUseFailure((err as Error).message.split('\n').map((line) => line.trim()).join(' '));
  }
  writeStandardOutput(io, JSON.stringify(answer) + '\n');
  return 0;
};
