// SafeClaw rules as Cedar policies, and SafeClaw actions as Cedar requests, so
// the same policy and the same requests can be timed in both engines (see
// CEDAR.md for the mapping and where the two cannot agree).
import * as cedar from '@cedar-policy/cedar-wasm/nodejs';
import { expandBraces } from '../src/policy/glob.js';
import { PATH_KEYS } from '../src/policy/schema.js';
import type { Action, ActionType, PolicySet, Rule } from '../src/types.js';

export const CEDAR_VERSION = cedar.getCedarVersion();

/** Cedar entity type of the resource each action type acts on. */
const RESOURCE_TYPE: Record<ActionType, string> = {
  'shell.execute': 'Command',
  'file.read': 'File',
  'file.write': 'File',
  'network.request': 'Destination',
  'infra.change': 'InfraResource',
  'tool.call': 'Tool',
};

/** Infra condition keys → resource attribute names (`type` is a Cedar keyword-ish name; keep it explicit). */
const ATTRIBUTE: Record<string, string> = { type: 'resource_type' };

export class Unmappable extends Error {}

function cedarString(text: string): string {
  return '"' + text.replaceAll('\\', '\\\\').replaceAll('"', '\\"') + '"';
}

/** Cedar `like` has only `*`; SafeClaw's other glob syntax has no equivalent. */
function checkOnlyStars(alternative: string): void {
  if (/[?[\]\\]|[@!+]\(/.test(alternative)) {
    throw new Unmappable(`"${alternative}" uses glob syntax Cedar's like lacks (?, […], escapes, extglobs)`);
  }
}

/**
 * Path globs: `**` spans folders, `*` stays in one; Cedar's `*` spans folders, so
 * each `*` becomes a `*` that may also cross `/` (a superset: `a/*.tf` also
 * matches `a/b/c.tf`). A `**` segment becomes "absent or `*`"; an alternative
 * without a slash matches the base name in any folder, so it is also tried after
 * a star and a slash.
 */
function pathAlternatives(alternative: string): string[] {
  if (!alternative.includes('/')) return [alternative, `*/${alternative}`];
  let forms = [''];
  const segments = alternative.split('/');
  segments.forEach((segment, index) => {
    const sep = index === 0 ? '' : '/';
    if (segment === '**') forms = forms.flatMap((f) => [f, f + sep + '*']);
    else forms = forms.map((f) => (f === '' && index > 0 ? segment : f + sep + segment));
  });
  return [...new Set(forms.map((f) => f.replace(/\*+/g, '*').replace(/^\/+/, '')))];
}

function likeExpression(attribute: string, patterns: string[], isPath: boolean): string {
  const likes: string[] = [];
  for (const pattern of patterns) {
    for (const alternative of expandBraces(pattern)) {
      checkOnlyStars(alternative);
      for (const form of isPath ? pathAlternatives(alternative) : [alternative]) {
        likes.push(`resource.${attribute} like ${cedarString(form)}`);
      }
    }
  }
  return likes.length === 1 ? likes[0] : `(${likes.join(' || ')})`;
}

/** One SafeClaw rule as one Cedar policy (text). Throws Unmappable. */
export function ruleToCedar(rule: Rule): string {
  const effect = rule.effect === 'allow' ? 'permit' : 'forbid';
  const when = rule.conditions.map((condition) => {
    if (condition.key === 'after') throw new Unmappable('`after` (some planned attribute at a path has a value) has no Cedar form over a list of attributes');
    const attribute = ATTRIBUTE[condition.key] ?? condition.key;
    return likeExpression(attribute, condition.patterns.map((p) => p.source), PATH_KEYS.has(condition.key));
  });
  const scope = `principal == Agent::"agent", action == Action::${cedarString(rule.action)}, resource is ${RESOURCE_TYPE[rule.action]}`;
  // require_approval is "not allowed now": a forbid, tagged so a host could ask a human.
  const tag = rule.effect === 'require_approval' ? '@effect("require_approval")\n' : '';
  return `${tag}${effect} (${scope})${when.length ? `\nwhen { ${when.join(' && ')} }` : ''};`;
}

export interface CedarPolicySet {
  id: string;
  policies: Record<string, string>;
  unmapped: { rule: string; why: string }[];
}

let nextId = 0;

/** Maps and pre-parses a policy set (Cedar keeps it in the wasm instance, like SafeClaw's compiled set). */
export function toCedarPolicySet(policySet: PolicySet): CedarPolicySet {
  const policies: Record<string, string> = {};
  const unmapped: CedarPolicySet['unmapped'] = [];
  for (const rule of policySet.rules) {
    try {
      policies[rule.id] = ruleToCedar(rule);
    } catch (error) {
      if (!(error instanceof Unmappable)) throw error;
      unmapped.push({ rule: rule.id, why: error.message });
    }
  }
  const id = `safeclaw-${nextId++}`;
  const parsed = cedar.preparsePolicySet(id, { staticPolicies: policies });
  if (parsed.type !== 'success') {
    throw new Error(`Cedar refused the mapped policies: ${parsed.errors.map((e) => e.message).join('; ')}`);
  }
  return { id, policies, unmapped };
}

/** The action as a Cedar request: the resource carries the action's fields as the agent sent them (no normalisation). */
export function toCedarRequest(action: Action, policySetId: string): cedar.StatefulAuthorizationCall {
  const uid = { type: RESOURCE_TYPE[action.type], id: 'r' };
  let attrs: Record<string, string>;
  switch (action.type) {
    case 'shell.execute':
      attrs = { command: action.command };
      break;
    case 'file.read':
      attrs = { path: action.path };
      break;
    case 'file.write':
      attrs = { path: action.path, change: action.change ?? '' };
      break;
    case 'network.request':
      attrs = { destination: action.destination };
      break;
    case 'infra.change':
      attrs = { address: action.address, resource_type: action.resourceType, provider: action.provider, change: action.change, module: action.module };
      break;
    case 'tool.call':
      attrs = { tool: action.tool, server: action.server };
      break;
  }
  return {
    principal: { type: 'Agent', id: 'agent' },
    action: { type: 'Action', id: action.type },
    resource: uid,
    context: {},
    preparsedPolicySetId: policySetId,
    entities: [{ uid, attrs, parents: [] }],
  };
}

export interface CedarDecision {
  allowed: boolean;
  policies: string[];
  errors: string[];
}

export function cedarDecide(call: cedar.StatefulAuthorizationCall): CedarDecision {
  const answer = cedar.statefulIsAuthorized(call);
  if (answer.type !== 'success') return { allowed: false, policies: [], errors: answer.errors.map((e) => e.message) };
  const { decision, diagnostics } = answer.response;
  return { allowed: decision === 'allow', policies: diagnostics.reason, errors: diagnostics.errors.map((e) => e.error.message) };
}
