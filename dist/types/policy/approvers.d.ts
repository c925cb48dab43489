import type { Approver, SourcePosition } from '../types.js';
import type { PolicyProblem } from './errors.js';
import { type PolicyMap, type PolicyNode } from './policy-tree.js';
type PositionOf = (node: PolicyNode | null | undefined, fallback?: PolicyNode | null) => SourcePosition;
export declare const APPROVAL_KEYS: readonly ["approvers", "approvals"];
/** Most approvals a rule may ask for: more is a typo, and every one costs API calls. */
export declare const MAX_APPROVALS = 20;
export interface ApprovalKeys {
    approvers?: Approver[];
    approvals?: number;
}
/** Parses `approvers` and `approvals` of one rule; problems go to `problems`. */
export declare function parseApprovalKeys(map: PolicyMap, effect: string | undefined, nodeAt: PositionOf, problems: PolicyProblem[]): ApprovalKeys;
/** A case-insensitive key for an approver: `alice`, `acme/platform`. */
export declare function approverKey(approver: Approver): string;
/** How an approver is written in a policy and shown in reports. */
export declare function approverLabel(approver: Approver): string;
/** Who approves a require_approval rule's actions, in words: for `policy lint` and `explain`. */
export declare function approvalSummary(rule: {
    effect: string;
    approvers?: Approver[];
    approvals?: number;
}): string | undefined;
export {};
