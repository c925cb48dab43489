// One writer process of the audit contention benchmark: COUNT appends of one record each.
// Prints "ok" or the error, and exits 1 on failure (the benchmark counts failures).
// Usage: node audit-writer.mjs FILE WRITER COUNT
import { appendAuditRecords } from '../src/audit/append.js';

const [file, writer, count] = process.argv.slice(2);
try {
  for (let i = 0; i < Number(count); i++) {
    const command = `kubectl rollout status deploy/app-${writer}-${i} --namespace=dev`;
    await appendAuditRecords(
      file,
      [
        {
          action: { type: 'shell.execute', command, origin: { source: 'hook', detail: `writer ${writer} record ${i}` } },
          decision: { decision: 'allow', rule: 'allow-kubectl-read', reason: 'read-only', normalized: command, matchedRules: [], parts: [] },
        },
      ],
      { policyDigest: 'c'.repeat(64) },
    );
  }
  process.stdout.write('ok\n');
} catch (err) {
  process.stdout.write(`failed: ${(err as Error).message}\n`);
  process.exitCode = 1;
}
