// Decisions, shell analysis and policy load on every Node at once: one worker
// per Node (bench/worker.ts), warmed up, then driven round by round in turn
// (Node 20 round 1, Node 24 round 1, Node 20 round 2, …) so that a load drift
// on a shared machine reaches both alike.
import { fork, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NodeBinary } from './nodes.js';
import { ms, perSecond, ratio, us, type Section, type TargetCheck } from './report.js';
import { median } from './stats.js';
import type { GroupResult, PolicyLoadFigure, WorkerResults } from './worker.js';

const HERE = dirname(fileURLToPath(import.meta.url));

/** A worker that died while the bench waited for it (Node 20's V8 SIGTRAPs in Cedar's calls without v8FlagsFor's flag). */
export class WorkerCrash extends Error {}

/**
 * V8 flags for a worker on this Node. Node 20's V8 (11.3) dies with "unreachable code" in
 * Deoptimizer::DoComputeBuiltinContinuation when it lazily deoptimises cedarDecide with Cedar's
 * JS-to-Wasm call inlined into it (seen every full run on an Intel Xeon host, 2026-12-05, with
 * --trace-deopt naming cedarDecide last). Keeping that call out of line stops it. SafeClaw
 * crosses into WebAssembly only for a line its TypeScript parser declines (tree-sitter), and none
 * of the bench's lines is one (`needsTreeSitter` is false for all 40 and the 10 KB script), so the
 * flag touches none of SafeClaw's figures; on Node 24, which does not crash, Cedar's calls over the
 * bench's requests read 65–73 µs a call with the flag and without, no difference within the noise.
 * Node 24 keeps V8's default.
 */
function v8FlagsFor(node: NodeBinary): string[] {
  return /^v20\./.test(node.version) ? ['--no-turbo-inline-js-wasm-calls'] : [];
}

class Worker {
  private readonly child: ChildProcess;
  private waiting: { type: string; resolve: (message: any) => void; reject: (err: Error) => void } | undefined;

