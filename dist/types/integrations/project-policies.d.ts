export interface PoliciesChoice {
    /** The `.safeclaw` folder whose policies decide. */
    dir: string;
    /** How it was chosen, for the decision's reason. */
    how: string;
}
export interface PoliciesLookup {
    /** `--policies` as given on the hook's command line. */
    given?: string;
    /** The hook process's environment (CLAUDE_PROJECT_DIR). */
    env: NodeJS.ProcessEnv;
    /** The `cwd` the client put in the hook input. */
    sessionCwd?: string;
    /** The folder the hook process runs in. */
    processCwd: string;
}
export declare class ProjectPoliciesError extends Error {
    constructor(message: string);
}
export declare function projectPoliciesDir(lookup: PoliciesLookup): PoliciesChoice;
/**
 * The outermost git work tree holding `dir`: the highest ancestor with a `.git`
 * (a folder, or the file a submodule or linked work tree has). Read from the file
 * system, as git finds its repository, so GIT_DIR in the hook's environment or a
 * repository git would refuse ("dubious ownership") cannot move it.
 */
export declare function outermostWorkTree(dir: string): string | undefined;
