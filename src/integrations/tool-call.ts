// An agent tool that is not a shell, file or network action (an MCP server's
// tool, an SDK function tool) as a `tool.call` action: its name, its MCP server,
// and its input flattened like a plan's planned values (`labels.0` = `bug`, and a
// string holding JSON flattened under its own path), so `input` conditions match
// it the way `after` conditions match a plan.
import { flattenAfter } from '../sources/plan-attributes.js';
import type { Origin, ToolCallAction } from '../types.js';

/** `mcp__github__create_issue` → server `github`. Claude Code and Codex both name MCP tools so. */
const MCP_NAME = /^mcp__([^_](?:[^_]|_(?!_))*)__(.+)$/;

/** The MCP server a tool name says it belongs to, or undefined when it is not an MCP tool name. */
export function mcpServerOf(tool: string): string | undefined {
  return MCP_NAME.exec(tool)?.[1];
}

export function toolCallAction(tool: string, server: string, input: unknown, origin?: Origin): ToolCallAction {
  return { type: 'tool.call', tool, server, input: flattenAfter(input ?? {}, undefined, undefined), ...(origin ? { origin } : {}) };
}
