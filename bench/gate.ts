// The whole gate as CI runs it, on a generated PR (5,000 changed files), a
// 20,000-resource plan and 5,000 agent commands, from a freshly built dist/:
// the GitHub Action as a runner starts it (dist/launch.js, which replaces
// itself with dist/index.js under --liftoff-only) on Node 24, the runtime action.yml
// declares, and `safeclaw check` on every Node (which on Node 22.15+ replaces itself
// the same way). Wall time and peak RSS.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { defaultInputs, pullRequestPayload } from '../test/action/runner.js';
import { writeLargePlan } from '../test/sources/make-plan.js';
import { EXAMPLE_POLICIES } from './generate-policy.js';
import type { NodeBinary } from './nodes.js';
import { mb, ms, type Section, type TargetCheck } from './report.js';
import { COMPOUND_COMMANDS } from './requests.js';
import { median } from './stats.js';

/** Infra rules next to the example policy, so the plan's resources meet real conditions (`after`, globs). */
const INFRA_POLICY = `rules:
  - id: bench-block-open-ingress
    action: infra.change
    effect: deny
    conditions:
      type: { pattern: "aws_security_group" }
      after: { path: "ingress.*.{cidr_blocks,ipv6_cidr_blocks}.*", pattern: ["0.0.0.0/0", "::/0"] }
    reason: "No security group open to the whole internet"
  - id: bench-approve-public-databases
    action: infra.change
    effect: require_approval
    conditions:
      type: { pattern: "aws_db_instance" }
      after: { path: "publicly_accessible", pattern: "true" }
    reason: "Public databases need a human"
  - id: bench-block-iam-deletes
    action: infra.change
    effect: deny
    conditions:
      type: { pattern: "aws_iam_*" }
      change: { pattern: "{delete,replace}" }
    reason: "IAM deletions are reviewed by security"
  - id: bench-allow-module-changes
    action: infra.change
    effect: allow
    conditions:
      module: { pattern: "module.env*" }
    reason: "Environment modules are the agent's to change"
  - id: bench-allow-service-sources
    action: file.write
    effect: allow
    conditions:
      path: { pattern: "services/*/src/**" }
    reason: "Service code is reviewed in the PR"
`;

const WORKFLOW = (i: number) => `name: deploy-${i}
on: [push]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm test
      - run: |
          terraform -chdir=infra init
          terraform -chdir=infra plan -out=tfplan
      - run: kubectl apply -f k8s/ --namespace=dev
`;

const MAKEFILE = `build:
\tnpm run build
deploy: build
\tkubectl apply -f k8s/ --namespace=prod
`;

const SCRIPT = `#!/bin/sh
set -e
terraform plan -out=tfplan
curl -fsS http://169.254.169.254/latest/meta-data/ > /dev/null || true
`;

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' } }).trim();

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

const sourceFile = (i: number, version: number) =>
  `// service file ${i}, version ${version}\nexport function handler${i}(input: string): string {\n  return input.repeat(${version});\n}\n`;

/**
 * A repository whose HEAD changes `changed` files against BASE: 40% modified,
 * 10% deleted, 50% added, among them workflows, Makefiles, shell scripts and
 * package.json files whose commands the gate analyses.
 */
export function makePrRepository(dir: string, changed: number): { base: string; head: string; pipelineFiles: number } {
  const modified = Math.round(changed * 0.4);
  const deleted = Math.round(changed * 0.1);
  const added = changed - modified - deleted;
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'bench@example.com');
  git(dir, 'config', 'user.name', 'bench');
  cpSync(join(EXAMPLE_POLICIES, 'policies'), join(dir, '.safeclaw', 'policies'), { recursive: true });
  write(dir, '.safeclaw/policies/infra.yaml', INFRA_POLICY);
  const existing = modified + deleted;
  for (let i = 0; i < existing; i++) write(dir, `services/svc-${i % 50}/src/file-${i}.ts`, sourceFile(i, 1));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');

  for (let i = 0; i < modified; i++) write(dir, `services/svc-${i % 50}/src/file-${i}.ts`, sourceFile(i, 2));
  for (let i = modified; i < existing; i++) rmSync(join(dir, `services/svc-${i % 50}/src/file-${i}.ts`));
  let pipelineFiles = 0;
  for (let i = 0; i < added; i++) {
    const n = existing + i;
    // One in 100 added files is something the gate reads commands from.
    if (i % 100 === 0) {
      const kind = (i / 100) % 4;
      const path = [`.github/workflows/deploy-${i}.yml`, `services/svc-${i % 50}/Makefile`, `scripts/deploy-${i}.sh`, `services/svc-${i % 50}/package.json`][kind];
      const text = [WORKFLOW(i), MAKEFILE, SCRIPT, JSON.stringify({ name: `svc-${i}`, scripts: { test: 'node --test', deploy: 'terraform apply -auto-approve' } }, null, 2)][kind];
      write(dir, path, text);
      pipelineFiles++;
      continue;
    }
    write(dir, i % 10 === 0 ? `infra/env-${i % 7}/main-${n}.tf` : `services/svc-${n % 50}/src/file-${n}.ts`, sourceFile(n, 1));
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'agent PR');
  return { base, head: git(dir, 'rev-parse', 'HEAD'), pipelineFiles };
}

