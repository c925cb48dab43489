import type { Word } from './words.js';
/**
 * A lookup table without Object.prototype behind it. Program names and option
 * names come from the command line: with a plain object, `toString -x` or
 * `constructor ls` would find inherited members (`constructor` was taken for a
 * wrapper and `ls` judged in its place).
 */
export declare function lookupTable<T>(entries: Record<string, T>): Record<string, T>;
/**
 * The tables' own copy of `text` when some table has it as a key, else `text`.
 * A program name is cut out of the command line afresh for every decision, and
 * each table it is looked up in by `table[name]` then searches V8's string table
 * for it first; looked up by the tables' own copy, it goes straight to the table.
 * (One Map look-up here instead of that search in every table after it.)
 */
export declare function knownKey(text: string): string;
/** `python3.11` → `python`, `python3` → `python`: the name without a version at its end (the name itself when that leaves nothing). */
export declare function unversioned(name: string): string;
export interface OptionSpec {
    /** Short options that take a value (`-u root`, `-uroot`). */
    shortValue?: string;
    /** Short options without a value. */
    shortFlag?: string;
    /** Long options (without `--`) that take a value (`--user root`, `--user=root`). */
    longValue?: string[];
    /** Long options without a value (or with an optional `=value`). */
    longFlag?: string[];
    /** Operands end the options (POSIX); otherwise options may follow operands (GNU). */
    stopAtOperand?: boolean;
    /** Unknown options are an error (wrappers) instead of being taken as flags. */
    strict?: boolean;
    /** Accept `-name` long options written with one dash (find, Go tools). */
    singleDashLong?: boolean;
}
export interface ParsedOption {
    name: string;
    value?: Word;
}
export interface ParsedArgs {
    options: ParsedOption[];
    operands: Word[];
    /** Set when `strict` and an option is unknown, or an option word is computed at run time. */
    error?: string;
}
export declare function optionValues(parsed: ParsedArgs, ...names: string[]): Word[];
export declare function hasOption(parsed: ParsedArgs, ...names: string[]): boolean;
export declare function parseOptions(args: Word[], spec: OptionSpec): ParsedArgs;
