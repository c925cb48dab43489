import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  collectActions,
  wo
} from "./chunk-FOVAU22Z.js";
import {
  evaluateAll
} from "./chunk-HCPZAC37.js";
import {
  require_worker_threads
} from "./chunk-RMDNJXOX.js";
import {
  compilePolicies,
  gitTreePolicyEntries,
  loadPolicies,
  requirePolicySources
} from "./chunk-UUBYUL6J.js";
import {
  require_path
} from "./chunk-F5G5IMQW.js";
import {
  __toESM
} from "./chunk-JSTIMTER.js";

// src/action/plan-worker.ts
var import_node_worker_threads = __toESM(require_worker_threads(), 1);

// src/action/policy-source.ts
var import_node_path2 = __toESM(require_path(), 1);

// src/action/git-checkout.ts
var import_node_path = __toESM(require_path(), 1);
async function fetchMissingCommits(repoDir, commits) {
  const git = wo({ baseDir: repoDir });
  const report = { fetched: [], failed: [] };
  for (const commit of new Set(commits)) {
    if (await hasCommit(repoDir, commit)) continue;
    try {
      await git.raw(["fetch", "--no-tags", "--no-recurse-submodules", "--quiet", "origin", commit]);
      report.fetched.push(commit);
    } catch (err) {
      report.failed.push({ commit, message: firstLine(err.message) });
    }
  }
  return report;
}
async function hasCommit(repoDir, commit) {
  try {
    await wo({ baseDir: repoDir }).raw(["cat-file", "-e", "--end-of-options", `${commit}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}
async function readPoliciesAt(repoDir, commit, policiesDir) {
  const git = wo({ baseDir: repoDir, config: ["core.quotePath=false"] });
  const folder = (0, import_node_path.relative)((0, import_node_path.resolve)(repoDir), (0, import_node_path.resolve)(repoDir, policiesDir)).split("\\").join("/");
  if (folder.startsWith("..")) return void 0;
  const prefix = `${folder ? `${folder}/` : ""}policies/`;
  const listing = await git.raw(["ls-tree", "-r", "-l", "-z", "--full-tree", commit, "--", prefix]);
  const entries = gitTreePolicyEntries(listing, prefix);
  if (entries.length === 0) {
    const tree = await git.raw(["ls-tree", "--full-tree", commit, "--", prefix.slice(0, -1)]);
    if (tree.trim() === "") return void 0;
  }
  return requirePolicySources(entries, (path) => prefix + path, (path) => git.showBuffer([`${commit}:${prefix}${path}`]));
}
function firstLine(text) {
  return text.trim().split("\n")[0] ?? "";
}

// src/action/policy-source.ts
var DEFAULT_POLICIES_DIR = ".safeclaw";
async function loadGatePolicies(workspace, policiesDir, base, options = {}) {
  const dir = (0, import_node_path2.resolve)(workspace, policiesDir);
  const workspaceSet = await loadPolicies(dir, options);
  if (!base) return { policySet: workspaceSet, from: "workspace" };
  let sources = await readPoliciesAt(workspace, base, policiesDir);
  let substituted;
  if (!sources && (0, import_node_path2.resolve)(workspace, DEFAULT_POLICIES_DIR) !== dir) {
    sources = await readPoliciesAt(workspace, base, DEFAULT_POLICIES_DIR);
    if (sources) substituted = { named: policiesDir, used: DEFAULT_POLICIES_DIR };
  }
  if (!sources) return { policySet: workspaceSet, from: "workspace" };
  const baseSet = compilePolicies(sources, substituted ? (0, import_node_path2.resolve)(workspace, DEFAULT_POLICIES_DIR) : dir);
  return {
    policySet: baseSet,
    from: "base",
    ...substituted ? { substituted } : {},
    ...baseSet.digest !== workspaceSet.digest ? { changed: { baseDigest: baseSet.digest, workspaceDigest: workspaceSet.digest } } : {}
  };
}

// src/action/plan-worker.ts
function reportItem(item) {
  if (item.action.type !== "infra.change" || item.action.after === void 0) return item;
  const { after: _after, ...action } = item.action;
  return { ...item, action };
}
function judgePlansOn(worker, request) {
  if (worker === void 0) return { items: Promise.resolve(void 0), cancel: () => void 0 };
  worker.ref();
  const items = new Promise((done) => {
    worker.once("message", (reply) => done("items" in reply ? reply.items : void 0));
    worker.once("error", () => done(void 0));
    worker.once("exit", () => done(void 0));
  }).finally(() => worker.unref());
  try {
    worker.postMessage(request);
  } catch {
    void worker.terminate();
    return { items: Promise.resolve(void 0), cancel: () => void 0 };
  }
  return { items, cancel: () => void worker.terminate() };
}
function planWorkerMain() {
  import_node_worker_threads.parentPort?.once("message", (request) => {
    void judgePlans(request).then((reply) => import_node_worker_threads.parentPort?.postMessage(reply));
  });
}
async function judgePlans(request) {
  try {
    const policies = await loadGatePolicies(request.workspace, request.policiesDir, request.base, { prepareShell: false });
    if (policies.policySet.digest !== request.digest) throw new Error("the worker read other policies");
    const actions = await collectActions({ cwd: request.workspace, repoDir: request.workspace, plans: request.plans });
    if (actions.some((a) => a.type !== "infra.change")) throw new Error("a plan gave an action other than infra.change");
    return { items: evaluateAll(policies.policySet, actions).items.map(reportItem) };
  } catch (err) {
    return { failed: err instanceof Error ? err.message : String(err) };
  }
}

export {
  fetchMissingCommits,
  loadGatePolicies,
  judgePlansOn,
  planWorkerMain
};
