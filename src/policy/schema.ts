// What a policy file may say. Shared by the loader, the linter and `explain`.
import type { ActionType } from '../types.js';

/** Condition keys each action type understands, and how their patterns are matched. */
export const CONDITION_KEYS: Record<ActionType, readonly string[]> = {
  'shell.execute': ['command'],
  'file.read': ['path'],
  'file.write': ['path', 'change'],
  'network.request': ['destination'],
  'infra.change': ['address', 'type', 'provider', 'change', 'module', 'after'],
  'tool.call': ['tool', 'server', 'input'],
};

/** Keys matched against attributes (`{ path, pattern }`): a plan's planned values, a tool call's input. */
export const ATTRIBUTE_KEYS: ReadonlySet<string> = new Set(['after', 'input']);

/** Keys matched with path globs (segment-aware); every other key uses text globs. */
export const PATH_KEYS: ReadonlySet<string> = new Set(['path']);

/** `approvers` and `approvals` only on require_approval rules (./approvers.ts). */
export const RULE_KEYS = ['id', 'action', 'effect', 'conditions', 'reason', 'approvers', 'approvals'] as const;

/** Ids are used in reports, SARIF and CLI output: keep them plain. */
export const RULE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
