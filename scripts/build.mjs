// Bundles SafeClaw into dist/: the CLI (dist/cli.js), the library (dist/lib.js)
// and the GitHub Action (dist/index.js, started by dist/launch.js), plus the
// parser's .wasm files, the licenses of everything bundled, and the library's
// type declarations. `safeclaw hook` gets a bundle of its own (dist/hook-main.js).
// `node scripts/build.mjs --out DIR` builds elsewhere (the freshness check).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--out');
const out = outIndex === -1 ? join(root, 'dist') : resolve(process.argv[outIndex + 1]);
const require = createRequire(join(root, 'package.json'));

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// dist/cli.js is bundled on its own (see cliAlone below); the commands' main is an entry here.
const entryPoints = { 'chunks/cli-main': 'src/cli/main.ts', lib: 'src/lib.ts' };
if (existsSync(join(root, 'src/action/index.ts'))) entryPoints.index = 'src/action/index.ts';
// action.yml's `main`: starts dist/index.js again with V8 flags (src/action/launch.ts).
if (existsSync(join(root, 'src/action/launch.ts'))) entryPoints.launch = 'src/action/launch.ts';

// The build id the hook's client and the long-lived judge compare (src/cli/judge-client.ts):
// a digest of what the bundle is made of (the sources, the locked dependencies, this
// script), so the same sources always build the same dist/ and any change another id.
function buildId() {
  const hash = createHash('sha256');
  const files = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
  for (const file of [...files, join(root, 'package-lock.json'), fileURLToPath(import.meta.url)]) {
    if (!existsSync(file)) continue;
    hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 32);
}

const common = {
  define: { __SAFECLAW_BUILD__: JSON.stringify(buildId()) },
  absWorkingDir: root,
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
  // yaml's ES module build (the same sources as its CommonJS one, which Node's
  // `exports` condition picks) lets esbuild keep only what is used and run no
  // CommonJS wrappers at start-up: ~5 ms of a hook call on Node 20 and 24. It
  // differs only where a document asks for YAML 1.1's !!binary (Uint8Array, not
  // Buffer: no policy value) and in where yaml's warnings and debug logs go.
  alias: { yaml: join(dirname(require.resolve('yaml/package.json')), 'browser/index.js') },
  // Bundled CommonJS packages call require() for Node built-ins, and so does the code below.
  banner: { js: "import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);" },
};

// Node built-ins are taken with require(), not imported as ES modules. An `import … from
// 'node:fs'` makes Node build the module's ES facade, which reads every export, lazy
// getters included, and so loads what they hide: all of Node's streams for node:fs,
// util.diff and worker_threads for node:util, webcrypto for node:crypto, undici for
// node:http (Node 24). The same objects through require() (esbuild then reads each
// property where it is used) leave those unloaded: 17 fewer of Node's modules in a
// hook call, and ~50-100 ms less for the Action, whose @actions/http-client imports
// http and https. The banner above defines `require` in every bundle file. esbuild
// copies a CommonJS module's properties for `import { x }`, and reading the
// descriptor of one of node:util's lazy properties makes it (util.diff loads assert's
// diff, whose colour check makes process.stderr's stream): node:util's stand-in names
// what the code imports instead (a name missing here fails the build).
const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const NAMED_STAND_INS = { util: ['inspect', 'parseArgs', 'types'] };
const standIn = (name) =>
  NAMED_STAND_INS[name] === undefined
    ? { contents: `module.exports = require(${JSON.stringify(`node:${name}`)});`, loader: 'js' }
    : { contents: `const m = require(${JSON.stringify(`node:${name}`)});\nexport default m;\n${NAMED_STAND_INS[name].map((x) => `export const ${x} = m.${x};`).join('\n')}\n`, loader: 'js' };
