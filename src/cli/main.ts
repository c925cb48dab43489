// The `safeclaw` command: dispatches to one subcommand and maps every error to
// an exit code. Subcommands are imported on demand so `--version` starts fast.
import { VERSION } from '../version.js';
import { UsageError, type CliCommand, type CliIO } from './io.js';
import { reportError } from './report-error.js';

const COMMANDS: Record<string, () => Promise<CliCommand>> = {
  init: async () => (await import('./commands/init.js')).initCommand,
  check: async () => (await import('./commands/check.js')).checkCommand,
  explain: async () => (await import('./commands/explain.js')).explainCommand,
  test: async () => (await import('./commands/test.js')).testCommand,
  policy: async () => (await import('./commands/policy.js')).policyCommand,
  audit: async () => (await import('./commands/audit.js')).auditCommand,
  hook: async () => (await import('./commands/hook.js')).hookCommand,
  'mcp-proxy': async () => (await import('./commands/mcp-proxy.js')).mcpProxyCommand,
  // The judge runs the hook bundle's own code (hook-main.ts), as dist/cli.js does.
  judge: async () => {
    const hook = await import('./hook-main.js');
    return (argv, io) => hook.main(['judge', ...argv], io);
  },
};

export const MAIN_HELP = `Usage: safeclaw <command> [options]

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
  hook claude-code  judge a Claude Code PreToolUse tool call (stdin JSON → allow/ask/deny)
  hook codex        the same for the Codex CLI (require_approval → deny)
  judge start       a long-lived local judge that hook calls ask (Linux; also serve, stop, status)
  mcp-proxy         a stdio MCP server judging every tools/call of another one

Run \`safeclaw <command> --help\` for a command's options.
Exit codes: 0 allowed / ok, 1 denied, needs approval or failed, 2 usage error or invalid policy/input.
`;

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v') {
    io.stdout.write(VERSION + '\n');
    return 0;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(MAIN_HELP);
    return 0;
  }
  // Own keys only: `safeclaw constructor` is an unknown command, not Object's constructor.
  const load = name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  try {
    if (name === undefined) return await (await import('./commands/quick-start.js')).quickStart(io);
    if (!load) throw new UsageError(`unknown command "${name}"\n  fix: run \`safeclaw --help\` for the list`);
    return await (await load())(rest, io);
  } catch (err) {
    return reportError(err, io);
  }
}
