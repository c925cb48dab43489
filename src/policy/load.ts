// Loading and validating `.safeclaw/policies/*.yaml` into a compiled PolicySet.
// Validation happens once, here, and reports every problem with file:line:column;
// evaluation (src/engine) then never meets a malformed rule.
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { LineCounter, parseDocument, visit } from 'yaml';
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
import { approverLabel, parseApprovalKeys } from './approvers.js';
import { PolicyError, type PolicyProblem } from './errors.js';
import { listPolicyFolder, readPolicyFileBytes, readPolicySources } from './files.js';
import { compilePathGlob, compileTextGlob, GlobError } from './glob.js';
import { fromYamlNode, mapGet, type PolicyNode } from './policy-tree.js';
import { parsePolicySubset, subsetLinePos } from './policy-yaml.js';
import { ATTRIBUTE_KEYS, CONDITION_KEYS, PATH_KEYS, RULE_ID, RULE_KEYS } from './schema.js';

export interface PolicySource {
  /** Shown in errors: relative to the current folder where possible. */
  file: string;
  text: string;
}

export interface LoadOptions {
  /**
   * Accept a policy set with no rules at all. Off by default: with no rules every
   * action is denied, and a gate that denies everything because its policies are
   * missing should say so instead (`policy lint` turns it into a warning).
   */
  allowEmpty?: boolean;
  /**
   * Load tree-sitter's wasm (17–27 ms) before returning, so that any command can be
   * analysed. On by default. A caller that knows its commands passes false and loads it
   * only when one needs it: it awaits prepareShellAnalysis(commands) before evaluating
   * them, or judges, and judges again with the parser loaded if that judgement needed it
   * (src/integrations/live-judge.ts). A line that needs the parser while it is not
   * loaded is denied, never allowed (src/engine/evaluate.ts).
   */
  prepareShell?: boolean;
  /**
   * Return the policy set this process compiled last when every input of that
   * compile is the same: the same folder, the same current folder (messages name
   * files relative to it), the same options, and the same files, name for name and
   * byte for byte, just read again. compilePolicies is pure, so that set is the one
   * it would make; the folder is still listed, checked and read on every call, only
   * the compile is skipped. For a long-lived process that loads the policies before
   * each call (the hook's judge, src/cli/judge-server.ts). A policy set is never
   * changed by judging (the engine keeps what it derives from one beside it, the
   * same for every decision), as every in-process integration that judges many
   * calls with one set relies on too.
   */
  reuseUnchanged?: boolean;
}

/** What the last compile with `reuseUnchanged` was made from, and what it made. */
interface CompileInputs {
  dir: string;
  cwd: string;
  allowEmpty: boolean;
  sources: PolicySource[];
}
let lastCompiled: { inputs: CompileInputs; set: PolicySet } | undefined;

function sameCompileInputs(a: CompileInputs, b: CompileInputs): boolean {
  if (a.dir !== b.dir || a.cwd !== b.cwd || a.allowEmpty !== b.allowEmpty || a.sources.length !== b.sources.length) return false;
  for (let i = 0; i < a.sources.length; i++) {
    if (a.sources[i].file !== b.sources[i].file || a.sources[i].text !== b.sources[i].text) return false;
  }
  return true;
}

/**
 * Reads every `*.yaml` / `*.yml` file under `DIR/policies/` (subfolders included,
 * in path order; anything else there is refused: see ./files.ts), compiles them,
 * and readies shell analysis (unless `prepareShell: false`). Throws PolicyError
 * listing every problem.
 */
