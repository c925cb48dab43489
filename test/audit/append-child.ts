// A separate writer process for the concurrency test: appends its records one call at a time.
// Usage: node --import tsx test/audit/append-child.ts FILE WRITER COUNT
import { appendAuditRecords } from '../../src/audit/append.js';
import { DIGEST, entry } from './fixtures.js';

const [file, writer, count] = process.argv.slice(2);
for (let i = 0; i < Number(count); i++) {
  const e = entry(Number(writer) * 100 + i);
  await appendAuditRecords(file, [{ ...e, origin: { source: 'hook', detail: `writer ${writer} record ${i}` } }], {
    policyDigest: DIGEST,
    context: { actor: `writer-${writer}` },
  });
}
