// The last line of an audit file, in every shape it can have when it has no
// newline: only an interrupted append (a strict beginning of one record) may be
// cut; a complete record keeps its place; anything else is refused untouched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appendAuditRecords } from '../../src/audit/append.js';
import { AuditError } from '../../src/audit/errors.js';
import { GENESIS_HASH, recordLine, sealRecord, type AuditRecord } from '../../src/audit/record.js';
import { verifyAuditFile } from '../../src/audit/verify.js';
import { runCli } from '../helpers/cli.js';
import { DIGEST, entries, withTempDir, writeChain } from './fixtures.js';

const POLICIES = fileURLToPath(new URL('../../examples/devops/.safeclaw', import.meta.url));
const lines = async (file: string) => (await readFile(file, 'utf8')).split('\n');

/** A file of `count` records whose last record has no newline. */
async function withoutFinalNewline(file: string, count: number): Promise<string> {
  await writeChain(file, count);
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.slice(0, -1));
  return text.slice(0, -1);
}

/** `count` valid chained records joined with no newline at all. */
function gluedRecords(count: number, from: AuditRecord | null): string {
  let prev = from?.hash ?? GENESIS_HASH;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const seq = (from?.seq ?? -1) + 1 + i;
    const { hash: _hash, repaired: _repaired, ...body } = { ...baseRecord(), ...from } as AuditRecord;
    const record = sealRecord({ ...body, seq, prev, time: '2030-01-01T00:00:00.000Z' });
    out.push(recordLine(record));
    prev = record.hash;
  }
  return out.join('');
}

function baseRecord(): Omit<AuditRecord, 'hash'> {
  return {
    version: 1, seq: 0, time: '2030-01-01T00:00:00.000Z',
    action: { type: 'shell.execute', raw: 'ls', normalized: 'ls' }, origin: null, decision: 'allow', rule: 'r',
    reason: 'ok', policyDigest: DIGEST, context: { repository: null, commit: null, pr: null, runId: null, actor: null },
    redacted: false, prev: GENESIS_HASH,
  };
}

test('a complete valid last record without its newline counts, and verify says the newline is missing', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const head = await writeChain(file, 3);
    await withoutFinalNewline(file, 0);
    const result = await verifyAuditFile(file, { head });
    assert.deepEqual([result.ok, result.records, result.head, result.unterminated?.line], [true, 3, head, 3]);
  });
});

test('the next append keeps a complete record that lacks its newline and writes the newline before its own records', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const before = await withoutFinalNewline(file, 4);
    const result = await appendAuditRecords(file, entries(2, 4), { policyDigest: DIGEST });
    assert.equal(result.repaired, undefined, 'nothing was cut');
    const after = await readFile(file, 'utf8');
    assert.ok(after.startsWith(before + '\n'), 'every old byte is still there, followed by the newline');
    const verified = await verifyAuditFile(file, { head: result.head });
    assert.deepEqual([verified.ok, verified.records, verified.unterminated], [true, 6, undefined]);
  });
});

test('a file holding a single record without a newline keeps it on append', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await withoutFinalNewline(file, 1);
    const result = await appendAuditRecords(file, entries(1, 1), { policyDigest: DIGEST });
    assert.equal(result.records, 2);
    assert.equal((await verifyAuditFile(file)).ok, true);
  });
});

test('a partial record after the last newline is the only thing truncated, and the repair names its bytes', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 3);
    const kept = await readFile(file, 'utf8');
    const full = (await lines(file))[2];
    const partial = full.slice(0, Math.floor(full.length / 2));
    await appendFile(file, partial);
    const result = await appendAuditRecords(file, entries(1, 3), { policyDigest: DIGEST });
    assert.deepEqual(result.repaired, { line: 4, bytes: Buffer.byteLength(partial), sha256: createHash('sha256').update(partial).digest('hex') });
    assert.ok((await readFile(file, 'utf8')).startsWith(kept));
    assert.deepEqual([(await verifyAuditFile(file)).ok, result.records], [true, 4]);
  });
});

// Every cut point of a real record line: each is torn, never taken for a record or for tampering.
test('a record cut at any byte is torn, and the append after it leaves exactly the records before it', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 2);
    const [first, second] = await lines(file);
    const bytes = Buffer.from(second + '\n');
    const step = Math.max(1, Math.floor(bytes.length / 40));
    for (let cut = 1; cut < bytes.length - 1; cut += step) {
      await writeFile(file, Buffer.concat([Buffer.from(first + '\n'), bytes.subarray(0, cut)]));
      const result = await verifyAuditFile(file);
      assert.equal(result.failure?.kind, 'torn', `cut at ${cut}: ${result.failure?.kind} ${result.failure?.message}`);
      assert.equal(result.records, 1);
    }
    // The cut just before the newline is the complete record: it counts.
    await writeFile(file, Buffer.concat([Buffer.from(first + '\n'), bytes.subarray(0, bytes.length - 1)]));
    assert.deepEqual([(await verifyAuditFile(file)).ok, (await verifyAuditFile(file)).records], [true, 2]);
  });
});

