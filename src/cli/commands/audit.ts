// `safeclaw audit verify|show`: check an audit file's hash chain, or list its records.
// verify exits 0 valid, 1 invalid, 2 usage error or unreadable file.
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { AuditRecord } from '../../audit/record.js';
import { verifyAuditFile, type AuditVerification } from '../../audit/verify.js';
import { loadPolicies } from '../../policy/load.js';
import { EFFECTS, type Verdict } from '../../types.js';
import { oneOf, parseCommandArgs } from '../args.js';
import { UsageError, type CliCommand, type CliIO } from '../io.js';

export const AUDIT_HELP = `Usage: safeclaw audit verify FILE [--head HASH] [--policies DIR] [--format text|json]
       safeclaw audit show FILE [--decision allow|deny|require_approval] [--since TIME] [--format text|json]

verify  checks every record of a SafeClaw audit file: JSON, canonical SHA-256 hashes, prev links,
        contiguous seq, non-decreasing times. Prints the records checked, the head hash (publish it:
        it is the anchor) and the first bad line.
  --head HASH      the chain must end exactly at this hash (a head published earlier; detects truncation)
  --policies DIR   every record must have been decided by the policies in this .safeclaw folder
show    lists the records, oldest first (it does not verify; run verify for that).
  --decision D     only records with this decision
  --since TIME     only records at or after this time (RFC 3339, or a date like 2024-05-01)

Exit codes: 0 valid, 1 invalid (or unreadable records for show), 2 usage error or unreadable file.
`;

const FORMATS = ['text', 'json'] as const;

export const auditCommand: CliCommand = async (argv, io) => {
  const [sub, ...rest] = argv;
  if (sub === '--help' || sub === '-h' || sub === 'help') {
    io.stdout.write(AUDIT_HELP);
    return 0;
  }
  if (sub === 'verify') return verifyCommand(rest, io);
  if (sub === 'show') return showCommand(rest, io);
  throw new UsageError(
    `${sub === undefined ? 'audit needs a subcommand' : `unknown audit subcommand "${sub}"`}\n  fix: use \`safeclaw audit verify FILE\` or \`safeclaw audit show FILE\``,
  );
};

const VERIFY_OPTIONS = {
  head: { type: 'string' },
  policies: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function verifyCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, VERIFY_OPTIONS, 'audit verify');
  if (values.help) {
    io.stdout.write(AUDIT_HELP);
    return 0;
  }
  const file = oneFile(positionals, 'verify');
  const format = oneOf(values.format, FORMATS, '--format', 'text');
  if (values.head !== undefined && !/^[0-9a-f]{64}$/.test(values.head)) {
    throw new UsageError(`--head must be a record hash (64 lowercase hex digits), got "${values.head}"`);
  }
  const policyDigest = values.policies === undefined ? undefined : (await loadPolicies(resolve(io.cwd, values.policies))).digest;
  const path = resolve(io.cwd, file);
  const result = await verifyAuditFile(path, { head: values.head, policyDigest });
  if (result.failure?.kind === 'io') {
    throw new UsageError(`${file}: ${result.failure.message.replace(`cannot read ${path}: `, 'cannot read: ')}\n  fix: pass an existing audit file`);
  }
  if (format === 'json') io.stdout.write(JSON.stringify({ ...result, file }) + '\n');
  else io.stdout.write(verifyText(file, result));
  return result.ok ? 0 : 1;
}

function verifyText(file: string, result: AuditVerification): string {
  const lines = [`records checked: ${result.records}`, `head: ${result.head ?? 'none (no records)'}`];
  if (result.ok) return [...lines, `${file}: valid`, ''].join('\n');
  const { line, kind, message } = result.failure!;
  return [...lines, `${file}:${line}: invalid (${kind}): ${message}`, ''].join('\n');
}

const SHOW_OPTIONS = {
  decision: { type: 'string' },
  since: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function showCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, SHOW_OPTIONS, 'audit show');
  if (values.help) {
    io.stdout.write(AUDIT_HELP);
    return 0;
  }
  const file = oneFile(positionals, 'show');
  const format = oneOf(values.format, FORMATS, '--format', 'text');
  const decision: Verdict | undefined = values.decision === undefined ? undefined : oneOf(values.decision, EFFECTS, '--decision', 'deny');
  const sinceMs = values.since === undefined ? undefined : Date.parse(values.since);
  if (sinceMs !== undefined && Number.isNaN(sinceMs)) {
    throw new UsageError(`--since "${values.since}" is not a time\n  fix: use RFC 3339 (2024-05-01T12:00:00Z) or a date (2024-05-01)`);
  }
  const stream = createReadStream(resolve(io.cwd, file), { encoding: 'utf8' });
  const opened = new Promise<void>((done, fail) => stream.once('open', () => done()).once('error', fail));
  try {
    await opened;
  } catch (err) {
    throw new UsageError(`${file}: cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n  fix: pass an existing audit file`);
  }
  let lineNumber = 0;
  let shown = 0;
  let unreadable = 0;
  for await (const text of createInterface({ input: stream, crlfDelay: Infinity })) {
    lineNumber++;
    let record: AuditRecord;
    try {
      record = JSON.parse(text) as AuditRecord;
      if (typeof record !== 'object' || record === null || typeof record.action !== 'object') throw new Error('not a record');
    } catch {
      unreadable++;
      io.stderr.write(`${file}:${lineNumber}: not an audit record (run \`safeclaw audit verify ${file}\`)\n`);
      continue;
    }
    if (decision !== undefined && record.decision !== decision) continue;
    if (sinceMs !== undefined && !(Date.parse(record.time) >= sinceMs)) continue;
    shown++;
    io.stdout.write(format === 'json' ? JSON.stringify(record) + '\n' : showLine(record));
  }
  if (format === 'text') io.stdout.write(`${shown} of ${lineNumber - unreadable} record(s) shown\n`);
  return unreadable > 0 ? 1 : 0;
}

function showLine(record: AuditRecord): string {
  const where = record.origin
    ? ` (${[record.origin.source, record.origin.file && `${record.origin.file}${record.origin.line ? `:${record.origin.line}` : ''}`, record.origin.detail]
        .filter(Boolean)
        .join(' ')})`
    : '';
  const flags = [record.redacted ? 'redacted' : '', record.repaired ? `repaired torn line ${record.repaired.line}` : ''].filter(Boolean);
  return (
    `#${record.seq} ${record.time} ${String(record.decision).toUpperCase()} ${record.action.type} ` +
    `${record.rule ?? '(no rule)'}: ${record.action.raw}${where}${flags.length ? ` [${flags.join(', ')}]` : ''}\n`
  );
}

function oneFile(positionals: string[], sub: string): string {
  if (positionals.length !== 1) {
    throw new UsageError(`audit ${sub} takes exactly one FILE (got ${positionals.length})\n  fix: safeclaw audit ${sub} .safeclaw/audit/audit.jsonl`);
  }
  return positionals[0];
}
