// SafeClaw as a Codex CLI PreToolUse hook. Codex sends Claude Code's hook format
// (`tool_name` "Bash" with `{command}` for its exec_command and shell tools, MCP
// tools as `mcp__server__tool`, `apply_patch` for file edits), so the same tool
// table judges it. What differs is the answer: Codex acts on "deny" only. It
// rejects "ask" as unsupported and lets the call run, so SafeClaw's
// require_approval becomes a deny that says how to get the approval; an allow
// is no answer at all (Codex's own sandbox and approvals go on as configured).
import { posix } from 'node:path';
import { SourceError } from '../sources/errors.js';
import type { Action, GateResult, Origin } from '../types.js';
import { claudeToolActions } from './claude-code-tools.js';
import { preToolUseActions, preToolUseAnswer, type PreToolUseInput, type PreToolUseOutput } from './claude-code.js';
import type { PoliciesChoice } from './project-policies.js';

/** The lines of an apply_patch that name the files it touches (Codex's patch format). */
const PATCH_FILE = /^\*\*\* (?:Add File|Update File|Delete File|Move to): (.+)$/gm;

/**
 * Codex's own tools (0.171: those its PreToolUse hook reports by these names), as
 * data; every other name goes through the Claude Code table (`Bash`, `mcp__…`).
 *   patch   apply_patch: a file.write of each file its patch names
 *   read    a file is read (the key holding its path)
 *   none    acts on the session only: no answer, Codex's own approvals decide
 *   refuse  cannot be judged: denied, with why
 */
type CodexToolEffect = { does: 'patch' } | { does: 'read'; key: string } | { does: 'none'; why: string } | { does: 'refuse'; why: string; fix: string };

export const CODEX_TOOLS: Readonly<Record<string, CodexToolEffect>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, CodexToolEffect>, {
    apply_patch: { does: 'patch' },
    view_image: { does: 'read', key: 'path' },
    update_plan: { does: 'none', why: "the session's own plan" },
    get_goal: { does: 'none', why: "reads the session's goal" },
    create_goal: { does: 'none', why: "sets the session's goal" },
    update_goal: { does: 'none', why: "updates the session's goal" },
    request_user_input: { does: 'none', why: 'asks the user a question' },
    // Typed into a running program: SafeClaw cannot tell what that program makes of it.
    write_stdin: { does: 'refuse', why: 'write_stdin is refused: input typed into a running program cannot be judged', fix: 'do not allow interactive programs (sh, python3, psql…) in the policies' },
  }),
);

function codexToolActions(name: string, input: Record<string, unknown>, origin: Origin, cwd: string | undefined): Action[] | undefined {
  const where = { file: origin.file, line: origin.line };
  const effect = CODEX_TOOLS[name];
  if (effect === undefined) return undefined;
  switch (effect.does) {
    case 'patch': {
      // The patch text, whichever key this Codex version puts it under (0.171: `command`; older: ["apply_patch", PATCH]).
      const candidates = [input.command, input.patch, input.input].flatMap((v) => (Array.isArray(v) ? v : [v]));
      const patch = candidates.find((v): v is string => typeof v === 'string' && v.includes('*** Begin Patch'));
      if (patch === undefined) throw new SourceError(where, 'apply_patch call has no patch text', 'SafeClaw judges an apply_patch by the files its patch names');
      const paths = [...patch.matchAll(PATCH_FILE)].map((m) => m[1].trim());
      if (paths.length === 0) throw new SourceError(where, 'apply_patch patch names no file', 'a patch must name its files (*** Update File: PATH)');
      return paths.map((p) => claudeToolActions('Write', { file_path: p }, origin, cwd)[0]);
    }
    case 'read':
      return claudeToolActions('Read', { file_path: input[effect.key] }, origin, cwd);
    case 'none':
      return [];
    case 'refuse':
      throw new SourceError(where, effect.why, effect.fix);
  }
}

/** The actions one Codex tool call performs. */
export function codexActions(input: PreToolUseInput): Action[] {
  const origin = { source: 'hook' as const, detail: `Codex ${input.tool_name}${input.tool_use_id ? ` ${input.tool_use_id}` : ''}` };
  const own = codexToolActions(input.tool_name, input.tool_input, origin, undefined);
  if (own === undefined) return preToolUseActions(input).map((action) => ({ ...action, origin }));
  return own.map((action) => withAbsolutePath(action, input.cwd));
}

function withAbsolutePath(action: Action, cwd: string | undefined): Action {
  if (!cwd || (action.type !== 'file.read' && action.type !== 'file.write') || posix.isAbsolute(action.path)) return action;
  return { ...action, path: posix.join(cwd, action.path) };
}

/** What to tell a person who wants the call to go ahead, since Codex cannot ask for SafeClaw's approval. */
export const CODEX_APPROVAL_HINT =
  'Codex hooks cannot ask a person, so SafeClaw denies calls that need approval. To get it: a person runs this themselves, ' +
  'or a reviewer adds an allow rule for it to the policies, or the task runs in a client that asks (Claude Code).';

/** Codex's answer: deny for deny and require_approval (with how to get the approval), none for allow. */
export function codexAnswer(result: GateResult, policies?: PoliciesChoice): PreToolUseOutput | undefined {
  if (result.verdict === 'allow') return undefined;
  const answer = preToolUseAnswer(result, policies);
  const out = answer.hookSpecificOutput;
  if (result.verdict === 'require_approval') {
    return { hookSpecificOutput: { ...out, permissionDecision: 'deny', permissionDecisionReason: `${out.permissionDecisionReason}. ${CODEX_APPROVAL_HINT}` } };
  }
  return answer;
}
