#!/usr/bin/env node
// Builds the example PR as a real git repository in a temp folder and prints
// its path: a `main` commit from base/ (plus the example DevOps policy in
// .safeclaw/, with the infra review rules of policies/), then a branch `agent/db-resize` whose commit holds head/.
// The PR's other inputs (pr-body.md, agent-session.jsonl, plan.json, pulumi-preview.json,
// changeset.json) are
// copied beside the tree, untracked, so the gate can be run from the repo:
//
//   cd "$(node examples/pr/make-repo.mjs)"
//   safeclaw check --diff main...HEAD --plan plan.json --plan pulumi-preview.json --plan changeset.json \
//     --commands agent-session.jsonl --pr-body pr-body.md
//
// Plain Node (>= 20) and the git CLI: it runs without `npm install`.
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const policies = join(here, '..', 'devops', '.safeclaw');
const extraPolicies = join(here, 'policies');
const target = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'safeclaw-example-pr-'));

// Fixed identity and dates: the same commits (and ids) on every machine.
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Platform Agent',
  GIT_AUTHOR_EMAIL: 'agent@example.com',
  GIT_COMMITTER_NAME: 'Platform Agent',
  GIT_COMMITTER_EMAIL: 'agent@example.com',
  GIT_AUTHOR_DATE: '2026-11-20T10:00:00Z',
  GIT_COMMITTER_DATE: '2026-11-20T10:00:00Z',
};
const git = (...args) => execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false', ...args], { cwd: target, env, stdio: ['ignore', 'pipe', 'inherit'] });

/** Replaces the work tree (all but .git) with the given folders' contents. */
function replaceTree(...sources) {
  for (const name of readdirSync(target)) if (name !== '.git') rmSync(join(target, name), { recursive: true, force: true });
  for (const source of sources) cpSync(source.from, join(target, source.to ?? ''), { recursive: true });
}

try {
  mkdirSync(target, { recursive: true });
  git('init', '-q', '-b', 'main');
  replaceTree({ from: join(here, 'base') }, { from: policies, to: '.safeclaw' }, { from: extraPolicies, to: '.safeclaw/policies' });
  git('add', '-A');
  git('commit', '-q', '-m', 'platform: baseline');
  git('checkout', '-q', '-b', 'agent/db-resize');
  replaceTree({ from: join(here, 'head') }, { from: policies, to: '.safeclaw' }, { from: extraPolicies, to: '.safeclaw/policies' });
  git('add', '-A');
  git('commit', '-q', '-m', 'agent: resize the database, widen the web security group, add a dev rollout');
  const inputs = ['pr-body.md', 'agent-session.jsonl', 'plan.json', 'pulumi-preview.json', 'changeset.json'];
  for (const input of inputs) cpSync(join(here, input), join(target, input));
  appendFileSync(join(target, '.git', 'info', 'exclude'), inputs.map((i) => `${i}\n`).join(''));
} catch (err) {
  process.stderr.write(`make-repo: ${err.message}\n  fix: install git and make sure ${target} is writable\n`);
  process.exit(2);
}
process.stdout.write(target + '\n');
