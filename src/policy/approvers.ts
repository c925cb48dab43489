// The approval keys of a require_approval rule (issue 13): `approvers:` (who
// may approve: users `alice`, teams `org/team`) and `approvals: N` (how many
// distinct people). Validated here, once, with the position of what is wrong;
// src/action counts approvals against them.
//
// Why refused on allow and deny rules: an allow rule needs no approval, and a
// deny can never be approved. A key that does nothing there would read as if
// it did (`effect: deny` + `approvers: [alice]` looks like "alice may override").
import type { Approver, SourcePosition } from '../types.js';
import type { PolicyProblem } from './errors.js';
import { mapGet, type PolicyMap, type PolicyNode } from './policy-tree.js';

type PositionOf = (node: PolicyNode | null | undefined, fallback?: PolicyNode | null) => SourcePosition;

export const APPROVAL_KEYS = ['approvers', 'approvals'] as const;

/** Most approvals a rule may ask for: more is a typo, and every one costs API calls. */
export const MAX_APPROVALS = 20;

// GitHub logins: letters, digits and hyphens, at most 39, not starting with a hyphen.
const LOGIN = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/;
// Team slugs are the team's name lowercased, spaces as hyphens; GitHub also keeps `_` and `.`.
const TEAM_SLUG = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

export interface ApprovalKeys {
  approvers?: Approver[];
  approvals?: number;
}

/** Parses `approvers` and `approvals` of one rule; problems go to `problems`. */
export function parseApprovalKeys(map: PolicyMap, effect: string | undefined, nodeAt: PositionOf, problems: PolicyProblem[]): ApprovalKeys {
  const keys: ApprovalKeys = {};
  const approversNode = mapGet(map, 'approvers');
  const approvalsNode = mapGet(map, 'approvals');
  const present = map.pairs.filter((pair) => pair.key?.kind === 'scalar' && (APPROVAL_KEYS as readonly unknown[]).includes(pair.key.value));
  if (present.length > 0 && effect !== undefined && effect !== 'require_approval') {
    for (const pair of present) {
      problems.push({
        position: nodeAt(pair.key),
        message: `\`${String((pair.key as { value: unknown }).value)}\` on a rule with effect ${effect}: only require_approval rules are approved${effect === 'deny' ? ' (a deny can never be approved)' : ''}`,
        fix: effect === 'deny' ? 'remove it, or make the rule `effect: require_approval` if people may approve these actions' : 'remove it, or make the rule `effect: require_approval`',
      });
    }
    return keys;
  }
  if (approversNode !== undefined) {
    const approvers = parseApprovers(approversNode, nodeAt, problems);
    if (approvers) keys.approvers = approvers;
  }
  if (approvalsNode !== undefined) {
    const approvals = parseApprovals(approvalsNode, nodeAt, problems);
    if (approvals !== undefined) {
      keys.approvals = approvals;
      // Only users listed: a count above their number can never be met, and the PR would wait forever.
      const users = keys.approvers?.filter((a) => a.kind === 'user').length ?? 0;
      if (keys.approvers && keys.approvers.every((a) => a.kind === 'user') && approvals > users) {
        problems.push({
          position: nodeAt(approvalsNode),
          message: `\`approvals: ${approvals}\` but \`approvers\` lists only ${users} ${users === 1 ? 'person' : 'people'}: it can never be met`,
          fix: `lower approvals to at most ${users}, or add approvers (people, or a team org/team)`,
        });
        delete keys.approvals;
      }
    }
  }
  return keys;
}

