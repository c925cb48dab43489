import type { Action } from '../types.js';
/** The actions, each kubectl manifest command followed by its per-namespace forms. */
export declare function withManifestNamespaces(actions: Action[], repoDir: string): Promise<Action[]>;
