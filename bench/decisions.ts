// Decision latency: SafeClaw's `evaluate` and Cedar's `isAuthorized` on the same
// policy and the same requests, in one process; and whether they agree.
import type { Action, Decision, PolicySet } from '../src/types.js';
import type { SafeClawLibrary } from './build.js';
import { cedarDecide, toCedarPolicySet, toCedarRequest, CEDAR_VERSION } from './cedar.js';
import { EXAMPLE_POLICIES, largePolicySet } from './generate-policy.js';
import { perSecond, ratio, us, type Section, type TargetCheck } from './report.js';
import { REQUEST_GROUPS } from './requests.js';
import { measureLatency, type Latency } from './stats.js';

export interface DecisionFigures {
  sections: Section[];
  targets: TargetCheck[];
}

interface PolicyUnderTest {
  name: string;
  policySet: PolicySet;
}

export async function benchDecisions(quick: boolean, lib: SafeClawLibrary): Promise<DecisionFigures> {
  const { evaluate, loadPolicies, normalizePath } = lib;
  const policies: PolicyUnderTest[] = [
    { name: 'example (13 rules)', policySet: await loadPolicies(EXAMPLE_POLICIES) },
  ];
  const large = largePolicySet(1000, lib.compilePolicies);
  policies.push({ name: `generated (${large.rules.length.toLocaleString('en-US')} rules)`, policySet: large });

  const options = quick ? { runs: 3, runSeconds: 0.05, warmupSeconds: 0.05 } : {};
  const rows: string[][] = [];
  const targets: TargetCheck[] = [];
  const agreement: string[][] = [];
  const disagreements: string[] = [];
  for (const { name, policySet } of policies) {
    const cedarSet = toCedarPolicySet(policySet);
    // All SafeClaw runs first, then all Cedar runs: alternating the two through one
    // timing loop crashed Node 20.20's V8 (a deoptimizer fatal error); Node 24 is fine.
    const ours = REQUEST_GROUPS.map((group) => measureLatency(group.actions, (action) => evaluate(policySet, action).decision === 'allow', options));
    const theirs = REQUEST_GROUPS.map((group) => {
      const calls = group.actions.map((action) => toCedarRequest(action, cedarSet.id));
      return measureLatency(calls, (call) => cedarDecide(call).allowed, options);
    });
    for (const [i, group] of REQUEST_GROUPS.entries()) {
      const safeclaw = ours[i];
      const cedar = theirs[i];
      rows.push([name, group.name, ...latencyCells(safeclaw), ...latencyCells(cedar), ratio(cedar.medianUs / safeclaw.medianUs)]);
      if (group.name === 'realistic mix') {
        const isExample = policySet.rules.length < 100;
        if (isExample) {
          targets.push({ target: 'median decision ≤ 5 µs (example policy, realistic mix)', measured: us(safeclaw.medianUs), met: safeclaw.medianUs <= 5 });
        }
        targets.push({
          target: `SafeClaw ≥ 10× faster than Cedar per decision (${name}, realistic mix)`,
          measured: ratio(cedar.medianUs / safeclaw.medianUs),
          met: cedar.medianUs / safeclaw.medianUs >= 10,
        });
      }
    }
    const distinct = [...new Set(REQUEST_GROUPS.flatMap((g) => g.actions))];
    let same = 0;
    for (const action of distinct) {
      const ours = evaluate(policySet, action);
      const theirs = cedarDecide(toCedarRequest(action, cedarSet.id));
      if ((ours.decision === 'allow') === theirs.allowed && theirs.errors.length === 0) {
        same++;
        continue;
      }
      disagreements.push(
        `${name}: \`${describe(action)}\`: SafeClaw ${ours.decision}${ours.rule ? ` (${ours.rule})` : ''}, Cedar ${theirs.allowed ? 'allow' : 'deny'}` +
          `${theirs.policies.length ? ` (${theirs.policies.join(', ')})` : ''}: ${whyTheyDiffer(action, ours, policySet, normalizePath)}`,
      );
    }
    agreement.push([name, `${same}/${distinct.length}`, String(cedarSet.unmapped.length)]);
  }
  const sections: Section[] = [
    {
      title: 'Decision latency: SafeClaw `evaluate` vs Cedar `isAuthorized` (same process, same requests)',
      header: ['Policy', 'Requests', 'SafeClaw median', 'SafeClaw p99', 'SafeClaw rate', 'Cedar median', 'Cedar p99', 'Cedar rate', 'Cedar ÷ SafeClaw'],
      rows,
      notes: [
        'SafeClaw as shipped: `evaluate` from a freshly built bundle (dist/lib.js), policies compiled once.',
        `Cedar ${CEDAR_VERSION} (@cedar-policy/cedar-wasm), policies pre-parsed once (\`preparsePolicySet\`, \`statefulIsAuthorized\`); request objects built before timing.`,
        'Latency is per call, timed one by one (timer cost subtracted); rate is from an untimed loop. Each figure is the median of 5 runs after a warm-up.',
        'Realistic mix: 50% simple commands, 20% compound command lines, 30% file and network actions.',
      ],
    },
    {
      title: 'Do the two engines agree? (allow vs not allowed, every distinct request)',
      header: ['Policy', 'Same decision', 'Rules with no Cedar form'],
      rows: agreement,
      notes: disagreements.length ? disagreements : ['No disagreements.'],
    },
  ];
  return { sections, targets };
}

function latencyCells(latency: Latency): string[] {
  return [us(latency.medianUs), us(latency.p99Us), perSecond(latency.perSecond)];
}

function describe(action: Action): string {
  switch (action.type) {
    case 'shell.execute':
      return action.command;
    case 'file.read':
    case 'file.write':
      return `${action.type} ${action.path}`;
    case 'network.request':
      return `${action.type} ${action.destination}`;
    case 'infra.change':
      return `${action.change} ${action.address}`;
    case 'tool.call':
      return `${action.type} ${action.tool}`;
  }
}

/** The reason (from CEDAR.md's list) a disagreement falls under. */
function whyTheyDiffer(action: Action, decision: Decision, policySet: PolicySet, normalizePath: SafeClawLibrary['normalizePath']): string {
  switch (action.type) {
    case 'shell.execute':
      if (decision.parts.length > 1) return 'shell analysis: SafeClaw judges each simple command and implied file/network action; Cedar sees one string';
      if (decision.normalized !== action.command) return `canonical command form: SafeClaw matched \`${decision.normalized}\``;
      return 'opaque command or glob semantics';
    case 'file.read':
    case 'file.write':
      if (normalizePath(action.path, policySet.root) !== action.path) return `path normalisation: SafeClaw matched \`${decision.normalized}\``;
      return "path globs: Cedar's `*` crosses folders, SafeClaw's `*` stays in one";
    case 'network.request':
      return `destination normalisation: SafeClaw matched \`${decision.normalized}\``;
    case 'infra.change':
      return 'infra attributes';
    case 'tool.call':
      return 'tool input attributes';
  }
}
