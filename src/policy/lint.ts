// Warnings about policies that load but probably do not say what was meant.
// Each has the position of the rule or pattern and a suggested fix.
//
// The seed text SafeClaw grew from shows the typical damage: formatting ate the
// `*`s, leaving `kubectl apply--namespace=prod` (matches one exact string),
// `infra/*/.tf` and `{/.env,/secret}` (absolute paths at the file-system root).
import { join, relative } from 'node:path';
import { STRICTNESS, type CompiledPattern, type PolicySet, type Rule } from '../types.js';
import { expandBraces, hasWildcard } from './glob.js';
import type { PolicyProblem } from './errors.js';
import { ATTRIBUTE_KEYS } from './schema.js';

export function lintPolicies(policySet: PolicySet): PolicyProblem[] {
  const warnings: PolicyProblem[] = [];
  if (policySet.rules.length === 0) {
    // Only reachable with `allowEmpty` (lint loads that way): `check` refuses such a set.
    const folder = relative(process.cwd(), join(policySet.dir, 'policies')) || 'policies';
    warnings.push({
      position: { file: folder, line: 0, column: 0 },
      message: `no rules in ${policySet.files.length === 0 ? 'no policy files' : `${policySet.files.length} policy file${policySet.files.length === 1 ? '' : 's'}`}: \`safeclaw check\`, the hook and the Action refuse to run (exit 2) rather than deny everything`,
      fix: 'add rules: start from .safeclaw/examples/devops-agent.yaml',
    });
  }
  for (const rule of policySet.rules) {
    for (const condition of rule.conditions) {
      for (const pattern of condition.patterns) {
        const at = pattern.position ?? rule.position;
        if (condition.key === 'command') warnings.push(...lintCommandPattern(pattern, at));
        if (condition.key === 'path') warnings.push(...lintPathPattern(pattern, at));
      }
    }
    if (rule.effect === 'allow' && matchesEverything(rule)) {
      warnings.push({
        position: rule.position,
        message: `rule "${rule.id}" allows every ${rule.action} action`,
        fix: 'narrow it with a condition pattern; deny-by-default only protects what no allow rule covers',
      });
    }
  }
  for (const warning of findShadowedRules(policySet)) warnings.push(warning); // not push(...): any number of rules
  return warnings;
}

function lintCommandPattern(pattern: CompiledPattern, at: PolicyProblem['position']): PolicyProblem[] {
  const warnings: PolicyProblem[] = [];
  if (!hasWildcard(pattern.source)) {
    warnings.push({
      position: at,
      message: `command pattern "${pattern.source}" has no wildcard: it matches only that exact command`,
      fix: `add * where arguments may follow, e.g. "${pattern.source}*"`,
    });
  }
  const glued = /[^\s*{,]--[a-z]/i.exec(pattern.source);
  if (glued) {
    warnings.push({
      position: at,
      message: `command pattern "${pattern.source}" has text glued to "--" ("${glued[0]}…"): a space or * was probably lost`,
      fix: `write "${pattern.source.slice(0, glued.index + 1)}*${pattern.source.slice(glued.index + 1)}"`,
    });
  }
  return warnings;
}

function lintPathPattern(pattern: CompiledPattern, at: PolicyProblem['position']): PolicyProblem[] {
  const warnings: PolicyProblem[] = [];
  for (const alternative of expandBraces(pattern.source)) {
    if (/^\/[^/*]+$/.test(alternative)) {
      warnings.push({
        position: at,
        message: `path pattern alternative "${alternative}" only matches a file at the file-system root`,
        fix: `write "**${alternative}" (any folder) or "${alternative.slice(1)}" (base name anywhere)`,
      });
    }
    if (/(^|\/)\*\/\.[^/]*$/.test(alternative)) {
      warnings.push({
        position: at,
        message: `path pattern alternative "${alternative}" matches a dotfile one folder deep; "**/*" was probably meant`,
        fix: `write "${alternative.replace(/\*\/\./, '**/*.')}"`,
      });
    }
  }
  return warnings;
}

/** Texts a broad pattern would match: if a rule matches all of them it matches about anything. */
const ANYTHING = ['x', 'rm -rf /', '/etc/passwd', 'a/b/c.txt', '.env', 'example.com/x', '169.254.169.254'];

function matchesEverything(rule: Rule): boolean {
  return rule.conditions.every(
    (condition) => !ATTRIBUTE_KEYS.has(condition.key) && condition.patterns.some((p) => ANYTHING.every((text) => p.test(text))),
  );
}

/**
 * A rule "never matters" when a stricter rule of the same action type matches
 * everything it matches. Checked on sample texts made from the rule's own
 * patterns (wildcards filled in several ways): a heuristic, hence a warning.
 */
function findShadowedRules(policySet: PolicySet): PolicyProblem[] {
  const warnings: PolicyProblem[] = [];
  for (const rule of policySet.rules) {
    if (rule.effect === 'deny' || rule.conditions.some((c) => ATTRIBUTE_KEYS.has(c.key))) continue;
    const samples = samplesFor(rule);
    if (samples === null) continue;
    for (const other of policySet.byType[rule.action]) {
      if (other === rule || STRICTNESS[other.effect] <= STRICTNESS[rule.effect]) continue;
      if (other.conditions.some((c) => ATTRIBUTE_KEYS.has(c.key))) continue;
      const covers = samples.every((sample) =>
        other.conditions.every((c) => c.patterns.some((p) => p.test(sample[c.key] ?? ''))),
      );
      if (covers) {
        warnings.push({
          position: rule.position,
          message: `rule "${rule.id}" (${rule.effect}) never decides anything: "${other.id}" (${other.effect}) matches everything it matches`,
          fix: `remove "${rule.id}" or narrow "${other.id}"`,
        });
        break;
      }
    }
  }
  return warnings;
}

const FILLS = ['', 'x', ' a/b --z=1 '];

function samplesFor(rule: Rule): Array<Record<string, string>> | null {
  if (rule.conditions.length === 0) return null; // covered only by another catch-all: reported as "allows every"
  let samples: Array<Record<string, string>> = [{}];
  for (const condition of rule.conditions) {
    const texts = condition.patterns.flatMap((p) =>
      expandBraces(p.source).flatMap((alt) =>
        FILLS.map((fill) => alt.replace(/\\(.)/g, '$1').replace(/\*\*|\*|\?/g, (m) => (m === '?' ? 'x' : fill))),
      ),
    );
    // Character classes and extglobs make sample texts unreliable: skip rather than warn wrongly.
    if (condition.patterns.some((p) => /[[(]/.test(p.source))) return null;
    samples = samples.flatMap((s) => texts.map((t) => ({ ...s, [condition.key]: t })));
    if (samples.length > 200) return null;
  }
  // Keep only samples the rule itself matches (fills may break a pattern's shape).
  const own = samples.filter((s) => rule.conditions.every((c) => c.patterns.some((p) => p.test(s[c.key] ?? ''))));
  return own.length > 0 ? own : null;
}
