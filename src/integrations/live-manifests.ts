// The live hooks judge `kubectl apply|create|replace|delete -f FILE|DIR` (and
// `-k DIR`) with the namespaces its manifests name, as `safeclaw check` does
// (sources/kubectl-manifests.ts), reading the files as they are just before the
// agent runs the command: relative to the session's working directory (the
// `cwd` of a Claude Code or Codex hook input; the project folder for callers
// that have none), and only inside the project (the folder holding the
// policies' `.safeclaw`). This file read is the hooks' I/O; `evaluate` stays pure.
import { withManifestNamespacesNow } from '../sources/kubectl-manifests.js';
import type { Action, PolicySet } from '../types.js';

export function withLiveManifestNamespaces(actions: Action[], policySet: PolicySet, cwd: string | undefined): Action[] {
  return withManifestNamespacesNow(actions, { root: policySet.root, cwd: cwd ?? policySet.root });
}
