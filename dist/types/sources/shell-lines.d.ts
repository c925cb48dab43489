export interface ShellLine {
    command: string;
    /** 1-based line of the command's first character in the whole input. */
    line: number;
}
export declare class ShellSplitError extends Error {
    readonly line: number;
    constructor(line: number, problem: string);
}
/**
 * @param text shell text
 * @param firstLine line number of the text's first line in its file (for positions)
 */
export declare function splitShellCommands(text: string, firstLine?: number): ShellLine[];
