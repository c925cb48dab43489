// The audit record (format version 1) and its hash. One record per decision,
// one record per line (JSON Lines). `hash` is SHA-256 over the RFC 8785
// canonical JSON of the record without `hash`: canonical, so reformatting the
// file never breaks verification, and covering every other field, `prev` included.
import * as nodeCrypto from 'node:crypto';
import { ACTION_TYPES, EFFECTS, type ActionType, type Origin, type Verdict } from '../types.js';
import { canonicalJson } from './canonical-json.js';
import { lineOf, preimageOf, recordHalves, sealedLine } from './record-json.js';

export const AUDIT_FORMAT_VERSION = 1;
/** `prev` of the first record. */
export const GENESIS_HASH = '0'.repeat(64);
/** Where hooks append when nothing else is configured, relative to the repository root. */
export const DEFAULT_AUDIT_PATH = '.safeclaw/audit/audit.jsonl';

/** Who and what a run was about, where known (null otherwise, never guessed). */
export interface AuditContext {
  repository: string | null;
  commit: string | null;
  pr: number | null;
  runId: string | null;
  actor: string | null;
}

/** Set on the first record written after a torn (incomplete) last line was truncated. */
export interface AuditRepair {
  /** 1-based line number the torn line had (the line this record now occupies). */
  line: number;
  /** Length in bytes of what was cut off. */
  bytes: number;
  /** SHA-256 hex of the bytes cut off, so the discarded text can still be matched to a copy. */
  sha256: string;
}

/**
 * An approval counted for a require_approval decision (issue 13): who, with which repository
 * permission, for which head commit and action digest, through which comment or review.
 */
export interface AuditApproval {
  approver: string;
  /** write, maintain or admin, as the permission API answered. */
  permission: string;
  /** The full head SHA it was counted for. */
  commit: string;
  /** SHA-256 hex of the approval-needed actions it was given for. */
  actions: string;
  via: 'comment' | 'review';
  url: string;
  /** When it was given, as GitHub says (RFC 3339). */
  at: string;
  /** The rules of this decision it counts for. */
  rules: string[];
}

export interface AuditRecord {
  version: typeof AUDIT_FORMAT_VERSION;
  /** 0 for the first record, then +1 per record. */
  seq: number;
  /**
   * RFC 3339 UTC (`2024-05-01T12:00:00.000Z`): the writer's clock, never rewritten.
   * Earlier than the previous record's time only with `clockBehind`.
   */
  time: string;
  /**
   * Set when the writer's clock read earlier than the previous record's time (a clock
   * stepped back, or the previous record came from a clock running ahead). The time is
   * kept as read, so one wrong clock never freezes or shifts the times after it.
   */
  clockBehind?: true;
  action: {
    type: ActionType;
    /** The action as it was given (command text, path, destination, `change address`). */
    raw: string;
    /** The normalised form the engine matched. */
    normalized: string;
  };
  /** Where the action came from (file:line, hook, PR body…), or null when unknown. */
  origin: Origin | null;
  decision: Verdict;
  rule: string | null;
  reason: string;
  /** Digest of the policy set that decided (PolicySet.digest). */
  policyDigest: string;
  context: AuditContext;
  /** True when secrets were replaced by `[REDACTED:kind]` in raw, normalized, reason or origin. */
  redacted: boolean;
  repaired?: AuditRepair;
  /** Approvals counted for this decision (only on require_approval records that have some). */
  approvals?: AuditApproval[];
  /** Hash of the previous record, GENESIS_HASH for the first. */
  prev: string;
  hash: string;
}

export type UnsealedRecord = Omit<AuditRecord, 'hash'>;

/** SHA-256 hex over the canonical JSON of a record without its `hash`. */
export function recordHash(record: UnsealedRecord): string {
  const halves = recordHalves(record, false);
  return sha256Hex(halves ? preimageOf(halves) : canonicalJson(record));
}

export function sealRecord(record: UnsealedRecord): AuditRecord {
  return { ...record, hash: recordHash(record) };
}

/** The line written to the file (canonical JSON, so verify's fast path applies) without its newline. */
export function recordLine(record: AuditRecord): string {
  return sealedLine(record) ?? canonicalJson(record);
}

/**
 * sealRecord and recordLine in one: the record is serialised once, and its line is
 * the pre-image with the hash member put in its sorted place.
 */
