// SARIF 2.1.0 log of a gate run, for GitHub code scanning: one result per
// denied or approval-needed action, located at the file and line the action
// was read from. Allowed actions are not findings and are left out.
import { createHash } from 'node:crypto';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { GateItem, GateResult, Rule } from '../types.js';
import { DEFAULT_DENY_RULE_ID, actionKind, actionText, decidingPart, hasFileOrigin, originLabel, ruleId } from './action-text.js';
import { plural } from '../plural.js';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

export interface SarifOptions {
  /** SafeClaw's version, shown by code scanning as the tool version. */
  toolVersion?: string;
  /** The policy rules, to describe each reported rule and point at where it is written. */
  rules?: Pick<Rule, 'id' | 'effect' | 'reason' | 'position'>[];
  /** Longest action text put into a message, in characters. Default 1000. */
  maxActionChars?: number;
}

function clipText(text: string, max: number): string {
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max).join('')}… (${plural(points.length - max, 'more character')})`;
}

/** A repository-relative path as a SARIF URI reference (each segment percent-encoded, `/` kept). */
function fileUri(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/^\.\//, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function message(item: GateItem, max: number): string {
  const { decision } = item;
  const verb = decision.decision === 'deny' ? 'Denied' : 'Needs approval';
  let text = `${verb} by ${ruleId(decision)}: ${decision.reason}. Action (${actionKind(item.action)}): ${clipText(actionText(item.action), max)}`;
  const part = decidingPart(item);
  if (part) text += `. Deciding part (${part.type}): ${clipText(part.raw ?? part.text, max)}`;
  const origin = item.action.origin;
  if (origin && !hasFileOrigin(origin)) text += `. Found in: ${originLabel(origin)}`;
  return text;
}

// Stable across runs for the same action and rule, so code scanning tracks one
// alert instead of opening a new one on every push.
function fingerprint(item: GateItem): string {
  return createHash('sha256')
    .update(JSON.stringify([item.action.type, actionText(item.action), ruleId(item.decision), item.action.origin?.file ?? '']))
    .digest('hex');
}

function describeRule(id: string, item: GateItem, known: SarifOptions['rules']): ReportingDescriptor {
  const rule = known?.find((r) => r.id === id);
  if (id === DEFAULT_DENY_RULE_ID) {
    return {
      id,
      name: 'DefaultDeny',
      shortDescription: { text: 'No policy rule allows this action, so it is denied by default.' },
      defaultConfiguration: { level: 'error' },
      help: { text: 'Add an allow (or require_approval) rule to a policy in .safeclaw/policies/ if the action is intended.' },
    };
  }
  const reason = rule?.reason || item.decision.reason || id;
  const descriptor: ReportingDescriptor = {
    id,
    shortDescription: { text: reason },
    defaultConfiguration: { level: (rule?.effect ?? item.decision.decision) === 'deny' ? 'error' : 'warning' },
  };
  if (rule) {
    descriptor.help = { text: `Policy rule ${id} (${rule.effect}), written at ${rule.position.file}:${rule.position.line}:${rule.position.column}.` };
    descriptor.properties = { policyFile: rule.position.file, policyLine: rule.position.line };
  }
  return descriptor;
}

/** The SARIF log for a gate run. */
export function renderSarif(gate: GateResult, opts: SarifOptions = {}): Log {
  const max = opts.maxActionChars ?? 1000;
  const rules: ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const results: Result[] = [];

  for (const item of gate.items) {
    const { decision } = item;
    if (decision.decision === 'allow') continue;
    const id = ruleId(decision);
    if (!ruleIndex.has(id)) {
      ruleIndex.set(id, rules.length);
      rules.push(describeRule(id, item, opts.rules));
    }
    const result: Result = {
      ruleId: id,
      ruleIndex: ruleIndex.get(id),
      level: decision.decision === 'deny' ? 'error' : 'warning',
      message: { text: message(item, max) },
      partialFingerprints: { 'safeclawAction/v1': fingerprint(item) },
      properties: { actionType: item.action.type, verdict: decision.decision, source: item.action.origin?.source ?? 'unknown' },
    };
    const origin = item.action.origin;
    if (hasFileOrigin(origin)) {
      result.locations = [
        {
          physicalLocation: {
            artifactLocation: { uri: fileUri(origin.file), uriBaseId: '%SRCROOT%' },
            ...(origin.line && origin.line >= 1 ? { region: { startLine: origin.line } } : {}),
          },
        },
      ];
    }
    results.push(result);
  }

  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'SafeClaw',
            informationUri: 'https://github.com/authensor/safeclaw',
            ...(opts.toolVersion ? { semanticVersion: opts.toolVersion } : {}),
            rules,
          },
        },
        results,
        properties: {
          verdict: gate.verdict,
          policyDigest: gate.policyDigest,
          ...(gate.audit ? { auditHead: gate.audit.head, auditRecords: gate.audit.records } : {}),
        },
      },
    ],
  };
}
