// The library: `import { loadPolicies, evaluate } from '@authensor/safeclaw'`.
// Everything the README's Library section lists is exported here, with its types;
// test/lib/exports.test.ts imports the built bundle as a user would and checks it.
export type * from './types.js';
export { ACTION_TYPES, EFFECTS, STRICTNESS } from './types.js';

// Policies: load and validate once, then judge many times.
export { loadPolicies, compilePolicies, type LoadOptions, type PolicySource } from './policy/load.js';
export { PolicyError, formatProblem, type PolicyProblem } from './policy/errors.js';
export { lintPolicies } from './policy/lint.js';

// Decisions.
export { evaluate, DEFAULT_DENY_REASON } from './engine/evaluate.js';
export { evaluateAll } from './engine/gate.js';
export { SafeClawInputError, validateAction, type ActionInput } from './engine/input.js';
export { normalizeDestination, normalizePath } from './engine/normalize.js';
export { analyzeShellCommand, prepareShellAnalysis } from './shell/analyze.js';

// Sources: what a PR or an agent's log would do, as actions.
export { collectActions, type CollectOptions } from './sources/collect.js';
export { parseActionsJsonl } from './sources/actions-jsonl.js';
export { SourceError } from './sources/errors.js';

// The audit trail.
export { appendAuditRecords, type AppendResult, type AuditEntry, type AuditMeta } from './audit/append.js';
export { verifyAuditFile, type AuditFailure, type AuditFailureKind, type AuditVerification, type VerifyOptions } from './audit/verify.js';
export { AuditError, type AuditErrorKind } from './audit/errors.js';
export { DEFAULT_AUDIT_PATH, type AuditContext, type AuditRecord } from './audit/record.js';

// Secrets in outputs: what every report shows instead of a secret.
export { redactSecrets, type Redaction } from './redaction/redact.js';

// Agents.
export { safeclawToolGuardrail, safeclawTool, judgeFunctionCall } from './integrations/openai-agents.js';
export { judgePreToolUse, preToolUseAnswer } from './integrations/claude-code.js';
export { safeclawHooks, safeclawPreToolUse } from './integrations/claude-agent-sdk.js';

export { VERSION } from './version.js';
