// Options that make one program run in another folder: its relative paths (the
// files it reads and writes, its own inputs) are taken from there. One row per
// program; the shell's own folder changes (`cd`, `pushd`) are in
// ../working-directory.ts, and the wrappers' (`env -C`, `sudo -D`) in
// ../wrappers.ts. kubectl and helm have no such option (`-k DIR` and chart paths
// are operands, resolved from the shell's folder).
import { lookupTable } from '../options.js';
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

export const DIRECTORY_OPTIONS: Record<string, DirectoryOptions> = lookupTable({
  git: {
    separate: ['-C'],
    attached: [],
    beforeOperand: true,
    valueOptions: ['-c', '--git-dir', '--work-tree', '--namespace', '--super-prefix', '--config-env', '--list-cmds'],
    cumulative: true,
  },
  make: { separate: ['-C', '--directory'], attached: ['--directory=', '-C'], beforeOperand: false, bundledFlags: 'BbdeikLnpqRrSstvw', cumulative: true },
  gmake: { separate: ['-C', '--directory'], attached: ['--directory=', '-C'], beforeOperand: false, bundledFlags: 'BbdeikLnpqRrSstvw', cumulative: true },
  terraform: { separate: [], attached: ['-chdir=', '--chdir='], beforeOperand: true, cumulative: false },
  tofu: { separate: [], attached: ['-chdir=', '--chdir='], beforeOperand: true, cumulative: false },
});

/** `-sC dir`, `-sCdir`: the folder letter after bundled flags, per program that has them. */
const BUNDLED_FOLDER: Record<string, RegExp> = lookupTable(
  Object.fromEntries(Object.entries(DIRECTORY_OPTIONS).flatMap(([program, spec]) => (spec.bundledFlags ? [[program, new RegExp(`^-[${spec.bundledFlags}]+C(.*)$`, 's')]] : []))),
);

/** No folder words: shared and frozen, so a program without folder options makes no array. */
const NO_WORDS: Word[] = Object.freeze([]) as unknown as Word[];

/** The folder words a command's own options name, in order (empty: it runs where the shell is). */
export function directoryWords(program: string, args: Word[]): Word[] {
  const spec = DIRECTORY_OPTIONS[program];
  if (!spec) return NO_WORDS;
  let out: Word[] = NO_WORDS;
  const bundledFolder = BUNDLED_FOLDER[program];
  for (let i = 0; i < args.length; i++) {
    const text = args[i].text;
    if (text === '--') break;
    if (!text.startsWith('-') || text === '-') {
      if (spec.beforeOperand) break;
      continue;
    }
    if (spec.separate.includes(text)) {
      if (i + 1 < args.length) out = added(out, args[++i]);
      continue;
    }
    const attached = attachedPrefix(spec.attached, text);
    if (attached) {
      out = added(out, { ...args[i], text: text.slice(attached.length) });
      continue;
    }
    const bundled = bundledFolder?.exec(text) ?? null;
    if (bundled) {
      if (bundled[1]) out = added(out, { ...args[i], text: bundled[1] });
      else if (i + 1 < args.length) out = added(out, args[++i]);
      continue;
    }
    if (spec.valueOptions?.includes(text)) i++;
  }
  if (!spec.cumulative && out.length > 1) return [out[out.length - 1]];
  return out;
}

/** `out` with `word` after its words (a new array in place of NO_WORDS). */
function added(out: Word[], word: Word): Word[] {
  if (out === NO_WORDS) return [word];
  out.push(word);
  return out;
}

/** The first prefix that carries a folder in `text` (with text after it), if any. */
function attachedPrefix(prefixes: string[], text: string): string | undefined {
  for (const prefix of prefixes) if (text.startsWith(prefix) && text.length > prefix.length) return prefix;
  return undefined;
}

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
export const READS_ITS_FOLDER: Record<string, string> = lookupTable({
  terraform: 'terraform reads the configuration and state of the folder it runs in',
  tofu: 'tofu reads the configuration and state of the folder it runs in',
  git: "git reads the repository configuration of the folder it runs in (which can run programs)",
  make: 'make reads and runs the Makefile of the folder it runs in',
  gmake: 'make reads and runs the Makefile of the folder it runs in',
  npm: 'npm reads and runs the package.json scripts of the folder it runs in',
  pnpm: 'pnpm reads and runs the package.json scripts of the folder it runs in',
  yarn: 'yarn reads and runs the package.json scripts of the folder it runs in',
  'docker-compose': 'docker compose reads the compose file of the folder it runs in',
  'ansible-playbook': 'ansible reads ansible.cfg from the folder it runs in',
  helmfile: 'helmfile reads the helmfile of the folder it runs in',
  kustomize: 'kustomize reads the kustomization of the folder it runs in',
});
