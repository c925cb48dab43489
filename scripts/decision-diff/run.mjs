// Decision-diff harness: every decision of the current tree against the baseline's.
//
// Loads the baseline's src/lib.ts (a read-only worktree of the revision to compare
// with) and this tree's src/lib.ts in one process, and compares, for every input:
// analyzeShellCommand's output (deep equal), evaluate()'s whole Decision under
// several policies (with and without the parser's wasm loaded, and with trace),
// file and network actions, the hook's and evaluateAll's results, and
// loadPolicies / compilePolicies on policy texts and folders (the compiled rules,
// every problem, and what each compiled pattern matches). It also checks the
// current tree against itself: the same inputs judged again in another order
// (a cache or lazy field leaking between decisions), the fast path against the
// parser, the TypeScript parser against tree-sitter.
//
// Prints a summary and each difference grouped by kind; exits 1 on any difference
// not explained in ./explained.mjs (a deliberate change its owner announced).
//
//   node --import tsx scripts/decision-diff/run.mjs [--base /tmp/ab-base] [--seed 1]
//        [--generated 3000] [--mutated 3000] [--show 4] [--only shell,policy,...] [--json out.json]
import { existsSync, readdirSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { EXPLAINED } from './explained.mjs';
import { generatedLines, generatedPathsAndHosts, mutatedLines } from './generate.mjs';
import { collectInputs } from './inputs.mjs';
import { ALLOW_ALL_DENY_LIST, SECRET_READS_DENY_LIST, policyDirs } from './policies.mjs';
import { policyVariants, patternProbes } from './policy-variants.mjs';

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: '/tmp/ab-base' },
    head: { type: 'string', default: resolve(import.meta.dirname, '..', '..') },
    seed: { type: 'string', default: '1' },
    generated: { type: 'string', default: '3000' },
    mutated: { type: 'string', default: '3000' },
    show: { type: 'string', default: '4' },
    only: { type: 'string', default: '' },
    json: { type: 'string' },
    lines: { type: 'string' },
    shared: { type: 'string' },
    'from-json': { type: 'string' },
  },
});
const head = resolve(values.head);
const shared = resolve(values.shared ?? join(head, '..', 'shared'));
const baseRoot = resolve(values.base);
const seed = Number(values.seed);
const only = new Set(values.only ? values.only.split(',') : []);
const phase = (name) => only.size === 0 || only.has(name);
const started = performance.now();

// ---------------------------------------------------------------- comparison

/** The first place two values differ, or null. Keys of both sides are compared (a getter on either side is read); undefined equals absent; functions are skipped. */
function firstDifference(a, b, path = '') {
  if (a === b) return null;
  if (typeof a === 'function' && typeof b === 'function') return null;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    if (typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b)) return null;
    return { path: path || '.', base: a, current: b };
  }
  if (Array.isArray(a) !== Array.isArray(b)) return { path: path || '.', base: a, current: b };
  if (a instanceof RegExp || b instanceof RegExp) return String(a) === String(b) ? null : { path, base: String(a), current: String(b) };
  if (a instanceof Map || b instanceof Map) return firstDifference(a instanceof Map ? Object.fromEntries(a) : a, b instanceof Map ? Object.fromEntries(b) : b, path);
  if (a instanceof Set || b instanceof Set) return firstDifference(a instanceof Set ? [...a] : a, b instanceof Set ? [...b] : b, path);
  if (Array.isArray(a)) {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const va = a[key];
    const vb = b[key];
    if (typeof va === 'function' || typeof vb === 'function') continue;
    const d = firstDifference(va, vb, `${path}.${key}`);
    if (d) return d;
  }
  return null;
}

/** A plain, comparable copy (getters read, functions dropped): taken at once, so later mutation of a returned object shows. */
function snapshot(value, seen = new Set()) {
  if (value === null || typeof value !== 'object') return typeof value === 'function' ? undefined : value;
  if (seen.has(value)) return '[cycle]';
  seen.add(value);
  let out;
  if (Array.isArray(value)) out = value.map((v) => snapshot(v, seen));
  else if (value instanceof Map) out = snapshot(Object.fromEntries(value), seen);
  else if (value instanceof Set) out = snapshot([...value], seen);
  else if (value instanceof RegExp) out = String(value);
  else {
    out = {};
    for (const key of Object.keys(value)) {
      const v = value[key];
      if (typeof v !== 'function' && v !== undefined) out[key] = snapshot(v, seen);
    }
  }
  seen.delete(value);
  return out;
}

