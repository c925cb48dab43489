// Tool-aware canonical forms for the infrastructure CLIs policies target, so that
// one pattern (`kubectl apply*--namespace=prod*`) matches every way of writing the
// same invocation. The forms are documented in the README (Shell analysis → Canonical forms).
//
// The shape is: tool, subcommand path, the remaining arguments in source order
// with known options rewritten, the options written between the subcommand words,
// then the options written before the subcommand (global options), then `--` and
// what follows it. Options are
// written `--name=value` (GNU-style tools) or `-name=value` (terraform, tofu,
// vault, whose own help uses that form); short flags are expanded.
import { lookupTable } from './options.js';

type OptionStyle = 'gnu' | 'go';

interface ToolSpec {
  style: OptionStyle;
  /** Option name → whether it takes a value (flags that take an optional value via `=` count as flags). */
  options: Map<string, boolean>;
  /** Short letter → long option name (GNU style only). */
  short: Record<string, string>;
  /** Other spellings of an option name. */
  aliases?: Record<string, string>;
  /** Positional words that always name the subcommand (`aws ec2 describe-instances`: 2). */
  minPath: number;
  /** Positional words that may name the subcommand (`kubectl rollout restart`: 2). */
  maxPath: number;
  /**
   * The tool's own commands, when any other first word runs a plugin: `kubectl foo`
   * runs the program `kubectl-foo` found on PATH (any program), so `kubectl getx`
   * is not `kubectl get` and a plugin's `--dry-run` means nothing.
   */
  commands?: Set<string>;
}

function names(takesValue: boolean, list: string): [string, boolean][] {
  return list.split(/\s+/).filter(Boolean).map((n) => [n, takesValue]);
}

const KUBECTL: ToolSpec = {
  style: 'gnu',
  options: new Map([
    ...names(true, `namespace context cluster kubeconfig server user token as as-group as-uid certificate-authority
      client-certificate client-key request-timeout v cache-dir tls-server-name password username profile profile-output
      vmodule filename selector output kustomize container field-selector patch type replicas image port timeout
      grace-period label-columns template sort-by since tail max-log-requests from-file from-literal from-env-file
      subresource field-manager raw`),
    ...names(false, `insecure-skip-tls-verify match-server-version warnings-as-errors disable-compression all-namespaces
      recursive watch stdin tty force overwrite all prune wait server-side force-conflicts validate show-labels no-headers
      ignore-not-found cascade now quiet record dry-run follow previous local`),
  ]),
  short: {
    n: 'namespace', f: 'filename', l: 'selector', o: 'output', k: 'kustomize', c: 'container', s: 'server',
    v: 'v', A: 'all-namespaces', R: 'recursive', w: 'watch', i: 'stdin', t: 'tty', L: 'label-columns', p: 'patch',
  },
  minPath: 1,
  maxPath: 2,
  // `kubectl help` (v1.32), plus `options` and `alpha`.
  commands: new Set(`create expose run set explain get edit delete rollout scale autoscale certificate cluster-info top cordon
    uncordon drain taint describe logs attach exec port-forward proxy cp auth debug events diff apply patch replace wait
    kustomize label annotate completion api-resources api-versions config plugin version options alpha help`.split(/\s+/)),
};

const HELM: ToolSpec = {
  style: 'gnu',
  options: new Map([
    ...names(true, `namespace kube-context kubeconfig registry-config repository-cache repository-config burst-limit
      kube-apiserver kube-as-user kube-as-group kube-token kube-ca-file kube-tls-server-name qps content-cache values set
      set-string set-file set-json set-literal version output timeout repo username password description post-renderer
      post-renderer-args`),
    ...names(false, `debug kube-insecure-skip-tls-verify install atomic wait wait-for-jobs create-namespace dry-run force
      reuse-values reset-values reset-then-reuse-values devel all-namespaces generate-name skip-crds dependency-update
      rollback-on-failure cleanup-on-fail no-hooks all`),
  ]),
  short: { n: 'namespace', f: 'values', i: 'install', o: 'output', A: 'all-namespaces', g: 'generate-name', a: 'all' },
  minPath: 1,
  maxPath: 2,
  // helm 3's commands; any other first word runs a plugin from $HELM_PLUGINS.
  commands: new Set(`completion create dependency dep env get help history install lint list ls package plugin pull fetch push
    registry repo rollback search show inspect status template test uninstall delete del un upgrade verify version`.split(/\s+/)),
};

