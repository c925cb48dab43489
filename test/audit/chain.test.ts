import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { canonicalJson } from '../../src/audit/canonical-json.js';
import { appendAuditRecords } from '../../src/audit/append.js';
import { GENESIS_HASH, recordHash, type AuditRecord } from '../../src/audit/record.js';
import { verifyAuditFile, verifyInternals, type AuditFailureKind } from '../../src/audit/verify.js';
import { DIGEST, OTHER_DIGEST, entries, withTempDir, writeChain } from './fixtures.js';

const readLines = async (file: string) => (await readFile(file, 'utf8')).split('\n').slice(0, -1);
const writeLines = (file: string, lines: string[]) => writeFile(file, lines.map((line) => line + '\n').join(''));

test('thousands of appended records read back as one valid chain', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    let head = '';
    for (let batch = 0; batch < 5; batch++) {
      head = (await appendAuditRecords(file, entries(1000, batch * 1000), { policyDigest: DIGEST })).head;
    }
    const result = await verifyAuditFile(file, { head, policyDigest: DIGEST });
    assert.equal(result.ok, true, result.failure?.message);
    assert.equal(result.records, 5000);
    assert.equal(result.head, head);
    const records = (await readLines(file)).map((line) => JSON.parse(line) as AuditRecord);
    assert.equal(records[0].prev, GENESIS_HASH);
    assert.deepEqual(records.map((r) => r.seq), [...Array(5000).keys()]);
    // Each entry is recorded as given: type, normalised text, verdict and rule.
    const given = entries(5000);
    records.forEach((record, i) => {
      assert.equal(record.action.type, given[i].action.type);
      assert.equal(record.action.normalized, given[i].decision.normalized);
      assert.equal(record.decision, given[i].decision.decision);
      assert.equal(record.rule, given[i].decision.rule);
    });
  });
});

test('a record hash is SHA-256 over the canonical JSON of the record without hash', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 3);
    for (const line of await readLines(file)) {
      const { hash, ...rest } = JSON.parse(line) as AuditRecord;
      assert.equal(hash, recordHash(rest));
      assert.equal(line, canonicalJson(JSON.parse(line)));
    }
  });
});

test('an empty file is a valid chain with no head', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeFile(file, '');
    const result = await verifyAuditFile(file);
    assert.deepEqual([result.ok, result.records, result.head], [true, 0, null]);
  });
});

// The bytes on disk must be the bytes that were hashed: every other spelling of a valid record is refused.
const respellings: Array<[string, (line: string) => string]> = [
  ['keys in another order', (line) => { const r = JSON.parse(line) as Record<string, unknown>; return JSON.stringify(Object.fromEntries(Object.keys(r).reverse().map((k) => [k, r[k]]))); }],
  ['a space after a comma', (line) => line.replace(',"decision"', ', "decision"')],
  ['a carriage return at the end (CRLF)', (line) => line + '\r'],
  ['a duplicate key whose last value is the hashed one', (line) => line.replace('"decision":', '"decision":"allow","decision":')],
  ['a duplicate key shadowing the hashed value', (line) => line.replace(/"reason":("[^"]*"),/, '"reason":$1,"reason":$1,')],
  ['a character escaped that canonical JSON writes plainly', (line) => line.replace('"raw":"h', '"raw":"\\u0068')],
  ['a number written with an exponent', (line) => line.replace(/"seq":(\d+)/, '"seq":$1e0')],
];
for (const [name, respell] of respellings) {
  test(`a valid record respelled with ${name} is refused as not canonical`, async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'audit.jsonl');
      await writeChain(file, 5);
      const lines = await readLines(file);
      const changed = respell(lines[3]);
      assert.notEqual(changed, lines[3], 'the respelling changed the line');
      lines[3] = changed;
      await writeLines(file, lines);
      const result = await verifyAuditFile(file);
      assert.equal(result.ok, false);
      assert.equal(result.failure?.line, 4);
      assert.ok(['canonical', 'hash'].includes(result.failure!.kind), `${result.failure?.kind}: ${result.failure?.message}`);
      assert.equal(result.records, 3);
    });
  });
}

