// The record serialiser written for the record's shape (src/audit/record-json.ts)
// writes exactly what the generic RFC 8785 serialiser writes, or defers to it;
// and a log written before it existed still verifies and is rewritten byte for byte.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../src/audit/canonical-json.js';
import { recordHash, recordLine, sealRecord, sealRecordLine, type AuditRecord, type UnsealedRecord } from '../../src/audit/record.js';
import { recordHalves } from '../../src/audit/record-json.js';
import { verifyAuditFile } from '../../src/audit/verify.js';
import { appendAuditRecords } from '../../src/audit/append.js';
import { withTempDir } from './fixtures.js';

const OLD_LOG = fileURLToPath(new URL('./fixtures/written-before-record-json.jsonl', import.meta.url));
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** What sealRecord and recordLine made of a record before record-json.ts (the generic serialiser), or the error. */
function generic(record: unknown): { hash: string; line: string } | { error: string } {
  try {
    const hash = sha256(canonicalJson(record));
    return { hash, line: canonicalJson({ ...(record as object), hash }) };
  } catch (err) {
    return { error: (err as Error).message };
  }
}

function specialised(record: unknown): { hash: string; line: string } | { error: string } {
  try {
    return sealRecordLine(record as UnsealedRecord);
  } catch (err) {
    return { error: (err as Error).message };
  }
}

// A deterministic generator (no Math.random: a failure must replay).
function* random(seed: number): Generator<number> {
  let x = seed >>> 0;
  for (;;) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    yield x / 2 ** 32;
  }
}

const PIECES = ['a', 'Z', ' ', '"', '\\', '\n', '\t', '\r', '\u0000', '\u001f', '\u007f', 'é', '—', '\u2028', '😀', '[REDACTED:secret]', 'ghp_', '-p', '=', ':', '/', '{}', '\ud800', '\udc00'];

function corpusRecord(r: Generator<number>): Record<string, unknown> {
  const pick = () => r.next().value as number;
  const text = (allowSurrogate = false) => {
    let s = '';
    const n = Math.floor(pick() * 12);
    for (let i = 0; i < n; i++) {
      const p = PIECES[Math.floor(pick() * PIECES.length)];
      if (!allowSurrogate && (p === '\ud800' || p === '\udc00')) continue;
      s += p;
    }
    return s;
  };
  const maybe = (p: number) => pick() < p;
  const record: Record<string, unknown> = {
    version: 1,
    seq: Math.floor(pick() * 1e6),
    time: new Date(Math.floor(pick() * 2e12)).toISOString(),
    action: { type: ['shell.execute', 'file.read', 'file.write', 'network.request', 'infra.change', 'tool.call'][Math.floor(pick() * 6)], raw: text(), normalized: text() },
    origin: maybe(0.2)
      ? null
      : {
          source: text(),
          ...(maybe(0.5) ? { file: text() } : {}),
          ...(maybe(0.5) ? { line: Math.floor(pick() * 1000) } : {}),
          ...(maybe(0.3) ? { detail: text() } : {}),
        },
    decision: ['allow', 'deny', 'require_approval'][Math.floor(pick() * 3)],
    rule: maybe(0.3) ? null : text(),
    reason: text(),
    policyDigest: sha256(text()),
    context: {
      repository: maybe(0.5) ? null : text(),
      commit: maybe(0.5) ? null : text(),
      pr: maybe(0.5) ? null : Math.floor(pick() * 10000),
      runId: maybe(0.5) ? null : text(),
      actor: maybe(0.5) ? null : text(),
    },
    redacted: maybe(0.5),
    prev: sha256(text()),
  };
  if (maybe(0.1)) record.clockBehind = true;
  if (maybe(0.1)) record.repaired = { line: Math.floor(pick() * 100), bytes: Math.floor(pick() * 5000), sha256: sha256(text()) };
  if (maybe(0.1)) record.approvals = [{ approver: text(), permission: 'write', commit: 'a'.repeat(40), actions: 'b'.repeat(64), via: 'comment', url: text(), at: text(), rules: [text()] }];
  return record;
}