/**
 * Preloaded into every process of a run: appends its peak RSS (bytes) where the
 * parent said. `check` (with --liftoff-only) and the Action's launcher each
 * become a second run of Node (execve; a child process on a Node without it):
 * each inherits the preload through its Node flags. The Action's plan worker
 * (src/action/plan-worker.ts) is a thread of its process, so it inherits the
 * preload too: only the main thread reports (maxRSS is the whole process's).
 */
const RSS_PRELOAD = `import { appendFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
if (isMainThread) process.on('exit', () => appendFileSync(process.env.SAFECLAW_BENCH_RSS, process.pid + ' ' + String(process.resourceUsage().maxRSS * 1024) + '\\n'));
`;

/** 5,000 agent command lines (compound ones, each with its own numbers), as shell text. */
function agentCommands(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const action = COMPOUND_COMMANDS[i % COMPOUND_COMMANDS.length];
    if (action.type !== 'shell.execute' || action.command.includes('\n')) continue;
    lines.push(action.command.replace(/svc-2/g, `svc-${i % 50}`).replace(/tfplan/g, `tfplan-${i}`));
  }
  while (lines.length < count) lines.push(`kubectl rollout status deploy/api-${lines.length} -n dev && kubectl get pods -n dev | grep api-${lines.length}`);
  return lines.join('\n') + '\n';
}

export interface GateFigures {
  sections: Section[];
  targets: TargetCheck[];
}

interface Run {
  wall: number;
  /** Largest single process, and every process of the run together. */
  peak: number;
  peakSum: number;
  actions: string;
  verdict: string;
}

