// Which files of a `policies/` folder are policies. Every `*.yaml` / `*.yml` file
// under it, in any subfolder, is loaded; anything else there is refused with a
// reason, because a file SafeClaw skipped without a word is a rule that silently
// vanished (a `deny.json`, a `prod.yml.bak`, a `legacy/` subfolder).
//
// The same choice is made for the work tree (here) and for a commit read from git
// (src/action/git-checkout.ts), so the Action judges a PR by the same files the
// CLI would load.
//
// Decisions, each with a test in test/policy/files.test.ts:
// - Symbolic links are refused, files and folders alike: a link can point outside
//   the repository (where a review does not see it) or change without a diff, and
//   git stores it as a path, not as the file. `policies/` itself and the folder
//   above it may be links (the user chose them).
// - Hidden files and folders (`.x.yaml`, `.archive/`) are refused: easy to miss in
//   a listing, and a likely place for "disabled" rules.
// - Editor swap, lock and backup files (`.x.yaml.swp`, `.#x.yaml`, `#x.yaml#`,
//   `x.yaml~`) are refused: a policy is being edited, and whether its unsaved
//   rules are meant is unknown. Finish editing, then run again.
// - Operating-system metadata (`.DS_Store`, `Thumbs.db`, `desktop.ini`) and an
//   empty `.gitkeep` / `.keep` are ignored: they cannot hold rules and the system
//   recreates them.
// - Order is by path, compared code unit by code unit: the same on every machine
//   and file system (the decision does not depend on it; messages do).
// - Only regular files are opened, with O_NOFOLLOW and O_NONBLOCK, and checked
//   again after opening: a FIFO cannot hang the gate, a link swapped in after the
//   listing is not followed.
// - The folder is listed and read with synchronous calls: a policy folder is a
//   handful of small files, and each fs/promises call is a round trip through
//   libuv's thread pool, which on a busy machine waits for a core (a hook's judge
//   loads the policies on every call: ~9 such calls cost it several ms).
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readSmallRegularFile } from '../regular-file.js';
import type { PolicyProblem } from './errors.js';
import { PolicyError } from './errors.js';
import type { PolicySource } from './load.js';

export const POLICY_FOLDER_LIMITS = {
  /** Far above any hand-written policy (the DevOps example is 4 KB); stops a runaway file before YAML parsing. */
  maxFileBytes: 4 << 20,
  /** Entries (files and folders) under policies/. */
  maxEntries: 10_000,
  /** Folder depth under policies/. */
  maxDepth: 32,
};

export type PolicyEntryKind = 'file' | 'symlink' | 'folder' | 'other';

/** One entry under `policies/`, its path relative to that folder with `/` separators. */
export interface PolicyFolderEntry {
  path: string;
  kind: PolicyEntryKind;
  /** Bytes, for files. */
  size: number;
}

export interface PolicyFileChoice {
  /** Files to load, in path order. */
  load: PolicyFolderEntry[];
  /** Entries that are refused, each with why and what to do. */
  problems: PolicyProblem[];
}

