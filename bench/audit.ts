// Audit trail benchmark: append latency at 1,000 and 1,000,000 records (the
// checkpoint makes it independent of the log's length), 200 writer processes
// contending for one log, verify throughput on a 1,000,000-record file compared
// with raw SHA-256 over the same bytes, verify against anchors, and export.
// Figures only: nothing here asserts a time (the machine may be shared).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { appendAuditRecords, type AuditEntry } from '../src/audit/append.js';
import { exportLine } from '../src/audit/export.js';
import { GENESIS_HASH, recordLine, sealRecord, type AuditRecord } from '../src/audit/record.js';
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
const HERE = dirname(fileURLToPath(import.meta.url));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Median latency of single-record appends to two logs, taken in turn (so load on a
 * shared machine affects both alike). The first append to each builds its checkpoint
 * (a full verify) and is not counted: it is what any first append after an upgrade costs.
 */
async function appendLatencies(small: string, large: string, appends: number): Promise<{ small: number; large: number }> {
  await appendAuditRecords(small, [sampleEntry(0)], { policyDigest: DIGEST });
  await appendAuditRecords(large, [sampleEntry(0)], { policyDigest: DIGEST });
  const times = { small: [] as number[], large: [] as number[] };
  for (let i = 0; i < appends; i++) {
    for (const [name, file] of [['small', small], ['large', large]] as const) {
      const t = process.hrtime.bigint();
      await appendAuditRecords(file, [sampleEntry(i)], { policyDigest: DIGEST });
      times[name].push(seconds(t) * 1e6);
    }
  }
  return { small: median(times.small), large: median(times.large) };
}

