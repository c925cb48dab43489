import type { Action, Origin } from '../types.js';
export declare function claudeTranscriptActions(text: string, file: string): Action[];
/** One Claude Code tool call → what it does (also used by the live PreToolUse hook). */
export declare function claudeToolActions(name: string, input: Record<string, unknown>, origin: Origin, cwd: string | undefined): Action[];
export declare function relativeTo(cwd: string | undefined, p: string): string;
export declare function isObject(value: unknown): value is Record<string, unknown>;
