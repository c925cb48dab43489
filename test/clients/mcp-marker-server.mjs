// A small stdio MCP server for the tests: tools `query {sql}`, `run {command}` and
// `drop_everything {}`. Each call that reaches it appends "TOOL JSON-ARGS" to the
// file $MCP_MARKER, so a test can tell which calls really ran.
import { appendFileSync } from 'node:fs';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';

const marker = process.env.MCP_MARKER;
if (!marker) throw new Error('MCP_MARKER is not set');
const server = new McpServer({ name: 'marker', version: '1.0.0' });
const ran = (tool, args) => {
  appendFileSync(marker, `${tool} ${JSON.stringify(args)}\n`);
  return { content: [{ type: 'text', text: `${tool} ran` }] };
};
server.registerTool('query', { description: 'Run an SQL query', inputSchema: { sql: z.string() } }, async (args) => ran('query', args));
server.registerTool('run', { description: 'Run a command', inputSchema: { command: z.string() } }, async (args) => ran('run', args));
server.registerTool('drop_everything', { description: 'Drop every table', inputSchema: {} }, async (args) => ran('drop_everything', args));
await server.connect(new StdioServerTransport());