function parseApprovers(node: PolicyNode, nodeAt: PositionOf, problems: PolicyProblem[]): Approver[] | undefined {
  const fix = 'write a list of GitHub logins and teams, e.g. `approvers: [alice, acme/platform]`';
  if (node.kind !== 'seq') {
    problems.push({ position: nodeAt(node), message: '`approvers` must be a list', fix });
    return undefined;
  }
  if (node.items.length === 0) {
    problems.push({ position: nodeAt(node), message: '`approvers` is an empty list: nobody could approve', fix: 'list who may approve, or remove the key (then anyone with write access who is not the author may)' });
    return undefined;
  }
  const approvers: Approver[] = [];
  const seen = new Map<string, SourcePosition>();
  for (const item of node.items) {
    if (item?.kind !== 'scalar' || typeof item.value !== 'string') {
      problems.push({ position: nodeAt(item, node), message: '`approvers` entries must be strings (a login or org/team)', fix });
      continue;
    }
    const written = item.value.trim();
    const text = written.startsWith('@') ? written.slice(1) : written;
    const approver = approverOf(text);
    if (typeof approver === 'string') {
      problems.push({ position: nodeAt(item), message: `approver "${written.slice(0, 80)}" ${approver}`, fix });
      continue;
    }
    // Logins and slugs are case-insensitive on GitHub.
    const key = approverKey(approver);
    const earlier = seen.get(key);
    if (earlier) {
      problems.push({ position: nodeAt(item), message: `approver "${written}" is listed twice (first at ${earlier.line}:${earlier.column}; logins and teams ignore case)`, fix: 'list each person or team once' });
      continue;
    }
    seen.set(key, nodeAt(item));
    approvers.push(approver);
  }
  return approvers.length === node.items.length ? approvers : undefined;
}

function approverOf(text: string): Approver | string {
  if (/\[bot\]$/i.test(text)) return 'is a bot: a bot cannot approve';
  const slash = text.indexOf('/');
  if (slash < 0) return LOGIN.test(text) ? { kind: 'user', login: text } : 'is not a GitHub login (letters, digits and hyphens, at most 39)';
  const org = text.slice(0, slash);
  const slug = text.slice(slash + 1);
  if (!LOGIN.test(org)) return `names the organisation "${org.slice(0, 40)}", which is not a GitHub organisation name`;
  if (!TEAM_SLUG.test(slug)) return `names the team "${slug.slice(0, 40)}", which is not a team slug (as in github.com/orgs/${org}/teams/SLUG)`;
  return { kind: 'team', org, slug };
}

/** A case-insensitive key for an approver: `alice`, `acme/platform`. */
export function approverKey(approver: Approver): string {
  return approver.kind === 'user' ? approver.login.toLowerCase() : `${approver.org}/${approver.slug}`.toLowerCase();
}

/** How an approver is written in a policy and shown in reports. */
export function approverLabel(approver: Approver): string {
  return approver.kind === 'user' ? approver.login : `${approver.org}/${approver.slug}`;
}

function parseApprovals(node: PolicyNode, nodeAt: PositionOf, problems: PolicyProblem[]): number | undefined {
  const fix = `write a whole number of distinct approvers from 1 to ${MAX_APPROVALS}, e.g. \`approvals: 2\``;
  if (node.kind !== 'scalar' || typeof node.value !== 'number') {
    const shown = node.kind === 'scalar' ? JSON.stringify(node.source ?? node.value) : node.kind === 'seq' ? 'a list' : node.kind === 'map' ? 'a mapping' : 'nothing';
    problems.push({ position: nodeAt(node), message: `\`approvals\` must be a number, not ${shown}`, fix });
    return undefined;
  }
  const n = node.value;
  if (!Number.isInteger(n) || n < 1 || n > MAX_APPROVALS) {
    problems.push({ position: nodeAt(node), message: `\`approvals: ${String(node.source ?? n)}\` is not a whole number from 1 to ${MAX_APPROVALS}`, fix });
    return undefined;
  }
  return n;
}

/** Who approves a require_approval rule's actions, in words: for `policy lint` and `explain`. */
export function approvalSummary(rule: { effect: string; approvers?: Approver[]; approvals?: number }): string | undefined {
  if (rule.effect !== 'require_approval') return undefined;
  const n = rule.approvals ?? 1;
  const who = rule.approvers ? rule.approvers.map(approverLabel).join(', ') : 'anyone with write access';
  return `${n} approval${n === 1 ? '' : 's'} from ${who} (never the PR's author or a bot)`;
}
