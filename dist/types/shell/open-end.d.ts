import { type Word } from './words.js';
export interface OpenEnd {
    /** The literal start of the canonical text, up to the first computed word (ends with a blank). */
    prefix: string;
    /** The same start as allow patterns see it (see ./allow-text.ts). */
    allowPrefix: string;
}
/**
 * The open end of a command, or null when its computed words could change what
 * runs. `canonical` and `allowWords` are its canonical words (program first)
 * and the same words as allow patterns see them; `extraArgs` is set when xargs
 * appends words at run time.
 */
export declare function openEnd(name: string, args: Word[], canonical: string[], allowWords: string[], extraArgs?: string): OpenEnd | null;
