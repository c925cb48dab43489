import { type ShellAnalysis } from '../shell/analyze.js';
import type { Action } from '../types.js';
/**
 * The namespace word of the opaque form: a variable, so the analysis reads the
 * form as depending on run time (opaque: denied unless a rule names it exactly).
 */
export declare const UNREAD_NAMESPACE = "$NAMESPACE_SAFECLAW_COULD_NOT_READ";
export interface ManifestContext {
    /** The checkout: manifests are read only inside it (symbolic links resolved). */
    root: string;
    /**
     * Where the command runs, relative paths start: the hook's working directory.
     * Default `root`. `null`: not known, so no relative path can be read (fail closed).
     */
    cwd?: string | null;
}
/**
 * The analysis each kubectl line was read with here, by its action object: the
 * gate hands it to the engine (evaluateAll's `analyses`), which judges it instead
 * of analysing the same line a second time. Only analyses made with no
 * tree-sitter miss during them (so exactly what the engine's own would be).
 */
export declare const manifestLineAnalyses: WeakMap<object, {
    command: string;
    analysis: ShellAnalysis;
}>;
/** The actions, each kubectl manifest command followed by its per-namespace forms (files of the checkout at `repoDir`). */
export declare function withManifestNamespaces(actions: Action[], repoDir: string): Promise<Action[]>;
/**
 * The same, for callers whose shell analysis is ready (a loaded policy set readies it):
 * the live hooks, which read the files as they are just before the command runs.
 */
export declare function withManifestNamespacesNow(actions: Action[], context: ManifestContext): Action[];