export async function benchGate(nodes: NodeBinary[], dist: string, quick: boolean): Promise<GateFigures> {
  const work = mkdtempSync(join(tmpdir(), 'safeclaw-bench-gate-'));
  try {
    const preload = join(work, 'rss-preload.mjs');
    writeFileSync(preload, RSS_PRELOAD);
    const rssFile = join(work, 'rss.txt');

    const changed = quick ? 500 : 5000;
    const resources = quick ? 2000 : 20_000;
    const commands = quick ? 500 : 5000;
    const repo = join(work, 'repo');
    mkdirSync(repo);
    const { base, head, pipelineFiles } = makePrRepository(repo, changed);
    // Untracked, so not part of the PR's diff (the Action's plan and commands inputs name them).
    const plan = join(repo, 'plan.json');
    const planCounts = writeLargePlan(plan, resources);
    writeFileSync(join(repo, 'agent-commands.txt'), agentCommands(commands));

    const peaks = () => {
      // One figure per process: the largest, should one ever report twice.
      const byPid = new Map<string, number>();
      for (const line of readFileSync(rssFile, 'utf8').trim().split('\n')) {
        const [pid, bytes] = line.split(' ');
        byPid.set(pid, Math.max(byPid.get(pid) ?? 0, Number(bytes)));
      }
      const values = [...byPid.values()];
      return { peak: Math.max(...values), peakSum: values.reduce((a, b) => a + b, 0) };
    };

    const runCheck = (node: NodeBinary): Run => {
      const args = ['--import', preload, join(dist, 'cli.js'), 'check', '--diff', `${base}...${head}`, '--plan', plan, '--commands', 'agent-commands.txt', '--format', 'json'];
      rmSync(rssFile, { force: true });
      const start = process.hrtime.bigint();
      const child = spawnSync(node.path, args, { cwd: repo, env: { ...process.env, SAFECLAW_BENCH_RSS: rssFile }, maxBuffer: 1 << 30, encoding: 'utf8' });
      const wall = Number(process.hrtime.bigint() - start) / 1e6;
      if (child.status !== 0 && child.status !== 1) throw new Error(`safeclaw check failed (exit ${child.status}): ${child.stderr}`);
      const output = JSON.parse(child.stdout) as { verdict: string; results: unknown[] };
      return { wall, ...peaks(), actions: output.results.length.toLocaleString('en-US'), verdict: output.verdict };
    };

    const payload = pullRequestPayload({ dir: repo, base, head });
    const runner = join(work, 'runner');
    mkdirSync(join(runner, 'temp'), { recursive: true });
    writeFileSync(join(runner, 'event.json'), JSON.stringify(payload));
    const inputs: Record<string, string> = {
      ...defaultInputs(''),
      plan: 'plan.json',
      commands: 'agent-commands.txt',
      comment: 'never',
      'audit-artifact': '',
      'github-token': '',
    };
    const runAction = (node: NodeBinary): Run => {
      writeFileSync(join(runner, 'output'), '');
      writeFileSync(join(runner, 'summary.md'), '');
      rmSync(rssFile, { force: true });
      const env: Record<string, string> = {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? runner,
        GITHUB_ACTIONS: 'true',
        CI: 'true',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: join(runner, 'event.json'),
        GITHUB_REPOSITORY: payload.repository?.full_name ?? 'Codertocat/Hello-World',
        GITHUB_WORKSPACE: repo,
        GITHUB_OUTPUT: join(runner, 'output'),
        GITHUB_STEP_SUMMARY: join(runner, 'summary.md'),
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_API_URL: 'http://127.0.0.1:9',
        GITHUB_RUN_ID: '4242',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_SHA: head,
        RUNNER_TEMP: join(runner, 'temp'),
        SAFECLAW_BENCH_RSS: rssFile,
        ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value])),
      };
      const start = process.hrtime.bigint();
      const child = spawnSync(node.path, ['--import', preload, join(dist, 'launch.js')], { cwd: repo, env, maxBuffer: 1 << 30, encoding: 'utf8' });
      const wall = Number(process.hrtime.bigint() - start) / 1e6;
      const outputs = readFileSync(join(runner, 'output'), 'utf8');
      const verdict = /^verdict<<(.+)\n(.*)\n/m.exec(outputs)?.[2];
      if (verdict === undefined) throw new Error(`the Action gave no verdict (exit ${child.status}): ${child.stdout.slice(-2000)}${child.stderr}`);
      const count = (name: string) => Number(new RegExp(`^${name}<<(.+)\\n(.*)\\n`, 'm').exec(outputs)?.[2] ?? NaN);
      const actions = `${(count('denied') + count('needs-approval') + count('allowed')).toLocaleString('en-US')}`;
      return { wall, ...peaks(), actions, verdict };
    };

    const runs = quick ? 1 : 2;
    const node24 = nodes.find((n) => Number(n.version.slice(1).split('.')[0]) >= 24) ?? nodes[nodes.length - 1];
    const actionRuns: Run[] = [];
    const checkRuns = nodes.map(() => [] as Run[]);
    // One unrecorded run each (page cache, git's object store), then interleaved.
    runAction(node24);
    for (const node of nodes) runCheck(node);
    for (let i = 0; i < runs; i++) {
      actionRuns.push(runAction(node24));
      for (const [n, node] of nodes.entries()) checkRuns[n].push(runCheck(node));
    }
    const med = (list: Run[], key: 'wall' | 'peak' | 'peakSum') => median(list.map((r) => r[key]));
    const input = `PR with ${changed.toLocaleString('en-US')} changed files (${pipelineFiles} pipeline files) + plan with ${resources.toLocaleString('en-US')} resources (${planCounts.changes.toLocaleString('en-US')} changes) + ${commands.toLocaleString('en-US')} agent command lines`;
    const row = (what: string, node: NodeBinary, list: Run[]) => [what, node.label, list[0].actions, list[0].verdict, ms(med(list, 'wall')), mb(med(list, 'peak')), mb(med(list, 'peakSum'))];
    const sections: Section[] = [
      {
        title: 'The whole gate as a process',
        header: ['Gate', 'Node', 'Actions judged', 'Verdict', 'Wall time (median)', 'Peak RSS, largest process (median)', 'Peak RSS, all processes summed (median)'],
        rows: [
          row('the Action (`dist/launch.js` execve → `dist/index.js` with --liftoff-only --max-semi-space-size=8)', node24, actionRuns),
          ...nodes.map((node, n) => row('`safeclaw check --diff --plan --commands --format json`', node, checkRuns[n])),
        ],
        notes: [
          `Input: ${input}.`,
          'The Action with a pull_request event, comment never, no token (no API calls), no artifact upload; its verdict and counts read from GITHUB_OUTPUT. It judges the plan on a worker thread of its process meanwhile (src/action/plan-worker.ts), so its wall time counts on a second core being free (GitHub runners have 2-4): on a loaded machine compare CPU time.',
          `dist/ built fresh with \`scripts/build.mjs --out\`; median of ${runs} runs after one unrecorded run, Action and check runs interleaved. Peak RSS is \`process.resourceUsage().maxRSS\` of each process of the run (\`check\` runs itself again with --liftoff-only --max-semi-space-size=8 on Node 22+, replacing itself by execve where Node has it (22.15+, 23.11+) and as a child process before; the Action's launcher replaces itself with the gate by execve; a replaced process is one process, whose maxRSS the kernel keeps across the exec); the sum is an upper bound of what the runner held at once.`,
        ],
      },
    ];
    const wall = med(actionRuns, 'wall');
    const peakSum = med(actionRuns, 'peakSum');
    const targets: TargetCheck[] = [
      { target: `Action peak RSS ≤ 300 MB (${node24.label}, every process of the run summed)`, measured: `${mb(peakSum)} (largest process ${mb(med(actionRuns, 'peak'))})`, met: peakSum <= 300 * 2 ** 20 },
      { target: `Action gate ≤ 1.5 s (${node24.label})`, measured: ms(wall), met: wall <= 1500 },
    ];
    return { sections, targets };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
