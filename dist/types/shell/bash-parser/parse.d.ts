import { BashNode } from './node.js';
/**
 * Parses a bash command line into a tree equal to tree-sitter-bash's, or returns
 * null when the line uses syntax this parser does not handle with certainty.
 */
export declare function parseBashFast(source: string): BashNode | null;