export async function loadPolicies(dir: string, options: LoadOptions = {}): Promise<PolicySet> {
  const absoluteDir = resolve(dir);
  const policiesDir = join(absoluteDir, 'policies');
  const where = (path: string) => relative(process.cwd(), path) || path;
  const problem = (path: string, message: string, fix: string): PolicyError =>
    new PolicyError([{ position: { file: where(path), line: 0, column: 0 }, message, fix }]);

  requireFolder(absoluteDir, where, problem, 'pass the .safeclaw folder (the one holding policies/), or run `safeclaw init` to create it');
  requireFolder(policiesDir, where, problem, 'run `safeclaw init` to create .safeclaw/, or pass --policies DIR, the folder that holds policies/', absoluteDir);
  const label = (path: string) => where(join(policiesDir, path));
  const entries = listPolicyFolder(policiesDir, label);
  const { sources, problems } = await readPolicySources(entries, label, (path) => readPolicyFileBytes(join(policiesDir, path)));
  if (problems.length > 0) {
    // Report the files' own problems too, so one run shows everything to fix.
    try {
      compilePolicies(sources, absoluteDir, { allowEmpty: true });
    } catch (err) {
      if (!(err instanceof PolicyError)) throw err;
      problems.push(...err.problems);
    }
    throw new PolicyError(problems);
  }
  const inputs: CompileInputs | undefined = options.reuseUnchanged
    ? { dir: absoluteDir, cwd: process.cwd(), allowEmpty: options.allowEmpty === true, sources }
    : undefined;
  const reused = inputs !== undefined && lastCompiled !== undefined && sameCompileInputs(lastCompiled.inputs, inputs) ? lastCompiled.set : undefined;
  const policySet = reused ?? compilePolicies(sources, absoluteDir, options);
  if (inputs !== undefined && reused === undefined) lastCompiled = { inputs, set: policySet };
  if (options.prepareShell !== false) await prepareShellAnalysis();
  return policySet;
}

/** A folder SafeClaw needs, or a PolicyError that says what is there instead. */
function requireFolder(
  path: string,
  where: (path: string) => string,
  problem: (path: string, message: string, fix: string) => PolicyError,
  fix: string,
  parent?: string,
): void {
  let info;
  try {
    info = statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const what =
      code === 'ENOENT' ? 'does not exist'
      : code === 'ELOOP' ? 'is a loop of symbolic links'
      : code === 'EACCES' ? 'cannot be read (permission denied)'
      : code === 'ENOTDIR' ? 'is not a folder (a file stands where a folder is expected)'
      : `cannot be read (${code ?? (err as Error).message})`;
    // `--policies .safeclaw/policies` is a likely slip: say which folder to pass.
    const slip = parent !== undefined && basename(parent) === 'policies' ? `; ${where(parent)} looks like the policies folder itself: pass the folder above it` : '';
    throw problem(path, `${parent === undefined ? 'the .safeclaw folder' : 'the policies folder'} ${what}${slip}`, fix);
  }
  if (!info.isDirectory()) throw problem(path, `${parent === undefined ? 'the .safeclaw folder' : 'the policies folder'} is a file, not a folder`, fix);
}

