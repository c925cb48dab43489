// Shared test scaffolding for the sources tests: temp folders and the shared fixtures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
/** `../shared/fixtures` beside the clone (as in CI). */
export const fixtures = path.resolve(repoRoot, '../shared/fixtures');

export function tempDir(t: { after: (fn: () => void) => void }, prefix = 'safeclaw-sources-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
