// `safeclaw audit verify|show|anchor|export`: check an audit log's hash chain
// (against anchors, and by replaying its decisions), list its records, publish
// its head as a git anchor, or stream it to a SIEM.
// verify exits 0 valid, 1 invalid, 2 usage error or unreadable file.
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { anchorToGit, DEFAULT_ANCHOR_REF, readGitAnchors } from '../../audit/anchor.js';
import { EXPORT_FORMATS, exportLine } from '../../audit/export.js';
import { logFiles } from '../../audit/read.js';
import type { AuditRecord } from '../../audit/record.js';
import { replayAuditFile, type ReplayReport } from '../../audit/replay.js';
import { verifyAuditFile, type AuditVerification } from '../../audit/verify.js';
import { loadPolicies } from '../../policy/load.js';
import { EFFECTS, type Verdict } from '../../types.js';
import { oneOf, parseCommandArgs } from '../args.js';
import { UsageError, type CliCommand, type CliIO } from '../io.js';
import { plural } from '../../plural.js';

export const AUDIT_HELP = `Usage: safeclaw audit verify FILE [--head HASH] [--anchor HASH]... [--anchor-ref [REF]] [--policies DIR [--replay]] [--format text|json]
       safeclaw audit show FILE [--decision allow|deny|require_approval] [--since TIME] [--format text|json]
       safeclaw audit anchor FILE [--ref REF] [--repo DIR] [--format text|json]
       safeclaw audit export FILE --format ocsf|cef|jsonl

verify  checks every record of a SafeClaw audit log (its sealed segments FILE.000001… first): JSON,
        canonical form, SHA-256 hashes, prev links, contiguous seq, time order. Prints the records
        checked, the head hash (publish it: it is the anchor) and the first bad line.
  --head HASH      the chain must end exactly at this hash (detects truncation since)
  --anchor HASH    this record must be in the chain (repeatable): a head published earlier still
                   checks a log that kept growing
  --anchor-ref [REF]  every anchor recorded on this git ref (default ${DEFAULT_ANCHOR_REF}) in --repo
  --repo DIR       the git repository for --anchor-ref (default: the current folder)
  --policies DIR   every record must have been decided by the policies in this .safeclaw folder
  --replay         with --policies: decide every record's action again and report records whose
                   recorded decision differs (records of other policy sets are counted, not judged)
show    lists the records, oldest first (it does not verify; run verify for that), each approval
        counted for a require_approval record on an indented line below it.
  --decision D     only records with this decision
  --since TIME     only records at or after this time (RFC 3339, or a date like 2024-05-01)
anchor  verifies the log, checks that every earlier anchor on REF is still in it, and records its
        head as a commit on REF (default ${DEFAULT_ANCHOR_REF}); push it: git push origin ${DEFAULT_ANCHOR_REF}
export  verifies the log, then writes one event per record to standard output: OCSF 1.5.0 API
        Activity (JSON lines), CEF, or the records themselves (jsonl). Streamed: memory stays constant.

Exit codes: 0 valid, 1 invalid (or unreadable records for show), 2 usage error or unreadable file.
`;

const FORMATS = ['text', 'json'] as const;
const HASH = /^[0-9a-f]{64}$/;

export const auditCommand: CliCommand = async (argv, io) => {
  const [sub, ...rest] = argv;
  if (sub === '--help' || sub === '-h' || sub === 'help') {
    io.stdout.write(AUDIT_HELP);
    return 0;
  }
  if (sub === 'verify') return verifyCommand(rest, io);
  if (sub === 'show') return showCommand(rest, io);
  if (sub === 'anchor') return anchorCommand(rest, io);
  if (sub === 'export') return exportCommand(rest, io);
  throw new UsageError(
    `${sub === undefined ? 'audit needs a subcommand' : `unknown audit subcommand "${sub}"`}\n  fix: use \`safeclaw audit verify FILE\`, \`show FILE\`, \`anchor FILE\` or \`export FILE --format ocsf\``,
  );
};

