// Many real writer processes on one log: the lock never loses a live writer,
// never waits on a dead one, and a kill -9 mid-append loses nothing that was
// acknowledged. The children are bundled once (plain node, no tsx per process).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, writeFileSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { appendAuditRecords } from '../../src/audit/append.js';
import { AuditError } from '../../src/audit/errors.js';
import { processStart } from '../../src/audit/lock.js';
import type { AuditRecord } from '../../src/audit/record.js';
import { verifyAuditFile } from '../../src/audit/verify.js';
import { bundlePrograms } from './bundle.js';
import { DIGEST, entry, withTempDir } from './fixtures.js';

let child = '';
let remove = () => {};
before(async () => {
  const bundle = await bundlePrograms({ child: 'test/audit/append-child.ts' });
  child = bundle.paths.child;
  remove = bundle.remove;
});
after(() => remove());

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function startWriter(file: string, writer: number, count: number, rotateAt?: number): { process: ChildProcess; done: Promise<Run> } {
  const proc = spawn(process.execPath, [child, file, String(writer), String(count), ...(rotateAt ? [String(rotateAt)] : [])], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  proc.stdout!.on('data', (d) => (stdout += d));
  proc.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<Run>((resolve) => proc.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { process: proc, done };
}

const readRecords = async (file: string) =>
  (await readFile(file, 'utf8')).split('\n').filter((l) => l.endsWith('}')).map((l) => JSON.parse(l) as AuditRecord);

test('two hundred processes appending at once: no failure, no record lost or doubled, one chain', async (t) => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const writers = 200;
    const perWriter = 2;
    const started = Date.now();
    const runs = await Promise.all(Array.from({ length: writers }, (_, w) => startWriter(file, w, perWriter).done));
    const failed = runs.filter((r) => r.code !== 0);
    assert.deepEqual(failed.map((r) => r.stderr.slice(0, 300)), [], `${failed.length} writer(s) failed`);
    const verified = await verifyAuditFile(file);
    assert.equal(verified.ok, true, verified.failure?.message);
    assert.equal(verified.records, writers * perWriter);
    const origins = (await readRecords(file)).map((r) => r.origin?.detail).sort();
    const expected = Array.from({ length: writers }, (_, w) => Array.from({ length: perWriter }, (_, i) => `writer ${w} record ${i}`)).flat().sort();
    assert.deepEqual(origins, expected);
    // Every acknowledged head is a record of the one chain.
    const hashes = new Set((await readRecords(file)).map((r) => r.hash));
    for (const run of runs) for (const ack of run.stdout.trim().split('\n')) assert.ok(hashes.has(ack.split(' ')[3]));
    await assert.rejects(stat(`${file}.lock`), 'the lock file is gone');
    t.diagnostic(`200 writers x 2 appends: ${Date.now() - started} ms`);
  });
});

test('writers killed with SIGKILL mid-append lose no acknowledged record and cut no complete one', async (t) => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const writers = Array.from({ length: 12 }, (_, w) => startWriter(file, w, 60, 16 << 10));
    // Kill each at its own moment while they contend (seeded spread, not random: the test must be repeatable).
    await Promise.all(
      writers.map(
        (w, i) =>
          new Promise<void>((resolve) =>
            setTimeout(() => {
              w.process.kill('SIGKILL');
              resolve();
            }, 150 + ((i * 97) % 900)),
          ),
      ),
    );
    const runs = await Promise.all(writers.map((w) => w.done));
    const acked = runs.flatMap((r) => r.stdout.split('\n').filter((l) => l.startsWith('ack ')).map((l) => l.split(' ').slice(1, 3).join(' ')));
    const before = await verifyAuditFile(file);
    assert.ok(before.ok || before.failure?.kind === 'torn', `after the kills: ${before.failure?.kind} ${before.failure?.message}`);
    const present = async () => {
      const all: AuditRecord[] = [];
      const { listSegments } = await import('../../src/audit/segments.js');
      for (const path of [...(await listSegments(file)).paths, file]) all.push(...(await readRecords(path)));
      return all;
    };
    const records = await present();
    const details = new Set(records.map((r) => r.origin?.detail?.replace(/^writer (\d+) record (\d+)$/, '$1 $2')));
    for (const ack of acked) assert.ok(details.has(ack), `acknowledged record ${ack} is in the log`);
    // The next append repairs at most a torn tail: every complete record stays.
    const next = await appendAuditRecords(file, [entry(999)], { policyDigest: DIGEST, rotateAt: 16 << 10 });
    const afterRecords = await present();
    assert.deepEqual(afterRecords.slice(0, records.length).map((r) => r.hash), records.map((r) => r.hash));
    const verified = await verifyAuditFile(file, { anchors: records.length > 0 ? [records[records.length - 1].hash] : [] });
    assert.equal(verified.ok, true, verified.failure?.message);
    assert.equal(verified.records, next.records);
    assert.ok(acked.length > 0, 'some appends were acknowledged before the kills');
    t.diagnostic(`kill -9: ${acked.length} acknowledged, ${records.length} complete records, ${verified.segments} segments`);
  });
});

