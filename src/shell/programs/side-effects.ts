// Options with side effects, one table per program: options of otherwise
// read-only tools that run a program, read a file, write a file or reach a host.
// The analysis turns each into the action it causes (judged by that action's
// own rules) or, for `runs`, into an opaque part: the program it runs is not
// what the allow rule for the tool meant. Adding knowledge is adding a row here;
// the engine does not change. The README (Shell analysis → Side effects) lists
// what each table knows.
//
// A table names options as the program spells them (long names without `--`,
// short letters, or `-name` for single-dash programs); `values` says which
// options take a value, so operands are told from option values.
import { lookupTable } from '../options.js';
import { VIM_NAMES } from './interpreters.js';

export type Effect =
  /** The value is a command or script the program runs. */
  | 'runs'
  /** The value is a file the program reads. */
  | 'reads'
  /** The value is the tool's own input (var files, values files): a read only deny and approval rules judge. */
  | 'reads-input'
  /** The value is a file the program writes (or deletes). */
  | 'writes'
  /** The value is a host or URL the program connects to. */
  | 'reaches'
  /** The option itself (no value) writes or deletes the files the program visits. */
  | 'writes-operands'
  /** The value is a folder the program writes files under (`helm template --output-dir`). */
  | 'writes-under'
  /** The value is the tool's own output file (`terraform plan -out`): a write only deny and approval rules judge, in the repository. */
  | 'writes-output'
  /** The value is a folder (or URL) whose files are copied into the working folder (`terraform init -from-module=DIR`). */
  | 'copies-in';

export interface SideEffectTable {
  /** Options that take a value: `--name VALUE`, `--name=VALUE`, `-x VALUE`, `-xVALUE`. */
  values: string[];
  /** Option → what it does. */
  effects: Record<string, Effect>;
  /** Options are written `-name` with one dash (find, make's -f is still short). */
  singleDash?: boolean;
  /** Only for these subcommands (first operand), when the table is about one (`git difftool`). */
  subcommands?: string[];
  /** Values with these prefixes are files read (`file://x`, `fileb://x`, `@x`). */
  filePrefixes?: string[];
  /**
   * Rows that apply only under one subcommand (the first operand after the
   * program's global options), merged over `values` and `effects`.
   */
  bySubcommand?: Record<string, { values: string[]; effects: Record<string, Effect> }>;
  /** Global options before the subcommand that take the next word (`git -C DIR`). */
  globalValues?: string[];
  /** Operands that are URLs are fetched (`helm install web oci://host/chart`): a network.request each. */
  urlOperands?: boolean;
  /** Options whose value is `KEY=FILE` (helm `--set-file name=path`). */
  keyedFiles?: string[];
  /** Options end at the first operand (wrappers: what follows is the command they run). */
  stopAtOperand?: boolean;
  /**
   * Options whose value is either a file or a `KEY=VALUE` setting
   * (`terraform init -backend-config=address=http://…`): a setting reads no
   * file, and a URL in it is a host reached.
   */
  settingOrFile?: string[];
}

