// The one place a decision is made. Every entry point (CLI, Action, agent hooks)
// calls `evaluate`. Pure and synchronous: the policy set was compiled at load.
//
// Order of precedence, independent of rule and file order:
//   any matching deny → deny; else any matching require_approval → require_approval;
//   else any matching allow → allow; else deny ("no rule allows this").
// A shell command is split into its simple commands and the file/network actions
// they imply; each part is judged alone and the strictest part decides.
import {
  STRICTNESS,
  type Action,
  type CompiledCondition,
  type CompiledPattern,
  type Decision,
  type Effect,
  type EvaluateOptions,
  type InfraAction,
  type InfraAttribute,
  type PartDecision,
  type PolicySet,
  type Rule,
  type RuleTrace,
  type Verdict,
} from '../types.js';
import { analyzeShellCommand, type ShellAnalysis } from '../shell/analyze.js';
import { treeSitterMisses } from '../shell/parser.js';
import { compileTextGlob, expandBraces, hasWildcard } from '../policy/glob.js';
import { destinationReadings, normalizePath } from './normalize.js';
import { PathReach } from '../shell/reach.js';
import type { ReadFilters } from '../shell/programs/recursive-reads.js';
import { addCandidateText, beginCandidates, endCandidates } from './rule-index.js';
import { conditionPlan, patternsFor } from './pattern-plan.js';
import { validateAction, validatePolicySet, type ActionInput } from './input.js';

export const DEFAULT_DENY_REASON = 'no rule allows this (deny by default)';

export const PARSER_NOT_LOADED_REASON =
  'the shell parser was not loaded when this line needed it, so it was never analysed (await prepareShellAnalysis(commands) before evaluating)';


/** Facts about one action part that conditions are matched against. */
interface Subject {
  type: Action['type'];
  /** Condition key → the normalised text it is matched against. */
  fields: Record<string, string>;
  /** Equivalent spellings of a command that its `command` patterns are also tried on. */
  commandForms?: string[];
  /** The command as allow patterns see it (real options only keep their `-`), and its other spelling. */
  allowText?: string;
  allowForms?: string[];
  /** Texts only deny and require_approval patterns are also tried on (`./terraform apply` as `terraform apply`). */
  denyForms?: string[];
  /** Only for infra.change. */
  infra?: InfraAction;
  /** What `after` / `input` conditions are matched against: planned values, a tool call's input. */
  attributes?: InfraAttribute[];
  /** Cannot be resolved statically: allow rules must name it. */
  opaque?: string;
  /**
   * Every run of this opaque command starts with this text, and no deny or
   * approval rule could match any text that does: an allow pattern `LITERAL*`
   * whose literal it starts with may allow it.
   */
  openEnded?: string;
  /** A path outside the repository: relative allow patterns (`**`, `src/**`) do not reach it. */
  outside?: boolean;
  /** The path lower-cased, when that differs: what a case-insensitive file system opens. */
  foldedPath?: string;
  /**
   * The path is a folder read (or written) with everything under it: deny and approval
   * patterns apply when they can reach some file under it that passes these filters, an
   * allow pattern only when it covers every such file (shell/reach.ts).
   */
  recursive?: ReadFilters;
  text: string;
}

/**
 * A subject with every field present, in one order: the matching functions then see one
 * object shape for every kind of subject, which V8 reads fastest.
 */
function newSubject(type: Action['type'], fields: Record<string, string>, text: string): Subject {
  return {
    type,
    fields,
    commandForms: undefined,
    allowText: undefined,
    allowForms: undefined,
    denyForms: undefined,
    infra: undefined,
    attributes: undefined,
    opaque: undefined,
    openEnded: undefined,
    outside: undefined,
    foldedPath: undefined,
    recursive: undefined,
    text,
  };
}

export function evaluate(policySet: PolicySet, input: ActionInput, options: EvaluateOptions = {}): Decision {
  // Library callers may pass anything: a wrong shape is a SafeClawInputError naming the field (./input.ts).
  validatePolicySet(policySet);
  return evaluateCheckedAction(policySet, validateAction(input), options);
}

/**
 * `evaluate` for an action validateAction (or validateActions) returned and a policy set
 * validatePolicySet accepted: evaluateAll checks its whole list once, not again per action.
 * `analysis`: the line's analysis its caller already made, with the parser ready and no
 * tree-sitter miss during it (gate.ts's `analyses`), judged instead of analysing again.
 */
