import type { ActionType } from '../types.js';
/** Condition keys each action type understands, and how their patterns are matched. */
export declare const CONDITION_KEYS: Record<ActionType, readonly string[]>;
/** Keys matched against attributes (`{ path, pattern }`): a plan's planned values, a tool call's input. */
export declare const ATTRIBUTE_KEYS: ReadonlySet<string>;
/** Keys matched with path globs (segment-aware); every other key uses text globs. */
export declare const PATH_KEYS: ReadonlySet<string>;
/** `approvers` and `approvals` only on require_approval rules (./approvers.ts). */
export declare const RULE_KEYS: readonly ["id", "action", "effect", "conditions", "reason", "approvers", "approvals"];
/** Ids are used in reports, SARIF and CLI output: keep them plain. */
export declare const RULE_ID: RegExp;
