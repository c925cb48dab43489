import type { ShellNode as Node } from './bash-parser/node.js';
export interface Word {
    /** Value after quote removal; run-time parts appear as their source text. */
    text: string;
    /** Why the value is only known at run time; unset for a literal word. */
    dynamic?: string;
    /** An unquoted expansion: the shell may split it into several words, or none. */
    splits?: boolean;
    /** Unquoted glob characters or brace expansion: the shell may turn it into several words. */
    expands?: 'glob' | 'brace';
    /**
     * The only run-time part is a process substitution: the program receives a
     * `/dev/fd/N` path the shell made, not text anyone chose.
     */
    fdPath?: boolean;
}
/** A word whose text, as the program will see it, is only known at run time (quoted or not). */
export declare function isComputed(word: Word): boolean;
/** A word the analysis made up itself (argv of `docker exec`, `env -S` pieces…). */
export declare function literalWord(text: string): Word;
/**
 * A word with every field present, in one order: the analysis reads words at many
 * places that see words of every kind, which V8 reads fastest when they share one shape.
 */
export declare function newWord(text: string, dynamic?: string, splits?: boolean, expands?: 'glob' | 'brace', fdPath?: boolean): Word;
/** Decodes the body of `$'…'` the way bash does. */
export declare function decodeAnsiC(body: string): string;
/**
 * The value of `$(( … ))` when it holds only integer constants and `+ - * / % ( )`:
 * then it is known before run time. Anything else (a variable name, which bash
 * evaluates as an arithmetic expression in turn, an assignment, a comparison) is
 * left to run time; null then.
 */
export declare function constantArithmetic(body: string): string | null;
/**
 * Nodes that touch (no white space between them) are one word to bash, however
 * tree-sitter-bash split them (`"$((4*5))"\\;` is the one word `20;`).
 */
export declare function resolveTouchingWords(nodes: Node[]): Word[];
/** Normalises one word node (a command name or an argument). */
export declare function resolveWord(node: Node): Word;
/**
 * Why tree-sitter's reading of one simple command cannot be how bash reads it,
 * or null. Bash ends a simple command at an unquoted newline and splits words
 * only at spaces and tabs; tree-sitter-bash sometimes runs a command on past a
 * line break (`echo hi⏎\terraform apply`, `echo ==⏎rm -rf ~`,
 * `echo<<<\ ⏎rm -rf ~`) or splits a word at a vertical tab or form feed
 * (`rsync -a src/ /etc/\v--dry-run`, one word to bash). Such a command is
 * opaque: the analysis would judge words that are not the ones that run.
 */
export declare function misreadCommand(node: Node): string | null;
/**
 * Why tree-sitter's tree of a whole script cannot be how bash reads it, or null.
 * A token whose text is not the token (`<<` spelled `\$`, red-team F39), a
 * special parameter that is none (`"$ $(cmd)"` read as `$ $`, F46), an ANSI-C
 * string that bash closes before the node ends (`$'\\' ; cmd #'`, F37), or a
 * here-doc whose end line is not its delimiter, or text left out between the
 * parts of a command or list (a word bash passes): the commands bash runs are not
 * the ones in the tree, so the script is opaque. One walk does all the checks.
 */
export declare function misreadTree(root: Node): string | null;
/**
 * The words bash passes to a command that tree-sitter-bash hangs on its
 * redirections: it reads `cmd > out arg` as a redirect with two destinations and
 * `cmd <<EOF arg` as a here-doc with an argument, where bash passes `arg` to cmd.
 */
export declare function wordsInRedirects(redirects: readonly Node[]): Word[];
