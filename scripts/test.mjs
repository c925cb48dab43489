// `npm test`: type-check, check that the committed dist/ is what the sources
// build to, then run every test/**/*.test.ts with node's test runner.
// `npm test -- PATH...` runs only the test files under those paths (no checks).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);

function run(label, command, args, options = {}) {
  console.log(`\n== ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`\n${label} failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}

function filesUnder(dir, keep) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, keep));
    else if (keep(path)) out.push(path);
  }
  return out;
}

if (only.length === 0) {
  run('type-check', process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', '.']);
  const fresh = mkdtempSync(join(tmpdir(), 'safeclaw-dist-'));
  try {
    run('build dist/ afresh', process.execPath, ['scripts/build.mjs', '--out', fresh]);
    const stale = compareTrees(join(root, 'dist'), fresh);
    if (stale.length > 0) {
      console.error(`dist/ is stale (${stale.slice(0, 5).join(', ')}${stale.length > 5 ? ', …' : ''}): run \`npm run build\` and commit dist/`);
      process.exit(1);
    }
    console.log('dist/ matches a fresh build');
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
}

const roots = only.length > 0 ? only.map((p) => resolve(p)) : [join(root, 'test')];
const files = roots.flatMap((p) => (statSync(p).isDirectory() ? filesUnder(p, (f) => f.endsWith('.test.ts')) : [p]));
run('tests (node ' + process.version + ')', process.execPath, [
  '--import',
  'tsx',
  '--test',
  '--test-reporter=spec',
  '--test-concurrency=3',
  ...files.map((f) => relative(root, f)),
]);

/** Paths (relative) that differ between two trees. */
function compareTrees(a, b) {
  const list = (dir) => {
    try {
      return filesUnder(dir, () => true).map((f) => relative(dir, f));
    } catch {
      return [];
    }
  };
  const left = new Set(list(a));
  const right = new Set(list(b));
  const differ = [];
  for (const file of new Set([...left, ...right])) {
    if (!left.has(file) || !right.has(file)) differ.push(file);
    else if (!readFileSync(join(a, file)).equals(readFileSync(join(b, file)))) differ.push(file);
  }
  return differ.sort();
}
