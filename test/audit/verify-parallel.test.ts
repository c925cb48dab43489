import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { canonicalJson } from '../../src/audit/canonical-json.js';
import { recordHash, type AuditRecord } from '../../src/audit/record.js';
import { checkRangesInWorkers, splitAtLines } from '../../src/audit/verify-ranges.js';
import { verifyAuditFile, verifyInternals, verifySettings, type AuditVerification, type VerifyOptions } from '../../src/audit/verify.js';
import { DIGEST, OTHER_DIGEST, withTempDir, writeChain } from './fixtures.js';

// Small files take the parallel path here; each case compares it with the single-threaded run.
const defaults = { ...verifySettings };
before(() => Object.assign(verifySettings, { parallelMinBytes: 0, workers: 2 }));
after(() => Object.assign(verifySettings, defaults));

const readLines = async (file: string) => (await readFile(file, 'utf8')).split('\n').slice(0, -1);
const writeLines = (file: string, lines: string[]) => writeFile(file, lines.map((line) => line + '\n').join(''));

async function sequential(file: string, options?: VerifyOptions): Promise<AuditVerification> {
  const saved = verifySettings.parallelMinBytes;
  verifySettings.parallelMinBytes = Infinity;
  try {
    return await verifyAuditFile(file, options);
  } finally {
    verifySettings.parallelMinBytes = saved;
  }
}

/** The ranges two workers get and what each of them reports (proves the workers ran). */
async function workerReports(file: string, options: VerifyOptions = {}) {
  const ranges = await splitAtLines(file, (await stat(file)).size, 2);
  const text = await readFile(file);
  // 1-based line number at which each range starts.
  const firstLines = ranges.map((r) => text.subarray(0, r.start).filter((b) => b === 0x0a).length + 1);
  const summaries = await checkRangesInWorkers(file, ranges, {
    pattern: verifyInternals.fastPattern,
    chunkBytes: 4096,
    maxLineBytes: 1 << 20,
    head: options.head,
    anchors: options.anchors ?? [],
    policyDigest: options.policyDigest,
  });
  return { ranges, firstLines, summaries };
}

test('two workers split a clean chain at a line boundary and their ranges join into the whole chain', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const head = await writeChain(file, 400);
    const { ranges, firstLines, summaries } = await workerReports(file);
    assert.equal(ranges.length, 2);
    assert.deepEqual(summaries.map((s) => s.clean), [true, true]);
    assert.equal(summaries[0].records + summaries[1].records, 400);
    assert.equal(summaries[1].firstSeq, firstLines[1] - 1);
    assert.equal(summaries[1].firstPrev, summaries[0].lastHash);
    const result = await verifyAuditFile(file, { head, policyDigest: DIGEST });
    assert.deepEqual([result.ok, result.records, result.head], [true, 400, head]);
    assert.deepEqual(result, await sequential(file, { head, policyDigest: DIGEST }));
  });
});

test('a record altered in the second range is reported at its own line', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 400);
    const lines = await readLines(file);
    const record = JSON.parse(lines[300]) as AuditRecord;
    record.reason = 'approved by a human';
    lines[300] = canonicalJson(record);
    await writeLines(file, lines);
    const { firstLines, summaries } = await workerReports(file);
    assert.ok(firstLines[1] <= 301, 'the altered line is in the second range');
    assert.deepEqual(summaries.map((s) => s.clean), [true, false]);
    const result = await verifyAuditFile(file);
    assert.deepEqual([result.ok, result.failure?.line, result.failure?.kind, result.records], [false, 301, 'hash', 300]);
    assert.deepEqual(result, await sequential(file));
  });
});

test('a record removed exactly at the range boundary breaks the join, reported at the boundary line', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 400);
    const original = await readLines(file);
    const { firstLines } = await workerReports(file);
    // Remove the record next to the cut such that, in the shortened file, the second range starts right after the gap.
    let boundary = 0;
    for (let removed = firstLines[1] - 4; removed <= firstLines[1] + 4 && boundary === 0; removed++) {
      await writeLines(file, [...original.slice(0, removed), ...original.slice(removed + 1)]);
      if ((await workerReports(file)).firstLines[1] === removed + 1) boundary = removed + 1;
    }
    assert.ok(boundary > 0, 'some removal puts the gap exactly at the cut');
    // Each range is intact on its own: only joining them finds the gap.
    assert.deepEqual((await workerReports(file)).summaries.map((s) => s.clean), [true, true]);
    const result = await verifyAuditFile(file);
    assert.deepEqual([result.ok, result.failure?.line, result.failure?.kind, result.records], [false, boundary, 'seq', boundary - 1]);
    assert.deepEqual(result, await sequential(file));
  });
});

test('a chain re-sealed from the range boundary on (another prev there) breaks the link at the boundary line', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 400);
    const { firstLines } = await workerReports(file);
    const boundary = firstLines[1];
    const lines = await readLines(file);
    // Forge the record at the cut and re-seal every record after it: the second range is consistent on its own.
    let prev = 'f'.repeat(64);
    for (let i = boundary - 1; i < lines.length; i++) {
      const { hash: _old, ...rest } = JSON.parse(lines[i]) as AuditRecord;
      const forged = { ...rest, prev };
      prev = recordHash(forged);
      lines[i] = canonicalJson({ ...forged, hash: prev });
    }
    await writeLines(file, lines);
    const after = await workerReports(file);
    assert.equal(after.firstLines[1], boundary, 'same-length lines keep the cut in place');
    assert.deepEqual(after.summaries.map((s) => s.clean), [true, true]);
    const result = await verifyAuditFile(file);
    assert.deepEqual([result.failure?.line, result.failure?.kind], [boundary, 'link']);
    assert.deepEqual(result, await sequential(file));
  });
});

