// What the library's entry points (`evaluate`, `evaluateAll`) accept, checked
// before the engine sees it. A library caller is often glue code between an agent
// and SafeClaw: a wrong shape must be a clear error naming the field, never a
// `TypeError` from deep inside the engine, and never a decision on half an action.
//
// Both spellings of the action type are accepted: `type` (the Action type) and
// `action` (the JSONL input format of `safeclaw check`). Values are never echoed
// in messages (a command may hold a secret), only their kind; a type or field
// name is shown only when it looks like a name (letters, `_`, dots).
import { ACTION_TYPES, type Action, type ActionType, type PolicySet } from '../types.js';

/** An Action, or the same with `action` instead of `type` (one line of SafeClaw's JSONL input). */
export type ActionInput = Action | DistributiveJsonlForm<Action>;
type DistributiveJsonlForm<A> = A extends { type: infer T } ? Omit<A, 'type'> & { action: T } : never;

/** The input given to `evaluate` / `evaluateAll` is not an action SafeClaw can judge. */
export class SafeClawInputError extends Error {
  /** Where in the input: `action.command`, `actions[3].path`… */
  readonly field: string;

  constructor(field: string, problem: string, example?: string) {
    super(`invalid input: ${field} ${problem}${example ? ` (e.g. ${example})` : ''}`);
    this.name = 'SafeClawInputError';
    this.field = field;
  }
}

type FieldCheck = (value: unknown) => string | null;

const nonEmptyText: FieldCheck = (value) =>
  typeof value !== 'string' ? `must be a non-empty string (got ${kindOf(value)})` : value === '' ? 'must be a non-empty string (got an empty string)' : null;
const text: FieldCheck = (value) => (typeof value === 'string' ? null : `must be a string (got ${kindOf(value)})`);
const oneOf = (allowed: readonly string[]): FieldCheck => (value) =>
  typeof value === 'string' && allowed.includes(value) ? null : `must be one of ${allowed.join(', ')} (got ${describe(value)})`;

interface Shape {
  required: Record<string, FieldCheck>;
  optional: Record<string, FieldCheck>;
  example: string;
}

const FILE_CHANGES = ['added', 'modified', 'deleted', 'renamed', 'copied'] as const;
const INFRA_CHANGES = ['create', 'update', 'delete', 'replace', 'import'] as const;

/** Every action type's fields. `origin` is allowed on all of them. */
const SHAPES: Record<ActionType, Shape> = {
  'shell.execute': { required: { command: nonEmptyText }, optional: {}, example: "{ type: 'shell.execute', command: 'terraform plan' }" },
  'file.read': { required: { path: nonEmptyText }, optional: {}, example: "{ type: 'file.read', path: '.env' }" },
  'file.write': { required: { path: nonEmptyText }, optional: { change: oneOf(FILE_CHANGES) }, example: "{ type: 'file.write', path: 'infra/main.tf' }" },
  'network.request': { required: { destination: nonEmptyText }, optional: {}, example: "{ type: 'network.request', destination: 'https://example.com' }" },
  'infra.change': {
    required: { address: nonEmptyText, resourceType: nonEmptyText, provider: text, change: oneOf(INFRA_CHANGES), module: text },
    optional: { after: () => null /* checked item by item below */ },
    example:
      "{ type: 'infra.change', address: 'aws_s3_bucket.logs', resourceType: 'aws_s3_bucket', provider: 'registry.terraform.io/hashicorp/aws', change: 'create', module: '' }",
  },
  'tool.call': {
    required: { tool: nonEmptyText, server: text },
    optional: { input: () => null /* checked item by item below */ },
    example: "{ type: 'tool.call', tool: 'mcp__github__create_issue', server: 'github' }",
  },
};

const ORIGIN_FIELDS: Record<string, FieldCheck> = {
  source: nonEmptyText,
  file: text,
  line: (value) => (Number.isSafeInteger(value) && (value as number) >= 1 ? null : `must be a line number, an integer from 1 (got ${kindOf(value)})`),
  detail: text,
};

