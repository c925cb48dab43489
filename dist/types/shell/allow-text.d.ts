/** An option's name: one or two dashes, then name characters, inner dashes only between them. */
export declare const OPTION_NAME: RegExp;
/** An option word as allow patterns see it: only its name keeps real dashes. */
export declare function optionWord(word: string): string;
/**
 * Where OPTION_NAME's match in the word ends, or -1 when it does not match: the
 * same expression read by hand (no match array per option word; the property
 * test in test/shell/allow-text-scanner.test.ts compares the two).
 */
export declare function optionNameEnd(word: string): number;
export interface AllowText {
    /** The words as allow patterns see them. */
    words: string[];
    /** The same command with the dry-run option in its canonical spelling (`rsync -avn` → `rsync -av --dry-run`), when it differs. */
    canonicalDryRun?: string[];
}
/**
 * The allow-pattern words of a command. `words` is its canonical form (program
 * first); when the tool has an option table, its options are the words from
 * `optionsStart` up to `optionsEnd` (canonicalise's result).
 */
export declare function allowWords(words: string[], optionsStart?: number, optionsEnd?: number): AllowText;
interface DryRunState {
    on: boolean;
    /** The word that turned it on last. */
    at: number;
    /** The short letter, when that word is a cluster (`-avn`). */
    letter?: string;
}
/**
 * Whether the program's dry-run option is in effect, read as the program reads
 * its options: the last spelling wins, `--no-NAME` (or an abbreviation of it)
 * turns it off, a value-taking option takes the next word whatever it is, and
 * nothing after `--` is an option. Any word that might turn it off or hide it
 * (an unknown long option right before it, an abbreviation) leaves it off:
 * a false denial is the safe side.
 */
export declare function dryRunOf(program: string, words: string[]): DryRunState;
export {};
