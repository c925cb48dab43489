import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  ACTION_TYPES,
  STRICTNESS,
  analyzeShellCommand,
  expandBraces,
  hasWildcard
} from "./chunk-CY66CH4F.js";

// src/engine/normalize.ts
import { posix } from "node:path";
function normalizePath(path, root) {
  if (isNormalRelative(path)) return path;
  let absolute = posix.normalize(posix.isAbsolute(path) ? path : posix.join(root, path));
  if (absolute.length > 1 && absolute.endsWith("/")) absolute = absolute.slice(0, -1);
  const rootWithSlash = root.endsWith("/") ? root : root + "/";
  if (absolute === root || absolute + "/" === rootWithSlash) return ".";
  return absolute.startsWith(rootWithSlash) ? absolute.slice(rootWithSlash.length) : absolute;
}
function isNormalRelative(path) {
  if (path === "" || path.charCodeAt(0) === 47) return false;
  let segmentStart = 0;
  for (let i = 0; i <= path.length; i++) {
    if (i < path.length && path.charCodeAt(i) !== 47) continue;
    const length = i - segmentStart;
    if (length === 0) return false;
    if (path.charCodeAt(segmentStart) === 46 && (length === 1 || length === 2 && path.charCodeAt(segmentStart + 1) === 46)) return false;
    segmentStart = i + 1;
  }
  return true;
}
var SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
function destinationReadings(destination) {
  const rfc = normalizeDestination(destination);
  const special = SPECIAL_SCHEME.exec(destination.trim());
  if (!destination.includes("\\") && !special) return [rfc];
  let whatwgText = destination.trim().replaceAll("\\", "/");
  if (special) whatwgText = "//" + whatwgText.slice(special[0].length).replace(/^\/+/, "");
  const whatwg = normalizeDestination(whatwgText);
  return whatwg === rfc ? [rfc] : [rfc, whatwg];
}
var SPECIAL_SCHEME = /^(?:https?|wss?|ftp):(?!\/\/[^/\\])/i;
function normalizeDestination(destination) {
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
  host = canonicalHost(host);
  const portText = port === "" ? "" : ":" + String(Number(port));
  return host + portText + path;
}
var PLAIN_HOST = /^[a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)*$/;
var WILDCARD_DNS = /^(?:.*?[.-])?((?:\d{1,3}[.-]){3}\d{1,3}|[0-9a-f]{8})\.(?:nip\.io|sslip\.io|xip\.io|nip\.direct|localtest\.me)$/;
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
function canonicalHost(host) {
  const named = canonicalHostName(host);
  return embeddedAddress(named) ?? named;
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
  if (type === "infra.change" && record.after !== void 0) checkAfter(record.after, `${field}.after`);
  if (type === "tool.call" && record.input !== void 0) checkAfter(record.input, `${field}.input`);
  if (hasType && !hasAction) return record;
  const { action: _given, ...rest } = record;
  return { ...rest, type };
}
var ALLOWED_FIELDS = Object.fromEntries(
  ACTION_TYPES.map((type) => [type, /* @__PURE__ */ new Set(["type", "origin", ...Object.keys(SHAPES[type].required), ...Object.keys(SHAPES[type].optional)])])
);
function isPlainValidAction(value) {
  if (typeof value !== "object" || value === null) return false;
  const record = value;
  const type = record.type;
  if (typeof type !== "string" || !Object.hasOwn(SHAPES, type) || Object.hasOwn(record, "action")) return false;
  const shape = SHAPES[type];
  const allowed = ALLOWED_FIELDS[type];
  for (const name in shape.required) if (shape.required[name](record[name]) !== null) return false;
  for (const name in record) {
    if (!Object.hasOwn(record, name)) continue;
    if (!allowed.has(name)) return false;
    if (name === "type" || Object.hasOwn(shape.required, name) || record[name] === void 0) continue;
    if (name === "origin") {
      if (!isPlainOrigin(record.origin)) return false;
    } else if (name === "after" || name === "input" || shape.optional[name](record[name]) !== null) {
      return false;
    }
  }
  return true;
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

// src/engine/rule-index.ts
var INDEXED = {
  "shell.execute": { key: "command", separator: " " },
  "file.read": { key: "path", separator: "/" },
  "file.write": { key: "path", separator: "/" },
  "network.request": { key: "destination", separator: "/" }
};
var LITERAL = /^[A-Za-z0-9_.,:=%-]$/;
var DEPTH = 2;
var indexes = /* @__PURE__ */ new WeakMap();
function requiredLeadingWords(rule, key, separator) {
  const condition = rule.conditions.find((c) => c.key === key);
  if (!condition) return null;
  const keys = /* @__PURE__ */ new Set();
  for (const pattern of condition.patterns) {
    for (const alternative of expandBraces(pattern.source)) {
      const words = literalLeadingWords(alternative, separator);
      if (words.length === 0) return null;
      keys.add(words.join(separator));
    }
  }
  return keys;
}
function literalLeadingWords(glob, separator) {
  const words = [];
  let from = 0;
  while (words.length < DEPTH) {
    const end = glob.indexOf(separator, from);
    if (end <= from) break;
    const word = glob.slice(from, end);
    if (word === "." || word === "..") break;
    if (![...word].every((ch) => LITERAL.test(ch))) break;
    words.push(word);
    from = end + separator.length;
  }
  return words;
}
function buildTypeIndex(rules, key, separator) {
  const filed = /* @__PURE__ */ new Map();
  const anyWords = [];
  for (const rule of rules) {
    const keys = requiredLeadingWords(rule, key, separator);
    if (keys === null) {
      anyWords.push(rule);
      continue;
    }
    for (const words of keys) {
      let set = filed.get(words);
      if (!set) filed.set(words, set = /* @__PURE__ */ new Set());
      set.add(rule);
    }
  }
  const any = new Set(anyWords);
  const byWords = /* @__PURE__ */ new Map();
  for (const [words, set] of filed) {
    const first = filed.get(words.split(separator)[0]);
    byWords.set(words, rules.filter((rule) => set.has(rule) || first?.has(rule) || any.has(rule)));
  }
  return { key, separator, byWords, anyWords };
}
function indexOf(policySet) {
  let index = indexes.get(policySet);
  if (!index) {
    index = {};
    for (const [type, spec] of Object.entries(INDEXED)) {
      index[type] = buildTypeIndex(policySet.byType[type], spec.key, spec.separator);
    }
    indexes.set(policySet, index);
  }
  return index;
}
function leadingWords(text2, separator) {
  const first = text2.indexOf(separator);
  if (first === -1) return ["", text2];
  const second = text2.indexOf(separator, first + 1);
  return [second === -1 ? "" : text2.slice(0, second), text2.slice(0, first)];
}
function candidateRules(policySet, type, fields, forms) {
  const index = indexOf(policySet)[type];
  if (!index) return policySet.byType[type];
  const [two, one] = leadingWords(fields[index.key] ?? "", index.separator);
  if (forms?.some((form) => leadingWords(form, index.separator).join("\n") !== two + "\n" + one)) return policySet.byType[type];
  return two && index.byWords.get(two) || index.byWords.get(one) || index.anyWords;
}

// src/engine/evaluate.ts
var DEFAULT_DENY_REASON = "no rule allows this (deny by default)";
function evaluate(policySet, input, options = {}) {
  validatePolicySet(policySet);
  const action = validateAction(input);
  if (action.type === "shell.execute") return evaluateShell(policySet, action.command, options);
  const subjects = toSubjects(policySet, action);
  const parts = subjects.map((subject) => judge(policySet, subject, "action", options));
  return combine(parts, subjects.map((s) => s.text).join(" | "));
}
function evaluateShell(policySet, command, options) {
  const analysis = analyzeShellCommand(command);
  const parts = [];
  for (const simple of analysis.commands) {
    const subject = {
      type: "shell.execute",
      fields: { command: simple.text },
      commandForms: equivalentForms(simple.text),
      text: simple.text,
      opaque: simple.opaque
    };
    if (simple.allowText !== void 0) {
      subject.allowText = simple.allowText;
      subject.allowForms = equivalentForms(simple.allowText);
    }
    if (simple.knownPrefix !== void 0 && !strictRuleCouldMatch(policySet, simple.knownPrefix)) subject.openEnded = simple.knownPrefix;
    if (simple.judgedAs) subject.denyForms = [simple.judgedAs, ...equivalentForms(simple.judgedAs) ?? []];
    const part = judge(policySet, subject, simple.opaque ? "opaque" : "command", options);
    if (simple.raw !== simple.text) part.raw = simple.raw;
    parts.push(part);
  }
  for (const implied of analysis.implied) {
    for (const subject of toSubjects(policySet, implied.action)) {
      if (implied.opaque) subject.opaque = implied.opaque;
      const part = judge(policySet, subject, "implied", options);
      if (implied.ownInput && part.rule === null && part.decision === "deny" && !implied.opaque) {
        part.decision = "allow";
        part.reason = `${implied.ownInput}; no deny or approval rule names this file`;
      }
      part.raw = implied.via;
      parts.push(part);
    }
  }
  const normalized = analysis.commands.map((c) => c.text).join(" ; ");
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
function combine(parts, normalized) {
  if (parts.length === 1) {
    const [part] = parts;
    return { decision: part.decision, rule: part.rule, reason: part.reason, normalized, matchedRules: part.matchedRules, parts };
  }
  let decisive = parts[0];
  for (const part of parts) {
    const stricter = STRICTNESS[part.decision] > STRICTNESS[decisive.decision];
    const sameButNamed = part.decision === decisive.decision && decisive.rule === null && part.rule !== null;
    if (stricter || sameButNamed) decisive = part;
  }
  const matched = /* @__PURE__ */ new Set();
  for (const part of parts) for (const id of part.matchedRules) matched.add(id);
  const reason = decisive.decision === "allow" ? `all ${parts.length} parts allowed (${[...new Set(parts.map((p) => p.rule))].join(", ")})` : `${decisive.kind === "implied" ? decisive.type : "command"} \`${decisive.text}\`: ${decisive.reason}`;
  return {
    decision: decisive.decision,
    rule: decisive.rule,
    reason,
    normalized,
    matchedRules: [...matched],
    parts
  };
}
function toSubjects(policySet, action) {
  switch (action.type) {
    case "file.read":
    case "file.write": {
      const path = normalizePath(action.path, policySet.root);
      const fields = { path };
      if (action.type === "file.write") fields.change = action.change ?? "";
      return [{ type: action.type, fields, text: path, outside: isOutsideRepository(path) }];
    }
    case "network.request":
      return destinationReadings(action.destination).map((destination) => ({
        type: action.type,
        fields: { destination },
        text: destination
      }));
    case "infra.change":
      return [{
        type: action.type,
        fields: {
          address: action.address,
          type: action.resourceType,
          provider: action.provider,
          change: action.change,
          module: action.module
        },
        infra: action,
        attributes: action.after,
        text: `${action.change} ${action.address}`
      }];
    case "tool.call":
      return [{ type: action.type, fields: { tool: action.tool, server: action.server }, attributes: action.input, text: action.tool }];
  }
}
function judge(policySet, subject, kind, options) {
  const rules = options.trace ? policySet.byType[subject.type] : candidateRules(policySet, subject.type, subject.fields, subject.denyForms ? [...subject.commandForms ?? [], ...subject.denyForms] : subject.commandForms);
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
    for (const form of subject.allowForms ?? []) {
      const formHit = firstMatchingPattern(condition, form, subject, effect);
      if (formHit !== null) return formHit;
    }
    return null;
  }
  const hit = firstMatchingPattern(condition, subject.fields[condition.key] ?? "", subject, effect);
  if (hit !== null || condition.key !== "command") return hit;
  for (const form of subject.commandForms ?? []) {
    const formHit = firstMatchingPattern(condition, form, subject, effect);
    if (formHit !== null) return formHit;
  }
  if (effect === "allow") return null;
  for (const form of subject.denyForms ?? []) {
    const formHit = firstMatchingPattern(condition, form, subject, effect);
    if (formHit !== null) return formHit;
  }
  return null;
}
function firstMatchingPattern(condition, text2, subject, effect) {
  for (const pattern of condition.patterns) {
    if (subject.outside && effect === "allow" && !/^[/~]/.test(pattern.source)) continue;
    if (subject.opaque && effect === "allow" && hasWildcard(pattern.source)) {
      if (subject.openEnded !== void 0 && coversOpenEnd(pattern.source, subject.openEnded)) return pattern.source;
      continue;
    }
    if (pattern.test(text2)) return pattern.source;
  }
  return null;
}
function isOutsideRepository(path) {
  return path.startsWith("/") || path.startsWith("~");
}
function coversOpenEnd(source, knownPrefix) {
  if (!source.endsWith("*") || source.endsWith("\\*")) return false;
  const literal = source.slice(0, -1);
  return !hasWildcard(literal) && !literal.includes("\\") && knownPrefix.startsWith(literal);
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
  if (!text2.includes("--") || !text2.includes("=")) return void 0;
  const spaced = text2.replace(/(^| )(--[A-Za-z0-9][A-Za-z0-9-]*)=/g, "$1$2 ");
  return spaced === text2 ? void 0 : [spaced];
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
  DEFAULT_DENY_REASON,
  evaluate
};
