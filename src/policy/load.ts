// Loading and validating `.safeclaw/policies/*.yaml` into a compiled PolicySet.
// Validation happens once, here, and reports every problem with file:line:column;
// evaluation (src/engine) then never meets a malformed rule.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { canonicalJson } from '../audit/canonical-json.js';
import { prepareShellAnalysis } from '../shell/analyze.js';
import {
  ACTION_TYPES,
  EFFECTS,
  type ActionType,
  type CompiledCondition,
  type CompiledPattern,
  type Effect,
  type PolicySet,
  type Rule,
  type SourcePosition,
} from '../types.js';
import { PolicyError, type PolicyProblem } from './errors.js';
import { compilePathGlob, compileTextGlob, GlobError } from './glob.js';
import { CONDITION_KEYS, PATH_KEYS, RULE_ID, RULE_KEYS } from './schema.js';

export interface PolicySource {
  /** Shown in errors: relative to the current folder where possible. */
  file: string;
  text: string;
}

/** Reads `DIR/policies/*.y{a,}ml` (sorted by name), compiles them, and readies shell analysis. */
export async function loadPolicies(dir: string): Promise<PolicySet> {
  const absoluteDir = resolve(dir);
  const policiesDir = join(absoluteDir, 'policies');
  const where = (path: string) => relative(process.cwd(), path) || path;
  const problem = (message: string, fix: string): PolicyError =>
    new PolicyError([{ position: { file: where(policiesDir), line: 0, column: 0 }, message, fix }]);

  let entries: string[];
  try {
    if (!(await stat(absoluteDir)).isDirectory()) throw problem(`${where(absoluteDir)} is not a folder`, 'pass the .safeclaw folder');
    entries = await readdir(policiesDir);
  } catch (err) {
    if (err instanceof PolicyError) throw err;
    throw problem(
      `no policies folder: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
      'run `safeclaw init` to create .safeclaw/ with deny-all defaults, or pass --policies DIR',
    );
  }
  const files = entries.filter((name) => /\.ya?ml$/i.test(name)).sort();
  const sources: PolicySource[] = [];
  for (const name of files) {
    const path = join(policiesDir, name);
    sources.push({ file: where(path), text: await readFile(path, 'utf8') });
  }
  const policySet = compilePolicies(sources, absoluteDir);
  await prepareShellAnalysis();
  return policySet;
}

/** Pure: policy texts → compiled set. Throws PolicyError listing every problem. */
export function compilePolicies(sources: PolicySource[], dir: string): PolicySet {
  const problems: PolicyProblem[] = [];
  const rules: Rule[] = [];
  const firstSeen = new Map<string, SourcePosition>();
  for (const source of sources) {
    for (const rule of parsePolicyFile(source, problems)) {
      const earlier = firstSeen.get(rule.id);
      if (earlier) {
        problems.push({
          position: rule.position,
          message: `duplicate rule id "${rule.id}" (first defined at ${earlier.file}:${earlier.line}:${earlier.column})`,
          fix: 'rule ids must be unique across all policy files; rename one',
        });
        continue;
      }
      firstSeen.set(rule.id, rule.position);
      rules.push(rule);
    }
  }
  if (problems.length > 0) throw new PolicyError(problems);

  rules.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byType = Object.fromEntries(ACTION_TYPES.map((t) => [t, [] as Rule[]])) as Record<ActionType, Rule[]>;
  for (const rule of rules) byType[rule.action].push(rule);
  const absoluteDir = resolve(dir);
  return {
    dir: absoluteDir,
    root: basename(absoluteDir) === '.safeclaw' ? dirname(absoluteDir) : absoluteDir,
    rules,
    byType,
    digest: policyDigest(rules),
    files: sources.map((s) => s.file),
  };
}

/** SHA-256 over the canonical JSON of the rules (sorted by id): the same rules give the same digest whatever the files look like. */
export function policyDigest(rules: Rule[]): string {
  const canonical = rules.map((rule) => ({
    id: rule.id,
    action: rule.action,
    effect: rule.effect,
    reason: rule.reason,
    conditions: Object.fromEntries(
      rule.conditions.map((c) => [
        c.key,
        c.attributePaths
          ? { path: c.attributePaths.map((p) => p.source), pattern: c.patterns.map((p) => p.source) }
          : { pattern: c.patterns.map((p) => p.source) },
      ]),
    ),
  }));
  return createHash('sha256').update(canonicalJson(canonical)).digest('hex');
}

function parsePolicyFile(source: PolicySource, problems: PolicyProblem[]): Rule[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number | undefined): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return { file: source.file, line, column: col };
  };
  const nodeAt = (node: Node | null | undefined, fallback?: Node | null): SourcePosition =>
    at(node?.range?.[0] ?? fallback?.range?.[0]);

  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      problems.push({
        position: at(error.pos[0]),
        message: `YAML syntax error: ${error.message.split('\n')[0]}`,
        fix: 'fix the YAML (indentation, quotes around globs that start with * or {)',
      });
    }
    return [];
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return []; // an empty file holds no rules
  if (!isMap(root)) {
    problems.push({ position: nodeAt(root), message: 'a policy file must be a mapping with a `rules:` list', fix: 'start the file with `rules:`' });
    return [];
  }
  for (const pair of root.items) {
    const key = keyOf(pair);
    if (key !== 'rules') {
      problems.push({ position: nodeAt(pair.key as Node), message: `unknown top-level key "${key}"`, fix: 'only `rules:` is allowed at the top level' });
    }
  }
  const rulesNode = root.get('rules', true) as Node | undefined;
  if (rulesNode === undefined || (isScalar(rulesNode) && rulesNode.value === null)) return [];
  if (!isSeq(rulesNode)) {
    problems.push({ position: nodeAt(rulesNode), message: '`rules` must be a list', fix: 'write each rule as a list item starting with `- id: …`' });
    return [];
  }
  const rules: Rule[] = [];
  for (const item of rulesNode.items) {
    const rule = parseRule(item as Node, nodeAt, problems);
    if (rule) rules.push(rule);
  }
  return rules;
}

function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

type PositionOf = (node: Node | null | undefined, fallback?: Node | null) => SourcePosition;

function parseRule(node: Node, nodeAt: PositionOf, problems: PolicyProblem[]): Rule | null {
  if (!isMap(node)) {
    problems.push({ position: nodeAt(node), message: 'a rule must be a mapping', fix: 'write `- id: …` then `action`, `effect`, `conditions`, `reason`' });
    return null;
  }
  const start = problems.length;
  const map = node as YAMLMap;
  for (const pair of map.items) {
    const key = keyOf(pair);
    if (!(RULE_KEYS as readonly string[]).includes(key)) {
      problems.push({ position: nodeAt(pair.key as Node), message: `unknown rule key "${key}"`, fix: `use ${RULE_KEYS.join(', ')}` });
    }
  }
  const field = (name: string) => map.get(name, true) as Node | undefined;
  const stringField = (name: string, fix: string): string | undefined => {
    const value = field(name);
    if (value === undefined || (isScalar(value) && (value.value === null || value.value === ''))) {
      problems.push({ position: nodeAt(value, node), message: `rule is missing \`${name}\``, fix });
      return undefined;
    }
    if (!isScalar(value) || typeof value.value !== 'string') {
      problems.push({ position: nodeAt(value), message: `\`${name}\` must be a string`, fix });
      return undefined;
    }
    return value.value;
  };

  const id = stringField('id', 'give every rule a unique `id`, e.g. `id: block-terraform-apply`');
  if (id !== undefined && !RULE_ID.test(id)) {
    problems.push({ position: nodeAt(field('id')), message: `rule id "${id}" has characters other than letters, digits, ".", "_" and "-"`, fix: 'rename it, e.g. block-terraform-apply' });
  }
  const action = stringField('action', `one of ${ACTION_TYPES.join(', ')}`);
  if (action !== undefined && !(ACTION_TYPES as readonly string[]).includes(action)) {
    problems.push({ position: nodeAt(field('action')), message: `unknown action "${action}"`, fix: `use one of ${ACTION_TYPES.join(', ')}` });
  }
  const effect = stringField('effect', `one of ${EFFECTS.join(', ')}`);
  if (effect !== undefined && !(EFFECTS as readonly string[]).includes(effect)) {
    problems.push({ position: nodeAt(field('effect')), message: `unknown effect "${effect}"`, fix: `use one of ${EFFECTS.join(', ')}` });
  }
  const reason = stringField('reason', 'say why in `reason`: it is shown with every decision the rule makes');

  let conditions: CompiledCondition[] = [];
  if (action !== undefined && (ACTION_TYPES as readonly string[]).includes(action)) {
    conditions = parseConditions(field('conditions'), action as ActionType, nodeAt, problems);
  }
  if (problems.length > start) return null;
  return {
    id: id!,
    action: action as ActionType,
    effect: effect as Effect,
    conditions,
    reason: reason!,
    position: nodeAt(node),
  };
}

