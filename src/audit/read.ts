// Reading the records of a log in order, through its sealed segments and then
// the file itself, one line at a time: memory stays constant whatever the
// log's length. It does not verify (callers verify first, or say they did not).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { AuditRecord } from './record.js';
import { listSegments } from './segments.js';

export interface ReadRecord {
  record: AuditRecord;
  /** The file it is in (the log or a sealed segment) and its 1-based line there. */
  file: string;
  line: number;
}

/** The files of a log in chain order: its sealed segments, then the file itself (when it exists). */
export async function logFiles(file: string): Promise<string[]> {
  const { paths } = listSegments(file);
  const own = await stat(file).catch(() => null);
  return own === null ? paths : [...paths, file];
}

/** Every parseable record line, in chain order. Lines that are not JSON objects are skipped (verify reports them). */
export async function* readRecords(file: string): AsyncGenerator<ReadRecord> {
  for (const path of await logFiles(file)) {
    const input = createReadStream(path, { encoding: 'utf8' });
    let line = 0;
    for await (const text of createInterface({ input, crlfDelay: Infinity })) {
      line++;
      let record: AuditRecord;
      try {
        record = JSON.parse(text) as AuditRecord;
      } catch {
        continue;
      }
      if (typeof record === 'object' && record !== null && typeof record.action === 'object' && record.action !== null) yield { record, file: path, line };
    }
  }
}
