// Programs that run another command: wrappers (`sudo`, `env`, `timeout`…) are
// looked through to the command they run; shells and `eval` run a script whose
// literal text is analysed again; `ssh`, `docker exec` and `kubectl exec` run a
// command elsewhere, which is judged as well as the outer command.
//
// Options are parsed strictly: an option this module does not know could take
// the next word as its value or not, so the wrapped command would be a guess.
// Such a command is opaque (fail closed) rather than guessed.
import { lookupTable } from './options.js';
import { type OptionSpec, hasOption, optionValues, parseOptions, unversioned } from './options.js';
import { AWK, SED, SSH, sedScript } from './implied.js';
import { TOOL_ENVIRONMENT, TOOL_ENVIRONMENT_OPAQUE } from './canonical.js';
import type { Word } from './words.js';

export type Unwrapped =
  /**
   * The wrapper runs these words as a command. `extraArgs` says why more arguments come at run time;
   * `chdir` is the folder it runs the command in (`env -C DIR`, `sudo -D DIR`), taken from the shell's;
   * `reads` are files the wrapper itself reads (`xargs -a FILE`: their words become arguments).
   */
  | { kind: 'command'; words: Word[]; extraArgs?: string; chdir?: Word; reads?: Word[] }
  /** The words, joined with spaces, are a shell script. */
  | { kind: 'script'; words: Word[] }
  /** The wrapper runs no other command (`sudo -l`, `env` alone): judge it as it is. */
  | { kind: 'self' }
  /** Nothing runs (`exec 3>file` only changes redirections). */
  | { kind: 'none' }
  | { kind: 'opaque'; reason: string };

/**
 * Variables that change what later commands run or how they behave as programs:
 * setting them (inline or with `export`) makes the affected command opaque.
 * HOME and XDG_CONFIG_HOME are where tools read their configuration (git's
 * aliases and pager, kubeconfig, AWS credentials) and what `~` means; CDPATH
 * and OLDPWD are where `cd NAME` and `cd -` go.
 */
export const SENSITIVE_VARIABLE =
  /^(HOME|XDG_CONFIG_HOME|CDPATH|OLDPWD|LESSOPEN|LESSCLOSE|LESS|LESSKEY\w*|MANPAGER|GIT_DIR|GIT_WORK_TREE|GIT_COMMON_DIR|GIT_OBJECT_DIRECTORY|GIT_ALTERNATE_OBJECT_DIRECTORIES|GIT_INDEX_FILE|XDG_DATA_HOME|TF_DATA_DIR|PATH|IFS|BASH_ENV|ENV|SHELLOPTS|BASHOPTS|PS4|PROMPT_COMMAND|LD_PRELOAD|LD_LIBRARY_PATH|LD_AUDIT|DYLD_\w+|BASH_FUNC_\w+|GIT_SSH|GIT_SSH_COMMAND|GIT_EXEC_PATH|GIT_EXTERNAL_DIFF|GIT_PAGER|GIT_EDITOR|GIT_ASKPASS|GIT_PROXY_COMMAND|GIT_CONFIG\w*|PAGER|EDITOR|VISUAL|SSH_ASKPASS|KUBE_EDITOR|KUBECTL_EXTERNAL_DIFF|PYTHONSTARTUP|PYTHONPATH|PERL5OPT|PERL5LIB|RUBYOPT|NODE_OPTIONS|BROWSER)$/;

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/s;

export const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'ash', 'mksh', 'yash', 'fish', 'csh', 'tcsh', 'rbash']);

/** Interpreters whose inline code (`python -c`, `node -e`) cannot be analysed. */
const INLINE_CODE: Record<string, string> = lookupTable({
  python: 'c', python2: 'c', python3: 'c', perl: 'eE', ruby: 'e', node: 'ep', nodejs: 'ep', php: 'r', lua: 'e', deno: '',
  pwsh: 'c', powershell: 'c',
});