export function sealRecordLine(record: UnsealedRecord): { hash: string; line: string } {
  const halves = recordHalves(record, false);
  if (halves === null) {
    const sealed = sealRecord(record);
    return { hash: sealed.hash, line: canonicalJson(sealed) };
  }
  const hash = sha256Hex(preimageOf(halves));
  return { hash, line: lineOf(halves, hash) };
}

// crypto.hash (Node ≥ 20.12, 21.7) skips the Hash object; it is noticeably faster for small inputs.
const oneShot = (nodeCrypto as { hash?: (algorithm: string, data: string) => string }).hash;

export function sha256Hex(text: string): string {
  return oneShot ? oneShot('sha256', text) : nodeCrypto.createHash('sha256').update(text).digest('hex');
}

const HEX64 = /^[0-9a-f]{64}$/;
// RFC 3339, UTC only ("Z"): times from different machines compare without offsets.
const RFC3339_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z$/;

/** Milliseconds since the epoch for a record time, or NaN when it is not RFC 3339 UTC. */
export function recordTimeMs(time: string): number {
  return RFC3339_UTC.test(time) ? Date.parse(time) : Number.NaN;
}

/**
 * Checks a parsed line against format version 1 and returns what is wrong
 * (`field action.type: …`), or null. Unknown fields are refused: a field the
 * verifier does not know is a field nobody checked.
 */
export function recordShapeProblem(value: unknown): string | null {
  if (!isPlainObject(value)) return 'not a JSON object';
  const r = value as Record<string, unknown>;
  const unknown = Object.keys(r).filter((key) => !RECORD_KEYS.has(key));
  if (unknown.length > 0) return `unexpected field ${unknown.map((k) => JSON.stringify(k)).join(', ')}`;
  const missing = REQUIRED_KEYS.find((key) => !(key in r));
  if (missing) return `field ${missing} is missing`;
  if (r.version !== AUDIT_FORMAT_VERSION) return `field version: expected ${AUDIT_FORMAT_VERSION}, found ${show(r.version)}`;
  if (!isCount(r.seq)) return `field seq: expected a non-negative integer, found ${show(r.seq)}`;
  if (typeof r.time !== 'string' || Number.isNaN(recordTimeMs(r.time)))
    return `field time: expected an RFC 3339 UTC time, found ${show(r.time)}`;
  const action = objectProblem(r.action, 'action', { type: 'req', raw: 'req', normalized: 'req' });
  if (action) return action;
  const a = r.action as Record<string, unknown>;
  if (!(ACTION_TYPES as readonly unknown[]).includes(a.type)) return `field action.type: unknown action type ${show(a.type)}`;
  if (typeof a.raw !== 'string') return `field action.raw: expected a string, found ${show(a.raw)}`;
  if (typeof a.normalized !== 'string') return `field action.normalized: expected a string, found ${show(a.normalized)}`;
  if (r.origin !== null) {
    const origin = objectProblem(r.origin, 'origin', { source: 'req', file: 'opt', line: 'opt', detail: 'opt' });
    if (origin) return origin;
    const o = r.origin as Record<string, unknown>;
    if (typeof o.source !== 'string') return `field origin.source: expected a string, found ${show(o.source)}`;
    if ('file' in o && typeof o.file !== 'string') return `field origin.file: expected a string, found ${show(o.file)}`;
    if ('line' in o && !isCount(o.line)) return `field origin.line: expected a non-negative integer, found ${show(o.line)}`;
    if ('detail' in o && typeof o.detail !== 'string') return `field origin.detail: expected a string, found ${show(o.detail)}`;
  }
  if (!(EFFECTS as readonly unknown[]).includes(r.decision)) return `field decision: unknown decision ${show(r.decision)}`;
  if (r.rule !== null && typeof r.rule !== 'string') return `field rule: expected a string or null, found ${show(r.rule)}`;
  if (typeof r.reason !== 'string') return `field reason: expected a string, found ${show(r.reason)}`;
  if (typeof r.policyDigest !== 'string' || !HEX64.test(r.policyDigest))
    return `field policyDigest: expected 64 lowercase hex digits, found ${show(r.policyDigest)}`;
  const context = objectProblem(r.context, 'context', { repository: 'req', commit: 'req', pr: 'req', runId: 'req', actor: 'req' });
  if (context) return context;
  const c = r.context as Record<string, unknown>;
  for (const key of ['repository', 'commit', 'runId', 'actor'] as const) {
    if (c[key] !== null && typeof c[key] !== 'string') return `field context.${key}: expected a string or null, found ${show(c[key])}`;
  }
  if (c.pr !== null && !isCount(c.pr)) return `field context.pr: expected a PR number or null, found ${show(c.pr)}`;
  if (typeof r.redacted !== 'boolean') return `field redacted: expected true or false, found ${show(r.redacted)}`;
  if ('clockBehind' in r && r.clockBehind !== true) return `field clockBehind: expected true when present, found ${show(r.clockBehind)}`;
  if ('repaired' in r) {
    const repaired = objectProblem(r.repaired, 'repaired', { line: 'req', bytes: 'req', sha256: 'req' });
    if (repaired) return repaired;
    const p = r.repaired as Record<string, unknown>;
    if (!isCount(p.line)) return `field repaired.line: expected a non-negative integer, found ${show(p.line)}`;
    if (!isCount(p.bytes)) return `field repaired.bytes: expected a non-negative integer, found ${show(p.bytes)}`;
    if (typeof p.sha256 !== 'string' || !HEX64.test(p.sha256)) return `field repaired.sha256: expected 64 lowercase hex digits`;
  }
  if ('approvals' in r) {
    const problem = approvalsProblem(r.approvals, r.decision);
    if (problem) return problem;
  }
  if (typeof r.prev !== 'string' || !HEX64.test(r.prev)) return `field prev: expected 64 lowercase hex digits, found ${show(r.prev)}`;
  if (typeof r.hash !== 'string' || !HEX64.test(r.hash)) return `field hash: expected 64 lowercase hex digits, found ${show(r.hash)}`;
  return null;
}

