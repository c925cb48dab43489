// The bash parser behind shell analysis: tree-sitter-bash compiled to wasm, run by
// web-tree-sitter.
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
import { Language, Parser, type Tree } from 'web-tree-sitter';

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

/**
 * Parses bash source. Throws when the parser was not prepared; the caller turns
 * that into an opaque command. The caller must `delete()` the tree.
 */
export function parseBash(source: string): Tree {
  if (!parser) throw new Error('shell parser is not loaded (prepareShellAnalysis was not awaited)');
  const tree = parser.parse(source);
  if (!tree) throw new Error('shell parser returned no tree');
  return tree;
}
