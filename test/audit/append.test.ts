import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { appendFile, readFile, writeFile, truncate, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { appendAuditRecords, defaultAuditPath } from '../../src/audit/append.js';
import { AuditError } from '../../src/audit/errors.js';
import { acquireLock } from '../../src/audit/lock.js';
import { recordLine, type AuditRecord } from '../../src/audit/record.js';
import { verifyAuditFile } from '../../src/audit/verify.js';
import { DIGEST, entries, entry, withTempDir, writeChain } from './fixtures.js';

const run = promisify(execFile);
const CHILD = fileURLToPath(new URL('./append-child.ts', import.meta.url));

test('appending creates the file and its folders, starting the chain at seq 0', async () => {
  await withTempDir(async (dir) => {
    const file = defaultAuditPath(dir);
    assert.ok(file.endsWith(join('.safeclaw', 'audit', 'audit.jsonl')));
    const result = await appendAuditRecords(file, entries(2), { policyDigest: DIGEST });
    assert.deepEqual([result.records, result.appended], [2, 2]);
    const verified = await verifyAuditFile(file);
    assert.deepEqual([verified.ok, verified.head], [true, result.head]);
  });
});

test('a batch is written with one trailing newline per record', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 3);
    const text = await readFile(file, 'utf8');
    assert.equal(text.split('\n').length, 4);
    assert.ok(text.endsWith('}\n'));
  });
});

test('a batch larger than one encoding chunk, with lines longer than a chunk, is the canonical lines joined, after an unterminated last record', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 2);
    await truncate(file, (await stat(file)).size - 1);
    const before = await readFile(file, 'utf8');
    // Multi-byte characters land on every side of the 1 MiB chunk boundaries; one line is 2.5 MiB alone.
    const sizes = [10, 300_000, 700_000, 5, 1_300_000, 2, 600_000];
    const batch = sizes.map((size, i) => {
      const base = entry(i);
      return { ...base, action: { type: 'shell.execute' as const, command: `echo ${'é✓😀x'.repeat(size / 4)} ${i}` } };
    });
    const result = await appendAuditRecords(file, batch, { policyDigest: DIGEST });
    const text = await readFile(file, 'utf8');
    assert.ok(text.startsWith(before + '\n'));
    const records = text.slice(before.length + 1).split('\n').slice(0, -1).map((l) => JSON.parse(l) as AuditRecord);
    assert.equal(records.length, batch.length);
    assert.equal(text, before + '\n' + records.map(recordLine).join('\n') + '\n');
    assert.deepEqual(records.map((r) => r.action.raw), batch.map((e) => e.action.command));
    const verified = await verifyAuditFile(file, { head: result.head });
    assert.deepEqual([verified.ok, verified.records], [true, 2 + batch.length]);
  });
});

test('appending to a broken chain is refused with the file and line where it breaks', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 5);
    const lines = (await readFile(file, 'utf8')).split('\n');
    lines[2] = lines[2].replace('"decision":"', '"decision":"x');
    await writeFile(file, lines.join('\n'));
    const before = await readFile(file, 'utf8');
    await assert.rejects(
      appendAuditRecords(file, entries(1), { policyDigest: DIGEST }),
      (err: unknown) => err instanceof AuditError && err.kind === 'broken-chain' && err.position === `${file}:3`,
    );
    assert.equal(await readFile(file, 'utf8'), before, 'nothing was appended');
  });
});

test('a policy digest that is not SHA-256 hex is refused before anything is written', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await assert.rejects(appendAuditRecords(file, entries(1), { policyDigest: 'abc' }), AuditError);
    await assert.rejects(stat(file));
  });
});

test('a clock earlier than the last record is kept as read and flagged, and the times after it are not frozen', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const at = (time: string) => ({ policyDigest: DIGEST, now: () => new Date(time) });
    await appendAuditRecords(file, entries(1), at('2030-01-01T00:00:00Z')); // a clock running ahead
    await appendAuditRecords(file, entries(2, 1), at('2026-01-01T00:00:00Z'));
    await appendAuditRecords(file, entries(1, 3), at('2026-01-01T00:00:05Z'));
    const verified = await verifyAuditFile(file);
    assert.equal(verified.ok, true, verified.failure?.message);
    const records = (await readFile(file, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as AuditRecord);
    assert.deepEqual(
      records.map((r) => [r.time, r.clockBehind ?? false]),
      [
        ['2030-01-01T00:00:00.000Z', false],
        ['2026-01-01T00:00:00.000Z', true],
        ['2026-01-01T00:00:00.000Z', false],
        ['2026-01-01T00:00:05.000Z', false],
      ],
    );
  });
});

