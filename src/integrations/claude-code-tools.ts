// What each Claude Code tool does, as SafeClaw actions: the one table both the
// transcript reader and the live hooks (Claude Code, Codex, the Agent SDK) use.
//
// Taken from Claude Code 2.1.33x's own tool schemas (the `tools` of its requests,
// the deferred tools ToolSearch loads) and its tools reference. Each entry says
// which input key carries what the call touches:
//
//   shell    the command runs in a shell                     → shell.execute
//   read     a file (or folder) is read                      → file.read
//   write    a file is written                                → file.write
//   network  a URL is fetched                                 → network.request
//   search   a web search sends its query to a provider      → network.request `websearch:<query>`
//   none     nothing happens outside the session: no action, so the hook gives no
//            answer and Claude Code's own permissions decide (a sub-agent's, a
//            skill's or a scheduled prompt's tool calls come to the hook themselves)
//   refuse   SafeClaw has no faithful action for it: the call is denied, with why
//   MCP      `mcp__server__tool` (and ReadMcpResourceTool) → tool.call, with its input
//
// A tool missing from the table is unknown and refused (fail closed): a new Claude
// Code tool is denied until it is added here, with a test (test/integrations/claude-code-tools.test.ts).
import path from 'node:path';
import { SourceError } from '../sources/errors.js';
import type { Action, Origin } from '../types.js';
import { mcpServerOf, toolCallAction } from './tool-call.js';

export type ToolEffect =
  | { does: 'shell'; key: string }
  | { does: 'read' | 'write'; key: string; optional?: boolean }
  | { does: 'glob'; key: string }
  | { does: 'network'; key: string }
  | { does: 'search'; key: string }
  | { does: 'monitor' }
  | { does: 'mcp-resource' }
  | { does: 'none'; why: string }
  | { does: 'refuse'; why: string };

const none = (why: string): ToolEffect => ({ does: 'none', why });

/** Every Claude Code tool SafeClaw knows, by the exact name hooks and transcripts carry. */
export const CLAUDE_CODE_TOOLS: Readonly<Record<string, ToolEffect>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, ToolEffect>, {
    // Shell
    Bash: { does: 'shell', key: 'command' },
    Monitor: { does: 'monitor' },
    PowerShell: { does: 'refuse', why: 'SafeClaw reads POSIX shell; a PowerShell command cannot be judged' },
    BashOutput: none('reads the output of a background command the session already started (and SafeClaw judged)'),
    TaskOutput: none('reads the output of a background task the session already started'),
    KillShell: none('stops a background command the session started'),
    KillBash: none('stops a background command the session started'),
    TaskStop: none('stops a background task or agent the session started'),
    // Files
    Read: { does: 'read', key: 'file_path' },
    NotebookRead: { does: 'read', key: 'notebook_path' },
    Grep: { does: 'read', key: 'path', optional: true },
    LS: { does: 'read', key: 'path', optional: true },
    Glob: { does: 'glob', key: 'pattern' },
    LSP: { does: 'read', key: 'filePath' },
    Write: { does: 'write', key: 'file_path' },
    Edit: { does: 'write', key: 'file_path' },
    MultiEdit: { does: 'write', key: 'file_path' },
    NotebookEdit: { does: 'write', key: 'notebook_path' },
    // Network
    WebFetch: { does: 'network', key: 'url' },
    WebSearch: { does: 'search', key: 'query' },
    web_search: { does: 'search', key: 'query' },
    Artifact: { does: 'refuse', why: "publishes a file's content to claude.ai; SafeClaw has no action for an upload to a hosted page" },
    ArtifactComments: { does: 'refuse', why: 'reads and answers comments on a claude.ai artifact' },
    ArtifactData: { does: 'refuse', why: "reads and writes a claude.ai artifact's data" },
    ArtifactCheck: { does: 'refuse', why: 'checks a claude.ai artifact' },
    RemoteTrigger: { does: 'refuse', why: 'starts an agent run in the cloud, outside the hooks of this machine' },
    // The session itself: agents, tasks, plans, questions, schedules, worktrees
    Agent: none("starts a sub-agent; each of its tool calls comes to the hook"),
    Task: none("starts a sub-agent (the tool's former name); each of its tool calls comes to the hook"),
    Workflow: none('runs sub-agents from a workflow script (agent(), parallel()); each of their tool calls comes to the hook'),
    Skill: none("loads a skill's instructions; the tool calls it leads to come to the hook"),
    SlashCommand: none('expands a slash command into a prompt'),
    ToolSearch: none("loads deferred tools' schemas (WebFetch, MCP tools…); calling them comes to the hook"),
    ListAgents: none('lists agent sessions'),
    SendMessage: none("sends a message to another agent session; what that agent does comes to its own hooks"),
    ReportFindings: none("reports a review's findings in the session"),
    ScheduleWakeup: none("schedules the session's own next turn"),
    CronCreate: none("schedules a prompt in the session; the tool calls it leads to come to the hook when it fires"),
    CronDelete: none('cancels a scheduled prompt'),
    CronList: none('lists scheduled prompts'),
    EnterWorktree: none("creates or enters a git worktree of the session's repository for the session to work in"),
    ExitWorktree: none("leaves (and may remove) the session's own worktree"),
    TodoWrite: none("edits the session's task list"),
    TodoRead: none("reads the session's task list"),
    TaskCreate: none("adds to the session's task list"),
    TaskGet: none("reads the session's task list"),
    TaskList: none("reads the session's task list"),
    TaskUpdate: none("edits the session's task list"),
    EnterPlanMode: none('switches the session to plan mode'),
    ExitPlanMode: none('presents a plan for approval'),
    AskUserQuestion: none('asks the user a question'),
    ListMcpResourcesTool: none("lists the resources of the session's MCP servers"),
    ReadMcpResourceTool: { does: 'mcp-resource' },
  }),
);

