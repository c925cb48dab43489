import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  ATTRIBUTE_KEYS,
  expandBraces,
  hasWildcard
} from "./chunk-P7JXOOCS.js";
import {
  STRICTNESS
} from "./chunk-IP5HSEW5.js";
import {
  require_path
} from "./chunk-6XR2NURA.js";
import {
  __toESM
} from "./chunk-JSTIMTER.js";

// src/policy/lint.ts
var import_node_path = __toESM(require_path(), 1);
function lintPolicies(policySet) {
  const warnings = [];
  if (policySet.rules.length === 0) {
    const folder = (0, import_node_path.relative)(process.cwd(), (0, import_node_path.join)(policySet.dir, "policies")) || "policies";
    warnings.push({
      position: { file: folder, line: 0, column: 0 },
      message: `no rules in ${policySet.files.length === 0 ? "no policy files" : `${policySet.files.length} policy file${policySet.files.length === 1 ? "" : "s"}`}: \`safeclaw check\`, the hook and the Action refuse to run (exit 2) rather than deny everything`,
      fix: "add rules: start from .safeclaw/examples/devops-agent.yaml"
    });
  }
  for (const rule of policySet.rules) {
    for (const condition of rule.conditions) {
      for (const pattern of condition.patterns) {
        const at = pattern.position ?? rule.position;
        if (condition.key === "command") warnings.push(...lintCommandPattern(pattern, at));
        if (condition.key === "path") warnings.push(...lintPathPattern(pattern, at));
      }
    }
    if (rule.effect === "allow" && matchesEverything(rule)) {
      warnings.push({
        position: rule.position,
        message: `rule "${rule.id}" allows every ${rule.action} action`,
        fix: "narrow it with a condition pattern; deny-by-default only protects what no allow rule covers"
      });
    }
  }
  for (const warning of findShadowedRules(policySet)) warnings.push(warning);
  return warnings;
}
function lintCommandPattern(pattern, at) {
  const warnings = [];
  if (!hasWildcard(pattern.source)) {
    warnings.push({
      position: at,
      message: `command pattern "${pattern.source}" has no wildcard: it matches only that exact command`,
      fix: `add * where arguments may follow, e.g. "${pattern.source}*"`
    });
  }
  const glued = /[^\s*{,]--[a-z]/i.exec(pattern.source);
  if (glued) {
    warnings.push({
      position: at,
      message: `command pattern "${pattern.source}" has text glued to "--" ("${glued[0]}\u2026"): a space or * was probably lost`,
      fix: `write "${pattern.source.slice(0, glued.index + 1)}*${pattern.source.slice(glued.index + 1)}"`
    });
  }
  return warnings;
}
function lintPathPattern(pattern, at) {
  const warnings = [];
  for (const alternative of expandBraces(pattern.source)) {
    if (/^\/[^/*]+$/.test(alternative)) {
      warnings.push({
        position: at,
        message: `path pattern alternative "${alternative}" only matches a file at the file-system root`,
        fix: `write "**${alternative}" (any folder) or "${alternative.slice(1)}" (base name anywhere)`
      });
    }
    if (/(^|\/)\*\/\.[^/]*$/.test(alternative)) {
      warnings.push({
        position: at,
        message: `path pattern alternative "${alternative}" matches a dotfile one folder deep; "**/*" was probably meant`,
        fix: `write "${alternative.replace(/\*\/\./, "**/*.")}"`
      });
    }
  }
  return warnings;
}
var ANYTHING = ["x", "rm -rf /", "/etc/passwd", "a/b/c.txt", ".env", "example.com/x", "169.254.169.254"];
function matchesEverything(rule) {
  return rule.conditions.every(
    (condition) => !ATTRIBUTE_KEYS.has(condition.key) && condition.patterns.some((p) => ANYTHING.every((text) => p.test(text)))
  );
}
function findShadowedRules(policySet) {
  const warnings = [];
  for (const rule of policySet.rules) {
    if (rule.effect === "deny" || rule.conditions.some((c) => ATTRIBUTE_KEYS.has(c.key))) continue;
    const samples = samplesFor(rule);
    if (samples === null) continue;
    for (const other of policySet.byType[rule.action]) {
      if (other === rule || STRICTNESS[other.effect] <= STRICTNESS[rule.effect]) continue;
      if (other.conditions.some((c) => ATTRIBUTE_KEYS.has(c.key))) continue;
      const covers = samples.every(
        (sample) => other.conditions.every((c) => c.patterns.some((p) => p.test(sample[c.key] ?? "")))
      );
      if (covers) {
        warnings.push({
          position: rule.position,
          message: `rule "${rule.id}" (${rule.effect}) never decides anything: "${other.id}" (${other.effect}) matches everything it matches`,
          fix: `remove "${rule.id}" or narrow "${other.id}"`
        });
        break;
      }
    }
  }
  return warnings;
}
var FILLS = ["", "x", " a/b --z=1 "];
function samplesFor(rule) {
  if (rule.conditions.length === 0) return null;
  let samples = [{}];
  for (const condition of rule.conditions) {
    const texts = condition.patterns.flatMap(
      (p) => expandBraces(p.source).flatMap(
        (alt) => FILLS.map((fill) => alt.replace(/\\(.)/g, "$1").replace(/\*\*|\*|\?/g, (m) => m === "?" ? "x" : fill))
      )
    );
    if (condition.patterns.some((p) => /[[(]/.test(p.source))) return null;
    samples = samples.flatMap((s) => texts.map((t) => ({ ...s, [condition.key]: t })));
    if (samples.length > 200) return null;
  }
  const own = samples.filter((s) => rule.conditions.every((c) => c.patterns.some((p) => p.test(s[c.key] ?? ""))));
  return own.length > 0 ? own : null;
}

export {
  lintPolicies
};