export function evaluateCheckedAction(policySet: PolicySet, action: Action, options: EvaluateOptions = {}, analysis?: ShellAnalysis): Decision {
  if (action.type === 'shell.execute') {
    return analysis === undefined ? evaluateShell(policySet, action.command, options) : judgeShellAnalysis(policySet, analysis, options);
  }
  const subjects = toSubjects(policySet, action);
  if (subjects.length === 1) return combine([judge(policySet, subjects[0], 'action', options)], subjects[0].text);
  const parts = subjects.map((subject) => judge(policySet, subject, 'action', options));
  return combine(parts, subjects.map((s) => s.text).join(' | '));
}

function evaluateShell(policySet: PolicySet, command: string, options: EvaluateOptions): Decision {
  const missesBefore = treeSitterMisses();
  const analysis = analyzeShellCommand(command);
  // A line that needed tree-sitter while its wasm was not loaded comes back as one opaque
  // part, which an allow rule naming the line exactly could allow; nothing in it was judged.
  if (treeSitterMisses() !== missesBefore) return unanalysedLine(joinedTexts(analysis.commands));
  return judgeShellAnalysis(policySet, analysis, options);
}

/** The decision on an analysed line (exported for scripts/ that time judging alone). */
export function judgeShellAnalysis(policySet: PolicySet, analysis: ShellAnalysis, options: EvaluateOptions = {}): Decision {
  const parts: PartDecision[] = [];
  for (const simple of analysis.commands) {
    const subject = newSubject('shell.execute', { command: simple.text }, simple.text);
    subject.commandForms = equivalentForms(simple.text);
    subject.opaque = simple.opaque;
    if (simple.allowText !== undefined) {
      subject.allowText = simple.allowText;
      subject.allowForms = equivalentForms(simple.allowText);
    }
    if (simple.allowForms) {
      subject.allowText ??= simple.text;
      subject.allowForms = [...(subject.allowForms ?? []), ...simple.allowForms.flatMap((form) => [form, ...(equivalentForms(form) ?? [])])];
    }
    if (simple.knownPrefix !== undefined && !strictRuleCouldMatch(policySet, simple.knownPrefix)) {
      subject.openEnded = simple.knownAllowPrefix ?? simple.knownPrefix;
    }
    if (simple.judgedAs) subject.denyForms = [simple.judgedAs, ...(equivalentForms(simple.judgedAs) ?? [])];
    const part = judge(policySet, subject, simple.opaque ? 'opaque' : 'command', options);
    if (simple.raw !== simple.text) part.raw = simple.raw;
    parts.push(part);
  }
  for (const implied of analysis.implied) {
    for (const subject of toSubjects(policySet, implied.action)) {
      // A path or host known only at run time (`cat "$F"`) is opaque like a computed command.
      if (implied.opaque) subject.opaque = implied.opaque;
      // Relative to a folder known only at run time (`cd "$D" && cat x`): never a repository path.
      if (implied.outside) subject.outside = true;
      if (implied.recursive) subject.recursive = implied.recursive;
      const part = judge(policySet, subject, 'implied', options);
      if (subject.recursive && part.decision !== 'allow') part.reason = recursiveReason(part, subject);
      if (implied.ownInput && part.rule === null && part.decision === 'deny' && !implied.opaque && !subject.outside) {
        // A tool's own input file (`terraform plan -var-file=dev.tfvars`) is part of what the allow rule for the
        // tool means: only a deny or approval rule (a secret file) stops it. Not outside the repository
        // (`-var-file=/etc/shadow`: terraform quotes the file in its errors): there it is a plain read.
        part.decision = 'allow';
        part.reason = `${implied.ownInput}; no deny or approval rule names this file`;
      }
      part.raw = implied.via;
      parts.push(part);
    }
  }
  const normalized = joinedTexts(analysis.commands);
  if (parts.length === 0) {
    return {
      decision: 'deny',
      rule: null,
      reason: 'no command found to judge (empty or only comments)',
      normalized,
      matchedRules: [],
      parts: [],
    };
  }
  return combine(parts, normalized);
}

/** The simple commands' texts joined by ` ; `: a decision's normalised command. */
function joinedTexts(commands: readonly { text: string }[]): string {
  if (commands.length === 1) return commands[0].text;
  let joined = '';
  for (let i = 0; i < commands.length; i++) joined += i === 0 ? commands[i].text : ` ; ${commands[i].text}`;
  return joined;
}

