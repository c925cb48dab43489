// File and network actions a simple command implies, so file and network rules
// hold whatever program is used: `cat .env` is a read of `.env` even when `cat *`
// is an allowed command, `curl http://169.254.169.254/` a request to the
// metadata service.
//
// Operands whose value is only known at run time (`cat "$F"`, `cat .e*`) are
// still reported, marked opaque: a glob or variable could name any file.
import { lookupTable } from './options.js';
import type { FileAction, NetworkAction } from '../types.js';
import { type OptionSpec, type ParsedArgs, hasOption, optionValues, parseOptions, unversioned } from './options.js';
import { COMPRESSORS, type Compressor } from './programs/compressors.js';
import { EDITORS, INTERPRETERS, type Interpreter } from './programs/interpreters.js';
import { type ReadFilters, recursiveFilters } from './programs/recursive-reads.js';
import { homeRelative } from './working-directory.js';
import type { Word } from './words.js';

export interface ImpliedTarget {
  action: FileAction | NetworkAction;
  /** Set when the path or destination is only known at run time: why. */
  opaque?: string;
  /** The tool reads the file as its own input: only deny and approval rules judge it (see ImpliedAction). */
  ownInput?: string;
  /** The path is a folder read (or written) with everything under it: judged for every file it can reach (shell/reach.ts). */
  recursive?: ReadFilters;
  /** The path is relative to a folder known only at run time: why. It is not a repository path. */
  outside?: string;
}

/** No targets: shared and frozen, what a program without a table implies (no array is made for it). */
export const NO_TARGETS: ImpliedTarget[] = Object.freeze([]) as unknown as ImpliedTarget[];

function runTimeReason(word: Word): string | undefined {
  if (word.expands === 'glob') return `path ${word.text} is a glob expanded at run time`;
  if (word.expands === 'brace') return `path ${word.text} uses brace expansion`;
  if (word.dynamic) return `${word.text} ${word.dynamic}, known only at run time`;
  return undefined;
}

function target(action: FileAction | NetworkAction, word: Word): ImpliedTarget {
  // `$HOME/.ssh/id_rsa` is `~/.ssh/id_rsa`, the file a `~` pattern names (see homeRelative).
  const home = action.type !== 'network.request' ? homeRelative(word) : null;
  if (home !== null) return { action: { ...action, path: home } as FileAction };
  const opaque = runTimeReason(word);
  return opaque ? { action, opaque } : { action };
}

/** A folder read with everything under it that passes the tool's filters. */
export function recursiveRead(word: Word, filters: ReadFilters): ImpliedTarget[] {
  const targets = fileRead(word);
  for (const t of targets) if (t.action.type === 'file.read') t.recursive = filters;
  return targets;
}

/** The writes of a tree copy, each with everything under it, the target itself included (`cp -r src new`, `rsync -a src/ dst/`). */
function treeWrites(written: ImpliedTarget[], dest: Word): ImpliedTarget[] {
  const out = written.map((t) => (t.action.type === 'file.write' ? { ...t, recursive: {} } : t));
  const target = dest.text.replace(/\/+$/, '') || '/';
  if (!out.some((t) => t.action.type === 'file.write' && t.action.path === target)) out.push(...recursiveWrite({ ...dest, text: target }));
  return out;
}

/** A folder written with everything under it (an archive extracted, a tree copied in). */
export function recursiveWrite(word: Word): ImpliedTarget[] {
  const targets = fileWrite(word);
  for (const t of targets) if (t.action.type === 'file.write') t.recursive = {};
  return targets;
}

/** Files written directly in a folder, none in its subfolders, whose names pass `filters` (known only at run time). */
function flatWrite(folder: Word, filters: ReadFilters): ImpliedTarget[] {
  const targets = fileWrite(folder);
  for (const t of targets) if (t.action.type === 'file.write') t.recursive = { ...filters, flat: true };
  return targets;
}

/** Device paths that are not files a policy protects. */
const NOT_FILES = /^\/dev\/(null|zero|stdin|stdout|stderr|tty|fd\/\d+|u?random)$/;

// fileRead, fileWrite and the helpers built on them return new targets, which their callers may complete in place.
export function fileRead(word: Word): ImpliedTarget[] {
  return specialFile(word) ?? [target({ type: 'file.read', path: word.text }, word)];
}

export function fileWrite(word: Word): ImpliedTarget[] {
  return specialFile(word) ?? [target({ type: 'file.write', path: word.text }, word)];
}

/** `-` (standard input or output), a device, or bash's `/dev/tcp` connection: not a file a policy protects; null for a file. */
function specialFile(word: Word): ImpliedTarget[] | null {
  if (word.text === '-') return [];
  if (!word.text.startsWith('/dev/')) return null;
  if (NOT_FILES.test(word.text)) return [];
  const net = devNetwork(word);
  return net ? [net] : null;
}

/** bash opens a connection for `/dev/tcp/HOST/PORT` and `/dev/udp/HOST/PORT` redirections. */
function devNetwork(word: Word): ImpliedTarget | null {
  // bash takes the host as everything up to the last `/`: `/dev/tcp/fd00:ec2::254/80` is an IPv6 host.
  const m = /^\/dev\/(?:tcp|udp)\/(.+)\/([^/]+)$/s.exec(word.text);
  if (!m) return null;
  const host = m[1].includes(':') && !m[1].startsWith('[') ? `[${m[1]}]` : m[1];
  return target({ type: 'network.request', destination: `${host}:${m[2]}` }, word);
}

export function networkTo(word: Word, destination = word.text): ImpliedTarget {
  return target({ type: 'network.request', destination }, word);
}

/** `[user@]host:path` (scp, rsync) → the host; `null` for a local path. */
function remoteHost(text: string): string | null {
  if (/^(scp|rsync|sftp):\/\//.test(text)) return text.replace(/^[a-z]+:\/\//, '').replace(/^[^@/]*@/, '').split('/')[0];
  const m = /^(?:[^@/:]+@)?(\[[^\]]+\]|[^/:]+):/.exec(text);
  return m ? m[1] : null;
}

function withHost(word: Word, host: string): Word {
  return { ...word, text: host };
}

