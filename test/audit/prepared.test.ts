// Record bodies prepared ahead of the append (prepareAuditBodies), e.g. on the
// Action's plan worker thread: the line each makes must be byte for byte the line
// its entry makes through the ordinary path, wherever it lands in the chain.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, readFile, stat, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { appendAuditRecords, prepareAuditBodies, type AuditEntry, type AuditMeta, type PreparedAuditBody } from '../../src/audit/append.js';
import { AuditError } from '../../src/audit/errors.js';
import { verifyAuditFile } from '../../src/audit/verify.js';
import { DIGEST, entries, entry, withTempDir } from './fixtures.js';

const SECRETS = [
  'echo ghp_abcdefghijklmnopqrstuvwxyz0123456789 | gh auth login --with-token',
  'aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE',
  'mysql -u root -pS3cret! prod',
  'psql postgres://admin:hunter2@db:5432/app',
];

/** Entries of every shape the body has: secrets in each redacted text, approvals, no origin, lone surrogates, line separators. */
function varied(): AuditEntry[] {
  const out: AuditEntry[] = entries(25);
  SECRETS.forEach((secret, i) => {
    const base = entry(i);
    out.push({
      action: { type: 'shell.execute', command: secret, origin: { source: 'hook', file: `${secret}.txt`, line: 7, detail: secret } },
      decision: { ...base.decision, normalized: secret, reason: `because ${secret}` },
    });
  });
  out.push({ ...entry(3), origin: { source: 'commands\ud800', detail: 'x\u2028y\n"z"' } });
  out.push({ action: { type: 'tool.call', tool: 'mcp__db__query\udc00', input: {} } as AuditEntry['action'], decision: { ...entry(1).decision, rule: null, reason: '\u0000\u001f' } });
  const approved = entry(2);
  out.push({
    ...approved,
    approvals: [{ approver: 'alice\ud800', permission: 'write', commit: 'a'.repeat(40), actions: 'b'.repeat(64), via: 'review', url: 'https://x/1', at: '2024-01-01T00:00:00Z', rules: ['rule-2'] }],
  });
  out.push({ ...approved, approvals: [] });
  return out;
}

const META: AuditMeta = {
  policyDigest: DIGEST,
  context: { repository: 'o/r', commit: 'c'.repeat(40), pr: 12, runId: '99', actor: 'bob\ud800' },
  now: () => new Date('2024-05-01T12:00:00.000Z'),
};

test('prepared bodies, alone or mixed with entries, write the lines the entries write, byte for byte', async () => {
  await withTempDir(async (dir) => {
    const batch = varied();
    const prepared = prepareAuditBodies(batch);
    const mixed = batch.map((e, i) => (i % 3 === 1 ? e : prepared[i]));
    const files = ['entries', 'prepared', 'mixed'].map((name) => join(dir, `${name}.jsonl`));
    for (const [file, items] of [[files[0], batch], [files[1], prepared], [files[2], mixed]] as const) {
      // Twice: the second batch continues a chain (seq, prev) instead of starting one.
      await appendAuditRecords(file, items, META);
      await appendAuditRecords(file, items, META);
    }
    const [a, b, c] = await Promise.all(files.map((f) => readFile(f, 'utf8')));
    assert.equal(b, a);
    assert.equal(c, a);
    assert.equal(a.split('\n').length - 1, 2 * batch.length);
    // (-pS3cret! is a password only where a command line says so: the reason's copy stays, on both paths alike.)
    for (const secret of ['ghp_abcdef', 'AKIAIOSFODNN7EXAMPLE', 'hunter2']) {
      assert.ok(!a.includes(secret), `${secret} is redacted`);
      assert.ok(!prepared.some((body) => body.includes(secret)), `${secret} is redacted in the prepared body`);
    }
    assert.ok((await verifyAuditFile(files[1])).ok);
  });
});