// git's options mean different things per subcommand (`-x` runs a command for
// difftool and rebase, and is "also ignored files" for clean; `-u` runs one for
// clone, and is --untracked-files for status, --patch for log): rows per subcommand.
const GIT: SideEffectTable = {
  values: [],
  effects: {},
  bySubcommand: {
    difftool: { values: ['x', 'extcmd', 't', 'tool'], effects: { x: 'runs', extcmd: 'runs', t: 'runs', tool: 'runs' } },
    mergetool: { values: ['t', 'tool'], effects: { t: 'runs', tool: 'runs' } },
    clone: {
      values: ['u', 'upload-pack', 'template', 'separate-git-dir', 'c', 'config', 'o', 'origin', 'b', 'branch', 'depth', 'reference'],
      effects: { u: 'runs', 'upload-pack': 'runs', template: 'reads', 'separate-git-dir': 'writes', reference: 'reads' },
    },
    fetch: { values: ['upload-pack', 'j', 'jobs', 'depth', 'o', 'server-option'], effects: { 'upload-pack': 'runs' } },
    pull: { values: ['upload-pack', 'j', 'jobs', 'depth', 'o', 'server-option', 's', 'strategy', 'X', 'strategy-option'], effects: { 'upload-pack': 'runs' } },
    'ls-remote': { values: ['upload-pack', 'o', 'server-option'], effects: { 'upload-pack': 'runs' } },
    archive: { values: ['exec', 'remote', 'o', 'output', 'prefix', 'format'], effects: { exec: 'runs', o: 'writes', output: 'writes', remote: 'reaches' } },
    push: { values: ['receive-pack', 'exec', 'repo', 'o', 'push-option'], effects: { 'receive-pack': 'runs', exec: 'runs', repo: 'reaches' } },
    'send-pack': { values: ['receive-pack', 'exec'], effects: { 'receive-pack': 'runs', exec: 'runs' } },
    rebase: { values: ['x', 'exec', 'onto', 's', 'strategy', 'X', 'strategy-option'], effects: { x: 'runs', exec: 'runs' } },
    diff: { values: ['output', 'O', 'S', 'G', 'diff-filter', 'relative', 'U', 'unified'], effects: { output: 'writes', O: 'reads' } },
    log: { values: ['output', 'O', 'S', 'G', 'n', 'max-count', 'author', 'grep', 'since', 'until', 'format', 'pretty'], effects: { output: 'writes', O: 'reads' } },
    show: { values: ['output', 'O', 'S', 'G', 'format', 'pretty'], effects: { output: 'writes', O: 'reads' } },
    'format-patch': { values: ['o', 'output-directory', 'O'], effects: { o: 'writes-under', 'output-directory': 'writes-under', O: 'reads' } },
    init: { values: ['template', 'separate-git-dir', 'b', 'initial-branch'], effects: { template: 'reads', 'separate-git-dir': 'writes' } },
    commit: { values: ['F', 'file', 't', 'template', 'm', 'message', 'c', 'C', 'author', 'date'], effects: { F: 'reads', file: 'reads', t: 'reads', template: 'reads' } },
    tag: { values: ['F', 'file', 'm', 'message', 'u', 'local-user'], effects: { F: 'reads', file: 'reads' } },
    status: { values: [], effects: {} },
    clean: { values: ['e', 'exclude'], effects: {} },
  },
  globalValues: ['C', 'c', 'git-dir', 'work-tree', 'namespace', 'config-env', 'exec-path', 'super-prefix'],
};

const KUBECTL: SideEffectTable = {
  values: ['s', 'f', 'k', 'o', 'n', 'l', 'c', 'from-file', 'from-env-file', 'filename', 'kustomize', 'kubeconfig', 'server', 'certificate-authority',
    'client-certificate', 'client-key', 'output', 'token-file', 'cache-dir', 'template', 'profile', 'profile-output', 'namespace', 'selector', 'container'],
  filePrefixes: ['go-template-file=', 'jsonpath-file=', 'templatefile=', 'custom-columns-file='],
  effects: {
    'from-file': 'reads', 'from-env-file': 'reads', filename: 'reads', f: 'reads', kustomize: 'reads', k: 'reads', kubeconfig: 'reads',
    server: 'reaches', s: 'reaches', 'certificate-authority': 'reads', 'client-certificate': 'reads', 'client-key': 'reads',
    'token-file': 'reads', 'cache-dir': 'writes', 'profile-output': 'writes',
  },
};

const HELM: SideEffectTable = {
  values: ['f', 'post-renderer', 'set-file', 'values', 'kubeconfig', 'kube-apiserver', 'repo', 'kube-ca-file', 'registry-config', 'repository-config', 'output-dir',
    'ca-file', 'cert-file', 'key-file', 'keyring', 'n', 'namespace', 'version', 'o', 'output'],
  effects: {
    'post-renderer': 'runs', 'set-file': 'reads', values: 'reads-input', f: 'reads-input', kubeconfig: 'reads', 'kube-apiserver': 'reaches',
    repo: 'reaches', 'kube-ca-file': 'reads', 'registry-config': 'reads', 'repository-config': 'reads', 'output-dir': 'writes-under',
    'ca-file': 'reads', 'cert-file': 'reads', 'key-file': 'reads', keyring: 'reads',
  },
  // A chart reference may be a URL or an oci:// ref: helm pulls it first, dry run or not.
  urlOperands: true,
  keyedFiles: ['set-file'],
};