const POLICY_NAME = /\.ya?ml$/i;
const OS_METADATA = new Set(['.ds_store', 'thumbs.db', 'ehthumbs.db', 'desktop.ini']);
const PLACEHOLDERS = new Set(['.gitkeep', '.keep']);
// vim swap files (.x.swp … .x.swa, and the "4913" write test), emacs lock and auto-save files, `~` backups.
const EDITOR_ARTEFACT = /(\.sw[a-p]$)|(^\.#)|(^#.*#$)|(~$)|(^4913$)/i;
const POLICY_COPY = /\.ya?ml\.[^.]+$/i;
const DOCUMENT = /(^readme|^notes?\b|^changelog|\.md$|\.markdown$|\.txt$|\.rst$|\.adoc$)/i;

export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Pure: decides for each entry whether it is loaded, ignored or refused.
 * `label` turns a path relative to policies/ into what messages show.
 */
export function choosePolicyFiles(entries: PolicyFolderEntry[], label: (path: string) => string): PolicyFileChoice {
  const load: PolicyFolderEntry[] = [];
  const problems: PolicyProblem[] = [];
  const refuse = (path: string, message: string, fix: string) =>
    problems.push({ position: { file: label(path), line: 0, column: 0 }, message, fix });
  const hiddenFolders = new Set<string>();

  for (const entry of [...entries].sort((a, b) => comparePaths(a.path, b.path))) {
    const parts = entry.path.split('/');
    const hidden = parts.slice(0, -1).findIndex((part) => part.startsWith('.'));
    if (hidden !== -1) {
      // One message for the folder, not one per file in it.
      const folder = parts.slice(0, hidden + 1).join('/');
      if (!hiddenFolders.has(folder)) {
        hiddenFolders.add(folder);
        refuse(folder, 'is a hidden folder under policies/: its files would not be loaded', 'move it out of policies/ to keep old rules, or rename it without the leading dot to load its *.yaml files');
      }
      continue;
    }
    if (entry.kind === 'folder') {
      if (parts[parts.length - 1].startsWith('.')) {
        hiddenFolders.add(entry.path);
        refuse(entry.path, 'is a hidden folder under policies/: its files would not be loaded', 'move it out of policies/ to keep old rules, or rename it without the leading dot to load its *.yaml files');
      }
      continue;
    }
    const name = parts[parts.length - 1];
    const lower = name.toLowerCase();
    if (entry.kind !== 'symlink' && (OS_METADATA.has(lower) || (PLACEHOLDERS.has(lower) && entry.size === 0))) continue;

    if (EDITOR_ARTEFACT.test(name)) {
      refuse(entry.path, 'is an editor swap, lock or backup file: a policy is being edited and SafeClaw cannot tell which rules are meant', 'save the file and close the editor, then delete this file if it is still there');
    } else if (entry.kind === 'symlink') {
      refuse(entry.path, 'is a symbolic link: SafeClaw loads policies only from regular files, since a link can point outside the repository or change without a diff in review', 'replace the link with a copy of the file it points to');
    } else if (name.startsWith('.')) {
      refuse(entry.path, 'is a hidden file under policies/: hidden files are not loaded (they are easy to miss in a review)', 'rename it without the leading dot to load it, or move it out of policies/');
    } else if (POLICY_NAME.test(name)) {
      if (entry.kind !== 'file') {
        refuse(entry.path, 'is not a regular file', 'policies/ holds regular *.yaml / *.yml files only: replace it with one');
      } else if (entry.size > POLICY_FOLDER_LIMITS.maxFileBytes) {
        refuse(entry.path, `is ${entry.size} bytes, more than a policy file may be (${POLICY_FOLDER_LIMITS.maxFileBytes})`, 'split it into several files, or check that it is the file you meant');
      } else {
        load.push(entry);
      }
    } else if (POLICY_COPY.test(name)) {
      refuse(entry.path, 'looks like a copy of a policy file, a backup, disabled file or merge leftover: it is not loaded, so its rules would not apply', 'delete it, rename it to end in .yaml to load it, or keep it outside policies/');
    } else if (/\.json$/i.test(name)) {
      refuse(entry.path, 'is a JSON file: only *.yaml and *.yml files are policies', 'rename it to .yaml to load it, since JSON is valid YAML, or move it out of policies/');
    } else if (DOCUMENT.test(name)) {
      refuse(entry.path, 'looks like documentation: policies/ holds only policy files, so that nothing in it is silently skipped', 'keep notes outside policies/, e.g. in .safeclaw/README.md, or as # comments in a policy file');
    } else if (entry.kind !== 'file') {
      refuse(entry.path, 'is not a regular file', 'policies/ holds regular *.yaml / *.yml files only: remove it');
    } else {
      refuse(entry.path, 'is not a policy file: only *.yaml and *.yml files are loaded', 'rename it to .yaml to load it, or move it out of policies/');
    }
  }
  return { load, problems };
}

/**
 * Lists everything under `policiesDir` without following any link. Throws
 * PolicyError when the folder is beyond the limits (too many entries, too deep).
 */
export function listPolicyFolder(policiesDir: string, label: (path: string) => string): PolicyFolderEntry[] {
  const entries: PolicyFolderEntry[] = [];
  const tooMuch = (path: string, message: string) =>
    new PolicyError([{ position: { file: label(path), line: 0, column: 0 }, message, fix: 'policies/ should hold a handful of policy files; move the rest out' }]);
  const walk = (relative: string, depth: number): void => {
    const names = readdirSync(relative === '' ? policiesDir : join(policiesDir, relative)).sort(comparePaths);
    for (const name of names) {
      const path = relative === '' ? name : `${relative}/${name}`;
      if (entries.length >= POLICY_FOLDER_LIMITS.maxEntries) throw tooMuch('', `has more than ${POLICY_FOLDER_LIMITS.maxEntries} entries`);
      const info = lstatSync(join(policiesDir, path));
      const kind: PolicyEntryKind = info.isSymbolicLink() ? 'symlink' : info.isDirectory() ? 'folder' : info.isFile() ? 'file' : 'other';
      entries.push({ path, kind, size: kind === 'file' ? info.size : 0 });
      if (kind === 'folder' && !name.startsWith('.')) {
        if (depth + 1 > POLICY_FOLDER_LIMITS.maxDepth) throw tooMuch(path, `is nested more than ${POLICY_FOLDER_LIMITS.maxDepth} folders deep`);
        walk(path, depth + 1);
      }
    }
  };
  walk('', 0);
  return entries;
}

/** Reads one listed policy file, refusing anything that is no longer a small regular file (ELOOP, ENOTREG, EFBIG). */
export function readPolicyFileBytes(path: string): Buffer {
  return readSmallRegularFile(path, POLICY_FOLDER_LIMITS.maxFileBytes);
}

/**
 * Turns a policy file's bytes into text: UTF-8 only, a leading UTF-8 byte order
 * mark dropped. Invalid UTF-8 is refused at its line and column rather than read
 * as U+FFFD (which could turn a pattern into a different one).
 */
export function decodePolicyBytes(bytes: Uint8Array, file: string): { text: string } | { problem: PolicyProblem } {
  const at = (line: number, column: number, message: string, fix: string) => ({ problem: { position: { file, line, column }, message, fix } });
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return at(1, 1, 'is UTF-16 text', 'save it as UTF-8');
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.byteLength - start);
  const text = body.toString('utf8');
  const nul = text.indexOf('\0');
  const invalid = Buffer.byteLength(text, 'utf8') === body.byteLength && !text.includes('\uFFFD') ? -1 : firstInvalidChar(body, text);
  const bad = nul === -1 ? invalid : invalid === -1 ? nul : Math.min(nul, invalid);
  if (bad === -1) return { text };
  const before = text.slice(0, bad);
  const line = before.split('\n').length;
  const column = bad - (before.lastIndexOf('\n') + 1) + 1;
  return bad === nul
    ? at(line, column, 'contains a NUL byte: not a text file', 'a policy file is UTF-8 YAML text; check that this is the file you meant')
    : at(line, column, 'is not valid UTF-8 here', 'save the file as UTF-8 (the byte at this place is not part of a UTF-8 character)');
}