test('writers rotating the log as they go leave one chain across the segments', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const runs = await Promise.all(Array.from({ length: 20 }, (_, w) => startWriter(file, w, 5, 4096).done));
    assert.deepEqual(runs.filter((r) => r.code !== 0).map((r) => r.stderr.slice(0, 300)), []);
    const verified = await verifyAuditFile(file);
    assert.deepEqual([verified.ok, verified.records], [true, 100], verified.failure?.message);
    assert.ok(verified.segments >= 10, `${verified.segments} segments`);
  });
});

// Locks left behind, each with the wait it may cost: a dead holder none at all.
const leftLocks: Array<[string, () => Promise<string>]> = [
  ['an empty lock file (never written by this protocol)', async () => ''],
  ['a lock file that is not an owner', async () => 'garbage'],
  [
    'a lock of a process that exited',
    async () => {
      const dead = spawn(process.execPath, ['-e', '0']);
      await new Promise((r) => dead.on('close', r));
      return JSON.stringify({ pid: dead.pid, host: hostname(), nonce: 'dead', start: null, boot: null });
    },
  ],
  [
    'a lock whose PID now belongs to another, live process (PID reuse)',
    async () => JSON.stringify({ pid: process.pid, host: hostname(), nonce: 'reused', start: '1', boot: null }),
  ],
  [
    'a lock from before the machine restarted',
    async () => JSON.stringify({ pid: process.pid, host: hostname(), nonce: 'old-boot', start: processStart(process.pid), boot: 'another-boot' }),
  ],
];
for (const [name, content] of leftLocks) {
  test(`${name} is taken over at once`, async (t) => {
    if (name.includes('PID reuse') && processStart(process.pid) === null) {
      t.skip('no /proc start times on this system: PID reuse is judged by the lock age there');
      return;
    }
    if (name.includes('restarted') && (await readFile('/proc/sys/kernel/random/boot_id', 'utf8').catch(() => null)) === null) {
      t.skip('no boot id on this system');
      return;
    }
    await withTempDir(async (dir) => {
      const file = join(dir, 'audit.jsonl');
      await writeFile(`${file}.lock`, await content());
      const started = Date.now();
      const result = await appendAuditRecords(file, [entry(0)], { policyDigest: DIGEST, lock: { timeoutMs: 10_000, staleMs: 30_000 } });
      assert.equal(result.records, 1);
      assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
    });
  });
}

test('a lock of a live holder (same PID and start time) is waited for, never taken', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeFile(`${file}.lock`, JSON.stringify({ pid: process.pid, host: hostname(), nonce: 'alive', start: processStart(process.pid), boot: null }));
    await assert.rejects(
      appendAuditRecords(file, [entry(0)], { policyDigest: DIGEST, lock: { timeoutMs: 400, staleMs: 100 } }),
      (err: unknown) => err instanceof AuditError && err.kind === 'lock' && /held by pid/.test(err.message),
    );
    assert.equal((await readFile(`${file}.lock`, 'utf8')).includes('alive'), true, 'the live lock is still in place');
  });
});

test('a writer whose lock was taken from it writes nothing', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await appendAuditRecords(file, [entry(0)], { policyDigest: DIGEST });
    const before = await readFile(file);
    // The clock of the append is read after the lock is held: that is where the lock is replaced by another holder's.
    const append = appendAuditRecords(file, [entry(1)], {
      policyDigest: DIGEST,
      now: () => {
        writeFileSync(`${file}.lock`, JSON.stringify({ pid: process.pid, host: hostname(), nonce: 'intruder', start: null, boot: null }));
        return new Date();
      },
    });
    await assert.rejects(append, (err: unknown) => err instanceof AuditError && err.kind === 'lock' && /nothing was written/.test(err.message));
    assert.deepEqual(await readFile(file), before);
  });
});

test('a write by a program that ignores the lock, between verify and write, stops the append', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await appendAuditRecords(file, [entry(0)], { policyDigest: DIGEST });
    const append = appendAuditRecords(file, [entry(1)], {
      policyDigest: DIGEST,
      now: () => {
        appendFileSync(file, 'x');
        return new Date();
      },
    });
    await assert.rejects(append, (err: unknown) => err instanceof AuditError && /changed while it was locked/.test(err.message));
  });
});
