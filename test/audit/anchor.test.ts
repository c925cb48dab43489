// Anchors (published heads, on the command line or as a git ref), replay of the
// decisions, and every way of tampering with a log, with and without anchors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { anchorIfDue, anchorToGit, readGitAnchors } from '../../src/audit/anchor.js';
import { appendAuditRecords } from '../../src/audit/append.js';
import { AuditError } from '../../src/audit/errors.js';
import { recordLine, sealRecord, type AuditRecord } from '../../src/audit/record.js';
import { segmentPath } from '../../src/audit/segments.js';
import { verifyAuditFile } from '../../src/audit/verify.js';
import { evaluateAll } from '../../src/engine/gate.js';
import { loadPolicies } from '../../src/policy/load.js';
import { runCli } from '../helpers/cli.js';
import { DIGEST, entries, withTempDir, writeChain } from './fixtures.js';

const POLICIES = fileURLToPath(new URL('../../examples/devops/.safeclaw', import.meta.url));
const lines = async (file: string) => (await readFile(file, 'utf8')).split('\n').slice(0, -1);
const records = async (file: string) => (await lines(file)).map((l) => JSON.parse(l) as AuditRecord);

async function writeRecords(file: string, list: AuditRecord[]): Promise<void> {
  await writeFile(file, list.map((r) => recordLine(r)).join('\n') + (list.length ? '\n' : ''));
}

/** Re-seals records from `index` on, so every hash and link is right again (what a tamperer who knows the format does). */
function resealFrom(list: AuditRecord[], index: number): AuditRecord[] {
  let prev = index > 0 ? list[index - 1].hash : list[0].prev;
  return list.map((r, i) => {
    if (i < index) return r;
    const { hash: _hash, ...body } = r;
    const sealed = sealRecord({ ...body, seq: i, prev });
    prev = sealed.hash;
    return sealed;
  });
}

function gitRepo(dir: string): string {
  const repo = join(dir, 'repo');
  execFileSync('git', ['init', '-q', repo]);
  return repo;
}

test('a head published earlier still verifies the log after it grew, as an anchor', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const yesterday = await writeChain(file, 10);
    await appendAuditRecords(file, entries(25, 10), { policyDigest: DIGEST, rotateAt: 4096 });
    assert.equal((await verifyAuditFile(file, { head: yesterday })).failure?.kind, 'head', '--head means "ends here"');
    const anchored = await verifyAuditFile(file, { anchors: [yesterday] });
    assert.deepEqual([anchored.ok, anchored.anchors], [true, [{ hash: yesterday, seq: 9 }]], anchored.failure?.message);
    const cli = await runCli(['audit', 'verify', file, '--anchor', yesterday], { cwd: dir });
    assert.equal(cli.code, 0, cli.stdout + cli.stderr);
    assert.match(cli.stdout, new RegExp(`anchor ${yesterday}: record 9, in the chain`));
  });
});

test('several anchors must all be in the chain, and one that is not is named', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const first = await writeChain(file, 3);
    const second = (await appendAuditRecords(file, entries(3, 3), { policyDigest: DIGEST })).head;
    const stranger = 'b'.repeat(64);
    assert.equal((await verifyAuditFile(file, { anchors: [first, second] })).ok, true);
    const result = await verifyAuditFile(file, { anchors: [first, stranger, second] });
    assert.deepEqual([result.ok, result.failure?.kind], [false, 'anchor']);
    assert.ok(result.failure!.message.includes(stranger));
    assert.ok(!result.failure!.message.includes(first));
  });
});

