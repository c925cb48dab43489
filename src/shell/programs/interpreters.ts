// Interpreters that run a script file, one row per program: the script is a
// file read (a deny rule on `**/.env` stops `python3 .env`), and so are the
// files some of their options name. The code the script runs is not known to
// the analysis: the command is judged by its command rules, as it was (an
// allow rule for `python3 *` means running any script). Inline code
// (`python -c`, `node -e`) makes the command opaque (../wrappers.ts).
// Options checked against `python3 --help` (3.11), `node --help` (20), `perl -h`
// (5.36), and the ruby and php manuals (not on this machine).
import { lookupTable, type OptionSpec } from '../options.js';

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

const PYTHON: Interpreter = { options: { shortValue: 'cmWX', stopAtOperand: true }, noScript: ['c', 'm'], versioned: true };

const NODE: Interpreter = {
  options: {
    shortValue: 'eprC',
    longValue: ['eval', 'print', 'require', 'import', 'loader', 'experimental-loader', 'env-file', 'env-file-if-exists', 'conditions', 'input-type', 'title'],
    stopAtOperand: true,
  },
  noScript: ['e', 'eval', 'p', 'print'],
  reads: ['env-file', 'env-file-if-exists'],
  loads: ['r', 'require', 'import', 'loader', 'experimental-loader'],
};

const RUBY: Interpreter = {
  options: { shortValue: 'eCIrEF', longValue: ['encoding', 'external-encoding', 'internal-encoding', 'enable', 'disable'], stopAtOperand: true },
  noScript: ['e'],
  loads: ['r'],
  readsOperands: ['n', 'p'],
  chdir: ['C'],
  versioned: true,
};

const PERL: Interpreter = { options: { shortValue: 'eEIMm', stopAtOperand: true }, noScript: ['e', 'E'], readsOperands: ['n', 'p'], writesOperands: ['i'], versioned: true };

const PHP: Interpreter = { options: { shortValue: 'fcdrRBEFzt', stopAtOperand: true }, scriptOption: ['f'], noScript: ['r', 'R', 'B', 'E'], reads: ['c', 'F'], versioned: true };

/** By program name; a versioned one (`python3.11`, `python3`) by the name without its version. */
export const INTERPRETERS: Record<string, Interpreter> = lookupTable({
  python: PYTHON,
  pypy: PYTHON,
  node: NODE,
  nodejs: NODE,
  ruby: RUBY,
  perl: PERL,
  php: PHP,
});

/** Editors: each file operand is read and may be written; `+LINE` is not a file. */
const VIM: OptionSpec = { shortValue: 'cSuUiTwWstq', longValue: ['cmd'] };

/** vim under its other names (the Debian builds and the GUI included). */
export const VIM_NAMES = ['vi', 'vim', 'view', 'ex', 'vimdiff', 'gvim', 'gview', 'gvimdiff', 'evim', 'eview', 'rvim', 'rview', 'rgvim', 'rgview', 'vim.basic', 'vim.tiny', 'vim.nox', 'vim.gtk3'];

export const EDITORS: Record<string, OptionSpec> = lookupTable({
  ...Object.fromEntries(VIM_NAMES.map((name) => [name, VIM])),
  nvim: { shortValue: 'cSuiwWstq', longValue: ['cmd', 'listen', 'startuptime', 'api-info'] },
  nano: { shortValue: 'CoQrsTYf', longValue: ['backupdir', 'operatingdir', 'quotestr', 'fill', 'tabsize', 'syntax', 'rcfile', 'guidestripe', 'wordchars', 'speller'] },
  emacs: { shortValue: 'Lldfu', longValue: ['eval', 'execute', 'load', 'funcall', 'directory', 'user', 'script', 'chdir', 'init-directory'] },
});
