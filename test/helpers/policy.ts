// Compiles policy YAML written inline in a test, as if it sat in /repo/.safeclaw/policies/.
import { compilePolicies } from '../../src/policy/load.js';
import { prepareShellAnalysis } from '../../src/shell/analyze.js';
import type { PolicySet } from '../../src/types.js';

export const REPO = '/repo';

export function policyFrom(...texts: string[]): PolicySet {
  return compilePolicies(
    texts.map((text, i) => ({ file: `policies/p${i}.yaml`, text })),
    `${REPO}/.safeclaw`,
    { allowEmpty: true }, // engine tests judge empty sets too; loading refuses them (test/policy)
  );
}

/** Shell analysis needs its parser loaded once before `evaluate` meets a command. */
export const shellReady = prepareShellAnalysis();

/** A one-rule policy text. */
export function rule(id: string, action: string, effect: string, conditions?: Record<string, string | string[]>): string {
  const lines = [`  - id: ${id}`, `    action: ${action}`, `    effect: ${effect}`, `    reason: "${id} reason"`];
  if (conditions) {
    lines.push('    conditions:');
    for (const [key, pattern] of Object.entries(conditions)) {
      lines.push(`      ${key}:`, `        pattern: ${JSON.stringify(pattern)}`);
    }
  }
  return lines.join('\n');
}

export function rules(...ruleTexts: string[]): string {
  return `rules:\n${ruleTexts.join('\n')}\n`;
}
