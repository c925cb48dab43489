import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  evaluate
} from "./chunk-24CRSECF.js";

// src/engine/gate.ts
var STRICTNESS = { allow: 0, require_approval: 1, deny: 2 };
function evaluateAll(policySet, actions) {
  const counts = { allow: 0, deny: 0, require_approval: 0 };
  let verdict = "allow";
  const items = actions.map((action) => {
    const decision = evaluate(policySet, action);
    counts[decision.decision]++;
    if (STRICTNESS[decision.decision] > STRICTNESS[verdict]) verdict = decision.decision;
    return { action, decision };
  });
  return { verdict, items, counts, policyDigest: policySet.digest };
}

export {
  evaluateAll
};
