// `safeclaw mcp-proxy --server NAME [--policies DIR] [--audit FILE | --no-audit] -- COMMAND [ARG...]`:
// a stdio MCP server that judges every tools/call of the server COMMAND starts
// (see integrations/mcp-proxy.ts). Standard output is the MCP channel: the
// proxy's own messages go to standard error.
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_AUDIT_PATH } from '../../audit/record.js';
import { runMcpProxy } from '../../integrations/mcp-proxy.js';
import { projectPoliciesDir } from '../../integrations/project-policies.js';
import { loadPolicies } from '../../policy/load.js';
import { parseCommandArgs } from '../args.js';
import { UsageError, type CliCommand } from '../io.js';

export const MCP_PROXY_HELP = `Usage: safeclaw mcp-proxy --server NAME [--policies DIR] [--audit FILE | --no-audit] -- COMMAND [ARG...]

A stdio MCP server in front of the stdio MCP server COMMAND starts. Every tools/call
is judged as a tool.call of mcp__NAME__TOOL (server NAME, its arguments as input)
and forwarded only when allowed; a refused call gets an error result naming the
rule. tools/list leaves out tools no call could be allowed for. Every decision is
recorded (default: .safeclaw/audit/audit.jsonl beside the policies).

The policies: --policies DIR, else $CLAUDE_PROJECT_DIR/.safeclaw, else the
.safeclaw at the top of the outermost git work tree holding the current folder.

Claude Code (.mcp.json):
  {"mcpServers":{"github":{"command":"node","args":["node_modules/@authensor/safeclaw/dist/cli.js","mcp-proxy","--server","github","--","npx","-y","@modelcontextprotocol/server-github"]}}}
`;

const OPTIONS = {
  server: { type: 'string' },
  policies: { type: 'string' },
  audit: { type: 'string' },
  'no-audit': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Names Claude Code and Codex accept in `mcp__NAME__tool` (a `__` would make the tool name ambiguous). */
const SERVER_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]|_(?!_))*$/;

export const mcpProxyCommand: CliCommand = async (argv, io) => {
  const split = argv.indexOf('--');
  const own = split === -1 ? argv : argv.slice(0, split);
  const [command, ...args] = split === -1 ? [] : argv.slice(split + 1);
  const { values, positionals } = parseCommandArgs(own, OPTIONS, 'mcp-proxy');
  if (values.help) {
    io.stdout.write(MCP_PROXY_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`mcp-proxy: unexpected "${positionals[0]}" before --\n  fix: put the server's command after --`);
  if (command === undefined) throw new UsageError('mcp-proxy: no server command\n  fix: safeclaw mcp-proxy --server NAME -- COMMAND [ARG...]');
  if (values.server === undefined || !SERVER_NAME.test(values.server)) {
    throw new UsageError(`mcp-proxy: --server NAME is ${values.server === undefined ? 'missing' : `"${values.server}", not a plain name`}\n  fix: give the name the client knows the server by (letters, digits, - and single _), as in mcp__NAME__tool`);
  }
  const policies = projectPoliciesDir({ given: values.policies, env: io.env, processCwd: io.cwd });
  const policySet = await loadPolicies(policies.dir);
  const audit = values['no-audit'] ? undefined : values.audit !== undefined ? resolve(dirname(policies.dir), values.audit) : join(dirname(policies.dir), DEFAULT_AUDIT_PATH);
  io.stderr.write(`safeclaw mcp-proxy: ${values.server} judged by ${policies.dir} (from ${policies.how})\n`);
  await runMcpProxy(policySet, { server: values.server, command, args, audit, log: (line) => io.stderr.write(line + '\n') });
  return 0;
};
