// Judging many actions at once (a PR, an input file): each action through
// `evaluate`, the verdict the strictest of them.
import type { Action, GateResult, PolicySet, Verdict } from '../types.js';
import { evaluate } from './evaluate.js';

const STRICTNESS: Record<Verdict, number> = { allow: 0, require_approval: 1, deny: 2 };

export function evaluateAll(policySet: PolicySet, actions: Action[]): GateResult {
  const counts: Record<Verdict, number> = { allow: 0, deny: 0, require_approval: 0 };
  let verdict: Verdict = 'allow';
  const items = actions.map((action) => {
    const decision = evaluate(policySet, action);
    counts[decision.decision]++;
    if (STRICTNESS[decision.decision] > STRICTNESS[verdict]) verdict = decision.decision;
    return { action, decision };
  });
  return { verdict, items, counts, policyDigest: policySet.digest };
}

export function strictest(a: Verdict, b: Verdict): Verdict {
  return STRICTNESS[a] >= STRICTNESS[b] ? a : b;
}