// Shapes that are not an interrupted append: the append refuses and the file stays byte for byte as it was.
const refusedTails: Array<[string, (file: string) => Promise<void>, string, number]> = [
  [
    'fifty valid records glued together without newlines',
    async (file) => {
      await writeChain(file, 2);
      const last = JSON.parse((await lines(file))[1]) as AuditRecord;
      await appendFile(file, gluedRecords(50, last));
    },
    'json',
    3,
  ],
  [
    'a complete record followed by the start of another, on one line',
    async (file) => {
      await writeChain(file, 2);
      const last = JSON.parse((await lines(file))[1]) as AuditRecord;
      const two = gluedRecords(2, last);
      await appendFile(file, two.slice(0, two.length - 40));
    },
    'json',
    3,
  ],
  [
    'a last record that parses but whose hash does not match (tampering)',
    async (file) => {
      await withoutFinalNewline(file, 3);
      const text = await readFile(file, 'utf8');
      await writeFile(file, text.replace(/"reason":"([^"]*)"(?!.*"reason")/s, '"reason":"forged $1"'));
    },
    'hash',
    3,
  ],
  [
    'a last record re-sealed with a correct hash but the wrong prev',
    async (file) => {
      await writeChain(file, 2);
      await appendFile(file, gluedRecords(1, { ...(JSON.parse((await lines(file))[1]) as AuditRecord), hash: 'f'.repeat(64) }));
    },
    'link',
    3,
  ],
  [
    'a complete last record ending in a carriage return',
    async (file) => {
      await withoutFinalNewline(file, 3);
      await appendFile(file, '\r');
    },
    'canonical',
    3,
  ],
  ['a file of only text that is no record', async (file) => writeFile(file, 'hello, this is not an audit log'), 'json', 1],
  ['a file of garbage lines', async (file) => writeFile(file, 'garbage\nmore garbage'), 'json', 1],
  [
    'text before the start of a record on the last line',
    async (file) => {
      await writeChain(file, 1);
      await appendFile(file, 'x{"action":{"normalized":"ls');
    },
    'json',
    2,
  ],
  [
    'a record respelled with a duplicate key and no newline',
    async (file) => {
      const text = await withoutFinalNewline(file, 2);
      await writeFile(file, text.replace(/"decision":"(\w+)"(?!.*"decision")/s, '"decision":"allow","decision":"$1"'));
    },
    'canonical',
    2,
  ],
];

for (const [name, make, kind, line] of refusedTails) {
  test(`the append refuses, and cuts nothing, when the last line is ${name}`, async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'audit.jsonl');
      await make(file);
      const before = await readFile(file);
      const verified = await verifyAuditFile(file);
      assert.deepEqual([verified.ok, verified.failure?.kind, verified.failure?.line], [false, kind, line], verified.failure?.message);
      await assert.rejects(
        appendAuditRecords(file, entries(1, 9), { policyDigest: DIGEST }),
        (err: unknown) => err instanceof AuditError && err.kind === 'broken-chain' && err.position === `${file}:${line}`,
      );
      assert.deepEqual(await readFile(file), before, 'the file is unchanged');
    });
  });
}

test('glued records in the middle of a file are named as such', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeFile(file, gluedRecords(3, null) + '\n');
    const result = await verifyAuditFile(file);
    assert.equal(result.failure?.line, 1);
    assert.match(result.failure!.message, /3 records on one line without newlines/);
  });
});

test('the start of a record alone (a write cut after a few bytes) is torn and truncated', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 2);
    await appendFile(file, '{"act');
    assert.equal((await verifyAuditFile(file)).failure?.kind, 'torn');
    const result = await appendAuditRecords(file, entries(1, 2), { policyDigest: DIGEST });
    assert.equal(result.repaired?.bytes, 5);
    assert.equal((await verifyAuditFile(file)).ok, true);
  });
});

// The same shapes through the real CLI, as a separate process.
test('check --audit as a process keeps a complete record without a newline and appends after it', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const before = await withoutFinalNewline(file, 3);
    const run = await runCli(['check', '--policies', POLICIES, '--audit', file, '--command', 'terraform plan'], { cwd: dir });
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    const after = await readFile(file, 'utf8');
    assert.ok(after.startsWith(before + '\n'));
    const verified = await verifyAuditFile(file);
    assert.deepEqual([verified.ok, verified.records], [true, 4]);
  });
});

test('check --audit as a process exits 2 on glued records and leaves them in place', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeFile(file, gluedRecords(50, null));
    const before = await readFile(file);
    const run = await runCli(['check', '--policies', POLICIES, '--audit', file, '--command', 'terraform plan'], { cwd: dir });
    assert.equal(run.code, 2, run.stdout);
    assert.match(run.stderr, /audit\.jsonl:1: refusing to append to a broken audit chain/);
    assert.equal(run.stderr.includes('internal error'), false);
    assert.deepEqual(await readFile(file), before);
  });
});

test('check --audit as a process truncates only a torn record and reports the repair in the record', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 2);
    const kept = await readFile(file, 'utf8');
    await appendFile(file, kept.split('\n')[1].slice(0, 100));
    const run = await runCli(['check', '--policies', POLICIES, '--audit', file, '--command', 'terraform plan'], { cwd: dir });
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    const after = await readFile(file, 'utf8');
    assert.ok(after.startsWith(kept));
    const third = JSON.parse(after.split('\n')[2]) as AuditRecord;
    assert.deepEqual([third.seq, third.repaired?.line, third.repaired?.bytes], [2, 3, 100]);
    const verify = await runCli(['audit', 'verify', file], { cwd: dir });
    assert.equal(verify.code, 0, verify.stdout);
  });
});
