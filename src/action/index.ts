// Entry point of dist/index.js (action.yml `main`): starts the run, or, on the
// worker thread it starts, judges the plan files (./plan-worker.ts). Both by
// dynamic import, so the worker loads only what judging a plan needs (not
// @actions/core, @actions/github and their HTTP clients).
import { Worker, isMainThread, workerData } from 'node:worker_threads';

const PLAN_WORKER = 'safeclaw-plan-worker';

if (isMainThread) {
  const planWorker = startPlanWorker();
  void import('./main.js').then(({ run }) => run({ planWorker }));
} else if ((workerData as { kind?: string } | null)?.kind === PLAN_WORKER) {
  void import('./plan-worker.js').then(({ planWorkerMain }) => planWorkerMain());
}

/**
 * The plan files' worker, started first when the plan input is set, so the worker loads its modules while this
 * thread loads its own; it then waits for the run to say what to judge. Never what keeps
 * the process alive (unref): a run that needs it not, or fails first, ends without it.
 */
function startPlanWorker(): Worker | undefined {
  // SAFECLAW_PLAN_WORKER=off judges them on the main thread (tests compare the two; A/B timing).
  if (!process.env.INPUT_PLAN?.trim() || process.env.SAFECLAW_PLAN_WORKER === 'off') return undefined;
  try {
    const worker = new Worker(new URL(import.meta.url), { workerData: { kind: PLAN_WORKER }, stdout: false, stderr: false });
    worker.unref();
    // Its failures are the run's to notice (./plan-worker.ts); never an uncaught 'error' event.
    worker.on('error', () => undefined);
    return worker;
  } catch {
    return undefined;
  }
}