/** Ways a record can be off the shape: the serialiser must defer, and so agree with the generic one. */
const SPOILERS: Array<[string, (r: Record<string, unknown>) => void]> = [
  ['an extra key', (r) => (r.extra = 1)],
  ['an extra key in action', (r) => ((r.action as Record<string, unknown>).extra = 'x')],
  ['an extra key in context', (r) => ((r.context as Record<string, unknown>).more = null)],
  ['an extra key in origin', (r) => (r.origin = { source: 's', other: 1 })],
  ['a missing key', (r) => delete r.reason],
  ['a missing key in context', (r) => delete (r.context as Record<string, unknown>).pr],
  ['a lone surrogate in a string', (r) => (r.reason = 'a\ud800b')],
  ['a lone surrogate in a nested string', (r) => ((r.action as Record<string, unknown>).raw = '\udc00')],
  ['an undefined value', (r) => (r.rule = undefined)],
  ['a number that is not finite', (r) => (r.seq = Number.NaN)],
  ['an infinite line', (r) => (r.origin = { source: 's', line: Infinity })],
  ['minus zero', (r) => (r.seq = -0)],
  ['a fraction', (r) => (r.seq = 1.5)],
  ['a large number', (r) => (r.seq = 1e21)],
  ['a string seq', (r) => (r.seq = '1')],
  ['a Date', (r) => (r.time = new Date(0))],
  ['a class instance as context', (r) => (r.context = new (class Context { repository = null; commit = null; pr = null; runId = null; actor = null })())],
  ['an object without prototype', (r) => (r.action = Object.assign(Object.create(null), r.action as object))],
  ['an array as origin', (r) => (r.origin = ['x'])],
  ['a non-boolean redacted', (r) => (r.redacted = 'yes')],
  ['clockBehind false', (r) => (r.clockBehind = false)],
  ['a circular approval', (r) => {
    const a: Record<string, unknown> = { approver: 'x' };
    a.self = a;
    r.approvals = [a];
  }],
  ['a hash already present', (r) => (r.hash = 'f'.repeat(64))],
  ['a non-enumerable extra key', (r) => Object.defineProperty(r, 'hidden', { value: 1, enumerable: false })],
  ['a symbol key', (r) => ((r as Record<symbol, unknown>)[Symbol('s')] = 1)],
];

test('a record is serialised exactly as the generic serialiser does, over a varied corpus', () => {
  const r = random(20261202);
  let fast = 0;
  for (let i = 0; i < 3000; i++) {
    const record = corpusRecord(r);
    if (recordHalves(record, false) !== null) fast++;
    assert.deepEqual(specialised(record), generic(record), JSON.stringify(record));
    const sealed = sealRecord(record as unknown as UnsealedRecord);
    assert.equal(recordLine(sealed), canonicalJson(sealed));
    assert.equal(recordHash(record as unknown as UnsealedRecord), sha256(canonicalJson(record)));
  }
  // The corpus must exercise the specialised path, not only the fallback.
  assert.ok(fast > 2500, `only ${fast} of 3000 records took the specialised path`);
});

for (const [name, spoil] of SPOILERS) {
  test(`a record with ${name} gets the generic serialiser's text, hash or refusal`, () => {
    const r = random(name.length * 7919);
    for (let i = 0; i < 20; i++) {
      const record = corpusRecord(r);
      spoil(record);
      assert.deepEqual(specialised(record), generic(record));
      let line: string | { error: string };
      try {
        line = recordLine({ ...record, hash: 'e'.repeat(64) } as unknown as AuditRecord);
      } catch (err) {
        line = { error: (err as Error).message };
      }
      let expected: string | { error: string };
      try {
        expected = canonicalJson({ ...record, hash: 'e'.repeat(64) });
      } catch (err) {
        expected = { error: (err as Error).message };
      }
      assert.deepEqual(line, expected);
    }
  });
}

test('a log written before the specialised serialiser verifies, and its records are rewritten byte for byte', async () => {
  const text = await readFile(OLD_LOG, 'utf8');
  const verification = await verifyAuditFile(OLD_LOG);
  assert.equal(verification.ok, true, JSON.stringify(verification.failure));
  assert.equal(verification.records, 7);
  // It holds the rare shapes: approvals, a clock behind, a repair, origins with and without members.
  for (const member of ['"approvals":', '"clockBehind":true', '"repaired":', '"detail":', '"line":0']) assert.ok(text.includes(member), member);
  for (const line of text.trimEnd().split('\n')) {
    const record = JSON.parse(line) as AuditRecord;
    assert.equal(recordLine(record), line);
    const { hash, ...rest } = record;
    assert.equal(recordHash(rest), hash);
    assert.deepEqual(sealRecordLine(rest), { hash, line });
  }
});

test('an append continues a log written before the specialised serialiser', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await copyFile(OLD_LOG, file);
    const before = await verifyAuditFile(file);
    const appended = await appendAuditRecords(
      file,
      [{ action: { type: 'shell.execute', command: 'terraform plan' }, decision: { decision: 'allow', rule: 'r', reason: 'ok', normalized: 'terraform plan', matchedRules: [], parts: [] } }],
      { policyDigest: 'd'.repeat(64), now: () => new Date('2026-02-01T00:00:00.000Z') },
    );
    assert.equal(appended.records, before.records + 1);
    const after = await verifyAuditFile(file);
    assert.equal(after.ok, true);
    assert.equal(after.head, appended.head);
  });
});