  constructor(readonly node: NodeBinary) {
    this.child = fork(join(HERE, 'worker.ts'), [], { execPath: node.path, execArgv: ['--import', 'tsx', ...v8FlagsFor(node)], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.child.on('message', (message: { type: string; message?: string }) => {
      const waiting = this.waiting;
      if (!waiting) return;
      this.waiting = undefined;
      if (message.type === 'error') waiting.reject(new Error(`bench worker on ${node.label} failed: ${message.message}`));
      else waiting.resolve(message);
    });
    this.child.on('exit', (code, signal) => {
      const waiting = this.waiting;
      this.waiting = undefined;
      waiting?.reject(new WorkerCrash(`bench worker on ${node.label} exited (${signal ?? code}) while the bench waited for ${waiting.type}`));
    });
  }

  stop(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
  }

  ask<T>(message: Record<string, unknown>, answer: string): Promise<T> {
    return new Promise((resolve, reject) => {
      this.waiting = { type: answer, resolve, reject };
      this.child.send(message);
    });
  }
}

export interface InProcessFigures {
  sections: Section[];
  targets: TargetCheck[];
  results: WorkerResults[];
}

/**
 * The in-process figures. A worker that crashes takes the others down with it and
 * the whole section is measured once more from fresh workers (a half-measured
 * section would pair rounds that did not alternate); the output says so.
 */
export async function benchInProcess(nodes: NodeBinary[], lib: string, quick: boolean): Promise<InProcessFigures> {
  try {
    return await measureInProcess(nodes, lib, quick);
  } catch (error) {
    if (!(error instanceof WorkerCrash)) throw error;
    console.warn(`${error.message}: measuring the in-process section again from fresh workers`);
    const figures = await measureInProcess(nodes, lib, quick);
    const first = figures.sections[0];
    if (first) first.notes = [...(first.notes ?? []), `A first attempt at this section was discarded: ${error.message}.`];
    return figures;
  }
}

async function measureInProcess(nodes: NodeBinary[], lib: string, quick: boolean): Promise<InProcessFigures> {
  const workers = nodes.map((node) => new Worker(node));
  try {
    return await driveWorkers(workers, lib, quick);
  } finally {
    for (const worker of workers) worker.stop();
  }
}

async function driveWorkers(workers: Worker[], lib: string, quick: boolean): Promise<InProcessFigures> {
  // Warm-ups one after the other (each takes a core for ≥ 3 s), then the rounds in turn.
  for (const worker of workers) await worker.ask({ type: 'init', lib, quick }, 'ready');
  const rounds = quick ? 3 : 6;
  for (let index = 0; index < rounds; index++) for (const worker of workers) await worker.ask({ type: 'round', index }, 'round-done');
  const sizes = quick ? [500, 1000, 2000] : [1000, 5000, 20_000];
  const loadRuns = quick ? 1 : 2;
  for (let run = 0; run < loadRuns; run++) {
    for (const rules of sizes) for (const worker of workers) await worker.ask({ type: 'policy-load', rules }, 'policy-load-done');
  }
  const results: WorkerResults[] = [];
  for (const worker of workers) results.push((await worker.ask<{ results: WorkerResults }>({ type: 'finish' }, 'results')).results);
  return { ...render(results, quick), results };
}

const group = (r: WorkerResults, name: string): GroupResult => {
  const found = r.groups.find((g) => g.name === name);
  if (!found) throw new Error(`no bench group ${name}`);
  return found;
};

function render(results: WorkerResults[], quick: boolean): { sections: Section[]; targets: TargetCheck[] } {
  const first = results[0];
  const policyNames = first.agreement.map((a) => a.policy);
  const requestGroups = [...new Set(first.groups.filter((g) => g.name.startsWith('safeclaw|')).map((g) => g.name.split('|')[2]))];
  const targets: TargetCheck[] = [];

  const decisionRows: string[][] = [];
  for (const policy of policyNames) {
    for (const requests of requestGroups) {
      for (const r of results) {
        const ours = group(r, `safeclaw|${policy}|${requests}`);
        const theirs = group(r, `cedar|${policy}|${requests}`);
        decisionRows.push([
          policy,
          requests,
          r.node,
          us(ours.summary.mean),
          us(ours.summary.median),
          us(ours.summary.p99),
          perSecond(ours.rate),
          us(theirs.summary.mean),
          us(theirs.summary.median),
          ratio(theirs.summary.mean / ours.summary.mean),
        ]);
      }
    }
  }

  for (const r of results) {
    const mix = group(r, `safeclaw|${policyNames[0]}|realistic mix`);
    targets.push({ target: `decision, realistic mix, mean ≤ 3 µs (${r.node})`, measured: us(mix.summary.mean), met: mix.summary.mean <= 3 });
    targets.push({ target: `decision, realistic mix, p99 ≤ 30 µs (${r.node})`, measured: us(mix.summary.p99), met: mix.summary.p99 <= 30 });
  }
  for (const r of results) {
    const lines = group(r, `safeclaw|${policyNames[0]}|compound commands`).perInput ?? [];
    const worst = lines.reduce((a, b) => (b.summary.mean > a.summary.mean ? b : a));
    const over = lines.filter((l) => l.summary.mean > 15).length;
    targets.push({
      target: `every compound line ≤ 15 µs per decision (mean, ${lines.length} lines, ${r.node})`,
      measured: `worst ${us(worst.summary.mean)} (\`${shorten(worst.label)}\`)${over ? `; ${over} over` : ''}`,
      met: over === 0,
    });
    const script = group(r, 'shell|script');
    targets.push({ target: `10 KB script ≤ 2 ms (analysis, mean, ${r.node})`, measured: ms(script.summary.mean / 1000), met: script.summary.mean <= 2000 });
  }
  for (const policy of policyNames) {
    for (const r of results) {
      const ours = group(r, `safeclaw|${policy}|realistic mix`);
      const theirs = group(r, `cedar|${policy}|realistic mix`);
      const times = theirs.summary.mean / ours.summary.mean;
      targets.push({ target: `≥ 10× faster than Cedar, ${policy}, realistic mix (mean, ${r.node})`, measured: ratio(times), met: times >= 10 });
    }
  }

  const perLineRows: string[][] = [];
  const lineLabels = (group(first, `safeclaw|${policyNames[0]}|compound commands`).perInput ?? []).map((l) => l.label);
  lineLabels.forEach((label, i) => {
    const cells = results.flatMap((r) => {
      const s = (group(r, `safeclaw|${policyNames[0]}|compound commands`).perInput ?? [])[i].summary;
      const a = (group(r, 'shell|compound').perInput ?? [])[i].summary;
      return [us(s.mean), us(s.p99), us(a.mean)];
    });
    perLineRows.push([`\`${shorten(label)}\``, ...cells]);
  });

  const shellRows: string[][] = [];
  for (const r of results) {
    const simple = group(r, 'shell|simple');
    const compound = group(r, 'shell|compound');
    const script = group(r, 'shell|script');
    shellRows.push([`short simple command (${(simple.perInput ?? []).length} kinds)`, r.node, us(simple.summary.mean), us(simple.summary.median), us(simple.summary.p99)]);
    shellRows.push([`compound command line (${(compound.perInput ?? []).length} kinds)`, r.node, us(compound.summary.mean), us(compound.summary.median), us(compound.summary.p99)]);
    shellRows.push([
      `${(r.script.bytes / 1000).toFixed(1)} KB deployment script (${r.script.commands} commands, ${r.script.implied} implied actions)`,
      r.node,
      ms(script.summary.mean / 1000),
      ms(script.summary.median / 1000),
      ms(script.summary.p99 / 1000),
    ]);
  }

  const loadRows: string[][] = [];
  for (const r of results) {
    const sorted = [...r.policyLoad].sort((a, b) => a.rules - b.rules);
    const perRule = (f: PolicyLoadFigure) => median(f.compileMs) / f.rules;
    for (const f of sorted) {
      const compile = median(f.compileMs);
      const yaml = median(f.yamlMs);
      loadRows.push([f.rules.toLocaleString('en-US'), `${(f.bytes / 1e6).toFixed(2)} MB`, r.node, ms(compile), `${(1000 * perRule(f)).toFixed(0)} µs`, ms(yaml), ratio(compile / yaml)]);
    }
    const smallest = sorted[0];
    const largest = sorted[sorted.length - 1];
    const growth = perRule(largest) / perRule(smallest);
    targets.push({
      target: `policy load linear in rules: time per rule at ${largest.rules.toLocaleString('en-US')} ≤ 1.5× at ${smallest.rules.toLocaleString('en-US')} (${r.node})`,
      measured: `${growth.toFixed(2)}×`,
      met: growth <= 1.5,
    });
    const worstRatio = Math.max(...sorted.map((f) => median(f.compileMs) / median(f.yamlMs)));
    targets.push({ target: `policy load ≤ 3× a bare YAML parse of the same text (worst size, ${r.node})`, measured: ratio(worstRatio), met: worstRatio <= 3 });
  }

  const agreement = policyNames.map((policy) => {
    const a = first.agreement.find((x) => x.policy === policy)!;
    return [policy, `${a.same}/${a.distinct}`, String(a.unmapped)];
  });
  const disagreements = first.agreement.flatMap((a) => a.disagreements.map((d) => `${a.policy}: ${d}`));
  const nodeNames = results.map((r) => r.node).join(' and ');
  const sections: Section[] = [
    {
      title: 'Decision latency: SafeClaw `evaluate` vs Cedar `isAuthorized` (same process, same requests)',
      header: ['Policy', 'Requests', 'Node', 'SafeClaw mean', 'median', 'p99', 'rate', 'Cedar mean', 'Cedar median', 'Cedar ÷ SafeClaw (mean)'],
      rows: decisionRows,
      notes: [
        'SafeClaw as shipped: `evaluate` from a freshly built bundle (dist/lib.js), policies compiled once; every call does its full work (no result cache).',
        `Cedar ${first.cedarVersion} (@cedar-policy/cedar-wasm), policies pre-parsed once (\`preparsePolicySet\`, \`statefulIsAuthorized\`); request objects built before timing.`,
        `Per call, timed one by one (timer cost subtracted), pooled over ${first.rounds} rounds after ${first.warmupSeconds.toFixed(1)} s of warm-up; every group's rounds interleaved with every other's, and ${nodeNames} alternating round by round. Rate: an untimed loop of as many calls.`,
        'Realistic mix: 50% simple commands, 20% compound command lines, 30% file and network actions.',
        'Node 20 workers run with `--no-turbo-inline-js-wasm-calls`: its V8 crashed deoptimising an inlined JS-to-Wasm call in Cedar\'s calls. None of SafeClaw\'s timed lines reaches its Wasm parser (tree-sitter, for lines its TypeScript parser declines); on Node 24, which does not crash, the flag changes no Cedar figure (65–73 µs a call with it and without).',
        `CPU share while timing (CPU time ÷ wall time of the rounds; below 1 means other work took the core and every figure above is inflated by about its inverse): ${results.map((r) => `${r.node} ${r.cpuShare.toFixed(2)}`).join(', ')}.`,
      ],
    },
    {
      title: 'Compound lines, one by one (example policy)',
      header: ['Line', ...results.flatMap((r) => [`decision mean (${r.node})`, 'p99', 'analysis mean'])],
      rows: perLineRows,
      notes: ['Decision: `evaluate` (analysis, canonical forms, implied actions, matching); analysis: `analyzeShellCommand` alone.'],
    },
    {
      title: 'Do the two engines agree? (allow vs not allowed, every distinct request)',
      header: ['Policy', 'Same decision', 'Rules with no Cedar form'],
      rows: agreement,
      notes: disagreements.length ? disagreements : ['No disagreements.'],
    },
    { title: 'Shell analysis (`analyzeShellCommand`)', header: ['Input', 'Node', 'Mean', 'Median', 'p99'], rows: shellRows },
    {
      title: 'Policy load (`compilePolicies` on generated YAML vs `yaml.parse` of the same text)',
      header: ['Rules', 'Text', 'Node', 'Compile (median)', 'per rule', 'Bare YAML parse (median)', 'Compile ÷ parse'],
      rows: loadRows,
      notes: [`Median of ${quick ? 1 : 2} runs after one unrecorded run, compile and parse alternating, sizes and Nodes interleaved. The compile includes the YAML parse (with positions for error messages), validation and glob compilation.`],
    },
  ];
  return { sections, targets };
}

function shorten(text: string): string {
  const one = text.replace(/\n/g, '\\n').replace(/\|/g, '\\|');
  return one.length > 70 ? `${one.slice(0, 67)}…` : one;
}
