// Which policies judge a change. The work tree of a pull_request run is the
// PR's own merge commit, so policies read from it could have been loosened by
// the very PR being judged. When the base commit is known and has policies,
// they decide; the work tree's policies must still load (a PR that breaks or
// deletes them fails), and a change to them is reported, applying once merged.
//
// Under `pull_request` the workflow file (and so the `policies` input) is the
// PR's own too: a PR can point the input at a folder it adds, with rules that
// allow everything. When the named folder has no policies at the base commit
// but the default `.safeclaw` has, the base's default policies decide.
import { resolve } from 'node:path';
import { compilePolicies, loadPolicies } from '../policy/load.js';
import type { PolicySet } from '../types.js';
import { readPoliciesAt } from './git-checkout.js';

/** The folder `policies` defaults to (action.yml). */
export const DEFAULT_POLICIES_DIR = '.safeclaw';

export interface GatePolicies {
  policySet: PolicySet;
  /** Where the deciding policies were read from. */
  from: 'base' | 'workspace';
  /** Set when the base commit lacks the named folder and its `.safeclaw` decided instead. */
  substituted?: { named: string; used: string };
  /** Set when the work tree's policies differ from the deciding ones. */
  changed?: { baseDigest: string; workspaceDigest: string };
}

export async function loadGatePolicies(workspace: string, policiesDir: string, base?: string, options: { prepareShell?: boolean } = {}): Promise<GatePolicies> {
  const dir = resolve(workspace, policiesDir);
  const workspaceSet = await loadPolicies(dir, options);
  if (!base) return { policySet: workspaceSet, from: 'workspace' };
  let sources = await readPoliciesAt(workspace, base, policiesDir);
  let substituted: GatePolicies['substituted'];
  if (!sources && resolve(workspace, DEFAULT_POLICIES_DIR) !== dir) {
    sources = await readPoliciesAt(workspace, base, DEFAULT_POLICIES_DIR);
    if (sources) substituted = { named: policiesDir, used: DEFAULT_POLICIES_DIR };
  }
  if (!sources) return { policySet: workspaceSet, from: 'workspace' };
  const baseSet = compilePolicies(sources, substituted ? resolve(workspace, DEFAULT_POLICIES_DIR) : dir);
  return {
    policySet: baseSet,
    from: 'base',
    ...(substituted ? { substituted } : {}),
    ...(baseSet.digest !== workspaceSet.digest ? { changed: { baseDigest: baseSet.digest, workspaceDigest: workspaceSet.digest } } : {}),
  };
}
