import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  AuditError,
  verifyAuditFile
} from "./chunk-VXSXFS6O.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-32BM43YN.js";

// builtin-by-require:child_process
var require_child_process = __commonJS({
  "builtin-by-require:child_process"(exports, module) {
    module.exports = __require("node:child_process");
  }
});

// src/audit/anchor.ts
var import_node_child_process = __toESM(require_child_process(), 1);
var DEFAULT_ANCHOR_REF = "refs/safeclaw/audit";
async function anchorToGit(file, options) {
  const ref = options.ref ?? DEFAULT_ANCHOR_REF;
  checkRef(ref);
  const previous = await readGitAnchors(options.repo, ref);
  const verified = await verifyAuditFile(file, { anchors: previous.map((a) => a.head) });
  if (!verified.ok) {
    const { failure } = verified;
    throw new AuditError(
      "broken-chain",
      `not anchoring: ${failure?.message ?? "the log does not verify"}`,
      `run \`safeclaw audit verify ${file} --anchor-ref ${ref}\`; keep the file as evidence`,
      `${failure?.file ?? file}:${failure?.line ?? 0}`
    );
  }
  if (verified.head === null) throw new AuditError("input", `${file} has no records to anchor`, "append a decision first");
  const parent = previous[0];
  if (parent?.head === verified.head) return { ...parent, ref, created: false };
  const body = JSON.stringify({ version: 1, head: verified.head, records: verified.records, lastTime: verified.lastTime }) + "\n";
  const blob = (await git(options.repo, ["hash-object", "-w", "--stdin"], body)).trim();
  const tree = (await git(options.repo, ["mktree"], `100644 blob ${blob}	anchor.json
`)).trim();
  const message = `safeclaw audit anchor

head: ${verified.head}
records: ${verified.records}
`;
  const commit = (await git(options.repo, ["commit-tree", tree, ...parent ? ["-p", parent.commit] : [], "-F", "-"], message, await identity(options.repo))).trim();
  await git(options.repo, ["update-ref", "-m", "safeclaw audit anchor", ref, commit, parent?.commit ?? ""]);
  return { head: verified.head, records: verified.records, commit, ref, created: true };
}
async function readGitAnchors(repo, ref = DEFAULT_ANCHOR_REF) {
  checkRef(ref);
  const exists = await git(repo, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]).then(
    () => true,
    (err) => {
      if (/exit 1\b/.test(err.message)) return false;
      throw err;
    }
  );
  if (!exists) return [];
  const log = await git(repo, ["log", "--format=%H%x00%B%x01", ref]);
  const anchors = [];
  for (const entry of log.split("")) {
    const [commit, message] = entry.replace(/^\n/, "").split("\0");
    if (!message) continue;
    const head = /^head: ([0-9a-f]{64})$/m.exec(message)?.[1];
    const records = /^records: (\d+)$/m.exec(message)?.[1];
    if (head === void 0 || records === void 0) {
      throw new AuditError("input", `commit ${commit} on ${ref} is not a SafeClaw anchor`, `check what wrote to ${ref}`);
    }
    anchors.push({ head, records: Number(records), commit });
  }
  return anchors;
}
async function anchorIfDue(file, appended, options) {
  if (!(Number.isSafeInteger(options.every) && options.every > 0)) return null;
  const before = appended.records - appended.appended;
  if (Math.floor(before / options.every) === Math.floor(appended.records / options.every)) return null;
  return anchorToGit(file, options);
}
function checkRef(ref) {
  if (!/^refs\/[A-Za-z0-9._/-]+$/.test(ref) || ref.includes("..") || ref.endsWith("/") || ref.endsWith(".lock")) {
    throw new AuditError("input", `"${ref}" is not a ref name SafeClaw writes`, "use a name under refs/, e.g. refs/safeclaw/audit");
  }
}
async function identity(repo) {
  const configured = await git(repo, ["config", "user.email"]).then((email) => email.trim() !== "", () => false);
  if (configured || process.env.GIT_COMMITTER_EMAIL) return {};
  return {
    GIT_AUTHOR_NAME: "SafeClaw",
    GIT_AUTHOR_EMAIL: "safeclaw@localhost",
    GIT_COMMITTER_NAME: "SafeClaw",
    GIT_COMMITTER_EMAIL: "safeclaw@localhost"
  };
}
function git(repo, args, input, env = {}) {
  return new Promise((resolve, reject) => {
    const child = (0, import_node_child_process.spawn)("git", ["-C", repo, ...args], { stdio: [input === void 0 ? "ignore" : "pipe", "pipe", "pipe"], env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => stdout += d);
    child.stderr.on("data", (d) => stderr += d);
    child.on(
      "error",
      (err) => reject(new AuditError("io", `cannot run git: ${err.message}`, "install git, or anchor with `safeclaw audit verify --anchor HASH` instead"))
    );
    child.on("close", (code) => {
      if (code === 0) resolve(stdout);
      else reject(new AuditError("io", `git ${args[0]} failed (exit ${code}): ${stderr.trim().split("\n")[0] ?? ""}`, `check that ${repo} is a git repository`));
    });
    if (input !== void 0) {
      child.stdin.on("error", () => void 0);
      child.stdin.end(input);
    }
  });
}
export {
  DEFAULT_ANCHOR_REF,
  anchorIfDue,
  anchorToGit,
  readGitAnchors
};