function unanalysedLine(normalized: string): Decision {
  const part: PartDecision = {
    kind: 'opaque',
    type: 'shell.execute',
    text: normalized,
    decision: 'deny',
    rule: null,
    reason: PARSER_NOT_LOADED_REASON,
    matchedRules: [],
  };
  return { decision: 'deny', rule: null, reason: PARSER_NOT_LOADED_REASON, normalized, matchedRules: [], parts: [part] };
}

/** Why a recursive read or write was not allowed: what it can reach, and how to narrow it. */
function recursiveReason(part: PartDecision, subject: Subject): string {
  const what = subject.type === 'file.write' ? 'writes' : 'reads';
  if (part.rule !== null) {
    const narrow = subject.type === 'file.read' ? '; name the files, or narrow the read (--include, --exclude, -g) so no such file can match' : '';
    return `${part.reason} (this ${what} everything under ${subject.text}, which can hold files the rule names${narrow})`;
  }
  const base = subject.text === '.' ? '**' : `${subject.text}/**`;
  return `${part.reason}: it ${what} everything under ${subject.text}${subject.recursive?.followsLinks ? ', following links that may lead anywhere' : ''}, and no allow pattern covers all of it (such as ${base})`;
}

/**
 * The strictest part decides; its rule and reason speak for the whole action.
 * Among equally strict parts, one an explicit rule decided is named before one
 * that fell to the default, so `cd x && terraform apply` reports the apply rule.
 */
function combine(parts: PartDecision[], normalized: string): Decision {
  if (parts.length === 1) {
    const part = parts[0];
    return { decision: part.decision, rule: part.rule, reason: part.reason, normalized, matchedRules: part.matchedRules, parts };
  }
  let decisive = parts[0];
  const matched: string[] = [];
  // A few ids are deduplicated by scanning them; many (a long script on a large policy) by a set.
  let seen: Set<string> | undefined;
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
  const reason =
    decisive.decision === 'allow'
      ? `all ${parts.length} parts allowed (${allowedBy(parts)})`
      : `${decisive.kind === 'implied' ? decisive.type : 'command'} \`${decisive.text}\`: ${decisive.reason}`;
  return {
    decision: decisive.decision,
    rule: decisive.rule,
    reason,
    normalized,
    matchedRules: matched,
    parts,
  };
}

/** STRICTNESS, read without a keyed lookup (combine runs once per decision over every part). */
function strictness(verdict: Verdict): number {
  return verdict === 'deny' ? STRICTNESS.deny : verdict === 'require_approval' ? STRICTNESS.require_approval : STRICTNESS.allow;
}

/** The action as matchable subjects: one, or one per reading of an ambiguous destination. */
function toSubjects(policySet: PolicySet, action: Exclude<Action, { type: 'shell.execute' }>): Subject[] {
  switch (action.type) {
    case 'file.read':
    case 'file.write': {
      const path = normalizePath(action.path, policySet.root);
      const fields: Record<string, string> = action.type === 'file.write' ? { path, change: action.change ?? '' } : { path };
      const subject = newSubject(action.type, fields, path);
      // Outside the repository (absolute, a `../` escape, `~`, `~user`): only absolute or `~` patterns may allow it.
      subject.outside = isOutsideRepository(path);
      const folded = path.toLowerCase();
      if (folded !== path) subject.foldedPath = folded;
      return [subject];
    }
    case 'network.request':
      return destinationReadings(action.destination).map((destination) => newSubject(action.type, { destination }, destination));
    case 'infra.change': {
      const fields = { address: action.address, type: action.resourceType, provider: action.provider, change: action.change, module: action.module };
      const subject = newSubject(action.type, fields, `${action.change} ${action.address}`);
      subject.infra = action;
      subject.attributes = action.after;
      return [subject];
    }
    case 'tool.call': {
      const subject = newSubject(action.type, { tool: action.tool, server: action.server }, action.tool);
      subject.attributes = action.input;
      return [subject];
    }
  }
}

