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
  options: Record<string, boolean>;
  /** Short letter → long option name (GNU style only). */
  short: Record<string, string>;
  /** Other spellings of an option name. */
  aliases?: Record<string, string>;
  /** Positional words that always name the subcommand (`aws ec2 describe-instances`: 2). */
  minPath: number;
  /** Positional words that may name the subcommand (`kubectl rollout restart`: 2). */
  maxPath: number;
}

function names(takesValue: boolean, list: string): Record<string, boolean> {
  return Object.fromEntries(list.split(/\s+/).filter(Boolean).map((n) => [n, takesValue]));
}

const KUBECTL: ToolSpec = {
  style: 'gnu',
  options: {
    ...names(true, `namespace context cluster kubeconfig server user token as as-group as-uid certificate-authority
      client-certificate client-key request-timeout v cache-dir tls-server-name password username profile profile-output
      vmodule filename selector output kustomize container field-selector patch type replicas image port timeout
      grace-period label-columns template sort-by since tail max-log-requests from-file from-literal from-env-file
      subresource field-manager`),
    ...names(false, `insecure-skip-tls-verify match-server-version warnings-as-errors disable-compression all-namespaces
      recursive watch stdin tty force overwrite all prune wait server-side force-conflicts validate show-labels no-headers
      ignore-not-found cascade now quiet record dry-run follow previous local`),
  },
  short: {
    n: 'namespace', f: 'filename', l: 'selector', o: 'output', k: 'kustomize', c: 'container', s: 'server',
    v: 'v', A: 'all-namespaces', R: 'recursive', w: 'watch', i: 'stdin', t: 'tty', L: 'label-columns', p: 'patch',
  },
  minPath: 1,
  maxPath: 2,
};

const HELM: ToolSpec = {
  style: 'gnu',
  options: {
    ...names(true, `namespace kube-context kubeconfig registry-config repository-cache repository-config burst-limit
      kube-apiserver kube-as-user kube-as-group kube-token kube-ca-file kube-tls-server-name qps content-cache values set
      set-string set-file set-json set-literal version output timeout repo username password description post-renderer
      post-renderer-args`),
    ...names(false, `debug kube-insecure-skip-tls-verify install atomic wait wait-for-jobs create-namespace dry-run force
      reuse-values reset-values reset-then-reuse-values devel all-namespaces generate-name skip-crds dependency-update
      rollback-on-failure cleanup-on-fail no-hooks all`),
  },
  short: { n: 'namespace', f: 'values', i: 'install', o: 'output', A: 'all-namespaces', g: 'generate-name', a: 'all' },
  minPath: 1,
  maxPath: 2,
};

const TERRAFORM: ToolSpec = {
  style: 'go',
  options: {
    ...names(true, `chdir var var-file target replace out state state-out backup lock-timeout parallelism backend-config
      plugin-dir from-module generate-config-out test-directory filter`),
    ...names(false, `help version auto-approve destroy refresh-only compact-warnings json no-color upgrade reconfigure
      migrate-state force-copy detailed-exitcode recursive check diff write input lock refresh`),
  },
  short: {},
  minPath: 1,
  maxPath: 2,
};

const AWS: ToolSpec = {
  style: 'gnu',
  options: {
    ...names(true, `region profile output endpoint-url query ca-bundle cli-read-timeout cli-connect-timeout color
      cli-binary-format`),
    ...names(false, `debug no-verify-ssl no-paginate no-sign-request no-cli-pager cli-auto-prompt no-cli-auto-prompt
      dry-run no-dry-run`),
  },
  short: {},
  minPath: 2,
  maxPath: 2,
};

const GCLOUD: ToolSpec = {
  style: 'gnu',
  options: {
    ...names(true, `project account configuration impersonate-service-account verbosity format billing-project flags-file
      trace-token access-token-file zone region`),
    ...names(false, `quiet log-http user-output-enabled no-user-output-enabled help`),
  },
  short: { q: 'quiet', h: 'help' },
  minPath: 2,
  maxPath: 4,
};

const AZ: ToolSpec = {
  style: 'gnu',
  options: {
    ...names(true, `subscription output query resource-group name location`),
    ...names(false, `only-show-errors debug verbose help yes`),
  },
  short: { o: 'output', g: 'resource-group', n: 'name', l: 'location', h: 'help', y: 'yes' },
  minPath: 2,
  maxPath: 4,
};