const TERRAFORM: ToolSpec = {
  style: 'go',
  options: new Map([
    ...names(true, `chdir var var-file target replace out state state-out backup lock-timeout parallelism backend-config
      plugin-dir from-module generate-config-out test-directory filter`),
    ...names(false, `help version auto-approve destroy refresh-only compact-warnings json no-color upgrade reconfigure
      migrate-state force-copy detailed-exitcode recursive check diff write input lock refresh`),
  ]),
  short: {},
  minPath: 1,
  maxPath: 2,
};

const AWS: ToolSpec = {
  style: 'gnu',
  options: new Map([
    ...names(true, `region profile output endpoint-url query ca-bundle cli-read-timeout cli-connect-timeout color
      cli-binary-format`),
    ...names(false, `debug no-verify-ssl no-paginate no-sign-request no-cli-pager cli-auto-prompt no-cli-auto-prompt
      dry-run no-dry-run`),
  ]),
  short: {},
  minPath: 2,
  maxPath: 2,
};

const GCLOUD: ToolSpec = {
  style: 'gnu',
  options: new Map([
    ...names(true, `project account configuration impersonate-service-account verbosity format billing-project flags-file
      trace-token access-token-file zone region`),
    ...names(false, `quiet log-http user-output-enabled no-user-output-enabled help`),
  ]),
  short: { q: 'quiet', h: 'help' },
  minPath: 2,
  maxPath: 4,
};

const AZ: ToolSpec = {
  style: 'gnu',
  options: new Map([
    ...names(true, `subscription output query resource-group name location`),
    ...names(false, `only-show-errors debug verbose help yes`),
  ]),
  short: { o: 'output', g: 'resource-group', n: 'name', l: 'location', h: 'help', y: 'yes' },
  minPath: 2,
  maxPath: 4,
};

const VAULT: ToolSpec = {
  style: 'go',
  options: new Map([
    ...names(true, `address namespace format field mount ca-cert ca-path client-cert client-key tls-server-name wrap-ttl
      policy mfa header`),
    ...names(false, `tls-skip-verify output-curl-string output-policy non-interactive force`),
  ]),
  short: {},
  aliases: { ns: 'namespace' },
  minPath: 1,
  maxPath: 2,
};

const PULUMI: ToolSpec = {
  style: 'gnu',
  options: new Map([
    ...names(true, `cwd color verbose profiling tracing memprofilerate stack config config-file target replace message
      parallel exclude`),
    ...names(false, `non-interactive logtostderr emoji disable-integrity-checking logflow yes skip-preview refresh diff
      json expect-no-changes target-dependents show-secrets help`),
  ]),
  short: { C: 'cwd', v: 'verbose', s: 'stack', y: 'yes', f: 'skip-preview', c: 'config', t: 'target', j: 'json', r: 'refresh', m: 'message', h: 'help' },
  minPath: 1,
  maxPath: 2,
};

const TOOLS: Record<string, ToolSpec> = lookupTable({
  kubectl: KUBECTL,
  helm: HELM,
  terraform: TERRAFORM,
  tofu: TERRAFORM,
  aws: AWS,
  gcloud: GCLOUD,
  az: AZ,
  vault: VAULT,
  pulumi: PULUMI,
});

for (const spec of Object.values(TOOLS)) {
  spec.short = lookupTable(spec.short);
  if (spec.aliases) spec.aliases = lookupTable(spec.aliases);
}

export function isCanonicalisedTool(name: string): boolean {
  return name in TOOLS;
}

/**
 * A canonical form. For a tool with an option table its real options are the
 * words from `optionsStart` up to `optionsEnd` (they are written together, after
 * the operands): what option-literal matching needs to know of each word.
 * Without `optionsStart` (no table, or opaque) the words are a new list of the
 * tool and its arguments exactly as given (emit keeps that list as the argv).
 */
