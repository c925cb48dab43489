// The library: `import { loadPolicies, evaluate } from '@authensor/safeclaw'`.
export type * from './types.js';
export { ACTION_TYPES, EFFECTS, STRICTNESS } from './types.js';
export { loadPolicies, compilePolicies, type PolicySource } from './policy/load.js';
export { PolicyError, formatProblem, type PolicyProblem } from './policy/errors.js';
export { lintPolicies } from './policy/lint.js';
export { evaluate, DEFAULT_DENY_REASON } from './engine/evaluate.js';
export { evaluateAll } from './engine/gate.js';
export { normalizeDestination, normalizePath } from './engine/normalize.js';
export { analyzeShellCommand } from './shell/analyze.js';
export { VERSION } from './version.js';
export { safeclawToolGuardrail, safeclawTool, judgeFunctionCall } from './integrations/openai-agents.js';
export { judgePreToolUse, preToolUseAnswer } from './integrations/claude-code.js';
export { safeclawHooks, safeclawPreToolUse } from './integrations/claude-agent-sdk.js';