const STRICTNESS = { allow: 0, require_approval: 1, deny: 2 };
let comparisons = 0;
const differences = [];
/** The baseline disagreeing with itself (fast path vs parser, TypeScript parser vs tree-sitter): not a change, but worth a look. */
const preexisting = [];

function verdictChange(base, current) {
  const b = base?.decision ?? base?.verdict;
  const c = current?.decision ?? current?.verdict;
  if (typeof b !== 'string' || typeof c !== 'string' || !(b in STRICTNESS) || !(c in STRICTNESS)) return undefined;
  if (b === c) return 'same verdict';
  return STRICTNESS[c] < STRICTNESS[b] ? `MORE PERMISSIVE ${b} -> ${c}` : `stricter ${b} -> ${c}`;
}

/** Records base vs current for one input; returns true when they are equal. */
function compare(kind, input, base, current, extra = {}) {
  comparisons++;
  const d = firstDifference(base, current);
  if (!d) return true;
  differences.push({ kind, input, path: d.path, base: d.base, current: d.current, verdict: verdictChange(base, current), wholeBase: base, wholeCurrent: current, ...extra });
  return false;
}

/** Runs f, returning its result or the error it threw (as data, so errors compare too). */
function attempt(f) {
  try {
    return snapshot(f());
  } catch (error) {
    return { threw: error?.name ?? 'Error', message: String(error?.message ?? error), problems: snapshot(error?.problems) };
  }
}

async function attemptAsync(f) {
  try {
    return snapshot(await f());
  } catch (error) {
    return { threw: error?.name ?? 'Error', message: String(error?.message ?? error), problems: snapshot(error?.problems) };
  }
}

// ---------------------------------------------------------------- the two trees

async function optionalImport(root, path) {
  try {
    return await import(pathToFileURL(join(root, path)).href);
  } catch {
    return {};
  }
}

async function side(root) {
  return {
    root,
    lib: await import(pathToFileURL(join(root, 'src', 'lib.ts')).href),
    parser: await optionalImport(root, 'src/shell/parser.ts'),
    analyze: await optionalImport(root, 'src/shell/analyze.ts'),
    claude: await optionalImport(root, 'src/integrations/claude-code.ts'),
    evaluateModule: await optionalImport(root, 'src/engine/evaluate.ts'),
    planFile: await optionalImport(root, 'src/sources/plan-file.ts'),
    commandsFile: await optionalImport(root, 'src/sources/agent-commands.ts'),
    prBody: await optionalImport(root, 'src/sources/pr-body.ts'),
    pipeline: await optionalImport(root, 'src/sources/pipeline-files.ts'),
  };
}

if (values['from-json']) {
  // Re-triage a saved run (--json) against the current explained.mjs, without judging anything again.
  const saved = JSON.parse(readFileSync(values['from-json'], 'utf8'));
  comparisons = saved.comparisons;
  differences.push(...saved.differences);
  preexisting.push(...(saved.preexisting ?? []));
  only.add('none');
}
const base = await side(baseRoot);
const current = await side(head);
const sides = [base, current];
const templates = await import(pathToFileURL(join(head, 'src', 'cli', 'init-templates.ts')).href);
const { largePolicySet } = await import(pathToFileURL(join(head, 'bench', 'generate-policy.ts')).href);
const requests = await import(pathToFileURL(join(head, 'bench', 'requests.ts')).href);
const { tenKilobyteScript } = await import(pathToFileURL(join(head, 'bench', 'shell.ts')).href);

// ---------------------------------------------------------------- inputs

