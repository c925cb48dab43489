// Which approvals of a PR count (issue 13). Pure: the PR's facts, the
// approval candidates found on it (comments and reviews, listed through the
// API), each approver's permission and team memberships, and SafeClaw's own
// earlier statuses on the head in; a verdict per candidate and per rule out,
// with the reason a refused one does not count.
//
// Lessons taken from branch protection and Atlantis: an approval is bound to
// the commit the approver saw (a push makes it stale), the PR's author cannot
// approve their own change, bots cannot approve, and who may approve is
// policy (a rule's `approvers`) on top of the repository's permission model
// (write, maintain or admin), checked through the API at the time of
// counting, never taken from the event. Anything that cannot be checked (a
// 5xx on the permission or membership call) counts for nothing.
//
// What an approval is for: the head commit AND the set of approval-needed
// actions (the action digest). The set can change without a push: the PR
// description's agent plan is edited, the base branch's policies change. An
// approval is bound to a digest in one of two ways:
// - the command names it (`/safeclaw approve SHA actions:DIGEST`, as the
//   sticky comment prints it): it counts only while that is the digest;
// - otherwise (a review, a command without it) it is bound to the digest that
//   was current when it was given: the digest in SafeClaw's latest `safeclaw`
//   status on the head created before the approval (GitHub's own timestamps,
//   statuses written by a bot, never by a person). The Action updates the
//   sticky comment BEFORE the status, so an approver who saw a new digest in
//   the comment but approved before the status moved is bound to the older
//   digest (stale: approve again), never the other way round.
// Either way an approval older than SafeClaw's first status on the head is
// refused: it was not given for this commit. That also closes a hole of short
// SHA prefixes: a push of a commit ground to start with an approved 7-character
// prefix comes after the approval.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../audit/canonical-json.js';
import { approverKey, approverLabel } from '../policy/approvers.js';
import type { Approver, GateResult, PolicySet } from '../types.js';

/** `/safeclaw approve SHA [actions:DIGEST] [reason]`, SHA at least 7 hex characters. */
const COMMAND = /^\s*\/safeclaw\s+approve\b(.*)$/im;
const SHA = /^[0-9a-f]{7,40}$/i;
const DIGEST_WORD = /^actions:([0-9a-f]*)$/i;
/** Hex digits of the action digest shown and required: 64 bits, beyond grinding a matching set. */
export const DIGEST_SHOWN = 16;

export type ApproveCommand = { sha: string; digest?: string; reason: string } | { error: string };

/** The approval command in a comment body; undefined when the comment holds none. */
export function parseApproveCommand(body: string): ApproveCommand | undefined {
  const match = COMMAND.exec(body);
  if (!match) return undefined;
  const [first = '', ...rest] = match[1].trim().split(/\s+/);
  if (!SHA.test(first)) return { error: first ? `"${first.slice(0, 40)}" is not a commit SHA` : 'it names no commit' };
  const digestMatch = DIGEST_WORD.exec(rest[0] ?? '');
  if (digestMatch) {
    const digest = digestMatch[1].toLowerCase();
    if (digest.length < DIGEST_SHOWN) return { error: `"${rest[0].slice(0, 80)}" names the actions by fewer than ${DIGEST_SHOWN} hex digits` };
    return { sha: first.toLowerCase(), digest, reason: rest.slice(1).join(' ') };
  }
  return { sha: first.toLowerCase(), reason: rest.join(' ') };
}

/**
 * The action digest a review's text names (`actions:DIGEST`, as the sticky comment prints it), so a
 * reviewer can bind an approving review as exactly as a command; undefined when it names none.
 */
export function reviewDigest(body: string): string | undefined {
  const match = /(?:^|\s)actions:([0-9a-f]{16,64})(?![0-9a-z])/i.exec(body);
  return match ? match[1].toLowerCase() : undefined;
}

export type ApproveWith = 'comment' | 'review' | 'both';
export const APPROVE_WITH = ['comment', 'review', 'both'] as const;

export interface Candidate {
  kind: 'comment' | 'review';
  id: number;
  login: string;
  userType: string;
  /** The commit the approval names (comment) or was given on (review). */
  sha: string;
  /** The action digest the command names, when it names one. */
  digest?: string;
  url: string;
  /** When it was given (a comment's created_at, a review's submitted_at). */
  at: string;
  /** The comment was edited after it was posted. */
  edited?: boolean;
  reason: string;
}

/** The permission API's answer for a login, or why it could not be had. */
export type Permission = { permission: string } | { error: string };
/** The team membership API's answer for a login, or why it could not be had. */
export type Membership = { active: boolean; state?: string } | { error: string };