/** One Claude Code tool call → what it does. Unknown and refused tools throw a SourceError naming the tool. */
export function claudeToolActions(name: string, input: Record<string, unknown>, origin: Origin, cwd: string | undefined): Action[] {
  const where = { file: origin.file, line: origin.line };
  const need = (key: string): string => {
    const value = input[key];
    if (typeof value !== 'string' || !value) throw new SourceError(where, `${name} tool call has no "${key}"`, 'repair the transcript line');
    return value;
  };
  const local = (p: string) => relativeTo(cwd, p);
  const server = mcpServerOf(name);
  if (server !== undefined) return [toolCallAction(name, server, input, origin)];
  const effect = Object.hasOwn(CLAUDE_CODE_TOOLS, name) ? CLAUDE_CODE_TOOLS[name] : undefined;
  switch (effect?.does) {
    case 'shell':
      return [{ type: 'shell.execute', command: need(effect.key), origin }];
    case 'monitor': {
      // Monitor runs a `command` (each output line an event) or opens a WebSocket `ws.url`; both are judged if both are given.
      const actions: Action[] = [];
      if (input.command !== undefined) actions.push({ type: 'shell.execute', command: need('command'), origin });
      const ws = input.ws;
      if (ws !== undefined) {
        const url = typeof ws === 'object' && ws !== null ? (ws as Record<string, unknown>).url : undefined;
        if (typeof url !== 'string' || !url) throw new SourceError(where, 'Monitor tool call has a "ws" without a "url"', 'repair the transcript line');
        actions.push({ type: 'network.request', destination: url, origin });
      }
      if (actions.length === 0) throw new SourceError(where, 'Monitor tool call has neither "command" nor "ws"', 'repair the transcript line');
      return actions;
    }
    case 'read':
    case 'write': {
      const type = effect.does === 'read' ? 'file.read' : 'file.write';
      const p = effect.optional && input[effect.key] === undefined ? (cwd ?? '.') : need(effect.key);
      return [{ type, path: local(p), origin }];
    }
    case 'glob': {
      const dir = typeof input.path === 'string' ? input.path : (cwd ?? '.');
      return [{ type: 'file.read', path: local(path.posix.join(dir, need(effect.key))), origin }];
    }
    case 'network':
      return [{ type: 'network.request', destination: need(effect.key), origin }];
    case 'search':
      // A search sends the query to a search provider: gated as a request to `websearch:<query>`.
      return [{ type: 'network.request', destination: `websearch:${need(effect.key)}`, origin }];
    case 'mcp-resource':
      // Reading a resource asks its MCP server: a call of that server, judged by `tool.call` rules.
      return [toolCallAction(name, need('server'), input, origin)];
    case 'none':
      return [];
    case 'refuse':
      throw new SourceError(where, `${name} is refused: ${effect.why}`, 'SafeClaw denies this tool; disable it in Claude Code or state what the call does as SafeClaw JSONL actions');
    default:
      throw new SourceError(
        where,
        `unknown tool "${name}": SafeClaw cannot tell what it does, so it cannot judge it`,
        'state what the call does as SafeClaw JSONL actions (--commands-format safeclaw) or remove the call from the transcript',
      );
  }
}

export function relativeTo(cwd: string | undefined, p: string): string {
  if (!cwd || !path.posix.isAbsolute(p)) return p;
  const rel = path.posix.relative(cwd, path.posix.normalize(p));
  if (rel === '') return '.';
  return rel.startsWith('..') ? p : rel;
}