/** `--rotate-at SIZE` of `check`: bytes, or with a K, M or G suffix (powers of 1024). */
export function rotateAtOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d+)\s*([KMG]i?B?|B)?$/i.exec(value.trim());
  const scale = match ? { '': 1, B: 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[(match[2] ?? '').charAt(0).toUpperCase() as '' | 'B' | 'K' | 'M' | 'G'] : undefined;
  const bytes = match && scale !== undefined ? Number(match[1]) * scale : NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1024) {
    throw new UsageError(`--rotate-at "${value}" is not a size of at least 1K\n  fix: use bytes or a suffix, e.g. --rotate-at 64M`);
  }
  return bytes;
}

const VERIFY_OPTIONS = {
  head: { type: 'string' },
  anchor: { type: 'string', multiple: true },
  'anchor-ref': { type: 'string' },
  repo: { type: 'string' },
  policies: { type: 'string' },
  replay: { type: 'boolean' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function verifyCommand(argv: string[], io: CliIO): Promise<number> {
  // `--anchor-ref` with no value means the default ref: parseArgs wants a value, so it is supplied here.
  const args = argv.flatMap((arg, i) => (arg === '--anchor-ref' && (argv[i + 1] === undefined || argv[i + 1].startsWith('-')) ? [arg, DEFAULT_ANCHOR_REF] : [arg]));
  const { values, positionals } = parseCommandArgs(args, VERIFY_OPTIONS, 'audit verify');
  if (values.help) {
    io.stdout.write(AUDIT_HELP);
    return 0;
  }
  const file = oneFile(positionals, 'verify');
  const format = oneOf(values.format, FORMATS, '--format', 'text');
  if (values.head !== undefined && !HASH.test(values.head)) {
    throw new UsageError(`--head must be a record hash (64 lowercase hex digits), got "${values.head}"`);
  }
  for (const anchor of values.anchor ?? []) {
    if (!HASH.test(anchor)) throw new UsageError(`--anchor must be a record hash (64 lowercase hex digits), got "${anchor}"`);
  }
  if (values.replay && values.policies === undefined) {
    throw new UsageError('--replay needs --policies DIR (the policies to decide the records again with)\n  fix: safeclaw audit verify FILE --replay --policies .safeclaw');
  }
  const anchors = [...(values.anchor ?? [])];
  if (values['anchor-ref'] !== undefined) {
    const fromGit = await readGitAnchors(resolve(io.cwd, values.repo ?? '.'), values['anchor-ref']).catch((err: Error) => {
      throw new UsageError(`--anchor-ref ${values['anchor-ref']}: ${err.message}`);
    });
    if (fromGit.length === 0) throw new UsageError(`--anchor-ref ${values['anchor-ref']}: no anchor recorded there\n  fix: run \`safeclaw audit anchor ${file}\` first, or fetch the ref`);
    for (const anchor of fromGit) anchors.push(anchor.head); // not push(...): a ref may hold any number of anchors
  }
  const policySet = values.policies === undefined ? undefined : await loadPolicies(resolve(io.cwd, values.policies));
  const path = resolve(io.cwd, file);
  // With --replay, records of other policy sets are counted rather than failed: the digest check is replay's own.
  const result = await verifyAuditFile(path, { head: values.head, anchors, policyDigest: values.replay ? undefined : policySet?.digest });
  if (result.failure?.kind === 'io') {
    throw new UsageError(`${file}: ${result.failure.message.replace(`cannot read ${path}: `, 'cannot read: ')}\n  fix: pass an existing audit file`);
  }
  const replay = values.replay && policySet && result.ok ? await replayAuditFile(path, policySet) : undefined;
  const ok = result.ok && (replay === undefined || (replay.mismatches.length === 0 && replay.replayed > 0));
  if (format === 'json') io.stdout.write(JSON.stringify({ ...result, ok, file, ...(replay ? { replay } : {}) }) + '\n');
  else io.stdout.write(verifyText(file, path, result) + (replay ? replayText(replay) : ''));
  return ok ? 0 : 1;
}

function verifyText(file: string, path: string, result: AuditVerification): string {
  const lines = [`records checked: ${result.records}${result.segments > 0 ? ` (${result.segments} sealed segment(s) and the file)` : ''}`, `head: ${result.head ?? 'none (no records)'}`];
  for (const anchor of result.anchors ?? []) lines.push(`anchor ${anchor.hash}: record ${anchor.seq}, in the chain`);
  if (result.unterminated) lines.push(`note: the last record (line ${result.unterminated.line}) has no newline; the next append writes it`);
  if (result.ok) return [...lines, `${file}: valid`, ''].join('\n');
  const { line, kind, message } = result.failure!;
  const where = result.failure!.file && result.failure!.file !== path ? result.failure!.file : file;
  return [...lines, `${where}:${line}: invalid (${kind}): ${message}`, ''].join('\n');
}

function replayText(replay: ReplayReport): string {
  const lines = [
    `replayed: ${plural(replay.replayed, 'record')}; decided by other policies (not replayed): ${replay.otherPolicies}; not replayable (infra.change, tool.call): ${replay.notReplayable}`,
  ];
  for (const m of replay.mismatches) {
    lines.push(
      `${m.file}:${m.line}: decision differs (replay): record ${m.seq} says ${m.recorded.decision} (${m.recorded.rule ?? 'no rule'}), ` +
        `the policies decide ${m.replayed.decision} (${m.replayed.rule ?? 'no rule'})` +
        (m.redacted ? ' — the record was redacted, and the original decision was made on the unredacted text' : ''),
    );
  }
  if (replay.moreMismatches > 0) lines.push(`… and ${plural(replay.moreMismatches, 'more record', 'more records')} whose decision differs`);
  if (replay.replayed === 0) lines.push('replay: no record was decided by these policies: nothing was checked');
  else if (replay.mismatches.length === 0) lines.push('replay: every replayed decision matches');
  return lines.join('\n') + '\n';
}

const ANCHOR_OPTIONS = {
  ref: { type: 'string' },
  repo: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function anchorCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, ANCHOR_OPTIONS, 'audit anchor');
  if (values.help) {
    io.stdout.write(AUDIT_HELP);
    return 0;
  }
  const file = oneFile(positionals, 'anchor');
  const format = oneOf(values.format, FORMATS, '--format', 'text');
  const anchored = await anchorToGit(resolve(io.cwd, file), { repo: resolve(io.cwd, values.repo ?? '.'), ref: values.ref });
  if (format === 'json') io.stdout.write(JSON.stringify(anchored) + '\n');
  else {
    io.stdout.write(
      `${anchored.created ? 'anchored' : 'already anchored'}: ${plural(anchored.records, 'record')}, head ${anchored.head}\n` +
        `${anchored.ref}: ${anchored.commit}\npublish it: git push origin ${anchored.ref}\n`,
    );
  }
  return 0;
}

const EXPORT_OPTIONS = {
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function exportCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, EXPORT_OPTIONS, 'audit export');
  if (values.help) {
    io.stdout.write(AUDIT_HELP);
    return 0;
  }
  const file = oneFile(positionals, 'export');
  if (values.format === undefined) throw new UsageError('audit export needs --format ocsf, cef or jsonl');
  const format = oneOf(values.format, EXPORT_FORMATS, '--format', 'jsonl');
  const path = resolve(io.cwd, file);
  // Verified first (streamed too): an export is evidence, so a broken chain is not exported as if it were sound.
  const verified = await verifyAuditFile(path);
  if (verified.failure?.kind === 'io') throw new UsageError(`${file}: cannot read\n  fix: pass an existing audit file`);
  if (!verified.ok) {
    const f = verified.failure!;
    io.stderr.write(`${f.file ?? file}:${f.line}: invalid (${f.kind}): ${f.message}\nnot exported: run \`safeclaw audit verify ${file}\`\n`);
    return 1;
  }
  for (const part of await logFiles(path)) {
    for await (const text of createInterface({ input: createReadStream(part, { encoding: 'utf8' }), crlfDelay: Infinity })) {
      await writeLine(io.stdout, exportLine(JSON.parse(text) as AuditRecord, format, text) + '\n');
    }
  }
  return 0;
}

