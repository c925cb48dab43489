// Exporting a log for a SIEM, one event per record, streamed (constant memory).
//
// jsonl: the records as they are on disk (canonical JSON, hashes included), so
//   the receiving side can verify them again.
// ocsf: OCSF 1.5.0 "API Activity" (class_uid 6003, category 6 Application
//   Activity) with the Security Control profile. A SafeClaw record is a policy
//   decision about an operation an agent asked to perform: API Activity is the
//   class for "an actor called an operation on a resource", and the profile's
//   action_id / disposition_id are where OCSF puts an access control's outcome
//   (1 Allowed / 2 Denied; disposition 1 Allowed, 2 Blocked). A decision that
//   needs approval did not run: action 2 Denied, disposition 99 Other with the
//   caption "Requires approval" (no OCSF disposition means "held for a human").
//   The rule that decided is in `authorizations[].policy`; the chain fields
//   (seq, hash, prev, policy digest) and the approvals counted for a
//   require_approval decision are in `unmapped`, so they survive.
//   File System Activity or Process Activity would fit single action types but
//   split one log across classes a SIEM would then have to join.
// cef: ArcSight Common Event Format, version 0. Header fields escape "\" and
//   "|"; extension values escape "\", "=", and write line breaks as \n / \r.
import type { AuditRecord } from './record.js';
import { VERSION } from '../version.js';

export const EXPORT_FORMATS = ['jsonl', 'ocsf', 'cef'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The event line (without its newline) for one record. */
export function exportLine(record: AuditRecord, format: ExportFormat, text: string): string {
  if (format === 'jsonl') return text;
  if (format === 'ocsf') return JSON.stringify(ocsfEvent(record));
  return cefEvent(record);
}

const OCSF_DECISION = {
  allow: { action_id: 1, action: 'Allowed', disposition_id: 1, disposition: 'Allowed', severity_id: 1, severity: 'Informational' },
  deny: { action_id: 2, action: 'Denied', disposition_id: 2, disposition: 'Blocked', severity_id: 3, severity: 'Medium' },
  require_approval: { action_id: 2, action: 'Denied', disposition_id: 99, disposition: 'Requires approval', severity_id: 2, severity: 'Low' },
} as const;

/** API Activity's activity_id: 1 Create, 2 Read, 3 Update, 4 Delete, 99 Other. */
function ocsfActivity(record: AuditRecord): { id: number; name: string } {
  const { type, raw } = record.action;
  if (type === 'file.read') return { id: 2, name: 'Read' };
  if (type === 'file.write') return { id: 3, name: 'Update' };
  if (type === 'infra.change') {
    const change = raw.split(' ', 1)[0];
    if (change === 'create') return { id: 1, name: 'Create' };
    if (change === 'delete') return { id: 4, name: 'Delete' };
    if (change === 'update') return { id: 3, name: 'Update' };
  }
  return { id: 99, name: type };
}

export function ocsfEvent(record: AuditRecord): Record<string, unknown> {
  const outcome = OCSF_DECISION[record.decision];
  const activity = ocsfActivity(record);
  const { context, origin } = record;
  return {
    class_uid: 6003,
    class_name: 'API Activity',
    category_uid: 6,
    category_name: 'Application Activity',
    activity_id: activity.id,
    activity_name: activity.name,
    type_uid: 600300 + activity.id,
    time: Date.parse(record.time),
    severity_id: outcome.severity_id,
    severity: outcome.severity,
    action_id: outcome.action_id,
    action: outcome.action,
    disposition_id: outcome.disposition_id,
    disposition: outcome.disposition,
    message: record.reason,
    metadata: {
      version: '1.5.0',
      profiles: ['security_control'],
      product: { name: 'SafeClaw', vendor_name: 'Authensor', version: VERSION },
      uid: record.hash,
      sequence: record.seq,
      original_time: record.time,
    },
    actor: {
      app_name: origin?.source ?? 'unknown',
      ...(context.actor !== null ? { user: { name: context.actor } } : {}),
    },
    api: { operation: record.action.type, service: { name: 'SafeClaw policy gate' }, request: { uid: record.hash } },
    // SafeClaw judges before the call is made: there is no network source, only where the action came from.
    src_endpoint: { name: origin?.file ?? origin?.source ?? 'unknown' },
    resources: [{ name: record.action.raw, type: record.action.type, data: { normalized: record.action.normalized } }],
    authorizations: [{ decision: record.decision, ...(record.rule !== null ? { policy: { name: record.rule, uid: record.policyDigest } } : {}) }],
    unmapped: {
      safeclaw: {
        seq: record.seq,
        hash: record.hash,
        prev: record.prev,
        policyDigest: record.policyDigest,
        redacted: record.redacted,
        repository: context.repository,
        commit: context.commit,
        pr: context.pr,
        runId: context.runId,
        ...(record.clockBehind ? { clockBehind: true } : {}),
        ...(record.approvals ? { approvals: record.approvals } : {}),
      },
    },
  };
}

const CEF_SEVERITY = { allow: 1, require_approval: 5, deny: 8 } as const;

export function cefEvent(record: AuditRecord): string {
  const header = [
    'CEF:0',
    'Authensor',
    'SafeClaw',
    VERSION,
    `${record.decision}:${record.action.type}`,
    `${record.decision} ${record.action.type}${record.rule !== null ? ` (${record.rule})` : ''}`,
    String(CEF_SEVERITY[record.decision]),
  ].map((field, i) => (i === 0 ? field : cefHeader(field)));
  const extension: Array<[string, string | number | null | undefined]> = [
    ['rt', Date.parse(record.time)],
    ['act', record.decision],
    ['cat', record.action.type],
    ['request', record.action.raw],
    ['msg', record.reason],
    ['suser', record.context.actor],
    ['externalId', record.seq],
    ['cs1Label', 'rule'],
    ['cs1', record.rule],
    ['cs2Label', 'hash'],
    ['cs2', record.hash],
    ['cs3Label', 'prev'],
    ['cs3', record.prev],
    ['cs4Label', 'policyDigest'],
    ['cs4', record.policyDigest],
    ['cs5Label', 'origin'],
    ['cs5', record.origin ? [record.origin.source, record.origin.file, record.origin.line].filter((x) => x !== undefined).join(':') : null],
    ['cs6Label', 'repository'],
    ['cs6', record.context.repository],
    // Who approved a require_approval decision: login(permission) via URL, one per approval.
    ['flexString1Label', record.approvals ? 'approvedBy' : null],
    ['flexString1', record.approvals ? record.approvals.map((a) => `${a.approver}(${a.permission}) ${a.via} ${a.url}`).join('; ') : null],
  ];
  const pairs = extension.filter(([, value]) => value !== null && value !== undefined).map(([key, value]) => `${key}=${cefValue(String(value))}`);
  return `${header.join('|')}|${pairs.join(' ')}`;
}

/** A header field: backslash and pipe escaped; line breaks cannot appear in a header, so they become spaces. */
export function cefHeader(text: string): string {
  return text.replace(/[\\|]/g, (c) => `\\${c}`).replace(/\r\n|[\r\n]/g, ' ');
}

/** An extension value: backslash and equals escaped, line breaks written as \n and \r. */
export function cefValue(text: string): string {
  return text.replace(/[\\=\r\n]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\${c}`));
}
