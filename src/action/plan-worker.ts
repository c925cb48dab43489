// The plan files judged on a second thread while the main one collects and
// judges the diff and the agent commands. A runner has 2-4 cores and the gate
// of a large PR is CPU work: reading a 21 MB plan (scan, JSON.parse, attribute
// flattening) and judging its 20,000 resources took ~40% of the Action's time,
// on a core that otherwise idles.
//
// The worker does exactly what the main thread would: the same policies (read
// again the same way; its items are refused unless their digest is the main
// thread's), collectActions for the plan files alone, evaluateAll over them.
// Its items come back as plain data (the display copies and decisions, less the
// attributes no output of the Action shows; written by ./item-codec.ts, which
// the main thread reads far faster than a structured clone), and the main
// thread merges them in their place: diff, plans, commands, PR body. Their
// audit record bodies follow, made here while the main thread still judges
// (prepareAuditBodies: redacted and serialised, most of an append's CPU); the
// main thread's append uses those that have arrived when it starts.
//
// Fail closed and unchanged: when the worker cannot start, reports an error,
// or ends without items, the main thread reads and judges the plans itself,
// so any error is the one it has always given, raised where it always was.
import { parentPort, type Worker } from 'node:worker_threads';
import { prepareAuditBodies, type PreparedAuditBody } from '../audit/append.js';
import { evaluateAll } from '../engine/gate.js';
import { collectActions } from '../sources/collect.js';
import type { GateItem } from '../types.js';
import { decodeItems, encodeItems, type EncodedItems } from './item-codec.js';
import { loadGatePolicies } from './policy-source.js';

export interface PlanJudging {
  /** Folder the Action runs in (GITHUB_WORKSPACE); plan paths are relative to it. */
  workspace: string;
  /** The policies input. */
  policiesDir: string;
  /** The base commit whose policies decide, as loadGatePolicies was given it. */
  base?: string;
  /** The plan files as expandGlobs gave them. */
  plans: string[];
}

/**
 * The digest of the policies the worker judged by comes back with its items: the request is
 * sent before the main thread's own policies are read (both threads read them meanwhile),
 * and the main thread takes the items only when the digests are the same.
 */
type Reply = { items: GateItem[]; digest: string } | { encoded: EncodedItems; digest: string } | { failed: string };

/** Audit record bodies of the items from `from` on, one per item in order (prepareAuditBodies). */
interface BodiesReply {
  bodies: PreparedAuditBody[];
  from: number;
}

/**
 * Items per message of audit record bodies. The worker makes them after posting its items,
 * last ones first, while the main thread still judges; the main thread's append makes those
 * that have not arrived when it starts, from the front, so the two never wait for each other.
 */
export const BODIES_PER_MESSAGE = 1000;

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

export interface PlanJob {
  /**
   * The plans' items, judged by the policies whose digest is `digest` (the main thread's), or
   * undefined when the main thread must judge them: no worker, it failed (the reason is no
   * outcome: the main thread's own reading gives it), or it read policies of another digest.
   */
  items(digest: string): Promise<GateItem[] | undefined>;
  /**
   * The audit record bodies of the items that have arrived by now: `bodies[i]` is that of item
   * `i` or undefined (the main thread's append makes it). Only once `items` gave the items.
   */
  bodies(): Promise<(PreparedAuditBody | undefined)[]>;
  /** Whether the worker's answer to the request (its items, or why not) has been taken in. */
  replied(): boolean;
  /** Ends the worker (its items, if any, are no longer wanted). */
  cancel(): void;
}

const NO_JOB: PlanJob = { items: () => Promise.resolve(undefined), bodies: () => Promise.resolve([]), replied: () => true, cancel: () => undefined };