const VAULT: ToolSpec = {
  style: 'go',
  options: {
    ...names(true, `address namespace format field mount ca-cert ca-path client-cert client-key tls-server-name wrap-ttl
      policy mfa header`),
    ...names(false, `tls-skip-verify output-curl-string output-policy non-interactive force`),
  },
  short: {},
  aliases: { ns: 'namespace' },
  minPath: 1,
  maxPath: 2,
};

const PULUMI: ToolSpec = {
  style: 'gnu',
  options: {
    ...names(true, `cwd color verbose profiling tracing memprofilerate stack config config-file target replace message
      parallel exclude`),
    ...names(false, `non-interactive logtostderr emoji disable-integrity-checking logflow yes skip-preview refresh diff
      json expect-no-changes target-dependents show-secrets help`),
  },
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
  spec.options = lookupTable(spec.options);
  spec.short = lookupTable(spec.short);
  if (spec.aliases) spec.aliases = lookupTable(spec.aliases);
}

export function isCanonicalisedTool(name: string): boolean {
  return name in TOOLS;
}

export type CanonicalResult = { words: string[] } | { opaque: string; words: string[] };

/** `--dry-run=none` / `=false` is the default (a real run): dropped so `*--dry-run*` cannot match it. */
function isNoOp(name: string, value: string | undefined): boolean {
  return name === 'dry-run' && (value === 'none' || value === 'false');
}

/**
 * Canonical argument list for `tool args…`, or an opaque reason when the
 * subcommand cannot be told apart from an option value (an unknown option
 * written before it).
 */
export function canonicalise(tool: string, args: string[]): CanonicalResult {
  const spec = TOOLS[tool];
  if (!spec) return { words: [tool, ...args] };
  const dash = spec.style === 'gnu' ? '--' : '-';
  const render = (name: string, value?: string) => (value === undefined ? `${dash}${name}` : `${dash}${name}=${value}`);
  const canonicalName = (name: string) => spec.aliases?.[name] ?? name;

  const path: string[] = [];
  /** Options written before the subcommand (global options): last. */
  const globals: string[] = [];
  /** Options written between subcommand words or before the path could be complete. */
  const moved: string[] = [];
  const rest: string[] = [];
  /** `--` and the operands after it: always last, as nothing after it is an option. */
  const tail: string[] = [];
  let pathOpen = true;

  const emit = (text: string) => {
    if (text) (path.length === 0 ? globals : pathOpen ? moved : rest).push(text);
  };
  const unknown = (word: string): string | null => {
    if (path.length < spec.minPath) return `unknown option ${word} before the ${tool} subcommand: cannot tell the subcommand`;
    pathOpen = false;
    rest.push(word);
    return null;
  };

  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    if (word === '--') {
      pathOpen = false;
      for (let j = i; j < args.length; j++) tail.push(args[j]); // not push(...): any number of words
      break;
    }
    const long = spec.style === 'gnu' ? /^--([^=]+)(?:=(.*))?$/s.exec(word) : /^--?([^-=][^=]*)(?:=(.*))?$/s.exec(word);
    if (long) {
      const name = canonicalName(long[1]);
      let value: string | undefined = long[2];
      if (!(name in spec.options)) {
        const reason = unknown(word);
        if (reason) return { opaque: reason, words: [tool, ...args] };
        continue;
      }
      if (value === undefined && spec.options[name] && i + 1 < args.length) value = args[++i];
      if (!isNoOp(name, value)) emit(render(name, value));
      continue;
    }
    if (spec.style === 'gnu' && /^-[^-]/.test(word) && !/^-\d+$/.test(word)) {
      for (let c = 1; c < word.length; c++) {
        const name = spec.short[word[c]];
        if (!name) {
          const reason = unknown(`-${word.slice(c)}`);
          if (reason) return { opaque: reason, words: [tool, ...args] };
          break;
        }
        if (spec.options[name]) {
          let value = word.slice(c + 1).replace(/^=/, '');
          if (value === '' && i + 1 < args.length) value = args[++i];
          emit(render(name, value));
          break;
        }
        emit(render(name));
      }
      continue;
    }
    if (pathOpen && path.length < spec.maxPath) {
      path.push(word);
      if (path.length === spec.maxPath) pathOpen = false;
    } else {
      pathOpen = false;
      rest.push(word);
    }
  }
  return { words: [tool, ...path, ...rest, ...moved, ...globals, ...tail] };
}
