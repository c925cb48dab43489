import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  findPoliciesDir
} from "./chunk-UGHXXDY7.js";
import {
  lintPolicies
} from "./chunk-5EL47NTO.js";
import {
  approvalSummary,
  formatProblem,
  loadPolicies
} from "./chunk-P7JXOOCS.js";
import "./chunk-2R2ZKVH5.js";
import {
  parseCommandArgs
} from "./chunk-OPLRS47Z.js";
import "./chunk-UPSMNA4H.js";
import {
  UsageError
} from "./chunk-P2I2JZ74.js";
import {
  plural
} from "./chunk-IP5HSEW5.js";
import "./chunk-PZ6AAJEP.js";
import "./chunk-CJM3AD5Z.js";
import "./chunk-6XR2NURA.js";
import "./chunk-JSTIMTER.js";

// src/cli/commands/policy.ts
var POLICY_HELP = `Usage: safeclaw policy lint [--policies DIR]

Validates every policy file (exit 2 on an error, with file:line:column) and warns
(exit 1) about exact-match command patterns, text glued to "--" where a space or *
was lost, paths anchored at the file-system root, rules a stricter rule always
overrides, and allow rules that allow everything. Exit 0 when clean.
Lists who approves each require_approval rule that names approvers or approvals.
`;
var OPTIONS = { policies: { type: "string" }, help: { type: "boolean", short: "h" } };
var policyCommand = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, "policy");
  if (values.help || positionals.length === 0) {
    io.stdout.write(POLICY_HELP);
    return values.help ? 0 : 2;
  }
  if (positionals[0] !== "lint" || positionals.length > 1) {
    throw new UsageError(`policy: unknown subcommand "${positionals.join(" ")}" (only \`policy lint\`)`);
  }
  const policySet = await loadPolicies(findPoliciesDir(io.cwd, values.policies), { allowEmpty: true });
  const warnings = lintPolicies(policySet);
  for (const warning of warnings) io.stdout.write(`${formatProblem({ ...warning, message: `warning: ${warning.message}` })}
`);
  for (const rule of policySet.rules) {
    const summary = rule.approvers || rule.approvals !== void 0 ? approvalSummary(rule) : void 0;
    if (summary) io.stdout.write(`${rule.position.file}:${rule.position.line}:${rule.position.column}: ${rule.id} (require_approval) needs ${summary}
`);
  }
  io.stdout.write(
    `${plural(policySet.rules.length, "rule")} in ${plural(policySet.files.length, "file")}, ${plural(warnings.length, "warning")}
`
  );
  return warnings.length === 0 ? 0 : 1;
};
export {
  POLICY_HELP,
  policyCommand
};
