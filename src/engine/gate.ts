// Judging many actions at once (a PR, an input file): each action through
// `evaluate`, the verdict the strictest of them.
//
// This is also where an action enters SafeClaw's outputs, so it is where
// secrets are redacted, once: each action is judged as given, and the item
// handed on holds only its display copy (src/redaction/display.ts). Every
// report, the CLI, the hooks and the audit log render these items, so none
// of them can print a secret it never received.
import { displayItem } from '../redaction/display.js';
import { STRICTNESS, type Action, type EvaluateOptions, type GateItem, type GateResult, type PolicySet, type Verdict } from '../types.js';
import { evaluate } from './evaluate.js';
import { validateActions, type ActionInput } from './input.js';

export function evaluateAll(policySet: PolicySet, input: ActionInput[]): GateResult {
  const actions = validateActions(input); // a wrong shape names its index: `actions[3].command` (./input.ts)
  const counts: Record<Verdict, number> = { allow: 0, deny: 0, require_approval: 0 };
  let verdict: Verdict = 'allow';
  const items = actions.map((action) => {
    const item = judgeForDisplay(policySet, action);
    counts[item.decision.decision]++;
    if (STRICTNESS[item.decision.decision] > STRICTNESS[verdict]) verdict = item.decision.decision;
    return item;
  });
  return { verdict, items, counts, policyDigest: policySet.digest };
}

/** One action judged as given, returned as outputs may show it (secrets redacted); for `explain` and `test`. */
export function judgeForDisplay(policySet: PolicySet, action: Action, options: EvaluateOptions = {}): GateItem {
  return displayItem(action, evaluate(policySet, action, options));
}