test('a prepared first record carries the repair of a torn line and a clock that is behind, as an entry would', async () => {
  await withTempDir(async (dir) => {
    const make = async (name: string, items: (AuditEntry | PreparedAuditBody)[]) => {
      const file = join(dir, `${name}.jsonl`);
      await appendAuditRecords(file, entries(3), { ...META, now: () => new Date('2025-01-01T00:00:00Z') });
      await appendFile(file, '{"action":{"normalized":"rm -rf /","raw":"rm');
      await appendAuditRecords(file, items, META);
      return readFile(file, 'utf8');
    };
    const batch = entries(4, 10);
    const lines = (await make('prepared', prepareAuditBodies(batch))).split('\n');
    assert.equal((await make('entries', batch)).split('\n').join('\n'), lines.join('\n'));
    const first = JSON.parse(lines[3]) as { clockBehind?: boolean; repaired?: unknown };
    assert.equal(first.clockBehind, true);
    assert.ok(first.repaired);
  });
});

test('bodies prepared on a worker thread and posted back append as the entries do', async () => {
  await withTempDir(async (dir) => {
    const batch = varied();
    const source = new URL('../../src/audit/append.ts', import.meta.url).href;
    // The worker is given the entries as data (structured clone), as the Action's plan worker holds its items.
    const worker = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
      import('tsx/esm/api')
        .then(({ register }) => (register(), import(${JSON.stringify(source)})))
        .then(({ prepareAuditBodies }) => parentPort.postMessage(prepareAuditBodies(workerData)));`,
      { eval: true, workerData: batch },
    );
    const posted = await new Promise<PreparedAuditBody[]>((done, fail) => {
      worker.once('message', done);
      worker.once('error', fail);
    });
    await worker.terminate();
    assert.deepEqual(posted, prepareAuditBodies(batch));
    const [viaWorker, direct] = [join(dir, 'a.jsonl'), join(dir, 'b.jsonl')];
    await appendAuditRecords(viaWorker, posted, META);
    await appendAuditRecords(direct, batch, META);
    assert.equal(await readFile(viaWorker, 'utf8'), await readFile(direct, 'utf8'));
  });
});

test('a string that is not a prepared body is refused before anything is written', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await appendAuditRecords(file, entries(2), META);
    const before = await readFile(file, 'utf8');
    const [good] = prepareAuditBodies([entry(0)]);
    const parts = good.split('\n');
    const bad = [
      'ghp_abcdefghijklmnopqrstuvwxyz0123456789',
      '',
      good.replace('safeclaw-audit-body/1', 'safeclaw-audit-body/2'),
      good + '\n,"extra":1',
      [parts[0], parts[2], parts[1], ...parts.slice(3)].join('\n'),
      good.replace('"origin":', '"origin" :'),
    ];
    for (const body of bad) {
      await assert.rejects(
        appendAuditRecords(file, [entry(1), body], META),
        (err: unknown) => err instanceof AuditError && err.kind === 'input' && /entry 1 is a string but not a body/.test(err.message),
      );
    }
    assert.equal(await readFile(file, 'utf8'), before);
  });
});

test('an entry the format cannot hold is refused when prepared, as when appended', async () => {
  await withTempDir(async (dir) => {
    const base = entry(0);
    const broken: AuditEntry = { ...base, origin: { source: 'commands', line: Number.NaN } };
    assert.throws(
      () => prepareAuditBodies([entry(1), broken]),
      (err: unknown) => err instanceof AuditError && err.kind === 'input' && /entry 1 cannot be recorded: .*line/.test(err.message),
    );
    const file = join(dir, 'audit.jsonl');
    await assert.rejects(appendAuditRecords(file, [broken], META), AuditError);
    assert.equal(await stat(file).then((s) => s.size, () => 0), 0);
  });
});

test('an unterminated last record keeps its place before a prepared batch', async () => {
  await withTempDir(async (dir) => {
    const write = async (name: string, items: (AuditEntry | PreparedAuditBody)[]) => {
      const file = join(dir, `${name}.jsonl`);
      await appendAuditRecords(file, entries(2), META);
      await truncate(file, (await stat(file)).size - 1);
      await appendAuditRecords(file, items, META);
      return readFile(file, 'utf8');
    };
    const batch = entries(3, 5);
    assert.equal(await write('prepared', prepareAuditBodies(batch)), await write('entries', batch));
  });
});