const TERRAFORM: SideEffectTable = {
  values: ['var-file', 'backend-config', 'state', 'state-out', 'out', 'backup', 'plugin-dir', 'generate-config-out', 'from-module'],
  effects: {
    'var-file': 'reads-input', 'backend-config': 'reads-input', state: 'reads', 'state-out': 'writes', out: 'writes-output', backup: 'writes',
    'plugin-dir': 'runs', 'generate-config-out': 'writes', 'from-module': 'copies-in',
  },
  settingOrFile: ['backend-config'],
  singleDash: true,
};

const AWS: SideEffectTable = {
  values: ['endpoint-url', 'ca-bundle', 'cli-input-json', 'cli-input-yaml'],
  effects: { 'endpoint-url': 'reaches', 'ca-bundle': 'reads' },
  filePrefixes: ['file://', 'fileb://'],
};

const VAULT: SideEffectTable = {
  values: ['address', 'ca-cert', 'client-cert', 'client-key'],
  effects: { address: 'reaches', 'ca-cert': 'reads', 'client-cert': 'reads', 'client-key': 'reads' },
  singleDash: true,
  filePrefixes: ['@'],
};

const SSH_LIKE: SideEffectTable = {
  values: ['o', 'F', 'i', 'J', 'S', 'E', 'l', 'p', 'P', 'c', 'L', 'R', 'D', 'W', 'b', 'B', 'e', 'm', 'Q', 'w', 'I'],
  // -o ProxyCommand=… / LocalCommand=… are handled as values of `o` below (see optionValueEffect).
  effects: { F: 'reads', i: 'reads', E: 'writes', S: 'writes' },
};

const RSYNC: SideEffectTable = {
  values: ['e', 'rsh', 'rsync-path', 'log-file', 'files-from', 'exclude-from', 'include-from', 'password-file', 'f', 'filter', 'B', 'T', 'M', 'temp-dir', 'backup-dir', 'partial-dir'],
  effects: { e: 'runs', rsh: 'runs', 'rsync-path': 'runs', 'log-file': 'writes', 'files-from': 'reads', 'exclude-from': 'reads', 'include-from': 'reads', 'password-file': 'reads' },
};

const TAR: SideEffectTable = {
  values: ['checkpoint-action', 'to-command', 'use-compress-program', 'I', 'info-script', 'F', 'new-volume-script', 'rsh-command', 'f', 'file', 'C', 'directory', 'T', 'files-from', 'X', 'exclude-from', 'index-file', 'volno-file'],
  effects: {
    'checkpoint-action': 'runs', 'to-command': 'runs', 'use-compress-program': 'runs', I: 'runs', 'info-script': 'runs',
    F: 'runs', 'new-volume-script': 'runs', 'rsh-command': 'runs', T: 'reads', 'files-from': 'reads', X: 'reads', 'exclude-from': 'reads', 'index-file': 'writes',
    'volno-file': 'writes',
  },
};

const ZIP: SideEffectTable = {
  values: ['TT', 'unzip-command', 'b', 'n', 'P', 'password', 'i', 'x', 'O', 'output-file'],
  effects: { TT: 'runs', 'unzip-command': 'runs', O: 'writes', 'output-file': 'writes' },
};

const MAKE: SideEffectTable = {
  values: ['eval', 'E', 'f', 'file', 'makefile', 'C', 'directory', 'I', 'include-dir', 'o', 'W', 'j', 'l'],
  effects: { eval: 'runs', E: 'runs', f: 'runs', file: 'runs', makefile: 'runs', I: 'reads', 'include-dir': 'reads' },
};

const FIND: SideEffectTable = {
  values: ['fprintf', 'fprint', 'fprint0', 'fls', 'exec', 'execdir', 'ok', 'okdir', 'newer', 'name', 'path', 'type', 'maxdepth', 'mindepth', 'iname', 'regex', 'perm', 'size', 'mtime', 'user', 'group', 'files0-from'],
  // -files0-from FILE: the names to visit, read from FILE (and echoed back in errors, so its content is shown).
  effects: { fprintf: 'writes', fprint: 'writes', fprint0: 'writes', fls: 'writes', delete: 'writes-operands', 'files0-from': 'reads' },
  singleDash: true,
};

const TIME: SideEffectTable = { values: ['o', 'output', 'f', 'format'], effects: { o: 'writes', output: 'writes' }, stopAtOperand: true };
const STRACE: SideEffectTable = { values: ['o', 'e', 'p', 's', 'u', 'E', 'I', 'P', 'X', 'a', 'b', 'O', 'S'], effects: { o: 'writes' }, stopAtOperand: true };