/**
 * Checks one action and returns it as an Action (`type` spelling). An input that
 * already is a valid Action is returned as it is.
 */
export function validateAction(value: unknown, field = 'action'): Action {
  if (isPlainValidAction(value)) return value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SafeClawInputError(field, `must be an object with a type (got ${kindOf(value)})`, SHAPES['shell.execute'].example);
  }
  const record = value as Record<string, unknown>;
  const hasType = Object.hasOwn(record, 'type');
  const hasAction = Object.hasOwn(record, 'action');
  if (hasType && hasAction && record.type !== record.action) {
    throw new SafeClawInputError(field, 'has both `type` and `action`, and they differ: give one of them');
  }
  const type = hasType ? record.type : record.action;
  const typeKey = hasType ? 'type' : 'action';
  if (!hasType && !hasAction) {
    throw new SafeClawInputError(`${field}.type`, `is missing: one of ${ACTION_TYPES.join(', ')}`, SHAPES['shell.execute'].example);
  }
  if (typeof type !== 'string' || !Object.hasOwn(SHAPES, type)) {
    throw new SafeClawInputError(`${field}.${typeKey}`, `must be one of ${ACTION_TYPES.join(', ')} (got ${describe(type)})`);
  }
  const shape = SHAPES[type as ActionType];
  for (const [name, check] of Object.entries(shape.required)) {
    if (!Object.hasOwn(record, name)) throw new SafeClawInputError(`${field}.${name}`, `is missing: ${type} needs it`, shape.example);
    const problem = check(record[name]);
    if (problem) throw new SafeClawInputError(`${field}.${name}`, problem, shape.example);
  }
  const unknown: string[] = [];
  for (const name of Object.keys(record)) {
    if (name === 'type' || name === 'action' || Object.hasOwn(shape.required, name)) continue;
    if (name === 'origin') {
      if (record.origin !== undefined) checkOrigin(record.origin, `${field}.origin`);
    } else if (Object.hasOwn(shape.optional, name)) {
      if (record[name] === undefined) continue;
      const problem = shape.optional[name](record[name]);
      if (problem) throw new SafeClawInputError(`${field}.${name}`, problem, shape.example);
    } else {
      unknown.push(name);
    }
  }
  if (unknown.length > 0) {
    const names = unknown.slice(0, 3).map(fieldName);
    const allowed = [typeKey, ...Object.keys(shape.required), ...Object.keys(shape.optional), 'origin'];
    throw new SafeClawInputError(
      field,
      `has ${unknown.length === 1 ? 'a field' : 'fields'} ${type} does not have: ${names.join(', ')}${unknown.length > 3 ? ', …' : ''} (${type} has ${allowed.join(', ')})`,
    );
  }
  // The engine reads a field wherever the object gives it, a prototype included: one given only
  // by a prototype (a class, Object.create, a polluted Object.prototype) was checked by nothing above.
  const inherited = inheritedField(record, type as ActionType);
  if (inherited !== undefined) {
    throw new SafeClawInputError(`${field}.${inherited}`, 'is inherited from a prototype, not a field of the action itself', `give it as an own field, or leave it out: ${shape.example}`);
  }
  if (type === 'infra.change' && record.after !== undefined) checkAfter(record.after, `${field}.after`);
  if (type === 'tool.call' && record.input !== undefined) checkAfter(record.input, `${field}.input`);
  if (hasType && !hasAction) return record as unknown as Action;
  const { action: _given, ...rest } = record;
  return { ...rest, type } as unknown as Action;
}

/** The fields a type may leave out, which a prototype could therefore supply unseen. */
const INHERITABLE_FIELDS = Object.fromEntries(ACTION_TYPES.map((type) => [type, [...Object.keys(SHAPES[type].optional), 'origin']])) as unknown as Record<
  ActionType,
  readonly string[]
>;

const ALLOWED_FIELDS = Object.fromEntries(
  ACTION_TYPES.map((type) => [type, new Set(['type', 'origin', ...Object.keys(SHAPES[type].required), ...Object.keys(SHAPES[type].optional)])]),
) as unknown as Record<ActionType, ReadonlySet<string>>;