/** `writers` processes at once, each appending `perWriter` records one call at a time; failures are counted, not thrown. */
async function contention(dir: string, writers: number, perWriter: number): Promise<{ failures: number; records: number; ok: boolean; seconds: number }> {
  const out = join(dir, 'writer');
  await build({
    entryPoints: [join(HERE, 'audit-writer.ts')],
    outfile: join(out, 'writer.mjs'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
  });
  const file = join(dir, 'contention.jsonl');
  const t = process.hrtime.bigint();
  const codes = await Promise.all(
    Array.from(
      { length: writers },
      (_, w) =>
        new Promise<number>((resolve) => {
          const child = spawn(process.execPath, [join(out, 'writer.mjs'), file, String(w), String(perWriter)], { stdio: 'ignore' });
          child.on('close', (code) => resolve(code ?? 1));
          child.on('error', () => resolve(1));
        }),
    ),
  );
  const elapsed = seconds(t);
  const verified = await verifyAuditFile(file);
  return { failures: codes.filter((c) => c !== 0).length, records: verified.records, ok: verified.ok, seconds: elapsed };
}

export async function benchAudit(options: { records?: number; appends?: number; writers?: number; verifyRuns?: number } = {}): Promise<BenchFigure[]> {
  const records = options.records ?? 1_000_000;
  const verifyRuns = options.verifyRuns ?? 3;
  const appends = options.appends ?? 200;
  const writers = options.writers ?? 200;
  const dir = await mkdtemp(join(tmpdir(), 'safeclaw-bench-audit-'));
  try {
    const figures: BenchFigure[] = [];

    const file = join(dir, 'verify.jsonl');
    await generateFile(file, records);

    const rssBefore = process.memoryUsage().rss;
    let t = process.hrtime.bigint();
    const result = await verifyAuditFile(file);
    const firstVerify = seconds(t);
    const rssGrowth = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
    if (!result.ok || result.records !== records) throw new Error(`bench fixture did not verify: ${result.failure?.message}`);

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

    // Ten published heads spread over the log: the chain must hold each of them.
    const anchors: string[] = [];
    {
      const wanted = new Set(Array.from({ length: 10 }, (_, k) => Math.floor(((k + 1) * records) / 10) - 1));
      let seq = 0;
      for await (const line of createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity })) {
        if (wanted.has(seq)) anchors.push(line.slice(line.indexOf('"hash":"') + 8, line.indexOf('"hash":"') + 72));
        seq++;
      }
    }
    // Verify without and with anchors, alternating run by run (a load drift reaches both alike).
    const plainRuns = [firstVerify];
    const anchoredRuns: number[] = [];
    for (let run = 0; run < verifyRuns; run++) {
      t = process.hrtime.bigint();
      const anchored = await verifyAuditFile(file, { anchors });
      anchoredRuns.push(seconds(t));
      if (!anchored.ok || anchored.anchors?.length !== anchors.length) throw new Error(`anchored verify failed: ${anchored.failure?.message}`);
      if (run === verifyRuns - 1) break;
      t = process.hrtime.bigint();
      const plain = await verifyAuditFile(file);
      plainRuns.push(seconds(t));
      if (!plain.ok) throw new Error(`verify failed: ${plain.failure?.message}`);
    }
    const verifyRate = records / median(plainRuns);
    const anchoredRate = records / median(anchoredRuns);

    // Export to OCSF, line by line as the command streams it (output discarded).
    t = process.hrtime.bigint();
    const exportRss = process.memoryUsage().rss;
    let exported = 0;
    for await (const line of createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity })) {
      exportLine(JSON.parse(line) as AuditRecord, 'ocsf', line);
      exported++;
    }
    const exportRate = exported / seconds(t);
    const exportGrowth = (process.memoryUsage().rss - exportRss) / 2 ** 20;

    figures.push(
      { name: `audit verify, ${records.toLocaleString('en')} records (median of ${verifyRuns} runs, alternating with the anchored ones)`, value: verifyRate, unit: 'records/s' },
      { name: 'raw SHA-256 over the same file (streamed)', value: rawStreamRate, unit: 'records/s' },
      { name: 'raw SHA-256 per record line', value: rawPerRecordRate, unit: 'records/s' },
      { name: 'audit verify vs raw streamed SHA-256', value: (100 * verifyRate) / rawStreamRate, unit: '%' },
      { name: 'audit verify vs raw per-record SHA-256', value: (100 * verifyRate) / rawPerRecordRate, unit: '%' },
      { name: 'audit verify memory growth (RSS)', value: rssGrowth, unit: 'MiB' },
      { name: `audit verify with ${anchors.length} anchors (median of ${verifyRuns} runs)`, value: anchoredRate, unit: 'records/s' },
      { name: 'audit verify with anchors vs without', value: (100 * anchoredRate) / verifyRate, unit: '%' },
      { name: 'audit export --format ocsf (in process, output discarded)', value: exportRate, unit: 'records/s' },
      { name: 'audit export memory growth (RSS)', value: exportGrowth, unit: 'MiB' },
    );

    // Appends as hooks do them: one record per call (lock, checkpoint, verify the tail, write, fsync).
    const small = join(dir, 'small.jsonl');
    await generateFile(small, 1000);
    const latency = await appendLatencies(small, file, appends);
    figures.push(
      { name: `audit append latency at 1,000 records (median of ${appends})`, value: latency.small, unit: 'µs' },
      { name: `audit append latency at ${records.toLocaleString('en')} records (median of ${appends})`, value: latency.large, unit: 'µs' },
      { name: 'audit append latency, large log vs 1,000 records (target ≤ 150 %)', value: (100 * latency.large) / latency.small, unit: '%' },
    );
    const batch = Array.from({ length: 10_000 }, (_, i) => sampleEntry(i));
    t = process.hrtime.bigint();
    await appendAuditRecords(join(dir, 'batch.jsonl'), batch, { policyDigest: DIGEST });
    figures.push({ name: 'audit append, one batch of 10,000 records', value: batch.length / seconds(t), unit: 'records/s' });

    const perWriter = 2;
    const contended = await contention(dir, writers, perWriter);
    figures.push(
      { name: `audit contention: ${writers} writer processes x ${perWriter} appends, failures`, value: contended.failures, unit: 'processes' },
      { name: `audit contention: records in the log (of ${writers * perWriter}), one valid chain: ${contended.ok ? 'yes' : 'NO'}`, value: contended.records, unit: 'records' },
      { name: `audit contention: wall time for all ${writers} processes (start-up included)`, value: contended.seconds * 1000, unit: 'ms' },
    );
    return figures;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