/** Pure: policy texts → compiled set. Throws PolicyError listing every problem (and for no rules at all, unless allowed). */
export function compilePolicies(sources: PolicySource[], dir: string, options: LoadOptions = {}): PolicySet {
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
  if (problems.length === 0 && rules.length === 0 && !options.allowEmpty) problems.push(noRulesProblem(sources, dir));
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

/** With no rules every action is denied "by default": true, but the likely cause is a missing or mistyped policy. */
function noRulesProblem(sources: PolicySource[], dir: string): PolicyProblem {
  const folder = relative(process.cwd(), join(resolve(dir), 'policies')) || 'policies';
  const files = sources.length === 0 ? 'no policy files' : `${sources.length} policy file${sources.length === 1 ? '' : 's'} (${sources.slice(0, 3).map((s) => s.file).join(', ')}${sources.length > 3 ? ', …' : ''}) but not one rule`;
  return {
    position: { file: folder, line: 0, column: 0 },
    message: `${files}: every action would be denied without a rule to say why`,
    fix: 'add rules: start from .safeclaw/examples/devops-agent.yaml, or run `safeclaw init` in a new repository; to deny everything on purpose, write a rule with `effect: deny` for each action type',
  };
}

/** SHA-256 over the canonical JSON of the rules (sorted by id): the same rules give the same digest whatever the files look like. */
export function policyDigest(rules: Rule[]): string {
  const canonical = rules.map((rule) => ({
    id: rule.id,
    action: rule.action,
    effect: rule.effect,
    reason: rule.reason,
    // Only when set, so the digests of rules without them stay what they were.
    ...(rule.approvers ? { approvers: rule.approvers.map(approverLabel).sort() } : {}),
    ...(rule.approvals !== undefined ? { approvals: rule.approvals } : {}),
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
  const start = problems.length;
  // The plain subset policies are written in is read without `yaml` (./policy-yaml.ts: the same tree); anything else by `yaml`.
  const fast = parsePolicySubset(source.text);
  const parsed = fast !== undefined ? { root: fast, linePos: subsetLinePos(source.text) } : parseWithYaml(source, problems);
  if (parsed === undefined) return [];
  const { root, linePos } = parsed;
  const at = (offset: number | undefined): SourcePosition => {
    const { line, col } = linePos(offset ?? 0);
    return { file: source.file, line, column: col };
  };
  const nodeAt = (node: PolicyNode | null | undefined, fallback?: PolicyNode | null): SourcePosition => at(node?.offset ?? fallback?.offset);
  if (problems.length > start) return [];
  if (root === null || (root.kind === 'scalar' && (root.value === null || root.value === ''))) return []; // an empty file holds no rules
  if (root.kind !== 'map') {
    problems.push({ position: nodeAt(root), message: 'a policy file must be a mapping with a `rules:` list', fix: 'start the file with `rules:`' });
    return [];
  }
  for (const pair of root.pairs) {
    if (pair.keyText !== 'rules') {
      problems.push({ position: nodeAt(pair.key), message: `unknown top-level key "${pair.keyText}"`, fix: 'only `rules:` is allowed at the top level' });
    }
  }
  const rulesNode = mapGet(root, 'rules');
  if (rulesNode === undefined || (rulesNode.kind === 'scalar' && rulesNode.value === null)) return [];
  if (rulesNode.kind !== 'seq') {
    problems.push({ position: nodeAt(rulesNode), message: '`rules` must be a list', fix: 'write each rule as a list item starting with `- id: …`' });
    return [];
  }
  const rules: Rule[] = [];
  for (const item of rulesNode.items) {
    const rule = parseRule(item, nodeAt, problems);
    if (rule) rules.push(rule);
  }
  return rules;
}

/** `yaml`'s parse of a file outside the subset: its tree, or undefined with the file's YAML problems (syntax, tags, aliases) added. */
function parseWithYaml(source: PolicySource, problems: PolicyProblem[]): { root: PolicyNode | null; linePos: (offset: number) => { line: number; col: number } } | undefined {
  const start = problems.length;
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number | undefined): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return { file: source.file, line, column: col };
  };

  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      problems.push({
        position: at(error.pos[0]),
        message: `YAML syntax error: ${error.message.split('\n')[0]}`,
        fix: 'fix the YAML: indentation, quotes around globs that start with * or {',
      });
    }
    return undefined;
  }
  // Unresolved tags (`!foo x`) are warnings to the YAML parser; a policy means exactly what it says or is refused.
  for (const warning of doc.warnings) {
    problems.push({ position: at(warning.pos[0]), message: `YAML: ${warning.message.split('\n')[0]}`, fix: 'remove the tag; write plain or quoted values' });
  }
  // Aliases make one value appear in several places (and, nested, can expand a small file into a huge one).
  visit(doc, {
    Alias(_key, node) {
      problems.push({
        position: at(node.range?.[0]),
        message: `YAML alias "${node.source}" is not allowed in a policy`,
        fix: 'write the value out where it is used, so each rule reads as it is written',
      });
    },
  });
  if (problems.length > start) return undefined;
  return { root: fromYamlNode(doc.contents), linePos: (offset) => lineCounter.linePos(offset) };
}

