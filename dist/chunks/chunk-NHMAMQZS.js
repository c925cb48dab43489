import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  STRICTNESS,
  analyzeShellCommand,
  expandBraces,
  hasWildcard
} from "./chunk-PTTJIL5Z.js";

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
  if (!destination.includes("\\")) return [rfc];
  const whatwg = normalizeDestination(destination.replaceAll("\\", "/"));
  return whatwg === rfc ? [rfc] : [rfc, whatwg];
}
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
function canonicalHost(host) {
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
function expandIpv6(text) {
  const [head, tail, extra] = text.split("::");
  if (extra !== void 0) return null;
  const parse = (part) => part ? part.split(":").map((g) => parseInt(g, 16)) : [];
  const left = parse(head);
  const right = tail === void 0 ? [] : parse(tail);
  const missing = 8 - left.length - right.length;
  if (missing < 0 || tail === void 0 && missing !== 0) return null;
  const groups = [...left, ...new Array(missing).fill(0), ...right];
  return groups.some((g) => Number.isNaN(g)) ? null : groups;
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
function leadingWords(text, separator) {
  const first = text.indexOf(separator);
  if (first === -1) return ["", text];
  const second = text.indexOf(separator, first + 1);
  return [second === -1 ? "" : text.slice(0, second), text.slice(0, first)];
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
function evaluate(policySet, action, options = {}) {
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
    const part = judge(policySet, subject, simple.opaque ? "opaque" : "command", options);
    if (simple.raw !== simple.text) part.raw = simple.raw;
    parts.push(part);
  }
  for (const implied of analysis.implied) {
    for (const subject of toSubjects(policySet, implied.action)) {
      if (implied.opaque) subject.opaque = implied.opaque;
      const part = judge(policySet, subject, "implied", options);
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
      return [{ type: action.type, fields, text: path }];
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
        text: `${action.change} ${action.address}`
      }];
  }
}
function judge(policySet, subject, kind, options) {
  const rules = options.trace ? policySet.byType[subject.type] : candidateRules(policySet, subject.type, subject.fields, subject.commandForms);
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
  if (condition.key === "after") return matchAttributes(condition, subject, effect);
  const hit = firstMatchingPattern(condition, subject.fields[condition.key] ?? "", subject, effect);
  if (hit !== null || condition.key !== "command" || !subject.commandForms) return hit;
  for (const form of subject.commandForms) {
    const formHit = firstMatchingPattern(condition, form, subject, effect);
    if (formHit !== null) return formHit;
  }
  return null;
}
function firstMatchingPattern(condition, text, subject, effect) {
  for (const pattern of condition.patterns) {
    if (subject.opaque && effect === "allow" && hasWildcard(pattern.source)) continue;
    if (pattern.test(text)) return pattern.source;
  }
  return null;
}
function equivalentForms(text) {
  if (!text.includes("--") || !text.includes("=")) return void 0;
  const spaced = text.replace(/(^| )(--[A-Za-z0-9][A-Za-z0-9-]*)=/g, "$1$2 ");
  return spaced === text ? void 0 : [spaced];
}
function matchAttributes(condition, subject, effect) {
  const attributes = subject.infra?.after ?? [];
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
  if (condition.key !== "after") return values;
  const paths = (condition.attributePaths ?? []).map((p) => `"${p.source}"`).join(" or ");
  return `${values} at ${paths || "any attribute"}`;
}

export {
  normalizePath,
  normalizeDestination,
  DEFAULT_DENY_REASON,
  evaluate
};
