import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  evaluate
} from "./chunk-PH6DYPQT.js";
import {
  loadPolicies
} from "./chunk-P7JXOOCS.js";
import {
  VERSION
} from "./chunk-R46UKVD2.js";
import {
  oneOf,
  parseCommandArgs
} from "./chunk-OPLRS47Z.js";
import {
  UsageError
} from "./chunk-P2I2JZ74.js";
import {
  DEFAULT_ANCHOR_REF,
  anchorToGit,
  readGitAnchors
} from "./chunk-OCFFE6WG.js";
import {
  listSegments,
  verifyAuditFile
} from "./chunk-EPVBHTLI.js";
import {
  EFFECTS,
  plural
} from "./chunk-IP5HSEW5.js";
import {
  require_fs
} from "./chunk-CJM3AD5Z.js";
import {
  require_promises
} from "./chunk-G7CLGG5Z.js";
import {
  require_path
} from "./chunk-6XR2NURA.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-JSTIMTER.js";

// builtin-by-require:readline
var require_readline = __commonJS({
  "builtin-by-require:readline"(exports, module) {
    module.exports = __require("node:readline");
  }
});

// src/cli/commands/audit.ts
var import_node_fs2 = __toESM(require_fs(), 1);
var import_node_path = __toESM(require_path(), 1);
var import_node_readline2 = __toESM(require_readline(), 1);

// src/audit/export.ts
var EXPORT_FORMATS = ["jsonl", "ocsf", "cef"];
function exportLine(record, format, text) {
  if (format === "jsonl") return text;
  if (format === "ocsf") return JSON.stringify(ocsfEvent(record));
  return cefEvent(record);
}
var OCSF_DECISION = {
  allow: { action_id: 1, action: "Allowed", disposition_id: 1, disposition: "Allowed", severity_id: 1, severity: "Informational" },
  deny: { action_id: 2, action: "Denied", disposition_id: 2, disposition: "Blocked", severity_id: 3, severity: "Medium" },
  require_approval: { action_id: 2, action: "Denied", disposition_id: 99, disposition: "Requires approval", severity_id: 2, severity: "Low" }
};
function ocsfActivity(record) {
  const { type, raw } = record.action;
  if (type === "file.read") return { id: 2, name: "Read" };
  if (type === "file.write") return { id: 3, name: "Update" };
  if (type === "infra.change") {
    const change = raw.split(" ", 1)[0];
    if (change === "create") return { id: 1, name: "Create" };
    if (change === "delete") return { id: 4, name: "Delete" };
    if (change === "update") return { id: 3, name: "Update" };
  }
  return { id: 99, name: type };
}
function ocsfEvent(record) {
  const outcome = OCSF_DECISION[record.decision];
  const activity = ocsfActivity(record);
  const { context, origin } = record;
  return {
    class_uid: 6003,
    class_name: "API Activity",
    category_uid: 6,
    category_name: "Application Activity",
    activity_id: activity.id,
    activity_name: activity.name,
    type_uid: 600300 + activity.id,
    time: Date.parse(record.time),
    severity_id: outcome.severity_id,
    severity: outcome.severity,
    action_id: outcome.action_id,
    action: outcome.action,
    disposition_id: outcome.disposition_id,
    disposition: outcome.disposition,
    message: record.reason,
    metadata: {
      version: "1.5.0",
      profiles: ["security_control"],
      product: { name: "SafeClaw", vendor_name: "Authensor", version: VERSION },
      uid: record.hash,
      sequence: record.seq,
      original_time: record.time
    },
    actor: {
      app_name: origin?.source ?? "unknown",
      ...context.actor !== null ? { user: { name: context.actor } } : {}
    },
    api: { operation: record.action.type, service: { name: "SafeClaw policy gate" }, request: { uid: record.hash } },
    // SafeClaw judges before the call is made: there is no network source, only where the action came from.
    src_endpoint: { name: origin?.file ?? origin?.source ?? "unknown" },
    resources: [{ name: record.action.raw, type: record.action.type, data: { normalized: record.action.normalized } }],
    authorizations: [{ decision: record.decision, ...record.rule !== null ? { policy: { name: record.rule, uid: record.policyDigest } } : {} }],
    unmapped: {
      safeclaw: {
        seq: record.seq,
        hash: record.hash,
        prev: record.prev,
        policyDigest: record.policyDigest,
        redacted: record.redacted,
        repository: context.repository,
        commit: context.commit,
        pr: context.pr,
        runId: context.runId,
        ...record.clockBehind ? { clockBehind: true } : {},
        ...record.approvals ? { approvals: record.approvals } : {}
      }
    }
  };
}
var CEF_SEVERITY = { allow: 1, require_approval: 5, deny: 8 };
function cefEvent(record) {
  const header = [
    "CEF:0",
    "Authensor",
    "SafeClaw",
    VERSION,
    `${record.decision}:${record.action.type}`,
    `${record.decision} ${record.action.type}${record.rule !== null ? ` (${record.rule})` : ""}`,
    String(CEF_SEVERITY[record.decision])
  ].map((field, i) => i === 0 ? field : cefHeader(field));
  const extension = [
    ["rt", Date.parse(record.time)],
    ["act", record.decision],
    ["cat", record.action.type],
    ["request", record.action.raw],
    ["msg", record.reason],
    ["suser", record.context.actor],
    ["externalId", record.seq],
    ["cs1Label", "rule"],
    ["cs1", record.rule],
    ["cs2Label", "hash"],
    ["cs2", record.hash],
    ["cs3Label", "prev"],
    ["cs3", record.prev],
    ["cs4Label", "policyDigest"],
    ["cs4", record.policyDigest],
    ["cs5Label", "origin"],
    ["cs5", record.origin ? [record.origin.source, record.origin.file, record.origin.line].filter((x) => x !== void 0).join(":") : null],
    ["cs6Label", "repository"],
    ["cs6", record.context.repository],
    // Who approved a require_approval decision: login(permission) via URL, one per approval.
    ["flexString1Label", record.approvals ? "approvedBy" : null],
    ["flexString1", record.approvals ? record.approvals.map((a) => `${a.approver}(${a.permission}) ${a.via} ${a.url}`).join("; ") : null]
  ];
  const pairs = extension.filter(([, value]) => value !== null && value !== void 0).map(([key, value]) => `${key}=${cefValue(String(value))}`);
  return `${header.join("|")}|${pairs.join(" ")}`;
}
function cefHeader(text) {
  return text.replace(/[\\|]/g, (c) => `\\${c}`).replace(/\r\n|[\r\n]/g, " ");
}
function cefValue(text) {
  return text.replace(/[\\=\r\n]/g, (c) => c === "\n" ? "\\n" : c === "\r" ? "\\r" : `\\${c}`);
}

