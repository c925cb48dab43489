import type { Action } from '../types.js';
export declare function parseActionsJsonl(text: string, file: string): Action[];
export declare function parseActionLine(line: string, place: {
    file: string;
    line: number;
}): Action;