test('a second range re-sealed with earlier times is caught at the boundary line by the time order', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 400);
    const { firstLines } = await workerReports(file);
    const boundary = firstLines[1];
    const lines = await readLines(file);
    let prev = (JSON.parse(lines[boundary - 2]) as AuditRecord).hash;
    for (let i = boundary - 1; i < lines.length; i++) {
      const { hash: _old, ...rest } = JSON.parse(lines[i]) as AuditRecord;
      const forged = { ...rest, prev, time: '2000-01-01T00:00:00.000Z' };
      prev = recordHash(forged);
      lines[i] = canonicalJson({ ...forged, hash: prev });
    }
    await writeLines(file, lines);
    const after = await workerReports(file);
    assert.equal(after.firstLines[1], boundary, 'same-length lines keep the cut in place');
    assert.deepEqual(after.summaries.map((s) => s.clean), [true, true]);
    const result = await verifyAuditFile(file);
    assert.deepEqual([result.failure?.line, result.failure?.kind], [boundary, 'time']);
    assert.deepEqual(result, await sequential(file));
  });
});

test('a torn last line is reported with its line, offset and length', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 400);
    const size = (await stat(file)).size;
    await appendFile(file, '{"action":{"normalized":"rm -rf');
    const result = await verifyAuditFile(file);
    assert.deepEqual([result.ok, result.failure?.kind, result.failure?.line, result.records, result.validBytes], [false, 'torn', 401, 400, size]);
    assert.deepEqual(result.torn, { line: 401, offset: size, bytes: 31 });
    assert.deepEqual(result, await sequential(file));
  });
});

const optionCases: Array<[string, (file: string, head: string) => Promise<VerifyOptions>, number, string]> = [
  [
    'a chain truncated before the published head fails the head check after its last record',
    async (file, head) => {
      await writeLines(file, (await readLines(file)).slice(0, 350));
      return { head };
    },
    351,
    'head',
  ],
  [
    'records after the published head (in the second range) are reported after the head line',
    async (file) => ({ head: (JSON.parse((await readLines(file))[250]) as AuditRecord).hash }),
    252,
    'head',
  ],
  ['a policy digest other than the expected one is reported at the first record', async () => ({ policyDigest: OTHER_DIGEST }), 1, 'policy'],
];

for (const [what, prepare, line, kind] of optionCases) {
  test(what, async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'audit.jsonl');
      const head = await writeChain(file, 400);
      const options = await prepare(file, head);
      const result = await verifyAuditFile(file, options);
      assert.deepEqual([result.ok, result.failure?.line, result.failure?.kind], [false, line, kind]);
      assert.deepEqual(result, await sequential(file, options));
    });
  });
}

test('a reformatted line in a range is left to the sequential check, which refuses it at its own line', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 400);
    const lines = await readLines(file);
    lines[320] = JSON.stringify(JSON.parse(lines[320]), null, 0).replace(/,"/g, ', "') + '\r';
    await writeLines(file, lines);
    const { summaries } = await workerReports(file);
    assert.deepEqual(summaries.map((s) => s.clean), [true, false]);
    const result = await verifyAuditFile(file);
    assert.deepEqual([result.ok, result.records, result.failure?.kind, result.failure?.line], [false, 320, 'canonical', 321]);
  });
});

test('more workers than lines still cover every line once, as at most one range per line', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const head = await writeChain(file, 3);
    verifySettings.workers = 8;
    try {
      const ranges = await splitAtLines(file, (await stat(file)).size, 8);
      assert.equal(ranges.length, 3);
      const result = await verifyAuditFile(file, { head });
      assert.deepEqual([result.ok, result.records, result.head], [true, 3, head]);
    } finally {
      verifySettings.workers = 2;
    }
  });
});

test('a record whose clock was behind, in the second range, verifies like the sequential check and finds the anchors', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const { appendAuditRecords } = await import('../../src/audit/append.js');
    const { entries } = await import('./fixtures.js');
    const at = (time: string) => ({ policyDigest: DIGEST, now: () => new Date(time) });
    await appendAuditRecords(file, entries(300), at('2031-01-01T00:00:00Z'));
    const anchor = (await appendAuditRecords(file, entries(100, 300), at('2026-01-01T00:00:00Z'))).head;
    const lines = await readLines(file);
    assert.equal((JSON.parse(lines[300]) as AuditRecord).clockBehind, true);
    const { summaries } = await workerReports(file, { anchors: [anchor] });
    assert.deepEqual(summaries.map((s) => s.clean), [true, false]);
    const parallel = await verifyAuditFile(file, { anchors: [anchor] });
    assert.deepEqual(parallel, await sequential(file, { anchors: [anchor] }));
    assert.deepEqual([parallel.ok, parallel.records, parallel.anchors], [true, 400, [{ hash: anchor, seq: 399 }]]);
  });
});