/**
 * The common case without building anything: an Action spelt with `type`, every
 * field valid. `evaluate` runs in microseconds; the detailed check below (which
 * also says what is wrong) would add a third to a file or network decision.
 */
function isPlainValidAction(value: unknown): value is Action {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  if (isBareTextAction(record)) return true;
  const type = record.type;
  if (typeof type !== 'string' || !Object.hasOwn(SHAPES, type) || Object.hasOwn(record, 'action')) return false;
  const shape = SHAPES[type as ActionType];
  const allowed = ALLOWED_FIELDS[type as ActionType];
  for (const name in shape.required) if (!Object.hasOwn(record, name) || shape.required[name](record[name]) !== null) return false;
  for (const name in record) {
    if (!Object.hasOwn(record, name)) return false; // inherited: the check below refuses what the engine would read
    if (!allowed.has(name)) return false;
    if (name === 'type' || Object.hasOwn(shape.required, name) || record[name] === undefined) continue;
    if (name === 'origin') {
      if (!isPlainOrigin(record.origin)) return false;
    } else if (name === 'after' || name === 'input' || shape.optional[name](record[name]) !== null) {
      return false; // infra attributes, and anything wrong, take the detailed path
    }
  }
  return inheritedField(record, type as ActionType) === undefined;
}

/** A field the type may leave out that a prototype gives, enumerable or not (a class's getter): validateAction refuses it by name. */
function inheritedField(record: Record<string, unknown>, type: ActionType): string | undefined {
  for (const name of INHERITABLE_FIELDS[type]) if (record[name] !== undefined && !Object.hasOwn(record, name)) return name;
  return undefined;
}

/**
 * The types whose one required field is a non-empty text (`command`, `path`,
 * `destination`): that field's name, read from SHAPES so a type added there
 * takes the bare path without a second list to keep in step.
 */
const TEXT_FIELD = new Map<string, string>();
for (const type of ACTION_TYPES) {
  const required = Object.keys(SHAPES[type].required);
  if (required.length === 1 && SHAPES[type].required[required[0]] === nonEmptyText) TEXT_FIELD.set(type, required[0]);
}

/**
 * The commonest input: `{ type, command }` (or a read's or write's `path`, a
 * request's `destination`), with at most the type's optional fields (a write's
 * `change`), all own and valid. Anything else (more fields, inherited ones)
 * takes the check below.
 */
function isBareTextAction(record: Record<string, unknown>): boolean {
  const type = record.type;
  if (typeof type !== 'string') return false;
  const field = TEXT_FIELD.get(type);
  if (field === undefined) return false;
  const text = record[field];
  if (typeof text !== 'string' || text === '') return false;
  const optional = SHAPES[type as ActionType].optional;
  for (const name in record) {
    if (name === 'type' || name === field) continue;
    if (!Object.hasOwn(optional, name) || !Object.hasOwn(record, name) || optional[name](record[name]) !== null) return false;
  }
  return Object.hasOwn(record, 'type') && Object.hasOwn(record, field) && inheritedField(record, type as ActionType) === undefined;
}

function isPlainOrigin(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const origin = value as Record<string, unknown>;
  if (ORIGIN_FIELDS.source(origin.source) !== null) return false;
  for (const name in origin) {
    if (!Object.hasOwn(origin, name)) continue;
    if (!Object.hasOwn(ORIGIN_FIELDS, name)) return false;
    if (origin[name] !== undefined && ORIGIN_FIELDS[name](origin[name]) !== null) return false;
  }
  return true;
}

/** Checks the list `evaluateAll` gets, each action with its index in messages. */
export function validateActions(value: unknown): Action[] {
  if (!Array.isArray(value)) throw new SafeClawInputError('actions', `must be an array of actions (got ${kindOf(value)})`);
  const actions = new Array<Action>(value.length);
  for (let i = 0; i < value.length; i++) actions[i] = validateAction(value[i], `actions[${i}]`);
  return actions;
}