// src/audit/read.ts
var import_node_fs = __toESM(require_fs(), 1);
var import_promises = __toESM(require_promises(), 1);
var import_node_readline = __toESM(require_readline(), 1);
async function logFiles(file) {
  const { paths } = listSegments(file);
  const own = await (0, import_promises.stat)(file).catch(() => null);
  return own === null ? paths : [...paths, file];
}
async function* readRecords(file) {
  for (const path of await logFiles(file)) {
    const input = (0, import_node_fs.createReadStream)(path, { encoding: "utf8" });
    let line = 0;
    for await (const text of (0, import_node_readline.createInterface)({ input, crlfDelay: Infinity })) {
      line++;
      let record;
      try {
        record = JSON.parse(text);
      } catch {
        continue;
      }
      if (typeof record === "object" && record !== null && typeof record.action === "object" && record.action !== null) yield { record, file: path, line };
    }
  }
}

// src/audit/replay.ts
var LISTED = 100;
async function replayAuditFile(file, policySet) {
  const report = { replayed: 0, otherPolicies: 0, notReplayable: 0, mismatches: [], moreMismatches: 0 };
  for await (const { record, file: path, line } of readRecords(file)) {
    if (record.policyDigest !== policySet.digest) {
      report.otherPolicies++;
      continue;
    }
    const action = recordedAction(record);
    if (action === null) {
      report.notReplayable++;
      continue;
    }
    report.replayed++;
    const decision = evaluate(policySet, action);
    if (decision.decision === record.decision && decision.rule === record.rule) continue;
    if (report.mismatches.length >= LISTED) {
      report.moreMismatches++;
      continue;
    }
    report.mismatches.push({
      file: path,
      line,
      seq: record.seq,
      recorded: { decision: record.decision, rule: record.rule },
      replayed: { decision: decision.decision, rule: decision.rule },
      redacted: record.redacted
    });
  }
  return report;
}
function recordedAction(record) {
  const raw = record.action.raw;
  switch (record.action.type) {
    case "shell.execute":
      return { type: "shell.execute", command: raw };
    case "file.read":
      return { type: "file.read", path: raw };
    case "file.write":
      return { type: "file.write", path: raw };
    case "network.request":
      return { type: "network.request", destination: raw };
    default:
      return null;
  }
}

