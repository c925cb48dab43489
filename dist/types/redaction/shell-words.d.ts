export interface Word {
    /** Offsets of the word in the text, quotes included. */
    start: number;
    end: number;
    /** The word as the program receives it (quotes removed, escapes resolved). */
    value: string;
}
export interface Span {
    start: number;
    end: number;
}
export interface Segment {
    /** The words of one simple command, redirections and their targets left out. */
    words: Word[];
    /** Words given with `<<<` (here-strings): they are the command's standard input. */
    hereStrings: Word[];
    /** Heredoc bodies (`<<EOF` … `EOF`), without the terminator line. */
    heredocs: Span[];
    /** True when the previous segment's output is piped into this one (`a | b`). */
    piped: boolean;
}
export declare function shellSegments(text: string): Segment[];
/** Reads one word at `i` (which must not be a blank or an operator), or undefined. */
export declare function readWord(text: string, i: number): Word | undefined;