/** SafeClaw's own `safeclaw` statuses on the head, as GitHub lists them. */
export interface StatusMark {
  at: string;
  /** The action digest the status names (first DIGEST_SHOWN hex digits), absent when none needed approval. */
  digest?: string;
}

/** One approval-needed action and the rules it needs approved. */
export interface ApprovalNeed {
  /** Index into GateResult.items. */
  item: number;
  type: string;
  normalized: string;
  rules: string[];
}

export interface RuleNeed {
  id: string;
  approvers?: Approver[];
  required: number;
}

export interface RuleCount extends RuleNeed {
  /** Logins counted for this rule. */
  approvedBy: string[];
  satisfied: boolean;
}

export interface CountedApproval extends Candidate {
  /** Counted for at least one rule. */
  counted: boolean;
  /** Why it does not count (for any rule); absent when counted. */
  refused?: string;
  permission?: string;
  /** Rules it counts for, and, per rule it does not count for, why. */
  rules: { id: string; counted: boolean; why?: string }[];
}

export interface ApprovalCount {
  approvals: CountedApproval[];
  /** Distinct approvers counted for some rule. */
  approvers: string[];
  rules: RuleCount[];
  needs: ApprovalNeed[];
  /** SHA-256 hex over the approval-needed set (see actionsDigest). */
  digest: string;
  /** Approvals refused as stale (another commit or another set of actions). */
  stale: number;
  /** Every rule that sends an action to approval is satisfied (and nothing is denied). */
  approved: boolean;
  /** Why nothing could be counted (the approvals could not be listed), when so. */
  failed?: string;
}

/** The count when the approvals could not even be listed: nothing counts, and the comment says why. */
export function uncountedApprovals(needs: ApprovalNeed[], rules: RuleNeed[], why: string): ApprovalCount {
  return { approvals: [], approvers: [], rules: rules.map((r) => ({ ...r, approvedBy: [], satisfied: false })), needs, digest: actionsDigest(needs), stale: 0, approved: false, failed: why };
}

const WRITERS = new Set(['admin', 'maintain', 'write']);

/**
 * The approval-needed actions of a result: each require_approval item with the
 * require_approval rules that matched its require_approval parts (every one of
 * them must be satisfied, not only the deciding one).
 */
export function approvalNeeds(result: GateResult, policySet: Pick<PolicySet, 'rules'>): ApprovalNeed[] {
  const effects = new Map(policySet.rules.map((r) => [r.id, r.effect]));
  const needs: ApprovalNeed[] = [];
  result.items.forEach((item, index) => {
    if (item.decision.decision !== 'require_approval') return;
    const rules = new Set<string>();
    for (const part of item.decision.parts) {
      if (part.decision !== 'require_approval') continue;
      for (const id of part.matchedRules) if (effects.get(id) === 'require_approval') rules.add(id);
      if (part.rule && effects.get(part.rule) === 'require_approval') rules.add(part.rule);
    }
    if (item.decision.rule && effects.get(item.decision.rule) === 'require_approval') rules.add(item.decision.rule);
    needs.push({ item: index, type: item.action.type, normalized: item.decision.normalized, rules: [...rules].sort() });
  });
  return needs;
}

/**
 * SHA-256 hex over the set of approval-needed actions: each as [type,
 * normalized text, rule ids], deduplicated and sorted, as canonical JSON. So
 * the order actions were found in, and where they were found, do not change
 * it; a new, removed or changed action, or another rule asking, does. The
 * texts are the redacted ones outputs show (a changed secret alone is not seen).
 */
export function actionsDigest(needs: ApprovalNeed[]): string {
  const entries = [...new Set(needs.map((n) => canonicalJson([n.type, n.normalized, [...n.rules].sort()])))].sort();
  return createHash('sha256').update(canonicalJson(entries)).digest('hex');
}

/** The rules the needs ask for, with their approvers and how many approvals each needs. */
export function ruleNeeds(needs: ApprovalNeed[], policySet: Pick<PolicySet, 'rules'>): RuleNeed[] {
  const byId = new Map(policySet.rules.map((r) => [r.id, r]));
  const ids = [...new Set(needs.flatMap((n) => n.rules))].sort();
  return ids.map((id) => {
    const rule = byId.get(id);
    return { id, ...(rule?.approvers ? { approvers: rule.approvers } : {}), required: rule?.approvals ?? 1 };
  });
}

