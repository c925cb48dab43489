// `safeclaw mcp-proxy`: a stdio MCP server in front of another one. The client
// (Claude Code, Codex, Cursor…) talks to the proxy; the proxy starts the real
// server as its child and talks to it as an MCP client.
//
// - `tools/call`: judged first as a `tool.call` of `mcp__<server>__<tool>` (the
//   name Claude Code and Codex give the tool, so hook rules and proxy rules are
//   the same rules), its arguments as input. Only an allowed call is forwarded; a
//   denied one (or one needing approval: MCP has no way to ask) is answered with
//   an error result naming the rule, so the model learns why. Every decision is
//   appended to the audit log; a decision that cannot be recorded is a deny.
// - `tools/list`: the server's tools minus those no call could ever be allowed
//   for (no allow rule's `tool`/`server` patterns match, or a deny rule matches
//   whatever the input), so the model is not offered what will be refused.
// Only tools are proxied: the proxy offers no resources or prompts of the server.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { CallToolRequestSchema, ListToolsRequestSchema, type CallToolResult, type Tool } from '@modelcontextprotocol/sdk/types.js';
import { appendAuditRecords } from '../audit/append.js';
import { evaluateAll } from '../engine/gate.js';
import type { GateResult, PolicySet, Rule } from '../types.js';
import { toolCallAction } from './tool-call.js';
import { VERSION } from '../version.js';

export interface McpProxyOptions {
  /** The server's name in rules: tools are judged as `mcp__<server>__<tool>`. */
  server: string;
  command: string;
  args: string[];
  /** Append every decision here; unset: no audit. */
  audit?: string;
  /** Where the proxy's own messages go (never stdout: that is the MCP channel). */
  log: (line: string) => void;
}

/** The name a tool call is judged under. */
export function proxiedToolName(server: string, tool: string): string {
  return `mcp__${server}__${tool}`;
}

export function judgeMcpCall(policySet: PolicySet, server: string, tool: string, args: unknown): GateResult {
  const origin = { source: 'mcp-proxy', detail: `MCP ${server} ${tool}` };
  return evaluateAll(policySet, [toolCallAction(proxiedToolName(server, tool), server, args ?? {}, origin)]);
}

/** The error result a refused call gets: what SafeClaw decided, by which rule, and why. */
export function refusal(result: GateResult | undefined, failure?: string): CallToolResult {
  let text: string;
  if (result === undefined) text = `SafeClaw could not judge this call, so it is denied: ${failure ?? 'unknown error'}`;
  else {
    const decisive = result.items.find((item) => item.decision.decision === result.verdict) ?? result.items[0];
    text = `SafeClaw ${result.verdict}: ${decisive?.decision.rule ?? 'default'}: ${decisive?.decision.reason ?? 'nothing to judge'}`;
    if (result.verdict === 'require_approval') text += '. MCP cannot ask a person here, so the call is denied: a person runs it, or a reviewer adds an allow rule.';
  }
  return { isError: true, content: [{ type: 'text', text }] };
}

/**
 * Whether some call of this tool could be allowed: an allow rule whose `tool` and
 * `server` conditions match (its `input` conditions depend on the call), and no
 * deny or require_approval rule that matches on name and server alone.
 */
export function toolCouldBeAllowed(policySet: PolicySet, server: string, tool: string): boolean {
  const name = proxiedToolName(server, tool);
  const onNameAndServer = (rule: Rule) =>
    rule.conditions.every((c) => (c.key === 'tool' ? c.patterns.some((p) => p.test(name)) : c.key === 'server' ? c.patterns.some((p) => p.test(server)) : true));
  const rules = policySet.byType['tool.call'] ?? [];
  const blocked = rules.some((rule) => rule.effect !== 'allow' && rule.conditions.every((c) => c.key !== 'input') && onNameAndServer(rule));
  return !blocked && rules.some((rule) => rule.effect === 'allow' && onNameAndServer(rule));
}

/** Runs the proxy on this process's stdio until the client or the server goes away. */
export async function runMcpProxy(policySet: PolicySet, options: McpProxyOptions): Promise<void> {
  const downstream = new Client({ name: 'safeclaw-mcp-proxy', version: VERSION });
  const env = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined));
  await downstream.connect(new StdioClientTransport({ command: options.command, args: options.args, env, stderr: 'inherit' }));

  const server = new Server({ name: `safeclaw-mcp-proxy (${options.server})`, version: VERSION }, { capabilities: { tools: {} } });
  server.setRequestHandler(ListToolsRequestSchema, async (request) => {
    const listed = await downstream.listTools(request.params);
    const offered: Tool[] = listed.tools.filter((tool) => toolCouldBeAllowed(policySet, options.server, tool.name));
    const hidden = listed.tools.length - offered.length;
    if (hidden > 0) options.log(`safeclaw mcp-proxy: ${hidden} of ${listed.tools.length} tools of ${options.server} hidden: no call of them could be allowed`);
    return { ...listed, tools: offered };
  });
  server.setRequestHandler(CallToolRequestSchema, async (request) => {
    const { name, arguments: args } = request.params;
    let result: GateResult;
    try {
      result = judgeMcpCall(policySet, options.server, name, args);
      if (options.audit !== undefined) await appendAuditRecords(options.audit, result.items, { policyDigest: policySet.digest });
    } catch (err) {
      return refusal(undefined, (err as Error).message.split('\n')[0]);
    }
    if (result.verdict !== 'allow') return refusal(result);
    return (await downstream.callTool(request.params)) as CallToolResult;
  });

  const closed = new Promise<void>((resolve) => {
    server.onclose = () => resolve();
    downstream.onclose = () => resolve();
  });
  await server.connect(new StdioServerTransport());
  await closed;
  await Promise.allSettled([server.close(), downstream.close()]);
}