// src/cli/commands/audit.ts
var AUDIT_HELP = `Usage: safeclaw audit verify FILE [--head HASH] [--anchor HASH]... [--anchor-ref [REF]] [--policies DIR [--replay]] [--format text|json]
       safeclaw audit show FILE [--decision allow|deny|require_approval] [--since TIME] [--format text|json]
       safeclaw audit anchor FILE [--ref REF] [--repo DIR] [--format text|json]
       safeclaw audit export FILE --format ocsf|cef|jsonl

verify  checks every record of a SafeClaw audit log (its sealed segments FILE.000001\u2026 first): JSON,
        canonical form, SHA-256 hashes, prev links, contiguous seq, time order. Prints the records
        checked, the head hash (publish it: it is the anchor) and the first bad line.
  --head HASH      the chain must end exactly at this hash (detects truncation since)
  --anchor HASH    this record must be in the chain (repeatable): a head published earlier still
                   checks a log that kept growing
  --anchor-ref [REF]  every anchor recorded on this git ref (default ${DEFAULT_ANCHOR_REF}) in --repo
  --repo DIR       the git repository for --anchor-ref (default: the current folder)
  --policies DIR   every record must have been decided by the policies in this .safeclaw folder
  --replay         with --policies: decide every record's action again and report records whose
                   recorded decision differs (records of other policy sets are counted, not judged)
show    lists the records, oldest first (it does not verify; run verify for that), each approval
        counted for a require_approval record on an indented line below it.
  --decision D     only records with this decision
  --since TIME     only records at or after this time (RFC 3339, or a date like 2024-05-01)
anchor  verifies the log, checks that every earlier anchor on REF is still in it, and records its
        head as a commit on REF (default ${DEFAULT_ANCHOR_REF}); push it: git push origin ${DEFAULT_ANCHOR_REF}
export  verifies the log, then writes one event per record to standard output: OCSF 1.5.0 API
        Activity (JSON lines), CEF, or the records themselves (jsonl). Streamed: memory stays constant.

Exit codes: 0 valid, 1 invalid (or unreadable records for show), 2 usage error or unreadable file.
`;
var FORMATS = ["text", "json"];
var HASH = /^[0-9a-f]{64}$/;
var auditCommand = async (argv, io) => {
  const [sub, ...rest] = argv;
  if (sub === "--help" || sub === "-h" || sub === "help") {
    io.stdout.write(AUDIT_HELP);
    return 0;
  }
  if (sub === "verify") return verifyCommand(rest, io);
  if (sub === "show") return showCommand(rest, io);
  if (sub === "anchor") return anchorCommand(rest, io);
  if (sub === "export") return exportCommand(rest, io);
  throw new UsageError(
    `${sub === void 0 ? "audit needs a subcommand" : `unknown audit subcommand "${sub}"`}
  fix: use \`safeclaw audit verify FILE\`, \`show FILE\`, \`anchor FILE\` or \`export FILE --format ocsf\``
  );
};
function rotateAtOption(value) {
  if (value === void 0) return void 0;
  const match = /^(\d+)\s*([KMG]i?B?|B)?$/i.exec(value.trim());
  const scale = match ? { "": 1, B: 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[(match[2] ?? "").charAt(0).toUpperCase()] : void 0;
  const bytes = match && scale !== void 0 ? Number(match[1]) * scale : NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1024) {
    throw new UsageError(`--rotate-at "${value}" is not a size of at least 1K
  fix: use bytes or a suffix, e.g. --rotate-at 64M`);
  }
  return bytes;
}
var VERIFY_OPTIONS = {
  head: { type: "string" },
  anchor: { type: "string", multiple: true },
  "anchor-ref": { type: "string" },
  repo: { type: "string" },
  policies: { type: "string" },
  replay: { type: "boolean" },
  format: { type: "string" },
  help: { type: "boolean", short: "h" }
};
async function verifyCommand(argv, io) {
  const args = argv.flatMap((arg, i) => arg === "--anchor-ref" && (argv[i + 1] === void 0 || argv[i + 1].startsWith("-")) ? [arg, DEFAULT_ANCHOR_REF] : [arg]);
  const { values, positionals } = parseCommandArgs(args, VERIFY_OPTIONS, "audit verify");
  if (values.help) {
    io.stdout.write(AUDIT_HELP);
    return 0;
  }
  const file = oneFile(positionals, "verify");
  const format = oneOf(values.format, FORMATS, "--format", "text");
  if (values.head !== void 0 && !HASH.test(values.head)) {
    throw new UsageError(`--head must be a record hash (64 lowercase hex digits), got "${values.head}"`);
  }
  for (const anchor of values.anchor ?? []) {
    if (!HASH.test(anchor)) throw new UsageError(`--anchor must be a record hash (64 lowercase hex digits), got "${anchor}"`);
  }
  if (values.replay && values.policies === void 0) {
    throw new UsageError("--replay needs --policies DIR (the policies to decide the records again with)\n  fix: safeclaw audit verify FILE --replay --policies .safeclaw");
  }
  const anchors = [...values.anchor ?? []];
  if (values["anchor-ref"] !== void 0) {
    const fromGit = await readGitAnchors((0, import_node_path.resolve)(io.cwd, values.repo ?? "."), values["anchor-ref"]).catch((err) => {
      throw new UsageError(`--anchor-ref ${values["anchor-ref"]}: ${err.message}`);
    });
    if (fromGit.length === 0) throw new UsageError(`--anchor-ref ${values["anchor-ref"]}: no anchor recorded there
  fix: run \`safeclaw audit anchor ${file}\` first, or fetch the ref`);
    for (const anchor of fromGit) anchors.push(anchor.head);
  }
  const policySet = values.policies === void 0 ? void 0 : await loadPolicies((0, import_node_path.resolve)(io.cwd, values.policies));
  const path = (0, import_node_path.resolve)(io.cwd, file);
  const result = await verifyAuditFile(path, { head: values.head, anchors, policyDigest: values.replay ? void 0 : policySet?.digest });
  if (result.failure?.kind === "io") {
    throw new UsageError(`${file}: ${result.failure.message.replace(`cannot read ${path}: `, "cannot read: ")}
  fix: pass an existing audit file`);
  }
  const replay = values.replay && policySet && result.ok ? await replayAuditFile(path, policySet) : void 0;
  const ok = result.ok && (replay === void 0 || replay.mismatches.length === 0 && replay.replayed > 0);
  if (format === "json") io.stdout.write(JSON.stringify({ ...result, ok, file, ...replay ? { replay } : {} }) + "\n");
  else io.stdout.write(verifyText(file, path, result) + (replay ? replayText(replay) : ""));
  return ok ? 0 : 1;
}
function verifyText(file, path, result) {
  const lines = [`records checked: ${result.records}${result.segments > 0 ? ` (${result.segments} sealed segment(s) and the file)` : ""}`, `head: ${result.head ?? "none (no records)"}`];
  for (const anchor of result.anchors ?? []) lines.push(`anchor ${anchor.hash}: record ${anchor.seq}, in the chain`);
  if (result.unterminated) lines.push(`note: the last record (line ${result.unterminated.line}) has no newline; the next append writes it`);
  if (result.ok) return [...lines, `${file}: valid`, ""].join("\n");
  const { line, kind, message } = result.failure;
  const where = result.failure.file && result.failure.file !== path ? result.failure.file : file;
  return [...lines, `${where}:${line}: invalid (${kind}): ${message}`, ""].join("\n");
}
function replayText(replay) {
  const lines = [
    `replayed: ${plural(replay.replayed, "record")}; decided by other policies (not replayed): ${replay.otherPolicies}; not replayable (infra.change, tool.call): ${replay.notReplayable}`
  ];
  for (const m of replay.mismatches) {
    lines.push(
      `${m.file}:${m.line}: decision differs (replay): record ${m.seq} says ${m.recorded.decision} (${m.recorded.rule ?? "no rule"}), the policies decide ${m.replayed.decision} (${m.replayed.rule ?? "no rule"})` + (m.redacted ? " \u2014 the record was redacted, and the original decision was made on the unredacted text" : "")
    );
  }
  if (replay.moreMismatches > 0) lines.push(`\u2026 and ${plural(replay.moreMismatches, "more record", "more records")} whose decision differs`);
  if (replay.replayed === 0) lines.push("replay: no record was decided by these policies: nothing was checked");
  else if (replay.mismatches.length === 0) lines.push("replay: every replayed decision matches");
  return lines.join("\n") + "\n";
}
var ANCHOR_OPTIONS = {
  ref: { type: "string" },
  repo: { type: "string" },
  format: { type: "string" },
  help: { type: "boolean", short: "h" }
};
async function anchorCommand(argv, io) {
  const { values, positionals } = parseCommandArgs(argv, ANCHOR_OPTIONS, "audit anchor");
  if (values.help) {
    io.stdout.write(AUDIT_HELP);
    return 0;
  }
  const file = oneFile(positionals, "anchor");
  const format = oneOf(values.format, FORMATS, "--format", "text");
  const anchored = await anchorToGit((0, import_node_path.resolve)(io.cwd, file), { repo: (0, import_node_path.resolve)(io.cwd, values.repo ?? "."), ref: values.ref });
  if (format === "json") io.stdout.write(JSON.stringify(anchored) + "\n");
  else {
    io.stdout.write(
      `${anchored.created ? "anchored" : "already anchored"}: ${plural(anchored.records, "record")}, head ${anchored.head}
${anchored.ref}: ${anchored.commit}
publish it: git push origin ${anchored.ref}
`
    );
  }
  return 0;
}
var EXPORT_OPTIONS = {
  format: { type: "string" },
  help: { type: "boolean", short: "h" }
};
async function exportCommand(argv, io) {
  const { values, positionals } = parseCommandArgs(argv, EXPORT_OPTIONS, "audit export");
  if (values.help) {
    io.stdout.write(AUDIT_HELP);
    return 0;
  }
  const file = oneFile(positionals, "export");
  if (values.format === void 0) throw new UsageError("audit export needs --format ocsf, cef or jsonl");
  const format = oneOf(values.format, EXPORT_FORMATS, "--format", "jsonl");
  const path = (0, import_node_path.resolve)(io.cwd, file);
  const verified = await verifyAuditFile(path);
  if (verified.failure?.kind === "io") throw new UsageError(`${file}: cannot read
  fix: pass an existing audit file`);
  if (!verified.ok) {
    const f = verified.failure;
    io.stderr.write(`${f.file ?? file}:${f.line}: invalid (${f.kind}): ${f.message}
not exported: run \`safeclaw audit verify ${file}\`
`);
    return 1;
  }
  for (const part of await logFiles(path)) {
    for await (const text of (0, import_node_readline2.createInterface)({ input: (0, import_node_fs2.createReadStream)(part, { encoding: "utf8" }), crlfDelay: Infinity })) {
      await writeLine(io.stdout, exportLine(JSON.parse(text), format, text) + "\n");
    }
  }
  return 0;
}
function writeLine(out, text) {
  return new Promise((done) => {
    if (out.write(text)) done();
    else out.once("drain", done);
  });
}
var SHOW_OPTIONS = {
  decision: { type: "string" },
  since: { type: "string" },
  format: { type: "string" },
  help: { type: "boolean", short: "h" }
};
async function showCommand(argv, io) {
  const { values, positionals } = parseCommandArgs(argv, SHOW_OPTIONS, "audit show");
  if (values.help) {
    io.stdout.write(AUDIT_HELP);
    return 0;
  }
  const file = oneFile(positionals, "show");
  const format = oneOf(values.format, FORMATS, "--format", "text");
  const decision = values.decision === void 0 ? void 0 : oneOf(values.decision, EFFECTS, "--decision", "deny");
  const sinceMs = values.since === void 0 ? void 0 : Date.parse(values.since);
  if (sinceMs !== void 0 && Number.isNaN(sinceMs)) {
    throw new UsageError(`--since "${values.since}" is not a time
  fix: use RFC 3339 (2024-05-01T12:00:00Z) or a date (2024-05-01)`);
  }
  const parts = await logFiles((0, import_node_path.resolve)(io.cwd, file));
  if (parts.length === 0) throw new UsageError(`${file}: cannot read: ENOENT
  fix: pass an existing audit file`);
  let lines = 0;
  let shown = 0;
  let unreadable = 0;
  for (const part of parts) {
    const stream = (0, import_node_fs2.createReadStream)(part, { encoding: "utf8" });
    const opened = new Promise((done, fail) => stream.once("open", () => done()).once("error", fail));
    try {
      await opened;
    } catch (err) {
      throw new UsageError(`${part}: cannot read: ${err.code ?? err.message}
  fix: pass an existing audit file`);
    }
    let lineNumber = 0;
    for await (const text of (0, import_node_readline2.createInterface)({ input: stream, crlfDelay: Infinity })) {
      lineNumber++;
      lines++;
      let record;
      try {
        record = JSON.parse(text);
        if (typeof record !== "object" || record === null || typeof record.action !== "object") throw new Error("not a record");
      } catch {
        unreadable++;
        io.stderr.write(`${part === (0, import_node_path.resolve)(io.cwd, file) ? file : part}:${lineNumber}: not an audit record (run \`safeclaw audit verify ${file}\`)
`);
        continue;
      }
      if (decision !== void 0 && record.decision !== decision) continue;
      if (sinceMs !== void 0 && !(Date.parse(record.time) >= sinceMs)) continue;
      shown++;
      io.stdout.write(format === "json" ? JSON.stringify(record) + "\n" : showLine(record));
    }
  }
  if (format === "text") io.stdout.write(`${shown} of ${plural(lines - unreadable, "record")} shown
`);
  return unreadable > 0 ? 1 : 0;
}
function showLine(record) {
  const where = record.origin ? ` (${[record.origin.source, record.origin.file && `${record.origin.file}${record.origin.line ? `:${record.origin.line}` : ""}`, record.origin.detail].filter(Boolean).join(" ")})` : "";
  const flags = [
    record.redacted ? "redacted" : "",
    record.repaired ? `repaired torn line ${record.repaired.line}` : "",
    record.clockBehind ? "clock behind the record before" : ""
  ].filter(Boolean);
  return `#${record.seq} ${record.time} ${String(record.decision).toUpperCase()} ${record.action.type} ${record.rule ?? "(no rule)"}: ${record.action.raw}${where}${flags.length ? ` [${flags.join(", ")}]` : ""}
` + approvalLines(record);
}
function approvalLines(record) {
  if (!Array.isArray(record.approvals)) return "";
  return record.approvals.map((a) => {
    const text = (value) => typeof value === "string" ? value : "?";
    const rules = Array.isArray(a.rules) ? a.rules.map(text).join(", ") : "?";
    return `    approved by ${text(a.approver)} (${text(a.permission)}) for commit ${text(a.commit).slice(0, 12)}, actions ${text(a.actions).slice(0, 16)}, rule ${rules}, ${text(a.via)} ${text(a.url)} at ${text(a.at)}
`;
  }).join("");
}
function oneFile(positionals, sub) {
  if (positionals.length !== 1) {
    throw new UsageError(`audit ${sub} takes exactly one FILE (got ${positionals.length})
  fix: safeclaw audit ${sub} .safeclaw/audit/audit.jsonl`);
  }
  return positionals[0];
}

export {
  AUDIT_HELP,
  auditCommand,
  rotateAtOption
};
