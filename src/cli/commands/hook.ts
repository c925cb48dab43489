// `safeclaw hook claude-code`: the PreToolUse hook command. Always answers with
// a decision on stdout and exit 0; anything that prevents judging or recording
// the call (invalid policy, bad input, unknown tool, audit failure) is a deny.
import { dirname, join, resolve } from 'node:path';
import { appendAuditRecords } from '../../audit/append.js';
import { DEFAULT_AUDIT_PATH } from '../../audit/record.js';
import { judgePreToolUse, parsePreToolUseInput, preToolUseAnswer, preToolUseFailure } from '../../integrations/claude-code.js';
import { loadPolicies } from '../../policy/load.js';
import { parseCommandArgs } from '../args.js';
import { UsageError, type CliCommand } from '../io.js';
import { findPoliciesDir } from '../policies-dir.js';
import { readStream } from '../read-stream.js';

export const HOOK_HELP = `Usage: safeclaw hook claude-code [--policies DIR] [--audit FILE | --no-audit]

A Claude Code PreToolUse hook: reads the tool call from standard input, judges it,
records the decision (default: .safeclaw/audit/audit.jsonl beside the policies) and
answers allow, ask (require_approval) or deny. Register it in .claude/settings.json:

  {"hooks":{"PreToolUse":[{"matcher":"*","hooks":[{"type":"command","command":"npx safeclaw hook claude-code"}]}]}}

Any failure to judge or record the call is answered with deny.
`;

const OPTIONS = {
  policies: { type: 'string' },
  audit: { type: 'string' },
  'no-audit': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const hookCommand: CliCommand = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, 'hook');
  if (values.help) {
    io.stdout.write(HOOK_HELP);
    return 0;
  }
  if (positionals[0] !== 'claude-code' || positionals.length !== 1) {
    throw new UsageError(`hook: unknown integration "${positionals.join(' ')}" (available: claude-code)`);
  }
  let answer;
  try {
    const input = parsePreToolUseInput(await readStream(io.stdin));
    const cwd = input.cwd ?? io.cwd;
    const policiesDir = findPoliciesDir(cwd, values.policies);
    const policySet = await loadPolicies(policiesDir);
    const result = judgePreToolUse(policySet, input);
    if (!values['no-audit'] && result.items.length > 0) {
      const file = values.audit !== undefined ? resolve(cwd, values.audit) : join(dirname(policiesDir), DEFAULT_AUDIT_PATH);
      await appendAuditRecords(file, result.items, { policyDigest: policySet.digest, context: { runId: input.session_id ?? null } });
    }
    // Session-only tools (TodoWrite, …) do nothing outside the session: no answer leaves Claude Code's own permissions in charge.
    if (result.items.length === 0) return 0;
    answer = preToolUseAnswer(result);
  } catch (err) {
    answer = preToolUseFailure((err as Error).message.split('\n')[0]);
  }
  io.stdout.write(JSON.stringify(answer) + '\n');
  return 0;
};