/** Writes with backpressure, so a slow reader (a pipe to a SIEM shipper) never makes the output pile up in memory. */
function writeLine(out: Writable | NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((done) => {
    if ((out as Writable).write(text)) done();
    else (out as Writable).once('drain', done);
  });
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
  const parts = await logFiles(resolve(io.cwd, file));
  if (parts.length === 0) throw new UsageError(`${file}: cannot read: ENOENT\n  fix: pass an existing audit file`);
  let lines = 0;
  let shown = 0;
  let unreadable = 0;
  for (const part of parts) {
    const stream = createReadStream(part, { encoding: 'utf8' });
    const opened = new Promise<void>((done, fail) => stream.once('open', () => done()).once('error', fail));
    try {
      await opened;
    } catch (err) {
      throw new UsageError(`${part}: cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n  fix: pass an existing audit file`);
    }
    let lineNumber = 0;
    for await (const text of createInterface({ input: stream, crlfDelay: Infinity })) {
      lineNumber++;
      lines++;
      let record: AuditRecord;
      try {
        record = JSON.parse(text) as AuditRecord;
        if (typeof record !== 'object' || record === null || typeof record.action !== 'object') throw new Error('not a record');
      } catch {
        unreadable++;
        io.stderr.write(`${part === resolve(io.cwd, file) ? file : part}:${lineNumber}: not an audit record (run \`safeclaw audit verify ${file}\`)\n`);
        continue;
      }
      if (decision !== undefined && record.decision !== decision) continue;
      if (sinceMs !== undefined && !(Date.parse(record.time) >= sinceMs)) continue;
      shown++;
      io.stdout.write(format === 'json' ? JSON.stringify(record) + '\n' : showLine(record));
    }
  }
  if (format === 'text') io.stdout.write(`${shown} of ${plural(lines - unreadable, 'record')} shown\n`);
  return unreadable > 0 ? 1 : 0;
}