/** Hands the request to the worker (started by the entry point, ./index.ts). */
export function judgePlansOn(worker: Worker | undefined, request: PlanJudging): PlanJob {
  if (worker === undefined) return NO_JOB;
  // Held while the run waits for it: an unreferenced worker would let the process end, verdict-less, meanwhile.
  worker.ref();
  const bodies: (PreparedAuditBody | undefined)[] = [];
  let replied = false;
  const reply = new Promise<Reply | undefined>((done) => {
    const take = (message: Reply | BodiesReply) => {
      if (!('bodies' in message)) {
        replied = true;
        done(message);
        // The bodies that follow are only taken while the run wants them; they never hold the process.
        worker.unref();
        return;
      }
      for (let i = 0; i < message.bodies.length; i++) bodies[message.from + i] = message.bodies[i];
    };
    worker.on('message', take);
    worker.once('error', () => {
      replied = true;
      done(undefined);
    });
    worker.once('exit', () => {
      replied = true;
      done(undefined);
    });
  }).finally(() => worker.unref());
  try {
    worker.postMessage(request);
  } catch {
    void worker.terminate();
    return NO_JOB;
  }
  let taken = false;
  return {
    items: async (digest) => {
      const judged = await reply;
      if (judged === undefined || 'failed' in judged || judged.digest !== digest) return undefined;
      let items: GateItem[];
      try {
        items = 'items' in judged ? judged.items : (decodeItems(judged.encoded) as GateItem[]);
      } catch {
        return undefined;
      }
      taken = true;
      return items;
    },
    bodies: async () => {
      if (!taken) return [];
      // One turn of the event loop: the messages already sent are taken in.
      await new Promise((next) => setImmediate(next));
      return bodies.slice();
    },
    replied: () => replied,
    cancel: () => {
      bodies.length = 0;
      void worker.terminate();
    },
  };
}

/** The worker's side: wait for the request, judge the plans, post the items (or why not), then their audit record bodies. */
export function planWorkerMain(): void {
  parentPort?.once('message', (request: PlanJudging) => {
    void judgePlans(request).then((reply) => {
      if (!('items' in reply)) return parentPort?.postMessage(reply);
      postItems(reply.items, reply.digest);
      postBodies(reply.items);
    });
  });
}

/** The items, encoded (./item-codec.ts: far cheaper for the main thread to take in), or as they are. */
function postItems(items: GateItem[], digest: string): void {
  let encoded: EncodedItems | undefined;
  try {
    encoded = encodeItems(items);
  } catch {
    encoded = undefined;
  }
  if (encoded) parentPort?.postMessage({ encoded, digest } satisfies Reply, [encoded.data.buffer as ArrayBuffer]);
  else parentPort?.postMessage({ items, digest } satisfies Reply);
}

/** The items' audit record bodies, last ones first, a message at a time (see BODIES_PER_MESSAGE). */
function postBodies(items: GateItem[]): void {
  for (let end = items.length; end > 0; end -= BODIES_PER_MESSAGE) {
    const from = Math.max(0, end - BODIES_PER_MESSAGE);
    let bodies: PreparedAuditBody[];
    try {
      bodies = prepareAuditBodies(items.slice(from, end));
    } catch {
      // An entry the audit format cannot hold: the main thread's append raises its error, where it always has.
      continue;
    }
    parentPort?.postMessage({ bodies, from } satisfies BodiesReply);
  }
}

async function judgePlans(request: PlanJudging): Promise<Reply> {
  try {
    // The shell parser is not loaded: a plan gives infra.change actions only.
    const policies = await loadGatePolicies(request.workspace, request.policiesDir, request.base, { prepareShell: false });
    const actions = await collectActions({ cwd: request.workspace, repoDir: request.workspace, plans: request.plans });
    if (actions.some((a) => a.type !== 'infra.change')) throw new Error('a plan gave an action other than infra.change');
    return { items: evaluateAll(policies.policySet, actions).items.map(reportItem), digest: policies.policySet.digest };
  } catch (err) {
    return { failed: err instanceof Error ? err.message : String(err) };
  }
}