export type CanonicalResult =
  | { words: string[]; optionsStart?: number; optionsEnd?: number }
  | { opaque: string; words: string[]; optionsStart?: number; optionsEnd?: number };

/** How options resolve, per tool (pflag, Go's flag, botocore…): see OPTION_RULES below. */
interface OptionRules {
  /** Options whose values accumulate (`-f a -f b`); every other valued option keeps its last value. */
  repeatable: Set<string>;
  /** Boolean flags: `--x=false|0|f|F|FALSE|False` turns them off, `--x=true|1|t…` on. */
  booleans: Set<string>;
  /** `--no-NAME` → NAME off. */
  negations?: Record<string, string>;
  /** kubectl's `--dry-run=none|client|server` (a bare or true `--dry-run` means client). */
  dryRunValues?: { dry: string[]; real: string[]; bare: string };
  /** Environment variables the tool reads as an option (lowest precedence: a flag overrides them). */
  env: Record<string, string>;
  /** Environment variables that splice arbitrary arguments in: the command is opaque. */
  envOpaque?: RegExp;
}

const set = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/**
 * Per-tool option resolution. kubectl and helm use pflag: the last value of a
 * repeated option wins (verified with the real kubectl: `--namespace=dev
 * --namespace=prod` creates in prod), slices accumulate, booleans parse with
 * strconv.ParseBool. terraform and vault use Go's flag package (last wins);
 * aws keeps the last value and has `--no-` negations.
 */
const OPTION_RULES: Record<string, OptionRules> = lookupTable({
  kubectl: {
    repeatable: set('filename from-file from-literal from-env-file label-columns'),
    booleans: set(`insecure-skip-tls-verify match-server-version warnings-as-errors disable-compression all-namespaces
      recursive watch stdin tty force overwrite all prune wait server-side force-conflicts validate show-labels no-headers
      ignore-not-found now quiet record follow previous local`),
    dryRunValues: { dry: ['client', 'server'], real: ['none'], bare: 'client' },
    env: lookupTable({ KUBECONFIG: 'kubeconfig' }),
  },
  helm: {
    repeatable: set('values set set-string set-file set-json set-literal post-renderer-args'),
    booleans: set(`debug kube-insecure-skip-tls-verify install atomic wait wait-for-jobs create-namespace dry-run force
      reuse-values reset-values reset-then-reuse-values devel all-namespaces generate-name skip-crds dependency-update
      rollback-on-failure cleanup-on-fail no-hooks all`),
    // helm ≥ 3.13: `--dry-run=client|server|none` (bare or true: client; false: none).
    dryRunValues: { dry: ['client', 'server'], real: ['none'], bare: 'client' },
    env: lookupTable({ HELM_NAMESPACE: 'namespace', HELM_KUBECONTEXT: 'kube-context', KUBECONFIG: 'kubeconfig', HELM_KUBEAPISERVER: 'kube-apiserver', HELM_POST_RENDERER: 'post-renderer' }),
  },
  terraform: {
    repeatable: set('var var-file target replace backend-config'),
    booleans: set(`auto-approve destroy refresh-only compact-warnings json no-color upgrade reconfigure migrate-state force-copy
      detailed-exitcode recursive check diff write input lock refresh`),
    env: lookupTable({}),
    envOpaque: /^(TF_CLI_ARGS(_\w+)?|TF_CLI_CONFIG_FILE|TF_PLUGIN_CACHE_DIR)$/,
  },
  aws: {
    repeatable: set(''),
    booleans: set('debug no-verify-ssl no-paginate no-sign-request no-cli-pager cli-auto-prompt dry-run'),
    negations: lookupTable({ 'no-dry-run': 'dry-run', 'no-cli-auto-prompt': 'cli-auto-prompt' }),
    env: lookupTable({ AWS_ENDPOINT_URL: 'endpoint-url', AWS_PROFILE: 'profile', AWS_REGION: 'region', AWS_DEFAULT_REGION: 'region' }),
    envOpaque: /^(AWS_ENDPOINT_URL_\w+|AWS_CONFIG_FILE|AWS_SHARED_CREDENTIALS_FILE|AWS_CA_BUNDLE)$/,
  },
  vault: {
    repeatable: set('header policy'),
    booleans: set('tls-skip-verify output-curl-string output-policy non-interactive force'),
    env: lookupTable({ VAULT_ADDR: 'address', VAULT_NAMESPACE: 'namespace' }),
  },
});
OPTION_RULES.tofu = { ...OPTION_RULES.terraform, envOpaque: /^(TF_CLI_ARGS(_\w+)?|TF_CLI_CONFIG_FILE|TOFU_CLI_ARGS\w*)$/ };

