// Audit trail benchmark: append rate, and verify throughput on a 1,000,000-record
// file compared with raw SHA-256 over the same bytes on the same machine.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendAuditRecords, type AuditEntry } from '../src/audit/append.js';
import { GENESIS_HASH, recordLine, sealRecord } from '../src/audit/record.js';
import { verifyAuditFile } from '../src/audit/verify.js';

export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
}

const DIGEST = 'c'.repeat(64);

function sampleEntry(i: number): AuditEntry {
  const command = `kubectl apply -f deploy/service-${i}.yaml --namespace=dev --context=ci-runner`;
  return {
    action: { type: 'shell.execute', command, origin: { source: 'commands', file: 'agent/commands.txt', line: i + 1 } },
    decision: {
      decision: i % 4 === 0 ? 'deny' : 'allow',
      rule: i % 4 === 0 ? 'deny-kubectl-prod' : 'allow-kubectl-dev',
      reason: 'kubectl apply is allowed in the dev namespace only',
      normalized: command,
      matchedRules: [],
      parts: [],
    },
  };
}

/** Writes `count` records straight in the append format (no per-batch re-verification: this is only the fixture). */
export async function generateFile(file: string, count: number): Promise<void> {
  const handle = await open(file, 'w');
  const context = { repository: 'acme/infra', commit: 'a'.repeat(40), pr: 42, runId: '9876543210', actor: 'deploy-bot' };
  let prev = GENESIS_HASH;
  const start = Date.parse('2024-05-01T00:00:00Z');
  let buffer: string[] = [];
  for (let seq = 0; seq < count; seq++) {
    const { action, decision } = sampleEntry(seq);
    const record = sealRecord({
      version: 1,
      seq,
      time: new Date(start + seq).toISOString(),
      action: { type: action.type, raw: (action as { command: string }).command, normalized: decision.normalized },
      origin: action.origin ?? null,
      decision: decision.decision,
      rule: decision.rule,
      reason: decision.reason,
      policyDigest: DIGEST,
      context,
      redacted: false,
      prev,
    });
    prev = record.hash;
    buffer.push(recordLine(record));
    if (buffer.length === 10_000) {
      await handle.write(buffer.join('\n') + '\n');
      buffer = [];
    }
  }
  if (buffer.length > 0) await handle.write(buffer.join('\n') + '\n');
  await handle.close();
}

const seconds = (startNs: bigint) => Number(process.hrtime.bigint() - startNs) / 1e9;

export async function benchAudit(options: { records?: number; appends?: number } = {}): Promise<BenchFigure[]> {
  const records = options.records ?? 1_000_000;
  const appends = options.appends ?? 200;
  const dir = await mkdtemp(join(tmpdir(), 'safeclaw-bench-audit-'));
  try {
    const figures: BenchFigure[] = [];

    // Appends as hooks do them: one record per call (lock, verify the file so far, write, fsync).
    const appendFile = join(dir, 'append.jsonl');
    let t = process.hrtime.bigint();
    for (let i = 0; i < appends; i++) await appendAuditRecords(appendFile, [sampleEntry(i)], { policyDigest: DIGEST });
    figures.push({ name: `audit append, 1 record per call (${appends} calls, growing file)`, value: appends / seconds(t), unit: 'appends/s' });
    const batch = Array.from({ length: 10_000 }, (_, i) => sampleEntry(i));
    t = process.hrtime.bigint();
    await appendAuditRecords(join(dir, 'batch.jsonl'), batch, { policyDigest: DIGEST });
    figures.push({ name: 'audit append, one batch of 10,000 records', value: batch.length / seconds(t), unit: 'records/s' });

    const file = join(dir, 'verify.jsonl');
    await generateFile(file, records);

    const rssBefore = process.memoryUsage().rss;
    t = process.hrtime.bigint();
    const result = await verifyAuditFile(file);
    const verifySeconds = seconds(t);
    const rssGrowth = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
    if (!result.ok || result.records !== records) throw new Error(`bench fixture did not verify: ${result.failure?.message}`);
    const verifyRate = records / verifySeconds;

    // Raw SHA-256 over the same bytes, streamed in the same 1 MiB chunks verify reads.
    t = process.hrtime.bigint();
    const whole = createHash('sha256');
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) whole.update(chunk as Buffer);
    whole.digest('hex');
    const rawStreamRate = records / seconds(t);

    // Raw SHA-256 of each record line on its own (one hash per record, as verify does).
    t = process.hrtime.bigint();
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20, encoding: 'utf8' })) {
      for (const line of (chunk as string).split('\n')) createHash('sha256').update(line).digest('hex');
    }
    const rawPerRecordRate = records / seconds(t);

    figures.push(
      { name: `audit verify, ${records.toLocaleString('en')} records`, value: verifyRate, unit: 'records/s' },
      { name: 'raw SHA-256 over the same file (streamed)', value: rawStreamRate, unit: 'records/s' },
      { name: 'raw SHA-256 per record line', value: rawPerRecordRate, unit: 'records/s' },
      { name: 'audit verify vs raw streamed SHA-256', value: (100 * verifyRate) / rawStreamRate, unit: '%' },
      { name: 'audit verify vs raw per-record SHA-256', value: (100 * verifyRate) / rawPerRecordRate, unit: '%' },
      { name: 'audit verify memory growth (RSS)', value: rssGrowth, unit: 'MiB' },
    );
    return figures;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