function parseConditions(node: Node | undefined, action: ActionType, nodeAt: PositionOf, problems: PolicyProblem[]): CompiledCondition[] {
  if (node === undefined || (isScalar(node) && node.value === null)) return [];
  if (!isMap(node)) {
    problems.push({ position: nodeAt(node), message: '`conditions` must be a mapping of condition keys', fix: `e.g. \`${CONDITION_KEYS[action][0]}: { pattern: "…" }\`` });
    return [];
  }
  const allowed = CONDITION_KEYS[action];
  const conditions: CompiledCondition[] = [];
  for (const pair of node.items) {
    const key = keyOf(pair);
    const keyNode = pair.key as Node;
    if (!allowed.includes(key)) {
      problems.push({ position: nodeAt(keyNode), message: `unknown condition "${key}" for ${action}`, fix: `${action} understands ${allowed.join(', ')}` });
      continue;
    }
    const value = pair.value as Node | null;
    if (!isMap(value)) {
      const example = key === 'after' ? '{ path: "ingress.*.cidr_blocks.*", pattern: "0.0.0.0/0" }' : '{ pattern: "…" }';
      problems.push({ position: nodeAt(value, keyNode), message: `condition "${key}" must be a mapping with \`pattern\``, fix: `write \`${key}: ${example}\`` });
      continue;
    }
    const expected = key === 'after' ? ['path', 'pattern'] : ['pattern'];
    for (const inner of value.items) {
      const innerKey = keyOf(inner);
      if (!expected.includes(innerKey)) {
        problems.push({ position: nodeAt(inner.key as Node), message: `unknown key "${innerKey}" in condition "${key}"`, fix: `use ${expected.join(' and ')}` });
      }
    }
    const compile = PATH_KEYS.has(key) ? compilePathGlob : compileTextGlob;
    const patterns = parsePatterns(value.get('pattern', true) as Node | undefined, value, `${key}.pattern`, compile, nodeAt, problems);
    const condition: CompiledCondition = { key, patterns };
    if (key === 'after') {
      condition.attributePaths = parsePatterns(value.get('path', true) as Node | undefined, value, 'after.path', compileTextGlob, nodeAt, problems);
    }
    conditions.push(condition);
  }
  return conditions;
}