const READERS: Record<string, OptionSpec> = lookupTable({
  cat: { shortFlag: 'AbeEnstTuv' },
  tac: { shortValue: 's' },
  nl: { shortValue: 'bdfhilnsvw' },
  head: { shortValue: 'nc', longValue: ['lines', 'bytes'] },
  tail: { shortValue: 'ncs', longValue: ['lines', 'bytes', 'pid', 'sleep-interval', 'max-unchanged-stats'] },
  less: { shortValue: 'bhjkOopPtTxyz', longValue: ['log-file', 'tag', 'pattern'] },
  more: { shortValue: 'n' },
  bat: { shortValue: 'lmHr', longValue: ['language', 'map-syntax', 'highlight-line', 'line-range', 'theme', 'style', 'file-name'] },
  batcat: { shortValue: 'lmHr', longValue: ['language', 'map-syntax', 'highlight-line', 'line-range', 'theme', 'style', 'file-name'] },
  xxd: { shortValue: 'cglosn' },
  hexdump: { shortValue: 'efns' },
  od: { shortValue: 'AjNStw' },
  strings: { shortValue: 'ntTe' },
  base64: { shortValue: 'w' },
  wc: {},
  sort: { shortValue: 'kStT', longValue: ['key', 'field-separator', 'buffer-size', 'temporary-directory', 'parallel'] },
  cut: { shortValue: 'bcdf', longValue: ['bytes', 'characters', 'delimiter', 'fields', 'output-delimiter'] },
  diff: { shortValue: 'CUIFxX', longValue: ['label', 'ignore-matching-lines', 'exclude', 'exclude-from', 'unified', 'context'] },
  md5sum: {},
  sha1sum: {},
  sha256sum: {},
  jq: { longValue: ['arg', 'argjson', 'slurpfile', 'rawfile', 'indent'], shortValue: 'L' },
  // Filters and checksums that print or compare what their file operands hold.
  rev: {},
  paste: { shortValue: 'd', longValue: ['delimiters'] },
  cmp: { shortValue: 'in', longValue: ['ignore-initial', 'bytes'] },
  comm: { longValue: ['output-delimiter'] },
  fold: { shortValue: 'w', longValue: ['width'] },
  fmt: { shortValue: 'wgp', longValue: ['width', 'goal', 'prefix'] },
  expand: { shortValue: 't', longValue: ['tabs'] },
  unexpand: { shortValue: 't', longValue: ['tabs'] },
  column: { shortValue: 'cosNEHRWlJ', longValue: ['columns', 'output-separator', 'separator', 'table-columns', 'table-noextreme', 'table-hide', 'table-right', 'table-wrap', 'table-columns-limit', 'table-name'] },
  cksum: { shortValue: 'al', longValue: ['algorithm', 'length'] },
  sum: {},
  b2sum: { shortValue: 'l', longValue: ['length'] },
  sha224sum: {},
  sha384sum: {},
  sha512sum: {},
  shasum: { shortValue: 'a', longValue: ['algorithm'] },
  zcat: {},
  bzcat: {},
  xzcat: {},
});

const GREP: OptionSpec = {
  shortValue: 'efmABCdDg',
  longValue: ['regexp', 'file', 'max-count', 'after-context', 'before-context', 'context', 'include', 'exclude',
    'exclude-dir', 'exclude-from', 'label', 'directories', 'devices', 'glob', 'type', 'type-not', 'max-columns'],
};

const RG: OptionSpec = {
  shortValue: 'efmABCgtTMEjr',
  longValue: [...(GREP.longValue ?? []), 'iglob', 'type-add', 'type-clear', 'max-depth', 'encoding', 'replace', 'pre', 'pre-glob',
    'sort', 'sortr', 'threads', 'max-filesize', 'ignore-file', 'path-separator', 'colors', 'context-separator', 'field-match-separator'],
};

const AG: OptionSpec = {
  shortValue: 'ABCGgmpW',
  longValue: ['ignore', 'file-search-regex', 'after', 'before', 'context', 'max-count', 'path-to-ignore', 'depth', 'pager', 'workers'],
};

const CURL: OptionSpec = {
  shortValue: 'AbcdDeEFHKmoQrTuUwxXYyzCPt',
  longValue: ['user-agent', 'cookie', 'cookie-jar', 'data', 'data-raw', 'data-binary', 'data-urlencode', 'data-ascii',
    'dump-header', 'referer', 'cert', 'form', 'form-string', 'header', 'config', 'max-time', 'output', 'range',
    'upload-file', 'user', 'proxy-user', 'write-out', 'proxy', 'request', 'url', 'resolve', 'connect-to', 'cacert',
    'key', 'json', 'connect-timeout', 'retry', 'oauth2-bearer', 'output-dir', 'unix-socket', 'preproxy', 'socks5',
    'socks5-hostname', 'socks4', 'interface', 'trace', 'trace-ascii', 'stderr', 'netrc-file', 'limit-rate'],
};

const WGET: OptionSpec = {
  shortValue: 'OoaiPUetTwQBDIXAR',
  longValue: ['output-document', 'output-file', 'append-output', 'input-file', 'directory-prefix', 'user-agent', 'execute',
    'tries', 'timeout', 'wait', 'quota', 'base', 'header', 'user', 'password', 'http-user', 'http-password',
    'post-data', 'post-file', 'body-data', 'body-file', 'method', 'load-cookies', 'save-cookies', 'ca-certificate',
    'certificate', 'private-key', 'domains', 'exclude-domains', 'accept', 'reject', 'level', 'bind-address'],
};

const NC: OptionSpec = { shortValue: 'psSwixXOqTIeMmcGg', longValue: ['exec', 'sh-exec', 'proxy', 'source'] };

