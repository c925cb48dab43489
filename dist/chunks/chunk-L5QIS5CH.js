import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  collectActions,
  wo
} from "./chunk-RB6Y4JEG.js";
import {
  prepareAuditBodies
} from "./chunk-FH4ZYK6X.js";
import {
  evaluateAll
} from "./chunk-QBAGW2OF.js";
import {
  require_worker_threads
} from "./chunk-RMDNJXOX.js";
import {
  compilePolicies,
  gitTreePolicyEntries,
  loadPolicies,
  requirePolicySources
} from "./chunk-P7JXOOCS.js";
import {
  require_path
} from "./chunk-6XR2NURA.js";
import {
  __toESM
} from "./chunk-JSTIMTER.js";

// src/action/plan-worker.ts
var import_node_worker_threads = __toESM(require_worker_threads(), 1);

// src/action/item-codec.ts
var SMALL = 2 ** 30;
function encodeItems(value) {
  const strings = [];
  const stringAt = /* @__PURE__ */ new Map();
  const numbers = [];
  const shapes = [];
  const shapeTrie = { next: /* @__PURE__ */ new Map() };
  let data = new Int32Array(1 << 16);
  let length = 0;
  const push = (n) => {
    if (length === data.length) {
      const grown = new Int32Array(data.length * 2);
      grown.set(data);
      data = grown;
    }
    data[length++] = n;
  };
  const string = (text) => {
    let at = stringAt.get(text);
    if (at === void 0) {
      at = strings.length;
      strings.push(text);
      stringAt.set(text, at);
    }
    return at;
  };
  const shapeOf = (keys) => {
    let node = shapeTrie;
    for (const key of keys) {
      let next = node.next.get(key);
      if (next === void 0) {
        next = { next: /* @__PURE__ */ new Map() };
        node.next.set(key, next);
      }
      node = next;
    }
    if (node.shape === void 0) {
      node.shape = shapes.length;
      shapes.push(keys);
    }
    return node.shape;
  };
  const write = (v) => {
    switch (typeof v) {
      case "undefined":
        push(0 /* Undefined */);
        return;
      case "boolean":
        push(v ? 3 /* True */ : 2 /* False */);
        return;
      case "string":
        push(6 /* String */);
        push(string(v));
        return;
      case "number":
        if (Number.isInteger(v) && v >= 0 && v < SMALL && !Object.is(v, -0)) {
          push(4 /* SmallInteger */);
          push(v);
        } else {
          push(5 /* Number */);
          push(numbers.push(v) - 1);
        }
        return;
      case "object":
        if (v === null) {
          push(1 /* Null */);
          return;
        }
        if (Array.isArray(v)) {
          if (Object.getPrototypeOf(v) !== Array.prototype) break;
          push(7 /* Array */);
          push(v.length);
          for (let i = 0; i < v.length; i++) {
            if (!(i in v)) throw new TypeError("an array with a hole");
            write(v[i]);
          }
          return;
        }
        if (Object.getPrototypeOf(v) === Object.prototype && Object.getOwnPropertySymbols(v).length === 0) {
          const keys = Object.keys(v);
          if (keys.includes("__proto__")) break;
          push(8 /* Object */);
          push(shapeOf(keys));
          for (const key of keys) write(v[key]);
          return;
        }
        break;
    }
    throw new TypeError(`a value encodeItems does not write (${Object.prototype.toString.call(v)})`);
  };
  write(value);
  return { data: data.slice(0, length), strings, numbers, shapes };
}
function decodeItems({ data, strings, numbers, shapes }) {
  let at = 0;
  const operand = () => {
    if (at >= data.length) throw new RangeError("the encoded items end early");
    return data[at++];
  };
  const entry = (list, index) => {
    if (index < 0 || index >= list.length) throw new RangeError("the encoded items name a missing entry");
    return list[index];
  };
  const read = () => {
    const tag = operand();
    switch (tag) {
      case 0 /* Undefined */:
        return void 0;
      case 1 /* Null */:
        return null;
      case 2 /* False */:
        return false;
      case 3 /* True */:
        return true;
      case 4 /* SmallInteger */:
        return operand();
      case 5 /* Number */:
        return entry(numbers, operand());
      case 6 /* String */:
        return entry(strings, operand());
      case 7 /* Array */: {
        const length = operand();
        const list = [];
        for (let i = 0; i < length; i++) list.push(read());
        return list;
      }
      case 8 /* Object */: {
        const keys = entry(shapes, operand());
        const object = {};
        for (let i = 0; i < keys.length; i++) object[keys[i]] = read();
        return object;
      }
    }
    throw new RangeError(`the encoded items hold an unknown tag ${tag}`);
  };
  const value = read();
  if (at !== data.length) throw new RangeError("the encoded items go on after their value");
  return value;
}

