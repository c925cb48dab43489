// Judging many actions at once (a PR, an input file): each action through
// `evaluate`, the verdict the strictest of them.
//
// This is also where an action enters SafeClaw's outputs, so it is where
// secrets are redacted, once: each action is judged as given, and the item
// handed on holds only its display copy (src/redaction/display.ts). Every
// report, the CLI, the hooks and the audit log render these items, so none
// of them can print a secret it never received.
import { displayItem } from '../redaction/display.js';
import type { ShellAnalysis } from '../shell/analyze.js';
import { STRICTNESS, type Action, type EvaluateOptions, type GateItem, type GateResult, type PolicySet, type Verdict } from '../types.js';
import { evaluate, evaluateCheckedAction } from './evaluate.js';
import { validateActions, validatePolicySet, type ActionInput } from './input.js';

export interface EvaluateAllOptions {
  /**
   * Analyses the caller already made of some of its shell.execute actions, keyed by
   * the action object given in `input` (never by text), each with the command it
   * analysed: judged instead of analysing the line again when that command is the
   * action's. Only analyses made with the parser ready and no tree-sitter miss during
   * them (treeSitterMisses() unchanged around analyzeShellCommand) belong here.
   */
  analyses?: WeakMap<object, { command: string; analysis: ShellAnalysis }>;
}

export function evaluateAll(policySet: PolicySet, input: ActionInput[], options: EvaluateAllOptions = {}): GateResult {
  const actions = validateActions(input); // a wrong shape names its index: `actions[3].command` (./input.ts)
  // Checked once for the list (evaluate checks it per action); never for an empty list, as before.
  if (actions.length > 0) validatePolicySet(policySet);
  const counts: Record<Verdict, number> = { allow: 0, deny: 0, require_approval: 0 };
  let verdict: Verdict = 'allow';
  const items = actions.map((action, i) => {
    const given = options.analyses?.get(input[i] as object);
    const analysis = given !== undefined && action.type === 'shell.execute' && given.command === action.command ? given.analysis : undefined;
    const item = displayItem(action, evaluateCheckedAction(policySet, action, {}, analysis));
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