const SSH_VALUES = 'BbcDEeFIiJLlmOoPpQRSWw';
export const SSH: OptionSpec = { shortValue: SSH_VALUES, shortFlag: '46AaCfGgKkMNnqsTtVvXxYy', stopAtOperand: true };
const SCP: OptionSpec = { shortValue: 'cDFiJlloPSX', shortFlag: '346ABCOpqRrTv' };
const RSYNC: OptionSpec = {
  shortValue: 'efTMB',
  longValue: ['exclude', 'include', 'exclude-from', 'include-from', 'files-from', 'filter', 'rsh', 'rsync-path', 'port',
    'bwlimit', 'backup-dir', 'suffix', 'log-file', 'password-file', 'temp-dir', 'chmod', 'chown', 'partial-dir',
    'compare-dest', 'copy-dest', 'link-dest', 'timeout', 'contimeout', 'max-size', 'min-size', 'remote-option', 'usermap', 'groupmap'],
};
const TAR: OptionSpec = {
  shortValue: 'fCTXbKNVgLHI',
  longValue: ['file', 'directory', 'files-from', 'exclude-from', 'exclude', 'blocking-factor', 'starting-file', 'newer', 'after-date',
    'newer-mtime', 'label', 'listed-incremental', 'tape-length', 'format', 'owner', 'group', 'mode', 'mtime', 'transform', 'xform',
    'use-compress-program', 'checkpoint-action', 'to-command', 'index-file', 'info-script', 'new-volume-script', 'rsh-command', 'suffix'],
};
const ZIP: OptionSpec = { shortValue: 'ixbnPtOZsY', longValue: ['include', 'exclude', 'temp-path', 'suffixes', 'password', 'output-file', 'compression-method', 'split-size'] };
const CP: OptionSpec = { shortValue: 'tS', longValue: ['target-directory', 'suffix', 'backup', 'reflink', 'sparse', 'preserve', 'no-preserve'] };
export const SED: OptionSpec = { shortValue: 'efl', longValue: ['expression', 'file', 'line-length'] };
const TEE: OptionSpec = { longValue: ['output-error'] };
const INSTALL: OptionSpec = { shortValue: 'gmoSt', longValue: ['group', 'mode', 'owner', 'suffix', 'target-directory', 'strip-program'] };
const SPLIT: OptionSpec = { shortValue: 'abClnt', longValue: ['suffix-length', 'additional-suffix', 'bytes', 'line-bytes', 'filter', 'lines', 'number', 'separator'] };
const UNIQ: OptionSpec = { shortValue: 'fsw', longValue: ['skip-fields', 'skip-chars', 'check-chars'] };
export const AWK: OptionSpec = { shortValue: 'FvfEeilW', longValue: ['field-separator', 'assign', 'file', 'exec', 'source', 'include', 'load'] };
const HTTPIE: OptionSpec = { longValue: ['auth', 'session', 'verify', 'cert', 'cert-key', 'proxy', 'output'], shortValue: 'ao' };
const GIT_GLOBAL_OPTIONS: OptionSpec = { shortValue: 'Cc', longValue: ['git-dir', 'work-tree', 'namespace', 'config-env', 'exec-path'], stopAtOperand: true };
const GIT_GREP: OptionSpec = { shortValue: 'efABCmO', longValue: ['regexp', 'file', 'after-context', 'before-context', 'context', 'max-count', 'open-files-in-pager', 'threads', 'max-depth'] };

