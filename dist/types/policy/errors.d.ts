import type { SourcePosition } from '../types.js';
export interface PolicyProblem {
    /** Line and column 0: the problem is about the file or folder as a whole. */
    position: SourcePosition;
    /** What is wrong. */
    message: string;
    /** What to do about it. */
    fix?: string;
}
export declare function formatProblem(problem: PolicyProblem): string;
/** The policy set is invalid: SafeClaw refuses to run rather than guess. */
export declare class PolicyError extends Error {
    readonly problems: PolicyProblem[];
    constructor(problems: PolicyProblem[]);
}
