// `safeclaw audit export`: one SIEM event per record, for a verified log only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { appendAuditRecords } from '../../src/audit/append.js';
import { cefHeader, cefValue, ocsfEvent } from '../../src/audit/export.js';
import type { AuditRecord } from '../../src/audit/record.js';
import { runCli } from '../helpers/cli.js';
import { DIGEST, entries, entry, withTempDir, writeChain } from './fixtures.js';

const records = async (file: string) => (await readFile(file, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as AuditRecord);

/** Splits a CEF line at its unescaped pipes and its extension at unescaped "key=" boundaries. */
function parseCef(line: string): { header: string[]; extension: Record<string, string> } {
  const fields: string[] = [];
  let current = '';
  let i = 0;
  for (; i < line.length && fields.length < 7; i++) {
    const c = line[i];
    if (c === '\\' && (line[i + 1] === '|' || line[i + 1] === '\\')) current += line[++i];
    else if (c === '|') {
      fields.push(current);
      current = '';
    } else current += c;
  }
  const rest = line.slice(i);
  const extension: Record<string, string> = {};
  for (const match of rest.matchAll(/([A-Za-z0-9]+)=((?:\\.|[^\\=])*?)(?= [A-Za-z0-9]+=|$)/g)) {
    extension[match[1]] = match[2].replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : c));
  }
  return { header: fields, extension };
}

test('ocsf export writes one API Activity event per record with the decision as the control outcome', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 9);
    const run = await runCli(['audit', 'export', file, '--format', 'ocsf'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const events = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const source = await records(file);
    assert.equal(events.length, source.length);
    const expected = { allow: [1, 1], deny: [2, 2], require_approval: [2, 99] } as const;
    events.forEach((event, i) => {
      assert.deepEqual([event.class_uid, event.category_uid, event.type_uid], [6003, 6, 600300 + event.activity_id]);
      assert.deepEqual([event.action_id, event.disposition_id], expected[source[i].decision]);
      assert.equal(event.time, Date.parse(source[i].time));
      assert.deepEqual([event.metadata.uid, event.unmapped.safeclaw.seq, event.unmapped.safeclaw.prev], [source[i].hash, i, source[i].prev]);
      assert.equal(event.resources[0].name, source[i].action.raw);
    });
  });
});

test('ocsf activity follows the action: read, update, create/delete for infra changes, other for commands', () => {
  const base = { ...JSON.parse('{}') } as AuditRecord;
  const make = (type: AuditRecord['action']['type'], raw: string) =>
    ocsfEvent({ ...base, action: { type, raw, normalized: raw }, origin: null, context: { repository: null, commit: null, pr: null, runId: null, actor: null }, decision: 'deny', rule: 'r', time: '2024-01-01T00:00:00Z' } as AuditRecord);
  assert.deepEqual(
    [make('file.read', 'a').activity_id, make('file.write', 'a').activity_id, make('infra.change', 'create x').activity_id, make('infra.change', 'delete x').activity_id, make('shell.execute', 'ls').activity_id],
    [2, 3, 1, 4, 99],
  );
});

test('cef export escapes pipes in the header and backslashes, equals signs and line breaks in values', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const tricky = entry(0);
    const command = 'echo a=b | tee c\\d\nrm -rf x\r';
    const rule = 'deny|pipes\\and=equals';
    await appendAuditRecords(
      file,
      [{ action: { type: 'shell.execute', command }, decision: { ...tricky.decision, decision: 'deny', rule, normalized: command, reason: 'why=\nbecause' } }, ...entries(2, 1)],
      { policyDigest: DIGEST },
    );
    const run = await runCli(['audit', 'export', file, '--format', 'cef'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const out = run.stdout.split('\n').filter(Boolean);
    assert.equal(out.length, 3, 'no line break inside an event');
    const parsed = parseCef(out[0]);
    assert.deepEqual(parsed.header.slice(0, 5), ['CEF:0', 'Authensor', 'SafeClaw', parsed.header[3], 'deny:shell.execute']);
    assert.equal(parsed.header[5], `deny shell.execute (${rule})`);
    assert.equal(parsed.header[6], '8');
    assert.equal(parsed.extension.request, command);
    assert.equal(parsed.extension.msg, 'why=\nbecause');
    assert.equal(parsed.extension.cs1, rule);
  });
});

// The escaping rules themselves, on the characters that matter.
const cefCases: Array<[string, string, string]> = [
  ['a|b', 'a\\|b', 'a|b'],
  ['a\\b', 'a\\\\b', 'a\\\\b'],
  ['a=b', 'a=b', 'a\\=b'],
  ['a\nb', 'a b', 'a\\nb'],
  ['a\r\nb', 'a b', 'a\\r\\nb'],
  ['plain', 'plain', 'plain'],
];
for (const [input, header, value] of cefCases) {
  test(`cef writes ${JSON.stringify(input)} as ${JSON.stringify(header)} in a header and ${JSON.stringify(value)} in a value`, () => {
    assert.equal(cefHeader(input), header);
    assert.equal(cefValue(input), value);
  });
}

test('jsonl export is the records byte for byte, sealed segments first', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    for (let i = 0; i < 12; i++) await appendAuditRecords(file, entries(1, i), { policyDigest: DIGEST, rotateAt: 2048 });
    const run = await runCli(['audit', 'export', file, '--format', 'jsonl'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const seqs = run.stdout.trim().split('\n').map((l) => (JSON.parse(l) as AuditRecord).seq);
    assert.deepEqual(seqs, Array.from({ length: 12 }, (_, i) => i));
  });
});

test('a log that does not verify is not exported', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 4);
    await writeFile(file, (await readFile(file, 'utf8')).replace('"reason":"', '"reason":"x'));
    const run = await runCli(['audit', 'export', file, '--format', 'ocsf'], { cwd: dir });
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /invalid \(hash\)/);
    const noFormat = await runCli(['audit', 'export', file], { cwd: dir });
    assert.equal(noFormat.code, 2);
  });
});
