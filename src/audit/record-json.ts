// The canonical JSON of an audit record, written for the record's own shape.
// The generic serialiser (canonical-json.ts) sorts the keys of every object
// and builds a path for every refusal; an Action appends tens of thousands of
// records, so that was most of its audit cost. Here the keys are known and
// written in their RFC 8785 order, each string goes through JSON.stringify
// (exactly RFC 8785's escaping) and the record is serialised once, in two
// halves around `hash`: the pre-image is `{before,after}` and the line is
// `{before,"hash":"…",after}`.
//
// It only ever writes what canonicalJson writes: anything it does not
// recognise exactly (an extra or missing key, a non-plain object, a value of
// another type, a lone surrogate, a number that is not finite) returns null
// and the caller takes canonicalJson, which serialises it or refuses it with
// its usual path. A property test over a varied corpus holds the two together.
import { canonicalJson } from './canonical-json.js';

/** The members before and after `hash` (without braces), or null when the record is not one this file writes. */
export interface RecordHalves {
  before: string;
  after: string;
}

const enumerable = Object.prototype.propertyIsEnumerable;

/**
 * Counts how many of `keys` are own enumerable properties of `value` and checks that
 * there are no others: true when `value` is a plain object with exactly those present.
 */
function hasOnly(value: object, keys: readonly string[], required: number): boolean {
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  let present = 0;
  for (let i = 0; i < keys.length; i++) if (enumerable.call(value, keys[i])) present++;
  if (present < required) return false;
  // Any own enumerable key beyond those counted is one this writer does not know
  // (Object.keys lists exactly the own enumerable string keys, as for-in filtered by own would).
  return Object.keys(value).length === present;
}

// String.prototype.isWellFormed (Node 20+; typed here because the project's lib predates it).
const isWellFormed = (text: string): boolean => (text as unknown as { isWellFormed(): boolean }).isWellFormed();

function str(value: unknown): string | null {
  if (typeof value !== 'string' || !isWellFormed(value)) return null;
  return JSON.stringify(value);
}

function nullableStr(value: unknown): string | null {
  return value === null ? 'null' : str(value);
}

function num(value: unknown): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  return JSON.stringify(value);
}

