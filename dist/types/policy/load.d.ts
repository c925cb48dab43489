import { type PolicySet, type Rule } from '../types.js';
export interface PolicySource {
    /** Shown in errors: relative to the current folder where possible. */
    file: string;
    text: string;
}
/** Reads `DIR/policies/*.y{a,}ml` (sorted by name), compiles them, and readies shell analysis. */
export declare function loadPolicies(dir: string): Promise<PolicySet>;
/** Pure: policy texts → compiled set. Throws PolicyError listing every problem. */
export declare function compilePolicies(sources: PolicySource[], dir: string): PolicySet;
/** SHA-256 over the canonical JSON of the rules (sorted by id): the same rules give the same digest whatever the files look like. */
export declare function policyDigest(rules: Rule[]): string;
