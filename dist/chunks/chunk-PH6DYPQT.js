import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  NOT_OPTION_DASH,
  PATH_KEYS,
  analyzeShellCommand,
  compileTextGlob,
  expandBraces,
  hasWildcard,
  isPlainRelative,
  normalizeHomePath,
  treeSitterMisses
} from "./chunk-P7JXOOCS.js";
import {
  ACTION_TYPES,
  STRICTNESS
} from "./chunk-IP5HSEW5.js";
import {
  require_path
} from "./chunk-6XR2NURA.js";
import {
  __toESM
} from "./chunk-JSTIMTER.js";

// src/engine/normalize.ts
var import_node_path = __toESM(require_path(), 1);
function normalizePath(path, root) {
  if (path.startsWith("~")) return normalizeHomePath(path);
  if (isPlainRelative(path)) return path;
  let absolute = import_node_path.posix.normalize(import_node_path.posix.isAbsolute(path) ? path : import_node_path.posix.join(root, path));
  if (absolute.length > 1 && absolute.endsWith("/")) absolute = absolute.slice(0, -1);
  const rootWithSlash = root.endsWith("/") ? root : root + "/";
  if (absolute === root || absolute + "/" === rootWithSlash) return ".";
  return absolute.startsWith(rootWithSlash) ? absolute.slice(rootWithSlash.length) : absolute;
}
var SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
function destinationReadings(destination) {
  const rfc = destinationForms(destination);
  const special = SPECIAL_SCHEME.exec(destination.trim());
  if (!destination.includes("\\") && !special) return rfc;
  let whatwgText = destination.trim().replaceAll("\\", "/");
  if (special) whatwgText = "//" + whatwgText.slice(special[0].length).replace(/^\/+/, "");
  return [.../* @__PURE__ */ new Set([...rfc, ...destinationForms(whatwgText)])];
}
var SPECIAL_SCHEME = /^(?:https?|wss?|ftp):(?!\/\/[^/\\])/i;
function normalizeDestination(destination) {
  return destinationForms(destination)[0];
}
function destinationForms(destination) {
  let rest = destination.trim().replace(SCHEME, "");
  if (rest.startsWith("//")) rest = rest.slice(2);
  const authorityEnd = rest.search(/[/?#]/);
  let authority = authorityEnd === -1 ? rest : rest.slice(0, authorityEnd);
  let path = authorityEnd === -1 ? "" : rest.slice(authorityEnd);
  const at = authority.lastIndexOf("@");
  if (at !== -1) authority = authority.slice(at + 1);
  let host;
  let port = "";
  if (authority.startsWith("[")) {
    const close = authority.indexOf("]");
    host = close === -1 ? authority : authority.slice(0, close + 1);
    const after = close === -1 ? "" : authority.slice(close + 1);
    if (after.startsWith(":")) port = after.slice(1);
  } else {
    const colon = authority.indexOf(":");
    host = colon === -1 ? authority : authority.slice(0, colon);
    if (colon !== -1) port = authority.slice(colon + 1);
  }
  if (port !== "" && !/^\d+$/.test(port)) {
    path = "/" + port + path;
    port = "";
  }
  path = path.replace(/[?#].*$/s, "");
  const portText = port === "" ? "" : ":" + String(Number(port));
  return canonicalHosts(host).map((h) => h + portText + path);
}
var PLAIN_HOST = /^[a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)*$/;
var WILDCARD_DNS = /^(?:.*?[.-])?((?:\d{1,3}[.-]){3}\d{1,3}|[0-9a-f]{8})\.(?:nip\.io|sslip\.io|xip\.io|nip\.direct|localtest\.me)$/;
var WILDCARD_DNS_V6 = /^(?:.*?\.)?([0-9a-f]{0,4}(?:-[0-9a-f]{0,4}){2,7})\.(?:nip\.io|sslip\.io)$/;
var REBINDING_HEX = /^(?:.*\.)?([0-9a-f]{8})\.([0-9a-f]{8})\.rbndr\.us$/;
var REBINDING_ANY = /\.(?:1u\.ms|rebind\.network|lock\.cmpxchg8b\.com)$/;
var METADATA_NAMES = /* @__PURE__ */ new Set(["metadata.google.internal", "metadata", "metadata.goog", "instance-data", "instance-data.ec2.internal", "[fd00:ec2::254]"]);
function embeddedAddress(host) {
  if (METADATA_NAMES.has(host)) return "169.254.169.254";
  const m = WILDCARD_DNS.exec(host);
  if (!m) return null;
  const embedded = m[1];
  if (/^[0-9a-f]{8}$/.test(embedded)) {
    const n = parseInt(embedded, 16);
    return [n >>> 24, n >>> 16 & 255, n >>> 8 & 255, n & 255].join(".");
  }
  return embedded.replaceAll("-", ".");
}
function hexAddress(hex) {
  const n = parseInt(hex, 16);
  return [n >>> 24, n >>> 16 & 255, n >>> 8 & 255, n & 255].join(".");
}
function canonicalHosts(host) {
  const named = canonicalHostName(host);
  const rebinding = REBINDING_HEX.exec(named);
  if (rebinding) return [.../* @__PURE__ */ new Set([hexAddress(rebinding[1]), hexAddress(rebinding[2])])];
  if (REBINDING_ANY.test(named)) {
    const embedded = [...named.matchAll(/(?<![\d])(\d{1,3}(?:[.-]\d{1,3}){3})(?![\d])/g)].map((m) => m[1].replaceAll("-", "."));
    if (embedded.length) return [...new Set(embedded)];
  }
  const v6 = WILDCARD_DNS_V6.exec(named);
  if (v6 && (v6[1].includes("--") || /[a-f]/.test(v6[1]) || v6[1].split("-").length > 4)) {
    const address = canonicalHostName(`[${v6[1].replaceAll("-", ":")}]`);
    return [embeddedAddress(address) ?? address];
  }
  return [embeddedAddress(named) ?? named];
}
function canonicalHostName(host) {
  let canonical = host.toLowerCase();
  if (PLAIN_HOST.test(canonical)) return canonical;
  try {
    canonical = new URL("http://" + host + "/").hostname;
  } catch {
  }
  canonical = canonical.replace(/\.+$/, "");
  if (canonical.startsWith("[")) return ipv6ToCanonical(canonical);
  return canonical;
}
function ipv6ToCanonical(bracketed) {
  const groups = expandIpv6(bracketed.slice(1, -1));
  if (groups === null) return bracketed;
  const low = (groups[6] << 16 | groups[7]) >>> 0;
  const zeros = (from, to) => groups.slice(from, to).every((g) => g === 0);
  const mapped = zeros(0, 5) && groups[5] === 65535;
  const compatible = zeros(0, 6) && low > 1;
  const nat64 = groups[0] === 100 && groups[1] === 65435 && zeros(2, 6);
  if (mapped || compatible || nat64) {
    return [low >>> 24, low >>> 16 & 255, low >>> 8 & 255, low & 255].join(".");
  }
  return bracketed;
}
function expandIpv6(text2) {
  const [head, tail, extra] = text2.split("::");
  if (extra !== void 0) return null;
  const parse = (part) => part ? part.split(":").map((g) => parseInt(g, 16)) : [];
  const left = parse(head);
  const right = tail === void 0 ? [] : parse(tail);
  const missing = 8 - left.length - right.length;
  if (missing < 0 || tail === void 0 && missing !== 0) return null;
  const groups = [...left, ...new Array(missing).fill(0), ...right];
  return groups.some((g) => Number.isNaN(g)) ? null : groups;
}

// src/engine/input.ts
var SafeClawInputError = class extends Error {
  /** Where in the input: `action.command`, `actions[3].path`… */
  field;
  constructor(field, problem, example) {
    super(`invalid input: ${field} ${problem}${example ? ` (e.g. ${example})` : ""}`);
    this.name = "SafeClawInputError";
    this.field = field;
  }
};
var nonEmptyText = (value) => typeof value !== "string" ? `must be a non-empty string (got ${kindOf(value)})` : value === "" ? "must be a non-empty string (got an empty string)" : null;
var text = (value) => typeof value === "string" ? null : `must be a string (got ${kindOf(value)})`;
var oneOf = (allowed) => (value) => typeof value === "string" && allowed.includes(value) ? null : `must be one of ${allowed.join(", ")} (got ${describe(value)})`;
var FILE_CHANGES = ["added", "modified", "deleted", "renamed", "copied"];
var INFRA_CHANGES = ["create", "update", "delete", "replace", "import"];
var SHAPES = {
  "shell.execute": { required: { command: nonEmptyText }, optional: {}, example: "{ type: 'shell.execute', command: 'terraform plan' }" },
  "file.read": { required: { path: nonEmptyText }, optional: {}, example: "{ type: 'file.read', path: '.env' }" },
  "file.write": { required: { path: nonEmptyText }, optional: { change: oneOf(FILE_CHANGES) }, example: "{ type: 'file.write', path: 'infra/main.tf' }" },
  "network.request": { required: { destination: nonEmptyText }, optional: {}, example: "{ type: 'network.request', destination: 'https://example.com' }" },
  "infra.change": {
    required: { address: nonEmptyText, resourceType: nonEmptyText, provider: text, change: oneOf(INFRA_CHANGES), module: text },
    optional: {
      after: () => null
      /* checked item by item below */
    },
    example: "{ type: 'infra.change', address: 'aws_s3_bucket.logs', resourceType: 'aws_s3_bucket', provider: 'registry.terraform.io/hashicorp/aws', change: 'create', module: '' }"
  },
  "tool.call": {
    required: { tool: nonEmptyText, server: text },
    optional: {
      input: () => null
      /* checked item by item below */
    },
    example: "{ type: 'tool.call', tool: 'mcp__github__create_issue', server: 'github' }"
  }
};
var ORIGIN_FIELDS = {
  source: nonEmptyText,
  file: text,
  line: (value) => Number.isSafeInteger(value) && value >= 1 ? null : `must be a line number, an integer from 1 (got ${kindOf(value)})`,
  detail: text
};
function validateAction(value, field = "action") {
  if (isPlainValidAction(value)) return value;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new SafeClawInputError(field, `must be an object with a type (got ${kindOf(value)})`, SHAPES["shell.execute"].example);
  }
  const record = value;
  const hasType = Object.hasOwn(record, "type");
  const hasAction = Object.hasOwn(record, "action");
  if (hasType && hasAction && record.type !== record.action) {
    throw new SafeClawInputError(field, "has both `type` and `action`, and they differ: give one of them");
  }
  const type = hasType ? record.type : record.action;
  const typeKey = hasType ? "type" : "action";
  if (!hasType && !hasAction) {
    throw new SafeClawInputError(`${field}.type`, `is missing: one of ${ACTION_TYPES.join(", ")}`, SHAPES["shell.execute"].example);
  }
  if (typeof type !== "string" || !Object.hasOwn(SHAPES, type)) {
    throw new SafeClawInputError(`${field}.${typeKey}`, `must be one of ${ACTION_TYPES.join(", ")} (got ${describe(type)})`);
  }
  const shape = SHAPES[type];
  for (const [name, check] of Object.entries(shape.required)) {
    if (!Object.hasOwn(record, name)) throw new SafeClawInputError(`${field}.${name}`, `is missing: ${type} needs it`, shape.example);
    const problem = check(record[name]);
    if (problem) throw new SafeClawInputError(`${field}.${name}`, problem, shape.example);
  }
  const unknown = [];
  for (const name of Object.keys(record)) {
    if (name === "type" || name === "action" || Object.hasOwn(shape.required, name)) continue;
    if (name === "origin") {
      if (record.origin !== void 0) checkOrigin(record.origin, `${field}.origin`);
    } else if (Object.hasOwn(shape.optional, name)) {
      if (record[name] === void 0) continue;
      const problem = shape.optional[name](record[name]);
      if (problem) throw new SafeClawInputError(`${field}.${name}`, problem, shape.example);
    } else {
      unknown.push(name);
    }
  }
  if (unknown.length > 0) {
    const names = unknown.slice(0, 3).map(fieldName);
    const allowed = [typeKey, ...Object.keys(shape.required), ...Object.keys(shape.optional), "origin"];
    throw new SafeClawInputError(
      field,
      `has ${unknown.length === 1 ? "a field" : "fields"} ${type} does not have: ${names.join(", ")}${unknown.length > 3 ? ", \u2026" : ""} (${type} has ${allowed.join(", ")})`
    );
  }
  const inherited = inheritedField(record, type);
  if (inherited !== void 0) {
    throw new SafeClawInputError(`${field}.${inherited}`, "is inherited from a prototype, not a field of the action itself", `give it as an own field, or leave it out: ${shape.example}`);
  }
  if (type === "infra.change" && record.after !== void 0) checkAfter(record.after, `${field}.after`);
  if (type === "tool.call" && record.input !== void 0) checkAfter(record.input, `${field}.input`);
  if (hasType && !hasAction) return record;
  const { action: _given, ...rest } = record;
  return { ...rest, type };
}
var INHERITABLE_FIELDS = Object.fromEntries(ACTION_TYPES.map((type) => [type, [...Object.keys(SHAPES[type].optional), "origin"]]));
var ALLOWED_FIELDS = Object.fromEntries(
  ACTION_TYPES.map((type) => [type, /* @__PURE__ */ new Set(["type", "origin", ...Object.keys(SHAPES[type].required), ...Object.keys(SHAPES[type].optional)])])
);
function isPlainValidAction(value) {
  if (typeof value !== "object" || value === null) return false;
  const record = value;
  if (isBareTextAction(record)) return true;
  const type = record.type;
  if (typeof type !== "string" || !Object.hasOwn(SHAPES, type) || Object.hasOwn(record, "action")) return false;
  const shape = SHAPES[type];
  const allowed = ALLOWED_FIELDS[type];
  for (const name in shape.required) if (!Object.hasOwn(record, name) || shape.required[name](record[name]) !== null) return false;
  for (const name in record) {
    if (!Object.hasOwn(record, name)) return false;
    if (!allowed.has(name)) return false;
    if (name === "type" || Object.hasOwn(shape.required, name) || record[name] === void 0) continue;
    if (name === "origin") {
      if (!isPlainOrigin(record.origin)) return false;
    } else if (name === "after" || name === "input" || shape.optional[name](record[name]) !== null) {
      return false;
    }
  }
  return inheritedField(record, type) === void 0;
}
function inheritedField(record, type) {
  for (const name of INHERITABLE_FIELDS[type]) if (record[name] !== void 0 && !Object.hasOwn(record, name)) return name;
  return void 0;
}
var TEXT_FIELD = /* @__PURE__ */ new Map();
for (const type of ACTION_TYPES) {
  const required = Object.keys(SHAPES[type].required);
  if (required.length === 1 && SHAPES[type].required[required[0]] === nonEmptyText) TEXT_FIELD.set(type, required[0]);
}
function isBareTextAction(record) {
  const type = record.type;
  if (typeof type !== "string") return false;
  const field = TEXT_FIELD.get(type);
  if (field === void 0) return false;
  const text2 = record[field];
  if (typeof text2 !== "string" || text2 === "") return false;
  const optional = SHAPES[type].optional;
  for (const name in record) {
    if (name === "type" || name === field) continue;
    if (!Object.hasOwn(optional, name) || !Object.hasOwn(record, name) || optional[name](record[name]) !== null) return false;
  }
  return Object.hasOwn(record, "type") && Object.hasOwn(record, field) && inheritedField(record, type) === void 0;
}
function isPlainOrigin(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const origin = value;
  if (ORIGIN_FIELDS.source(origin.source) !== null) return false;
  for (const name in origin) {
    if (!Object.hasOwn(origin, name)) continue;
    if (!Object.hasOwn(ORIGIN_FIELDS, name)) return false;
    if (origin[name] !== void 0 && ORIGIN_FIELDS[name](origin[name]) !== null) return false;
  }
  return true;
}
function validateActions(value) {
  if (!Array.isArray(value)) throw new SafeClawInputError("actions", `must be an array of actions (got ${kindOf(value)})`);
  const actions = new Array(value.length);
  for (let i = 0; i < value.length; i++) actions[i] = validateAction(value[i], `actions[${i}]`);
  return actions;
}
function validatePolicySet(value) {
  const set = value;
  if (typeof set !== "object" || set === null || !Array.isArray(set.rules) || typeof set.byType !== "object" || set.byType === null || typeof set.root !== "string") {
    throw new SafeClawInputError("policySet", `must be what loadPolicies() or compilePolicies() returned (got ${kindOf(value)})`);
  }
}
function checkOrigin(value, field) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new SafeClawInputError(field, `must be an object (got ${kindOf(value)})`, "{ source: 'agent' }");
  const origin = value;
  if (!Object.hasOwn(origin, "source")) throw new SafeClawInputError(`${field}.source`, "is missing", "{ source: 'agent' }");
  for (const [name, fieldValue] of Object.entries(origin)) {
    if (!Object.hasOwn(ORIGIN_FIELDS, name)) {
      throw new SafeClawInputError(field, `has a field origins do not have: ${fieldName(name)} (origin has ${Object.keys(ORIGIN_FIELDS).join(", ")})`);
    }
    if (fieldValue === void 0 && name !== "source") continue;
    const problem = ORIGIN_FIELDS[name](fieldValue);
    if (problem) throw new SafeClawInputError(`${field}.${name}`, problem);
  }
}
var ATTRIBUTE_FIELDS = {
  path: nonEmptyText,
  value: text,
  unknown: (value) => typeof value === "boolean" ? null : `must be a boolean (got ${kindOf(value)})`,
  sensitive: (value) => typeof value === "boolean" ? null : `must be a boolean (got ${kindOf(value)})`
};
var ATTRIBUTE_EXAMPLE = "{ path: 'ingress.0.cidr_blocks.0', value: '0.0.0.0/0' }";
function checkAfter(value, field) {
  if (!Array.isArray(value)) throw new SafeClawInputError(field, `must be an array of attributes (got ${kindOf(value)})`, `[${ATTRIBUTE_EXAMPLE}]`);
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    const at = `${field}[${i}]`;
    if (typeof item !== "object" || item === null || Array.isArray(item)) throw new SafeClawInputError(at, `must be an object (got ${kindOf(item)})`, ATTRIBUTE_EXAMPLE);
    for (const name of ["path", "value"]) {
      if (!Object.hasOwn(item, name)) throw new SafeClawInputError(`${at}.${name}`, "is missing", ATTRIBUTE_EXAMPLE);
    }
    for (const [name, fieldValue] of Object.entries(item)) {
      if (!Object.hasOwn(ATTRIBUTE_FIELDS, name)) {
        throw new SafeClawInputError(at, `has a field attributes do not have: ${fieldName(name)} (an attribute has path, value, unknown, sensitive)`);
      }
      if (fieldValue === void 0 && (name === "unknown" || name === "sensitive")) continue;
      const problem = ATTRIBUTE_FIELDS[name](fieldValue);
      if (problem) throw new SafeClawInputError(`${at}.${name}`, problem, ATTRIBUTE_EXAMPLE);
    }
  }
}
function kindOf(value) {
  if (value === null) return "null";
  if (value === void 0) return "undefined";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return value === "" ? "an empty string" : "a string";
  if (typeof value === "number") return Number.isFinite(value) ? `the number ${value}` : `${value}`;
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}
function describe(value) {
  return typeof value === "string" && nameLike(value) ? JSON.stringify(value) : kindOf(value);
}
function nameLike(text2) {
  return text2.length <= 32 && /^[A-Za-z_]+(\.[A-Za-z_]+)*$/.test(text2);
}
function fieldName(name) {
  return nameLike(name) ? JSON.stringify(name) : "a field with an unusual name";
}

// src/shell/reach.ts
function segmentRegex(glob) {
  if (/[@!+]\(|[*?]\(/.test(glob)) return null;
  let out = "";
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === "\\") {
      out += escapeRegex(glob[++i] ?? "\\");
    } else if (ch === "*") out += "[^/]*";
    else if (ch === "?") out += "[^/]";
    else if (ch === "[") {
      const close = glob.indexOf("]", i + 2);
      if (close < 0) return null;
      let body = glob.slice(i + 1, close);
      if (body.startsWith("!")) body = "^" + body.slice(1);
      if (/\[:|\\/.test(body)) return null;
      out += `[${body.replace(/\]/g, "\\]")}]`;
      i = close;
    } else out += escapeRegex(ch);
  }
  return new RegExp(`^${out}$`, "s");
}
function escapeRegex(text2) {
  return text2.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
function isLiteral(glob) {
  return !/[*?[\\]/.test(glob);
}
function segmentMatches(glob, name) {
  return matchName(segmentMatcher(glob), glob, name);
}
function segmentMatcher(glob) {
  if (isLiteral(glob)) return "literal";
  if (glob.length > MAX_GLOB) return "unknown";
  return segmentRegex(glob) ?? "unknown";
}
function matchName(matcher, glob, name) {
  if (matcher === "literal") return glob === name;
  if (matcher === "unknown") return null;
  return matcher.test(name);
}
var MAX_GLOB = 256;
function globsIntersect(a, b) {
  if (a.length > MAX_GLOB || b.length > MAX_GLOB) return null;
  if (isLiteral(a)) return segmentMatches(b, a);
  if (isLiteral(b)) return segmentMatches(a, b);
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta || !tb) return null;
  const alphabet = /* @__PURE__ */ new Set([""]);
  for (const t of [...ta, ...tb]) {
    if (t.kind === "char") alphabet.add(t.char);
    if (t.kind === "class") for (const c of t.mentions) alphabet.add(c);
  }
  const seen = /* @__PURE__ */ new Set();
  const stack = [[0, 0]];
  while (stack.length) {
    const [i, j] = stack.pop();
    const key = `${i},${j}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (ta[i]?.kind === "star") stack.push([i + 1, j]);
    if (tb[j]?.kind === "star") stack.push([i, j + 1]);
    if (i === ta.length && j === tb.length) return true;
    if (i === ta.length || j === tb.length) continue;
    for (const c of alphabet) {
      if (!accepts(ta[i], c) || !accepts(tb[j], c)) continue;
      stack.push([ta[i].kind === "star" ? i : i + 1, tb[j].kind === "star" ? j : j + 1]);
    }
  }
  return false;
}
function tokens(glob) {
  if (/[@!+]\(|[*?]\(/.test(glob)) return null;
  const out = [];
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === "\\") out.push({ kind: "char", char: glob[++i] ?? "\\" });
    else if (ch === "*") {
      if (out[out.length - 1]?.kind !== "star") out.push({ kind: "star" });
    } else if (ch === "?") out.push({ kind: "any" });
    else if (ch === "[") {
      const close = glob.indexOf("]", i + 2);
      if (close < 0) return null;
      const body = glob.slice(i + 1, close);
      if (/\[:|\\/.test(body)) return null;
      const re = new RegExp(`^[${body.startsWith("!") ? "^" + body.slice(1) : body}]$`, "s");
      out.push({ kind: "class", re, mentions: [...body.replace(/^!/, "")] });
      i = close;
    } else out.push({ kind: "char", char: ch });
  }
  return out;
}
function accepts(token, c) {
  switch (token.kind) {
    case "char":
      return token.char === c;
    case "any":
    case "star":
      return c !== "/";
    case "class":
      return token.re.test(c);
  }
}
function anchorOf(path) {
  if (path.startsWith("/")) return "absolute";
  if (path.startsWith("~")) return "home";
  return "relative";
}
var NO_SEGMENTS = Object.freeze([]);
var SLASH = 47;
function segmentsOf(dir) {
  if (dir === "." || dir === "") return NO_SEGMENTS;
  let end = dir.length;
  while (end > 0 && dir.charCodeAt(end - 1) === SLASH) end--;
  const trimmed = end === dir.length ? dir : dir.slice(0, end);
  return trimmed.indexOf("/") < 0 ? [trimmed] : trimmed.split("/");
}
function readySegments(segments) {
  return { segments, matchers: [] };
}
function matchSegment(ready, at, name) {
  const glob = ready.segments[at];
  return matchName(ready.matchers[at] ??= segmentMatcher(glob), glob, name);
}
var PathReach = class {
  expanded;
  /** Made on first use: a caller may only ever ask one of the two questions. */
  reachAlternatives;
  coverAlternatives;
  constructor(pattern) {
    this.expanded = expandBraces(pattern);
  }
  /**
   * Can a recursive read of `dir` with these filters reach a path the pattern
   * matches? True when unsure. `dir` itself is matched by the caller.
   */
  reaches(dir, filters) {
    const names = segmentsOf(dir);
    const dirAnchor = anchorOf(dir);
    this.reachAlternatives ??= this.expanded.map(reachAlternative);
    for (const alternative of this.reachAlternatives) {
      if (alternative.anchor !== "relative" && alternative.anchor !== dirAnchor) {
        if (filters.followsLinks || dirAnchor !== "relative") return true;
        continue;
      }
      const positions = positionsAfter(alternative, names);
      if (positions === null) return true;
      for (const p of positions) if (restPossible(alternative.segments, p, filters)) return true;
    }
    return false;
  }
  /**
   * Does the pattern match every path a recursive read of `dir` can reach? Only
   * plain shapes are recognised: `**`, `PREFIX/**` with PREFIX matching `dir` or a
   * folder above it, and `NAME` (or `**\/NAME`) when every file the read's
   * includes let through is matched by NAME. Symbolic links followed may lead
   * anywhere: then nothing covers the read.
   */
  covers(dir, filters) {
    if (filters.followsLinks) return false;
    const names = segmentsOf(dir);
    this.coverAlternatives ??= this.expanded.map(coverAlternative);
    for (const { last, folders, anyFolder, plain } of this.coverAlternatives) {
      if (last === "**") {
        if (anyFolder) return true;
        if (plain && folders.segments.length <= names.length && matchesEvery(folders, names)) return true;
        continue;
      }
      if (anyFolder && filters.include?.length && filters.include.every((inc) => covers(last, inc))) return true;
    }
    return false;
  }
};
function reachAlternative(alt) {
  const trimmed = alt.startsWith("./") ? alt.slice(2) : alt;
  const segments = trimmed.includes("/") || trimmed.startsWith("~") ? trimmed.split("/") : ["**", trimmed];
  return { segments, matchers: [], anchor: anchorOf(segments.join("/")) };
}
function coverAlternative(alt) {
  const segments = (alt.startsWith("./") ? alt.slice(2) : alt).split("/");
  const folders = segments.slice(0, -1);
  return {
    last: segments[segments.length - 1],
    folders: readySegments(folders),
    anyFolder: folders.every((s) => s === "**"),
    plain: !folders.includes("**")
  };
}
function matchesEvery(folders, names) {
  for (let i = 0; i < folders.segments.length; i++) if (matchSegment(folders, i, names[i]) !== true) return false;
  return true;
}
function positionsAfter(ready, dir) {
  const { segments } = ready;
  let positions = closeOverStars(segments, [0]);
  for (const name of dir) {
    const next = [];
    for (const p of positions) {
      const glob = segments[p];
      if (glob === void 0) continue;
      if (glob === "**") {
        addPosition(next, p);
        continue;
      }
      const m = matchSegment(ready, p, name);
      if (m === null) return null;
      if (m) addPosition(next, p + 1);
    }
    positions = closeOverStars(segments, next);
    if (positions.length === 0) return positions;
  }
  return positions;
}
function closeOverStars(segments, positions) {
  for (let i = 0; i < positions.length; i++) if (segments[positions[i]] === "**") addPosition(positions, positions[i] + 1);
  return positions;
}
function addPosition(positions, p) {
  if (!positions.includes(p)) positions.push(p);
}
function folderPossible(glob, filters) {
  if (filters.skipsHidden && isLiteral(glob) && glob.startsWith(".")) return false;
  if (filters.skipsHidden && glob.startsWith(".")) return false;
  for (const excluded of filters.excludeDir ?? []) if (covers(excluded, glob)) return false;
  return true;
}
function filePossible(glob, filters) {
  if (filters.skipsHidden && glob.startsWith(".")) return false;
  for (const excluded of filters.exclude ?? []) if (covers(excluded, glob)) return false;
  if (!filters.include?.length) return true;
  return filters.include.some((included) => globsIntersect(glob, included) !== false);
}
function covers(outer, inner) {
  if (outer === inner || outer === "*") return true;
  if (isLiteral(inner)) return segmentMatches(outer, inner) === true;
  const suffix = /^\*([^*?[\\]+)$/.exec(outer);
  if (suffix && inner.endsWith(suffix[1]) && !/[*?[\\]/.test(inner.slice(inner.length - suffix[1].length))) return true;
  return false;
}
function restPossible(segments, from, filters) {
  if (from >= segments.length) return false;
  const glob = segments[from];
  const last = from === segments.length - 1;
  if (glob === "**") return last ? filePossible("*", filters) : restPossible(segments, from + 1, filters);
  if (last) return filePossible(glob, filters);
  if (filters.flat) return false;
  return folderPossible(glob, filters) && restPossible(segments, from + 1, filters);
}

// src/engine/rule-index.ts
var INDEXED = {
  "shell.execute": { key: "command", flavour: "command" },
  "file.read": { key: "path", flavour: "path" },
  "file.write": { key: "path", flavour: "path" },
  "network.request": { key: "destination", flavour: "text" }
};
var LITERAL = new Uint8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.,:=%/ -") LITERAL[ch.charCodeAt(0)] = 1;
function literalPrefix(alternative, flavour, effect) {
  let end = 0;
  while (end < alternative.length) {
    const code = alternative.charCodeAt(end);
    if (code >= 128 || LITERAL[code] === 0) break;
    end++;
  }
  let prefix = alternative.slice(0, end);
  if (flavour === "path") {
    if (!alternative.includes("/")) return "";
    const segments = alternative.split("/");
    let kept = 0;
    for (const [i, segment] of segments.entries()) {
      if (kept + segment.length > prefix.length) break;
      if (segment === "" && i > 0 || segment === "." || segment === "..") {
        prefix = prefix.slice(0, kept);
        break;
      }
      kept += segment.length + 1;
    }
    if (prefix.endsWith("/")) prefix = prefix.slice(0, -1);
  } else if (flavour === "command" && effect === "allow") {
    if (prefix.startsWith("-")) return "";
    const option = prefix.indexOf(" -");
    if (option >= 0) prefix = prefix.slice(0, option + 1);
  }
  return prefix;
}
var PLAIN_SEGMENT = /^[A-Za-z0-9_.,:=% *?-]+$/;
function namePrefix(alternative) {
  let name;
  if (!alternative.includes("/")) name = alternative;
  else if (alternative.startsWith("**/") && PLAIN_SEGMENT.test(alternative.slice(3))) name = alternative.slice(3);
  else return null;
  let end = 0;
  while (end < name.length) {
    const code = name.charCodeAt(end);
    if (code >= 128 || LITERAL[code] === 0) break;
    end++;
  }
  return name.slice(0, end);
}
function requiredPrefixes(rule, key, flavour) {
  const condition = rule.conditions.find((c) => c.key === key);
  if (!condition) return null;
  const prefixes = { texts: /* @__PURE__ */ new Set(), names: /* @__PURE__ */ new Set() };
  for (const pattern of condition.patterns) {
    for (const alternative of expandBraces(pattern.source)) {
      const name = flavour === "path" ? namePrefix(alternative) : null;
      if (name !== null) {
        if (name === "") return null;
        prefixes.names.add(name);
        continue;
      }
      const prefix = literalPrefix(alternative, flavour, rule.effect);
      if (prefix === "") return null;
      prefixes.texts.add(prefix);
    }
  }
  return prefixes;
}
var indexes = /* @__PURE__ */ new WeakMap();
function insert(root, prefix, rule) {
  let node = root;
  let at = 0;
  while (at < prefix.length) {
    node.edges ??= /* @__PURE__ */ new Map();
    const edge = node.edges.get(prefix.charCodeAt(at));
    if (!edge) {
      const leaf = { edges: null, rules: null, mask: null };
      node.edges.set(prefix.charCodeAt(at), { label: prefix.slice(at), node: leaf });
      node = leaf;
      at = prefix.length;
      break;
    }
    let common = 0;
    while (common < edge.label.length && at + common < prefix.length && edge.label[common] === prefix[at + common]) common++;
    if (common < edge.label.length) {
      const middle = { edges: /* @__PURE__ */ new Map([[edge.label.charCodeAt(common), { label: edge.label.slice(common), node: edge.node }]]), rules: null, mask: null };
      edge.label = edge.label.slice(0, common);
      edge.node = middle;
    }
    node = edge.node;
    at += common;
  }
  (node.rules ??= []).push(rule);
}
function settle(node, inherited, order) {
  let here = inherited;
  if (node.rules) {
    here = [.../* @__PURE__ */ new Set([...inherited, ...node.rules])].sort((a, b) => order.get(a) - order.get(b));
    node.rules = here;
    node.mask = maskOf(here, order);
  }
  if (node.edges) for (const { node: child } of node.edges.values()) settle(child, here, order);
}
function maskOf(rules, order) {
  const mask = new Uint32Array(order.size + 31 >>> 5 || 1);
  for (const rule of rules) {
    const i = order.get(rule);
    mask[i >>> 5] |= 1 << (i & 31);
  }
  return mask;
}
function buildTypeIndex(rules, key, flavour) {
  const root = { edges: null, rules: null, mask: null };
  const names = flavour === "path" ? { edges: null, rules: null, mask: null } : null;
  const anyText = [];
  const order = new Map(rules.map((rule, i) => [rule, i]));
  for (const rule of rules) {
    const prefixes = requiredPrefixes(rule, key, flavour);
    if (prefixes === null) {
      anyText.push(rule);
      continue;
    }
    for (const prefix of prefixes.texts) insert(root, prefix, rule);
    for (const prefix of prefixes.names) insert(names, prefix, rule);
  }
  for (const tree of names ? [root, names] : [root]) {
    tree.rules = null;
    settle(tree, anyText, order);
  }
  return { key, flavour, root, names, anyText, anyTextMask: maskOf(anyText, order), rules, order };
}
function indexOf(policySet) {
  let index = indexes.get(policySet);
  if (!index) {
    index = {};
    for (const [type, spec] of Object.entries(INDEXED)) {
      index[type] = buildTypeIndex(policySet.byType[type], spec.key, spec.flavour);
    }
    indexes.set(policySet, index);
  }
  return index;
}
var SPACE = 32;
var DASH = 45;
var NOT_OPTION_DASH_CODE = NOT_OPTION_DASH.charCodeAt(0);
function lookup(index, root, text2, from, to) {
  const length = index.flavour === "command" ? to + 1 : to;
  let node = root;
  let best = null;
  let at = from;
  while (node.edges !== null && at < length) {
    const edge = node.edges.get(indexedCode(text2, at, to));
    if (!edge) break;
    const label = edge.label;
    if (at + label.length > length) break;
    let k = 1;
    while (k < label.length && label.charCodeAt(k) === indexedCode(text2, at + k, to)) k++;
    if (k < label.length) break;
    at += label.length;
    node = edge.node;
    if (node.rules) best = node;
  }
  return best;
}
function indexedCode(text2, at, to) {
  if (at === to) return SPACE;
  const code = text2.charCodeAt(at);
  return code === NOT_OPTION_DASH_CODE ? DASH : code;
}
var SLASH2 = 47;
var gathering;
var gatheredNode = null;
var gatheredRules = [];
var gatheredMask = null;
function beginCandidates(policySet, type) {
  gathering = indexOf(policySet)[type];
  if (gathering === void 0) return false;
  gatheredNode = null;
  gatheredRules = gathering.anyText;
  gatheredMask = null;
  return true;
}
function addCandidateText(text2) {
  const index = gathering;
  gather(lookup(index, index.root, text2, 0, text2.length));
  if (index.names === null) return;
  let end = text2.length;
  while (end > 0 && text2.charCodeAt(end - 1) === SLASH2) end--;
  const start = text2.lastIndexOf("/", end - 1) + 1;
  gather(lookup(index, index.names, text2, start, end));
}
function gather(node) {
  if (node === null || node.rules === gatheredRules) return;
  if (gatheredMask === null) {
    if (gatheredNode === null) {
      gatheredNode = node;
      gatheredRules = node.rules;
      return;
    }
    gatheredMask = gatheredNode.mask.slice();
  }
  const mask = node.mask;
  for (let w = 0; w < mask.length; w++) gatheredMask[w] |= mask[w];
}
function endCandidates() {
  const index = gathering;
  gathering = void 0;
  if (gatheredMask === null) return gatheredRules;
  const found = [];
  for (let w = 0; w < gatheredMask.length; w++) {
    let bits = gatheredMask[w];
    while (bits !== 0) {
      const low = bits & -bits;
      found.push(index.rules[(w << 5) + 31 - Math.clz32(low)]);
      bits ^= low;
    }
  }
  return found;
}

// src/engine/pattern-plan.ts
var PLAN = /* @__PURE__ */ Symbol("condition plan");
function conditionPlan(condition) {
  const plan = condition[PLAN];
  return plan === void 0 ? planCondition(condition) : plan;
}
var frozenPlans = /* @__PURE__ */ new WeakMap();
function planCondition(condition) {
  if (!Object.isExtensible(condition)) {
    let plan2 = frozenPlans.get(condition);
    if (plan2 === void 0) frozenPlans.set(condition, plan2 = buildPlan(condition));
    return plan2;
  }
  const plan = buildPlan(condition);
  Object.defineProperty(condition, PLAN, { value: plan, enumerable: false, writable: false, configurable: false });
  return plan;
}
function buildPlan(condition) {
  const flavour = PATH_KEYS.has(condition.key) ? "path" : "text";
  const all = [];
  const starts = [];
  for (const pattern of condition.patterns) {
    all.push({ pattern, source: pattern.source, outsideAnchor: /^[/~]/.test(pattern.source), wildcard: hasWildcard(pattern.source) });
    let codes = /* @__PURE__ */ new Set();
    for (const alternative of expandBraces(pattern.source)) {
      const prefix = literalPrefix(alternative, flavour, "deny");
      if (prefix === "") {
        codes = null;
        break;
      }
      codes.add(prefix.charCodeAt(0));
    }
    starts.push(codes);
  }
  const anyStart = all.filter((_, i) => starts[i] === null);
  const byFirst = /* @__PURE__ */ new Map();
  for (const codes of starts) for (const code of codes ?? []) byFirst.set(code, []);
  for (const [code, list] of byFirst) for (let i = 0; i < all.length; i++) if (starts[i] === null || starts[i].has(code)) list.push(all[i]);
  return { all, byFirst: byFirst.size === 0 ? null : byFirst, anyStart };
}
var DASH2 = 45;
var NOT_OPTION_DASH_CODE2 = NOT_OPTION_DASH.charCodeAt(0);
function patternsFor(plan, text2) {
  if (plan.byFirst === null || text2.length === 0) return plan.all;
  const code = text2.charCodeAt(0);
  return plan.byFirst.get(code === NOT_OPTION_DASH_CODE2 ? DASH2 : code) ?? plan.anyStart;
}

// src/engine/evaluate.ts
var DEFAULT_DENY_REASON = "no rule allows this (deny by default)";
var PARSER_NOT_LOADED_REASON = "the shell parser was not loaded when this line needed it, so it was never analysed (await prepareShellAnalysis(commands) before evaluating)";
function newSubject(type, fields, text2) {
  return {
    type,
    fields,
    commandForms: void 0,
    allowText: void 0,
    allowForms: void 0,
    denyForms: void 0,
    infra: void 0,
    attributes: void 0,
    opaque: void 0,
    openEnded: void 0,
    outside: void 0,
    foldedPath: void 0,
    recursive: void 0,
    text: text2
  };
}
function evaluate(policySet, input, options = {}) {
  validatePolicySet(policySet);
  return evaluateCheckedAction(policySet, validateAction(input), options);
}
function evaluateCheckedAction(policySet, action, options = {}, analysis) {
  if (action.type === "shell.execute") {
    return analysis === void 0 ? evaluateShell(policySet, action.command, options) : judgeShellAnalysis(policySet, analysis, options);
  }
  const subjects = toSubjects(policySet, action);
  if (subjects.length === 1) return combine([judge(policySet, subjects[0], "action", options)], subjects[0].text);
  const parts = subjects.map((subject) => judge(policySet, subject, "action", options));
  return combine(parts, subjects.map((s) => s.text).join(" | "));
}
function evaluateShell(policySet, command, options) {
  const missesBefore = treeSitterMisses();
  const analysis = analyzeShellCommand(command);
  if (treeSitterMisses() !== missesBefore) return unanalysedLine(joinedTexts(analysis.commands));
  return judgeShellAnalysis(policySet, analysis, options);
}
function judgeShellAnalysis(policySet, analysis, options = {}) {
  const parts = [];
  for (const simple of analysis.commands) {
    const subject = newSubject("shell.execute", { command: simple.text }, simple.text);
    subject.commandForms = equivalentForms(simple.text);
    subject.opaque = simple.opaque;
    if (simple.allowText !== void 0) {
      subject.allowText = simple.allowText;
      subject.allowForms = equivalentForms(simple.allowText);
    }
    if (simple.allowForms) {
      subject.allowText ??= simple.text;
      subject.allowForms = [...subject.allowForms ?? [], ...simple.allowForms.flatMap((form) => [form, ...equivalentForms(form) ?? []])];
    }
    if (simple.knownPrefix !== void 0 && !strictRuleCouldMatch(policySet, simple.knownPrefix)) {
      subject.openEnded = simple.knownAllowPrefix ?? simple.knownPrefix;
    }
    if (simple.judgedAs) subject.denyForms = [simple.judgedAs, ...equivalentForms(simple.judgedAs) ?? []];
    const part = judge(policySet, subject, simple.opaque ? "opaque" : "command", options);
    if (simple.raw !== simple.text) part.raw = simple.raw;
    parts.push(part);
  }
  for (const implied of analysis.implied) {
    for (const subject of toSubjects(policySet, implied.action)) {
      if (implied.opaque) subject.opaque = implied.opaque;
      if (implied.outside) subject.outside = true;
      if (implied.recursive) subject.recursive = implied.recursive;
      const part = judge(policySet, subject, "implied", options);
      if (subject.recursive && part.decision !== "allow") part.reason = recursiveReason(part, subject);
      if (implied.ownInput && part.rule === null && part.decision === "deny" && !implied.opaque && !subject.outside) {
        part.decision = "allow";
        part.reason = `${implied.ownInput}; no deny or approval rule names this file`;
      }
      part.raw = implied.via;
      parts.push(part);
    }
  }
  const normalized = joinedTexts(analysis.commands);
  if (parts.length === 0) {
    return {
      decision: "deny",
      rule: null,
      reason: "no command found to judge (empty or only comments)",
      normalized,
      matchedRules: [],
      parts: []
    };
  }
  return combine(parts, normalized);
}
function joinedTexts(commands) {
  if (commands.length === 1) return commands[0].text;
  let joined = "";
  for (let i = 0; i < commands.length; i++) joined += i === 0 ? commands[i].text : ` ; ${commands[i].text}`;
  return joined;
}
function unanalysedLine(normalized) {
  const part = {
    kind: "opaque",
    type: "shell.execute",
    text: normalized,
    decision: "deny",
    rule: null,
    reason: PARSER_NOT_LOADED_REASON,
    matchedRules: []
  };
  return { decision: "deny", rule: null, reason: PARSER_NOT_LOADED_REASON, normalized, matchedRules: [], parts: [part] };
}
function recursiveReason(part, subject) {
  const what = subject.type === "file.write" ? "writes" : "reads";
  if (part.rule !== null) {
    const narrow = subject.type === "file.read" ? "; name the files, or narrow the read (--include, --exclude, -g) so no such file can match" : "";
    return `${part.reason} (this ${what} everything under ${subject.text}, which can hold files the rule names${narrow})`;
  }
  const base = subject.text === "." ? "**" : `${subject.text}/**`;
  return `${part.reason}: it ${what} everything under ${subject.text}${subject.recursive?.followsLinks ? ", following links that may lead anywhere" : ""}, and no allow pattern covers all of it (such as ${base})`;
}
function combine(parts, normalized) {
  if (parts.length === 1) {
    const part = parts[0];
    return { decision: part.decision, rule: part.rule, reason: part.reason, normalized, matchedRules: part.matchedRules, parts };
  }
  let decisive = parts[0];
  const matched = [];
  let seen;
  for (const part of parts) {
    const stricter = strictness(part.decision) > strictness(decisive.decision);
    const sameButNamed = part.decision === decisive.decision && decisive.rule === null && part.rule !== null;
    if (stricter || sameButNamed) decisive = part;
    for (const id of part.matchedRules) {
      if (seen ? seen.has(id) : matched.includes(id)) continue;
      matched.push(id);
      if (seen) seen.add(id);
      else if (matched.length > 16) seen = new Set(matched);
    }
  }
  const reason = decisive.decision === "allow" ? `all ${parts.length} parts allowed (${allowedBy(parts)})` : `${decisive.kind === "implied" ? decisive.type : "command"} \`${decisive.text}\`: ${decisive.reason}`;
  return {
    decision: decisive.decision,
    rule: decisive.rule,
    reason,
    normalized,
    matchedRules: matched,
    parts
  };
}
function strictness(verdict) {
  return verdict === "deny" ? STRICTNESS.deny : verdict === "require_approval" ? STRICTNESS.require_approval : STRICTNESS.allow;
}
function toSubjects(policySet, action) {
  switch (action.type) {
    case "file.read":
    case "file.write": {
      const path = normalizePath(action.path, policySet.root);
      const fields = action.type === "file.write" ? { path, change: action.change ?? "" } : { path };
      const subject = newSubject(action.type, fields, path);
      subject.outside = isOutsideRepository(path);
      const folded = path.toLowerCase();
      if (folded !== path) subject.foldedPath = folded;
      return [subject];
    }
    case "network.request":
      return destinationReadings(action.destination).map((destination) => newSubject(action.type, { destination }, destination));
    case "infra.change": {
      const fields = { address: action.address, type: action.resourceType, provider: action.provider, change: action.change, module: action.module };
      const subject = newSubject(action.type, fields, `${action.change} ${action.address}`);
      subject.infra = action;
      subject.attributes = action.after;
      return [subject];
    }
    case "tool.call": {
      const subject = newSubject(action.type, { tool: action.tool, server: action.server }, action.tool);
      subject.attributes = action.input;
      return [subject];
    }
  }
}
function judge(policySet, subject, kind, options) {
  const rules = options.trace || subject.recursive ? policySet.byType[subject.type] : candidatesOf(policySet, subject);
  let deny;
  let approval;
  let allow;
  const matchedRules = [];
  const trace = options.trace ? [] : void 0;
  for (const rule of rules) {
    let matched;
    if (trace) {
      const why = explainRule(rule, subject);
      trace.push({ rule: rule.id, effect: rule.effect, matched: why.matched, why: why.text });
      matched = why.matched;
    } else {
      matched = ruleMatches(rule, subject);
    }
    if (!matched) continue;
    matchedRules.push(rule.id);
    if (rule.effect === "deny") deny = pickFirst(deny, rule);
    else if (rule.effect === "require_approval") approval = pickFirst(approval, rule);
    else allow = pickFirst(allow, rule);
  }
  const deciding = deny ?? approval ?? allow;
  const part = {
    kind,
    type: subject.type,
    text: subject.text,
    decision: deciding ? deciding.effect : "deny",
    rule: deciding ? deciding.id : null,
    reason: deciding ? deciding.reason : subject.opaque ? `cannot be analysed: ${subject.opaque} (deny unless a rule names it exactly)` : DEFAULT_DENY_REASON,
    matchedRules
  };
  if (trace) part.trace = trace;
  return part;
}
function candidatesOf(policySet, subject) {
  const type = subject.type;
  if (!beginCandidates(policySet, type)) return policySet.byType[type];
  addCandidateText(subject.text);
  const { commandForms, denyForms, allowForms, allowText, openEnded, foldedPath } = subject;
  if (commandForms) for (const form of commandForms) addCandidateText(form);
  if (denyForms) for (const form of denyForms) addCandidateText(form);
  if (allowForms) for (const form of allowForms) addCandidateText(form);
  if (allowText !== void 0) addCandidateText(allowText);
  if (openEnded !== void 0) addCandidateText(openEnded);
  if (foldedPath !== void 0) addCandidateText(foldedPath);
  return endCandidates();
}
function pickFirst(current, candidate) {
  return current === void 0 || candidate.id < current.id ? candidate : current;
}
var MATCHES_ALL = "no conditions: matches every action of its type";
var OPAQUE_NEEDS_NAME = "allow rules must name an opaque command; this one has no conditions";
function ruleMatches(rule, subject) {
  if (rule.conditions.length === 0) return !(subject.opaque && rule.effect === "allow");
  for (const condition of rule.conditions) {
    if (matchCondition(condition, subject, rule.effect) === null) return false;
  }
  return true;
}
function explainRule(rule, subject) {
  if (rule.conditions.length === 0) {
    if (subject.opaque && rule.effect === "allow") return { matched: false, text: OPAQUE_NEEDS_NAME };
    return { matched: true, text: MATCHES_ALL };
  }
  const matchedBy = [];
  for (const condition of rule.conditions) {
    const hit = matchCondition(condition, subject, rule.effect);
    if (hit === null) return { matched: false, text: `${condition.key} does not match ${describePatterns(condition)}` };
    matchedBy.push(`${condition.key} matches "${hit}"`);
  }
  return { matched: true, text: matchedBy.join(", ") };
}
function matchCondition(condition, subject, effect) {
  if (condition.attributePaths !== void 0) return matchAttributes(condition, subject, effect);
  if (effect === "allow" && condition.key === "command" && subject.allowText !== void 0) {
    const allowHit = firstMatchingPattern(condition, subject.allowText, subject, effect);
    if (allowHit !== null) return allowHit;
    if (subject.allowForms) for (const form of subject.allowForms) {
      const formHit = firstMatchingPattern(condition, form, subject, effect);
      if (formHit !== null) return formHit;
    }
    return null;
  }
  const hit = firstMatchingPattern(condition, subject.fields[condition.key] ?? "", subject, effect);
  if (hit !== null) return hit;
  if (condition.key === "path" && effect !== "allow" && subject.foldedPath !== void 0) {
    return firstMatchingPattern(condition, subject.foldedPath, subject, effect);
  }
  if (condition.key !== "command") return hit;
  if (subject.commandForms) for (const form of subject.commandForms) {
    const formHit = firstMatchingPattern(condition, form, subject, effect);
    if (formHit !== null) return formHit;
  }
  if (effect === "allow") return null;
  if (subject.denyForms) for (const form of subject.denyForms) {
    const formHit = firstMatchingPattern(condition, form, subject, effect);
    if (formHit !== null) return formHit;
  }
  return null;
}
function firstMatchingPattern(condition, text2, subject, effect) {
  const plan = conditionPlan(condition);
  const patterns = subject.opaque !== void 0 || subject.recursive !== void 0 ? plan.all : patternsFor(plan, text2);
  for (const { pattern, source, outsideAnchor, wildcard } of patterns) {
    if (subject.outside && effect === "allow" && !outsideAnchor) continue;
    if (subject.opaque && effect === "allow" && wildcard) {
      if (subject.openEnded !== void 0 && coversOpenEnd(pattern, subject.openEnded)) return source;
      continue;
    }
    if (subject.recursive && condition.key === "path") {
      const reach = pathReachOf(pattern);
      if (effect === "allow" ? reach.covers(text2, subject.recursive) : pattern.test(text2) || reach.reaches(text2, subject.recursive)) {
        return source;
      }
      continue;
    }
    if (pattern.test(text2)) return source;
  }
  return null;
}
var pathReaches = /* @__PURE__ */ new WeakMap();
function pathReachOf(pattern) {
  let reach = pathReaches.get(pattern);
  if (!reach) pathReaches.set(pattern, reach = new PathReach(pattern.source));
  return reach;
}
function allowedBy(parts) {
  if (parts.length > 16) return Array.from(new Set(parts.map((part) => part.rule ?? part.reason))).join(", ");
  let joined = "";
  for (let i = 0; i < parts.length; i++) {
    const name = parts[i].rule ?? parts[i].reason;
    let seen = false;
    for (let j = 0; j < i && !seen; j++) seen = (parts[j].rule ?? parts[j].reason) === name;
    if (!seen) joined = i === 0 ? name : `${joined}, ${name}`;
  }
  return joined;
}
function isOutsideRepository(path) {
  return path.startsWith("/") || path.startsWith("~");
}
function coversOpenEnd(pattern, knownAllowPrefix) {
  return openAlternativesOf(pattern).some((alternative) => alternative.test(knownAllowPrefix));
}
var openAlternatives = /* @__PURE__ */ new WeakMap();
function openAlternativesOf(pattern) {
  let found = openAlternatives.get(pattern);
  if (found) return found;
  const source = pattern.source;
  const open = (text2) => text2.endsWith("*") && !text2.endsWith("\\*");
  if (!source.includes("{")) found = open(source) ? [pattern] : [];
  else found = expandBraces(source).filter(open).map((alternative) => alternative === source ? pattern : compileTextGlob(alternative));
  openAlternatives.set(pattern, found);
  return found;
}
var strictStarts = /* @__PURE__ */ new WeakMap();
var GLOB_SPECIAL = /[*?[{\\]|[@!+]\(/;
function strictPatternStarts(policySet) {
  let starts = strictStarts.get(policySet);
  if (starts) return starts;
  starts = [];
  for (const rule of policySet.byType["shell.execute"]) {
    if (rule.effect === "allow") continue;
    const condition = rule.conditions.find((c) => c.key === "command");
    if (!condition) {
      starts.push("");
      continue;
    }
    for (const pattern of condition.patterns) {
      for (const alternative of expandBraces(pattern.source)) {
        const special = alternative.search(GLOB_SPECIAL);
        starts.push(special < 0 ? alternative : alternative.slice(0, special));
      }
    }
  }
  strictStarts.set(policySet, starts);
  return starts;
}
function strictRuleCouldMatch(policySet, prefix) {
  const spaced = equivalentForms(prefix)?.[0];
  return strictPatternStarts(policySet).some(
    (start) => start.startsWith(prefix) || prefix.startsWith(start) || spaced !== void 0 && (start.startsWith(spaced) || spaced.startsWith(start))
  );
}
function equivalentForms(text2) {
  let spaced = "";
  let copied = 0;
  let at = text2.indexOf("--");
  while (at !== -1) {
    let end = at + 2;
    if ((at === 0 || text2.charCodeAt(at - 1) === SPACE2) && end < text2.length && isLetterOrDigit(text2.charCodeAt(end))) {
      end++;
      while (end < text2.length && (isLetterOrDigit(text2.charCodeAt(end)) || text2.charCodeAt(end) === DASH3)) end++;
      if (text2.charCodeAt(end) === EQUALS) {
        spaced += text2.slice(copied, end) + " ";
        copied = end + 1;
        at = text2.indexOf("--", copied);
        continue;
      }
    }
    at = text2.indexOf("--", at + 1);
  }
  return copied === 0 ? void 0 : [spaced + text2.slice(copied)];
}
var SPACE2 = 32;
var DASH3 = 45;
var EQUALS = 61;
function isLetterOrDigit(code) {
  return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122;
}
function matchAttributes(condition, subject, effect) {
  const attributes = subject.attributes ?? [];
  for (const attribute of attributes) {
    if (condition.attributePaths && !condition.attributePaths.some((p) => p.test(attribute.path))) continue;
    if (attribute.unknown || attribute.sensitive) {
      if (effect === "allow") continue;
      return `${attribute.path} (${attribute.unknown ? "unknown until apply" : "sensitive"})`;
    }
    for (const pattern of condition.patterns) {
      if (pattern.test(attribute.value)) return `${attribute.path} = ${pattern.source}`;
    }
  }
  return null;
}
function describePatterns(condition) {
  const values = condition.patterns.map((p) => `"${p.source}"`).join(" or ");
  if (condition.attributePaths === void 0) return values;
  const paths = (condition.attributePaths ?? []).map((p) => `"${p.source}"`).join(" or ");
  return `${values} at ${paths || "any attribute"}`;
}

export {
  normalizePath,
  normalizeDestination,
  SafeClawInputError,
  validateAction,
  validateActions,
  validatePolicySet,
  DEFAULT_DENY_REASON,
  evaluate,
  evaluateCheckedAction
};
