import type { Tree } from 'web-tree-sitter';
import type { ShellNode } from './bash-parser/node.js';
/** Loads the wasm runtime and the bash grammar once; later calls reuse them. */
export declare function prepareParser(): Promise<void>;
export declare function isParserReady(): boolean;
/** A parsed script: its root node, and `release()` to call when done with it (tree-sitter's trees live in wasm memory). */
export interface ParsedScript {
    root: ShellNode;
    release(): void;
}
/**
 * Turns the TypeScript parser off (every line through tree-sitter) or on again:
 * for tests comparing whole analyses made with either parser.
 */
export declare function useTypeScriptParser(on: boolean): void;
/** True when the TypeScript parser declines the line, so tree-sitter (the wasm) must parse it. */
export declare function needsTreeSitter(source: string): boolean;
/**
 * Parses bash source: the TypeScript parser first, tree-sitter when it declines.
 * Throws when tree-sitter is needed and was not prepared; the caller turns that
 * into an opaque command.
 */
export declare function parseShell(source: string): ParsedScript;
/**
 * Parses bash source with tree-sitter alone. Throws when the parser was not
 * prepared. The caller must `delete()` the tree.
 */
export declare function parseBash(source: string): Tree;
export declare function treeSitterMisses(): number;