const CURL_EXTRA: SideEffectTable = {
  values: ['F', 'form', 'data-urlencode', 'K', 'config'],
  effects: { K: 'runs', config: 'runs' },
};

const WGET_EXTRA: SideEffectTable = {
  values: ['e', 'execute', 'config'],
  effects: { e: 'runs', execute: 'runs', config: 'runs' },
};

// openssl's options are written with one dash (`-in key.pem`); `-passin file:pw` and `-pass file:pw` read pw.
// `-verify` is a flag in most subcommands and a key file in dgst: dgst's are read in ../implied.ts.
const OPENSSL: SideEffectTable = {
  values: ['in', 'out', 'inkey', 'key', 'cert', 'CAfile', 'CApath', 'CAkey', 'CAserial', 'certfile', 'signkey', 'config', 'keyout', 'passin', 'passout',
    'kfile', 'rand', 'writerand', 'signature', 'sigfile', 'sess_in', 'sess_out', 'keylogfile', 'msgfile', 'connect', 'proxy', 'url', 'engine', 'provider',
    'provider-path', 'extfile', 'CRLfile', 'untrusted', 'trusted', 'chainCAfile', 'verifyCAfile', 'dhparam', 'pass', 'inform', 'outform', 'keyform',
    'name', 'subj', 'days', 'newkey', 'pkeyopt', 'md', 'cipher', 'servername', 'nameopt', 'certopt', 'set_serial', 'extensions', 'reqexts', 'section'],
  effects: {
    in: 'reads', inkey: 'reads', key: 'reads', cert: 'reads', CAfile: 'reads', CApath: 'reads', CAkey: 'reads', CAserial: 'reads', certfile: 'reads',
    signkey: 'reads', config: 'reads', kfile: 'reads', rand: 'reads', signature: 'reads', sigfile: 'reads', sess_in: 'reads', extfile: 'reads',
    CRLfile: 'reads', untrusted: 'reads', trusted: 'reads', chainCAfile: 'reads', verifyCAfile: 'reads', dhparam: 'reads',
    out: 'writes', keyout: 'writes', writerand: 'writes', sess_out: 'writes', keylogfile: 'writes', msgfile: 'writes',
    connect: 'reaches', proxy: 'reaches', url: 'reaches',
    // An engine or a provider module is a shared library openssl loads and runs.
    engine: 'runs', 'provider-path': 'runs',
  },
  singleDash: true,
  filePrefixes: ['file:'],
};

const SPLIT: SideEffectTable = {
  values: ['filter', 'a', 'b', 'C', 'l', 'n', 't', 'suffix-length', 'additional-suffix', 'bytes', 'line-bytes', 'lines', 'number', 'separator'],
  effects: { filter: 'runs' },
};

const INSTALL: SideEffectTable = { values: ['m', 'o', 'g', 'S', 't', 'mode', 'owner', 'group', 'suffix', 'target-directory', 'strip-program'], effects: { 'strip-program': 'runs' } };

// Editors' options that run editor commands or scripts (vim's `:!cmd`, emacs lisp); `+CMD` operands are in ../wrappers.ts.
const VIM: SideEffectTable = {
  values: ['c', 'S', 'u', 'U', 'i', 'T', 'w', 'W', 's', 't', 'q', 'cmd'],
  effects: { c: 'runs', cmd: 'runs', S: 'runs', s: 'runs', u: 'runs', U: 'runs', W: 'writes', q: 'reads' },
};

const NANO: SideEffectTable = {
  values: ['C', 'o', 'Q', 'r', 's', 'T', 'Y', 'f', 'backupdir', 'operatingdir', 'quotestr', 'fill', 'tabsize', 'syntax', 'rcfile', 'guidestripe', 'wordchars', 'speller'],
  // A nanorc can name a speller program.
  effects: { speller: 'runs', s: 'runs', rcfile: 'runs', f: 'runs', C: 'writes', backupdir: 'writes' },
};

const EMACS: SideEffectTable = {
  values: ['eval', 'execute', 'load', 'funcall', 'directory', 'user', 'script', 'chdir', 'init-directory', 'L', 'l', 'd', 'f', 'u'],
  effects: { eval: 'runs', execute: 'runs', load: 'runs', l: 'runs', funcall: 'runs', f: 'runs', script: 'runs', user: 'runs', u: 'runs', 'init-directory': 'runs' },
  singleDash: true,
};

