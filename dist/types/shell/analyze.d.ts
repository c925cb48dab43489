import type { FileAction, NetworkAction } from '../types.js';
import { type Word } from './words.js';
export interface SimpleCommand {
    /** Canonical text matched against `command` patterns. */
    text: string;
    /** The command as written in the source. */
    raw: string;
    /** Set when the command cannot be resolved statically: why. */
    opaque?: string;
    /** Wrappers looked through to reach this command, outermost first (`sudo`, `env`…). */
    wrappers?: string[];
}
export interface ImpliedAction {
    action: FileAction | NetworkAction;
    /** Canonical text of the simple command that implies it. */
    via: string;
    /** Set when the path or destination is only known at run time (a variable, a glob): why. */
    opaque?: string;
}
export interface ShellAnalysis {
    commands: SimpleCommand[];
    implied: ImpliedAction[];
}
/** Scripts inside scripts (`bash -c "sh -c '…'"`) deeper than this are opaque. */
export declare const MAX_NESTING = 8;
/** Leads the text of a command that could not be parsed: only a rule naming it can allow it. */
export declare const UNPARSABLE = "[unparsable]";
export declare function prepareShellAnalysis(): Promise<void>;
export declare function analyzeShellCommand(command: string): ShellAnalysis;
/** The same analysis, always through the parser: what the fast path must equal (tests compare the two). */
export declare function analyzeShellCommandParsed(command: string): ShellAnalysis;
/**
 * A fast path for the commonest input, a plain `program arg arg`: its words
 * without running the parser, or null when the line needs the parser.
 */
export declare function plainWords(command: string): {
    words: Word[];
    raw: string;
} | null;
