// Which programs have a dry-run option, and how it is spelled: one entry per
// program (or per subcommand). A pattern's `--dry-run` literal (the seed's
// `*--dry-run*` allow rule) counts only for a program listed here, and only when
// the option is really in effect after the program's own parsing: the last of
// `-n`/`--dry-run`/`--no-dry-run` wins, and a word that an option before it
// takes as its value (`git clean -f -e -n`: an exclude pattern "-n") is no dry
// run. `rsync -n` is written `--dry-run` too, so a rule on `--dry-run` covers it.
//
// kubectl, helm and aws resolve their options in ../canonical.ts (pflag and
// botocore rules: `--dry-run=none`, `--dry-run=false`, `--no-dry-run`); their
// entries only say so.
//
// Left out on purpose, so their `--dry-run` is no dry run to a policy:
// - make: `make -n` still runs recipe lines that hold $(MAKE) or start with `+`.
// - npm: nopt takes abbreviations and `npm_config_dry_run` from the
//   environment or any .npmrc, and `npm run`/`npm exec` ignore it.
// - terraform, tofu, pulumi: no such option (plan/preview are their dry runs).
// - any program not listed: nothing says its `--dry-run` means a dry run
//   (`rm -rf / --dry-run`, `mysql -e '…' --dry-run`).
import { lookupTable } from '../options.js';

export interface DryRunSpec {
  /** Long option names (without `--`) that turn the dry run on. */
  long: string[];
  /** Short letters that turn it on (`-n`), alone or in a cluster (`-avn`). */
  short?: string;
  /** `--no-NAME` turns it off (git's parse-options, even abbreviated: `--no-dry`). */
  negatable?: boolean;
  /** Short letters that take a value: the rest of their cluster, or the next word, is that value. */
  shortValues?: string;
  /** Long options that take a value as the next word when written without `=`. */
  longValues?: string[];
  /**
   * Long options known to take no value. Before a dry-run spelling, any other
   * long option written without `=` might take it as its value: then it is no dry run.
   */
  longFlags?: string[];
}

export interface DryRunEntry {
  /** The option is resolved by the canonical form (kubectl, helm, aws): see ../canonical.ts. */
  canonical?: true;
  /** Per subcommand (the first word after the program's global options). */
  subcommands?: Record<string, DryRunSpec>;
  /** For every invocation. */
  all?: DryRunSpec;
  /** Global options before the subcommand that take a value (`git -C DIR`). */
  globalValues?: string[];
}

const words = (list: string) => list.split(/\s+/).filter(Boolean);

/** rsync (popt): every long option that takes a value, so `--exclude -n` is a pattern, not -n. */
const RSYNC_LONG_VALUES = words(`rsh rsync-path filter exclude include exclude-from include-from files-from temp-dir
  compare-dest copy-dest link-dest partial-dir log-file log-file-format out-format password-file bwlimit chmod chown
  usermap groupmap timeout contimeout port sockopts block-size max-delete max-size min-size max-alloc modify-window
  suffix backup-dir iconv checksum-choice cc compress-choice zc compress-level zl skip-compress info debug stderr
  remote-option outbuf write-batch only-write-batch read-batch protocol checksum-seed address config dparam
  early-input stop-after stop-at copy-as`);

const RSYNC_LONG_FLAGS = words(`archive verbose quiet recursive relative compress checksum update inplace append
  append-verify dirs links copy-links copy-unsafe-links safe-links hard-links perms executability acls xattrs owner
  group devices specials times omit-dir-times omit-link-times super fake-super sparse preallocate whole-file
  one-file-system existing ignore-existing remove-source-files delete delete-before delete-during delete-delay
  delete-after delete-excluded ignore-errors force partial progress human-readable stats itemize-changes list-only
  prune-empty-dirs numeric-ids size-only ignore-times fuzzy cvs-exclude mkpath backup no-motd ipv4 ipv6 8-bit-output
  blocking-io no-implied-dirs keep-dirlinks copy-dirlinks atimes open-noatime crtimes hard-links delay-updates
  trust-sender`);

const GIT_PUSH_VALUES = words('repo receive-pack exec push-option');
const GIT_COMMIT_VALUES = words('message file reuse-message reedit-message fixup squash author date template cleanup pathspec-from-file trailer');

export const DRY_RUN: Record<string, DryRunEntry> = lookupTable({
  kubectl: { canonical: true },
  helm: { canonical: true },
  aws: { canonical: true },
  rsync: {
    all: {
      long: ['dry-run'],
      short: 'n',
      negatable: true,
      // -e (rsh) -f (filter) -B (block size) -T (temp dir) -M (remote option) -@ (modify window)
      shortValues: 'efBTM@',
      longValues: RSYNC_LONG_VALUES,
      longFlags: RSYNC_LONG_FLAGS,
    },
  },
  git: {
    globalValues: ['C', 'c', 'git-dir', 'work-tree', 'namespace', 'config-env', 'exec-path', 'super-prefix', 'list-cmds', 'attr-source'],
    subcommands: lookupTable({
      clean: { long: ['dry-run'], short: 'n', negatable: true, shortValues: 'e', longValues: ['exclude'], longFlags: words('force interactive quiet') },
      add: { long: ['dry-run'], short: 'n', negatable: true, longValues: ['chmod', 'pathspec-from-file'], longFlags: words('verbose force interactive patch edit update all no-all ignore-removal no-ignore-removal intent-to-add refresh ignore-errors ignore-missing sparse renormalize') },
      rm: { long: ['dry-run'], short: 'n', negatable: true, longValues: ['pathspec-from-file'], longFlags: words('force cached quiet ignore-unmatch sparse') },
      mv: { long: ['dry-run'], short: 'n', negatable: true, longFlags: words('force verbose') },
      push: { long: ['dry-run'], short: 'n', negatable: true, shortValues: 'o', longValues: GIT_PUSH_VALUES, longFlags: words('all mirror tags follow-tags atomic force delete prune verbose quiet porcelain set-upstream thin no-thin no-verify verify ipv4 ipv6 progress') },
      // `git fetch -n` is --no-tags, not a dry run.
      fetch: { long: ['dry-run'], negatable: true, shortValues: 'jo', longValues: words('depth deepen shallow-since shallow-exclude refmap jobs upload-pack server-option negotiation-tip recurse-submodules-default submodule-prefix filter'), longFlags: words('all append atomic force keep multiple prune prune-tags tags no-tags quiet verbose progress unshallow update-shallow ipv4 ipv6 write-fetch-head') },
      // `git commit -n` is --no-verify, not a dry run.
      commit: { long: ['dry-run'], negatable: true, shortValues: 'mFcCt', longValues: GIT_COMMIT_VALUES, longFlags: words('all patch short branch porcelain long null signoff no-verify verify allow-empty allow-empty-message amend no-edit edit include only status no-status quiet verbose reset-author') },
      prune: { long: ['dry-run'], short: 'n', negatable: true, longValues: ['expire'], longFlags: words('verbose progress') },
    }),
  },
});
