import { type OptionSpec } from '../options.js';
export interface Interpreter {
    /** Options that take a value; options end at the script operand (what follows is the script's). */
    options: OptionSpec;
    /** Options whose value is the script (`php -f x.php`); otherwise the first operand is. */
    scriptOption?: string[];
    /** Options after which there is no script file (`python -m module`, `-c code`). */
    noScript: string[];
    /** Options whose value is a file read (`node --env-file=.env`). */
    reads?: string[];
    /** Options whose value is a module to load: a file read when it is a path (`node -r ./x.js`). */
    loads?: string[];
    /** Options after which the script reads each of its operands as input (`perl -n`, `perl -p`). */
    readsOperands?: string[];
    /** …and writes them back (`perl -i -p`). */
    writesOperands?: string[];
    /** An option whose value is a folder the interpreter changes into before it opens the script (`ruby -C DIR`). */
    chdir?: string[];
    /** Installed under versioned names too (`python3.11`, `perl5.36`): found by the name without its version. */
    versioned?: boolean;
}
/** By program name; a versioned one (`python3.11`, `python3`) by the name without its version. */
export declare const INTERPRETERS: Record<string, Interpreter>;
/** vim under its other names (the Debian builds and the GUI included). */
export declare const VIM_NAMES: string[];
export declare const EDITORS: Record<string, OptionSpec>;
