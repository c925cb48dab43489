export interface InertArguments {
    /** How many leading arguments must be literal (and not options) first; 0 when any word is inert. */
    firstLiteral: number;
}
export declare const INERT_ARGUMENTS: Record<string, InertArguments>;
