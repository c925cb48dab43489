import type { Action, GateResult } from '../types.js';
import { type PreToolUseInput, type PreToolUseOutput } from './claude-code.js';
import type { PoliciesChoice } from './project-policies.js';
/**
 * Codex's own tools (0.171: those its PreToolUse hook reports by these names), as
 * data; every other name goes through the Claude Code table (`Bash`, `mcp__…`).
 *   patch   apply_patch: a file.write of each file its patch names
 *   read    a file is read (the key holding its path)
 *   none    acts on the session only: no answer, Codex's own approvals decide
 *   refuse  cannot be judged: denied, with why
 */
type CodexToolEffect = {
    does: 'patch';
} | {
    does: 'read';
    key: string;
} | {
    does: 'none';
    why: string;
} | {
    does: 'refuse';
    why: string;
    fix: string;
};
export declare const CODEX_TOOLS: Readonly<Record<string, CodexToolEffect>>;
/** The actions one Codex tool call performs. */
export declare function codexActions(input: PreToolUseInput): Action[];
/** What to tell a person who wants the call to go ahead, since Codex cannot ask for SafeClaw's approval. */
export declare const CODEX_APPROVAL_HINT: string;
/** Codex's answer: deny for deny and require_approval (with how to get the approval), none for allow. */
export declare function codexAnswer(result: GateResult, policies?: PoliciesChoice): PreToolUseOutput | undefined;
export {};
