import type { Action } from '../types.js';
export { claudeToolActions, relativeTo } from '../integrations/claude-code-tools.js';
export declare function claudeTranscriptActions(text: string, file: string): Action[];
export declare function isObject(value: unknown): value is Record<string, unknown>;
