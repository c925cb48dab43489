import type { Word } from '../words.js';
export interface DirectoryOptions {
    /** Option spellings that take the folder as the next word (`-C dir`, `--directory dir`). */
    separate: string[];
    /** Prefixes that carry the folder in the same word (`-Cdir`, `--directory=dir`, `-chdir=dir`). */
    attached: string[];
    /** Only options before the first operand count (git's global options, terraform's `-chdir`). */
    beforeOperand: boolean;
    /** Options (before the first operand) that take the next word as a value, so it is not the operand. */
    valueOptions?: string[];
    /** Short flags that may be bundled before the folder letter (`make -sC dir`). */
    bundledFlags?: string;
    /** Several folder options: each relative one is taken from the one before (git, make); else the last wins. */
    cumulative: boolean;
}
export declare const DIRECTORY_OPTIONS: Record<string, DirectoryOptions>;
/** The folder words a command's own options name, in order (empty: it runs where the shell is). */
export declare function directoryWords(program: string, args: Word[]): Word[];
/**
 * Programs that read the folder they run in as their own configuration (and may
 * run what it names): terraform's `*.tf` files and state, git's `.git/config`
 * (core.fsmonitor, aliases, pagers), a Makefile, package.json scripts, a compose
 * file, ansible.cfg. Run in a folder of the repository, that is the repository's
 * own configuration, which the allow rule for the tool means; run outside it (or
 * in a folder known only at run time), the command reads everything there, judged
 * as a recursive read of that folder: `terraform -chdir=/etc plan` quotes /etc's
 * files in its errors, `cd /tmp/x && git status` runs /tmp/x's fsmonitor.
 */
export declare const READS_ITS_FOLDER: Record<string, string>;