function judge(
  policySet: PolicySet,
  subject: Subject,
  kind: PartDecision['kind'],
  options: EvaluateOptions,
): PartDecision {
  // A trace lists every rule; a decision only needs the rules that could match.
  // A recursive read's path is a folder: rules are indexed by their paths' first words, which files under it need not share.
  const rules = options.trace || subject.recursive ? policySet.byType[subject.type] : candidatesOf(policySet, subject);
  let deny: Rule | undefined;
  let approval: Rule | undefined;
  let allow: Rule | undefined;
  const matchedRules: string[] = [];
  const trace: RuleTrace[] | undefined = options.trace ? [] : undefined;
  for (const rule of rules) {
    let matched: boolean;
    if (trace) {
      const why = explainRule(rule, subject);
      trace.push({ rule: rule.id, effect: rule.effect, matched: why.matched, why: why.text });
      matched = why.matched;
    } else {
      matched = ruleMatches(rule, subject);
    }
    if (!matched) continue;
    matchedRules.push(rule.id);
    // Keep the lowest id of each effect so the named rule never depends on file order.
    if (rule.effect === 'deny') deny = pickFirst(deny, rule);
    else if (rule.effect === 'require_approval') approval = pickFirst(approval, rule);
    else allow = pickFirst(allow, rule);
  }
  const deciding = deny ?? approval ?? allow;
  const part: PartDecision = {
    kind,
    type: subject.type,
    text: subject.text,
    decision: deciding ? deciding.effect : 'deny',
    rule: deciding ? deciding.id : null,
    reason: deciding ? deciding.reason : subject.opaque ? `cannot be analysed: ${subject.opaque} (deny unless a rule names it exactly)` : DEFAULT_DENY_REASON,
    matchedRules,
  };
  if (trace) part.trace = trace;
  return part;
}

/**
 * The rules that could match the subject, found in the rule index under every text a
 * pattern of the subject may be tried on: a rule indexed under the leading words of
 * any of them must be a candidate.
 */
function candidatesOf(policySet: PolicySet, subject: Subject): Rule[] {
  const type = subject.type;
  if (!beginCandidates(policySet, type)) return policySet.byType[type];
  // An indexed type's subject text is its indexed field (command, path, destination).
  addCandidateText(subject.text);
  const { commandForms, denyForms, allowForms, allowText, openEnded, foldedPath } = subject;
  if (commandForms) for (const form of commandForms) addCandidateText(form);
  if (denyForms) for (const form of denyForms) addCandidateText(form);
  if (allowForms) for (const form of allowForms) addCandidateText(form);
  if (allowText !== undefined) addCandidateText(allowText);
  if (openEnded !== undefined) addCandidateText(openEnded);
  if (foldedPath !== undefined) addCandidateText(foldedPath);
  return endCandidates();
}

function pickFirst(current: Rule | undefined, candidate: Rule): Rule {
  return current === undefined || candidate.id < current.id ? candidate : current;
}

interface MatchResult {
  matched: boolean;
  text: string;
}

const MATCHES_ALL = 'no conditions: matches every action of its type';
const OPAQUE_NEEDS_NAME = 'allow rules must name an opaque command; this one has no conditions';

/** The hot path: no strings built. */
function ruleMatches(rule: Rule, subject: Subject): boolean {
  if (rule.conditions.length === 0) return !(subject.opaque && rule.effect === 'allow');
  for (const condition of rule.conditions) {
    if (matchCondition(condition, subject, rule.effect) === null) return false;
  }
  return true;
}

/** The same test as `ruleMatches`, saying why (for `explain`). */
function explainRule(rule: Rule, subject: Subject): MatchResult {
  if (rule.conditions.length === 0) {
    if (subject.opaque && rule.effect === 'allow') return { matched: false, text: OPAQUE_NEEDS_NAME };
    return { matched: true, text: MATCHES_ALL };
  }
  const matchedBy: string[] = [];
  for (const condition of rule.conditions) {
    const hit = matchCondition(condition, subject, rule.effect);
    if (hit === null) return { matched: false, text: `${condition.key} does not match ${describePatterns(condition)}` };
    matchedBy.push(`${condition.key} matches "${hit}"`);
  }
  return { matched: true, text: matchedBy.join(', ') };
}