export const SIDE_EFFECTS: Record<string, SideEffectTable> = lookupTable({
  git: GIT,
  kubectl: KUBECTL,
  helm: HELM,
  terraform: TERRAFORM,
  tofu: TERRAFORM,
  aws: AWS,
  vault: VAULT,
  ssh: SSH_LIKE,
  scp: SSH_LIKE,
  sftp: SSH_LIKE,
  rsync: RSYNC,
  tar: TAR,
  zip: ZIP,
  make: MAKE,
  gmake: MAKE,
  find: FIND,
  time: TIME,
  strace: STRACE,
  ltrace: STRACE,
  curl: CURL_EXTRA,
  wget: WGET_EXTRA,
  openssl: OPENSSL,
  split: SPLIT,
  install: INSTALL,
  ...Object.fromEntries(VIM_NAMES.map((name) => [name, VIM])),
  nvim: VIM,
  nano: NANO,
  emacs: EMACS,
});

const OPENSSL_PROVIDERS = new Set(['default', 'legacy', 'fips', 'base', 'null']);

/** `-o ProxyCommand=…` and the like: option values that are themselves commands. */
export function optionValueRuns(program: string, option: string, value: string): boolean {
  if ((program === 'ssh' || program === 'scp' || program === 'sftp' || program === 'rsync') && option === 'o') {
    return /^\s*(ProxyCommand|LocalCommand|KnownHostsCommand|PermitLocalCommand|Match|RemoteCommand)\b/i.test(value);
  }
  if (program === 'curl' && (option === 'F' || option === 'form')) return false;
  // A provider other than openssl's own is a module loaded from the module path.
  if (program === 'openssl' && option === 'provider') return !OPENSSL_PROVIDERS.has(value);
  return false;
}

/**
 * Programs that run their arguments (or a program named in them) in ways the
 * analysis does not follow: whatever they run is not what an allow rule for
 * them meant, so they are opaque.
 */
export const RUNS_ITS_ARGUMENTS: Record<string, string> = lookupTable({
  taskset: 'taskset runs the command in its arguments',
  chrt: 'chrt runs the command in its arguments',
  'systemd-run': 'systemd-run runs the command in its arguments as a unit',
  unbuffer: 'unbuffer runs the command in its arguments',
  nsenter: 'nsenter runs a command in other namespaces',
  unshare: 'unshare runs a command in new namespaces',
  script: 'script runs a shell or the -c command',
  parallel: 'parallel runs commands built from its arguments and input',
  'aws-vault': 'aws-vault exec runs a command with credentials',
  npx: 'npx downloads and runs a package',
  pnpx: 'pnpx downloads and runs a package',
  bunx: 'bunx downloads and runs a package',
  firejail: 'firejail runs the command in its arguments',
  proxychains: 'proxychains runs the command in its arguments',
  proxychains4: 'proxychains runs the command in its arguments',
  torsocks: 'torsocks runs the command in its arguments',
  expect: 'expect runs a script',
  caffeinate: 'caffeinate runs the command in its arguments',
  'xvfb-run': 'xvfb-run runs the command in its arguments',
  sg: 'sg runs a command as another group',
  'start-stop-daemon': 'start-stop-daemon runs a program',
  entr: 'entr runs a command when files change',
});

const RUNS_CODE_PROGRAMS = new Set(['docker', 'podman', 'nerdctl', 'go', 'cargo', 'deno', 'bun', 'npm', 'pnpm', 'yarn']);

/** `docker run IMAGE CMD`, `go run`, `cargo run`…: subcommands that run code. */
export function runsCodeSubcommand(program: string, args: string[]): string | null {
  if (!RUNS_CODE_PROGRAMS.has(program)) return null;
  const first = args.find((a) => !a.startsWith('-'));
  if ((program === 'docker' || program === 'podman' || program === 'nerdctl') && (first === 'run' || first === 'create')) {
    return `${program} ${first} runs a container's command`;
  }
  if ((program === 'go' || program === 'cargo' || program === 'deno' || program === 'bun') && first === 'run') return `${program} run runs code`;
  if ((program === 'npm' || program === 'pnpm' || program === 'yarn') && (first === 'exec' || first === 'x' || first === 'dlx')) return `${program} ${first} runs a package`;
  return null;
}