/** A policy set is only ever made by loadPolicies / compilePolicies; anything else is a caller's mix-up. */
export function validatePolicySet(value: unknown): asserts value is PolicySet {
  const set = value as Partial<PolicySet> | null;
  if (typeof set !== 'object' || set === null || !Array.isArray(set.rules) || typeof set.byType !== 'object' || set.byType === null || typeof set.root !== 'string') {
    throw new SafeClawInputError('policySet', `must be what loadPolicies() or compilePolicies() returned (got ${kindOf(value)})`);
  }
}

function checkOrigin(value: unknown, field: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new SafeClawInputError(field, `must be an object (got ${kindOf(value)})`, "{ source: 'agent' }");
  const origin = value as Record<string, unknown>;
  if (!Object.hasOwn(origin, 'source')) throw new SafeClawInputError(`${field}.source`, 'is missing', "{ source: 'agent' }");
  for (const [name, fieldValue] of Object.entries(origin)) {
    if (!Object.hasOwn(ORIGIN_FIELDS, name)) {
      throw new SafeClawInputError(field, `has a field origins do not have: ${fieldName(name)} (origin has ${Object.keys(ORIGIN_FIELDS).join(', ')})`);
    }
    if (fieldValue === undefined && name !== 'source') continue;
    const problem = ORIGIN_FIELDS[name](fieldValue);
    if (problem) throw new SafeClawInputError(`${field}.${name}`, problem);
  }
}

const ATTRIBUTE_FIELDS: Record<string, FieldCheck> = {
  path: nonEmptyText,
  value: text,
  unknown: (value) => (typeof value === 'boolean' ? null : `must be a boolean (got ${kindOf(value)})`),
  sensitive: (value) => (typeof value === 'boolean' ? null : `must be a boolean (got ${kindOf(value)})`),
};
const ATTRIBUTE_EXAMPLE = "{ path: 'ingress.0.cidr_blocks.0', value: '0.0.0.0/0' }";

function checkAfter(value: unknown, field: string): void {
  if (!Array.isArray(value)) throw new SafeClawInputError(field, `must be an array of attributes (got ${kindOf(value)})`, `[${ATTRIBUTE_EXAMPLE}]`);
  for (let i = 0; i < value.length; i++) {
    const item = value[i] as Record<string, unknown>;
    const at = `${field}[${i}]`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new SafeClawInputError(at, `must be an object (got ${kindOf(item)})`, ATTRIBUTE_EXAMPLE);
    for (const name of ['path', 'value']) {
      if (!Object.hasOwn(item, name)) throw new SafeClawInputError(`${at}.${name}`, 'is missing', ATTRIBUTE_EXAMPLE);
    }
    for (const [name, fieldValue] of Object.entries(item)) {
      if (!Object.hasOwn(ATTRIBUTE_FIELDS, name)) {
        throw new SafeClawInputError(at, `has a field attributes do not have: ${fieldName(name)} (an attribute has path, value, unknown, sensitive)`);
      }
      if (fieldValue === undefined && (name === 'unknown' || name === 'sensitive')) continue;
      const problem = ATTRIBUTE_FIELDS[name](fieldValue);
      if (problem) throw new SafeClawInputError(`${at}.${name}`, problem, ATTRIBUTE_EXAMPLE);
    }
  }
}

/** The kind of a value, for messages: never the value itself, which may be a secret. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value === '' ? 'an empty string' : 'a string';
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : `${value}`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** A string that should have been one of a few names is shown when short and name-like: a misspelt type is no secret. */
function describe(value: unknown): string {
  return typeof value === 'string' && nameLike(value) ? JSON.stringify(value) : kindOf(value);
}

/** Letters, `_` and dots only, short: a field or type name, not a token (tokens have digits, or are long). */
function nameLike(text: string): boolean {
  return text.length <= 32 && /^[A-Za-z_]+(\.[A-Za-z_]+)*$/.test(text);
}

/** A field name for a message: shown when it looks like one, else only counted. */
function fieldName(name: string): string {
  return nameLike(name) ? JSON.stringify(name) : 'a field with an unusual name';
}
