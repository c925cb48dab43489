// `safeclaw policy lint`: validate the policies (errors: exit 2) and warn about
// patterns that load but probably do not say what was meant (warnings: exit 1).
import { approvalSummary } from '../../policy/approvers.js';
import { formatProblem } from '../../policy/errors.js';
import { lintPolicies } from '../../policy/lint.js';
import { loadPolicies } from '../../policy/load.js';
import { parseCommandArgs } from '../args.js';
import { UsageError, type CliCommand } from '../io.js';
import { findPoliciesDir } from '../policies-dir.js';
import { plural } from '../../plural.js';

export const POLICY_HELP = `Usage: safeclaw policy lint [--policies DIR]

Validates every policy file (exit 2 on an error, with file:line:column) and warns
(exit 1) about exact-match command patterns, text glued to "--" where a space or *
was lost, paths anchored at the file-system root, rules a stricter rule always
overrides, and allow rules that allow everything. Exit 0 when clean.
Lists who approves each require_approval rule that names approvers or approvals.
`;

const OPTIONS = { policies: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

export const policyCommand: CliCommand = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, 'policy');
  if (values.help || positionals.length === 0) {
    io.stdout.write(POLICY_HELP);
    return values.help ? 0 : 2;
  }
  if (positionals[0] !== 'lint' || positionals.length > 1) {
    throw new UsageError(`policy: unknown subcommand "${positionals.join(' ')}" (only \`policy lint\`)`);
  }
  const policySet = await loadPolicies(findPoliciesDir(io.cwd, values.policies), { allowEmpty: true }); // no rules: a lint warning
  const warnings = lintPolicies(policySet);
  for (const warning of warnings) io.stdout.write(`${formatProblem({ ...warning, message: `warning: ${warning.message}` })}\n`);
  // Who may approve is policy: said where it is written, for the rules that set it.
  for (const rule of policySet.rules) {
    const summary = rule.approvers || rule.approvals !== undefined ? approvalSummary(rule) : undefined;
    if (summary) io.stdout.write(`${rule.position.file}:${rule.position.line}:${rule.position.column}: ${rule.id} (require_approval) needs ${summary}\n`);
  }
  io.stdout.write(
    `${plural(policySet.rules.length, 'rule')} in ${plural(policySet.files.length, 'file')}, ${plural(warnings.length, 'warning')}\n`,
  );
  return warnings.length === 0 ? 0 : 1;
};
