import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  require_worker_threads
} from "./chunks/chunk-RMDNJXOX.js";
import {
  __toESM
} from "./chunks/chunk-JSTIMTER.js";

// src/action/index.ts
var import_node_worker_threads = __toESM(require_worker_threads(), 1);
var PLAN_WORKER = "safeclaw-plan-worker";
if (import_node_worker_threads.isMainThread) {
  const planWorker = startPlanWorker();
  void import("./chunks/main-DS3B47AN.js").then(({ run }) => run({ planWorker }));
} else if (import_node_worker_threads.workerData?.kind === PLAN_WORKER) {
  void import("./chunks/plan-worker-BBDOQCVS.js").then(({ planWorkerMain }) => planWorkerMain());
}
function startPlanWorker() {
  if (!process.env.INPUT_PLAN?.trim() || process.env.SAFECLAW_PLAN_WORKER === "off") return void 0;
  try {
    const worker = new import_node_worker_threads.Worker(new URL(import.meta.url), { workerData: { kind: PLAN_WORKER }, stdout: false, stderr: false });
    worker.unref();
    worker.on("error", () => void 0);
    return worker;
  } catch {
    return void 0;
  }
}
