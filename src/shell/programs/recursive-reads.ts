// Programs that read whole folders, one row per program: when they read
// recursively, and which of their options narrow what they read. A recursive
// read of a folder is judged against deny and approval patterns for every file
// it can reach (../reach.ts): `grep -r key .` reaches `.env`, while
// `grep -r --include='*.tf' key .` reaches only `*.tf` files. Filters the table
// does not know, and filters that could only be judged with the file tree in
// hand (.gitignore, `--exclude-from=FILE`, rsync's ordered rules once an
// include is given), are left out: leaving a filter out makes the read reach
// more, never less, so it can only make a decision stricter.
//
// `du`, `ls -R`, `tree` and `find` without `-exec` read no file's content (names
// and sizes only): they are not here, and are judged by their command rules.
import { lookupTable } from '../options.js';
import type { ParsedArgs } from '../options.js';

/** What a recursive read skips and follows. Globs are matched against base names, as the tools do. */
export interface ReadFilters {
  /** A file is read only when its base name matches one of these (empty or unset: any file). */
  include?: string[];
  /** A file whose base name matches one of these is skipped. */
  exclude?: string[];
  /** A folder whose base name matches one of these is not entered. */
  excludeDir?: string[];
  /** Hidden files and folders (a name starting with `.`) are skipped. */
  skipsHidden?: boolean;
  /** Symbolic links are followed: what is read may lie anywhere, inside the repository or not. */
  followsLinks?: boolean;
  /** Only the files directly in the folder, none in its subfolders (`split FILE dir/part-` writes dir/part-aa…). */
  flat?: boolean;
}

export interface RecursiveReader {
  /** The tool always reads recursively, or only with one of these options (names as parsed, without dashes). */
  recursive: 'always' | string[];
  /** Option values that are base-name globs of files to read. */
  include?: string[];
  /** Option values that are base-name globs of files to skip. */
  exclude?: string[];
  /** Option values that are base-name globs of folders to skip. */
  excludeDir?: string[];
  /** Options whose value skips files and folders alike (tar --exclude, diff -x). */
  excludeBoth?: string[];
  /** ripgrep's `-g GLOB` / `-g !GLOB`: include or, with `!`, exclude. */
  globs?: string[];
  /** ripgrep's `-t TYPE` / `-T TYPE`: file types (see FILE_TYPES). */
  types?: string[];
  typesNot?: string[];
  /** Hidden files are skipped unless one of these options is given (a repeated option counts once per time). */
  hiddenUnless?: { option: string; times?: number }[];
  /** Symbolic links are followed always, or with one of these options. */
  follows?: 'always' | string[];
  /** …unless one of these options is given (zip -y stores links as links). */
  followsUnless?: string[];
  /** An include given together with these options no longer limits what is read (rsync: includes only undo excludes). */
  excludesIgnoredWith?: string[];
  /** Globs the tool matches against whole paths, where `*` also crosses `/` (zip): only `*NAME` globs read as base names. */
  wholePathGlobs?: boolean;
  /**
   * GNU grep: among --include and --exclude the last one matching a name wins, and a
   * name matching none is read unless the first of them is an --include. So an
   * --include narrows only when it comes first, and an --exclude only when no
   * --include follows it.
   */
  lastMatchWins?: boolean;
}

export const RECURSIVE_READERS: Record<string, RecursiveReader> = lookupTable({
  grep: {
    recursive: ['r', 'R', 'recursive', 'dereference-recursive'],
    lastMatchWins: true,
    include: ['include'],
    exclude: ['exclude'],
    excludeDir: ['exclude-dir'],
    follows: ['R', 'dereference-recursive'],
  },
  rg: {
    recursive: 'always',
    globs: ['g', 'glob', 'iglob'],
    types: ['t', 'type'],
    typesNot: ['T', 'type-not'],
    hiddenUnless: [{ option: 'hidden' }, { option: '.' }, { option: 'u', times: 2 }, { option: 'unrestricted', times: 2 }],
    follows: ['L', 'follow'],
  },
  ag: {
    recursive: 'always',
    excludeBoth: ['ignore'],
    hiddenUnless: [{ option: 'hidden' }, { option: 'u' }, { option: 'unrestricted' }, { option: 'a' }, { option: 'all-types' }],
    follows: ['f', 'follow'],
  },
  cp: { recursive: ['r', 'R', 'recursive', 'a', 'archive'], follows: ['L', 'dereference'] },
  // OpenSSH scp follows the links it meets in the tree.
  scp: { recursive: ['r'], follows: 'always' },
  rsync: {
    recursive: ['r', 'recursive', 'a', 'archive'],
    excludeBoth: ['exclude'],
    excludesIgnoredWith: ['include', 'include-from', 'filter', 'f', 'F'],
    follows: ['L', 'copy-links', 'copy-unsafe-links', 'k', 'copy-dirlinks'],
  },
  tar: { recursive: 'always', excludeBoth: ['exclude'], follows: ['h', 'dereference'] },
  zip: {
    recursive: ['r', 'recurse-paths', 'R', 'recurse-patterns'],
    include: ['i', 'include'],
    exclude: ['x', 'exclude'],
    wholePathGlobs: true,
    follows: 'always',
    followsUnless: ['y', 'symlinks'],
  },
  diff: { recursive: ['r', 'recursive'], excludeBoth: ['x', 'exclude'], follows: 'always', followsUnless: ['no-dereference'] },
});
RECURSIVE_READERS.egrep = RECURSIVE_READERS.grep;
RECURSIVE_READERS.fgrep = RECURSIVE_READERS.grep;

