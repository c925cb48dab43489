// `npm run example`: builds the example PR (examples/pr/) as a git repository
// and runs the whole gate on it with the bundled CLI, as CI would.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const made = spawnSync(process.execPath, [join(root, 'examples/pr/make-repo.mjs')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
if (made.status !== 0) process.exit(2);
const repo = made.stdout.trim();
const args = ['check', '--diff', 'main...HEAD', '--plan', 'plan.json', '--plan', 'pulumi-preview.json', '--plan', 'changeset.json', '--commands', 'agent-session.jsonl', '--pr-body', 'pr-body.md', ...process.argv.slice(2)];
console.log(`$ cd ${repo}\n$ safeclaw ${args.join(' ')}\n`);
const gate = spawnSync(process.execPath, [join(root, 'dist/cli.js'), ...args], { cwd: repo, stdio: 'inherit' });
rmSync(repo, { recursive: true, force: true });
console.log(`\nexit code ${gate.status} (0 all allowed, 1 something denied or needing approval, 2 bad input)`);
process.exit(gate.status ?? 2);