/** Environment variables any canonicalised tool reads: setting one (inline or exported) changes what it does. */
export const TOOL_ENVIRONMENT = new Set(Object.values(OPTION_RULES).flatMap((r) => Object.keys(r.env)));
export const TOOL_ENVIRONMENT_OPAQUE = /^(TF_CLI_ARGS(_\w+)?|TF_CLI_CONFIG_FILE|TOFU_CLI_ARGS\w*|AWS_ENDPOINT_URL_\w+|AWS_CONFIG_FILE|AWS_SHARED_CREDENTIALS_FILE|AWS_CA_BUNDLE|TF_PLUGIN_CACHE_DIR)$/;

const TRUE = set('1 t T TRUE true True');
const FALSE = set('0 f F FALSE false False');

/** `--dry-run=none` / `=false` is the default (a real run): dropped so `*--dry-run*` cannot match it. */
function isNoOp(name: string, value: string | undefined): boolean {
  return name === 'dry-run' && (value === 'none' || value === 'false');
}

/** Where an option lands in the canonical form: before the subcommand, between its words, or after it. */
type Bucket = 'globals' | 'moved' | 'rest';

/** The order the buckets are written in, after the operands. */
const BUCKET_ORDER: readonly Bucket[] = ['rest', 'moved', 'globals'];

interface Entry {
  bucket: Bucket;
  name: string;
  value: string | undefined;
  /** How it was written (`-n prod`, `HELM_NAMESPACE=prod`), for notes; empty when no notes are asked for. */
  spelled: string;
  /** The canonical spelling in effect, or null when a later value, a real run or `false` drops it. */
  rendered: string | null;
}

/**
 * Where the name of a long option starts in `word` (after `--`, or after `-`
 * or `--` for Go's flag package), or -1 when the word is no long option: the
 * name needs a first character that is neither `=` nor (Go style) `-`.
 */
function longNameStart(word: string, style: OptionStyle): number {
  if (word.charCodeAt(0) !== DASH) return -1;
  if (style === 'gnu') return word.charCodeAt(1) === DASH && word.length > 2 && word.charCodeAt(2) !== EQUALS ? 2 : -1;
  const start = word.charCodeAt(1) === DASH ? 2 : 1;
  const first = word.charCodeAt(start);
  return start < word.length && first !== DASH && first !== EQUALS ? start : -1;
}

const DASH = 0x2d;
const EQUALS = 0x3d;

/** `-5`: a negative number, an operand rather than a cluster of short options. */
const NEGATIVE_NUMBER = /^-\d+$/;

/** A cluster of short options (`-n`, `-Rf`): one dash, then anything but a dash, and no negative number. */
function isShortCluster(word: string): boolean {
  return word.length > 1 && word.charCodeAt(0) === DASH && word.charCodeAt(1) !== DASH && !NEGATIVE_NUMBER.test(word);
}

function bucketOf(pathLength: number, pathOpen: boolean): Bucket {
  return pathLength === 0 ? 'globals' : pathOpen ? 'moved' : 'rest';
}

/**
 * Canonical argument list for `tool args…`, or an opaque reason when the
 * subcommand cannot be told apart from an option value (an unknown option
 * written before it). Options resolve as the tool resolves them: the last value
 * of a repeated option wins, boolean spellings and `--no-` negations apply, and
 * options set by the environment (`env`: NAME → value) count unless a flag
 * overrides them.
 */
