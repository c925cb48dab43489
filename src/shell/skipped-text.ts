// Text the parser left out of the tree. Between the parts of a command, a list
// or a pipeline bash sees only blanks, newlines and operators (which are nodes
// of their own); anything else in such a gap is a word bash passes that the
// analysis would never see. tree-sitter-bash drops a `-` word right before a
// here-doc (`kubectl apply -f - <<EOF` reads as `kubectl apply -f`, `echo a - <<EOF`
// as `echo a`), and reads `\ ` at the start of a word as a gap where bash sees
// the word ` `. A rule written for the words that remain could then allow a
// command whose real argv differs, so a line with such a gap is opaque.
import type { ShellNode } from './bash-parser/node.js';

/** The nodes whose parts are separated by blanks only (their operators are child nodes). */
const SEPARATED_BY_BLANKS = new Set([
  'program', 'command', 'list', 'pipeline', 'redirected_statement', 'subshell', 'compound_statement', 'do_group',
  'if_statement', 'elif_clause', 'else_clause', 'while_statement', 'for_statement', 'c_style_for_statement',
  'case_statement', 'function_definition', 'negated_command', 'declaration_command', 'unset_command',
]);

/** Whether a gap holds only what bash skips between words: blanks and newlines. */
function blank(gap: string): boolean {
  return /^[ \t\n]*$/.test(gap);
}

/**
 * The first node with non-blank text between (or around) its parts, or an
 * operator token that holds more than the operator; null when the tree accounts
 * for every character bash reads as a word. Gaps are sliced from the root's text
 * (one text fetch), so a tree-sitter tree costs no more calls than the walk.
 */
export function skippedText(root: ShellNode): ShellNode | null {
  const source = root.text;
  const offset = root.startIndex;
  const stack: ShellNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const children = node.children;
    if (SEPARATED_BY_BLANKS.has(node.type) && children.length > 0) {
      let at = node.startIndex;
      for (const child of children) {
        if (child.startIndex > at && !blank(source.slice(at - offset, child.startIndex - offset))) return node;
        if (child.endIndex > at) at = child.endIndex;
      }
      if (node.endIndex > at && !blank(source.slice(at - offset, node.endIndex - offset))) return node;
    }
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      // An operator or keyword is a token whose text is its type; tree-sitter-bash
      // lexes `x -<<EOF` with the `-` inside the `<<` token, where bash reads a word `-`.
      if (!child.isNamed && !child.isMissing && child.childCount === 0 && child.endIndex - child.startIndex !== child.type.length) return child;
      if (child.childCount > 0) stack.push(child);
    }
  }
  return null;
}
