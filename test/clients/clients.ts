// The real agent clients, installed at test time (pinned; ~1.4 GB, so not
// devDependencies) into a cache folder these tests own, and the project folders
// they run in. A client that cannot be installed fails its test: there is no
// silent skip (`npm test -- --no-clients` leaves the whole folder out, on purpose).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, tempDir } from '../helpers/cli.js';

export const CLIENTS = {
  '@anthropic-ai/claude-code': '2.1.332',
  '@anthropic-ai/claude-agent-sdk': '0.3.333',
  '@openai/agents': '0.20.0',
  '@openai/codex': '0.171.0',
  '@modelcontextprotocol/sdk': '1.32.2',
  zod: '4.6.7',
} as const;

/** SAFECLAW_CLIENTS_DIR, else ~/.cache/safeclaw-test-clients (kept between runs; CI may cache it). */
export const CACHE = process.env.SAFECLAW_CLIENTS_DIR ?? join(homedir(), '.cache/safeclaw-test-clients');

let installed = false;

/** Installs what is missing or of another version; throws with npm's output when it cannot. */
export function installClients(): string {
  if (installed) return CACHE;
  mkdirSync(CACHE, { recursive: true });
  const missing = Object.entries(CLIENTS).filter(([name, version]) => {
    try {
      return JSON.parse(readFileSync(join(CACHE, 'node_modules', name, 'package.json'), 'utf8')).version !== version;
    } catch {
      return true;
    }
  });
  if (missing.length > 0) {
    writeFileSync(join(CACHE, 'package.json'), JSON.stringify({ private: true, type: 'module', dependencies: CLIENTS }, null, 2));
    // One npm at a time on a shared machine (flock, where the machine has it).
    const npm = ['npm', 'install', '--no-audit', '--no-fund', '--loglevel=error'];
    const hasFlock = spawnSync('flock', ['--version']).status === 0;
    const [command, ...args] = hasFlock ? ['flock', '/tmp/safeclaw-npm.lock', ...npm] : npm;
    const result = spawnSync(command, args, { cwd: CACHE, encoding: 'utf8', timeout: 600_000 });
    if (result.status !== 0) {
      throw new Error(`could not install the agent clients into ${CACHE} (${missing.map(([n, v]) => `${n}@${v}`).join(', ')}): ${result.error?.message ?? ''}\n${result.stderr}\n  (offline? run \`npm test -- --no-clients\`)`);
    }
  }
  installed = true;
  return CACHE;
}

export function bin(relative: string): string {
  const file = join(installClients(), 'node_modules', relative);
  if (!existsSync(file)) throw new Error(`${file} is missing after install`);
  return file;
}

/** Imports an installed ESM package by its `exports` entry (the tests' own node_modules do not hold it). */
export async function importClient<T>(name: keyof typeof CLIENTS | 'openai'): Promise<T> {
  const dir = join(installClients(), 'node_modules', name);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const entry = pkg.exports?.['.'];
  const file = typeof entry === 'string' ? entry : (entry?.import?.default ?? entry?.import ?? entry?.default ?? pkg.module ?? pkg.main);
  return import(pathToFileURL(join(dir, typeof file === 'string' ? file : 'index.js')).href) as Promise<T>;
}

export const RULES = (dir: string) => `rules:
  - id: allow-touch-in-project
    action: shell.execute
    effect: allow
    conditions: { command: { pattern: "touch ${dir}/*" } }
    reason: marker files of the test
  - id: ask-helm
    action: shell.execute
    effect: require_approval
    conditions: { command: { pattern: "helm *" } }
    reason: ask a human before helm
  - id: allow-db-selects
    action: tool.call
    effect: allow
    conditions:
      tool: { pattern: "mcp__db__query" }
      input: { path: sql, pattern: "SELECT *" }
    reason: reads of the test database
`;

/**
 * A project as a user has it: a git repository with the example policies plus the
 * test's rules, a `.env`, and SafeClaw "installed" at node_modules/@authensor/safeclaw,
 * whose dist/cli.js runs this checkout's sources (dist/ is rebuilt from them).
 */
export function project(t: Parameters<typeof tempDir>[0], broken = false): string {
  const dir = realpathSync(tempDir(t, 'safeclaw-client-'));
  execFileSync('cp', ['-r', join(ROOT, 'examples/devops/.safeclaw'), join(dir, '.safeclaw')]);
  writeFileSync(join(dir, '.safeclaw/policies/test.yaml'), RULES(dir));
  writeFileSync(join(dir, '.env'), 'SECRET=hunter2\n');
  execFileSync('git', ['init', '-q'], { cwd: dir });
  if (!broken) {
    const entry = join(dir, 'node_modules/@authensor/safeclaw/dist/cli.js');
    mkdirSync(join(entry, '..'), { recursive: true });
    writeFileSync(join(dir, 'node_modules/@authensor/safeclaw/package.json'), '{"name":"@authensor/safeclaw","type":"module"}');
    const tsx = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/esm/api/index.mjs')).href;
    writeFileSync(entry, `const { register } = await import(${JSON.stringify(tsx)});\nregister();\nawait import(${JSON.stringify(pathToFileURL(join(ROOT, 'src/cli/bin.ts')).href)});\n`);
  }
  return dir;
}

export const CLI_OF = (dir: string) => join(dir, 'node_modules/@authensor/safeclaw/dist/cli.js');

/** Runs a client to its end (bounded), its environment replaced by `env` plus PATH. */
export function runClient(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number }) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { PATH: process.env.PATH, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 180_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Every record of the project's audit log, after `safeclaw audit verify` accepted it. */
export function verifiedAudit(dir: string): { decision: string; rule: string | null }[] {
  const log = join(dir, '.safeclaw/audit/audit.jsonl');
  const verify = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/bin.ts'), 'audit', 'verify', log], { cwd: ROOT, encoding: 'utf8' });
  if (verify.status !== 0) throw new Error(`audit verify failed: ${verify.stdout}${verify.stderr}`);
  return readFileSync(log, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
}
