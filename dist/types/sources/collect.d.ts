import type { Action } from '../types.js';
import { type CommandsFormat } from './agent-commands.js';
import { type PlanFormat } from './plan-file.js';
export interface CollectOptions {
    /** The checkout to diff (default: the current folder). Relative file options resolve against `cwd`. */
    repoDir?: string;
    /** `BASE...HEAD`: changed files and the commands files in them would run. */
    diff?: string;
    /** Plan files: Terraform/OpenTofu plan JSON, Pulumi preview JSON or CloudFormation change sets. */
    plans?: string[];
    /** How to read the plan files (default `auto`: told by their top-level keys). */
    planFormat?: PlanFormat;
    /** Agent command files (SafeClaw JSONL, shell text, Claude Code or OpenAI logs). */
    commands?: string[];
    commandsFormat?: CommandsFormat;
    /**
     * The PR description. As text (the Action: the PR's own description) a body
     * with no plan section is normal and gives no action; as a file (`--pr-body`)
     * it was given to be judged, so a body with no plan section is an error.
     * Either way a plan section with no command, or a heading that looks like
     * a plan heading SafeClaw does not read, is an error.
     */
    prBody?: string | {
        file: string;
    };
    /** Folder relative paths are resolved against (default: process.cwd()). */
    cwd?: string;
}
export declare function collectActions(options: CollectOptions): Promise<Action[]>;
/** Changed files as writes, then the commands the changed workflows/Makefiles/scripts would run. */
export declare function diffAndPipelineActions(repoDir: string, range: string): Promise<Action[]>;