export function canonicalise(tool: string, args: string[], env?: Record<string, string>, notes?: string[]): CanonicalResult {
  const spec = TOOLS[tool];
  if (!spec) return { words: [tool, ...args] };
  const rules = OPTION_RULES[tool];
  const dash = spec.style === 'gnu' ? '--' : '-';

  // The form is written straight into `words`: first the subcommand's words (the path), then the unknown options
  // and operands after it in source order (the rest). Every path word comes before every rest word: once a word
  // goes to the rest, the path is closed for good.
  const words: string[] = [tool];
  /** How many words of `words` after the tool are the subcommand's. */
  let pathLength = 0;
  const entries: Entry[] = [];
  /** `--` and the operands after it: always last, as nothing after it is an option. */
  const tail: string[] = [];
  let pathOpen = true;

  if (rules && env) {
    for (const variable of Object.keys(env)) {
      const value = env[variable];
      if (rules.envOpaque?.test(variable)) return opaqueForm(tool, args, `${variable} adds arguments or configuration to every ${tool} run`);
      const option = rules.env[variable];
      // Lowest precedence: first in order, so any flag of the same name comes later and wins.
      if (option) entries.push({ bucket: 'globals', name: option, value, spelled: notes ? `${variable}=${value}` : '', rendered: null });
    }
  }

  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    if (word === '--') {
      pathOpen = false;
      for (let j = i; j < args.length; j++) tail.push(args[j]); // not push(...): any number of words
      if (args.length > i + 1) notes?.push(`after --: ${args.slice(i + 1).join(' ')} (operands, never options)`);
      break;
    }
    const start = longNameStart(word, spec.style);
    if (start > 0) {
      const eq = word.indexOf('=', start);
      const written = eq < 0 ? word.slice(start) : word.slice(start, eq);
      let name = spec.aliases?.[written] ?? written;
      let value: string | undefined = eq < 0 ? undefined : word.slice(eq + 1);
      const negated = rules?.negations?.[name];
      let takesValue = false;
      if (negated && value === undefined) {
        name = negated;
        value = 'false';
        notes?.push(`${word} turns --${negated} off`);
      } else {
        const known = spec.options.get(name);
        if (known === undefined) {
          if (pathLength < spec.minPath) return opaqueForm(tool, args, unknownBeforeSubcommand(word, tool));
          pathOpen = false;
          words.push(word);
          notes?.push(unknownNote(word, tool));
          continue;
        }
        takesValue = known;
      }
      const takesNext = value === undefined && takesValue && i + 1 < args.length;
      const spelled = notes ? (takesNext ? `${word} ${args[i + 1]}` : word) : '';
      if (takesNext) value = args[++i];
      entries.push({ bucket: bucketOf(pathLength, pathOpen), name, value, spelled, rendered: null });
      continue;
    }
    if (spec.style === 'gnu' && isShortCluster(word)) {
      for (let c = 1; c < word.length; c++) {
        const name = spec.short[word[c]];
        if (!name) {
          const unknown = `-${word.slice(c)}`;
          if (pathLength < spec.minPath) return opaqueForm(tool, args, unknownBeforeSubcommand(unknown, tool));
          pathOpen = false;
          words.push(unknown);
          notes?.push(unknownNote(unknown, tool));
          break;
        }
        if (spec.options.get(name)) {
          let value = word.slice(c + 1).replace(/^=/, '');
          const takesNext = value === '' && i + 1 < args.length;
          const spelled = notes ? (takesNext ? `-${word[c]} ${args[i + 1]}` : `-${word[c]}${word.slice(c + 1)}`) : '';
          if (takesNext) value = args[++i];
          entries.push({ bucket: bucketOf(pathLength, pathOpen), name, value, spelled, rendered: null });
          break;
        }
        entries.push({ bucket: bucketOf(pathLength, pathOpen), name, value: undefined, spelled: notes ? `-${word[c]}` : '', rendered: null });
      }
      continue;
    }
    if (pathOpen && pathLength < spec.maxPath) {
      words.push(word);
      pathLength++;
      if (pathLength === spec.maxPath) pathOpen = false;
    } else {
      pathOpen = false;
      words.push(word);
    }
  }

  if (tool === 'kubectl' && hasEntry(entries, 'raw')) {
    // `kubectl delete --raw PATH --dry-run=client` sends the DELETE for real (checked with -v=6): --raw ignores --dry-run.
    for (let i = entries.length - 1; i >= 0; i--) {
      if (entries[i].name !== 'dry-run') continue;
      notes?.push(`${entries[i].spelled}: ignored with --raw (the raw request is sent as is), dropped`);
      entries.splice(i, 1);
    }
  }
  if (spec.commands && pathLength > 0 && !spec.commands.has(words[1])) {
    return opaqueForm(tool, args, `${tool} ${words[1]} is no ${tool} command: ${tool} runs the plugin ${tool}-${words[1]}, whatever program that is`);
  }
  // Resolve as the tool does: the last value of a single-valued option is the one it uses.
  // A few options (the usual) are searched from the end; many are indexed once (no quadratic walk).
  const resolving = rules !== undefined && entries.length > 1;
  const last = resolving && entries.length > 16 ? lastIndexByName(entries) : null;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    const { name } = entry;
    let { value } = entry;
    const lastIndex = resolving ? (last ? last.get(name)! : lastIndexOf(entries, name)) : i;
    if (lastIndex !== i && !rules!.repeatable.has(name)) {
      notes?.push(`${entry.spelled}: overridden by the later ${entries[lastIndex].spelled} (${tool} keeps the last value)`);
      continue;
    }
    if (rules?.dryRunValues && name === 'dry-run') {
      const v = value === undefined || TRUE.has(value) ? rules.dryRunValues.bare : FALSE.has(value) ? 'none' : value;
      if (rules.dryRunValues.real.includes(v)) {
        notes?.push(`${entry.spelled}: a real run (--dry-run=${v}), dropped`);
        continue;
      }
      if (!rules.dryRunValues.dry.includes(v)) return opaqueForm(tool, args, `--dry-run=${value} is not a value ${tool} accepts`);
      value = v;
    } else if (rules?.booleans.has(name) && value !== undefined) {
      if (FALSE.has(value)) {
        notes?.push(`${entry.spelled}: off, dropped`);
        continue;
      }
      if (!TRUE.has(value)) return opaqueForm(tool, args, `${dash}${name}=${value}: not a boolean ${tool} accepts`);
      value = undefined;
    } else if (!rules && isNoOp(name, value)) {
      continue;
    }
    entry.rendered = value === undefined ? `${dash}${name}` : `${dash}${name}=${value}`;
    if (notes && entry.spelled !== entry.rendered) notes.push(`${entry.spelled} → ${entry.rendered}`);
  }
  // Operands keep their source order, then the options (their own order kept), as before.
  const optionsStart = words.length;
  for (const bucket of BUCKET_ORDER) {
    for (const entry of entries) if (entry.bucket === bucket && entry.rendered !== null) words.push(entry.rendered);
  }
  const optionsEnd = words.length;
  for (const word of tail) words.push(word);
  return { words, optionsStart, optionsEnd };
}

function opaqueForm(tool: string, args: string[], reason: string): CanonicalResult {
  return { opaque: reason, words: [tool, ...args] };
}

function unknownBeforeSubcommand(word: string, tool: string): string {
  return `unknown option ${word} before the ${tool} subcommand: cannot tell the subcommand`;
}

function unknownNote(word: string, tool: string): string {
  return `${word}: not a ${tool} option the table knows, kept as an operand (allow patterns do not see it as an option)`;
}

function hasEntry(entries: Entry[], name: string): boolean {
  for (const entry of entries) if (entry.name === name) return true;
  return false;
}

function lastIndexOf(entries: Entry[], name: string): number {
  for (let i = entries.length - 1; i >= 0; i--) if (entries[i].name === name) return i;
  return -1;
}

function lastIndexByName(entries: Entry[]): Map<string, number> {
  const last = new Map<string, number>();
  for (let i = 0; i < entries.length; i++) last.set(entries[i].name, i);
  return last;
}
