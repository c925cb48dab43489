// A separate writer process for the concurrency and crash tests: appends its
// records one call at a time and prints `ack WRITER I HEAD` after each append
// returned (so a test knows which records were acknowledged before a kill).
// Usage: node --import tsx test/audit/append-child.ts FILE WRITER COUNT [ROTATE_AT]
import { appendAuditRecords } from '../../src/audit/append.js';
import { DIGEST, entry } from './fixtures.js';

const [file, writer, count, rotateAt] = process.argv.slice(2);
for (let i = 0; i < Number(count); i++) {
  const e = entry(Number(writer) * 100 + i);
  const result = await appendAuditRecords(file, [{ ...e, origin: { source: 'hook', detail: `writer ${writer} record ${i}` } }], {
    policyDigest: DIGEST,
    context: { actor: `writer-${writer}` },
    ...(rotateAt ? { rotateAt: Number(rotateAt) } : {}),
  });
  process.stdout.write(`ack ${writer} ${i} ${result.head}\n`);
}
