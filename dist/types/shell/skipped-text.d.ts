import type { ShellNode } from './bash-parser/node.js';
/**
 * The first node with non-blank text between (or around) its parts, or an
 * operator token that holds more than the operator; null when the tree accounts
 * for every character bash reads as a word. Gaps are sliced from the root's text
 * (one text fetch), so a tree-sitter tree costs no more calls than the walk.
 */
export declare function skippedText(root: ShellNode): ShellNode | null;
