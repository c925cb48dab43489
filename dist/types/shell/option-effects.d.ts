import { type ImpliedTarget } from './implied.js';
import type { Word } from './words.js';
export interface OptionEffects {
    implied: ImpliedTarget[];
    /** Why an option makes the program run another program. */
    runs?: string;
}
export declare function optionEffects(program: string, args: Word[]): OptionEffects;
/** Whether setting this variable has a side effect listed above. */
export declare function hasEnvironmentEffect(variable: string): boolean;
/** The actions of inline environment variables, and why one makes the command opaque. */
export declare function environmentEffects(env: Record<string, string>): OptionEffects;
