// The log at scale: the checkpoint an append trusts (and when it does not),
// rotation into chained segments, and the clock flag.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, chmod, link, lstat, mkdir, readFile, readdir, rm, stat, symlink, unlink, writeFile, copyFile, rename } from 'node:fs/promises';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { appendAuditRecords } from '../../src/audit/append.js';
import { checkpointPath } from '../../src/audit/checkpoint.js';
import { AuditError } from '../../src/audit/errors.js';
import { recordLine, sealRecord, type AuditRecord } from '../../src/audit/record.js';
import { segmentPath } from '../../src/audit/segments.js';
import { verifyAuditFile } from '../../src/audit/verify.js';
import { runCli } from '../helpers/cli.js';
import { fileURLToPath } from 'node:url';
import { DIGEST, entries, withTempDir, writeChain } from './fixtures.js';

const POLICIES = fileURLToPath(new URL('../../examples/devops/.safeclaw', import.meta.url));
const lines = async (file: string) => (await readFile(file, 'utf8')).split('\n').slice(0, -1);

/** Changes record `index` of the file and re-seals it and every record after it (an attacker who knows the format). */
async function reseal(file: string, index: number, change: (r: AuditRecord) => void): Promise<void> {
  const records = (await lines(file)).map((l) => JSON.parse(l) as AuditRecord);
  let prev = index > 0 ? records[index - 1].hash : records[0].prev;
  const out = records.map((r, i) => {
    if (i < index) return recordLine(r);
    const { hash: _hash, ...body } = r;
    if (i === index) change(body as AuditRecord);
    const sealed = sealRecord({ ...body, prev });
    prev = sealed.hash;
    return recordLine(sealed);
  });
  await writeFile(file, out.join('\n') + '\n');
}

/** The checkpoint's `lines` raised by 1000 (the log's own ctime untouched): an append that trusts it carries the excess on. */
async function markCheckpoint(file: string): Promise<number> {
  const cp = JSON.parse(await readFile(checkpointPath(file), 'utf8'));
  await writeFile(checkpointPath(file), JSON.stringify({ ...cp, lines: cp.lines + 1000 }));
  return cp.lines;
}
const savedLines = async (file: string) => JSON.parse(await readFile(checkpointPath(file), 'utf8')).lines as number;
// Linux stamps ctime from a coarse clock (a few ms): a change is only seen once that clock has moved on.
const nextTick = () => new Promise((resolve) => setTimeout(resolve, 30));

test('an append trusts a checkpoint that matches the file and verifies only what follows it', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 20);
    const checkpoint = JSON.parse(await readFile(checkpointPath(file), 'utf8'));
    assert.deepEqual([checkpoint.records, checkpoint.offset], [20, (await stat(file)).size]);
    assert.match(checkpoint.ctimeNs, /^\d+$/);
    const lines = await markCheckpoint(file);
    assert.equal((await appendAuditRecords(file, entries(1, 20), { policyDigest: DIGEST })).records, 21);
    // Trusted: the (marked) line count came from the checkpoint, not from reading the log again.
    assert.equal(await savedLines(file), lines + 1000 + 1);
  });
});

test('a record before the checkpoint edited in place (same length) is caught by the next append, not only by verify', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 20);
    await nextTick();
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('"decision":"deny"', '"decision":"alow"'));
    await assert.rejects(
      appendAuditRecords(file, entries(1, 20), { policyDigest: DIGEST }),
      (err: unknown) => err instanceof AuditError && err.kind === 'broken-chain' && /expected|unknown decision/.test(err.message),
    );
    assert.equal((await verifyAuditFile(file)).failure?.kind, 'format');
  });
});

test('a log rewritten before the checkpoint (every later hash re-sealed) is read again in full by the next append; only an anchor says it was rewritten', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 20);
    await nextTick();
    await reseal(file, 3, (r) => (r.decision = 'allow'));
    // The chain verifies on its own: only the checkpoint's head says the records were rewritten.
    assert.equal((await verifyAuditFile(file)).ok, true);
    const lines = await markCheckpoint(file);
    await appendAuditRecords(file, entries(1, 20), { policyDigest: DIGEST });
    // Not trusted (the file changed since): the whole log was read again and counted.
    assert.equal(await savedLines(file), 21);
    assert.ok(lines + 1001 !== 21);
  });
});

const afterCheckpoint: Array<[string, string]> = [
  ['garbage', 'not a record\n'],
  ['a second copy of the last record', ''],
  ['an empty line', '\n'],
];
for (const [name, extra] of afterCheckpoint) {
  test(`${name} written after the checkpoint is caught by the next append`, async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'audit.jsonl');
      await writeChain(file, 5);
      await nextTick();
      const text = await readFile(file, 'utf8');
      const last = text.trimEnd().split('\n').pop()!;
      await appendFile(file, extra === '' ? last + '\n' : extra);
      await assert.rejects(
        appendAuditRecords(file, entries(1, 5), { policyDigest: DIGEST }),
        (err: unknown) => err instanceof AuditError && err.kind === 'broken-chain',
      );
    });
  });
}