/** A glob or a list of globs (any matches). */
function parsePatterns(
  node: Node | undefined,
  parent: Node,
  label: string,
  compile: (pattern: string) => CompiledPattern,
  nodeAt: PositionOf,
  problems: PolicyProblem[],
): CompiledPattern[] {
  if (node === undefined) {
    problems.push({ position: nodeAt(parent), message: `\`${label}\` is missing`, fix: 'add a glob, or a list of globs' });
    return [];
  }
  const items = isSeq(node) ? (node.items as Node[]) : [node];
  if (items.length === 0) {
    problems.push({ position: nodeAt(node), message: `\`${label}\` is an empty list`, fix: 'add at least one glob' });
  }
  const patterns: CompiledPattern[] = [];
  for (const item of items) {
    if (!isScalar(item) || (typeof item.value !== 'string' && typeof item.value !== 'number')) {
      problems.push({ position: nodeAt(item, node), message: `\`${label}\` must be a string glob`, fix: 'quote it: pattern: "terraform apply*"' });
      continue;
    }
    const source = String(item.value);
    try {
      patterns.push({ ...compile(source), position: nodeAt(item) });
    } catch (err) {
      if (!(err instanceof GlobError)) throw err;
      problems.push({ position: nodeAt(item), message: `pattern "${source}" ${err.message}`, fix: 'see the glob rules in the README' });
    }
  }
  return patterns;
}