/** `org/team:login` keys of the membership answers. */
export function membershipKey(org: string, slug: string, login: string): string {
  return `${org}/${slug}:${login}`.toLowerCase();
}

export function countApprovals(options: {
  candidates: Candidate[];
  prAuthor: string;
  headSha: string;
  needs: ApprovalNeed[];
  rules: RuleNeed[];
  permissions: Map<string, Permission>;
  memberships?: Map<string, Membership>;
  /** SafeClaw's statuses on the head; an error when they could not be listed. */
  marks: StatusMark[] | { error: string };
  denied: boolean;
}): ApprovalCount {
  const head = options.headSha.toLowerCase();
  const digest = actionsDigest(options.needs);
  const shown = digest.slice(0, DIGEST_SHOWN);
  const marks = 'error' in options.marks ? options.marks : [...options.marks].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  let stale = 0;
  const approvals = options.candidates.map((candidate): CountedApproval => {
    const refuse = (refused: string, permission?: string): CountedApproval => ({ ...candidate, counted: false, refused, rules: [], ...(permission ? { permission } : {}) });
    if (options.denied) return refuse('a denied action can never be approved');
    if (candidate.userType === 'Bot' || candidate.login.endsWith('[bot]')) return refuse('a bot cannot approve');
    if (candidate.login.toLowerCase() === options.prAuthor.toLowerCase()) return refuse("the PR's author cannot approve it");
    if (candidate.edited) return refuse('edited after it was posted: anyone with write access can edit a comment, so an edited approval proves nothing; post a new one');
    const sha = candidate.sha.toLowerCase();
    if (sha.length < 7 || !head.startsWith(sha)) {
      stale++;
      return refuse(`stale: given for ${sha.slice(0, 7)}, the head is now ${head.slice(0, 7)} (a new push)`);
    }
    const bound = boundDigest(candidate, marks);
    if ('refused' in bound) {
      if (bound.stale) stale++;
      return refuse(bound.refused);
    }
    if (!digest.startsWith(bound.digest)) {
      stale++;
      return refuse(`stale: given for actions ${bound.digest.slice(0, DIGEST_SHOWN)}, they are now ${shown} (${bound.how}; the set of approval-needed actions changed)`);
    }
    const permission = options.permissions.get(candidate.login);
    if (!permission) return refuse('permission not checked');
    if ('error' in permission) return refuse(`permission could not be checked (${permission.error}); it counts for nothing`);
    if (!WRITERS.has(permission.permission)) return refuse(`not a writer (permission: ${permission.permission})`, permission.permission);
    const rules = options.rules.map((rule) => ({ id: rule.id, ...listedFor(rule, candidate.login, options.memberships) }));
    const counted = rules.some((r) => r.counted);
    return {
      ...candidate,
      counted,
      permission: permission.permission,
      rules,
      ...(counted ? {} : { refused: rules.map((r) => `${r.id}: ${r.why}`).join('; ') }),
    };
  });
  const rules = options.rules.map((rule): RuleCount => {
    const approvedBy = [...new Set(approvals.filter((a) => a.rules.some((r) => r.id === rule.id && r.counted)).map((a) => a.login.toLowerCase()))];
    return { ...rule, approvedBy, satisfied: approvedBy.length >= rule.required };
  });
  const approvers = [...new Set(approvals.filter((a) => a.counted).map((a) => a.login.toLowerCase()))];
  const approved = !options.denied && rules.length > 0 && rules.every((r) => r.satisfied);
  return { approvals, approvers, rules, needs: options.needs, digest, stale, approved };
}

type Bound = { digest: string; how: string } | { refused: string; stale: boolean };

/** The digest an approval was given for: named by the command, else the one current at its time. */
function boundDigest(candidate: Candidate, marks: StatusMark[] | { error: string }): Bound {
  if ('error' in marks) {
    return { refused: `SafeClaw's earlier statuses on the head could not be read (${marks.error}), so what the approval was given for is unknown; it counts for nothing`, stale: false };
  }
  const at = Date.parse(candidate.at);
  const before = marks.filter((m) => Date.parse(m.at) <= at);
  if (Number.isNaN(at) || before.length === 0) {
    return { refused: 'given before SafeClaw judged this commit (no safeclaw status on it was older): it was not given for this commit; approve again', stale: true };
  }
  if (candidate.digest) return { digest: candidate.digest, how: 'named by the command' };
  const current = before.at(-1)!;
  if (!current.digest) return { refused: 'given while no action of this commit needed approval; approve again', stale: true };
  return { digest: current.digest, how: 'current when it was given' };
}