test('a valid record added after the checkpoint by another program is verified and the chain continues from it', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 5);
    const records = (await lines(file)).map((l) => JSON.parse(l) as AuditRecord);
    const last = records[records.length - 1];
    const { hash: _hash, ...body } = last;
    const next = sealRecord({ ...body, seq: last.seq + 1, prev: last.hash });
    await nextTick();
    await appendFile(file, recordLine(next) + '\n');
    const result = await appendAuditRecords(file, entries(1, 5), { policyDigest: DIGEST });
    assert.equal(result.records, 7);
    assert.equal((await verifyAuditFile(file)).ok, true);
  });
});

test('a change of the log\'s metadata only (chmod) costs a full verify, which passes', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 5);
    await nextTick();
    await chmod(file, 0o600);
    await markCheckpoint(file);
    assert.equal((await appendAuditRecords(file, entries(1, 5), { policyDigest: DIGEST })).records, 6);
    assert.equal(await savedLines(file), 6);
  });
});

test('a checkpoint saved before ctime was kept is not trusted: the first append after the upgrade verifies everything', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 5);
    const { ctimeNs: _ctime, ...old } = JSON.parse(await readFile(checkpointPath(file), 'utf8'));
    await writeFile(checkpointPath(file), JSON.stringify({ ...old, lines: old.lines + 1000 }));
    await appendAuditRecords(file, entries(1, 5), { policyDigest: DIGEST });
    assert.equal(await savedLines(file), 6);
  });
});

// A checkpoint that does not describe the file as it is costs a full verify, which then finds the damage.
const untrusted: Array<[string, (file: string) => Promise<void>]> = [
  ['names another head', async (file) => {
    const cp = JSON.parse(await readFile(checkpointPath(file), 'utf8'));
    await writeFile(checkpointPath(file), JSON.stringify({ ...cp, head: 'a'.repeat(64) }));
  }],
  ['points past the end of the file', async (file) => {
    const cp = JSON.parse(await readFile(checkpointPath(file), 'utf8'));
    await writeFile(checkpointPath(file), JSON.stringify({ ...cp, offset: cp.offset + 10 }));
  }],
  ['points into the middle of a line', async (file) => {
    const cp = JSON.parse(await readFile(checkpointPath(file), 'utf8'));
    await writeFile(checkpointPath(file), JSON.stringify({ ...cp, offset: cp.offset - 7 }));
  }],
  ['is for the file it was before the log was replaced by a copy', async (file) => {
    await copyFile(file, `${file}.copy`);
    await rename(`${file}.copy`, file);
  }],
  ['is not JSON', async (file) => writeFile(checkpointPath(file), '{')],
];
for (const [name, spoil] of untrusted) {
  test(`a checkpoint that ${name} is not trusted: the append verifies the whole log`, async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'audit.jsonl');
      await writeChain(file, 10);
      const text = await readFile(file, 'utf8');
      await spoil(file);
      await writeFile(file, text.replace('"decision":"deny"', '"decision":"alow"'));
      await assert.rejects(
        appendAuditRecords(file, entries(1, 10), { policyDigest: DIGEST }),
        (err: unknown) => err instanceof AuditError && err.kind === 'broken-chain',
      );
    });
  });
}

test('a log rotated at a size is sealed into numbered segments and verifies as one chain', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    let last;
    for (let i = 0; i < 30; i++) last = await appendAuditRecords(file, entries(1, i), { policyDigest: DIGEST, rotateAt: 2048 });
    const names = (await readdir(dir)).filter((n) => /\.\d{6}$/.test(n)).sort();
    assert.ok(names.length >= 5, names.join(' '));
    assert.equal(names[0], 'audit.jsonl.000001');
    const verified = await verifyAuditFile(file, { head: last!.head });
    assert.deepEqual([verified.ok, verified.records, verified.segments], [true, 30, names.length], verified.failure?.message);
    // Each segment's first record links to the last record of the one before.
    const second = JSON.parse((await lines(segmentPath(file, 2)))[0]) as AuditRecord;
    const firstLines = await lines(segmentPath(file, 1));
    assert.equal(second.prev, (JSON.parse(firstLines[firstLines.length - 1]) as AuditRecord).hash);
  });
});