function showLine(record: AuditRecord): string {
  const where = record.origin
    ? ` (${[record.origin.source, record.origin.file && `${record.origin.file}${record.origin.line ? `:${record.origin.line}` : ''}`, record.origin.detail]
        .filter(Boolean)
        .join(' ')})`
    : '';
  const flags = [
    record.redacted ? 'redacted' : '',
    record.repaired ? `repaired torn line ${record.repaired.line}` : '',
    record.clockBehind ? 'clock behind the record before' : '',
  ].filter(Boolean);
  return (
    `#${record.seq} ${record.time} ${String(record.decision).toUpperCase()} ${record.action.type} ` +
    `${record.rule ?? '(no rule)'}: ${record.action.raw}${where}${flags.length ? ` [${flags.join(', ')}]` : ''}\n` +
    approvalLines(record)
  );
}

/** The approvals counted for a require_approval record, one indented line each (the file is not trusted: shapes checked). */
function approvalLines(record: AuditRecord): string {
  if (!Array.isArray(record.approvals)) return '';
  return record.approvals
    .map((a) => {
      const text = (value: unknown) => (typeof value === 'string' ? value : '?');
      const rules = Array.isArray(a.rules) ? a.rules.map(text).join(', ') : '?';
      return `    approved by ${text(a.approver)} (${text(a.permission)}) for commit ${text(a.commit).slice(0, 12)}, actions ${text(a.actions).slice(0, 16)}, rule ${rules}, ${text(a.via)} ${text(a.url)} at ${text(a.at)}\n`;
    })
    .join('');
}

function oneFile(positionals: string[], sub: string): string {
  if (positionals.length !== 1) {
    throw new UsageError(`audit ${sub} takes exactly one FILE (got ${positionals.length})\n  fix: safeclaw audit ${sub} .safeclaw/audit/audit.jsonl`);
  }
  return positionals[0];
}