test('a torn last line (crash mid-write) is reported as incomplete, not as tampering', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const head = await writeChain(file, 3);
    const size = (await stat(file)).size;
    const torn = '{"action":{"normalized":"rm -rf /","raw":"rm';
    await appendFile(file, torn);
    const result = await verifyAuditFile(file);
    assert.equal(result.ok, false);
    assert.deepEqual([result.failure?.kind, result.failure?.line, result.records, result.head], ['torn', 4, 3, head]);
    assert.deepEqual(result.torn, { line: 4, offset: size, bytes: Buffer.byteLength(torn) });
  });
});

test('the next append truncates a torn last line and records the repair in its first record', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 3);
    const torn = '{"action":{"normalized":"rm -rf /","raw":"rm';
    await appendFile(file, torn);
    const result = await appendAuditRecords(file, entries(2, 3), { policyDigest: DIGEST });
    assert.deepEqual(result.repaired, { line: 4, bytes: torn.length, sha256: createHash('sha256').update(torn).digest('hex') });
    const verified = await verifyAuditFile(file, { head: result.head });
    assert.deepEqual([verified.ok, verified.records], [true, 5]);
    const records = (await readFile(file, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as AuditRecord);
    assert.deepEqual(records[3].repaired, result.repaired);
    assert.equal(records[4].repaired, undefined);
  });
});

test('fifty processes appending at once leave one valid chain with every record', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const writers = 50;
    const perWriter = 4;
    const children = Array.from({ length: writers }, (_, writer) =>
      run(process.execPath, ['--import', 'tsx', CHILD, file, String(writer), String(perWriter)], { cwd: process.cwd(), timeout: 120_000 }),
    );
    await Promise.all(children);
    const verified = await verifyAuditFile(file);
    assert.equal(verified.ok, true, verified.failure?.message);
    assert.equal(verified.records, writers * perWriter);
    // No record lost or written twice: every (writer, batch) origin appears exactly once.
    const origins = (await readFile(file, 'utf8')).trim().split('\n').map((l) => (JSON.parse(l) as AuditRecord).origin?.detail);
    const expected = Array.from({ length: writers }, (_, w) => Array.from({ length: perWriter }, (_, i) => `writer ${w} record ${i}`)).flat();
    assert.deepEqual([...origins].sort(), expected.sort());
    await assert.rejects(stat(`${file}.lock`), 'the lock file is gone');
  });
});

test('a lock left by a dead process is taken over', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const { stdout } = await run(process.execPath, ['-e', 'console.log(process.pid)']);
    const deadPid = Number(stdout.trim());
    const { hostname } = await import('node:os');
    await writeFile(`${file}.lock`, JSON.stringify({ pid: deadPid, host: hostname(), nonce: 'dead' }));
    const result = await appendAuditRecords(file, [entry(0)], { policyDigest: DIGEST, lock: { timeoutMs: 5000 } });
    assert.equal(result.records, 1);
  });
});

test('a live lock that is never released makes the append fail with a lock error, not hang', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const { hostname } = await import('node:os');
    await writeFile(`${file}.lock`, JSON.stringify({ pid: process.pid, host: hostname(), nonce: 'alive' }));
    await assert.rejects(
      appendAuditRecords(file, [entry(0)], { policyDigest: DIGEST, lock: { timeoutMs: 300 } }),
      (err: unknown) => err instanceof AuditError && err.kind === 'lock',
    );
  });
});

test('an append waiting for a held lock leaves the event loop free, then appends once it is released', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 2);
    // Held by this very process (alive, same start time): never judged stale, only waited for.
    const held = await acquireLock(`${file}.lock`);
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 5);
    const appending = appendAuditRecords(file, entries(1, 2), { policyDigest: DIGEST });
    await new Promise((done) => setTimeout(done, 150));
    const ticksWhileWaiting = ticks;
    held.release();
    const result = await appending;
    clearInterval(ticker);
    assert.ok(ticksWhileWaiting >= 5, `the timers ran while the append waited (${ticksWhileWaiting} ticks)`);
    assert.equal(result.records, 3);
    assert.equal((await verifyAuditFile(file, { head: result.head })).ok, true);
  });
});

test('appends started together in one process serialise on the lock: one chain, every record once', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => appendAuditRecords(file, entries(2, 2 * i), { policyDigest: DIGEST })));
    assert.deepEqual(results.map((r) => r.records).sort((a, b) => a - b), Array.from({ length: 20 }, (_, i) => 2 * (i + 1)));
    const verified = await verifyAuditFile(file);
    assert.deepEqual([verified.ok, verified.records], [true, 40]);
    const raws = (await readFile(file, 'utf8')).trim().split('\n').map((l) => (JSON.parse(l) as AuditRecord).action.raw);
    assert.equal(new Set(raws).size, 40);
  });
});
