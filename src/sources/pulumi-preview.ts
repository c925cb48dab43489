// One step of `pulumi preview --json` → an `infra.change` action. Pure.
//
// A step is `{op, urn, provider, oldState, newState, detailedDiff…}`; the
// states carry `type` (the type token, `aws:rds/instance:Instance`) and
// `inputs`. The URN is `urn:pulumi:STACK::PROJECT::[PARENT$…]TYPE::NAME`: its
// name part is the address, its parent types (components) the module.
//
// In a preview, values known only after the update are the engine's unknown
// sentinel string, and secrets are objects tagged with the secret signature
// (or the text `[secret]`): they become `unknown` / `sensitive` attributes,
// never values (the engine never lets them satisfy an allow rule).
import type { InfraAction, InfraChangeKind } from '../types.js';
import { withSnakeCaseAliases } from './attribute-aliases.js';
import { isObject } from './claude-transcript.js';
import { flattenAfter, type PlanEntryResult, type PlanPlace } from './plan-attributes.js';

/** Step ops (the engine's OpType): what each does to real infrastructure. */
const OPS: Record<string, InfraChangeKind | 'skip'> = {
  same: 'skip',
  read: 'skip',
  'read-replacement': 'skip',
  refresh: 'skip',
  // `discard` drops a read-only resource from the state: nothing in the cloud changes.
  discard: 'skip',
  'discard-replaced': 'skip',
  create: 'create',
  update: 'update',
  delete: 'delete',
  // A replacement is listed as up to three steps; one action is made per URN.
  replace: 'replace',
  'create-replacement': 'replace',
  'delete-replaced': 'replace',
  // Leaves Pulumi's control like Terraform's `forget`: gated as the stricter delete.
  'remove-pending-replace': 'delete',
  import: 'import',
  'import-replacement': 'import',
};

/** The engine's sentinel for a value not known until the update runs. */
export const PULUMI_UNKNOWN = '04da6b54-80e4-46f7-96ec-b56ff0331ba9';
/** The key that tags a secret value in serialized property maps. */
const SECRET_SIGNATURE_KEY = '4dabf18193072939515e22adb298388d';
const SECRET_SIGNATURE = '1b47061264138c4ac30d75fd1eb44270';

export interface PulumiStepState {
  /** URNs already given an action for a replacement (its create-replacement/replace/delete-replaced steps). */
  replaced: Set<string>;
}

export function pulumiStepAction(step: unknown, place: PlanPlace, state: PulumiStepState): PlanEntryResult {
  if (!isObject(step)) return { error: 'a "steps" entry is not an object' };
  const { op, urn } = step;
  if (typeof op !== 'string') return { error: `a step has no "op"${typeof urn === 'string' ? ` (${urn})` : ''}` };
  if (typeof urn !== 'string' || !urn.startsWith('urn:pulumi:')) return { error: `step "${op}" has no Pulumi "urn"` };
  const kind = Object.prototype.hasOwnProperty.call(OPS, op) ? OPS[op] : undefined;
  if (kind === undefined) return { error: `${urn}: unknown step op "${op}"` };
  if (kind === 'skip') return { skip: true };
  if (kind === 'replace') {
    if (state.replaced.has(urn)) return { skip: true };
    state.replaced.add(urn);
  }
  const parsed = parseUrn(urn);
  if (!parsed) return { error: `${urn}: not a Pulumi URN (urn:pulumi:STACK::PROJECT::TYPE::NAME)` };
  // `pulumi preview --json` writes newState/oldState; the engine's step events (Automation API) new/old.
  const newState = isObject(step.newState) ? step.newState : isObject(step.new) ? step.new : undefined;
  const oldState = isObject(step.oldState) ? step.oldState : isObject(step.old) ? step.old : undefined;
  const type = typeof newState?.type === 'string' ? newState.type : typeof oldState?.type === 'string' ? oldState.type : parsed.type;
  const inputs = kind === 'delete' ? undefined : newState?.inputs;
  const action: InfraAction = {
    type: 'infra.change',
    address: parsed.name,
    resourceType: type,
    provider: type.split(':')[0],
    change: kind,
    module: parsed.parents.join('$'),
    after: withSnakeCaseAliases(pulumiAttributes(inputs)),
    origin: { source: 'plan', file: place.file, line: place.line, detail: `${parsed.name} ${op} (Pulumi)` },
  };
  return { action };
}

/** True for ops that change real infrastructure (the ones that become actions). */
export function isChangingOp(op: string): boolean {
  return Object.prototype.hasOwnProperty.call(OPS, op) && OPS[op] !== 'skip';
}

export function parseUrn(urn: string): { type: string; parents: string[]; name: string } | undefined {
  const parts = urn.split('::');
  if (parts.length < 4) return undefined;
  const types = parts[2].split('$');
  const name = parts.slice(3).join('::');
  if (!name || !types[types.length - 1]) return undefined;
  return { type: types[types.length - 1], parents: types.slice(0, -1), name };
}

/** Inputs → attributes, with the preview's unknowns and secrets marked. */
export function pulumiAttributes(inputs: unknown) {
  const unknown: unknown = masks(inputs, isUnknownValue);
  const sensitive: unknown = masks(inputs, isSecretValue);
  return flattenAfter(stripMarked(inputs), unknown, sensitive);
}

function isUnknownValue(v: unknown): boolean {
  return v === PULUMI_UNKNOWN;
}

function isSecretValue(v: unknown): boolean {
  return v === '[secret]' || (isObject(v) && v[SECRET_SIGNATURE_KEY] === SECRET_SIGNATURE);
}

/** The shape of `value` with `true` where `marked` holds (as Terraform's after_unknown/after_sensitive). */
function masks(value: unknown, marked: (v: unknown) => boolean): unknown {
  if (marked(value)) return true;
  // A secret is one value: its wrapper's keys are not attributes.
  if (isSecretValue(value)) return false;
  if (Array.isArray(value)) return value.map((v) => masks(v, marked));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, masks(v, marked)]));
  return false;
}

/** The value without the marked leaves (they are reported by their masks only, never copied). */
function stripMarked(value: unknown): unknown {
  if (isUnknownValue(value) || isSecretValue(value)) return null;
  if (Array.isArray(value)) return value.map(stripMarked);
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripMarked(v)]));
  return value;
}
