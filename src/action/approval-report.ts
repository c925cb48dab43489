// What the approval workflow writes besides the sticky comment: the audit
// entries (each counted approval next to the decisions it covers) and the
// replies to an approval command that cannot count. Pure.
import type { AuditEntry } from '../audit/append.js';
import type { AuditApproval } from '../audit/record.js';
import { COMMENT_MARKER } from '../report/markdown.js';
import type { GateResult, PolicySet } from '../types.js';
import { DIGEST_SHOWN, type ApprovalCount, type ApproveWith } from './approvals.js';

/**
 * The result's items as audit entries; a require_approval item carries every approval counted for
 * one of the rules it needs (approver, permission, commit, action digest, comment or review URL).
 */
export function approvalAuditEntries(result: GateResult, count: ApprovalCount | undefined, head: string): AuditEntry[] {
  if (!count) return result.items;
  const byItem = new Map(count.needs.map((n) => [n.item, n]));
  return result.items.map((item, index) => {
    const need = byItem.get(index);
    if (!need) return item;
    const approvals: AuditApproval[] = [];
    for (const a of count.approvals) {
      const rules = a.rules.filter((r) => r.counted && need.rules.includes(r.id)).map((r) => r.id);
      if (!a.counted || rules.length === 0) continue;
      approvals.push({ approver: a.login, permission: a.permission ?? '', commit: head, actions: count.digest, via: a.kind, url: a.url, at: a.at, rules });
    }
    return approvals.length > 0 ? { ...item, approvals } : item;
  });
}

/** The reply to `/safeclaw approve` on a PR with a denial: a deny can never be approved; which rules denied. */
export function denialReply(login: string, result: GateResult, policySet: Pick<PolicySet, 'rules'>): string {
  const denied = result.items.filter((i) => i.decision.decision === 'deny');
  const ids = [...new Set(denied.map((i) => i.decision.rule ?? 'default deny (no rule allows it)'))].sort();
  const reasons = ids.map((id) => {
    const rule = policySet.rules.find((r) => r.id === id);
    return `- \`${id}\`${rule ? `: ${oneLine(rule.reason)}` : ''}`;
  });
  return [
    `@${login} this approval cannot count: SafeClaw denied ${denied.length} action${denied.length === 1 ? '' : 's'} in this PR, and a deny can never be approved. Denied by:`,
    '',
    ...reasons,
    '',
    'Change the PR so that nothing is denied (the SafeClaw comment lists each action), or change the policy on the base branch. The safeclaw status stays failure.',
  ].join('\n');
}

/** The reply to an approval command that names no commit, another commit or other actions: the command to use. */
export function wrongCommandReply(login: string, why: string, head: string, digest: string, approveWith: ApproveWith): string {
  const command = `/safeclaw approve ${head.slice(0, 7)} actions:${digest.slice(0, DIGEST_SHOWN)} <reason>`;
  return [
    `@${login} this approval does not count: ${oneLine(why)}.`,
    '',
    `To approve commit ${head.slice(0, 7)} and the actions the SafeClaw comment lists now, comment:`,
    '',
    '```text',
    command,
    '```',
    ...(approveWith === 'both' ? ['', `or submit an approving review on ${head.slice(0, 7)}.`] : []),
  ].join('\n');
}

function oneLine(text: string): string {
  // Never the sticky comment's marker: a reply must not be taken for SafeClaw's own comment.
  const line = text.replace(/\s+/g, ' ').replaceAll(COMMENT_MARKER, '').trim();
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}
