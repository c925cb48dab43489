// Which policies judge a change. The work tree of a pull_request run is the
// PR's own merge commit, so policies read from it could have been loosened by
// the very PR being judged. When the base commit is known and has policies,
// they decide; the work tree's policies must still load (a PR that breaks or
// deletes them fails), and a change to them is reported, applying once merged.
import { resolve } from 'node:path';
import { compilePolicies, loadPolicies } from '../policy/load.js';
import type { PolicySet } from '../types.js';
import { readPoliciesAt } from './git-checkout.js';

export interface GatePolicies {
  policySet: PolicySet;
  /** Where the deciding policies were read from. */
  from: 'base' | 'workspace';
  /** Set when the work tree's policies differ from the deciding ones. */
  changed?: { baseDigest: string; workspaceDigest: string };
}

export async function loadGatePolicies(workspace: string, policiesDir: string, base?: string): Promise<GatePolicies> {
  const dir = resolve(workspace, policiesDir);
  const workspaceSet = await loadPolicies(dir);
  if (!base) return { policySet: workspaceSet, from: 'workspace' };
  const sources = await readPoliciesAt(workspace, base, policiesDir);
  if (!sources) return { policySet: workspaceSet, from: 'workspace' };
  const baseSet = compilePolicies(sources, dir);
  return {
    policySet: baseSet,
    from: 'base',
    ...(baseSet.digest !== workspaceSet.digest ? { changed: { baseDigest: baseSet.digest, workspaceDigest: workspaceSet.digest } } : {}),
  };
}
