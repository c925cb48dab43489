import { type PolicySet, type Rule } from '../types.js';
export interface PolicySource {
    /** Shown in errors: relative to the current folder where possible. */
    file: string;
    text: string;
}
export interface LoadOptions {
    /**
     * Accept a policy set with no rules at all. Off by default: with no rules every
     * action is denied, and a gate that denies everything because its policies are
     * missing should say so instead (`policy lint` turns it into a warning).
     */
    allowEmpty?: boolean;
    /**
     * Load tree-sitter's wasm (17–27 ms) before returning, so that any command can be
     * analysed. On by default. A caller that knows its commands passes false and loads it
     * only when one needs it: it awaits prepareShellAnalysis(commands) before evaluating
     * them, or judges, and judges again with the parser loaded if that judgement needed it
     * (src/integrations/live-judge.ts). A line that needs the parser while it is not
     * loaded is denied, never allowed (src/engine/evaluate.ts).
     */
    prepareShell?: boolean;
    /**
     * Return the policy set this process compiled last when every input of that
     * compile is the same: the same folder, the same current folder (messages name
     * files relative to it), the same options, and the same files, name for name and
     * byte for byte, just read again. compilePolicies is pure, so that set is the one
     * it would make; the folder is still listed, checked and read on every call, only
     * the compile is skipped. For a long-lived process that loads the policies before
     * each call (the hook's judge, src/cli/judge-server.ts). A policy set is never
     * changed by judging (the engine keeps what it derives from one beside it, the
     * same for every decision), as every in-process integration that judges many
     * calls with one set relies on too.
     */
    reuseUnchanged?: boolean;
}
/**
 * Reads every `*.yaml` / `*.yml` file under `DIR/policies/` (subfolders included,
 * in path order; anything else there is refused: see ./files.ts), compiles them,
 * and readies shell analysis (unless `prepareShell: false`). Throws PolicyError
 * listing every problem.
 */
export declare function loadPolicies(dir: string, options?: LoadOptions): Promise<PolicySet>;
/** Pure: policy texts → compiled set. Throws PolicyError listing every problem (and for no rules at all, unless allowed). */
export declare function compilePolicies(sources: PolicySource[], dir: string, options?: LoadOptions): PolicySet;
/** SHA-256 over the canonical JSON of the rules (sorted by id): the same rules give the same digest whatever the files look like. */
export declare function policyDigest(rules: Rule[]): string;
