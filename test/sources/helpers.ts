// Shared test scaffolding for the sources tests: temp folders and the shared fixtures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
/** The leads' shared fixtures, copied unchanged into test/fixtures (see its README). */
export const fixtures = path.resolve(repoRoot, 'test/fixtures');

export function tempDir(t: { after: (fn: () => void) => void }, prefix = 'safeclaw-sources-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