// Every field of a record, with a different value of the right type: changing any of them is detected at that line.
const fieldChanges: Array<[string, (r: Record<string, any>) => void, AuditFailureKind[]]> = [
  ['version', (r) => (r.version = 2), ['format']],
  ['seq', (r) => (r.seq += 1), ['hash']],
  ['time', (r) => (r.time = '2001-01-01T00:00:00.000Z'), ['hash']],
  ['action.type', (r) => (r.action.type = r.action.type === 'file.read' ? 'file.write' : 'file.read'), ['hash']],
  ['action.raw', (r) => (r.action.raw += ' --force'), ['hash']],
  ['action.normalized', (r) => (r.action.normalized = 'ls'), ['hash']],
  ['origin', (r) => (r.origin = r.origin === null ? { source: 'cli' } : null), ['hash']],
  ['origin.source', (r) => (r.origin = { ...(r.origin ?? {}), source: 'forged' }), ['hash']],
  ['decision', (r) => (r.decision = r.decision === 'allow' ? 'deny' : 'allow'), ['hash']],
  ['rule', (r) => (r.rule = r.rule === null ? 'allow-all' : null), ['hash']],
  ['reason', (r) => (r.reason = 'approved by a human'), ['hash']],
  ['policyDigest', (r) => (r.policyDigest = OTHER_DIGEST), ['hash']],
  ['context.repository', (r) => (r.context.repository = 'evil/repo'), ['hash']],
  ['context.commit', (r) => (r.context.commit = 'b'.repeat(40)), ['hash']],
  ['context.pr', (r) => (r.context.pr = 18), ['hash']],
  ['context.runId', (r) => (r.context.runId = '992'), ['hash']],
  ['context.actor', (r) => (r.context.actor = 'mallory'), ['hash']],
  ['redacted', (r) => (r.redacted = !r.redacted), ['hash']],
  ['repaired (added)', (r) => (r.repaired = { line: 1, bytes: 3, sha256: 'f'.repeat(64) }), ['hash']],
  ['an extra field', (r) => (r.approvedBy = 'alice'), ['format']],
  ['prev', (r) => (r.prev = 'f'.repeat(64)), ['hash']],
  ['hash', (r) => (r.hash = 'f'.repeat(64)), ['hash']],
];

for (const [field, change, kinds] of fieldChanges) {
  test(`changing ${field} of one record is detected at that record's line`, async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'audit.jsonl');
      await writeChain(file, 12);
      const lines = await readLines(file);
      const target = 6; // every entry kind appears before and after it
      const record = JSON.parse(lines[target]);
      change(record);
      lines[target] = canonicalJson(record);
      await writeLines(file, lines);
      const result = await verifyAuditFile(file);
      assert.equal(result.ok, false);
      assert.equal(result.failure?.line, target + 1);
      assert.ok(kinds.includes(result.failure!.kind), `${result.failure?.kind}: ${result.failure?.message}`);
      assert.equal(result.records, target);
    });
  });
}

test('a changed record with a recomputed hash breaks the link of the record after it', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 10);
    const lines = await readLines(file);
    const { hash: _old, ...record } = JSON.parse(lines[4]) as AuditRecord;
    record.decision = 'allow';
    record.reason = 'forged';
    lines[4] = canonicalJson({ ...record, hash: recordHash(record) });
    await writeLines(file, lines);
    const result = await verifyAuditFile(file);
    assert.deepEqual([result.failure?.line, result.failure?.kind], [6, 'link']);
  });
});

const structuralChanges: Array<[string, (lines: string[]) => string[], number, AuditFailureKind[]]> = [
  ['deleting a record', (l) => [...l.slice(0, 5), ...l.slice(6)], 6, ['seq']],
  ['deleting the first record', (l) => l.slice(1), 1, ['seq']],
  ['inserting a copy of another record', (l) => [...l.slice(0, 5), l[2], ...l.slice(5)], 6, ['seq']],
  ['duplicating a record in place', (l) => [...l.slice(0, 5), l[4], ...l.slice(5)], 6, ['seq']],
  ['swapping two records', (l) => [...l.slice(0, 3), l[4], l[3], ...l.slice(5)], 4, ['seq']],
  ['moving the last record to the front', (l) => [l[l.length - 1], ...l.slice(0, -1)], 1, ['seq']],
  ['inserting an empty line', (l) => [...l.slice(0, 2), '', ...l.slice(2)], 3, ['format']],
  ['inserting a line that is not JSON', (l) => [...l.slice(0, 2), '{"seq": 2,', ...l.slice(2)], 3, ['json']],
];

for (const [what, change, line, kinds] of structuralChanges) {
  test(`${what} is detected at the first affected line`, async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'audit.jsonl');
      await writeChain(file, 10);
      await writeLines(file, change(await readLines(file)));
      const result = await verifyAuditFile(file);
      assert.equal(result.ok, false);
      assert.equal(result.failure?.line, line, result.failure?.message);
      assert.ok(kinds.includes(result.failure!.kind), `${result.failure?.kind}: ${result.failure?.message}`);
    });
  });
}

test('a forged record re-linked with a matching seq and prev is caught by the records after it', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 8);
    const lines = await readLines(file);
    const before = JSON.parse(lines[3]) as AuditRecord;
    const { hash: _h, ...forged } = { ...(JSON.parse(lines[4]) as AuditRecord), prev: before.hash, seq: 4, reason: 'inserted' };
    lines.splice(4, 0, canonicalJson({ ...forged, hash: recordHash(forged) }));
    await writeLines(file, lines);
    const result = await verifyAuditFile(file);
    assert.equal(result.failure?.line, 6);
  });
});

