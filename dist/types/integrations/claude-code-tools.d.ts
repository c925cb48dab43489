import type { Action, Origin } from '../types.js';
export type ToolEffect = {
    does: 'shell';
    key: string;
} | {
    does: 'read' | 'write';
    key: string;
    optional?: boolean;
} | {
    does: 'glob';
    key: string;
} | {
    does: 'network';
    key: string;
} | {
    does: 'search';
    key: string;
} | {
    does: 'monitor';
} | {
    does: 'mcp-resource';
} | {
    does: 'none';
    why: string;
} | {
    does: 'refuse';
    why: string;
};
/** Every Claude Code tool SafeClaw knows, by the exact name hooks and transcripts carry. */
export declare const CLAUDE_CODE_TOOLS: Readonly<Record<string, ToolEffect>>;
/** One Claude Code tool call → what it does. Unknown and refused tools throw a SourceError naming the tool. */
export declare function claudeToolActions(name: string, input: Record<string, unknown>, origin: Origin, cwd: string | undefined): Action[];
export declare function relativeTo(cwd: string | undefined, p: string): string;