function nullableNum(value: unknown): string | null {
  return value === null ? 'null' : num(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ACTION_KEYS = ['normalized', 'raw', 'type'] as const;
const CONTEXT_KEYS = ['actor', 'commit', 'pr', 'repository', 'runId'] as const;
const ORIGIN_KEYS = ['detail', 'file', 'line', 'source'] as const;
const REPAIRED_KEYS = ['bytes', 'line', 'sha256'] as const;
// Sorted as RFC 8785 sorts them (UTF-16 code units); 12 are required, approvals, clockBehind and repaired optional.
const RECORD_KEYS = [
  'action', 'approvals', 'clockBehind', 'context', 'decision', 'origin', 'policyDigest', 'prev',
  'reason', 'redacted', 'repaired', 'rule', 'seq', 'time', 'version',
] as const;
const SEALED_RECORD_KEYS = [...RECORD_KEYS, 'hash'] as const;
const REQUIRED_RECORD_KEYS = 12;

function actionJson(value: unknown): string | null {
  if (!isObject(value) || !hasOnly(value, ACTION_KEYS, 3)) return null;
  const normalized = str(value.normalized);
  const raw = str(value.raw);
  const type = str(value.type);
  if (normalized === null || raw === null || type === null) return null;
  return `{"normalized":${normalized},"raw":${raw},"type":${type}}`;
}

export function contextJson(value: unknown): string | null {
  if (!isObject(value) || !hasOnly(value, CONTEXT_KEYS, 5)) return null;
  const actor = nullableStr(value.actor);
  const commit = nullableStr(value.commit);
  const pr = nullableNum(value.pr);
  const repository = nullableStr(value.repository);
  const runId = nullableStr(value.runId);
  if (actor === null || commit === null || pr === null || repository === null || runId === null) return null;
  return `{"actor":${actor},"commit":${commit},"pr":${pr},"repository":${repository},"runId":${runId}}`;
}

function originJson(value: unknown): string | null {
  if (value === null) return 'null';
  if (!isObject(value)) return null;
  // The optional members count only when present; hasOnly checks there is nothing else.
  let required = 1;
  if (enumerable.call(value, 'detail')) required++;
  if (enumerable.call(value, 'file')) required++;
  if (enumerable.call(value, 'line')) required++;
  if (!hasOnly(value, ORIGIN_KEYS, required)) return null;
  let text = '{';
  if (enumerable.call(value, 'detail')) {
    const detail = str(value.detail);
    if (detail === null) return null;
    text += `"detail":${detail},`;
  }
  if (enumerable.call(value, 'file')) {
    const file = str(value.file);
    if (file === null) return null;
    text += `"file":${file},`;
  }
  if (enumerable.call(value, 'line')) {
    const line = num(value.line);
    if (line === null) return null;
    text += `"line":${line},`;
  }
  const source = str(value.source);
  if (source === null) return null;
  return `${text}"source":${source}}`;
}

export function repairedJson(value: unknown): string | null {
  if (!isObject(value) || !hasOnly(value, REPAIRED_KEYS, 3)) return null;
  const bytes = num(value.bytes);
  const line = num(value.line);
  const sha256 = str(value.sha256);
  if (bytes === null || line === null || sha256 === null) return null;
  return `{"bytes":${bytes},"line":${line},"sha256":${sha256}}`;
}

/** A member written by canonicalJson itself (rare shapes: approvals); null when it refuses. */
function generic(value: unknown): string | null {
  try {
    return canonicalJson(value);
  } catch {
    return null;
  }
}

/**
 * The members of a record that its entry alone decides, each a fragment of its
 * canonical JSON. A fragment never holds a raw newline (canonical JSON has no
 * whitespace and escapes control characters in strings), which is what lets a
 * prepared body (append.ts) carry them joined by newlines.
 */
export interface EntryMembers {
  /** `"action":{…}`, then `,"approvals":[…]` when the record has approvals. */
  action: string;
  /** `,"decision":"…"` */
  decision: string;
  /** `"origin":…` */
  origin: string;
  /** `,"reason":"…","redacted":…` */
  reason: string;
  /** `,"rule":…` */
  rule: string;
}

/** The members that depend on the append (where the record lands in the chain, who ran it), each as canonical JSON values. */
export interface ChainMembers {
  /** `,"clockBehind":true`, or ''. */
  clockBehind: string;
  context: string;
  policyDigest: string;
  prev: string;
  /** `,"repaired":{…}`, or ''. */
  repaired: string;
  seq: string;
  time: string;
  version: string;
}

/** The entry's members of `r`, or null when one is not of the shape this file writes. Keys are not checked here. */
export function entryMembers(r: Record<string, unknown>): EntryMembers | null {
  const actionValue = actionJson(r.action);
  if (actionValue === null) return null;
  let action = `"action":${actionValue}`;
  if (enumerable.call(r, 'approvals')) {
    const approvals = generic(r.approvals);
    if (approvals === null) return null;
    action += `,"approvals":${approvals}`;
  }
  const decision = str(r.decision);
  const origin = originJson(r.origin);
  const reason = str(r.reason);
  const rule = nullableStr(r.rule);
  if (decision === null || origin === null || reason === null || typeof r.redacted !== 'boolean' || rule === null) return null;
  return {
    action,
    decision: `,"decision":${decision}`,
    origin: `"origin":${origin}`,
    reason: `,"reason":${reason},"redacted":${r.redacted}`,
    rule: `,"rule":${rule}`,
  };
}

/** A record's halves from its two kinds of members: the one place their order is written. */
export function joinHalves(entry: EntryMembers, chain: ChainMembers): RecordHalves {
  return {
    before: `${entry.action}${chain.clockBehind},"context":${chain.context}${entry.decision}`,
    after:
      `${entry.origin},"policyDigest":${chain.policyDigest},"prev":${chain.prev}${entry.reason}${chain.repaired}` +
      `${entry.rule},"seq":${chain.seq},"time":${chain.time},"version":${chain.version}`,
  };
}

/**
 * The record's canonical members split at `hash` (which the record must not
 * have when `sealed` is false, and must have when it is true), or null.
 */
export function recordHalves(record: object, sealed: boolean): RecordHalves | null {
  if (!isObject(record)) return null;
  const r = record;
  let required = REQUIRED_RECORD_KEYS;
  if (enumerable.call(r, 'approvals')) required++;
  if (enumerable.call(r, 'clockBehind')) required++;
  if (enumerable.call(r, 'repaired')) required++;
  if (enumerable.call(r, 'hash') !== sealed) return null;
  if (sealed ? !hasOnly(r, SEALED_RECORD_KEYS, required + 1) : !hasOnly(r, RECORD_KEYS, required)) return null;

  const entry = entryMembers(r);
  if (entry === null) return null;
  let clockBehind = '';
  if (enumerable.call(r, 'clockBehind')) {
    if (typeof r.clockBehind !== 'boolean') return null;
    clockBehind = `,"clockBehind":${r.clockBehind}`;
  }
  let repaired = '';
  if (enumerable.call(r, 'repaired')) {
    const value = repairedJson(r.repaired);
    if (value === null) return null;
    repaired = `,"repaired":${value}`;
  }
  const context = contextJson(r.context);
  const policyDigest = str(r.policyDigest);
  const prev = str(r.prev);
  const seq = num(r.seq);
  const time = str(r.time);
  const version = num(r.version);
  if (context === null || policyDigest === null || prev === null || seq === null || time === null || version === null) return null;
  return joinHalves(entry, { clockBehind, context, policyDigest, prev, repaired, seq, time, version });
}

/** The hash pre-image: the canonical JSON of the record without `hash`. */
export function preimageOf(halves: RecordHalves): string {
  return `{${halves.before},${halves.after}}`;
}

/** The record line: the canonical JSON of the record with its `hash` (a well-formed string: a hex digest). */
export function lineOf(halves: RecordHalves, hash: string): string {
  return `{${halves.before},"hash":${JSON.stringify(hash)},${halves.after}}`;
}

/** The canonical line of a sealed record, or null when it is not one this file writes. */
export function sealedLine(record: object): string | null {
  const halves = recordHalves(record, true);
  if (halves === null) return null;
  const hash = str((record as { hash: unknown }).hash);
  return hash === null ? null : `{${halves.before},"hash":${hash},${halves.after}}`;
}
