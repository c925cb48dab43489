import type { ShellNode as Node } from './bash-parser/node.js';
/**
 * An expression with no names in it (`2 ** 10`, `0x10 + 010`, `2#101`, `1 ? 2 : 3`,
 * `$((1)) + 1`): nothing in it is a variable whose value bash could evaluate as
 * code, so it runs nothing, whatever it evaluates to (an error at worst).
 */
export declare function namelessArithmetic(expression: string): boolean;
/** Why bash evaluates part of this node as code at run time; null when it does not (or only constants). */
export declare function evaluatedCodeReason(node: Node): string | null;
/**
 * `read PATH`, `printf -v IFS …`, `let x=y`: an assignment to a sensitive
 * variable, or one that evaluates code (a subscript, arithmetic); null otherwise.
 */
export declare function assigningBuiltinReason(name: string, args: {
    text: string;
    dynamic?: string;
}[]): string | null;
