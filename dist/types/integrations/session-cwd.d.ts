import type { Action, PolicySet } from '../types.js';
export declare function withSessionCwdPaths(actions: Action[], policySet: PolicySet, cwd: string | undefined): Action[];