function basename(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/**
 * Copy/move targets: a directory target receives `DIR/<source name>`. When the
 * target may be a file or a directory, both are reported (over-reporting is the
 * safe side: `cp x.yml .github/workflows` writes `.github/workflows/x.yml`).
 */
function copyTargets(sources: Word[], targetWord: Word, known: 'dir' | 'unknown'): ImpliedTarget[] {
  const out: ImpliedTarget[] = [];
  const asDir = known === 'dir' || targetWord.text.endsWith('/') || sources.length > 1 || /^\.{1,2}$/.test(targetWord.text);
  if (!asDir) out.push(...fileWrite(targetWord));
  for (const source of sources) {
    const dir = targetWord.text.replace(/\/+$/, '');
    out.push(...fileWrite({ ...targetWord, text: `${dir}/${basename(source.text)}` }));
  }
  return out;
}

function remoteAware(words: Word[], local: (w: Word) => ImpliedTarget[]): ImpliedTarget[] {
  return words.flatMap((w) => {
    const host = remoteHost(w.text);
    return host ? [networkTo(withHost(w, host))] : local(w);
  });
}

/** The programs impliedActions reads besides READERS (its switch's cases). */
const IMPLYING = new Set(['grep', 'egrep', 'fgrep', 'rg', 'ag', 'tar', 'git', 'zip', 'sed', 'tee', 'cp', 'mv', 'ln', 'install', 'dd', 'source', '.', 'curl', 'wget',
  'nc', 'ncat', 'netcat', 'http', 'https', 'xh', 'ssh', 'scp', 'rsync', 'split', 'uniq', 'openssl', 'awk', 'gawk', 'mawk', 'nawk']);

/** Every program impliedActions has a row or a case for (a versioned interpreter name aside): one lookup for the others. */
const IMPLIES = new Set([...IMPLYING, ...Object.keys(READERS), ...Object.keys(COMPRESSORS), ...Object.keys(EDITORS), ...Object.keys(INTERPRETERS)]);

/** `python3`, `perl5.36`: a name that may be an interpreter's with its version. */
function mayBeVersioned(name: string): boolean {
  const last = name.charCodeAt(name.length - 1);
  return last === 0x2e || (last >= 0x30 && last <= 0x39);
}

/** Implied actions of `name args…` (name already reduced to the program's base name). */
export function impliedActions(name: string, args: Word[]): ImpliedTarget[] {
  if (!IMPLIES.has(name) && !mayBeVersioned(name)) return NO_TARGETS;
  const reader = READERS[name];
  if (!reader && !IMPLYING.has(name)) return otherActions(name, args);
  if (reader) {
    const parsed = parseOptions(args, reader);
    const operands = name === 'jq' && !hasOption(parsed, 'f', 'from-file') ? parsed.operands.slice(1) : parsed.operands;
    const recursive = recursiveFilters(name, parsed);
    const out: ImpliedTarget[] = [];
    for (const operand of operands) for (const read of recursive ? recursiveRead(operand, recursive) : fileRead(operand)) out.push(read);
    return out;
  }
  switch (name) {
    case 'grep':
    case 'egrep':
    case 'fgrep':
    case 'rg':
    case 'ag': {
      const parsed = parseOptions(args, name === 'rg' ? RG : name === 'ag' ? AG : GREP);
      const explicitPattern = hasOption(parsed, 'e', 'f', 'regexp', 'file') || (name === 'rg' && hasOption(parsed, 'files'));
      const files = explicitPattern ? parsed.operands : parsed.operands.slice(1);
      // `rg --files` lists names and reads no content, like find.
      const recursive = name === 'rg' && hasOption(parsed, 'files') ? null : recursiveFilters(name, parsed);
      // A recursive search without a path searches the folder it runs in.
      const read = recursive ? (files.length ? files : [{ text: '.' }]).flatMap((f) => recursiveRead(f, recursive)) : files.flatMap(fileRead);
      return [...optionValues(parsed, 'f', 'file').flatMap(fileRead), ...read];
    }
    case 'tar':
      return tarActions(args);
    case 'git':
      return gitGrep(args);
    case 'zip':
      return zipActions(args);
    case 'sed': {
      const parsed = parseOptions(args, SED);
      const given = hasOption(parsed, 'e', 'f', 'expression', 'file');
      const files = given ? parsed.operands : parsed.operands.slice(1);
      const inPlace = parsed.options.some((o) => o.name === 'i' || o.name === 'in-place');
      const out = [...optionValues(parsed, 'f', 'file').flatMap(fileRead), ...files.flatMap((f) => [...fileRead(f), ...(inPlace ? fileWrite(f) : [])])];
      // The files the script's r/R/w/W commands name (--sandbox refuses them).
      if (!hasOption(parsed, 'sandbox')) {
        for (const script of given ? optionValues(parsed, 'e', 'expression') : parsed.operands.slice(0, 1)) {
          if (script.dynamic || script.expands) continue;
          const { reads, writes } = sedScript(script.text);
          for (const path of reads) out.push(...fileRead({ text: path }));
          for (const path of writes) out.push(...fileWrite({ text: path }));
        }
      }
      return out;
    }
    case 'tee': {
      const parsed = parseOptions(args, TEE);
      return parsed.operands.flatMap(fileWrite);
    }
    case 'cp':
    case 'mv':
    case 'ln': {
      const parsed = parseOptions(args, CP);
      const targetDir = optionValues(parsed, 't', 'target-directory')[0];
      const operands = parsed.operands;
      if (operands.length === 0) return [];
      // `ln -s TARGET` with one operand links into the current folder.
      const sources = targetDir ? operands : operands.length === 1 ? operands : operands.slice(0, -1);
      const dest = targetDir ?? (operands.length === 1 ? { text: '.' } : operands[operands.length - 1]);
      // A moved file is read and removed; a linked file becomes readable under a new name.
      const recursive = name === 'cp' ? recursiveFilters('cp', parsed) : null;
      const read = (s: Word) => (recursive ? recursiveRead(s, recursive) : fileRead(s));
      const sourceActions = sources.flatMap((s) => (name === 'mv' ? [...fileRead(s), ...fileWrite(s)] : read(s)));
      const written = copyTargets(sources, dest, targetDir ? 'dir' : 'unknown');
      // A tree copied lands under the target, or becomes it (`cp -r src new`, `cp -r src/. dst`): anything under it may be written.
      return [...sourceActions, ...(recursive ? treeWrites(written, dest) : written)];
    }
    case 'install': {
      const parsed = parseOptions(args, INSTALL);
      // `install -d DIR…` creates the folders.
      if (hasOption(parsed, 'd', 'directory')) return parsed.operands.flatMap(fileWrite);
      const targetDir = optionValues(parsed, 't', 'target-directory')[0];
      const operands = parsed.operands;
      if (operands.length === 0 || (!targetDir && operands.length === 1)) return operands.flatMap(fileRead);
      const sources = targetDir ? operands : operands.slice(0, -1);
      const dest = targetDir ?? operands[operands.length - 1];
      return [...sources.flatMap(fileRead), ...copyTargets(sources, dest, targetDir ? 'dir' : 'unknown')];
    }
    case 'split':
      return splitActions(args);
    case 'uniq': {
      const [input, output] = parseOptions(args, UNIQ).operands;
      return [...(input ? fileRead(input) : []), ...(output ? fileWrite(output) : [])];
    }
    case 'openssl':
      return opensslOperands(args);
    case 'awk':
    case 'gawk':
    case 'mawk':
    case 'nawk': {
      const parsed = parseOptions(args, AWK);
      const programFiles = optionValues(parsed, 'f', 'file', 'E', 'exec', 'i', 'include');
      // The program is the first operand unless an option gives it (`-f FILE`, gawk's `-e TEXT`).
      const given = programFiles.length > 0 || hasOption(parsed, 'e', 'source');
      // Operands after the program are input files, except `NAME=value` assignments.
      const files = (given ? parsed.operands : parsed.operands.slice(1)).filter((w) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(w.text));
      return [...programFiles.flatMap(fileRead), ...files.flatMap(fileRead)];
    }
    case 'dd':
      return args.flatMap((w) => {
        if (w.text.startsWith('if=')) return fileRead({ ...w, text: w.text.slice(3) });
        if (w.text.startsWith('of=')) return fileWrite({ ...w, text: w.text.slice(3) });
        return [];
      });
    case 'source':
    case '.':
      return args.length > 0 ? fileRead(args[0]) : [];
    case 'curl':
      return curlActions(parseOptions(args, CURL));
    case 'wget': {
      const parsed = parseOptions(args, WGET);
      return [
        ...parsed.operands.map((w) => networkTo(w)),
        ...optionValues(parsed, 'O', 'output-document', 'o', 'output-file', 'a', 'append-output').flatMap(fileWrite),
        ...optionValues(parsed, 'i', 'input-file', 'post-file', 'body-file').flatMap(fileRead),
      ];
    }
    case 'nc':
    case 'ncat':
    case 'netcat': {
      const parsed = parseOptions(args, NC);
      if (hasOption(parsed, 'l', 'listen')) return [];
      const [host, port] = parsed.operands;
      if (!host) return [];
      return [networkTo(host, port ? `${host.text}:${port.text}` : host.text)];
    }
    case 'http':
    case 'https':
    case 'xh': {
      const parsed = parseOptions(args, HTTPIE);
      const operands = parsed.operands;
      const url = operands[0] && /^[A-Z]+$/.test(operands[0].text) ? operands[1] : operands[0];
      return url ? [networkTo(url)] : [];
    }
    case 'ssh': {
      const parsed = parseOptions(args, SSH);
      const host = parsed.operands[0];
      if (!host) return [];
      const port = optionValues(parsed, 'p')[0];
      const bare = host.text.replace(/^ssh:\/\//, '').replace(/^[^@]*@/, '');
      return [
        networkTo(host, port ? `${bare}:${port.text}` : bare),
        ...optionValues(parsed, 'i', 'F').flatMap(fileRead),
      ];
    }
    case 'scp':
    case 'rsync': {
      const parsed = parseOptions(args, name === 'scp' ? SCP : RSYNC);
      const operands = parsed.operands;
      if (operands.length === 0) return [];
      const sources = operands.length === 1 ? operands : operands.slice(0, -1);
      // `rsync -n` / `--dry-run` only lists what it would copy: it reads the sources, writes nothing.
      const dryRun = name === 'rsync' && parsed.options.some((o) => o.name === 'dry-run' || (o.name.length === 1 && o.name === 'n'));
      const dest = operands.length === 1 || dryRun ? null : operands[operands.length - 1];
      // A dry run without --checksum lists names and sizes: it reads no file's content.
      const listsOnly = dryRun && !parsed.options.some((o) => o.name === 'checksum' || o.name === 'c');
      const recursive = listsOnly ? null : recursiveFilters(name, parsed);
      const read = (w: Word) => (recursive ? recursiveRead(w, recursive) : fileRead(w));
      const written = dest && !remoteHost(dest.text) ? copyTargets(sources, dest, 'unknown') : [];
      return [
        ...remoteAware(sources, read),
        // `rsync -a src/ dst/` copies src's contents into dst itself: anything under dst may be written.
        ...(dest ? (remoteHost(dest.text) ? remoteAware([dest], fileWrite) : recursive ? treeWrites(written, dest) : written) : []),
        ...optionValues(parsed, 'i', 'F').flatMap(fileRead),
      ];
    }
    default:
      return NO_TARGETS;
  }
}

function curlActions(parsed: ParsedArgs): ImpliedTarget[] {
  const out: ImpliedTarget[] = [];
  for (const url of [...parsed.operands, ...optionValues(parsed, 'url')]) out.push(networkTo(url));
  for (const proxy of optionValues(parsed, 'x', 'proxy', 'preproxy', 'socks5', 'socks5-hostname', 'socks4')) out.push(networkTo(proxy));
  // --resolve HOST:PORT:ADDR and --connect-to H1:P1:H2:P2 send the request to another address.
  for (const r of optionValues(parsed, 'resolve')) {
    for (const addr of r.text.split(':').slice(2).join(':').split(',')) if (addr) out.push(networkTo(r, addr.replace(/^\[|\]$/g, '')));
  }
  for (const c of optionValues(parsed, 'connect-to')) {
    const [, , host, port] = c.text.split(':');
    if (host) out.push(networkTo(c, port ? `${host}:${port}` : host));
  }
  for (const t of optionValues(parsed, 'o', 'output', 'c', 'cookie-jar', 'D', 'dump-header', 'trace', 'trace-ascii', 'stderr').flatMap(fileWrite)) out.push(t);
  for (const t of optionValues(parsed, 'T', 'upload-file', 'K', 'config', 'E', 'cert', 'key', 'cacert', 'netrc-file').flatMap(fileRead)) out.push(t);
  for (const data of optionValues(parsed, 'd', 'data', 'data-binary', 'data-urlencode', 'data-ascii', 'json', 'F', 'form', 'b', 'cookie', 'H', 'header')) {
    const at = /(?:^|=)@([^;]+)/.exec(data.text);
    if (at) out.push(...fileRead({ ...data, text: at[1] }));
  }
  return out;
}

/**
 * tar: `-c`/`-r`/`-u` read every operand and what lies under it (a `-C DIR`
 * before an operand takes it from DIR) and write the archive; `-x` reads the
 * archive and may write anything under the folder it extracts to; `-t` reads
 * the archive. The old spelling without a dash (`tar czf out.tgz dir`) is read too.
 */
function tarActions(args: Word[]): ImpliedTarget[] {
  const words = args[0] && /^[A-Za-z]+$/.test(args[0].text) && !args[0].dynamic ? [{ ...args[0], text: `-${args[0].text}` }, ...args.slice(1)] : args;
  const parsed = parseOptions(words, TAR);
  const mode = parsed.options.find((o) => /^(c|create|r|append|u|update|x|extract|get|t|list|d|diff|compare|A|catenate|concatenate)$/.test(o.name))?.name ?? '';
  const archives = optionValues(parsed, 'f', 'file');
  const out: ImpliedTarget[] = [];
  if (/^(x|extract|get)$/.test(mode)) {
    out.push(...archives.flatMap(fileRead));
    const into = optionValues(parsed, 'C', 'directory').pop() ?? { text: '.' };
    out.push(...recursiveWrite(into));
    return out;
  }
  if (/^(t|list|d|diff|compare)$/.test(mode)) return archives.flatMap(fileRead);
  if (!/^(c|create|r|append|u|update|A|catenate|concatenate)$/.test(mode)) return [];
  const filters = recursiveFilters('tar', parsed) ?? {};
  const noRecursion = hasOption(parsed, 'no-recursion');
  // `-C DIR` applies to the operands after it, in order: walk the words again to pair them.
  let base: Word | null = null;
  const operandSet = new Set(parsed.operands);
  for (let i = 0; i < words.length; i++) {
    const text = words[i].text;
    const m = /^(?:-C|--directory=?)(.*)$/s.exec(text);
    if (m && !operandSet.has(words[i])) {
      if (m[1]) base = { ...words[i], text: m[1] };
      else {
        base = words[i + 1] ?? null;
        i++;
      }
      continue;
    }
    if (!operandSet.has(words[i])) continue;
    const operand = base && !words[i].text.startsWith('/') ? joinWord(base, words[i]) : words[i];
    out.push(...(noRecursion ? fileRead(operand) : recursiveRead(operand, filters)));
  }
  for (const listed of optionValues(parsed, 'T', 'files-from')) {
    // The files named inside the list are known only at run time.
    out.push({ action: { type: 'file.read', path: '**' }, opaque: `tar reads the files named in ${listed.text}, known only at run time` });
  }
  if (/^(c|create)$/.test(mode)) out.push(...archives.flatMap(fileWrite));
  else out.push(...archives.flatMap((a) => [...fileRead(a), ...fileWrite(a)]));
  return out;
}

function joinWord(base: Word, rest: Word): Word {
  const joined: Word = { text: `${base.text.replace(/\/+$/, '')}/${rest.text}` };
  const dynamic = base.dynamic ?? rest.dynamic;
  if (dynamic) joined.dynamic = dynamic;
  if (base.expands ?? rest.expands) joined.expands = base.expands ?? rest.expands;
  return joined;
}

/** zip ARCHIVE FILES…: reads the files (everything under them with -r), writes the archive (`.zip` added when it has no suffix). */
function zipActions(args: Word[]): ImpliedTarget[] {
  const parsed = parseOptions(args, ZIP);
  const [archive, ...files] = parsed.operands;
  if (!archive) return [];
  const filters = recursiveFilters('zip', parsed);
  const out: ImpliedTarget[] = files.flatMap((f) => (filters ? recursiveRead(f, filters) : fileRead(f)));
  out.push(...fileWrite(archive));
  if (!/\.[^/]*$/.test(archive.text.slice(archive.text.lastIndexOf('/') + 1))) out.push(...fileWrite({ ...archive, text: `${archive.text}.zip` }));
  return out;
}

/**
 * `find START… TESTS -exec CMD {} ;`: the folders the found files lie under and
 * what narrows them (a conjunction of `-name`/`! -name` tests; anything with
 * `-o`, `(`, `,` or `-path` narrows nothing here).
 */
export function findReach(args: Word[]): { starts: Word[]; filters: ReadFilters } {
  let i = 0;
  const filters: ReadFilters = {};
  for (; i < args.length && /^-[HLP]$|^-D$|^-O\d*$/.test(args[i].text); i++) {
    if (args[i].text === '-L') filters.followsLinks = true;
    if (args[i].text === '-D') i++;
  }
  const starts: Word[] = [];
  for (; i < args.length && !/^[-(!,]/.test(args[i].text); i++) starts.push(args[i]);
  const include: string[] = [];
  const exclude: string[] = [];
  let plain = true;
  for (let j = i; j < args.length; j++) {
    const text = args[j].text;
    if (/^-(exec|execdir|ok|okdir)$/.test(text)) {
      const end = args.findIndex((w, k) => k > j && (w.text === ';' || w.text === '+'));
      if (end < 0) break;
      j = end;
      continue;
    }
    if (text === '-follow') filters.followsLinks = true;
    if (/^(-o|-or|,|\(|\))$/.test(text)) plain = false;
    const negated = text === '!' || text === '-not';
    const test = negated ? args[j + 1]?.text : text;
    const value = negated ? args[j + 2] : args[j + 1];
    if (test === '-name' && value) {
      if (value.dynamic) plain = false;
      else (negated ? exclude : include).push(value.text);
      j += negated ? 2 : 1;
    }
  }
  if (plain && include.length) filters.include = include;
  if (plain && exclude.length) filters.exclude = exclude;
  return { starts: starts.length ? starts : [{ text: '.' }], filters };
}

/**
 * `git grep` searches every tracked file under the pathspecs (or the folder it
 * runs in), `--untracked` and `--no-index` the others too: a recursive read.
 * Pathspec magic is not read as a filter, so a pathspec narrows nothing here.
 */
function gitGrep(args: Word[]): ImpliedTarget[] {
  if (!args.some((a) => a.text === 'grep')) return NO_TARGETS;
  const parsed = parseOptions(args, GIT_GLOBAL_OPTIONS);
  if (parsed.operands[0]?.text !== 'grep') return [];
  const rest = parseOptions(parsed.operands.slice(1), GIT_GREP);
  const explicit = hasOption(rest, 'e', 'f', 'regexp', 'file');
  const paths = (explicit ? rest.operands : rest.operands.slice(1)).filter((w) => !/^[0-9a-f]{7,40}$|^HEAD/.test(w.text));
  return [...optionValues(rest, 'f', 'file').flatMap(fileRead), ...(paths.length ? paths : [{ text: '.' }]).flatMap((p) => recursiveRead(p, {}))];
}

/**
 * A compressor's reads and writes (./programs/compressors.ts): each file operand
 * is read; unless the output goes to standard output or the run only tests or
 * lists, the output beside it is written, and the input deleted (a write) when
 * the program removes it.
 */
function compressorActions(name: string, args: Word[]): ImpliedTarget[] {
  const tool = COMPRESSORS[name];
  const parsed = parseOptions(args, tool.options);
  const given = (names: string[] | undefined) => names !== undefined && names.length > 0 && hasOption(parsed, ...names);
  const out: ImpliedTarget[] = [];
  for (const value of optionValues(parsed, ...(tool.reads ?? []))) out.push(...fileRead(value));
  for (const value of optionValues(parsed, ...(tool.writes ?? []))) out.push(...fileWrite(value));
  for (const list of optionValues(parsed, ...(tool.fileList ?? []))) {
    out.push(...fileRead(list));
    // The files named inside the list are known only at run time.
    out.push({ action: { type: 'file.read', path: '**' }, opaque: `${name} reads the files named in ${list.text}, known only at run time` });
    out.push({ action: { type: 'file.write', path: '**' }, opaque: `${name} writes beside the files named in ${list.text}, known only at run time` });
  }
  const recursive = given(tool.recursive);
  const writes = !given(tool.stdout) && !given(tool.readOnly);
  const decompress = (tool.decompresses === true && !given(tool.compress)) || given(tool.decompress);
  const removes = writes && ((tool.removesInput && !given(tool.keep)) || given(tool.remove));
  let inputs = parsed.operands;
  const output = optionValues(parsed, ...(tool.output ?? [])).pop();
  const outputDir = optionValues(parsed, ...(tool.outputDir ?? []), ...(tool.outputMirror ?? [])).pop();
  const mirrored = outputDir !== undefined && optionValues(parsed, ...(tool.outputMirror ?? [])).includes(outputDir);
  let named: Word | undefined = output;
  if (tool.secondOperandIsOutput && !given(tool.secondOperandIsOutput.unless) && inputs.length === 2) {
    named = inputs[1];
    inputs = inputs.slice(0, 1);
  }
  if (writes && named) out.push(...fileWrite(named));
  const suffixes = [...optionValues(parsed, ...(tool.suffix ?? [])).map((w) => w.text), ...tool.suffixes];
  const restoresName = decompress && given(tool.restoresName);
  for (const input of inputs) {
    if (recursive) {
      out.push(...recursiveRead(input, {}));
      if (writes) out.push(...recursiveWrite(input));
      continue;
    }
    out.push(...fileRead(input));
    if (!writes || input.text === '-') continue;
    if (removes) out.push(...fileWrite(input));
    if (named) continue;
    const written = outputName(input.text, decompress, suffixes, tool);
    if (written === null) continue;
    const at = outputDir ? { ...outputDir, text: `${outputDir.text.replace(/\/+$/, '')}/${mirrored ? written.replace(/^(\.\/)+/, '') : basename(written)}` } : { ...input, text: written };
    // `gzip -dN`: the name stored in the archive, any name in that folder.
    if (restoresName) out.push(...flatWrite({ ...at, text: at.text.includes('/') ? at.text.slice(0, at.text.lastIndexOf('/')) || '/' : '.' }, {}));
    else out.push(...fileWrite(at));
  }
  return out;
}

/** The file a compressor writes for `input`: with its suffix added, or removed when decompressing (null: it skips the file). */
function outputName(input: string, decompress: boolean, suffixes: string[], tool: Compressor): string | null {
  if (!decompress) return input + suffixes[0];
  const base = input.slice(input.lastIndexOf('/') + 1);
  for (const suffix of suffixes) if (base.length > suffix.length && base.endsWith(suffix)) return input.slice(0, input.length - suffix.length);
  for (const [suffix, replaced] of Object.entries(tool.renamed ?? {})) {
    if (base.length > suffix.length && base.endsWith(suffix)) return input.slice(0, input.length - suffix.length) + replaced;
  }
  return tool.unknownSuffix ? input + tool.unknownSuffix : null;
}

/** Programs with a table of their own outside the switch: compressors, interpreters, editors. */
function otherActions(name: string, args: Word[]): ImpliedTarget[] {
  if (COMPRESSORS[name]) return compressorActions(name, args);
  const editor = EDITORS[name];
  if (editor) {
    // Each file is opened, and saved back when the session writes it; `+LINE` and `+/pattern` are not files.
    const files = parseOptions(args, editor).operands.filter((w) => !w.text.startsWith('+'));
    return files.flatMap((f) => [...fileRead(f), ...fileWrite(f)]);
  }
  const versioned = INTERPRETERS[unversioned(name)];
  const interpreter = INTERPRETERS[name] ?? (versioned?.versioned ? versioned : undefined);
  return interpreter ? interpreterActions(interpreter, args) : NO_TARGETS;
}

/** The script file an interpreter runs and the files its options name. */
function interpreterActions(interpreter: Interpreter, args: Word[]): ImpliedTarget[] {
  const parsed = parseOptions(args, interpreter.options);
  const out: ImpliedTarget[] = [];
  for (const value of optionValues(parsed, ...(interpreter.reads ?? []))) out.push(...fileRead(value));
  // A module named by a path (not a package name) is a file read.
  for (const value of optionValues(parsed, ...(interpreter.loads ?? []))) if (/^(\.{1,2}\/|\/|~)/.test(value.text)) out.push(...fileRead(value));
  if (hasOption(parsed, ...interpreter.noScript)) return out;
  const fromOption = optionValues(parsed, ...(interpreter.scriptOption ?? []))[0];
  const script = fromOption ?? parsed.operands[0];
  if (!script) return out;
  const dir = optionValues(parsed, ...(interpreter.chdir ?? [])).pop();
  out.push(...fileRead(dir && !/^[/~]/.test(script.text) ? joinWord(dir, script) : script));
  const operands = fromOption ? parsed.operands : parsed.operands.slice(1);
  if (hasOption(parsed, ...(interpreter.readsOperands ?? []))) {
    const writes = hasOption(parsed, ...(interpreter.writesOperands ?? []));
    for (const operand of operands) out.push(...fileRead(operand), ...(writes ? fileWrite(operand) : []));
  }
  return out;
}

/**
 * `split FILE PREFIX`: reads FILE, writes PREFIXaa, PREFIXab… (with
 * --additional-suffix after): files directly in PREFIX's folder whose names
 * start with PREFIX's base name. `--filter` sends the pieces to a command instead
 * (opaque: ../option-effects.ts).
 */
function splitActions(args: Word[]): ImpliedTarget[] {
  const parsed = parseOptions(args, SPLIT);
  const [input, prefixWord] = parsed.operands;
  const out = input ? fileRead(input) : [];
  if (hasOption(parsed, 'filter')) return out;
  const prefix = prefixWord ?? { text: 'x' };
  const slash = prefix.text.lastIndexOf('/');
  const folder = slash < 0 ? '.' : prefix.text.slice(0, slash) || '/';
  const base = prefix.text.slice(slash + 1);
  const additional = optionValues(parsed, 'additional-suffix').pop();
  // A name with glob characters (or computed) narrows nothing: any file there may be written.
  const literal = (text: string) => !/[*?[\]\\]/.test(text);
  const plain = !prefix.dynamic && !prefix.expands && literal(base) && (!additional || (!additional.dynamic && !additional.expands && literal(additional.text)));
  out.push(...flatWrite({ ...prefix, text: folder }, plain ? { include: [`${base}*${additional?.text ?? ''}`] } : {}));
  return out;
}

/** openssl OPTIONS for its subcommands (the files options name are in ./programs/side-effects.ts). */
const OPENSSL: OptionSpec = {
  singleDashLong: true,
  longValue: ['in', 'out', 'inkey', 'key', 'cert', 'CAfile', 'CApath', 'CAkey', 'CAserial', 'certfile', 'signkey', 'config', 'keyout', 'passin', 'passout',
    'kfile', 'rand', 'writerand', 'signature', 'sigfile', 'sess_in', 'sess_out', 'keylogfile', 'msgfile', 'connect', 'proxy', 'url', 'engine', 'provider',
    'provider-path', 'inform', 'outform', 'keyform', 'certform', 'name', 'subj', 'days', 'newkey', 'pkeyopt', 'md', 'cipher', 'servername', 'nameopt',
    'certopt', 'set_serial', 'extfile', 'extensions', 'reqexts', 'section', 'k', 'pass', 'iter', 'iv', 'K', 'S', 'digest', 'sigopt', 'CRLfile',
    'untrusted', 'trusted', 'chainCAfile', 'verifyCAfile', 'dhparam', 'sign', 'verify', 'prverify', 'hmac', 'mac', 'macopt', 'keylen', 'algorithm'],
};

/** openssl subcommands whose operands are files they read (digests, `verify CERT…`). */
const OPENSSL_READS_OPERANDS = /^(dgst|md5|md4|sha1|sha224|sha256|sha384|sha512|sha3-\d+|shake\d+|blake2[bs]\d+|sm3|ripemd160|rmd160|mdc2|verify|crl2pkcs7|asn1parse|base64|enc)$/;

function opensslOperands(args: Word[]): ImpliedTarget[] {
  const [subcommand, ...rest] = args;
  if (!subcommand || !OPENSSL_READS_OPERANDS.test(subcommand.text)) return NO_TARGETS;
  const parsed = parseOptions(rest, OPENSSL);
  // `dgst -sign KEY`, `-verify PUBKEY`, `-prverify KEY`: key files (in other subcommands -verify is a flag).
  return [...optionValues(parsed, 'sign', 'verify', 'prverify').flatMap(fileRead), ...parsed.operands.flatMap(fileRead)];
}

/** What a sed script does besides editing the stream: files its r/R/w/W commands and `s///w` flags name, and why it is not followed. */
export interface SedScript {
  reads: string[];
  writes: string[];
  /** `e`, `s///e` (runs a command), or text this reader does not know: why. */
  opaque?: string;
}

/**
 * Reads a sed script command by command (GNU sed's syntax): addresses, `{ }`,
 * `s` and `y` with their delimiters, text commands, labels, and the commands
 * that take a file name (to the end of the line). Anything else it does not
 * know makes the script opaque, so a command it misreads is never a silent one.
 */
export function sedScript(script: string): SedScript {
  const out: SedScript = { reads: [], writes: [] };
  const n = script.length;
  let i = 0;
  const restOfLine = () => {
    const end = script.indexOf('\n', i);
    const text = script.slice(i, end < 0 ? n : end);
    i = end < 0 ? n : end + 1;
    return text;
  };
  const skipSpace = () => {
    while (i < n && (script[i] === ' ' || script[i] === '\t')) i++;
  };
  /**
   * Past a delimited part (`/re/`, `s/a/b/`), honouring backslashes; false when it does not end.
   * In a regular expression GNU sed skips bracket expressions whole (`s/[/]/x/e` is one
   * s command): a bracket holding the delimiter, a backslash or a line break is not
   * followed (red-team R4), so it is "does not end" and the script is opaque.
   */
  const delimited = (delimiter: string, regex = false) => {
    for (; i < n; i++) {
      if (script[i] === '\\') i++;
      else if (regex && script[i] === '[' && delimiter !== '[') {
        if (!bracket(delimiter)) return false;
      } else if (script[i] === delimiter) {
        i++;
        return true;
      } else if (script[i] === '\n' && delimiter !== '\n') return false;
    }
    return false;
  };
  /** From a bracket expression's `[` to its `]` (i left on it); false for one this reader does not follow. */
  const bracket = (delimiter: string) => {
    let j = i + 1;
    if (script[j] === '^') j++;
    if (script[j] === ']') j++;
    for (; j < n; j++) {
      const ch = script[j];
      if (ch === ']') {
        i = j;
        return true;
      }
      if (ch === delimiter || ch === '\\' || ch === '\n') return false;
      if (ch === '[' && (script[j + 1] === ':' || script[j + 1] === '=' || script[j + 1] === '.')) {
        // `[:alpha:]`, `[=a=]`, `[.-.]`: their `]` does not close the bracket.
        const close = script.indexOf(script[j + 1] + ']', j + 2);
        if (close < 0) return false;
        for (let k = j + 2; k < close; k++) if (script[k] === delimiter || script[k] === '\\' || script[k] === '\n') return false;
        j = close + 1;
      }
    }
    return false;
  };
  const address = () => {
    skipSpace();
    if (script[i] === '/') {
      i++;
      if (!delimited('/', true)) return false;
      while (i < n && /[IM]/.test(script[i])) i++;
    } else if (script[i] === '\\' && i + 1 < n) {
      const delimiter = script[i + 1];
      i += 2;
      if (!delimited(delimiter, true)) return false;
      while (i < n && /[IM]/.test(script[i])) i++;
    } else if (script[i] === '$') i++;
    else while (i < n && /[0-9~+]/.test(script[i])) i++;
    return true;
  };
  while (i < n) {
    while (i < n && /[\s;}]/.test(script[i])) i++;
    if (i >= n) break;
    if (script[i] === '#') {
      restOfLine();
      continue;
    }
    if (!address()) return { ...out, opaque: 'sed script with an address this reader does not follow' };
    skipSpace();
    if (script[i] === ',') {
      i++;
      if (!address()) return { ...out, opaque: 'sed script with an address this reader does not follow' };
      skipSpace();
    }
    while (script[i] === '!' || script[i] === ' ') i++;
    const command = script[i++];
    if (command === undefined) break;
    if (command === '{') continue;
    if ('dDgGhHlnNpPxz=FqQ'.includes(command)) {
      // Commands without a file: `q`/`Q`/`l`/`L` may take a number.
      while (i < n && /[0-9]/.test(script[i])) i++;
      continue;
    }
    if (command === ':' || command === 'b' || command === 't' || command === 'T') {
      while (i < n && script[i] !== ';' && script[i] !== '\n') i++;
      continue;
    }
    if (command === 'a' || command === 'i' || command === 'c') {
      // Text to the end of the line (a `\` at the end continues it).
      while (i < n) {
        const line = restOfLine();
        if (!line.endsWith('\\')) break;
      }
      continue;
    }
    if (command === 'r' || command === 'R') {
      skipSpace();
      out.reads.push(restOfLine());
      continue;
    }
    if (command === 'w' || command === 'W') {
      skipSpace();
      out.writes.push(restOfLine());
      continue;
    }
    if (command === 'e') return { ...out, opaque: 'sed script runs a command (e)' };
    if (command === 's' || command === 'y') {
      const delimiter = script[i++];
      if (delimiter === undefined || delimiter === '\n' || delimiter === '\\') return { ...out, opaque: `sed ${command} command this reader does not follow` };
      if (!delimited(delimiter, command === 's') || !delimited(delimiter)) return { ...out, opaque: `sed ${command} command this reader does not follow` };
      if (command === 'y') continue;
      for (; i < n && /[gpiImMe0-9w]/.test(script[i]); i++) {
        if (script[i] === 'e') return { ...out, opaque: 'sed s///e runs the pattern space as a command' };
        if (script[i] === 'w') {
          i++;
          skipSpace();
          out.writes.push(restOfLine());
          break;
        }
      }
      continue;
    }
    return { ...out, opaque: `sed command ${command} this reader does not follow` };
  }
  return out;
}