function listedFor(rule: RuleNeed, login: string, memberships: Map<string, Membership> | undefined): { counted: boolean; why?: string } {
  if (!rule.approvers) return { counted: true };
  const lower = login.toLowerCase();
  if (rule.approvers.some((a) => a.kind === 'user' && a.login.toLowerCase() === lower)) return { counted: true };
  const teams = rule.approvers.filter((a): a is Extract<Approver, { kind: 'team' }> => a.kind === 'team');
  const errors: string[] = [];
  const states: string[] = [];
  for (const team of teams) {
    const answer = memberships?.get(membershipKey(team.org, team.slug, login));
    if (answer && 'active' in answer && answer.active) return { counted: true };
    if (answer && 'error' in answer) errors.push(`membership of ${team.org}/${team.slug} could not be checked (${answer.error})`);
    else if (answer && answer.state) states.push(`membership of ${team.org}/${team.slug} is ${answer.state}, not active`);
  }
  const listed = rule.approvers.map(approverLabel).join(', ');
  // A failed call is said as such: the person may well be a member, and a re-run may count them.
  if (errors.length > 0) return { counted: false, why: `not listed by name, and ${[...errors, ...states].join('; ')}: it counts for nothing (approvers: ${listed})` };
  return { counted: false, why: `not an approver of this rule (approvers: ${listed})${states.length > 0 ? `: ${states.join('; ')}` : ''}` };
}

/** Logins whose team memberships the count needs: valid approvers not listed by name on a rule with teams. */
export function membershipQueries(rules: RuleNeed[], logins: string[]): { org: string; slug: string; login: string }[] {
  const queries = new Map<string, { org: string; slug: string; login: string }>();
  for (const rule of rules) {
    if (!rule.approvers) continue;
    for (const login of logins) {
      if (rule.approvers.some((a) => a.kind === 'user' && approverKey(a) === login.toLowerCase())) continue;
      for (const team of rule.approvers) {
        // Slugs are lower case on GitHub; the policy may have written the team's name as shown.
        if (team.kind === 'team') queries.set(membershipKey(team.org, team.slug, login), { org: team.org, slug: team.slug.toLowerCase(), login });
      }
    }
  }
  return [...queries.values()];
}

export type StatusState = 'success' | 'pending' | 'failure';

/** The digest as the `safeclaw` status names it; read back by statusMark. */
const STATUS_DIGEST = /(?:^|\s)actions ([0-9a-f]{16})$/;
/** GitHub cuts a status description at 140 characters. */
const STATUS_DESCRIPTION_LIMIT = 140;

/** The `safeclaw` commit status for a verdict and its approvals; it names the action digest, which later runs read back. */
export function commitStatus(result: GateResult, count: ApprovalCount | undefined, digest: string | undefined): { state: StatusState; description: string } {
  const status = statusText(result, count);
  const suffix = digest ? ` · actions ${digest.slice(0, DIGEST_SHOWN)}` : '';
  return { state: status.state, description: status.description.slice(0, STATUS_DESCRIPTION_LIMIT - suffix.length) + suffix };
}

function statusText(result: GateResult, count: ApprovalCount | undefined): { state: StatusState; description: string } {
  const n = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;
  if (result.verdict === 'deny') return { state: 'failure', description: `${n(result.counts.deny, 'action')} denied` };
  if (result.verdict === 'allow') return { state: 'success', description: 'every action allowed' };
  if (count?.approved) return { state: 'success', description: `approved by ${count.approvers.join(', ')}` };
  const needing = result.counts.require_approval;
  const rules = count?.rules ?? [];
  const have = rules.reduce((sum, r) => sum + Math.min(r.approvedBy.length, r.required), 0);
  const required = rules.length > 0 ? rules.reduce((sum, r) => sum + r.required, 0) : 1;
  const stale = count?.stale ? `, ${count.stale} stale` : '';
  return { state: 'pending', description: `${n(needing, 'action')} need${needing === 1 ? 's' : ''} approval (${have} of ${required}${stale})` };
}

/** A status GitHub lists, read back: the digest it names. */
export function statusMark(description: string | null | undefined, at: string): StatusMark {
  const match = STATUS_DIGEST.exec(description ?? '');
  return { at, ...(match ? { digest: match[1] } : {}) };
}

