// The inputs of action.yml, read and checked once. Defaults here repeat
// action.yml's so a run without the runner's defaults (a test, local-action)
// behaves the same, except `audit-artifact` and `github-token`, where an empty
// value means "off" (the runner passes '' for both unset and set-to-empty).
// A bad value is an error naming the input and the choices.
import { DEFAULT_LIMITS } from './api-retry.js';
import { APPROVE_WITH, type ApproveWith } from './approvals.js';
import { COMMENT_MODES, type CommentMode } from './github-api.js';
import { FAIL_ON, type FailOn } from './outcome.js';
import { COMMANDS_FORMATS, type CommandsFormat } from '../sources/agent-commands.js';

export interface ActionInputs {
  policies: string;
  base: string;
  head: string;
  plan: string;
  commands: string;
  /** How the commands files are read: auto (default) or one format for all. */
  commandsFormat: CommandsFormat;
  prBodyCommands: boolean;
  comment: CommentMode;
  failOn: FailOn;
  sarif: string;
  auditArtifact: string;
  githubToken: string;
  /** Longest wait for one GitHub API answer, in ms. */
  apiTimeoutMs: number;
  /** Longest total time for the run's GitHub API calls, in ms. */
  apiBudgetMs: number;
  /** Which approvals count: `/safeclaw approve` comments, approving reviews, or both. */
  approveWith: ApproveWith;
}

export class InputError extends Error {
  override name = 'InputError';
}

/** `get(name)` returns the raw input ('' when not set), like core.getInput. */
export function readInputs(get: (name: string) => string): ActionInputs {
  const text = (name: string, fallback = '') => get(name).trim() || fallback;
  return {
    policies: text('policies', '.safeclaw'),
    base: text('base'),
    head: text('head'),
    plan: get('plan'),
    commands: get('commands'),
    commandsFormat: choice('commands-format', text('commands-format', 'auto'), COMMANDS_FORMATS),
    prBodyCommands: flag('pr-body-commands', text('pr-body-commands', 'true')),
    comment: choice('comment', text('comment', 'always'), COMMENT_MODES),
    failOn: choice('fail-on', text('fail-on', 'require_approval'), FAIL_ON),
    sarif: text('sarif'),
    auditArtifact: text('audit-artifact'),
    githubToken: text('github-token'),
    apiTimeoutMs: secondsInput('api-timeout', text('api-timeout', String(DEFAULT_LIMITS.timeoutMs / 1000))),
    approveWith: choice('approve-with', text('approve-with', 'both'), APPROVE_WITH),
    apiBudgetMs: secondsInput('api-budget', text('api-budget', String(DEFAULT_LIMITS.budgetMs / 1000))),
  };
}

function choice<T extends string>(name: string, value: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new InputError(`input ${name}: "${value}" is not one of ${choices.join(', ')}`);
}

// The YAML 1.2 core schema booleans, as core.getBooleanInput accepts them.
function flag(name: string, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(`input ${name}: "${value}" is not true or false`);
}

// Seconds, fractions allowed (tests use 0.2); zero or less would turn every call into a failure.
function secondsInput(name: string, value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !(n > 0)) throw new InputError(`input ${name}: "${value}" is not a positive number of seconds`);
  return Math.round(n * 1000);
}