// Damage to segments: each is found, at the segment it is in.
const segmentDamage: Array<[string, (file: string) => Promise<void>, string]> = [
  ['a sealed segment removed', async (file) => rm(segmentPath(file, 2)), 'segment'],
  ['two sealed segments swapped', async (file) => {
    await rename(segmentPath(file, 2), `${file}.tmp`);
    await rename(segmentPath(file, 3), segmentPath(file, 2));
    await rename(`${file}.tmp`, segmentPath(file, 3));
  }, 'seq'],
  ['the newest segments and the file removed (a shorter history)', async (file) => {
    for (let n = 3; ; n++) {
      const gone = await rm(segmentPath(file, n)).then(() => true, () => false);
      if (!gone) break;
    }
    await rm(file);
  }, 'none'],
  ['text added after the last record of a sealed segment', async (file) => {
    await writeFile(segmentPath(file, 1), (await readFile(segmentPath(file, 1), 'utf8')) + '{"action"');
  }, 'segment'],
  ['a record of a sealed segment altered', async (file) => {
    await writeFile(segmentPath(file, 2), (await readFile(segmentPath(file, 2), 'utf8')).replace('"reason":"', '"reason":"x'));
  }, 'hash'],
];
for (const [name, damage, kind] of segmentDamage) {
  test(`${name} is ${kind === 'none' ? 'only caught by an anchor' : `caught (${kind})`}`, async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'audit.jsonl');
      let head = '';
      for (let i = 0; i < 24; i++) head = (await appendAuditRecords(file, entries(1, i), { policyDigest: DIGEST, rotateAt: 2048 })).head;
      await damage(file);
      const plain = await verifyAuditFile(file);
      if (kind === 'none') assert.equal(plain.ok, true, 'the shorter log is a valid chain on its own');
      else assert.deepEqual([plain.ok, plain.failure?.kind], [false, kind], plain.failure?.message);
      const anchored = await verifyAuditFile(file, { anchors: [head] });
      assert.equal(anchored.ok, false);
    });
  });
}

test('an append finishes a rotation that a crash interrupted after sealing the segment', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 5);
    // The crash: the file was linked as the next segment, then the process died before removing it.
    await link(file, segmentPath(file, 1));
    const between = await verifyAuditFile(file);
    assert.deepEqual([between.ok, between.records], [true, 5], between.failure?.message);
    const result = await appendAuditRecords(file, entries(2, 5), { policyDigest: DIGEST });
    assert.equal(result.records, 7);
    const verified = await verifyAuditFile(file);
    assert.deepEqual([verified.ok, verified.records, verified.segments, (await lines(file)).length], [true, 7, 1, 2]);
  });
});

test('an append after a crash that removed the file but had not started the new one continues the chain', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const head = await writeChain(file, 5);
    await link(file, segmentPath(file, 1));
    await unlink(file);
    const result = await appendAuditRecords(file, entries(1, 5), { policyDigest: DIGEST });
    assert.equal((JSON.parse((await lines(file))[0]) as AuditRecord).prev, head);
    assert.deepEqual([(await verifyAuditFile(file)).ok, result.records], [true, 6]);
  });
});

test('check --rotate-at rotates the log it appends to, and a bad size is a usage error', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 10);
    const run = await runCli(['check', '--policies', POLICIES, '--audit', file, '--rotate-at', '2K', '--command', 'terraform plan'], { cwd: dir });
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    await stat(segmentPath(file, 1));
    assert.deepEqual([(await verifyAuditFile(file)).ok, (await verifyAuditFile(file)).records], [true, 11]);
    const bad = await runCli(['check', '--policies', POLICIES, '--audit', file, '--rotate-at', '12 parsecs', '--command', 'ls'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--rotate-at "12 parsecs" is not a size/);
  });
});

test('a record that says its clock was behind, when it was not, is refused', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 4);
    await reseal(file, 2, (r) => (r.clockBehind = true));
    const result = await verifyAuditFile(file);
    assert.deepEqual([result.failure?.kind, result.failure?.line], ['time', 3]);
  });
});

test('a time earlier than the record before, without the flag, is refused even with every hash recomputed', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 4);
    await reseal(file, 2, (r) => (r.time = '2001-01-01T00:00:00.000Z'));
    assert.deepEqual([(await verifyAuditFile(file)).failure?.kind], ['time']);
  });
});

test('a checkpoint cut short (a crash while it was rewritten) costs one full verify, never a wrong chain', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 5);
    const text = await readFile(checkpointPath(file), 'utf8');
    for (const cut of [0, 1, Math.floor(text.length / 2), text.length - 2]) {
      await writeFile(checkpointPath(file), text.slice(0, cut));
      await assert.doesNotReject(appendAuditRecords(file, entries(1, 5), { policyDigest: DIGEST }).then(() => rm(file)));
      await writeChain(file, 5);
    }
    await writeFile(checkpointPath(file), text.slice(0, text.length / 2));
    const result = await appendAuditRecords(file, entries(1, 5), { policyDigest: DIGEST });
    assert.equal(result.records, 6);
    // Rewritten whole by that append: the next one trusts it again.
    assert.equal(await savedLines(file), 6);
    assert.equal((await verifyAuditFile(file, { head: result.head })).ok, true);
  });
});

