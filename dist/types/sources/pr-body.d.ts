import type { ShellAction } from '../types.js';
export interface PrBodyOptions {
    /** The body was given to be judged (`--pr-body FILE`): having no plan section is an error. */
    planRequired?: boolean;
}
/** The plan's commands; errors for a plan SafeClaw cannot read (see the header). */
export declare function prBodyPlanActions(body: string, file?: string, options?: PrBodyOptions): ShellAction[];
/** The commands of every plan section (no check that there are any). */
export declare function prBodyActions(body: string, file?: string): ShellAction[];