/** Index (in `text`) of the first U+FFFD that stands for invalid bytes rather than an encoded U+FFFD. */
function firstInvalidChar(bytes: Buffer, text: string): number {
  let offset = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    const width = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (code === 0xfffd && !(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) return i;
    offset += width;
    if (code >= 0x10000) i++;
  }
  return -1;
}

/**
 * Chooses, reads and decodes the policy files of one folder listing. `read` gets a
 * path relative to policies/. Returns the sources, and a problem for every refused
 * entry and every file that cannot be read or decoded.
 */
export async function readPolicySources(
  entries: PolicyFolderEntry[],
  label: (path: string) => string,
  read: (path: string) => Uint8Array | Promise<Uint8Array>,
): Promise<{ sources: PolicySource[]; problems: PolicyProblem[] }> {
  const choice = choosePolicyFiles(entries, label);
  const problems = [...choice.problems];
  const sources: PolicySource[] = [];
  for (const entry of choice.load) {
    const file = label(entry.path);
    let bytes: Uint8Array;
    try {
      bytes = await read(entry.path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      problems.push({
        position: { file, line: 0, column: 0 },
        message: code === 'ELOOP' ? 'became a symbolic link while SafeClaw read the folder' : `cannot be read: ${code ?? (err as Error).message}`,
        fix: 'make it a readable regular file, then run again',
      });
      continue;
    }
    const decoded = decodePolicyBytes(bytes, file);
    if ('problem' in decoded) problems.push(decoded.problem);
    else sources.push({ file, text: decoded.text });
  }
  return { sources, problems };
}

/**
 * The entries under `prefix` (ending in `/`) of `git ls-tree -r -l -z --full-tree
 * COMMIT -- PREFIX`, paths relative to prefix. Mode 120000 is a symbolic link,
 * type `commit` a submodule.
 */
export function gitTreePolicyEntries(listing: string, prefix: string): PolicyFolderEntry[] {
  const entries: PolicyFolderEntry[] = [];
  for (const line of listing.split('\0')) {
    if (line === '') continue;
    const tab = line.indexOf('\t');
    const [mode, type, , size] = line.slice(0, tab).split(/ +/);
    const path = line.slice(tab + 1);
    if (!path.startsWith(prefix)) continue;
    const kind: PolicyEntryKind = mode === '120000' ? 'symlink' : type === 'blob' ? 'file' : type === 'tree' ? 'folder' : 'other';
    entries.push({ path: path.slice(prefix.length), kind, size: kind === 'file' ? Number(size) : 0 });
  }
  return entries;
}

/** `readPolicySources`, throwing a PolicyError when anything was refused. */
export async function requirePolicySources(
  entries: PolicyFolderEntry[],
  label: (path: string) => string,
  read: (path: string) => Promise<Uint8Array>,
): Promise<PolicySource[]> {
  const { sources, problems } = await readPolicySources(entries, label, read);
  if (problems.length > 0) throw new PolicyError(problems);
  return sources;
}
