// `npm test`: type-check, check that the committed dist/ is what the sources
// build to, then run every test/**/*.test.ts with node's test runner on the
// machine's Node (20 here), and the Action's tests again on Node 24, the
// runtime action.yml declares (the `node` devDependency).
// `npm test -- PATH...` runs only the test files under those paths (no checks).
// `npm test -- --no-clients` runs everything but the real agent clients (test/clients/).
//
// npm puts node_modules/.bin first on PATH, where the `node` package's Node 24
// lives, so the machine's Node is the one that runs npm itself.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// `--no-clients`: leave out test/clients/ (the real agent clients, installed from the npm registry on first use), for offline laptops.
const noClients = process.argv.includes('--no-clients');
const only = process.argv.slice(2).filter((arg) => arg !== '--no-clients');
const machineNode = process.env.npm_node_execpath || process.execPath;
const node24 = join(root, 'node_modules/.bin/node');

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
const files = roots
  .flatMap((p) => (statSync(p).isDirectory() ? filesUnder(p, (f) => f.endsWith('.test.ts')) : [p]))
  .filter((f) => !noClients || !f.startsWith(join(root, 'test/clients') + '/'));
// node --test given no files would look for tests on its own.
if (files.length === 0) {
  console.log('no test files to run');
  process.exit(0);
}
runTests(machineNode, files);
const actionFiles = files.filter((f) => f.startsWith(join(root, 'test/action') + '/'));
if (only.length === 0 || actionFiles.length > 0) {
  if (!existsSync(node24)) {
    console.error('Node 24 is missing (node_modules/.bin/node): run `npm ci`; the Action runs on node24 and is tested there');
    process.exit(1);
  }
  if (actionFiles.length > 0) runTests(node24, actionFiles);
}

function runTests(nodeBinary, testFiles) {
  const version = spawnSync(nodeBinary, ['--version'], { encoding: 'utf8' }).stdout.trim();
  run(`tests on node ${version} (${testFiles.length} file${testFiles.length === 1 ? '' : 's'})`, nodeBinary, [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-concurrency=3',
    ...testFiles.map((f) => relative(root, f)),
  ]);
}

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