test('a symbolic link put where the checkpoint is is not written through', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 3);
    const victim = join(dir, 'victim.txt');
    await writeFile(victim, 'keep me\n');
    await unlink(checkpointPath(file));
    await symlink(victim, checkpointPath(file));
    const result = await appendAuditRecords(file, entries(1, 3), { policyDigest: DIGEST });
    assert.equal(result.records, 4);
    assert.equal(await readFile(victim, 'utf8'), 'keep me\n');
    assert.equal((await lstat(checkpointPath(file))).isSymbolicLink(), true);
  });
});

// The checkpoint is rewritten in place: a name that is also another file's must not be written through.
test('a hard link put where the checkpoint is leaves the file it links to untouched', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 3);
    const settings = join(dir, 'settings.json');
    const original = JSON.stringify({ hooks: { PreToolUse: [{ matcher: '*', hooks: [{ type: 'command', command: 'safeclaw hook claude-code' }] }] } }, null, 2) + '\n'.repeat(600);
    await writeFile(settings, original);
    await unlink(checkpointPath(file));
    await link(settings, checkpointPath(file));
    const result = await appendAuditRecords(file, entries(1, 3), { policyDigest: DIGEST });
    assert.equal(result.records, 4);
    assert.equal(await readFile(settings, 'utf8'), original);
    // The checkpoint is a file of its own again, and trusted by the next append.
    const [own, other] = await Promise.all([stat(checkpointPath(file)), stat(settings)]);
    assert.notEqual(own.ino, other.ino);
    assert.equal(own.nlink, 1);
    assert.equal(await savedLines(file), 4);
    await appendAuditRecords(file, entries(1, 4), { policyDigest: DIGEST });
    assert.equal((await verifyAuditFile(file)).records, 5);
  });
});

test('a hard link from the checkpoint to the log itself loses no record', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 21);
    const before = await readFile(file);
    await unlink(checkpointPath(file));
    await link(file, checkpointPath(file));
    const result = await appendAuditRecords(file, entries(1, 21), { policyDigest: DIGEST });
    assert.equal(result.records, 22);
    const after = await readFile(file);
    assert.ok(after.subarray(0, before.length).equals(before), 'the records before the append are unchanged');
    const verified = await verifyAuditFile(file, { head: result.head });
    assert.equal(verified.ok, true);
    assert.equal(verified.records, 22);
  });
});

test('a FIFO or a folder where the checkpoint is neither hangs nor breaks an append', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 3);
    await unlink(checkpointPath(file));
    execFileSync('mkfifo', [checkpointPath(file)]);
    // In a child: a read that blocked on the FIFO would hang this process for good (the append's calls are synchronous).
    const child = spawnSync(process.execPath, ['--import', 'tsx', '-e', `
      const { appendAuditRecords } = await import(${JSON.stringify(new URL('../../src/audit/append.ts', import.meta.url).href)});
      const { DIGEST, entries } = await import(${JSON.stringify(new URL('./fixtures.ts', import.meta.url).href)});
      const r = await appendAuditRecords(${JSON.stringify(file)}, entries(1, 3), { policyDigest: DIGEST });
      console.log(r.records);`], { encoding: 'utf8', timeout: 30_000 });
    assert.equal(child.signal, null, `the append hung on the FIFO (${child.stderr})`);
    assert.equal(child.stdout.trim(), '4', child.stderr);
    assert.equal((await verifyAuditFile(file)).records, 4);
    await unlink(checkpointPath(file));
    await mkdir(checkpointPath(file));
    const result = await appendAuditRecords(file, entries(1, 4), { policyDigest: DIGEST });
    assert.equal(result.records, 5);
  });
});

test('a FIFO where the lock is neither hangs an append nor is left there', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 3);
    execFileSync('mkfifo', [`${file}.lock`]);
    const child = spawnSync(process.execPath, ['--import', 'tsx', '-e', `
      const { appendAuditRecords } = await import(${JSON.stringify(new URL('../../src/audit/append.ts', import.meta.url).href)});
      const { DIGEST, entries } = await import(${JSON.stringify(new URL('./fixtures.ts', import.meta.url).href)});
      const r = await appendAuditRecords(${JSON.stringify(file)}, entries(1, 3), { policyDigest: DIGEST });
      console.log(r.records);`], { encoding: 'utf8', timeout: 30_000 });
    assert.equal(child.signal, null, `the append hung on the FIFO (${child.stderr})`);
    assert.equal(child.stdout.trim(), '4', child.stderr);
    assert.equal((await verifyAuditFile(file)).records, 4);
  });
});