/** ripgrep's file types the analysis knows (`rg -t tf`); an unknown type does not narrow the read. */
export const FILE_TYPES: Record<string, string[]> = lookupTable({
  tf: ['*.tf', '*.tfvars', '*.tf.json'],
  terraform: ['*.tf', '*.tfvars', '*.tf.json'],
  yaml: ['*.yaml', '*.yml'],
  json: ['*.json', '*.jsonl', '*.json5', '*.sarif'],
  md: ['*.markdown', '*.md', '*.mdown', '*.mdwn', '*.mkd', '*.mkdn', '*.mdx', '*.ron'],
  markdown: ['*.markdown', '*.md', '*.mdown', '*.mdwn', '*.mkd', '*.mkdn', '*.mdx', '*.ron'],
  py: ['*.py', '*.pyi'],
  js: ['*.js', '*.jsx', '*.mjs', '*.cjs', '*.vue'],
  ts: ['*.ts', '*.tsx', '*.cts', '*.mts'],
  go: ['*.go'],
  rust: ['*.rs'],
  sh: ['*.sh', '*.bash', '*.zsh', '*.ksh', '*.csh', '.bashrc', '.bash_profile', '.bash_login', '.profile', '.zshrc', '.zshenv', '.zprofile', '.kshrc', '.cshrc', '.login', '.logout'],
  docker: ['*Dockerfile*', '*dockerfile*'],
  make: ['*.mak', '*.mk', 'GNUmakefile', 'Gnumakefile', 'Makefile', 'gnumakefile', 'makefile'],
});

function count(parsed: ParsedArgs, name: string): number {
  let n = 0;
  for (const o of parsed.options) if (o.name === name) n++;
  return n;
}

function given(parsed: ParsedArgs, names: string[] | undefined): boolean {
  if (!names) return false;
  for (const o of parsed.options) if (names.includes(o.name)) return true;
  return false;
}

const NO_VALUES: string[] = Object.freeze([]) as unknown as string[];

function values(parsed: ParsedArgs, names: string[] | undefined): string[] {
  if (!names) return NO_VALUES;
  let out: string[] = NO_VALUES;
  for (const o of parsed.options) {
    if (!names.includes(o.name) || !o.value || o.value.dynamic || o.value.expands) continue;
    if (out === NO_VALUES) out = [];
    out.push(o.value.text);
  }
  return out;
}

/** An option value computed at run time: the filter it sets is unknown (so it narrows nothing). */
function computedValue(parsed: ParsedArgs, names: string[] | undefined): boolean {
  if (!names) return false;
  for (const o of parsed.options) if (names.includes(o.name) && o.value && (o.value.dynamic !== undefined || o.value.expands !== undefined)) return true;
  return false;
}

/** A glob the tool matches against base names: no `/` (a `dir/` suffix names folders, handled by the caller). */
function baseNameGlob(glob: string): boolean {
  return glob !== '' && !glob.includes('/');
}