const collected = collectInputs(head, shared);
const corpusTexts = [...collected.texts.keys()];
const benchTexts = [...requests.SIMPLE_COMMANDS, ...requests.COMPOUND_COMMANDS].map((a) => a.command);
const generated = generatedLines(seed, Number(values.generated));
const mutated = mutatedLines(seed + 1, corpusTexts, Number(values.mutated));
let shellTexts = [...new Set([...benchTexts, tenKilobyteScript(), ...corpusTexts, ...generated, ...mutated])];
if (values.lines) shellTexts = readFileSync(values.lines, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const pathTexts = [...new Set([...generatedPathsAndHosts(seed + 2, 1500), ...corpusTexts.filter((t) => t.length <= 300 && !t.includes('\n'))])];
console.log(
  `inputs: ${shellTexts.length} shell lines (${corpusTexts.length} texts from ${collected.files} files, ${generated.length} generated, ${mutated.length} mutated), ` +
    `${pathTexts.length} paths/destinations, ${collected.policyTexts.length} policy texts`,
);

// ---------------------------------------------------------------- audit

// The audit trail each side writes for the same gate results (a fixed clock and context): byte for byte, and its verification.
async function auditPhase() {
  if (!usable('devops')) return;
  const t0 = performance.now();
  const scratch = mkdtempSync(join(tmpdir(), 'decision-diff-audit-'));
  try {
    const all = [...shellTexts.map((command) => ({ type: 'shell.execute', command })), ...pathTexts.slice(0, 1500).map((path) => ({ type: 'file.read', path }))];
    const files = [];
    for (const [k, s] of sides.entries()) {
      const file = join(scratch, `side-${k}`, 'audit.jsonl');
      let tick = Date.parse('2026-01-01T00:00:00.000Z');
      const meta = { policyDigest: policySets[k].devops.digest, context: { repository: 'acme/api', commit: 'abc', pr: 1, runId: '1', actor: 'bot' }, now: () => new Date(tick++) };
      for (let i = 0; i < all.length; i += 200) {
        const result = s.lib.evaluateAll(policySets[k].devops, all.slice(i, i + 200));
        await s.lib.appendAuditRecords(file, result.items, meta);
      }
      files.push(file);
    }
    const [tb, tc] = files.map((f) => readFileSync(f, 'utf8').split('\n'));
    for (let i = 0; i < Math.max(tb.length, tc.length); i++) {
      // One difference per record: the chain's hashes make every later record differ too.
      if (tb[i] !== tc[i]) {
        const [rb, rc] = [tb[i], tc[i]].map((line) => (line ? JSON.parse(line) : null));
        // Same fields yet another line: the bytes themselves (field order, escapes) differ.
        const bytes = firstDifference(rb, rc) === null || firstDifference(rb, rc).path === '.hash';
        compare('audit', `record ${i}: ${rb?.action?.raw ?? ''}`, bytes ? tb[i] : rb, bytes ? tc[i] : rc, { actions: [all[rb?.seq ?? i]] });
        break;
      }
      comparisons++;
    }
    const verified = [];
    for (const [k, s] of sides.entries()) verified.push(await attemptAsync(() => s.lib.verifyAuditFile(files[k])));
    // The files themselves are the baseline's and the current tree's: their names differ, nothing else may.
    compare('audit-verify', 'verifyAuditFile', { ...verified[0], file: undefined }, { ...verified[1], file: undefined });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`audit: ${shellTexts.length + Math.min(1500, pathTexts.length)} records each in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

// ---------------------------------------------------------------- sources

/** Every file of these folders whose name ends so. */
function filesEnding(dir, pattern) {
  const out = [];
  const walk = (d) => {
    let names;
    try { names = readdirSync(d, { withFileTypes: true }); } catch { return; }
    for (const entry of names) {
      if (entry.name === 'node_modules') continue;
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (pattern.test(entry.name)) out.push(path);
    }
  };
  walk(dir);
  return out.sort();
}

// What the sources make of the repository's plans, agent logs, PR bodies and pipeline files, and the gate's verdict on it.
async function sourcesPhase() {
  const t0 = performance.now();
  const folders = [join(head, 'test'), join(head, 'examples'), join(shared, 'fixtures')];
  const jsonFiles = folders.flatMap((d) => filesEnding(d, /\.json$/));
  const logFiles = folders.flatMap((d) => filesEnding(d, /\.(jsonl|json|txt|log)$/));
  const bodies = folders.flatMap((d) => filesEnding(d, /\.md$/));
  const pipelines = folders.flatMap((d) => filesEnding(d, /(\.ya?ml|Makefile|\.sh|package\.json)$/));
  const judge = async (label, read) => {
    const results = [];
    for (const [k, s] of sides.entries()) {
      results.push(await attemptAsync(async () => {
        const actions = await read(s);
        return { actions, gate: usable('devops') ? s.lib.evaluateAll(policySets[k].devops, actions) : null };
      }));
    }
    compare('sources', label, results[0], results[1]);
  };
  for (const file of jsonFiles) await judge(`plan ${file}`, (s) => s.planFile.readPlanFileActions(file, file, { format: 'auto' }));
  for (const file of logFiles) {
    const text = readFileSync(file, 'utf8');
    if (text.length > 2_000_000) continue;
    await judge(`commands ${file}`, (s) => s.commandsFile.readCommandsFile(text, file, 'auto'));
  }
  for (const file of bodies) {
    const text = readFileSync(file, 'utf8');
    await judge(`pr body ${file}`, (s) => s.prBody.prBodyPlanActions(text, file, { planRequired: false }));
  }
  for (const file of pipelines) {
    const text = readFileSync(file, 'utf8');
    await judge(`pipeline ${file}`, (s) => s.pipeline.pipelineCommands(file.replace(head + '/', ''), text));
  }
  console.log(`sources: ${jsonFiles.length} plan files, ${logFiles.length} logs, ${bodies.length} PR bodies, ${pipelines.length} pipeline files in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

// ---------------------------------------------------------------- policies

const policyTexts = {
  'init-default': templates.DEFAULT_POLICY,
  'init-devops': templates.DEVOPS_EXAMPLE_POLICY,
  'allow-all-deny-list': ALLOW_ALL_DENY_LIST,
  'secret-reads-deny-list': SECRET_READS_DENY_LIST,
};
const dirs = policyDirs(head);

/** Each policy set one side compiles; one it cannot is a difference of its own, and is left out of the comparisons. */
async function compiledPolicies(s) {
  const sets = {};
  const makers = [
    ...Object.entries(policyTexts).map(([name, text]) => [name, () => s.lib.compilePolicies([{ file: `${name}.yaml`, text }], join(head, '.safeclaw'))]),
    ['generated-1000', () => largePolicySet(1000, s.lib.compilePolicies)],
    ...Object.entries(dirs).map(([name, dir]) => [name, () => s.lib.loadPolicies(dir)]),
  ];
  for (const [name, make] of makers) {
    try {
      sets[name] = await make();
    } catch (error) {
      sets[name] = { threw: error?.name ?? 'Error', message: String(error?.message ?? error) };
    }
  }
  return sets;
}

// Phase 1, before either side loads the wasm: judged without tree-sitter, as the hook first judges.
const unprepared = [];
if (phase('unprepared')) {
  const t0 = performance.now();
  const sets = sides.map((s) => {
    const out = {};
    for (const [name, make] of [
      ['devops', () => s.lib.compilePolicies([{ file: 'devops-agent.yaml', text: readFileSync(join(dirs.devops, 'policies', 'devops-agent.yaml'), 'utf8') }], dirs.devops)],
      ['allow-all-deny-list', () => s.lib.compilePolicies([{ file: 'a.yaml', text: ALLOW_ALL_DENY_LIST }], join(head, '.safeclaw'))],
    ]) {
      try { out[name] = make(); } catch (error) { console.log(`unprepared: ${s.root} cannot compile ${name}: ${error.message}`); }
    }
    return out;
  });
  for (const text of shellTexts) {
    for (const name of Object.keys(sets[0]).filter((n) => n in sets[1])) {
      const [b, c] = sides.map((s, i) => attempt(() => s.lib.evaluate(sets[i][name], { type: 'shell.execute', command: text })));
      unprepared.push({ name, text, b, c });
    }
  }
  console.log(`unprepared: judged ${unprepared.length} (line, policy) pairs in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

const policySets = [];
for (const s of sides) policySets.push(await compiledPolicies(s));
const policyNames = [];
for (const name of Object.keys(policySets[0])) {
  const [b, c] = policySets.map((sets) => sets[name]);
  if (b.threw || c.threw) {
    compare('policy-set', name, b.threw ? b : { compiled: true }, c.threw ? c : { compiled: true });
    console.log(`policy ${name}: ${b.threw ? `baseline cannot compile it (${b.message})` : ''}${c.threw ? `current cannot compile it (${c.message})` : ''}; left out`);
  } else policyNames.push(name);
}
const usable = (name) => policyNames.includes(name);

function compareUnprepared() {
  const notLoaded = current.evaluateModule.PARSER_NOT_LOADED_REASON;
  let explainedCoverage = 0;
  for (const { name, text, b, c } of unprepared) {
    if (!usable(name)) continue;
    const prepared = snapshot(current.lib.evaluate(policySets[1][name], { type: 'shell.execute', command: text }));
    const cNotLoaded = c.reason === notLoaded || c.parts?.some((p) => p.reason === notLoaded);
    // Self-check: without the wasm, the current tree gives the prepared decision or the not-loaded denial, nothing else.
    if (!cNotLoaded) compare(`unprepared-self:${name}`, text, prepared, c);
    const bNotLoaded = b.reason === notLoaded || b.parts?.some((p) => p.reason === notLoaded);
    if (bNotLoaded && !cNotLoaded && !firstDifference(prepared, c)) {
      explainedCoverage++;
      comparisons++;
      continue;
    }
    compare(`unprepared:${name}`, text, b, c);
  }
  if (explainedCoverage) console.log(`unprepared: ${explainedCoverage} lines the baseline needed the wasm for are now judged without it, exactly as with it`);
}

// ---------------------------------------------------------------- shell lines

function shellPhase() {
  const t0 = performance.now();
  const selfOld = { 'fast-path': 0, 'ts-parser': 0 };
  for (const text of shellTexts) {
    const [ab, ac] = sides.map((s) => attempt(() => s.lib.analyzeShellCommand(text)));
    compare('analysis', text, ab, ac);
    for (const name of policyNames) {
      const [db, dc] = sides.map((s, i) => attempt(() => s.lib.evaluate(policySets[i][name], { type: 'shell.execute', command: text })));
      compare(`shell:${name}`, text, db, dc);
    }
    if (usable('devops')) {
      const [tb, tc] = sides.map((s, i) => attempt(() => s.lib.evaluate(policySets[i].devops, { type: 'shell.execute', command: text }, { trace: true })));
      compare('shell-trace:devops', text, tb, tc);
    }
    // Self-checks, counted only where the baseline agreed with itself.
    const selfChecks = [
      ['fast-path', (s) => s.analyze.analyzeShellCommandParsed && attempt(() => s.analyze.analyzeShellCommandParsed(text))],
      ['ts-parser', (s) => {
        if (!s.parser.useTypeScriptParser) return undefined;
        s.parser.useTypeScriptParser(false);
        try { return attempt(() => s.lib.analyzeShellCommand(text)); } finally { s.parser.useTypeScriptParser(true); }
      }],
    ];
    for (const [kind, other] of selfChecks) {
      const ob = other(base);
      const oc = other(current);
      if (ob === undefined || oc === undefined) continue;
      const baseAgreed = !firstDifference(ab, ob);
      if (!baseAgreed) {
        selfOld[kind]++;
        const d = firstDifference(ob, ab);
        preexisting.push({ kind: `${kind}-self (baseline)`, input: text, path: d.path, base: d.base, current: d.current, stillInCurrent: Boolean(firstDifference(oc, ac)) });
      }
      if (baseAgreed) compare(`${kind}-self`, text, oc, ac);
    }
  }
  console.log(`shell: ${shellTexts.length} lines x ${policyNames.length} policies in ${((performance.now() - t0) / 1000).toFixed(1)} s; ` +
    `pre-existing self-disagreements in the baseline (not counted): fast path vs parser ${selfOld['fast-path']}, TypeScript parser vs tree-sitter ${selfOld['ts-parser']}`);
}

// Order: the current tree judges the same lines again, reversed and interleaved with other
// policies and action types; any change is state leaking from one decision into another.
function orderPhase() {
  const t0 = performance.now();
  const names = ['devops', 'allow-all-deny-list', 'secret-reads-deny-list'].filter(usable);
  const [other1, other2] = [usable('generated-1000') ? 'generated-1000' : names[0], usable('issue11') ? 'issue11' : names[0]];
  const first = new Map();
  for (const text of shellTexts) for (const name of names) first.set(`${name}\u0000${text}`, attempt(() => current.lib.evaluate(policySets[1][name], { type: 'shell.execute', command: text })));
  const reversed = [...shellTexts].reverse();
  for (let i = 0; i < reversed.length; i++) {
    const text = reversed[i];
    for (const name of [...names].reverse()) {
      const again = attempt(() => current.lib.evaluate(policySets[1][name], { type: 'shell.execute', command: text }));
      compare(`order:${name}`, text, first.get(`${name}\u0000${text}`), again);
      // Something else between two judgements of the same line.
      current.lib.evaluate(policySets[1][other1], { type: 'shell.execute', command: reversed[(i * 7919) % reversed.length] });
      current.lib.evaluate(policySets[1][other2], { type: 'file.read', path: pathTexts[i % pathTexts.length] });
    }
  }
  console.log(`order: ${first.size} decisions judged twice in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

// ---------------------------------------------------------------- file and network actions

function actionsPhase() {
  const t0 = performance.now();
  const root = policySets[1][policyNames[0]].root;
  for (const text of pathTexts) {
    const actions = [
      { type: 'file.read', path: text },
      { type: 'file.write', path: text },
      { type: 'file.write', path: text, change: 'deleted' },
      { type: 'network.request', destination: text },
    ];
    for (const action of actions) {
      for (const name of policyNames) {
        const [b, c] = sides.map((s, i) => attempt(() => s.lib.evaluate(policySets[i][name], action)));
        compare(`${action.type}:${name}`, text, b, c);
      }
    }
    const [pb, pc] = sides.map((s) => attempt(() => s.lib.normalizePath(text, root)));
    compare('normalizePath', text, pb, pc);
    const [nb, nc] = sides.map((s) => attempt(() => s.lib.normalizeDestination(text)));
    compare('normalizeDestination', text, nb, nc);
  }
  // Plans and tool calls: the example mix's other action types.
  const others = [
    ...['create', 'update', 'delete', 'replace', 'import'].map((change) => ({ type: 'infra.change', address: 'module.env-3.aws_iam_role.x', resourceType: 'aws_iam_role', provider: 'registry.terraform.io/hashicorp/aws', change, module: 'module.env-3', after: [{ path: 'name', value: 'x' }, { path: 'cidr_blocks.0', value: '0.0.0.0/0' }, { path: 'secret', value: '', sensitive: true }] })),
    { type: 'infra.change', address: 'aws_security_group.web', resourceType: 'aws_security_group', provider: 'registry.terraform.io/hashicorp/aws', change: 'update', module: '', after: [{ path: 'ingress.0.cidr_blocks.0', value: '0.0.0.0/0' }, { path: 'x', value: '', unknown: true }] },
    { type: 'tool.call', tool: 'mcp__github__create_issue', server: 'github', input: [{ path: 'labels.0', value: 'bug' }] },
    { type: 'tool.call', tool: 'query_db', server: '' },
    { action: 'file.read', path: '.env' },
  ];
  for (const action of others) for (const name of policyNames) {
    const [b, c] = sides.map((s, i) => attempt(() => s.lib.evaluate(policySets[i][name], action)));
    compare(`${action.type ?? action.action}:${name}`, JSON.stringify(action), b, c);
  }
  console.log(`actions: ${pathTexts.length} paths/destinations in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

// ---------------------------------------------------------------- gate and hook

function gatePhase() {
  if (!usable('devops')) return;
  const t0 = performance.now();
  const all = [...shellTexts.map((command) => ({ type: 'shell.execute', command })), ...pathTexts.slice(0, 2000).map((path) => ({ type: 'file.read', path }))];
  for (let i = 0; i < all.length; i += 25) {
    const chunk = all.slice(i, i + 25);
    const [b, c] = sides.map((s, k) => attempt(() => s.lib.evaluateAll(policySets[k].devops, chunk)));
    compare('evaluateAll:devops', `actions ${i}..${i + chunk.length - 1}: ${chunk[0].command ?? chunk[0].path}`, b, c, { actions: chunk });
  }
  // The Claude Code hook: every line as a Bash call, path-like texts as Read / Write / Edit, hosts as WebFetch.
  const calls = [];
  // Every corpus line and a sample of the generated ones (each hook call judges its line again, with the manifests read).
  for (const [i, command] of shellTexts.entries()) if (collected.texts.has(command) || i % 4 === 0) calls.push({ tool_name: 'Bash', tool_input: { command }, cwd: head });
  for (const p of pathTexts.slice(0, 3000)) {
    calls.push({ tool_name: 'Read', tool_input: { file_path: p }, cwd: head });
    calls.push({ tool_name: 'Write', tool_input: { file_path: p, content: 'x' }, cwd: head });
    calls.push({ tool_name: 'WebFetch', tool_input: { url: p, prompt: 'x' }, cwd: head });
  }
  const session = join(shared, 'fixtures', 'agents', 'claude-code-session.jsonl');
  for (const line of existsSync(session) ? readFileSync(session, 'utf8').split('\n') : []) {
    try {
      const event = JSON.parse(line);
      for (const block of event?.message?.content ?? []) if (block?.type === 'tool_use') calls.push({ tool_name: block.name, tool_input: block.input ?? {}, cwd: head });
    } catch { /* not an event */ }
  }
  for (const call of calls) {
    const [b, c] = sides.map((s, k) => attempt(() => {
      const result = s.claude.judgePreToolUse(policySets[k].devops, call);
      return { result, answer: s.claude.preToolUseAnswer(result) };
    }));
    compare('hook:devops', `${call.tool_name} ${JSON.stringify(call.tool_input)}`, b, c);
  }
  console.log(`gate and hook: ${Math.ceil(all.length / 25)} gates, ${calls.length} hook calls in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

// ---------------------------------------------------------------- policies

/** What a compiled set is, comparably: its rules (pattern sources and positions), digest, files, and lint problems. */
function describeSet(s, set) {
  return {
    dir: set.dir,
    root: set.root,
    digest: set.digest,
    files: set.files,
    rules: set.rules,
    byType: Object.fromEntries(Object.entries(set.byType).map(([type, rules]) => [type, rules.map((r) => r.id)])),
    lint: attempt(() => s.lib.lintPolicies(set)),
  };
}

/** What each compiled pattern matches, over probes made from it and from the inputs. */
function matchesOf(set, probes) {
  const out = [];
  for (const rule of set.rules) {
    for (const condition of rule.conditions) {
      for (const list of [condition.patterns, condition.attributePaths ?? []]) {
        for (const pattern of list) {
          let bits = '';
          for (const probe of [...patternProbes(pattern.source), ...probes]) {
            try { bits += pattern.test(probe) ? '1' : '0'; } catch { bits += 'E'; }
          }
          out.push({ rule: rule.id, key: condition.key, source: pattern.source, bits });
        }
      }
    }
  }
  return out;
}

async function policyPhase() {
  const t0 = performance.now();
  const probes = [...shellTexts.filter((t) => t.length < 200).slice(0, 400), ...pathTexts.slice(0, 400)];
  const texts = [];
  for (const { file, text } of collected.policyTexts) texts.push({ file, text });
  for (const [name, text] of Object.entries(policyTexts)) texts.push({ file: `${name}.yaml`, text });
  const variants = policyVariants(seed + 3, texts.map((t) => t.text));
  for (const [i, text] of variants.entries()) texts.push({ file: `variant-${i}.yaml`, text });
  let matchChecks = 0;
  for (const { file, text } of texts) {
    const [b, c] = sides.map((s) => attempt(() => describeSet(s, s.lib.compilePolicies([{ file, text }], join(head, '.safeclaw'), { allowEmpty: true }))));
    const equal = compare('compilePolicies', `${file}: ${text.length > 400 ? text.slice(0, 400) + '…' : text}`, b, c, { policyText: text });
    if (equal && !b.threw) {
      const sets = sides.map((s) => s.lib.compilePolicies([{ file, text }], join(head, '.safeclaw'), { allowEmpty: true }));
      const [mb, mc] = sets.map((set) => matchesOf(set, probes));
      compare('pattern-matches', `${file}: ${text.slice(0, 200)}`, mb, mc, { policyText: text });
      matchChecks += mb.length;
    }
  }
  // Folders on disk: the examples and test policies, and folders made of the variants (subfolders, other extensions, odd files).
  const folders = [...Object.values(dirs), join(head, 'examples', 'pr'), join(head, 'test', 'shell', 'issue11', '.safeclaw')];
  const scratch = mkdtempSync(join(tmpdir(), 'decision-diff-'));
  try {
    const make = (name, files) => {
      const dir = join(scratch, name);
      mkdirSync(join(dir, 'policies'), { recursive: true });
      for (const [path, content] of Object.entries(files)) {
        mkdirSync(join(dir, 'policies', path, '..'), { recursive: true });
        if (content === null) symlinkSync('/etc/hostname', join(dir, 'policies', path));
        else writeFileSync(join(dir, 'policies', path), content);
      }
      folders.push(dir);
    };
    const devopsText = readFileSync(join(dirs.devops, 'policies', 'devops-agent.yaml'), 'utf8');
    make('split', { 'a.yaml': ALLOW_ALL_DENY_LIST, 'sub/b.yml': templates.DEFAULT_POLICY.replace(/id: never-/g, 'id: other-') });
    make('bom', { 'a.yaml': '\ufeff' + devopsText });
    make('crlf', { 'a.yaml': devopsText.replace(/\n/g, '\r\n') });
    make('empty', { 'a.yaml': '' });
    make('comment-only', { 'a.yaml': '# nothing\n' });
    make('other-file', { 'a.yaml': devopsText, 'README.md': 'x' });
    make('duplicate', { 'a.yaml': devopsText, 'b.yaml': devopsText });
    make('symlink', { 'a.yaml': devopsText, 'b.yaml': null });
    make('latin1', { 'a.yaml': Buffer.from('rules:\n  - id: x\n    action: shell.execute\n    effect: deny\n    conditions:\n      command:\n        pattern: "caf\xe9*"\n    reason: "r"\n', 'latin1') });
    for (const [i, text] of variants.slice(0, 60).entries()) make(`variant-${i}`, { 'policy.yaml': text });
    for (const dir of folders) {
      const results = [];
      for (const s of sides) results.push(await attemptAsync(async () => describeSet(s, await s.lib.loadPolicies(dir, { allowEmpty: true }))));
      compare('loadPolicies', dir.replace(scratch, '<scratch>'), results[0], results[1]);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`policies: ${texts.length} texts (${variants.length} variants), ${matchChecks} patterns probed, ${folders.length} folders in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

// ---------------------------------------------------------------- run

if (phase('unprepared')) compareUnprepared();
if (phase('shell')) shellPhase();
if (phase('actions')) actionsPhase();
if (phase('gate')) gatePhase();
if (phase('order')) orderPhase();
if (phase('sources')) await sourcesPhase();
if (phase('audit')) await auditPhase();
if (phase('policy')) await policyPhase();

// ---------------------------------------------------------------- report

const clip = (v, n = 300) => {
  const s = typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v) ?? String(v);
  return s.length > n ? s.slice(0, n) + '…' : s;
};
// Analyses first: decision entries may follow from an explained analysis of the same line.
const analysisExplanation = new Map();
const ctx = { analysisExplained: (command) => analysisExplanation.get(command) ?? null };
for (const d of differences) {
  if (d.kind !== 'analysis') continue;
  const e = EXPLAINED.find((x) => x.kinds.test(d.kind) && x.match(d, ctx));
  if (e) analysisExplanation.set(d.input, e.id);
}
const explanations = new Map();
// The audit chain's head follows from its records: explained when every record difference is.
ctx.auditExplained = () => differences.filter((d) => d.kind === 'audit').every((d) => explainedBy(d) !== null);
const explainedBy = (d) => {
  if (!explanations.has(d)) explanations.set(d, EXPLAINED.find((e) => e.kinds.test(d.kind) && e.match(d, ctx)) ?? null);
  return explanations.get(d);
};
const groups = new Map();
let explainedCount = 0;
for (const d of differences) {
  const e = explainedBy(d);
  if (e) explainedCount++;
  const signature = `${e ? `explained (${e.id})` : 'UNEXPLAINED'} | ${d.kind.replace(/:.*/, ':*')} | ${d.verdict ?? '-'} | ${d.path.replace(/\[\d+\]/g, '[]')}`;
  if (!groups.has(signature)) groups.set(signature, []);
  groups.get(signature).push(d);
}
const show = Number(values.show);
const sorted = [...groups.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
for (const [signature, list] of sorted) {
  const kinds = [...new Set(list.map((d) => d.kind))];
  console.log(`\n== ${signature}: ${list.length} (${kinds.slice(0, 8).join(', ')}${kinds.length > 8 ? ', …' : ''})`);
  const seenInputs = new Set();
  for (const d of list) {
    if (seenInputs.has(d.input)) continue;
    seenInputs.add(d.input);
    if (seenInputs.size > show) break;
    console.log(`  - [${d.kind}] input ${clip(d.input, 200)}`);
    console.log(`      at ${d.path}: base ${clip(d.base)}\n      ${' '.repeat(d.path.length)}  current ${clip(d.current)}`);
    if (d.verdict && d.verdict !== 'same verdict') console.log(`      verdict: ${d.verdict}; base rule ${d.wholeBase?.rule}, current rule ${d.wholeCurrent?.rule}`);
  }
}
if (preexisting.length) {
  console.log(`\n== pre-existing: the baseline disagrees with itself on ${preexisting.length} lines (left side: the other path, right: analyzeShellCommand)`);
  for (const d of preexisting.slice(0, show * 3)) console.log(`  - [${d.kind}] input ${clip(d.input, 200)}${d.stillInCurrent ? '' : ' (fixed in current)'}\n      at ${d.path}: ${clip(d.base, 200)} vs ${clip(d.current, 200)}`);
}
const unexplained = differences.length - explainedCount;
const byKind = {};
for (const d of differences) byKind[d.kind.replace(/:.*/, '')] = (byKind[d.kind.replace(/:.*/, '')] ?? 0) + 1;
console.log(
  `\nsummary: ${comparisons} comparisons, ${differences.length} differences (${explainedCount} explained, ${unexplained} unexplained)` +
    `${differences.length ? ` by kind ${JSON.stringify(byKind)}` : ''}; ` +
    `more permissive: ${differences.filter((d) => d.verdict?.startsWith('MORE')).length}; ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
if (values.json) writeFileSync(values.json, JSON.stringify({ comparisons, preexisting, differences: differences.map(({ wholeBase, wholeCurrent, ...d }) => ({ ...d, explained: explainedBy(d)?.id ?? null, wholeBase, wholeCurrent })) }, null, 1));
process.exit(unexplained > 0 ? 1 : 0);
