// The plan files judged on a second thread while the main one collects and
// judges the diff and the agent commands. A runner has 2-4 cores and the gate
// of a large PR is CPU work: reading a 21 MB plan (scan, JSON.parse, attribute
// flattening) and judging its 20,000 resources took ~40% of the Action's time,
// on a core that otherwise idles.
//
// The worker does exactly what the main thread would: the same policies (read
// again the same way, and refused unless their digest is the main thread's),
// collectActions for the plan files alone, evaluateAll over them. Its items come
// back by structured clone (plain data: the display copies and decisions, less
// the attributes no output of the Action shows), and the main thread merges
// them in their place: diff, plans, commands, PR body.
//
// Fail closed and unchanged: when the worker cannot start, reports an error,
// or ends without items, the main thread reads and judges the plans itself,
// so any error is the one it has always given, raised where it always was.
import { parentPort, type Worker } from 'node:worker_threads';
import { evaluateAll } from '../engine/gate.js';
import { collectActions } from '../sources/collect.js';
import type { GateItem } from '../types.js';
import { loadGatePolicies } from './policy-source.js';

export interface PlanJudging {
  /** Folder the Action runs in (GITHUB_WORKSPACE); plan paths are relative to it. */
  workspace: string;
  /** The policies input. */
  policiesDir: string;
  /** The base commit whose policies decide, as loadGatePolicies was given it. */
  base?: string;
  /** The digest of the main thread's policy set: the worker judges by no other. */
  digest: string;
  /** The plan files as expandGlobs gave them. */
  plans: string[];
}

type Reply = { items: GateItem[] } | { failed: string };

/**
 * The item as the Action's outputs read it: a resource's planned attributes (`after`) decided its
 * judgement here and are dropped. The PR comment, summary, annotations, SARIF, approvals and audit
 * records name a resource by its address, change and origin, never by its attributes, which were
 * half of what the main thread had to copy in (21 MB of structured clone for 16,000 changes; 12 MB without).
 */
function reportItem(item: GateItem): GateItem {
  if (item.action.type !== 'infra.change' || item.action.after === undefined) return item;
  const { after: _after, ...action } = item.action;
  return { ...item, action };
}

/**
 * Hands the request to the worker (started by the entry point, ./index.ts); resolves to the
 * plans' items, or undefined when the main thread must judge them (no worker, or it failed:
 * the reason is no outcome, the main thread's own reading gives it). `cancel` ends the worker.
 */
export function judgePlansOn(worker: Worker | undefined, request: PlanJudging): { items: Promise<GateItem[] | undefined>; cancel(): void } {
  if (worker === undefined) return { items: Promise.resolve(undefined), cancel: () => undefined };
  // Held while the run waits for it: an unreferenced worker would let the process end, verdict-less, meanwhile.
  worker.ref();
  const items = new Promise<GateItem[] | undefined>((done) => {
    worker.once('message', (reply: Reply) => done('items' in reply ? reply.items : undefined));
    worker.once('error', () => done(undefined));
    worker.once('exit', () => done(undefined));
  }).finally(() => worker.unref());
  try {
    worker.postMessage(request);
  } catch {
    void worker.terminate();
    return { items: Promise.resolve(undefined), cancel: () => undefined };
  }
  return { items, cancel: () => void worker.terminate() };
}

/** The worker's side: wait for the request, judge the plans, post the items (or why not). */
export function planWorkerMain(): void {
  parentPort?.once('message', (request: PlanJudging) => {
    void judgePlans(request).then((reply) => parentPort?.postMessage(reply));
  });
}

async function judgePlans(request: PlanJudging): Promise<Reply> {
  try {
    // The shell parser is not loaded: a plan gives infra.change actions only.
    const policies = await loadGatePolicies(request.workspace, request.policiesDir, request.base, { prepareShell: false });
    if (policies.policySet.digest !== request.digest) throw new Error('the worker read other policies');
    const actions = await collectActions({ cwd: request.workspace, repoDir: request.workspace, plans: request.plans });
    if (actions.some((a) => a.type !== 'infra.change')) throw new Error('a plan gave an action other than infra.change');
    return { items: evaluateAll(policies.policySet, actions).items.map(reportItem) };
  } catch (err) {
    return { failed: err instanceof Error ? err.message : String(err) };
  }
}
