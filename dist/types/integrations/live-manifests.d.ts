import type { Action, PolicySet } from '../types.js';
export declare function withLiveManifestNamespaces(actions: Action[], policySet: PolicySet, cwd: string | undefined): Action[];
