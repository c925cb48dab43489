export interface SourcePlace {
    file?: string;
    line?: number;
}
export declare class SourceError extends Error {
    readonly file?: string;
    readonly line?: number;
    readonly hint?: string;
    constructor(place: SourcePlace, problem: string, hint?: string);
}
