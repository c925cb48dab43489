// Policy problems are values with a position and a fix, never stack traces.
import type { SourcePosition } from '../types.js';

export interface PolicyProblem {
  /** Line and column 0: the problem is about the file or folder as a whole. */
  position: SourcePosition;
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  fix?: string;
}

export function formatProblem(problem: PolicyProblem): string {
  const { file, line, column } = problem.position;
  const fix = problem.fix ? ` (${problem.fix})` : '';
  const where = line === 0 ? file : `${file}:${line}:${column}`;
  return `${where}: ${problem.message}${fix}`;
}

/** The policy set is invalid: SafeClaw refuses to run rather than guess. */
export class PolicyError extends Error {
  readonly problems: PolicyProblem[];

  constructor(problems: PolicyProblem[]) {
    super(
      `invalid policy: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n` +
        problems.map((p) => '  ' + formatProblem(p)).join('\n'),
    );
    this.name = 'PolicyError';
    this.problems = problems;
  }
}