const WRAPPER_SPECS: Record<string, OptionSpec> = lookupTable({
  sudo: {
    shortValue: 'CDghpRrtTUu',
    shortFlag: 'AbEeHiKklnPSsVv',
    longValue: ['close-from', 'chdir', 'group', 'host', 'prompt', 'chroot', 'role', 'type', 'command-timeout', 'other-user', 'user'],
    longFlag: ['askpass', 'background', 'preserve-env', 'edit', 'set-home', 'login', 'remove-timestamp', 'reset-timestamp',
      'list', 'non-interactive', 'preserve-groups', 'stdin', 'shell', 'version', 'validate'],
    stopAtOperand: true,
    strict: true,
  },
  doas: { shortValue: 'Cu', shortFlag: 'nSs', stopAtOperand: true, strict: true },
  nohup: { stopAtOperand: true, strict: true },
  setsid: { shortFlag: 'cfw', longFlag: ['ctty', 'fork', 'wait'], stopAtOperand: true, strict: true },
  time: { shortFlag: 'pv', shortValue: 'fo', longValue: ['format', 'output'], longFlag: ['portability', 'verbose', 'append'], stopAtOperand: true, strict: true },
  builtin: { stopAtOperand: true, strict: true },
  command: { shortFlag: 'pvV', stopAtOperand: true, strict: true },
  exec: { shortFlag: 'cl', shortValue: 'a', stopAtOperand: true, strict: true },
  timeout: { shortValue: 'sk', shortFlag: 'v', longValue: ['signal', 'kill-after'], longFlag: ['preserve-status', 'foreground', 'verbose'], stopAtOperand: true, strict: true },
  stdbuf: { shortValue: 'ioe', longValue: ['input', 'output', 'error'], stopAtOperand: true, strict: true },
  ionice: { shortValue: 'cnpPu', shortFlag: 't', longValue: ['class', 'classdata', 'pid', 'pgid', 'uid'], longFlag: ['ignore'], stopAtOperand: true, strict: true },
  chroot: { longValue: ['userspec', 'groups'], longFlag: ['skip-chdir'], stopAtOperand: true, strict: true },
  flock: { shortValue: 'wEc', shortFlag: 'sxunoFe', longValue: ['timeout', 'conflict-exit-code', 'command', 'wait'], longFlag: ['shared', 'exclusive', 'unlock', 'nonblock', 'close', 'no-fork', 'verbose'], stopAtOperand: true, strict: true },
  strace: { shortValue: 'eoOpsSuabEIPX', shortFlag: 'fFchiqrtTvVwxyzCDkn', stopAtOperand: true, strict: true },
  ltrace: { shortValue: 'eoOpsSuabEIPXnlAL', shortFlag: 'fFchiqrtTvVwxyzCDk', stopAtOperand: true, strict: true },
  watch: { shortValue: 'nq', shortFlag: 'bcdeghprtwx', longValue: ['interval', 'equexit'], longFlag: ['beep', 'color', 'no-color', 'differences', 'errexit', 'chgexit', 'no-title', 'no-wrap', 'precise', 'exec', 'no-linewrap'], stopAtOperand: true, strict: true },
  nice: { shortValue: 'n', longValue: ['adjustment'], stopAtOperand: true, strict: true },
  env: {
    shortValue: 'uCSP',
    shortFlag: 'i0v',
    longValue: ['unset', 'chdir', 'split-string', 'default-signal', 'ignore-signal', 'block-signal'],
    longFlag: ['ignore-environment', 'null', 'debug', 'list-signal-handling'],
    stopAtOperand: true,
    strict: true,
  },
});

function sensitiveAssignment(word: Word): string | null {
  const m = ASSIGNMENT.exec(word.text);
  // `env HELM_NAMESPACE=prod helm …`: a tool's option set through the environment is not followed through env.
  return m && (SENSITIVE_VARIABLE.test(m[1]) || TOOL_ENVIRONMENT.has(m[1]) || TOOL_ENVIRONMENT_OPAQUE.test(m[1])) ? m[1] : null;
}

