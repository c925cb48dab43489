import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);

// src/types.ts
var ACTION_TYPES = [
  "shell.execute",
  "file.read",
  "file.write",
  "network.request",
  "infra.change",
  "tool.call"
];
var EFFECTS = ["allow", "deny", "require_approval"];
var STRICTNESS = { allow: 0, require_approval: 1, deny: 2 };

// src/plural.ts
function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

// src/audit/canonical-json.ts
var CanonicalJsonError = class extends Error {
  constructor(path, problem) {
    super(`${path}: ${problem}`);
    this.path = path;
    this.problem = problem;
    this.name = "CanonicalJsonError";
  }
  path;
  problem;
};
function canonicalJson(value) {
  try {
    return serialise(value, /* @__PURE__ */ new Set());
  } catch (err) {
    if (err instanceof Refusal) throw new CanonicalJsonError("$" + err.path, err.problem);
    throw err;
  }
}
var Refusal = class {
  constructor(problem) {
    this.problem = problem;
  }
  problem;
  path = "";
};
function serialise(value, ancestors) {
  switch (typeof value) {
    case "string":
      if (!isWellFormed(value)) throw new Refusal("string holds a lone UTF-16 surrogate (not I-JSON)");
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value)) throw new Refusal(`${value} is not a JSON number`);
      return JSON.stringify(value);
    case "boolean":
      return value ? "true" : "false";
    case "object":
      if (value === null) return "null";
      return serialiseContainer(value, ancestors);
    default:
      throw new Refusal(`${typeof value} has no JSON form`);
  }
}
function serialiseContainer(value, ancestors) {
  if (ancestors.has(value)) throw new Refusal("circular reference");
  ancestors.add(value);
  let text;
  if (Array.isArray(value)) {
    text = "[";
    for (let i = 0; i < value.length; i++) {
      if (i > 0) text += ",";
      text += member(value[i], i, ancestors);
    }
    text += "]";
  } else {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      throw new Refusal(`${proto?.constructor?.name ?? "object"} is not a plain JSON object`);
    }
    const record = value;
    const keys = Object.keys(record).sort();
    text = "{";
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (!isWellFormed(key)) {
        const refusal = new Refusal("key holds a lone UTF-16 surrogate (not I-JSON)");
        refusal.path = `.${key}`;
        throw refusal;
      }
      if (i > 0) text += ",";
      text += JSON.stringify(key) + ":" + member(record[key], key, ancestors);
    }
    text += "}";
  }
  ancestors.delete(value);
  return text;
}
function member(value, place, ancestors) {
  try {
    return serialise(value, ancestors);
  } catch (err) {
    if (err instanceof Refusal) err.path = (typeof place === "number" ? `[${place}]` : `.${place}`) + err.path;
    throw err;
  }
}
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
function isWellFormed(text) {
  const native = text.isWellFormed;
  return native ? native.call(text) : !LONE_SURROGATE.test(text);
}

export {
  ACTION_TYPES,
  EFFECTS,
  STRICTNESS,
  CanonicalJsonError,
  canonicalJson,
  plural
};
