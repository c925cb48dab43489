// One `Changes` entry of a CloudFormation change set (the output of `aws
// cloudformation describe-change-set --include-property-values`) → an
// `infra.change` action. Pure.
//
// `Action`: Add → create; Modify → update, or replace when `Replacement` is
// `True` or `Conditional` (conditional is never taken as safe: it depends on
// values CloudFormation resolves at execution); Remove → delete; Import →
// import; `Dynamic` (decided only at execution) → replace, the strictest
// reading; `SyncWithActual` (a drift-aware change set bringing a resource back
// to its template) → update.
//
// Attributes come from `AfterContext`, a JSON string of the resource after the
// change (`{"Properties":{…}}`). Without it (no --include-property-values) a
// rule on attributes could not see what is being set, so an Add, Modify or
// Import without `AfterContext` is refused rather than judged blind. Property
// values CloudFormation resolves only at execution (`Evaluation: Dynamic`, or
// `{{resolve:…}}` references) are marked unknown.
import type { InfraAttribute, InfraChangeKind } from '../types.js';
import { withCloudFormationAliases } from './attribute-aliases.js';
import { isObject } from './claude-transcript.js';
import { flattenAfter, type PlanEntryResult, type PlanPlace } from './plan-attributes.js';

export const CHANGE_SET_HINT =
  'produce it with `aws cloudformation describe-change-set --change-set-name NAME --stack-name STACK --include-property-values --output json > changeset.json` once the change set is CREATE_COMPLETE';

const ACTIONS: Record<string, InfraChangeKind | 'modify'> = {
  Add: 'create',
  Modify: 'modify',
  Remove: 'delete',
  Import: 'import',
  Dynamic: 'replace',
  SyncWithActual: 'update',
};

export function changeSetEntryAction(entry: unknown, place: PlanPlace): PlanEntryResult {
  if (!isObject(entry)) return { error: 'a "Changes" entry is not an object' };
  if (entry.Type !== 'Resource') return { error: `a "Changes" entry of type ${JSON.stringify(entry.Type)}: SafeClaw reads "Resource" changes only` };
  const change = entry.ResourceChange;
  if (!isObject(change)) return { error: 'a "Resource" change has no "ResourceChange" object' };
  const logicalId = change.LogicalResourceId;
  const type = change.ResourceType;
  if (typeof logicalId !== 'string' || !logicalId) return { error: 'a resource change has no "LogicalResourceId"' };
  if (typeof type !== 'string' || !type) return { error: `${logicalId}: no "ResourceType"` };
  const action = typeof change.Action === 'string' && Object.prototype.hasOwnProperty.call(ACTIONS, change.Action) ? ACTIONS[change.Action] : undefined;
  if (action === undefined) return { error: `${logicalId}: unknown change Action ${JSON.stringify(change.Action)}` };
  let kind: InfraChangeKind;
  if (action === 'modify') {
    const replacement = change.Replacement;
    if (replacement === 'True' || replacement === 'Conditional') kind = 'replace';
    else if (replacement === 'False') kind = 'update';
    else return { error: `${logicalId}: Modify with unknown "Replacement" ${JSON.stringify(replacement)} (True, False or Conditional)` };
  } else kind = action;
  let after: InfraAttribute[] = [];
  if (kind !== 'delete') {
    if (typeof change.AfterContext !== 'string') {
      return { error: `${logicalId}: the change set has no property values ("AfterContext"), so rules on attributes cannot be applied` };
    }
    const read = afterContextAttributes(change.AfterContext, change.Details);
    if ('error' in read) return { error: `${logicalId}: ${read.error}` };
    after = withCloudFormationAliases(type, read.attributes);
  }
  const module = isObject(change.ModuleInfo) && typeof change.ModuleInfo.LogicalIdHierarchy === 'string' ? change.ModuleInfo.LogicalIdHierarchy : '';
  const detail = `${logicalId} ${String(change.Action)}${change.Replacement && action === 'modify' ? ` (Replacement: ${String(change.Replacement)})` : ''} (CloudFormation)`;
  return {
    action: {
      type: 'infra.change',
      address: logicalId,
      resourceType: type,
      provider: 'aws',
      change: kind,
      module,
      after,
      origin: { source: 'plan', file: place.file, line: place.line, detail },
    },
  };
}

function afterContextAttributes(text: string, details: unknown): { attributes: InfraAttribute[] } | { error: string } {
  let context: unknown;
  try {
    context = JSON.parse(text);
  } catch (err) {
    return { error: `"AfterContext" is not JSON (${(err as Error).message})` };
  }
  if (!isObject(context)) return { error: '"AfterContext" is not a JSON object' };
  const properties = isObject(context.Properties) ? context.Properties : context;
  // Properties resolved at execution: the `Dynamic` details and dynamic references.
  const unknown = dynamicMask(properties, dynamicPaths(details));
  return { attributes: flattenAfter(properties, unknown, undefined) };
}

/** `/Properties/SecurityGroupIngress/0/CidrIp` paths whose value is evaluated only at execution. */
function dynamicPaths(details: unknown): string[][] {
  if (!Array.isArray(details)) return [];
  const out: string[][] = [];
  for (const d of details) {
    if (!isObject(d) || d.Evaluation !== 'Dynamic' || !isObject(d.Target)) continue;
    const path = typeof d.Target.Path === 'string' ? d.Target.Path : typeof d.Target.Name === 'string' ? `/Properties/${d.Target.Name}` : undefined;
    if (!path) continue;
    const segments = path.split('/').filter(Boolean);
    if (segments[0] === 'Properties') segments.shift();
    out.push(segments);
  }
  return out;
}

function dynamicMask(properties: Record<string, unknown>, paths: string[][]): unknown {
  const mask: Record<string, unknown> = {};
  for (const segments of paths) {
    if (segments.length === 0) return true;
    let at: Record<string, unknown> = mask;
    for (let i = 0; i < segments.length - 1; i++) {
      const next = at[segments[i]];
      if (next === true) break;
      at = isObject(next) ? next : (at[segments[i]] = {}) as Record<string, unknown>;
    }
    at[segments[segments.length - 1]] = true;
  }
  markDynamicReferences(properties, mask);
  return mask;
}

/** `{{resolve:ssm:…}}` / `{{resolve:secretsmanager:…}}` values are fetched at execution: unknown here. */
function markDynamicReferences(value: unknown, mask: Record<string, unknown>): void {
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : isObject(value) ? Object.entries(value) : [];
  for (const [key, v] of entries) {
    if (typeof v === 'string' && v.includes('{{resolve:')) mask[key] = true;
    else if (isObject(v) || Array.isArray(v)) {
      if (mask[key] === true) continue;
      const child = isObject(mask[key]) ? (mask[key] as Record<string, unknown>) : {};
      markDynamicReferences(v, child);
      if (Object.keys(child).length) mask[key] = child;
    }
  }
}