/** The pattern that matched, or null. */
function matchCondition(condition: CompiledCondition, subject: Subject, effect: Effect): string | null {
  if (condition.attributePaths !== undefined) return matchAttributes(condition, subject, effect);
  if (effect === 'allow' && condition.key === 'command' && subject.allowText !== undefined) {
    // Option-like literals of allow patterns match only real options: see NOT_OPTION_DASH.
    const allowHit = firstMatchingPattern(condition, subject.allowText, subject, effect);
    if (allowHit !== null) return allowHit;
    if (subject.allowForms) for (const form of subject.allowForms) {
      const formHit = firstMatchingPattern(condition, form, subject, effect);
      if (formHit !== null) return formHit;
    }
    return null;
  }
  const hit = firstMatchingPattern(condition, subject.fields[condition.key] ?? '', subject, effect);
  if (hit !== null) return hit;
  if (condition.key === 'path' && effect !== 'allow' && subject.foldedPath !== undefined) {
    // On a case-insensitive file system (macOS, Windows) `.ENV` opens `.env`: deny and approval patterns see it folded too.
    return firstMatchingPattern(condition, subject.foldedPath, subject, effect);
  }
  if (condition.key !== 'command') return hit;
  // One text against every pattern, then the next: the glob text conversion is kept per text.
  if (subject.commandForms) for (const form of subject.commandForms) {
    const formHit = firstMatchingPattern(condition, form, subject, effect);
    if (formHit !== null) return formHit;
  }
  if (effect === 'allow') return null;
  if (subject.denyForms) for (const form of subject.denyForms) {
    const formHit = firstMatchingPattern(condition, form, subject, effect);
    if (formHit !== null) return formHit;
  }
  return null;
}

function firstMatchingPattern(condition: CompiledCondition, text: string, subject: Subject, effect: Effect): string | null {
  const plan = conditionPlan(condition);
  // An opaque part's open end and a recursive read's reach are not tested on the text itself: every pattern is tried.
  const patterns = subject.opaque !== undefined || subject.recursive !== undefined ? plan.all : patternsFor(plan, text);
  for (const { pattern, source, outsideAnchor, wildcard } of patterns) {
    // An opaque part's text is not what will run: any wildcard could stand for the
    // unknown words (`kubectl apply*--namespace=dev*` vs `… --namespace=dev $EXTRA`),
    // so only an allow pattern that names it exactly, without wildcards, can allow it.
    if (subject.outside && effect === 'allow' && !outsideAnchor) continue;
    if (subject.opaque && effect === 'allow' && wildcard) {
      if (subject.openEnded !== undefined && coversOpenEnd(pattern, subject.openEnded)) return source;
      continue;
    }
    if (subject.recursive && condition.key === 'path') {
      // A folder with everything under it: see Subject.recursive.
      const reach = pathReachOf(pattern);
      if (effect === 'allow' ? reach.covers(text, subject.recursive) : pattern.test(text) || reach.reaches(text, subject.recursive)) {
        return source;
      }
      continue;
    }
    if (pattern.test(text)) return source;
  }
  return null;
}

/** What a recursive read can reach of each path pattern, made ready on its first such read and kept with it. */
const pathReaches = new WeakMap<CompiledPattern, PathReach>();

function pathReachOf(pattern: CompiledPattern): PathReach {
  let reach = pathReaches.get(pattern);
  if (!reach) pathReaches.set(pattern, (reach = new PathReach(pattern.source)));
  return reach;
}

/**
 * The rules that allowed the parts; a part allowed by no rule (a file the tool
 * itself reads or writes, such as terraform's -out plan) is named by its reason,
 * not shown as an empty name.
 */
function allowedBy(parts: readonly { rule: string | null; reason: string }[]): string {
  if (parts.length > 16) return Array.from(new Set(parts.map((part) => part.rule ?? part.reason))).join(', ');
  // A few parts (the common case): each name joined once, where it first occurs, without a set.
  let joined = '';
  for (let i = 0; i < parts.length; i++) {
    const name = parts[i].rule ?? parts[i].reason;
    let seen = false;
    for (let j = 0; j < i && !seen; j++) seen = (parts[j].rule ?? parts[j].reason) === name;
    if (!seen) joined = i === 0 ? name : `${joined}, ${name}`;
  }
  return joined;
}

/** `/etc/x`, `~/.ssh/id_rsa`, `~deploy/x`: not a file of the repository. */
function isOutsideRepository(path: string): boolean {
  return path.startsWith('/') || path.startsWith('~');
}

/**
 * A pattern ending in `*` that matches the known start of the command (as allow
 * patterns see it): whatever words follow that start, the final `*` takes them,
 * so every run of the command matches. The one place run-time words are
 * decided harmless (see src/shell/open-end.ts for what may follow the start).
 */
function coversOpenEnd(pattern: CompiledPattern, knownAllowPrefix: string): boolean {
  return openAlternativesOf(pattern).some((alternative) => alternative.test(knownAllowPrefix));
}

/**
 * The brace alternatives of a pattern that end in `*`, each compiled on its own:
 * `{ls,ls *}` covers `ls infra/` through `ls *`. The alternative that matches
 * must itself end in `*` (in `{ls infra/,x*}` the exact `ls infra/` covers no
 * further word), so the whole pattern's test would not do.
 */
