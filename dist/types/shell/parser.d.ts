import { type Tree } from 'web-tree-sitter';
/** Loads the wasm runtime and the bash grammar once; later calls reuse them. */
export declare function prepareParser(): Promise<void>;
export declare function isParserReady(): boolean;
/**
 * Parses bash source. Throws when the parser was not prepared; the caller turns
 * that into an opaque command. The caller must `delete()` the tree.
 */
export declare function parseBash(source: string): Tree;