const builtinsByRequire = {
  name: 'builtins-by-require',
  setup(plugin) {
    plugin.onResolve({ filter: /^(node:)?[a-z_/]+$/ }, (args) =>
      BUILTINS.has(args.path) && args.kind === 'import-statement' ? { path: args.path.replace(/^node:/, ''), namespace: 'builtin-by-require' } : undefined,
    );
    plugin.onLoad({ filter: /.*/, namespace: 'builtin-by-require' }, (args) => standIn(args.path));
  },
};

// A hook call is a new process for every tool call, and Node loads each module of
// an import graph on its own: the hook's ~15 chunks of the shared bundle cost it
// ~8 ms more than one file of the same code. So src/cli/hook-main.ts, which
// bin.ts imports for `hook`, is left out of the shared bundle and bundled alone:
// one file, with only what a call may not need (the parser's runtime, the audit
// anchor) in chunks of its own. The package carries that code twice (~0.7 MB).
const HOOK_ENTRY = './hook-main.js';
const hookEntryApart = {
  name: 'hook-entry-apart',
  setup(plugin) {
    plugin.onResolve({ filter: /^\.\/hook-main\.js$/ }, (args) =>
      args.importer === join(root, 'src/cli/bin.ts')
        ? { path: HOOK_ENTRY, external: true }
        : // main.ts (`judge`) is bundled into chunks/.
          args.importer === join(root, 'src/cli/main.ts')
          ? { path: `.${HOOK_ENTRY}`, external: true }
          : undefined,
    );
  },
};
const shared = await build({ ...common, entryPoints, chunkNames: 'chunks/[name]-[hash]', plugins: [hookEntryApart, builtinsByRequire] });

// dist/cli.js alone, importing nothing up front: a hook call that the long-lived judge
// answers (src/cli/judge-client.ts, in cli.js itself) loads no other file of ours, and no
// module through the ES loader, whose resolving and linking of a chunk and of node:module
// cost ~3 ms of such a call. Every other command imports chunks/cli-main.js; `hook` and
// `judge` without a judge's answer, hook-main.js.
const cliAlone = {
  name: 'cli-alone',
  setup(plugin) {
    plugin.onResolve({ filter: /^\.\/(hook-)?main\.js$/ }, (args) =>
      args.importer === join(root, 'src/cli/bin.ts') ? { path: args.path === './main.js' ? './chunks/cli-main.js' : HOOK_ENTRY, external: true } : undefined,
    );
  },
};
const cli = await build({ ...common, entryPoints: { cli: 'src/cli/bin.ts' }, splitting: false, banner: {}, plugins: [cliAlone] });
const hook = await build({ ...common, entryPoints: { 'hook-main': 'src/cli/hook-main.ts' }, chunkNames: 'hook-chunks/[name]-[hash]', plugins: [builtinsByRequire] });

// The shell parser loads these next to the bundle at run time.
copyFileSync(require.resolve('web-tree-sitter/web-tree-sitter.wasm'), join(out, 'web-tree-sitter.wasm'));
copyFileSync(require.resolve('tree-sitter-bash/tree-sitter-bash.wasm'), join(out, 'tree-sitter-bash.wasm'));

writeFileSync(join(out, 'licenses.txt'), licenses([shared.metafile, hook.metafile, cli.metafile]));
// `--no-types`: bundles only (tests that run the built CLI).
if (!process.argv.includes('--no-types')) {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', join(out, 'types')], {
    cwd: root,
    stdio: 'inherit',
  });
}

/** The license text of every package that ended up in a bundle. */
function licenses(metafiles) {
  const packages = new Map();
  for (const input of metafiles.flatMap((metafile) => Object.keys(metafile.inputs))) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (!match || packages.has(match[1])) continue;
    const dir = join(root, input.slice(0, match.index + match[0].length));
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license', 'LICENCE'].map((f) => join(dir, f)).find(existsSync);
    packages.set(match[1], `${pkg.name}@${pkg.version}\n${pkg.license ?? 'UNKNOWN'}\n${file ? readFileSync(file, 'utf8').trim() : ''}\n`);
  }
  return [...packages.keys()].sort().map((name) => packages.get(name)).join('\n');
}
