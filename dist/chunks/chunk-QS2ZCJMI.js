import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  plural
} from "./chunk-IP5HSEW5.js";

// src/cli/format.ts
var COLOURS = { allow: "\x1B[32m", deny: "\x1B[31m", require_approval: "\x1B[33m" };
var RESET = "\x1B[0m";
var LABEL = { allow: "allow", deny: "DENY", require_approval: "APPROVAL" };
function paint(verdict, text, colour) {
  return colour ? COLOURS[verdict] + text + RESET : text;
}
function describeAction(action) {
  switch (action.type) {
    case "shell.execute":
      return `$ ${action.command}`;
    case "file.read":
      return `read ${action.path}`;
    case "file.write":
      return `write ${action.path}${action.change ? ` (${action.change})` : ""}`;
    case "network.request":
      return `request ${action.destination}`;
    case "infra.change":
      return `${action.change} ${action.address}`;
    case "tool.call":
      return `call ${action.tool}${action.server ? ` (MCP server ${action.server})` : ""}`;
  }
}
function describeOrigin(action) {
  const origin = action.origin;
  if (!origin) return "";
  if (origin.source === "pr-body" && origin.file && origin.file !== "PR body") return `${origin.file}:${origin.line ?? 1} (PR body)`;
  if (origin.source === "pr-body") return origin.line ? `PR body:${origin.line}` : "PR body";
  if (origin.file) return origin.line ? `${origin.file}:${origin.line}` : origin.file;
  return origin.source;
}
function printable(text) {
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f\x9b]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`).replace(/\n/g, "\\n");
}
function formatGateText(result, colour) {
  const lines = [];
  for (const { action, decision } of result.items) {
    const label = paint(decision.decision, LABEL[decision.decision].padEnd(8), colour);
    const origin = describeOrigin(action);
    lines.push(`${label}  ${printable(describeAction(action))}${origin ? `   (${printable(origin)})` : ""}`);
    lines.push(`          ${decision.rule ?? "(default)"}: ${printable(decision.reason)}`);
  }
  const { allow, deny, require_approval } = result.counts;
  lines.push("");
  lines.push(
    `verdict: ${paint(result.verdict, result.verdict, colour)} \u2014 ${allow} allowed, ${deny} denied, ${plural(require_approval, "needs", "need")} approval (policy ${result.policyDigest.slice(0, 12)})`
  );
  if (result.audit) lines.push(`audit: ${result.audit.path} (${plural(result.audit.records, "record")}, head ${result.audit.head})`);
  return lines.join("\n") + "\n";
}

export {
  paint,
  describeAction,
  printable,
  formatGateText
};