// Every way of changing a log: which a plain verify catches, and that an anchor taken before catches them all.
const tampers: Array<[string, (file: string) => Promise<void>, boolean]> = [
  ['a field changed without rehashing', async (file) => {
    const list = await records(file);
    list[4] = { ...list[4], decision: 'allow' };
    await writeRecords(file, list);
  }, true],
  ['a decision rewritten and every hash after it recomputed', async (file) => {
    const list = await records(file);
    list[4] = { ...list[4], decision: list[4].decision === 'allow' ? 'deny' : 'allow' };
    await writeRecords(file, resealFrom(list, 4));
  }, false],
  ['the last records removed (truncation)', async (file) => writeRecords(file, (await records(file)).slice(0, 6)), false],
  ['a record in the middle removed', async (file) => {
    const list = await records(file);
    list.splice(3, 1);
    await writeRecords(file, list);
  }, true],
  ['a record removed and the rest re-sealed', async (file) => {
    const list = await records(file);
    list.splice(3, 1);
    await writeRecords(file, resealFrom(list, 3));
  }, false],
  ['two records swapped', async (file) => {
    const list = await records(file);
    [list[2], list[3]] = [list[3], list[2]];
    await writeRecords(file, list);
  }, true],
  ['a forged record inserted and the rest re-sealed', async (file) => {
    const list = await records(file);
    list.splice(5, 0, { ...list[5], reason: 'forged' });
    await writeRecords(file, resealFrom(list, 5));
  }, false],
  ['the whole log replaced by a new one', async (file) => {
    await rm(file);
    await appendAuditRecords(file, entries(12, 100), { policyDigest: DIGEST });
  }, false],
  ['a record respelled with a duplicate key', async (file) => {
    const text = await lines(file);
    text[2] = text[2].replace('"decision":', '"decision":"allow","decision":');
    await writeFile(file, text.join('\n') + '\n');
  }, true],
  ['the log emptied', async (file) => writeFile(file, ''), false],
];
for (const [name, tamper, plainCatches] of tampers) {
  test(`${name}: ${plainCatches ? 'caught by verify alone' : 'passes verify alone'}, caught with an anchor`, async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'audit.jsonl');
      const anchor = await writeChain(file, 12);
      await tamper(file);
      const plain = await verifyAuditFile(file);
      assert.equal(plain.ok, !plainCatches, `plain verify: ${plain.failure?.kind} ${plain.failure?.message}`);
      const anchored = await verifyAuditFile(file, { anchors: [anchor] });
      assert.equal(anchored.ok, false);
      const cli = await runCli(['audit', 'verify', file, '--anchor', anchor], { cwd: dir });
      assert.equal(cli.code, 1, cli.stdout);
    });
  });
}

test('audit anchor records the head as a commit on refs/safeclaw/audit, each anchor the child of the one before', async () => {
  await withTempDir(async (dir) => {
    const repo = gitRepo(dir);
    const file = join(repo, '.safeclaw/audit/audit.jsonl');
    await mkdir(join(repo, '.safeclaw/audit'), { recursive: true });
    const first = await writeChain(file, 4);
    const run = await runCli(['audit', 'anchor', '.safeclaw/audit/audit.jsonl'], { cwd: repo });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /anchored: 4 record/);
    const second = (await appendAuditRecords(file, entries(3, 4), { policyDigest: DIGEST })).head;
    await anchorToGit(file, { repo });
    const anchors = await readGitAnchors(repo);
    assert.deepEqual(anchors.map((a) => [a.head, a.records]), [[second, 7], [first, 4]]);
    const parent = execFileSync('git', ['-C', repo, 'rev-parse', 'refs/safeclaw/audit^'], { encoding: 'utf8' }).trim();
    assert.equal(parent, anchors[1].commit);
    const blob = JSON.parse(execFileSync('git', ['-C', repo, 'show', 'refs/safeclaw/audit:anchor.json'], { encoding: 'utf8' }));
    assert.deepEqual([blob.head, blob.records], [second, 7]);
    // Anchoring an unchanged head writes nothing new.
    assert.equal((await anchorToGit(file, { repo })).created, false);
  });
});

test('verify --anchor-ref checks every anchor on the ref, and a log rewritten with recomputed hashes fails it', async () => {
  await withTempDir(async (dir) => {
    const repo = gitRepo(dir);
    const file = join(repo, 'audit.jsonl');
    await writeChain(file, 6);
    await anchorToGit(file, { repo });
    await appendAuditRecords(file, entries(4, 6), { policyDigest: DIGEST });
    const ok = await runCli(['audit', 'verify', 'audit.jsonl', '--anchor-ref'], { cwd: repo });
    assert.equal(ok.code, 0, ok.stdout + ok.stderr);
    const list = await records(file);
    list[2] = { ...list[2], reason: 'nothing to see' };
    await writeRecords(file, resealFrom(list, 2));
    assert.equal((await verifyAuditFile(file)).ok, true, 'the rewrite is a valid chain on its own');
    const bad = await runCli(['audit', 'verify', 'audit.jsonl', '--anchor-ref', 'refs/safeclaw/audit', '--format', 'json'], { cwd: repo });
    assert.equal(bad.code, 1);
    assert.equal(JSON.parse(bad.stdout).failure.kind, 'anchor');
    // And the rewritten log cannot be anchored over the old anchors.
    await assert.rejects(anchorToGit(file, { repo }), (err: unknown) => err instanceof AuditError && /not anchoring/.test(err.message));
  });
});

