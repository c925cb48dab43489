// Which approvals of a PR count (issue 13). Pure: the PR's facts, the
// approval candidates found on it (comments and reviews, listed through the
// API) and each approver's permission in; a verdict per candidate out, with
// the reason a refused one does not count.
//
// Lessons taken from branch protection and Atlantis: an approval is bound to
// the commit the approver saw (a push makes it stale), the PR's author cannot
// approve their own change, bots cannot approve, and who may approve is the
// repository's permission model (write, maintain or admin), checked through
// the API at the time of counting, never taken from the event. Anything that
// cannot be checked (a 5xx on the permission call) counts for nothing.
import type { GateResult } from '../types.js';

/** `/safeclaw approve SHA [reason]`, SHA at least 7 hex characters. */
const COMMAND = /^\s*\/safeclaw\s+approve\b(.*)$/im;
const SHA = /^[0-9a-f]{7,40}$/i;

export type ApproveCommand = { sha: string; reason: string } | { error: string };

/** The approval command in a comment body; undefined when the comment holds none. */
export function parseApproveCommand(body: string): ApproveCommand | undefined {
  const match = COMMAND.exec(body);
  if (!match) return undefined;
  const [first = '', ...rest] = match[1].trim().split(/\s+/);
  if (!SHA.test(first)) return { error: first ? `"${first.slice(0, 40)}" is not a commit SHA` : 'it names no commit' };
  return { sha: first.toLowerCase(), reason: rest.join(' ') };
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
  url: string;
  at: string;
  reason: string;
}

/** The permission API's answer for a login, or why it could not be had. */
export type Permission = { permission: string } | { error: string };

export interface CountedApproval extends Candidate {
  counted: boolean;
  /** Why it does not count; absent when counted. */
  refused?: string;
  permission?: string;
}

export interface ApprovalCount {
  approvals: CountedApproval[];
  /** Distinct approvers counted. */
  approvers: string[];
  required: number;
  /** Every approval-needed action is approved (and nothing is denied). */
  approved: boolean;
}

const WRITERS = new Set(['admin', 'maintain', 'write']);

export function countApprovals(options: {
  candidates: Candidate[];
  prAuthor: string;
  headSha: string;
  permissions: Map<string, Permission>;
  required?: number;
  denied: boolean;
}): ApprovalCount {
  const head = options.headSha.toLowerCase();
  const approvals = options.candidates.map((candidate): CountedApproval => {
    const refuse = (refused: string, permission?: string): CountedApproval => ({ ...candidate, counted: false, refused, ...(permission ? { permission } : {}) });
    if (options.denied) return refuse('a denied action can never be approved');
    if (candidate.userType === 'Bot' || candidate.login.endsWith('[bot]')) return refuse('a bot cannot approve');
    if (candidate.login.toLowerCase() === options.prAuthor.toLowerCase()) return refuse("the PR's author cannot approve it");
    const sha = candidate.sha.toLowerCase();
    if (sha.length < 7 || !head.startsWith(sha)) return refuse(`stale: given for ${sha.slice(0, 7)}, the head is now ${head.slice(0, 7)}`);
    const permission = options.permissions.get(candidate.login);
    if (!permission) return refuse('permission not checked');
    if ('error' in permission) return refuse(`permission could not be checked (${permission.error}); it counts for nothing`);
    if (!WRITERS.has(permission.permission)) return refuse(`not a writer (permission: ${permission.permission})`, permission.permission);
    return { ...candidate, counted: true, permission: permission.permission };
  });
  const approvers = [...new Set(approvals.filter((a) => a.counted).map((a) => a.login.toLowerCase()))];
  const required = Math.max(1, options.required ?? 1);
  return { approvals, approvers, required, approved: !options.denied && approvers.length >= required };
}

export type StatusState = 'success' | 'pending' | 'failure';

/** The `safeclaw` commit status for a verdict and its approvals. */
export function commitStatus(result: GateResult, count: ApprovalCount | undefined): { state: StatusState; description: string } {
  if (result.verdict === 'deny') return { state: 'failure', description: `${result.counts.deny} action${result.counts.deny === 1 ? '' : 's'} denied` };
  if (result.verdict === 'allow') return { state: 'success', description: 'every action allowed' };
  if (count?.approved) return { state: 'success', description: `approved by ${count.approvers.join(', ')}` };
  const have = count?.approvers.length ?? 0;
  return { state: 'pending', description: `${result.counts.require_approval} action${result.counts.require_approval === 1 ? '' : 's'} need approval (${have} of ${count?.required ?? 1})` };
}

/** The approvals section appended to the sticky comment: the command to copy, who approved, what was refused. */
export function approvalsMarkdown(count: ApprovalCount, headSha: string, approveWith: ApproveWith): string {
  const lines = ['', '### Approvals', ''];
  const how: string[] = [];
  if (approveWith !== 'review') how.push(`comment \`/safeclaw approve ${headSha.slice(0, 7)} <reason>\``);
  if (approveWith !== 'comment') how.push(`submit an approving review on ${headSha.slice(0, 7)}`);
  lines.push(
    count.approved
      ? `✅ Approved for ${headSha.slice(0, 7)} by ${count.approvers.map((a) => `@${a}`).join(', ')}.`
      : `Needs ${count.required} approval${count.required === 1 ? '' : 's'} from people with write access (not the PR's author) for commit ${headSha.slice(0, 7)}: ${how.join(' or ')}. A new push makes earlier approvals stale.`,
  );
  if (count.approvals.length > 0) {
    lines.push('', '| Who | How | Commit | When | Counted |', '|---|---|---|---|---|');
    for (const a of count.approvals) {
      lines.push(`| @${escapeCell(a.login)} | [${a.kind}](${a.url}) | ${a.sha.slice(0, 7)} | ${a.at} | ${a.counted ? `yes (${a.permission})` : `no: ${escapeCell(a.refused ?? '')}`} |`);
    }
  }
  return lines.join('\n') + '\n';
}

function escapeCell(text: string): string {
  return text.replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}
