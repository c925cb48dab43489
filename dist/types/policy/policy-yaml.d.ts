import type { PolicyNode } from './policy-tree.js';
/**
 * The file's tree, null for a file with no content (only comments and blank
 * lines), or undefined when the file is outside the subset this parser reads.
 */
export declare function parsePolicySubset(text: string): PolicyNode | null | undefined;
/**
 * Line and column (from 1) of an offset in a file this parser read, as `yaml`'s
 * LineCounter gives them for it (its lexer marks a line start after every line
 * break outside a scalar, and this subset has no scalar over several lines).
 */
export declare function subsetLinePos(text: string): (offset: number) => {
    line: number;
    col: number;
};
