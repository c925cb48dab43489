import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  verifyAuditFile
} from "./chunk-N374ZEWW.js";
import {
  EFFECTS,
  loadPolicies
} from "./chunk-PTTJIL5Z.js";
import {
  oneOf,
  parseCommandArgs
} from "./chunk-C7CIWFFA.js";
import {
  UsageError
} from "./chunk-P2I2JZ74.js";
import "./chunk-JSTIMTER.js";

// src/cli/commands/audit.ts
import { createReadStream } from "node:fs";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
var AUDIT_HELP = `Usage: safeclaw audit verify FILE [--head HASH] [--policies DIR] [--format text|json]
       safeclaw audit show FILE [--decision allow|deny|require_approval] [--since TIME] [--format text|json]

verify  checks every record of a SafeClaw audit file: JSON, canonical SHA-256 hashes, prev links,
        contiguous seq, non-decreasing times. Prints the records checked, the head hash (publish it:
        it is the anchor) and the first bad line.
  --head HASH      the chain must end exactly at this hash (a head published earlier; detects truncation)
  --policies DIR   every record must have been decided by the policies in this .safeclaw folder
show    lists the records, oldest first (it does not verify; run verify for that).
  --decision D     only records with this decision
  --since TIME     only records at or after this time (RFC 3339, or a date like 2024-05-01)

Exit codes: 0 valid, 1 invalid (or unreadable records for show), 2 usage error or unreadable file.
`;
var FORMATS = ["text", "json"];
var auditCommand = async (argv, io) => {
  const [sub, ...rest] = argv;
  if (sub === "--help" || sub === "-h" || sub === "help") {
    io.stdout.write(AUDIT_HELP);
    return 0;
  }
  if (sub === "verify") return verifyCommand(rest, io);
  if (sub === "show") return showCommand(rest, io);
  throw new UsageError(
    `${sub === void 0 ? "audit needs a subcommand" : `unknown audit subcommand "${sub}"`}
  fix: use \`safeclaw audit verify FILE\` or \`safeclaw audit show FILE\``
  );
};
var VERIFY_OPTIONS = {
  head: { type: "string" },
  policies: { type: "string" },
  format: { type: "string" },
  help: { type: "boolean", short: "h" }
};
async function verifyCommand(argv, io) {
  const { values, positionals } = parseCommandArgs(argv, VERIFY_OPTIONS, "audit verify");
  if (values.help) {
    io.stdout.write(AUDIT_HELP);
    return 0;
  }
  const file = oneFile(positionals, "verify");
  const format = oneOf(values.format, FORMATS, "--format", "text");
  if (values.head !== void 0 && !/^[0-9a-f]{64}$/.test(values.head)) {
    throw new UsageError(`--head must be a record hash (64 lowercase hex digits), got "${values.head}"`);
  }
  const policyDigest = values.policies === void 0 ? void 0 : (await loadPolicies(resolve(io.cwd, values.policies))).digest;
  const path = resolve(io.cwd, file);
  const result = await verifyAuditFile(path, { head: values.head, policyDigest });
  if (result.failure?.kind === "io") {
    throw new UsageError(`${file}: ${result.failure.message.replace(`cannot read ${path}: `, "cannot read: ")}
  fix: pass an existing audit file`);
  }
  if (format === "json") io.stdout.write(JSON.stringify({ ...result, file }) + "\n");
  else io.stdout.write(verifyText(file, result));
  return result.ok ? 0 : 1;
}
function verifyText(file, result) {
  const lines = [`records checked: ${result.records}`, `head: ${result.head ?? "none (no records)"}`];
  if (result.ok) return [...lines, `${file}: valid`, ""].join("\n");
  const { line, kind, message } = result.failure;
  return [...lines, `${file}:${line}: invalid (${kind}): ${message}`, ""].join("\n");
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
  const stream = createReadStream(resolve(io.cwd, file), { encoding: "utf8" });
  const opened = new Promise((done, fail) => stream.once("open", () => done()).once("error", fail));
  try {
    await opened;
  } catch (err) {
    throw new UsageError(`${file}: cannot read: ${err.code ?? err.message}
  fix: pass an existing audit file`);
  }
  let lineNumber = 0;
  let shown = 0;
  let unreadable = 0;
  for await (const text of createInterface({ input: stream, crlfDelay: Infinity })) {
    lineNumber++;
    let record;
    try {
      record = JSON.parse(text);
      if (typeof record !== "object" || record === null || typeof record.action !== "object") throw new Error("not a record");
    } catch {
      unreadable++;
      io.stderr.write(`${file}:${lineNumber}: not an audit record (run \`safeclaw audit verify ${file}\`)
`);
      continue;
    }
    if (decision !== void 0 && record.decision !== decision) continue;
    if (sinceMs !== void 0 && !(Date.parse(record.time) >= sinceMs)) continue;
    shown++;
    io.stdout.write(format === "json" ? JSON.stringify(record) + "\n" : showLine(record));
  }
  if (format === "text") io.stdout.write(`${shown} of ${lineNumber - unreadable} record(s) shown
`);
  return unreadable > 0 ? 1 : 0;
}
function showLine(record) {
  const where = record.origin ? ` (${[record.origin.source, record.origin.file && `${record.origin.file}${record.origin.line ? `:${record.origin.line}` : ""}`, record.origin.detail].filter(Boolean).join(" ")})` : "";
  const flags = [record.redacted ? "redacted" : "", record.repaired ? `repaired torn line ${record.repaired.line}` : ""].filter(Boolean);
  return `#${record.seq} ${record.time} ${String(record.decision).toUpperCase()} ${record.action.type} ${record.rule ?? "(no rule)"}: ${record.action.raw}${where}${flags.length ? ` [${flags.join(", ")}]` : ""}
`;
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
  auditCommand
};
