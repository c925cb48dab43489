// collectActions reads the plans, command files and PR body while git works on
// the diff: the actions still come in the fixed order (diff, plans, commands, PR
// body), and when several sources fail, the error is the one a source-by-source
// read would have met first (a bad diff before a bad plan).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { collectActions } from '../../src/sources/collect.js';
import { SourceError } from '../../src/sources/errors.js';
import { tempDir } from './helpers.js';

const PLAN = JSON.stringify({
  format_version: '1.2',
  resource_changes: [{ address: 'aws_s3_bucket.logs', type: 'aws_s3_bucket', change: { actions: ['create'], after: { bucket: 'logs' } } }],
});

function repository(dir: string): { base: string; head: string } {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } }).trim();
  git('init', '-q', '-b', 'main');
  writeFileSync(path.join(dir, 'README.md'), 'base\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  const base = git('rev-parse', 'HEAD');
  mkdirSync(path.join(dir, 'scripts'));
  writeFileSync(path.join(dir, 'scripts/deploy.sh'), '#!/bin/sh\nterraform apply\n');
  writeFileSync(path.join(dir, 'notes.txt'), 'head\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'head');
  return { base, head: git('rev-parse', 'HEAD') };
}

test('diff, plan, commands and PR body actions come in that order', async (t) => {
  const dir = tempDir(t);
  const { base, head } = repository(dir);
  writeFileSync(path.join(dir, 'plan.json'), PLAN);
  writeFileSync(path.join(dir, 'commands.txt'), 'echo from-the-commands-file\n');
  const actions = await collectActions({
    cwd: dir,
    repoDir: dir,
    diff: `${base}...${head}`,
    plans: ['plan.json'],
    commands: ['commands.txt'],
    prBody: '## Agent plan\n\n```sh\necho from-the-pr-body\n```\n',
  });
  const sources = actions.map((a) => a.origin?.source);
  const firstOf = (source: string) => sources.indexOf(source);
  assert.ok(firstOf('diff') === 0, JSON.stringify(sources));
  const order = ['diff', 'plan', 'commands'].map(firstOf);
  assert.ok(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1])), JSON.stringify(sources));
  const last = actions.at(-1);
  assert.equal(last?.type === 'shell.execute' ? last.command : undefined, 'echo from-the-pr-body');
  // Each source's actions are contiguous.
  for (let i = 1; i < sources.length; i++) if (sources[i] !== sources[i - 1]) assert.ok(!sources.slice(0, i).includes(sources[i]), JSON.stringify(sources));
});

test('a bad diff is the error even when a plan is bad too', async (t) => {
  const dir = tempDir(t);
  repository(dir);
  writeFileSync(path.join(dir, 'plan.json'), '{ "resource_changes": [ }');
  await assert.rejects(
    collectActions({ cwd: dir, repoDir: dir, diff: '0000000000000000000000000000000000000000...HEAD', plans: ['plan.json'] }),
    (err: unknown) => err instanceof SourceError && /not in this clone|unknown revision|0000000/.test(err.message) && !/plan\.json/.test(err.message),
  );
});

test('a bad plan is the error when the diff is good', async (t) => {
  const dir = tempDir(t);
  const { base, head } = repository(dir);
  writeFileSync(path.join(dir, 'plan.json'), '{ "resource_changes": [ }');
  await assert.rejects(collectActions({ cwd: dir, repoDir: dir, diff: `${base}...${head}`, plans: ['plan.json'] }), (err: unknown) => err instanceof SourceError && /plan\.json/.test(String((err as SourceError).message) + JSON.stringify(err)));
});

test('a missing commands file with no diff is reported as before', async (t) => {
  const dir = tempDir(t);
  await assert.rejects(collectActions({ cwd: dir, commands: ['missing.txt'] }), (err: unknown) => err instanceof SourceError && /cannot read file/.test(err.message));
});