const openAlternatives = new WeakMap<CompiledPattern, CompiledPattern[]>();

function openAlternativesOf(pattern: CompiledPattern): CompiledPattern[] {
  let found = openAlternatives.get(pattern);
  if (found) return found;
  const source = pattern.source;
  const open = (text: string) => text.endsWith('*') && !text.endsWith('\\*');
  if (!source.includes('{')) found = open(source) ? [pattern] : [];
  else found = expandBraces(source).filter(open).map((alternative) => (alternative === source ? pattern : compileTextGlob(alternative)));
  openAlternatives.set(pattern, found);
  return found;
}

/** Literal starts of every deny and require_approval command pattern, per policy set. */
const strictStarts = new WeakMap<PolicySet, string[]>();

/** Characters from which a glob is no longer literal. */
const GLOB_SPECIAL = /[*?[{\\]|[@!+]\(/;

function strictPatternStarts(policySet: PolicySet): string[] {
  let starts = strictStarts.get(policySet);
  if (starts) return starts;
  starts = [];
  for (const rule of policySet.byType['shell.execute']) {
    if (rule.effect === 'allow') continue;
    const condition = rule.conditions.find((c) => c.key === 'command');
    if (!condition) {
      starts.push('');
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

/**
 * Whether some deny or approval pattern could match a text starting with
 * `prefix`, judged soundly on the literal start of each pattern: if neither is a
 * prefix of the other, no text can match both.
 */
function strictRuleCouldMatch(policySet: PolicySet, prefix: string): boolean {
  const spaced = equivalentForms(prefix)?.[0];
  return strictPatternStarts(policySet).some(
    (start) => start.startsWith(prefix) || prefix.startsWith(start) || (spaced !== undefined && (start.startsWith(spaced) || spaced.startsWith(start))),
  );
}

/**
 * Canonical commands write options as `--flag=value`; policies written for the
 * other spelling (`helm install*--namespace prod*`) must still match, so the
 * `--flag value` form is tried too. Both mean the same argv, so a rule matching
 * either is sound for deny and allow alike.
 */
export function equivalentForms(text: string): string[] | undefined {
  // Every word `--NAME=…` (NAME: a letter or digit, then letters, digits, `-`) at the start or after a space.
  let spaced = '';
  let copied = 0;
  let at = text.indexOf('--');
  while (at !== -1) {
    let end = at + 2;
    if ((at === 0 || text.charCodeAt(at - 1) === SPACE) && end < text.length && isLetterOrDigit(text.charCodeAt(end))) {
      end++;
      while (end < text.length && (isLetterOrDigit(text.charCodeAt(end)) || text.charCodeAt(end) === DASH)) end++;
      if (text.charCodeAt(end) === EQUALS) {
        spaced += text.slice(copied, end) + ' ';
        copied = end + 1;
        at = text.indexOf('--', copied);
        continue;
      }
    }
    at = text.indexOf('--', at + 1);
  }
  return copied === 0 ? undefined : [spaced + text.slice(copied)];
}

const SPACE = 32;
const DASH = 45;
const EQUALS = 61;

function isLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}


/**
 * `after: { path, pattern }` holds when some planned attribute whose path matches
 * has a value that matches. Unknown (known after apply) and sensitive values are
 * never safe: they match deny and require_approval rules, and never allow rules.
 */
function matchAttributes(condition: CompiledCondition, subject: Subject, effect: Effect): string | null {
  const attributes = subject.attributes ?? [];
  for (const attribute of attributes) {
    if (condition.attributePaths && !condition.attributePaths.some((p) => p.test(attribute.path))) continue;
    if (attribute.unknown || attribute.sensitive) {
      if (effect === 'allow') continue;
      return `${attribute.path} (${attribute.unknown ? 'unknown until apply' : 'sensitive'})`;
    }
    for (const pattern of condition.patterns) {
      if (pattern.test(attribute.value)) return `${attribute.path} = ${pattern.source}`;
    }
  }
  return null;
}

function describePatterns(condition: CompiledCondition): string {
  const values = condition.patterns.map((p) => `"${p.source}"`).join(' or ');
  if (condition.attributePaths === undefined) return values;
  const paths = (condition.attributePaths ?? []).map((p) => `"${p.source}"`).join(' or ');
  return `${values} at ${paths || 'any attribute'}`;
}
