// Bundles a program (the CLI, a test child) into one plain .mjs file, so a test
// can start hundreds of real processes without paying tsx's start-up in each.
import { build } from 'esbuild';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';

const require = createRequire(join(ROOT, 'package.json'));

/** Bundles each entry (name → path from the repository root); returns name → bundle path and a cleanup. */
export async function bundlePrograms(entries: Record<string, string>): Promise<{ paths: Record<string, string>; remove: () => void }> {
  const out = mkdtempSync(join(tmpdir(), 'safeclaw-bundle-'));
  await build({
    absWorkingDir: ROOT,
    entryPoints: entries,
    outdir: out,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);" },
  });
  // The shell parser loads these beside the bundle.
  copyFileSync(require.resolve('web-tree-sitter/web-tree-sitter.wasm'), join(out, 'web-tree-sitter.wasm'));
  copyFileSync(require.resolve('tree-sitter-bash/tree-sitter-bash.wasm'), join(out, 'tree-sitter-bash.wasm'));
  const paths = Object.fromEntries(Object.keys(entries).map((name) => [name, join(out, `${name}.mjs`)]));
  return { paths, remove: () => rmSync(out, { recursive: true, force: true }) };
}
