import type { Origin, ToolCallAction } from '../types.js';
/** The MCP server a tool name says it belongs to, or undefined when it is not an MCP tool name. */
export declare function mcpServerOf(tool: string): string | undefined;
export declare function toolCallAction(tool: string, server: string, input: unknown, origin?: Origin): ToolCallAction;
