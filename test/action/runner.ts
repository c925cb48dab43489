// Running the bundled Action the way a runner does: a fresh build of
// dist/index.js, a git checkout in a temp folder, a real webhook payload from
// @octokit/webhooks-examples in GITHUB_EVENT_PATH, inputs as INPUT_* variables
// with action.yml's defaults, and the runner's files (GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY) read back after the process exits.
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { simpleGit } from 'simple-git';
import { parse } from 'yaml';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const run = promisify(execFile);

/** Builds the bundle into a temp folder with the project's build script; returns that folder. */
export async function buildAction(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'safeclaw-action-dist-'));
  await run(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--out', out], { cwd: ROOT });
  return out;
}

export const TEST_POLICY = `rules:
  - id: allow-terraform-files
    action: file.write
    effect: allow
    conditions:
      path:
        pattern: "infra/**/*.tf"
    reason: Terraform files are reviewed in the PR
  - id: approve-ci-changes
    action: file.write
    effect: require_approval
    conditions:
      path:
        pattern: ".github/**"
    reason: CI changes need a maintainer
  - id: allow-terraform-plan
    action: shell.execute
    effect: allow
    conditions:
      command:
        pattern: "terraform plan*"
    reason: Planning is read-only
  - id: block-terraform-apply
    action: shell.execute
    effect: deny
    conditions:
      command:
        pattern: "terraform apply*"
    reason: Apply requires human review of the plan
`;

/** What a head commit changes, by verdict it earns under TEST_POLICY. */
export const CHANGES = {
  allow: { 'infra/main.tf': 'resource "null_resource" "x" {}\n' },
  require_approval: { '.github/workflows/plan.yml': 'on: push\njobs:\n  plan:\n    runs-on: ubuntu-latest\n    steps:\n      - run: terraform plan\n' },
  deny: { 'infra/main.tf': 'resource "null_resource" "x" {}\n', 'deploy.sh': '#!/bin/sh\nterraform apply -auto-approve\n' },
} satisfies Record<string, Record<string, string>>;

export interface Checkout {
  dir: string;
  base: string;
  head: string;
}

/** A repository whose base commit holds the policies and whose head commit makes `changes`. */
export async function makeCheckout(root: string, changes: Record<string, string>, policy = TEST_POLICY): Promise<Checkout> {
  const dir = join(root, 'workspace');
  mkdirSync(dir, { recursive: true });
  const git = simpleGit({ baseDir: dir });
  await git.init();
  await git.addConfig('user.email', 'test@example.com').addConfig('user.name', 'Test').addConfig('commit.gpgsign', 'false');
  write(dir, { '.safeclaw/policies/gate.yaml': policy, 'README.md': 'app\n' });
  await git.add('.').commit('base');
  const base = (await git.revparse(['HEAD'])).trim();
  write(dir, changes);
  await git.add('.').commit('head');
  const head = (await git.revparse(['HEAD'])).trim();
  return { dir, base, head };
}

export function write(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

interface WebhookExample {
  name: string;
  examples: Record<string, any>[];
}

/** A real payload from @octokit/webhooks-examples (deep-copied), chosen by event and action. */
export function webhookExample(event: string, pick: (example: Record<string, any>) => boolean = () => true): Record<string, any> {
  const require = createRequire(import.meta.url);
  const index = require('@octokit/webhooks-examples/api.github.com/index.json') as WebhookExample[];
  const example = index.find((e) => e.name === event)?.examples.find(pick);
  if (!example) throw new Error(`no ${event} example`);
  return structuredClone(example);
}

/** A pull_request payload (the `opened` example) pointed at the checkout's commits. */
export function pullRequestPayload(checkout: Checkout, body: string | null = null): Record<string, any> {
  const payload = webhookExample('pull_request', (e) => e.action === 'opened');
  payload.pull_request.base.sha = checkout.base;
  payload.pull_request.head.sha = checkout.head;
  payload.pull_request.body = body;
  return payload;
}

/** The runner's INPUT_* variables for action.yml's defaults (with `${{ github.token }}` as the runner would fill it in). */
export function defaultInputs(token: string): Record<string, string> {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  return Object.fromEntries(
    Object.entries(action.inputs).map(([name, input]) => [name, String(input.default ?? '').replace('${{ github.token }}', token)]),
  );
}

export interface RunOptions {
  dist: string;
  workspace: string;
  event: string;
  payload: Record<string, any>;
  inputs?: Record<string, string>;
  apiUrl?: string;
  env?: Record<string, string>;
  /** Run with this node binary (default: the one running the tests). */
  node?: string;
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Workflow commands the action printed (`::error file=…::message`). */
  commands: { command: string; properties: Record<string, string>; message: string }[];
  runnerTemp: string;
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const runner = mkdtempSync(join(tmpdir(), 'safeclaw-runner-'));
  const eventPath = join(runner, 'event.json');
  const outputPath = join(runner, 'output');
  const summaryPath = join(runner, 'summary.md');
  const runnerTemp = join(runner, 'temp');
  mkdirSync(runnerTemp);
  writeFileSync(eventPath, JSON.stringify(options.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const inputs = { ...defaultInputs('fake-token'), 'audit-artifact': '', ...options.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runner,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: options.payload.repository?.full_name ?? 'Codertocat/Hello-World',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'Codertocat',
    GITHUB_SHA: options.payload.after ?? options.payload.pull_request?.head?.sha ?? '',
    RUNNER_TEMP: runnerTemp,
    // Fast retries: the backoff schedule itself is unit-tested.
    SAFECLAW_API_RETRY_DELAY_MS: '5',
    SAFECLAW_API_RETRY_MAX_WAIT_MS: '3000',
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value])),
    ...options.env,
  };
  const child = spawn(options.node ?? process.execPath, [join(options.dist, 'index.js')], { cwd: options.workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((done, fail) => {
    child.on('error', fail);
    child.on('close', (c) => done(c ?? -1));
  });
  const result: ActionRun = {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    commands: parseCommands(stdout),
    runnerTemp,
  };
  return result;
}

export function cleanupRun(run: ActionRun): void {
  rmSync(dirname(run.runnerTemp), { recursive: true, force: true });
}

/** `name<<DELIMITER\nvalue\nDELIMITER` blocks, as @actions/core writes them. */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!match) continue;
    const end = lines.indexOf(match[2], i + 1);
    outputs[match[1]] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return outputs;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

function parseCommands(stdout: string): ActionRun['commands'] {
  const commands: ActionRun['commands'] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties = Object.fromEntries(
      (match[2] ?? '')
        .split(',')
        .filter(Boolean)
        .map((pair) => {
          const at = pair.indexOf('=');
          return [pair.slice(0, at), unescapeProperty(pair.slice(at + 1))];
        }),
    );
    commands.push({ command: match[1], properties, message: unescapeData(match[3]) });
  }
  return commands;
}
