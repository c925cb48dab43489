import type { Node } from 'web-tree-sitter';
export interface Word {
    /** Value after quote removal; run-time parts appear as their source text. */
    text: string;
    /** Why the value is only known at run time; unset for a literal word. */
    dynamic?: string;
    /** An unquoted expansion: the shell may split it into several words, or none. */
    splits?: boolean;
    /** Unquoted glob characters or brace expansion: the shell may turn it into several words. */
    expands?: 'glob' | 'brace';
}
/** A word the analysis made up itself (argv of `docker exec`, `env -S` pieces…). */
export declare function literalWord(text: string): Word;
/** Decodes the body of `$'…'` the way bash does. */
export declare function decodeAnsiC(body: string): string;
/** Normalises one word node (a command name or an argument). */
export declare function resolveWord(node: Node): Word;