// src/action/policy-source.ts
var import_node_path2 = __toESM(require_path(), 1);

// src/action/git-checkout.ts
var import_node_path = __toESM(require_path(), 1);
async function fetchMissingCommits(repoDir, commits) {
  const git = wo({ baseDir: repoDir });
  const report = { fetched: [], failed: [] };
  const wanted = [...new Set(commits)];
  const present = await Promise.all(wanted.map((commit) => hasCommit(repoDir, commit)));
  for (const [i, commit] of wanted.entries()) {
    if (present[i]) continue;
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
var BODIES_PER_MESSAGE = 1e3;
function reportItem(item) {
  if (item.action.type !== "infra.change" || item.action.after === void 0) return item;
  const { after: _after, ...action } = item.action;
  return { ...item, action };
}
var NO_JOB = { items: () => Promise.resolve(void 0), bodies: () => Promise.resolve([]), replied: () => true, cancel: () => void 0 };
function judgePlansOn(worker, request) {
  if (worker === void 0) return NO_JOB;
  worker.ref();
  const bodies = [];
  let replied = false;
  const reply = new Promise((done) => {
    const take = (message) => {
      if (!("bodies" in message)) {
        replied = true;
        done(message);
        worker.unref();
        return;
      }
      for (let i = 0; i < message.bodies.length; i++) bodies[message.from + i] = message.bodies[i];
    };
    worker.on("message", take);
    worker.once("error", () => {
      replied = true;
      done(void 0);
    });
    worker.once("exit", () => {
      replied = true;
      done(void 0);
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
      if (judged === void 0 || "failed" in judged || judged.digest !== digest) return void 0;
      let items;
      try {
        items = "items" in judged ? judged.items : decodeItems(judged.encoded);
      } catch {
        return void 0;
      }
      taken = true;
      return items;
    },
    bodies: async () => {
      if (!taken) return [];
      await new Promise((next) => setImmediate(next));
      return bodies.slice();
    },
    replied: () => replied,
    cancel: () => {
      bodies.length = 0;
      void worker.terminate();
    }
  };
}
function planWorkerMain() {
  import_node_worker_threads.parentPort?.once("message", (request) => {
    void judgePlans(request).then((reply) => {
      if (!("items" in reply)) return import_node_worker_threads.parentPort?.postMessage(reply);
      postItems(reply.items, reply.digest);
      postBodies(reply.items);
    });
  });
}
function postItems(items, digest) {
  let encoded;
  try {
    encoded = encodeItems(items);
  } catch {
    encoded = void 0;
  }
  if (encoded) import_node_worker_threads.parentPort?.postMessage({ encoded, digest }, [encoded.data.buffer]);
  else import_node_worker_threads.parentPort?.postMessage({ items, digest });
}
function postBodies(items) {
  for (let end = items.length; end > 0; end -= BODIES_PER_MESSAGE) {
    const from = Math.max(0, end - BODIES_PER_MESSAGE);
    let bodies;
    try {
      bodies = prepareAuditBodies(items.slice(from, end));
    } catch {
      continue;
    }
    import_node_worker_threads.parentPort?.postMessage({ bodies, from });
  }
}
async function judgePlans(request) {
  try {
    const policies = await loadGatePolicies(request.workspace, request.policiesDir, request.base, { prepareShell: false });
    const actions = await collectActions({ cwd: request.workspace, repoDir: request.workspace, plans: request.plans });
    if (actions.some((a) => a.type !== "infra.change")) throw new Error("a plan gave an action other than infra.change");
    return { items: evaluateAll(policies.policySet, actions).items.map(reportItem), digest: policies.policySet.digest };
  } catch (err) {
    return { failed: err instanceof Error ? err.message : String(err) };
  }
}

export {
  fetchMissingCommits,
  loadGatePolicies,
  BODIES_PER_MESSAGE,
  judgePlansOn,
  planWorkerMain
};