/** `NAME=value` words at the front of `env`'s operands; stops at the command. */
function skipAssignments(words: Word[]): { rest: Word[]; sensitive?: string } {
  let i = 0;
  for (; i < words.length && ASSIGNMENT.test(words[i].text); i++) {
    const name = sensitiveAssignment(words[i]);
    if (name) return { rest: words.slice(i), sensitive: name };
  }
  return { rest: words.slice(i) };
}

function afterOperands(operands: Word[], then: (rest: Word[]) => Unwrapped): Unwrapped {
  return operands.length === 0 ? { kind: 'self' } : then(operands);
}

/** Looks through a wrapper; `null` when `name` is not one. */
export function unwrap(name: string, args: Word[]): Unwrapped | null {
  if (name === 'xargs') return unwrapXargs(args);
  if (name === 'busybox') return args.length ? { kind: 'command', words: args } : { kind: 'self' };
  const spec = WRAPPER_SPECS[name];
  if (!spec) return null;
  // `nice -10 cmd` is an old spelling of `nice -n 10 cmd`.
  const normalised = name === 'nice' && args[0] && /^-\d+$/.test(args[0].text) ? args.slice(1) : args;
  const parsed = parseOptions(normalised, spec);
  if (parsed.error) return { kind: 'opaque', reason: `${name}: ${parsed.error}, so the command it runs is unknown` };
  const operands = parsed.operands;

  switch (name) {
    case 'sudo': {
      if (hasOption(parsed, 'e', 'edit')) return { kind: 'opaque', reason: 'sudo -e edits files as another user' };
      // With -s/-i the command runs through the target user's shell.
      if (hasOption(parsed, 's', 'i', 'shell', 'login')) {
        return operands.length ? { kind: 'script', words: operands } : { kind: 'opaque', reason: 'starts an interactive shell as another user' };
      }
      return afterOperands(operands, (rest) => withChdir({ kind: 'command', words: rest }, optionValues(parsed, 'D', 'chdir')));
    }
    case 'doas':
      if (hasOption(parsed, 's')) return { kind: 'opaque', reason: 'starts an interactive shell as another user' };
      return afterOperands(operands, (rest) => ({ kind: 'command', words: rest }));
    case 'command':
      // `command -v/-V NAME` only looks the name up.
      if (hasOption(parsed, 'v', 'V')) return { kind: 'self' };
      return afterOperands(operands, (rest) => ({ kind: 'command', words: rest }));
    case 'exec':
      return operands.length ? { kind: 'command', words: operands } : { kind: 'none' };
    case 'timeout':
      return operands.length < 2 ? { kind: 'self' } : { kind: 'command', words: operands.slice(1) };
    case 'chroot':
      if (operands.length === 0) return { kind: 'self' };
      if (operands.length === 1) return { kind: 'opaque', reason: 'chroot without a command starts a shell' };
      return { kind: 'command', words: operands.slice(1) };
    case 'flock': {
      const command = optionValues(parsed, 'c', 'command');
      if (command.length) return { kind: 'script', words: command };
      return operands.length < 2 ? { kind: 'self' } : { kind: 'command', words: operands.slice(1) };
    }
    case 'ionice':
    case 'strace':
    case 'ltrace':
      if (hasOption(parsed, 'p', 'P', 'u', 'pid', 'pgid', 'uid')) return { kind: 'self' };
      return afterOperands(operands, (rest) => ({ kind: 'command', words: rest }));
    case 'watch':
      // watch joins its arguments and runs them with `sh -c` unless -x is given.
      if (hasOption(parsed, 'x', 'exec')) return afterOperands(operands, (rest) => ({ kind: 'command', words: rest }));
      return afterOperands(operands, (rest) => ({ kind: 'script', words: rest }));
    case 'env': {
      const split = optionValues(parsed, 'S', 'split-string');
      const { rest, sensitive } = skipAssignments(operands);
      if (sensitive) return { kind: 'opaque', reason: `env sets ${sensitive}, which changes what the command runs` };
      const chdir = optionValues(parsed, 'C', 'chdir');
      if (split.length) {
        if (chdir.length) return { kind: 'opaque', reason: 'env -C with -S runs a script in another folder' };
        return { kind: 'script', words: [...split, ...rest.map(quoteForScript)] };
      }
      return afterOperands(rest, (words) => withChdir({ kind: 'command', words }, chdir));
    }
    default:
      return afterOperands(operands, (rest) => ({ kind: 'command', words: rest }));
  }
}

