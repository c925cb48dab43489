export interface SourcePlace {
    file?: string;
    line?: number;
    /** The problem text names the file itself: do not prefix it with `file:`. */
    named?: boolean;
}
export declare class SourceError extends Error {
    readonly file?: string;
    readonly line?: number;
    readonly hint?: string;
    constructor(place: SourcePlace, problem: string, hint?: string);
}
/**
 * An input that was given but holds nothing to judge. A gate that passes on it
 * would pass on a log read in the wrong format, an empty file or a plan
 * section it did not recognise, so this is an error (exit 2), never "allow".
 */
export declare function noActionsError(file: string, readAs: string, what?: string): SourceError;