test('truncation (removing the last records) is only detected against a published head', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const head = await writeChain(file, 10);
    await writeLines(file, (await readLines(file)).slice(0, 7));
    assert.equal((await verifyAuditFile(file)).ok, true);
    const withHead = await verifyAuditFile(file, { head });
    assert.equal(withHead.ok, false);
    assert.deepEqual([withHead.failure?.kind, withHead.failure?.line, withHead.records], ['head', 8, 7]);
  });
});

test('records appended after the published head are reported against that head', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const head = await writeChain(file, 4);
    await appendAuditRecords(file, entries(2, 4), { policyDigest: DIGEST });
    const result = await verifyAuditFile(file, { head });
    assert.deepEqual([result.ok, result.failure?.kind, result.failure?.line], [false, 'head', 5]);
  });
});

test('a record decided under another policy set fails the policy digest check', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 3);
    await appendAuditRecords(file, entries(1, 3), { policyDigest: OTHER_DIGEST });
    assert.equal((await verifyAuditFile(file, { policyDigest: DIGEST })).failure?.line, 4);
    assert.equal((await verifyAuditFile(file, { policyDigest: DIGEST })).failure?.kind, 'policy');
    assert.equal((await verifyAuditFile(file)).ok, true);
  });
});

test('a time earlier than the record before it is detected', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 2);
    const lines = await readLines(file);
    const last = JSON.parse(lines[1]) as AuditRecord;
    const { hash: _h, ...rest } = { ...last, time: '2000-01-01T00:00:00.000Z' };
    lines[1] = canonicalJson({ ...rest, hash: recordHash(rest) });
    await writeLines(file, lines);
    assert.equal((await verifyAuditFile(file)).failure?.kind, 'time');
  });
});

test('a missing file is reported as unreadable, not as an empty chain', async () => {
  await withTempDir(async (dir) => {
    const result = await verifyAuditFile(join(dir, 'nope.jsonl'));
    assert.deepEqual([result.ok, result.failure?.kind], [false, 'io']);
  });
});

test('records are streamed: a file larger than one read chunk verifies across chunk boundaries', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const head = await writeChain(file, 4000); // about 2.5 MB, more than two 1 MiB chunks
    const result = await verifyAuditFile(file, { head });
    assert.deepEqual([result.ok, result.records], [true, 4000]);
  });
});

// The fast path must agree with the general path on every line it accepts.
const recordArbitrary = fc.record({
  raw: fc.string({ unit: 'binary', maxLength: 40 }),
  normalized: fc.string({ unit: 'grapheme', maxLength: 40 }),
  reason: fc.string({ unit: 'binary-ascii', maxLength: 30 }),
  rule: fc.option(fc.string({ maxLength: 10 })),
  pr: fc.option(fc.maxSafeNat()),
  line: fc.option(fc.nat()),
  detail: fc.option(fc.string({ unit: 'binary', maxLength: 10 }), { nil: undefined }),
  seq: fc.maxSafeNat(),
});

test('the fast path and the general path give the same hash pre-image for any record', () => {
  fc.assert(
    fc.property(recordArbitrary, (v) => {
      const wellFormed = (s: string) => s.replace(/[\uD800-\uDFFF]/g, '?');
      const body = {
        version: 1,
        seq: v.seq,
        time: '2024-05-01T12:00:00.000Z',
        action: { type: 'shell.execute', raw: wellFormed(v.raw), normalized: v.normalized },
        origin: { source: 'hook', ...(v.line === null ? {} : { line: v.line }), ...(v.detail === undefined ? {} : { detail: wellFormed(v.detail) }) },
        decision: 'deny',
        rule: v.rule,
        reason: v.reason,
        policyDigest: DIGEST,
        context: { repository: null, commit: null, pr: v.pr, runId: null, actor: null },
        redacted: false,
        prev: GENESIS_HASH,
      };
      const line = canonicalJson({ ...body, hash: recordHash(body as never) });
      const fast = verifyInternals.fastPreimage(line);
      const general = verifyInternals.generalPreimage(line);
      // Integers past 15 digits are left to the general path on purpose.
      if (v.seq < 1e15 && (v.pr ?? 0) < 1e15) assert.ok(fast, `fast path missed a canonical line: ${line}`);
      if (fast) assert.deepEqual(fast, general);
    }),
    { numRuns: 500 },
  );
});

test('a line the fast path accepts is canonical JSON, so non-canonical spellings go the general way', () => {
  const body = { a: 1 };
  assert.equal(verifyInternals.fastPreimage(JSON.stringify(body)), null);
  const line = '{"action":{"normalized":"\\u0041","raw":"x","type":"shell.execute"}}';
  assert.equal(verifyInternals.fastPreimage(line), null);
});
