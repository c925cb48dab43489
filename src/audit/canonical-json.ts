// RFC 8785 JSON Canonicalization Scheme (JCS). The audit chain hashes this form,
// and the policy digest is computed over it, so two machines (or two languages)
// agree on a hash whatever whitespace or key order a writer used.
//
// Scope is I-JSON (RFC 7493), as RFC 8785 §3 requires: finite numbers, strings
// without lone surrogates, plain objects and arrays. Anything else is refused
// rather than silently dropped or coerced, because a value that vanishes from
// the canonical form would vanish from the hash too.

/** A value `canonicalJson` refused, with the path of the offending part (`$.action.raw`). */
export class CanonicalJsonError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
    this.name = 'CanonicalJsonError';
  }
}

/** The RFC 8785 canonical JSON text of `value`. Throws CanonicalJsonError for non-I-JSON input. */
export function canonicalJson(value: unknown): string {
  try {
    return serialise(value, new Set());
  } catch (err) {
    if (err instanceof Refusal) throw new CanonicalJsonError('$' + err.path, err.problem);
    throw err;
  }
}

/** Internal: the path is assembled while unwinding, so the success path builds no path strings. */
class Refusal {
  path = '';
  constructor(readonly problem: string) {}
}

function serialise(value: unknown, ancestors: Set<object>): string {
  switch (typeof value) {
    case 'string':
      if (!isWellFormed(value)) throw new Refusal('string holds a lone UTF-16 surrogate (not I-JSON)');
      // ES JSON.stringify escaping is exactly RFC 8785 §3.2.2.2's.
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new Refusal(`${value} is not a JSON number`);
      // ES Number serialisation (RFC 8785 §3.2.2.3); JSON.stringify maps -0 to 0 as required.
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      return serialiseContainer(value, ancestors);
    default:
      throw new Refusal(`${typeof value} has no JSON form`);
  }
}

function serialiseContainer(value: object, ancestors: Set<object>): string {
  if (ancestors.has(value)) throw new Refusal('circular reference');
  ancestors.add(value);
  let text: string;
  if (Array.isArray(value)) {
    text = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) text += ',';
      text += member(value[i], i, ancestors);
    }
    text += ']';
  } else {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      // Dates, Maps, class instances: their JSON form depends on toJSON or is lossy.
      throw new Refusal(`${proto?.constructor?.name ?? 'object'} is not a plain JSON object`);
    }
    const record = value as Record<string, unknown>;
    // Default sort compares UTF-16 code units, which is RFC 8785 §3.2.3's order.
    const keys = Object.keys(record).sort();
    text = '{';
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (!isWellFormed(key)) {
        const refusal = new Refusal('key holds a lone UTF-16 surrogate (not I-JSON)');
        refusal.path = `.${key}`;
        throw refusal;
      }
      if (i > 0) text += ',';
      text += JSON.stringify(key) + ':' + member(record[key], key, ancestors);
    }
    text += '}';
  }
  ancestors.delete(value);
  return text;
}

/** Serialises an array item (index) or object member (key), adding its place to a refusal's path. */
function member(value: unknown, place: number | string, ancestors: Set<object>): string {
  try {
    return serialise(value, ancestors);
  } catch (err) {
    if (err instanceof Refusal) err.path = (typeof place === 'number' ? `[${place}]` : `.${place}`) + err.path;
    throw err;
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** String.prototype.isWellFormed where the runtime has it (Node 20+), a regex otherwise. */
function isWellFormed(text: string): boolean {
  const native = (text as { isWellFormed?: () => boolean }).isWellFormed;
  return native ? native.call(text) : !LONE_SURROGATE.test(text);
}