/** The last folder option of a wrapper (the one that counts) on the command it runs. */
function withChdir(unwrapped: Unwrapped & { kind: 'command' }, folders: Word[]): Unwrapped {
  const last = folders[folders.length - 1];
  return last ? { ...unwrapped, chdir: last } : unwrapped;
}

/** Re-quotes a word that is appended to a script text, so it stays one word. */
function quoteForScript(word: Word): Word {
  if (/^[\w@%+=:,./-]+$/.test(word.text)) return word;
  return { ...word, text: `'${word.text.replace(/'/g, `'\\''`)}'` };
}

function unwrapXargs(args: Word[]): Unwrapped {
  let replace: string | null = null;
  // `xargs -a FILE`: the arguments come from FILE, which xargs reads (and the command may print).
  const reads: Word[] = [];
  let i = 0;
  for (; i < args.length; i++) {
    const text = args[i].text;
    if (text === '--') {
      i++;
      break;
    }
    if (!text.startsWith('-') || text === '-') break;
    let m: RegExpExecArray | null;
    if ((m = /^-I(.*)$/s.exec(text))) replace = m[1] || args[++i]?.text || '{}';
    else if ((m = /^-i(.*)$/s.exec(text)) || (m = /^--replace(?:=(.*))?$/s.exec(text))) replace = m[1] || '{}';
    else if (text === '-a' || text === '--arg-file') {
      const file = args[++i];
      if (file) reads.push(file);
    } else if ((m = /^-a(.+)$|^--arg-file=(.*)$/s.exec(text))) reads.push({ ...args[i], text: m[1] ?? m[2] });
    else if (/^-[dELnPs]$/.test(text)) i++;
    else if (/^-[dELnPs].|^-[el].*|^--(delimiter|eof|max-lines|max-args|max-procs|max-chars|process-slot-var)=/s.test(text)) continue;
    else if (/^-[0rtpxo]+$/.test(text) || /^--(null|no-run-if-empty|verbose|interactive|exit|open-tty|show-limits)$/.test(text)) continue;
    else return { kind: 'opaque', reason: `xargs: unknown option ${text}, so the command it runs is unknown` };
  }
  const words = args.slice(i);
  const withReads = <T extends Unwrapped>(u: T): T => (reads.length && u.kind === 'command' ? { ...u, reads } : u);
  if (words.length === 0) return reads.length ? withReads({ kind: 'command', words: [{ text: 'echo' }], extraArgs: 'xargs adds arguments read from a file at run time' }) : { kind: 'self' };
  if (replace === null) return withReads({ kind: 'command', words, extraArgs: 'xargs adds arguments read from standard input at run time' });
  const marker = replace;
  // Each occurrence of the replacement string becomes text read at run time (one word, never split).
  return withReads({
    kind: 'command',
    words: words.map((w) => (marker && w.text.includes(marker) ? { ...w, dynamic: w.dynamic ?? `contains ${marker}, replaced by input read at run time` } : w)),
  });
}

export type ShellRun =
  | { kind: 'script'; script: Word }
  | { kind: 'stdin' }
  | { kind: 'file'; file: Word }
  | { kind: 'opaque'; reason: string };

const SHELL_OPTIONS: OptionSpec = {
  shortValue: 'oO',
  shortFlag: 'abcefhiklmnprstuvxBCDEHPT',
  longValue: ['rcfile', 'init-file'],
  longFlag: ['login', 'norc', 'noprofile', 'posix', 'noediting', 'restricted', 'verbose', 'debugger', 'dump-strings',
    'dump-po-strings', 'pretty-print', 'help', 'version', 'no-rcs', 'interactive', 'no-config', 'private'],
  stopAtOperand: true,
  strict: true,
};

/** What a shell invocation runs: a `-c` script, a script file, or standard input. */
export function shellRun(name: string, args: Word[]): ShellRun {
  // `+o name` / `+x` turn options off; they never take the script.
  const filtered: Word[] = [];
  for (let i = 0; i < args.length; i++) {
    if (/^\+O$|^\+o$/.test(args[i].text)) i++;
    else if (!/^\+[a-zA-Z]+$/.test(args[i].text)) filtered.push(args[i]);
  }
  const parsed = parseOptions(filtered, SHELL_OPTIONS);
  if (parsed.error) return { kind: 'opaque', reason: `${name}: ${parsed.error}, so the script it runs is unknown` };
  if (hasOption(parsed, 'c')) {
    const script = parsed.operands[0];
    return script ? { kind: 'script', script } : { kind: 'opaque', reason: `${name} -c without a script` };
  }
  if (hasOption(parsed, 's') || parsed.operands.length === 0 || parsed.operands[0].text === '-') return { kind: 'stdin' };
  return { kind: 'file', file: parsed.operands[0] };
}

// Option specs are constants: parseOptions keeps what it derives from a spec per spec object.
const SU_OPTIONS: OptionSpec = {
  shortValue: 'cgGsw',
  shortFlag: 'lmpfP',
  longValue: ['command', 'session-command', 'group', 'supp-group', 'shell', 'whitelist-environment'],
  longFlag: ['login', 'preserve-environment', 'fast', 'pty'],
  strict: true,
};

/** `su [opts] [-] [user] -c CMD`: the command, or why it is unknown. */
export function suCommand(args: Word[]): Word | string {
  const parsed = parseOptions(args.filter((w) => w.text !== '-'), SU_OPTIONS);
  if (parsed.error) return `su: ${parsed.error}, so the command it runs is unknown`;
  return optionValues(parsed, 'c', 'command', 'session-command')[0] ?? 'su without -c starts an interactive shell';
}

/** Inline code for an interpreter (`python -c`, `node -e`): a reason when present. */
export function inlineCodeReason(name: string, args: Word[]): string | null {
  const inline = INLINE_OPTIONS.get(name) ?? INLINE_OPTIONS.get(unversioned(name));
  if (inline === undefined) {
    const editor = EDITOR_COMMANDS.get(name);
    return editor ? editorCommandReason(name, editor, args) : name === 'sed' || name === 'gsed' ? sedReason(args) : null;
  }
  for (const arg of args) {
    if (!arg.text.startsWith('-')) break;
    if (inline.test(arg.text) || INLINE_LONG.test(arg.text)) return `${name} runs inline code that cannot be analysed`;
  }
  return name === 'deno' && args[0]?.text === 'eval' ? 'deno eval runs inline code that cannot be analysed' : null;
}

/**
 * Editors that run the command of a `+CMD` operand. vim reads any `+…` as ex
 * commands (`+1|!cmd` and `+/x/|!cmd` run cmd): only `+` and `+NUM` are plain.
 * nano and emacs take `+LINE,COL` / `+LINE:COL` and run nothing else from it,
 * but anything more is not read here.
 */
const EDITOR_COMMANDS: Map<string, RegExp> = new Map([
  ...['vi', 'vim', 'view', 'nvim', 'ex', 'vimdiff', 'gvim', 'gview', 'gvimdiff', 'evim', 'eview', 'rvim', 'rview', 'rgvim', 'rgview', 'vim.basic', 'vim.tiny', 'vim.nox', 'vim.gtk3'].map(
    (name): [string, RegExp] => [name, /^\+\d*$/],
  ),
  ['nano', /^\+[\d,]*$/],
  ['emacs', /^\+[\d:]*$/],
]);

function editorCommandReason(name: string, plain: RegExp, args: Word[]): string | null {
  for (const arg of args) if (arg.text.startsWith('+') && !plain.test(arg.text)) return `${name} ${arg.text} runs an editor command that cannot be analysed`;
  return null;
}

/** GNU sed runs commands (`e`, `s///e`); a script file may hold them. `--sandbox` refuses them. */
function sedReason(args: Word[]): string | null {
  const parsed = parseOptions(args, SED);
  if (hasOption(parsed, 'sandbox')) return null;
  const file = optionValues(parsed, 'f', 'file')[0];
  if (file) return `sed runs the script file ${file.text}, whose commands (e runs a program) are not analysed`;
  const given = hasOption(parsed, 'e', 'expression');
  for (const script of given ? optionValues(parsed, 'e', 'expression') : parsed.operands.slice(0, 1)) {
    if (script.dynamic || script.expands) continue;
    const { opaque } = sedScript(script.text);
    if (opaque) return opaque;
  }
  return null;
}

/** Each interpreter's inline-code letters as one RegExp over an option word (`-c`, `-Bc`), made at load. */
const INLINE_OPTIONS = new Map(Object.entries(INLINE_CODE).map(([program, letters]) => [program, new RegExp(`^-[a-zA-Z]*[${letters || '-'}]`)]));
const INLINE_LONG = /^--(eval|print|command)\b/;

/** awk programs can run commands (`system()`, `| getline`, `print | "cmd"`) and read or write files (`getline < f`, `print > f`). */
export function awkReason(args: Word[]): string | null {
  const parsed = parseOptions(args, AWK);
  // A program read from a file, or a loaded extension, is not known to the analysis.
  const file = parsed.options.find((o) => /^(f|file|E|exec|i|include)$/.test(o.name));
  if (file) return `awk runs the program file ${file.value?.text ?? ''}, whose commands are not analysed`;
  if (hasOption(parsed, 'l', 'load')) return 'awk loads an extension library, which runs code';
  // mawk's `-W exec FILE` is its -f; gawk's `-W file=…`, `-W include`, `-W load` likewise.
  const w = optionValues(parsed, 'W').find((v) => /^(e|f|i|l|s)/.test(v.text));
  if (w) return `awk -W ${w.text} reads a program file or loads code, which the analysis does not follow`;
  const inline = optionValues(parsed, 'e', 'source');
  const programs = inline.length || hasOption(parsed, 'e', 'source') ? inline : parsed.operands.slice(0, 1);
  for (const program of programs) {
    const text = program.text;
    if (/system\s*\(|\|\s*(getline|&)|\|\s*"/.test(text)) return 'awk program runs commands';
    if (/\bgetline\b/.test(text)) return 'awk program reads with getline a file or command output the analysis does not follow';
    if (/\bprintf?\b[^;{}\n]*>/.test(text)) return 'awk program writes to a file the analysis does not follow';
    if (/@(include|load|namespace)\b/.test(text)) return 'awk program includes other source or loads an extension';
    // gawk calls a function named by a variable (`f = "system"; @f(…)`).
    if (/@[A-Za-z_]\w*\s*\(/.test(text)) return 'awk program calls a function indirectly (@NAME()), which may be system()';
  }
  return null;
}

/** git options that make git run another program. */
export function gitReason(args: Word[]): string | null {
  for (let i = 0; i < args.length; i++) {
    const text = args[i].text;
    const config = text === '-c' ? args[i + 1]?.text : /^-c(.+)$|^--config-env=(.+)$/s.exec(text)?.slice(1).find(Boolean);
    if (config && /^(core\.(sshcommand|pager|editor|hookspath|fsmonitor|gitproxy|askpass)|alias\.|credential\.|diff\..*\.(textconv|command)|filter\.|merge\..*\.driver|sequence\.editor|uploadpack\.packobjectshook|protocol\..*\.allow)/i.test(config)) {
      return `git -c ${config.split('=')[0]} makes git run another program`;
    }
    if (/^--(exec-path|upload-pack|receive-pack)=?/.test(text)) return `git ${text.split('=')[0]} makes git run another program`;
    if (!text.startsWith('-')) break;
    if (text === '-C' || text === '-c') i++;
  }
  // The operands of `git` after the subcommand: `--upload-pack`, `-u`, `--ext-diff` and `ext::` URLs run programs too.
  for (const arg of args) {
    if (/^--(upload-pack|receive-pack|exec)=?/.test(arg.text) || /^ext::/.test(arg.text)) return `git ${arg.text.split('=')[0]} runs another program`;
  }
  return null;
}

export interface RemoteRun {
  /** Argument vector run directly (docker exec, kubectl exec). */
  argv?: Word[];
  /** Words joined into a script for the remote shell (ssh). */
  script?: Word[];
  opaque?: string;
}

const CONTAINER_EXEC_OPTIONS: OptionSpec = {
  shortValue: 'euw',
  shortFlag: 'itd',
  longValue: ['env', 'env-file', 'user', 'workdir', 'detach-keys'],
  longFlag: ['interactive', 'tty', 'detach', 'privileged'],
  stopAtOperand: true,
  strict: true,
};

const KUBECTL_EXEC_OPTIONS: OptionSpec = {
  shortValue: 'cnfs',
  longValue: ['container', 'namespace', 'filename', 'pod-running-timeout', 'context', 'cluster', 'kubeconfig', 'server', 'user'],
};

/** The command `ssh`, `docker exec` or `kubectl exec` runs elsewhere; `null` when there is none. */
export function remoteRun(name: string, args: Word[]): RemoteRun | null {
  if (name === 'ssh') {
    const parsed = parseOptions(args, SSH);
    for (const option of optionValues(parsed, 'o')) {
      if (/^\s*(ProxyCommand|LocalCommand|KnownHostsCommand|PermitLocalCommand|Match)\b/i.test(option.text)) {
        return { opaque: `ssh -o ${option.text.split(/[=\s]/)[0]} runs a local command` };
      }
    }
    if (hasOption(parsed, 'F')) return { opaque: 'ssh -F reads a config file that may run local commands' };
    const remote = parsed.operands.slice(1);
    return remote.length ? { script: remote } : null;
  }
  if (name === 'docker' || name === 'podman' || name === 'nerdctl') {
    const at = args[0]?.text === 'container' ? 1 : 0;
    if (args[at]?.text !== 'exec') return null;
    const parsed = parseOptions(args.slice(at + 1), CONTAINER_EXEC_OPTIONS);
    if (parsed.error) return { opaque: `${name} exec: ${parsed.error}, so the command it runs is unknown` };
    const argv = parsed.operands.slice(1);
    return argv.length ? { argv } : null;
  }
  if (name === 'kubectl') {
    const exec = args.findIndex((a) => a.text === 'exec');
    // The caller only asks when the canonical subcommand is `exec`.
    if (exec < 0) return null;
    const dashes = args.findIndex((a, i) => i > exec && a.text === '--');
    if (dashes >= 0) return { argv: args.slice(dashes + 1) };
    const parsed = parseOptions(args.slice(exec + 1), KUBECTL_EXEC_OPTIONS);
    return parsed.operands.length > 1 ? { opaque: 'kubectl exec without -- : cannot tell the command from its options' } : null;
  }
  return null;
}
