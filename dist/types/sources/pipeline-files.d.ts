import type { ShellAction } from '../types.js';
export type PipelineFileKind = 'workflow' | 'makefile' | 'shell-script' | 'package-json' | 'composite-action';
/** Which kind of command-bearing file a repository path is, if any. */
export declare function pipelineFileKind(path: string): PipelineFileKind | undefined;
export declare function pipelineCommands(path: string, text: string, kind?: PipelineFileKind | undefined): ShellAction[];