/** A glob of an include or exclude option that the analysis reads as a base-name glob. */
function wholePath(reader: RecursiveReader, glob: string): boolean {
  return reader.wholePathGlobs ? /^\*[^/*?[]*$|^\*\.[^/]*$/.test(glob) && !glob.includes('/') : baseNameGlob(glob);
}

function isInclude(reader: RecursiveReader, name: string): boolean {
  return reader.include?.includes(name) ?? false;
}

/** An include option follows the one at `at`. */
function includeAfter(reader: RecursiveReader, options: ParsedArgs['options'], at: number): boolean {
  for (let i = at + 1; i < options.length; i++) if (isInclude(reader, options[i].name)) return true;
  return false;
}

/**
 * Whether `program` (already reduced to its base name) reads recursively with
 * these options, and what narrows the read; null when it does not.
 */
export function recursiveFilters(program: string, parsed: ParsedArgs): ReadFilters | null {
  const reader = RECURSIVE_READERS[program];
  if (!reader) return null;
  const recursive =
    reader.recursive === 'always' ||
    given(parsed, reader.recursive) ||
    (program === 'grep' || program === 'egrep' || program === 'fgrep'
      ? parsed.options.some((o) => (o.name === 'd' || o.name === 'directories') && o.value?.text === 'recurse')
      : false);
  if (!recursive) return null;
  const filters: ReadFilters = {};
  const include: string[] = [];
  let includeKnown = true;
  const exclude: string[] = [];
  const excludeDir: string[] = [];

  // In command-line order: which option comes first, and whether an include follows an exclude.
  let filterOptions: ParsedArgs['options'] | null = null;
  for (const o of parsed.options) if (isInclude(reader, o.name) || (reader.exclude?.includes(o.name) ?? false)) (filterOptions ??= []).push(o);
  const includesNarrow = !reader.lastMatchWins || (filterOptions !== null && isInclude(reader, filterOptions[0].name));
  for (const glob of values(parsed, reader.include)) {
    if (wholePath(reader, glob)) include.push(glob);
    else includeKnown = false;
  }
  if (computedValue(parsed, reader.include)) includeKnown = false;
  if (!includesNarrow) includeKnown = false;
  if (filterOptions) {
    for (let at = 0; at < filterOptions.length; at++) {
      const option = filterOptions[at];
      if (isInclude(reader, option.name) || !option.value || option.value.dynamic || option.value.expands) continue;
      if (reader.lastMatchWins && includeAfter(reader, filterOptions, at)) continue;
      if (wholePath(reader, option.value.text)) exclude.push(option.value.text);
    }
  }
  for (const glob of values(parsed, reader.excludeDir)) if (baseNameGlob(glob.replace(/\/+$/, ''))) excludeDir.push(glob.replace(/\/+$/, ''));
  const excludesCount = !given(parsed, reader.excludesIgnoredWith);
  if (excludesCount) {
    for (const glob of values(parsed, reader.excludeBoth)) {
      const dirOnly = glob.endsWith('/');
      const name = glob.replace(/\/+$/, '');
      if (!baseNameGlob(name)) continue;
      excludeDir.push(name);
      if (!dirOnly) exclude.push(name);
    }
  }
  // ripgrep: a later glob overrides an earlier one, so a `!GLOB` excludes only when no plain glob follows it.
  const globs = values(parsed, reader.globs);
  for (const [at, glob] of globs.entries()) {
    if (glob.startsWith('!')) {
      const name = glob.slice(1).replace(/\/+$/, '');
      if (globs.slice(at + 1).some((later) => !later.startsWith('!'))) continue;
      if (baseNameGlob(name)) {
        excludeDir.push(name);
        if (!glob.endsWith('/')) exclude.push(name);
      }
    } else if (baseNameGlob(glob)) include.push(glob);
    else includeKnown = false;
  }
  if (computedValue(parsed, reader.globs)) includeKnown = false;
  for (const type of values(parsed, reader.types)) {
    const globs = FILE_TYPES[type];
    if (globs) include.push(...globs);
    else includeKnown = false;
  }
  if (computedValue(parsed, reader.types)) includeKnown = false;
  for (const type of values(parsed, reader.typesNot)) exclude.push(...(FILE_TYPES[type] ?? []));

  // An include the analysis could not read may let any file through: then no include narrows the read.
  if (include.length && includeKnown) filters.include = include;
  if (exclude.length) filters.exclude = exclude;
  if (excludeDir.length) filters.excludeDir = excludeDir;
  if (reader.hiddenUnless && !reader.hiddenUnless.some((h) => count(parsed, h.option) >= (h.times ?? 1))) filters.skipsHidden = true;
  const follows = reader.follows === 'always' || given(parsed, reader.follows);
  if (follows && !given(parsed, reader.followsUnless)) filters.followsLinks = true;
  return filters;
}
