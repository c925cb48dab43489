// The code under test is what ships: SafeClaw bundled by scripts/build.mjs into a
// fresh dist/ (the committed dist/ may be stale). Running the sources through tsx
// instead would add esbuild's keepNames `__name` wrappers, which cost about a
// quarter of the shell analysis time and are not in the bundle.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type SafeClawLibrary = typeof import('../src/lib.js');

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface BuiltDist {
  dir: string;
  cli: string;
  lib: SafeClawLibrary;
  remove: () => void;
}

export async function buildDist(): Promise<BuiltDist> {
  const work = mkdtempSync(join(tmpdir(), 'safeclaw-bench-dist-'));
  const dir = join(work, 'dist');
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--out', dir], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  // The bundle is ESM, as the project's package.json says for the real dist/.
  writeFileSync(join(work, 'package.json'), '{ "type": "module" }\n');
  const lib = (await import(pathToFileURL(join(dir, 'lib.js')).href)) as SafeClawLibrary;
  return { dir, cli: join(dir, 'cli.js'), lib, remove: () => rmSync(work, { recursive: true, force: true }) };
}
