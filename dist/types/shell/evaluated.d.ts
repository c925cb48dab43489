import type { Node } from 'web-tree-sitter';
/** Why bash evaluates part of this node as code at run time; null when it does not (or only constants). */
export declare function evaluatedCodeReason(node: Node): string | null;
/** `declare -i`, `declare -n`, `local -n`…: integer or nameref variables. */
export declare function declarationReason(node: Node): string | null;
/**
 * `read PATH`, `printf -v IFS …`, `let x=y`: an assignment to a sensitive
 * variable, or one that evaluates code (a subscript, arithmetic); null otherwise.
 */
export declare function assigningBuiltinReason(name: string, args: {
    text: string;
    dynamic?: string;
}[]): string | null;
