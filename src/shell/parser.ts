// The bash parsers behind shell analysis: first the TypeScript parser of
// ./bash-parser/ (plain objects, no start-up cost, the same trees as tree-sitter
// for what it accepts), then tree-sitter-bash compiled to wasm, run by
// web-tree-sitter, for every line the first one declines. The wasm is loaded only
// when a line needs it: `prepareParser` loads it (callers that know their
// commands ask `needsTreeSitter` first), and a line that needs it while it is not
// loaded throws, which the analysis turns into an opaque command (fail closed).
//
// Why this parser: measured on the development machine, web-tree-sitter +
// tree-sitter-bash initialise in ~64 ms and parse a short command in ~44 µs,
// synchronously. The alternatives were slower or unusable from a synchronous
// `evaluate`: mvdan-sh (GopherJS) loads in 363 ms and parses in ~150 µs;
// sh-syntax (Go WASM) needs 920 ms to start and is async only (~25 ms a parse).
// tree-sitter is error-tolerant (it always returns a tree), so callers must treat
// any ERROR or MISSING node as a parse failure and fail closed.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Parser, Tree } from 'web-tree-sitter';
import type { ShellNode } from './bash-parser/node.js';
import { parseBashFast } from './bash-parser/parse.js';

const RUNTIME_WASM = 'web-tree-sitter.wasm';
const BASH_WASM = 'tree-sitter-bash.wasm';

let parser: Parser | null = null;
let loading: Promise<void> | null = null;

/**
 * Finds a wasm file: next to this module first (the bundle in `dist/` ships both
 * files beside it), then through package resolution (running from source).
 */
function locateWasm(file: string, packagePath: string): string {
  const beside = fileURLToPath(new URL(file, import.meta.url));
  if (existsSync(beside)) return beside;
  // A split bundle puts this module in dist/chunks/, one folder below the wasm files.
  const aboveChunk = fileURLToPath(new URL(`../${file}`, import.meta.url));
  if (existsSync(aboveChunk)) return aboveChunk;
  const require = createRequire(import.meta.url);
  return require.resolve(packagePath);
}

/** Loads the wasm runtime and the bash grammar once; later calls reuse them. */
export function prepareParser(): Promise<void> {
  loading ??= (async () => {
    // Imported here, not at the top: a process whose lines the TypeScript parser takes never loads it.
    const { Language, Parser } = await import('web-tree-sitter');
    const runtime = locateWasm(RUNTIME_WASM, `web-tree-sitter/${RUNTIME_WASM}`);
    await Parser.init({ locateFile: () => runtime });
    const bash = await Language.load(locateWasm(BASH_WASM, `tree-sitter-bash/${BASH_WASM}`));
    const created = new Parser();
    created.setLanguage(bash);
    parser = created;
  })();
  return loading;
}

export function isParserReady(): boolean {
  return parser !== null;
}

/** A parsed script: its root node, and `release()` to call when done with it (tree-sitter's trees live in wasm memory). */
export interface ParsedScript {
  root: ShellNode;
  release(): void;
}

const NOTHING_TO_RELEASE = (): void => {};

let typeScriptParser = true;

/**
 * Turns the TypeScript parser off (every line through tree-sitter) or on again:
 * for tests comparing whole analyses made with either parser.
 */
export function useTypeScriptParser(on: boolean): void {
  typeScriptParser = on;
}

/** True when the TypeScript parser declines the line, so tree-sitter (the wasm) must parse it. */
export function needsTreeSitter(source: string): boolean {
  return parseBashFast(source) === null;
}

/**
 * Parses bash source: the TypeScript parser first, tree-sitter when it declines.
 * Throws when tree-sitter is needed and was not prepared; the caller turns that
 * into an opaque command.
 */
export function parseShell(source: string): ParsedScript {
  const fast = typeScriptParser ? parseBashFast(source) : null;
  if (fast) return { root: fast, release: NOTHING_TO_RELEASE };
  const tree = parseTreeSitter(source);
  return { root: tree.rootNode, release: () => tree.delete() };
}

/**
 * Parses bash source with tree-sitter alone. Throws when the parser was not
 * prepared. The caller must `delete()` the tree.
 */
export function parseBash(source: string): Tree {
  return parseTreeSitter(source);
}

/** How many parses needed tree-sitter while it was not loaded (each made its command opaque). */
let misses = 0;

export function treeSitterMisses(): number {
  return misses;
}

function parseTreeSitter(source: string): Tree {
  if (!parser) misses++;
  if (!parser) throw new Error('shell parser is not loaded (prepareShellAnalysis was not awaited)');
  const tree = parser.parse(source);
  if (!tree) throw new Error('shell parser returned no tree');
  return tree;
}
