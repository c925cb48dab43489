import { type ImpliedTarget } from './implied.js';
import type { Word } from './words.js';
export interface OptionEffects {
    implied: ImpliedTarget[];
    /** Why an option makes the program run another program. */
    runs?: string;
}
export declare function optionEffects(program: string, args: Word[]): OptionEffects;
