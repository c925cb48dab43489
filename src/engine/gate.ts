// Judging many actions at once (a PR, an input file): each action through
// `evaluate`, the verdict the strictest of them.
import { STRICTNESS, type Action, type GateResult, type PolicySet, type Verdict } from '../types.js';
import { evaluate } from './evaluate.js';
import { validateActions, type ActionInput } from './input.js';

export function evaluateAll(policySet: PolicySet, input: ActionInput[]): GateResult {
  const actions = validateActions(input); // a wrong shape names its index: `actions[3].command` (./input.ts)
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