/** The approvals section appended to the sticky comment: the digest, the command to copy, per action who approved, what was refused. */
export function approvalsMarkdown(count: ApprovalCount, headSha: string, approveWith: ApproveWith, result: GateResult): string {
  const short = headSha.slice(0, 7);
  const shown = count.digest.slice(0, DIGEST_SHOWN);
  const lines = ['', '### Approvals', ''];
  const how: string[] = [];
  if (approveWith !== 'review') how.push(`comment \`/safeclaw approve ${short} actions:${shown} <reason>\``);
  if (approveWith !== 'comment') how.push(`submit an approving review on ${short} (its text may name \`actions:${shown}\` too)`);
  lines.push(`Approval-needed actions: ${count.needs.length}, digest \`actions:${shown}\` (an approval counts for this commit and this set of actions only).`, '');
  if (count.approved) lines.push(`✅ Approved for ${short} by ${count.approvers.map((a) => `@${a}`).join(', ')}.`);
  else {
    const missing = count.rules.filter((r) => !r.satisfied).map((r) => `${r.id} needs ${r.required - r.approvedBy.length} more of ${r.required} (${r.approvers ? r.approvers.map(approverLabel).join(', ') : 'anyone with write access'})`);
    lines.push(`Needs approval from people with write access (not the PR's author) for commit ${short}: ${how.join(' or ')}. Missing: ${missing.join('; ')}.`);
  }
  if (count.failed) lines.push('', `⚠️ No approval could be counted: ${escapeCell(count.failed)}`);
  if (count.stale > 0) {
    lines.push('', `⚠️ ${count.stale} earlier approval${count.stale === 1 ? ' is' : 's are'} stale: given for another commit or another set of actions (a new push, an edited PR description, changed policies). Approve again for ${short} and \`actions:${shown}\`.`);
  }
  const ruleById = new Map(count.rules.map((r) => [r.id, r]));
  const approvalsFor = (rule: string) => count.approvals.filter((a) => a.rules.some((r) => r.id === rule && r.counted));
  lines.push('', '| Action | Rule | Needs | Approved by |', '|---|---|---|---|');
  const shownNeeds = count.needs.slice(0, MAX_ACTION_ROWS);
  for (const need of shownNeeds) {
    for (const id of need.rules) {
      const rule = ruleById.get(id);
      const by = approvalsFor(id).map((a) => `@${escapeCell(a.login)} ([${a.kind}](${a.url}), ${a.sha.slice(0, 7)}, ${escapeCell(a.at)})`);
      lines.push(`| ${escapeCell(`${need.type} ${result.items[need.item]?.decision.normalized ?? need.normalized}`.slice(0, 200))} | ${escapeCell(id)} | ${rule?.required ?? 1}${rule?.approvers ? ` of ${escapeCell(rule.approvers.map(approverLabel).join(', '))}` : ''} | ${by.length > 0 ? by.join(', ') : 'nobody yet'} |`);
    }
  }
  if (count.needs.length > shownNeeds.length) lines.push(`| … and ${count.needs.length - shownNeeds.length} more | | | |`);
  if (count.approvals.length > 0) {
    lines.push('', '| Who | How | Commit | When | Counted |', '|---|---|---|---|---|');
    // Counted ones first, then the latest refusals: a flood of approval comments cannot push the comment past GitHub's limit.
    const listed = [...count.approvals.filter((a) => a.counted), ...count.approvals.filter((a) => !a.counted).reverse()].slice(0, MAX_APPROVAL_ROWS);
    for (const a of listed) {
      lines.push(`| @${escapeCell(a.login)} | [${a.kind}](${a.url}) | ${a.sha.slice(0, 7)} | ${escapeCell(a.at)} | ${a.counted ? `yes (${a.permission}${a.rules.some((r) => !r.counted) ? `; not for ${a.rules.filter((r) => !r.counted).map((r) => escapeCell(`${r.id}: ${r.why ?? ''}`.slice(0, 300))).join('; ')}` : ''})` : `no: ${escapeCell((a.refused ?? '').slice(0, 600))}`} |`);
    }
    if (count.approvals.length > listed.length) lines.push(`| … and ${count.approvals.length - listed.length} more refused | | | | |`);
  }
  const text = lines.join('\n') + '\n';
  if (text.length <= APPROVALS_TEXT_LIMIT) return text;
  // Leaves most of GitHub's 65,536 characters to the verdict above it; cut at a line end.
  const cut = text.lastIndexOf('\n', APPROVALS_TEXT_LIMIT - 200);
  return `${text.slice(0, cut)}\n\n… the approvals section was cut to fit GitHub's comment limit; the audit log holds every counted approval.\n`;
}

const APPROVALS_TEXT_LIMIT = 20_000;

const MAX_ACTION_ROWS = 50;
const MAX_APPROVAL_ROWS = 50;

function escapeCell(text: string): string {
  return text.replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}