test('verify --anchor-ref without any anchor there is a usage error, not a pass', async () => {
  await withTempDir(async (dir) => {
    const repo = gitRepo(dir);
    await writeChain(join(repo, 'audit.jsonl'), 2);
    const run = await runCli(['audit', 'verify', 'audit.jsonl', '--anchor-ref'], { cwd: repo });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /no anchor recorded there/);
  });
});

test('a hook anchoring every N records writes an anchor only when an append crosses a multiple of N', async () => {
  await withTempDir(async (dir) => {
    const repo = gitRepo(dir);
    const file = join(repo, 'audit.jsonl');
    const written: number[] = [];
    for (let i = 0; i < 12; i++) {
      const appended = await appendAuditRecords(file, entries(1, i), { policyDigest: DIGEST });
      if (await anchorIfDue(file, appended, { every: 5, repo })) written.push(appended.records);
    }
    assert.deepEqual(written, [5, 10]);
    assert.deepEqual((await readGitAnchors(repo)).map((a) => a.records), [10, 5]);
  });
});

test('replay catches a deny rewritten to allow with every hash recomputed, without any anchor', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const policySet = await loadPolicies(POLICIES);
    const actions = [
      { type: 'shell.execute' as const, command: 'terraform plan' },
      { type: 'shell.execute' as const, command: 'terraform apply -auto-approve' },
      { type: 'file.read' as const, path: 'README.md' },
      { type: 'shell.execute' as const, command: 'kubectl delete namespace prod' },
    ];
    const result = evaluateAll(policySet, actions);
    await appendAuditRecords(file, result.items, { policyDigest: policySet.digest });
    const list = await records(file);
    const denied = list.findIndex((r) => r.decision !== 'allow');
    assert.ok(denied >= 0, 'the example policies deny something here');
    const honest = await runCli(['audit', 'verify', file, '--replay', '--policies', POLICIES], { cwd: dir });
    assert.equal(honest.code, 0, honest.stdout + honest.stderr);
    assert.match(honest.stdout, /replay: every replayed decision matches/);
    list[denied] = { ...list[denied], decision: 'allow', rule: null };
    await writeRecords(file, resealFrom(list, denied));
    assert.equal((await verifyAuditFile(file)).ok, true, 'the rewritten chain is valid');
    const run = await runCli(['audit', 'verify', file, '--replay', '--policies', POLICIES], { cwd: dir });
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, new RegExp(`audit\\.jsonl:${denied + 1}: decision differs \\(replay\\): record ${denied} says allow`));
  });
});

test('replay counts records of other policy sets and fails when it could check none', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 3);
    const run = await runCli(['audit', 'verify', file, '--replay', '--policies', POLICIES, '--format', 'json'], { cwd: dir });
    assert.equal(run.code, 1);
    const out = JSON.parse(run.stdout);
    assert.deepEqual([out.replay.replayed, out.replay.otherPolicies], [0, 3]);
    const usage = await runCli(['audit', 'verify', file, '--replay'], { cwd: dir });
    assert.equal(usage.code, 2);
  });
});

test('a sealed segment rewritten with recomputed hashes through to the end is caught by an anchor in it', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    let anchor = '';
    for (let i = 0; i < 20; i++) {
      const r = await appendAuditRecords(file, entries(1, i), { policyDigest: DIGEST, rotateAt: 2048 });
      if (i === 4) anchor = r.head;
    }
    const first = await records(segmentPath(file, 1));
    first[0] = { ...first[0], reason: 'rewritten' };
    const resealed = resealFrom(first, 0);
    await writeRecords(segmentPath(file, 1), resealed);
    const result = await verifyAuditFile(file, { anchors: [anchor] });
    assert.equal(result.ok, false);
  });
});
