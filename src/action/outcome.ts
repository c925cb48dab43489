// Whether the step fails, and the one line that says why. Pure, so the
// table of verdicts × `fail-on` settings is tested without a runner.
import type { GateResult, Verdict } from '../types.js';

export const FAIL_ON = ['deny', 'require_approval', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

const FAILING: Record<FailOn, Verdict[]> = {
  deny: ['deny'],
  require_approval: ['deny', 'require_approval'],
  never: [],
};

/** The reason to fail the step, or undefined when it passes. */
export function failureReason(result: GateResult, failOn: FailOn): string | undefined {
  if (!FAILING[failOn].includes(result.verdict)) return undefined;
  const { deny, require_approval } = result.counts;
  const parts: string[] = [];
  if (deny > 0) parts.push(`${deny} action${deny === 1 ? '' : 's'} denied`);
  if (require_approval > 0) parts.push(`${require_approval} need${require_approval === 1 ? 's' : ''} approval`);
  const first = result.items.find((item) => item.decision.decision === result.verdict);
  const example = first ? ` (first: ${first.decision.rule ?? 'default deny'}: ${oneLine(first.decision.reason)})` : '';
  return `SafeClaw: ${parts.join(', ')}${example}; fail-on is ${failOn}`;
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}
