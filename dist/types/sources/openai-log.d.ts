import type { Action } from '../types.js';
interface Place {
    file: string;
    /** Line for items that do not know their own (whole-file JSON). */
    lineOf: (item: Record<string, unknown>) => number | undefined;
}
/** Actions from one parsed log value (a response, a completion, a request, an item or an array of them). */
export declare function openAiActions(value: unknown, place: Place): Action[];
export {};