const RECORD_KEYS = new Set([
  'version', 'seq', 'time', 'clockBehind', 'action', 'origin', 'decision', 'rule', 'reason',
  'policyDigest', 'context', 'redacted', 'repaired', 'approvals', 'prev', 'hash',
]);
const OPTIONAL_KEYS = new Set(['repaired', 'clockBehind', 'approvals']);

const COMMIT_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

function approvalsProblem(value: unknown, decision: unknown): string | null {
  if (!Array.isArray(value) || value.length === 0) return `field approvals: expected a non-empty list, found ${show(value)}`;
  if (decision !== 'require_approval') return `field approvals: only a require_approval decision is approved, this one is ${show(decision)}`;
  for (const [i, a] of value.entries()) {
    const name = `approvals[${i}]`;
    const shape = objectProblem(a, name, { approver: 'req', permission: 'req', commit: 'req', actions: 'req', via: 'req', url: 'req', at: 'req', rules: 'req' });
    if (shape) return shape;
    const x = a as Record<string, unknown>;
    for (const key of ['approver', 'permission', 'url', 'at'] as const) {
      if (typeof x[key] !== 'string' || x[key] === '') return `field ${name}.${key}: expected a non-empty string, found ${show(x[key])}`;
    }
    if (!['write', 'maintain', 'admin'].includes(x.permission as string)) return `field ${name}.permission: expected write, maintain or admin, found ${show(x.permission)}`;
    if (typeof x.commit !== 'string' || !COMMIT_SHA.test(x.commit)) return `field ${name}.commit: expected a lowercase hex commit SHA (40 or 64 digits), found ${show(x.commit)}`;
    if (typeof x.actions !== 'string' || !HEX64.test(x.actions)) return `field ${name}.actions: expected 64 lowercase hex digits, found ${show(x.actions)}`;
    if (x.via !== 'comment' && x.via !== 'review') return `field ${name}.via: expected comment or review, found ${show(x.via)}`;
    if (!Array.isArray(x.rules) || x.rules.length === 0 || !x.rules.every((id) => typeof id === 'string' && id !== ''))
      return `field ${name}.rules: expected a non-empty list of rule ids, found ${show(x.rules)}`;
  }
  return null;
}
const REQUIRED_KEYS = [...RECORD_KEYS].filter((key) => !OPTIONAL_KEYS.has(key));

function objectProblem(value: unknown, name: string, keys: Record<string, 'req' | 'opt'>): string | null {
  if (!isPlainObject(value)) return `field ${name}: expected an object, found ${show(value)}`;
  for (const key of Object.keys(value as object)) {
    if (!(key in keys)) return `field ${name}: unexpected field ${JSON.stringify(key)}`;
  }
  for (const [key, need] of Object.entries(keys)) {
    if (need === 'req' && !(key in (value as object))) return `field ${name}.${key} is missing`;
  }
  return null;
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
