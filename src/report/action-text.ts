// How an action, its origin and its deciding part are named in every report
// (PR comment, SARIF, annotations), so the three always say the same thing.
import type { Action, Decision, GateItem, Origin, PartDecision, Verdict } from '../types.js';

/** Rule id reported when no rule allowed an action (deny by default). */
export const DEFAULT_DENY_RULE_ID = 'safeclaw/default-deny';

/** The subject of an action as the agent wrote it: the command, path, destination or resource address. */
export function actionText(action: Action): string {
  switch (action.type) {
    case 'shell.execute':
      return action.command;
    case 'file.read':
    case 'file.write':
      return action.path;
    case 'network.request':
      return action.destination;
    case 'infra.change':
      return action.address;
    case 'tool.call':
      return action.tool;
  }
}

/** A short word for what kind of action it is: `shell`, `write (added)`, `infra delete`… */
export function actionKind(action: Action): string {
  switch (action.type) {
    case 'shell.execute':
      return 'shell';
    case 'file.read':
      return 'read';
    case 'file.write':
      return action.change ? `write (${action.change})` : 'write';
    case 'network.request':
      return 'network';
    case 'infra.change':
      return `infra ${action.change}`;
    case 'tool.call':
      return 'tool';
  }
}

/** The rule id that decided, with default deny named explicitly. */
export function ruleId(decision: Pick<Decision, 'rule'>): string {
  return decision.rule ?? DEFAULT_DENY_RULE_ID;
}

/** Where the action came from, as a reader wants it: `file:line`, `PR body`, or the source name. */
export function originLabel(origin: Origin | undefined): string | undefined {
  if (!origin) return undefined;
  if (origin.source === 'pr-body') return 'PR body';
  if (origin.file) return origin.line ? `${origin.file}:${origin.line}` : origin.file;
  return origin.detail ? `${origin.source} (${origin.detail})` : origin.source;
}

/** True when the origin points into a file of the repository (not the PR body, not a CLI argument). */
export function hasFileOrigin(origin: Origin | undefined): origin is Origin & { file: string } {
  return !!origin && origin.source !== 'pr-body' && typeof origin.file === 'string' && origin.file !== '';
}

/**
 * The part of a compound action that produced the verdict: for
 * `cd infra && terraform apply`, the `terraform apply` part. Undefined when the
 * action has a single part that says the same as the whole.
 */
export function decidingPart(item: GateItem): PartDecision | undefined {
  const { decision } = item;
  const parts = decision.parts ?? [];
  const part =
    parts.find((p) => p.decision === decision.decision && p.rule === decision.rule) ??
    parts.find((p) => p.decision === decision.decision);
  if (!part) return undefined;
  const partText = part.raw ?? part.text;
  if (parts.length === 1 && part.type === item.action.type && partText.trim() === actionText(item.action).trim()) {
    return undefined;
  }
  return part;
}

/** Items with the given verdict, in input order. */
export function itemsWith(items: GateItem[], verdict: Verdict): GateItem[] {
  return items.filter((item) => item.decision.decision === verdict);
}
