import { type PolicySet } from '../types.js';
import type { PolicyProblem } from './errors.js';
export declare function lintPolicies(policySet: PolicySet): PolicyProblem[];
