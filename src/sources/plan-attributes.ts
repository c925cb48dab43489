// One `resource_changes` entry of a Terraform/OpenTofu plan → an `infra.change`
// action with its planned attributes flattened to dotted paths. Pure.
//
// `after_unknown` and `after_sensitive` mirror the shape of `after` with `true`
// at the values that are unknown until apply or sensitive; a `true` on an
// object or list covers everything under it. Such a value is emitted with its
// flag and no value (a sensitive value is never copied into reports), and
// never dropped: the engine treats it as possibly dangerous. A key can be
// in the masks and absent from `after` (an `id` assigned on create).
//
// A string attribute holding a JSON document (an IAM policy) is also
// flattened under its own path (`policy.Statement.0.Action`), so a rule can
// gate `"Action": "*"` without parsing JSON itself.
import type { InfraAction, InfraAttribute, InfraChangeKind, Origin } from '../types.js';
import { isObject } from './claude-transcript.js';

export interface PlanPlace {
  file: string;
  line?: number;
}

export type PlanEntryResult = { action: InfraAction } | { skip: true } | { error: string; hint?: string };

export function resourceChangeAction(entry: unknown, place: PlanPlace): PlanEntryResult {
  if (!isObject(entry) || !isObject(entry.change)) return { error: 'resource_changes entry has no "change" object' };
  const change = entry.change;
  const actions = change.actions;
  if (!Array.isArray(actions) || !actions.every((a) => typeof a === 'string')) return { error: `${String(entry.address)}: change.actions is not a list of strings` };
  const kind = changeKind(actions as string[]);
  if (kind === 'skip') return { skip: true };
  if (kind === undefined) return { error: `${String(entry.address)}: unknown change actions ${JSON.stringify(actions)}` };
  const address = typeof entry.address === 'string' ? entry.address : '';
  if (!address) return { error: 'resource_changes entry has no "address"' };
  const origin: Origin = { source: 'plan', file: place.file, line: place.line, detail: `${address} ${actions.join('+')}` };
  return {
    action: {
      type: 'infra.change',
      address,
      resourceType: typeof entry.type === 'string' ? entry.type : '',
      provider: typeof entry.provider_name === 'string' ? entry.provider_name : '',
      change: kind,
      module: typeof entry.module_address === 'string' ? entry.module_address : '',
      after: flattenAfter(change.after, change.after_unknown, change.after_sensitive),
      origin,
    },
  };
}

/**
 * `no-op` and `read` change nothing. `forget` (Terraform 1.7 `removed` blocks)
 * drops a resource from state without destroying it; it is gated as a delete,
 * the stricter reading, because the resource leaves Terraform's control.
 */
export function changeKind(actions: string[]): InfraChangeKind | 'skip' | undefined {
  const key = actions.join(',');
  switch (key) {
    case 'no-op':
    case 'read':
      return 'skip';
    case 'create':
      return 'create';
    case 'update':
      return 'update';
    case 'delete':
    case 'forget':
      return 'delete';
    case 'delete,create':
    case 'create,delete':
      return 'replace';
    default:
      return undefined;
  }
}

export function flattenAfter(after: unknown, unknown: unknown, sensitive: unknown): InfraAttribute[] {
  const out: InfraAttribute[] = [];
  walk(after, unknown, sensitive, '', false, false, out);
  return out;
}

function walk(value: unknown, unknownMask: unknown, sensitiveMask: unknown, path: string, inUnknown: boolean, inSensitive: boolean, out: InfraAttribute[]): void {
  const isUnknown = inUnknown || unknownMask === true;
  const isSensitive = inSensitive || sensitiveMask === true;
  const container = isObject(value) || Array.isArray(value);
  const maskChildren = isObject(unknownMask) || Array.isArray(unknownMask) || isObject(sensitiveMask) || Array.isArray(sensitiveMask);
  if (!container && !maskChildren) {
    if (isUnknown || isSensitive) {
      if (path) out.push({ path, value: '', ...(isUnknown ? { unknown: true } : {}), ...(isSensitive ? { sensitive: true } : {}) });
      return;
    }
    if (value === null || value === undefined || !path) return;
    const text = typeof value === 'string' && value.length > 64 ? value : intern(String(value));
    out.push({ path, value: text });
    if (typeof value === 'string') flattenEmbeddedJson(text, path, out);
    return;
  }
  // An unknown/sensitive container with no known children still counts as one marked value.
  // Where the masks name no keys the keys are the value's own (most of a plan's containers).
  const unknownKeys = childKeys(unknownMask);
  const sensitiveKeys = childKeys(sensitiveMask);
  const keys = unknownKeys.length === 0 && sensitiveKeys.length === 0 ? childKeys(value) : [...new Set([...childKeys(value), ...unknownKeys, ...sensitiveKeys])];
  if (keys.length === 0) {
    if ((isUnknown || isSensitive) && path) out.push({ path, value: '', ...(isUnknown ? { unknown: true } : {}), ...(isSensitive ? { sensitive: true } : {}) });
    return;
  }
  for (const key of keys) {
    walk(child(value, key), child(unknownMask, key), child(sensitiveMask, key), childPath(path, key), isUnknown, isSensitive, out);
  }
}

// `path.key`, interned, looked up by its two parts: the parent is itself one of
// these shared strings and the key a short one, so a plan's millions of
// attributes mostly join no text and hash no long one. Bounded like the table.
const childPaths = new Map<string, Map<string, string>>();
let childPathCount = 0;

function childPath(path: string, key: string): string {
  if (!path) return intern(key);
  let byKey = childPaths.get(path);
  if (byKey === undefined) {
    byKey = new Map();
    if (childPathCount < INTERN_LIMIT) childPaths.set(path, byKey);
  }
  let joined = byKey.get(key);
  if (joined === undefined) {
    joined = intern(`${path}.${key}`);
    if (childPathCount < INTERN_LIMIT) {
      byKey.set(key, joined);
      childPathCount++;
    }
  }
  return joined;
}

// A plan of 190k changes holds millions of attributes, but few distinct paths
// (`ingress.0.cidr_blocks.0`) and short values (`tcp`, `false`): one shared
// string for each instead of one per attribute cuts the memory of a large
// plan by about a third. The table is bounded so a plan of unique names cannot grow it without end.
const INTERN_LIMIT = 100_000;
const interned = new Map<string, string>();

function intern(text: string): string {
  const known = interned.get(text);
  if (known !== undefined) return known;
  if (interned.size < INTERN_LIMIT) interned.set(text, text);
  return text;
}

const INDEX_KEYS = Array.from({ length: 256 }, (_, i) => String(i));

function childKeys(v: unknown): string[] {
  if (Array.isArray(v)) return v.map((_, i) => INDEX_KEYS[i] ?? String(i));
  return isObject(v) ? Object.keys(v) : [];
}

function child(v: unknown, key: string): unknown {
  if (Array.isArray(v)) return v[Number(key)];
  return isObject(v) ? v[key] : undefined;
}

/** `{"Statement":[{"Action":"*"}]}` inside a string → `path.Statement.0.Action = *`. */
function flattenEmbeddedJson(text: string, path: string, out: InfraAttribute[]): void {
  const t = text.trimStart();
  if (!t.startsWith('{') && !t.startsWith('[')) return;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return;
  }
  walk(parsed, undefined, undefined, path, false, false, out);
}
