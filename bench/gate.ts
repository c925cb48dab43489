// The whole gate as CI runs it: `safeclaw check --diff BASE...HEAD --plan plan.json`
// as a child process on a generated PR (5,000 changed files) and a 20,000-resource
// plan, from a freshly built dist/. Wall time and the child's peak RSS.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { writeLargePlan } from '../test/sources/make-plan.js';
import { EXAMPLE_POLICIES } from './generate-policy.js';
import { mb, ms, ratio, type Section, type TargetCheck } from './report.js';
import { median } from './stats.js';

/** Infra rules next to the example policy, so the plan's resources meet real conditions (`after`, globs). */
const INFRA_POLICY = `rules:
  - id: block-open-ingress
    action: infra.change
    effect: deny
    conditions:
      type: { pattern: "aws_security_group" }
      after: { path: "ingress.*.{cidr_blocks,ipv6_cidr_blocks}.*", pattern: ["0.0.0.0/0", "::/0"] }
    reason: "No security group open to the whole internet"
  - id: approve-public-databases
    action: infra.change
    effect: require_approval
    conditions:
      type: { pattern: "aws_db_instance" }
      after: { path: "publicly_accessible", pattern: "true" }
    reason: "Public databases need a human"
  - id: block-iam-deletes
    action: infra.change
    effect: deny
    conditions:
      type: { pattern: "aws_iam_*" }
      change: { pattern: "{delete,replace}" }
    reason: "IAM deletions are reviewed by security"
  - id: allow-module-changes
    action: infra.change
    effect: allow
    conditions:
      module: { pattern: "module.env*" }
    reason: "Environment modules are the agent's to change"
  - id: allow-service-sources
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
 * Preloaded into the child: appends its peak RSS (bytes) where the parent said. The
 * CLI may run itself again (with --liftoff-only on Node 22+), so every process of
 * the run appends and the peak is the largest.
 */
const RSS_PRELOAD = `import { appendFileSync } from 'node:fs';
process.on('exit', () => appendFileSync(process.env.SAFECLAW_BENCH_RSS, String(process.resourceUsage().maxRSS * 1024) + '\\n'));
`;

export interface GateFigures {
  sections: Section[];
  targets: TargetCheck[];
}

export async function benchGate(quick: boolean, cli: string): Promise<GateFigures> {
  const work = mkdtempSync(join(tmpdir(), 'safeclaw-bench-gate-'));
  try {
    const preload = join(work, 'rss-preload.mjs');
    writeFileSync(preload, RSS_PRELOAD);
    const rssFile = join(work, 'rss.txt');

    const changed = quick ? 500 : 5000;
    const resources = quick ? 2000 : 20_000;
    const repo = join(work, 'repo');
    mkdirSync(repo);
    const { base, head, pipelineFiles } = makePrRepository(repo, changed);
    const plan = join(work, 'plan.json');
    const planCounts = writeLargePlan(plan, resources);

    const runGate = (node: string) => {
      const args = ['--import', preload, cli, 'check', '--diff', `${base}...${head}`, '--plan', plan, '--format', 'json'];
      const times: number[] = [];
      const peaks: number[] = [];
      let actions = 0;
      let verdict = '';
      for (let run = 0; run < runs + 1; run++) {
        rmSync(rssFile, { force: true });
        const start = process.hrtime.bigint();
        const child = spawnSync(node, args, { cwd: repo, env: { ...process.env, SAFECLAW_BENCH_RSS: rssFile }, maxBuffer: 512 << 20, encoding: 'utf8' });
        const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
        if (child.status !== 0 && child.status !== 1) throw new Error(`safeclaw check failed (exit ${child.status}): ${child.stderr}`);
        const output = JSON.parse(child.stdout) as { verdict: string; results: unknown[] };
        actions = output.results.length;
        verdict = output.verdict;
        if (run === 0) continue; // warm-up: the page cache and git's object store
        times.push(elapsed);
        peaks.push(Math.max(...readFileSync(rssFile, 'utf8').trim().split('\n').map(Number)));
      }
      return { wall: median(times), peak: median(peaks), actions, verdict };
    };
    const runs = quick ? 1 : 5;
    const plain = runGate(process.execPath);
    // The machine's own Node (npm puts the `node` devDependency, Node 24, first on PATH).
    const machineNode = process.env.npm_node_execpath;
    const other = machineNode && machineNode !== process.execPath ? { node: machineNode, figures: runGate(machineNode) } : undefined;
    const { wall, peak } = plain;
    const input = `PR with ${changed.toLocaleString('en-US')} changed files (${pipelineFiles} pipeline files) + plan with ${resources.toLocaleString('en-US')} resources (${planCounts.changes.toLocaleString('en-US')} changes)`;

    const startup = startupFigures(cli, quick ? 5 : 25);
    const sections: Section[] = [
      {
        title: 'The whole gate as a process (`safeclaw check --diff BASE...HEAD --plan plan.json --format json`)',
        header: ['Input', 'Actions judged', 'Verdict', 'Wall time (median)', 'Peak RSS (median)'],
        rows: [
          [input, plain.actions.toLocaleString('en-US'), plain.verdict, ms(plain.wall), mb(plain.peak)],
          ...(other
            ? [[`the same on ${nodeVersion(other.node)} (the machine's Node)`, other.figures.actions.toLocaleString('en-US'), other.figures.verdict, ms(other.figures.wall), mb(other.figures.peak)]]
            : []),
        ],
        notes: [`dist/ built fresh with \`scripts/build.mjs --out\`; median of ${runs} runs after one warm-up run; peak RSS is the largest \`process.resourceUsage().maxRSS\` of the run's processes (on Node 22+ \`check\` runs itself again with \`--liftoff-only\`).`],
      },
      {
        title: 'CLI start-up',
        header: ['Command', 'Median wall time'],
        rows: [
          ['`node -e 0`', ms(startup.bare)],
          ['`node dist/cli.js --version`', ms(startup.cli)],
          ['ratio', ratio(startup.cli / startup.bare)],
        ],
        notes: [`Median of ${startup.runs} runs each, interleaved.`],
      },
    ];
    const targets: TargetCheck[] = [
      { target: 'whole gate ≤ 3 s', measured: ms(wall), met: wall <= 3000 },
      { target: 'whole gate peak RSS ≤ 300 MB', measured: mb(peak), met: peak <= 300 * 2 ** 20 },
      { target: 'CLI start-up ≤ 2× `node -e 0`', measured: ratio(startup.cli / startup.bare), met: startup.cli / startup.bare <= 2 },
    ];
    return { sections, targets };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function startupFigures(cli: string, runs: number): { bare: number; cli: number; runs: number } {
  const time = (args: string[]) => {
    const start = process.hrtime.bigint();
    const child = spawnSync(process.execPath, args, { stdio: 'ignore' });
    if (child.status !== 0) throw new Error(`${args.join(' ')} exited ${child.status}`);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  time(['-e', '0']);
  time([cli, '--version']);
  const bare: number[] = [];
  const ours: number[] = [];
  for (let i = 0; i < runs; i++) {
    bare.push(time(['-e', '0']));
    ours.push(time([cli, '--version']));
  }
  return { bare: median(bare), cli: median(ours), runs };
}

function nodeVersion(node: string): string {
  return `Node ${spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()}`;
}
