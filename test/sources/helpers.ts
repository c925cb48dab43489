// Shared test scaffolding for the sources tests: temp folders and the shared fixtures.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir as testTempDir } from '../helpers/cli.js';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
/** The leads' shared fixtures, copied unchanged into test/fixtures (see its README). */
export const fixtures = path.resolve(repoRoot, 'test/fixtures');

/** A temp folder removed after the test (the project's one helper, with this folder's prefix). */
export function tempDir(t: Parameters<typeof testTempDir>[0], prefix = 'safeclaw-sources-'): string {
  return testTempDir(t, prefix);
}
