// SafeClaw as a Claude Code PreToolUse hook: the tool call Claude is about to
// make → actions → the same `evaluate` as everywhere else → the hook's answer.
//
// Claude Code sends the hook a JSON object on stdin (`hook_event_name`,
// `tool_name`, `tool_input`, `cwd`…) and reads
// `{"hookSpecificOutput":{"hookEventName":"PreToolUse","permissionDecision":…}}`
// from stdout. SafeClaw's allow → "allow", require_approval → "ask" (the user is
// prompted), deny → "deny" (the reason is shown to Claude).
import { posix } from 'node:path';
import { redactMessage } from '../redaction/redact.js';
import { isObject } from '../sources/claude-transcript.js';
import { claudeToolActions } from './claude-code-tools.js';
import { judgeToolActions } from './live-judge.js';
import type { Action, GateResult, PolicySet, Verdict } from '../types.js';
import type { PoliciesChoice } from './project-policies.js';

export interface PreToolUseInput {
  tool_name: string;
  tool_input: Record<string, unknown>;
  cwd?: string;
  session_id?: string;
  tool_use_id?: string;
}

export interface PreToolUseOutput {
  hookSpecificOutput: {
    hookEventName: 'PreToolUse';
    permissionDecision: 'allow' | 'deny' | 'ask';
    permissionDecisionReason: string;
  };
}

const PERMISSION: Record<Verdict, PreToolUseOutput['hookSpecificOutput']['permissionDecision']> = {
  allow: 'allow',
  require_approval: 'ask',
  deny: 'deny',
};

/** Reads the hook's stdin JSON; throws an Error with what is wrong. */
export function parsePreToolUseInput(text: string): PreToolUseInput {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new Error(`hook input is not JSON (${(err as Error).message})`);
  }
  if (!isObject(value) || typeof value.tool_name !== 'string') throw new Error('hook input has no "tool_name"');
  if (value.hook_event_name !== undefined && value.hook_event_name !== 'PreToolUse') {
    throw new Error(`hook input is a ${String(value.hook_event_name)} event; register safeclaw for PreToolUse`);
  }
  return {
    tool_name: value.tool_name,
    tool_input: isObject(value.tool_input) ? value.tool_input : {},
    cwd: typeof value.cwd === 'string' ? value.cwd : undefined,
    session_id: typeof value.session_id === 'string' ? value.session_id : undefined,
    tool_use_id: typeof value.tool_use_id === 'string' ? value.tool_use_id : undefined,
  };
}

/** The actions one tool call performs (empty for session-only tools such as TodoWrite). Unknown tools throw. */
export function preToolUseActions(input: PreToolUseInput): Action[] {
  const origin = { source: 'hook', detail: `Claude Code ${input.tool_name}${input.tool_use_id ? ` ${input.tool_use_id}` : ''}` };
  // Paths stay absolute (or are made so against the session's cwd): the engine makes
  // them relative to the repository root, which the session's cwd may lie below.
  const actions = claudeToolActions(input.tool_name, input.tool_input, origin, undefined);
  const cwd = input.cwd;
  if (!cwd) return actions;
  return actions.map((action) =>
    (action.type === 'file.read' || action.type === 'file.write') && !posix.isAbsolute(action.path)
      ? { ...action, path: posix.join(cwd, action.path) }
      : action,
  );
}

/** Judges the call; a kubectl -f/-k command is also judged with the namespaces its manifests (read now, from the session's cwd) name. */
export function judgePreToolUse(policySet: PolicySet, input: PreToolUseInput): GateResult {
  return judgeToolActions(policySet, preToolUseActions(input), input.cwd);
}

/** The hook's answer; with `policies`, the reason names the folder whose policies decided. */
export function preToolUseAnswer(result: GateResult, policies?: PoliciesChoice): PreToolUseOutput {
  const decisive = result.items.find((item) => item.decision.decision === result.verdict) ?? result.items[0];
  const where = policies ? ` (policies: ${policies.dir}, from ${policies.how})` : '';
  const reason = decisive ? `SafeClaw ${result.verdict}: ${decisive.decision.rule ?? 'default'}: ${decisive.decision.reason}${where}` : 'SafeClaw: nothing to judge';
  return { hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: PERMISSION[result.verdict], permissionDecisionReason: reason } };
}

/** The answer when SafeClaw itself cannot judge (bad policy, unreadable input, audit failure): deny. */
export function preToolUseFailure(message: string): PreToolUseOutput {
  return {
    hookSpecificOutput: {
      hookEventName: 'PreToolUse',
      permissionDecision: 'deny',
      // The message may quote the tool call (a parse error): redacted like every output.
      permissionDecisionReason: `SafeClaw could not judge this call, so it is denied: ${redactMessage(message)}`,
    },
  };
}