type PositionOf = (node: PolicyNode | null | undefined, fallback?: PolicyNode | null) => SourcePosition;

function parseRule(node: PolicyNode | null, nodeAt: PositionOf, problems: PolicyProblem[]): Rule | null {
  if (node?.kind !== 'map') {
    problems.push({ position: nodeAt(node), message: 'a rule must be a mapping', fix: 'write `- id: …` then `action`, `effect`, `conditions`, `reason`' });
    return null;
  }
  const start = problems.length;
  const map = node;
  for (const pair of map.pairs) {
    const key = pair.keyText;
    if (!(RULE_KEYS as readonly string[]).includes(key)) {
      problems.push({ position: nodeAt(pair.key), message: `unknown rule key "${key}"`, fix: `use ${RULE_KEYS.join(', ')}` });
    }
  }
  const field = (name: string) => mapGet(map, name);
  const stringField = (name: string, fix: string): string | undefined => {
    const value = field(name);
    if (value === undefined || (value.kind === 'scalar' && (value.value === null || value.value === ''))) {
      problems.push({ position: nodeAt(value, node), message: `rule is missing \`${name}\``, fix });
      return undefined;
    }
    if (value.kind !== 'scalar' || typeof value.value !== 'string') {
      problems.push({ position: nodeAt(value), ...notAString(value, name, fix) });
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
  const approval = parseApprovalKeys(map, effect, nodeAt, problems);
  if (problems.length > start) return null;
  return {
    id: id!,
    action: action as ActionType,
    effect: effect as Effect,
    conditions,
    reason: reason!,
    position: nodeAt(node),
    ...approval,
  };
}

function parseConditions(node: PolicyNode | undefined, action: ActionType, nodeAt: PositionOf, problems: PolicyProblem[]): CompiledCondition[] {
  if (node === undefined || (node.kind === 'scalar' && node.value === null)) return [];
  if (node.kind !== 'map') {
    problems.push({ position: nodeAt(node), message: '`conditions` must be a mapping of condition keys', fix: `e.g. \`${CONDITION_KEYS[action][0]}: { pattern: "…" }\`` });
    return [];
  }
  const allowed = CONDITION_KEYS[action];
  const conditions: CompiledCondition[] = [];
  for (const pair of node.pairs) {
    const key = pair.keyText;
    const keyNode = pair.key;
    if (!allowed.includes(key)) {
      problems.push({ position: nodeAt(keyNode), message: `unknown condition "${key}" for ${action}`, fix: `${action} understands ${allowed.join(', ')}` });
      continue;
    }
    const value = pair.value;
    if (value?.kind !== 'map') {
      const example = key === 'after' ? '{ path: "ingress.*.cidr_blocks.*", pattern: "0.0.0.0/0" }' : key === 'input' ? '{ path: "repo", pattern: "acme/*" }' : '{ pattern: "…" }';
      problems.push({ position: nodeAt(value, keyNode), message: `condition "${key}" must be a mapping with \`pattern\``, fix: `write \`${key}: ${example}\`` });
      continue;
    }
    const expected = ATTRIBUTE_KEYS.has(key) ? ['path', 'pattern'] : ['pattern'];
    for (const inner of value.pairs) {
      const innerKey = inner.keyText;
      if (!expected.includes(innerKey)) {
        problems.push({ position: nodeAt(inner.key), message: `unknown key "${innerKey}" in condition "${key}"`, fix: `use ${expected.join(' and ')}` });
      }
    }
    const compile = PATH_KEYS.has(key) ? compilePathGlob : compileTextGlob;
    const patterns = parsePatterns(mapGet(value, 'pattern'), value, `${key}.pattern`, compile, nodeAt, problems);
    const condition: CompiledCondition = { key, patterns };
    if (ATTRIBUTE_KEYS.has(key)) {
      condition.attributePaths = parsePatterns(mapGet(value, 'path'), value, `${key}.path`, compileTextGlob, nodeAt, problems);
    }
    conditions.push(condition);
  }
  return conditions;
}

/**
 * Why a value that must be a string is not one. YAML reads unquoted `5`, `1.10`
 * (1.1), `0x10` (16), `1e3`, `.inf`, `true` and `null`/`~` as other types: taking
 * their String() would change the pattern, so SafeClaw refuses and says how YAML
 * read it.
 */
function notAString(node: PolicyNode | null | undefined, label: string, fix: string): { message: string; fix: string } {
  if (node?.kind === 'scalar') {
    const written = typeof node.source === 'string' ? node.source : String(node.value);
    const quote = `quote it: ${label.split('.').pop()}: ${JSON.stringify(written)}`;
    const read = String(node.value) === written ? '' : ` as YAML reads ${written}`;
    if (typeof node.value === 'number' || typeof node.value === 'bigint') {
      return { message: `\`${label}\` is the number ${String(node.value)}${read}, not a string`, fix: quote };
    }
    if (typeof node.value === 'boolean') return { message: `\`${label}\` is the boolean ${String(node.value)}${read}, not a string`, fix: quote };
    if (node.value === null && written !== '') return { message: `\`${label}\` is null as YAML reads ${written}, not a string`, fix: quote };
    if (node.value === null) return { message: `\`${label}\` is empty`, fix };
    return { message: `\`${label}\` must be a string (YAML read a ${typeof node.value})`, fix };
  }
  if (node?.kind === 'seq') return { message: `\`${label}\` must be a string, not a list`, fix };
  if (node?.kind === 'map') return { message: `\`${label}\` must be a string, not a mapping`, fix };
  return { message: `\`${label}\` must be a string`, fix };
}

/** A glob or a list of globs (any matches). */
function parsePatterns(
  node: PolicyNode | undefined,
  parent: PolicyNode,
  label: string,
  compile: (pattern: string) => CompiledPattern,
  nodeAt: PositionOf,
  problems: PolicyProblem[],
): CompiledPattern[] {
  if (node === undefined) {
    problems.push({ position: nodeAt(parent), message: `\`${label}\` is missing`, fix: 'add a glob, or a list of globs' });
    return [];
  }
  const items = node.kind === 'seq' ? node.items : [node];
  if (items.length === 0) {
    problems.push({ position: nodeAt(node), message: `\`${label}\` is an empty list`, fix: 'add at least one glob' });
  }
  const patterns: CompiledPattern[] = [];
  for (const item of items) {
    if (item?.kind !== 'scalar' || typeof item.value !== 'string') {
      problems.push({ position: nodeAt(item, node), ...notAString(item, `${label}`, 'quote it: pattern: "terraform apply*"') });
      continue;
    }
    const source = item.value;
    // A `|` block keeps its final line break, and a pattern with one never matches a command: a rule that silently does nothing.
    const control = /[\u0000-\u001f\u007f]/.exec(source);
    if (control) {
      const what = control[0] === '\n' ? 'a line break' : control[0] === '\t' ? 'a tab' : `the control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0')}`;
      problems.push({ position: nodeAt(item), message: `\`${label}\` contains ${what}: it would never match`, fix: 'write the pattern on one line in quotes; a `|` block keeps its final line break, `|-` does not; match a tab or line break with ?' });
      continue;
    }
    try {
      patterns.push({ ...compile(source), position: nodeAt(item) });
    } catch (err) {
      if (!(err instanceof GlobError)) throw err;
      problems.push({ position: nodeAt(item), message: `pattern "${source.length > 80 ? `${source.slice(0, 80)}…` : source}" ${err.message}`, fix: 'see the glob rules in the README' });
    }
  }
  return patterns;
}
