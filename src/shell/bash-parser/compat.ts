// The word and evaluated-code helpers, typed for either parser's nodes.
//
// src/shell/words.ts and src/shell/evaluated.ts still declare web-tree-sitter's
// `Node` as their parameter type, though they read only what `ShellNode` has
// (type, text, children, namedChildren, startIndex, endIndex, id). Until they
// import `ShellNode` themselves (requested from their owner), the analysis calls
// them through these re-typed names so that TypeScript checks its own use of
// nodes against `ShellNode`, the interface both parsers satisfy.
import type { Node as TreeNode } from 'web-tree-sitter';
import type { ShellNode } from './node.js';
import * as evaluated from '../evaluated.js';
import * as words from '../words.js';
import type { Word } from '../words.js';

const asTreeNode = (node: ShellNode): TreeNode => node as unknown as TreeNode;

export function resolveWord(node: ShellNode): Word {
  return words.resolveWord(asTreeNode(node));
}

export function resolveTouchingWords(nodes: ShellNode[]): Word[] {
  return words.resolveTouchingWords(nodes.map(asTreeNode));
}

export function evaluatedCodeReason(node: ShellNode): string | null {
  return evaluated.evaluatedCodeReason(asTreeNode(node));
}

export function declarationReason(node: ShellNode): string | null {
  return evaluated.declarationReason(asTreeNode(node));
}
