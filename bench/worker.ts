// The in-process figures for one Node: decisions (SafeClaw and Cedar on the
// same requests), shell analysis, and policy load. Started by run.ts once per
// Node (`fork` with that Node's binary), driven over IPC round by round, so the
// rounds of both Nodes alternate too: a load drift reaches both alike.
//
//   parent → { type: 'init', lib, quick }       worker → { type: 'ready', ... }
//   parent → { type: 'round', index }           worker → { type: 'round-done' }
//   parent → { type: 'policy-load', sizes, i }  worker → { type: 'policy-load-done', figures }
//   parent → { type: 'finish' }                 worker → { type: 'results', results }
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { Action, PolicySet } from '../src/types.js';
import type { SafeClawLibrary } from './build.js';
import { cedarDecide, toCedarPolicySet, toCedarRequest, CEDAR_VERSION } from './cedar.js';
import { EXAMPLE_POLICIES, generatedPolicyYaml, largePolicySet } from './generate-policy.js';
import { COMPOUND_COMMANDS, REQUEST_GROUPS, SIMPLE_COMMANDS } from './requests.js';
import { tenKilobyteScript } from './shell.js';
import { TimedGroup, timerOverheadNs, type Summary } from './stats.js';

export interface GroupResult {
  name: string;
  summary: Summary;
  rate: number;
  /** Per input (for the per-line figures). */
  perInput?: { label: string; summary: Summary }[];
}

export interface PolicyLoadFigure {
  rules: number;
  bytes: number;
  /** Milliseconds of each run. */
  compileMs: number[];
  yamlMs: number[];
}

export interface WorkerResults {
  node: string;
  execPath: string;
  cedarVersion: string;
  warmupSeconds: number;
  rounds: number;
  /** CPU time ÷ wall time of the timed rounds (1 = a core to itself; GC threads can lift it a little above). */
  cpuShare: number;
  groups: GroupResult[];
  agreement: { policy: string; same: number; distinct: number; unmapped: number; disagreements: string[] }[];
  script: { bytes: number; commands: number; implied: number };
  policyLoad: PolicyLoadFigure[];
  /** Checks that the timed work was real: decisions per group. */
  decisions: Record<string, string>;
}

type Message =
  | { type: 'init'; lib: string; quick: boolean }
  | { type: 'round'; index: number }
  | { type: 'policy-load'; rules: number }
  | { type: 'finish' };

let lib: SafeClawLibrary;
let quick = false;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- groups of every input type in one list
const groups: TimedGroup<any>[] = [];
const labels = new Map<string, string[]>();
let overhead = 0;
let roundsDone = 0;
let warmupSeconds = 0;
const policyLoad = new Map<number, PolicyLoadFigure>();
let results: Omit<WorkerResults, 'groups' | 'rounds' | 'policyLoad' | 'warmupSeconds' | 'cpuShare'>;

const send = (message: unknown) => process.send?.(message);

function describeAction(action: Action): string {
  switch (action.type) {
    case 'shell.execute':
      return action.command;
    case 'file.read':
    case 'file.write':
      return `${action.type} ${action.path}`;
    case 'network.request':
      return `${action.type} ${action.destination}`;
    case 'infra.change':
      return `${action.change} ${action.address}`;
    case 'tool.call':
      return `${action.type} ${action.tool}`;
  }
}

async function init(libPath: string, isQuick: boolean): Promise<void> {
  quick = isQuick;
  lib = (await import(pathToFileURL(libPath).href)) as SafeClawLibrary;
  const { evaluate, analyzeShellCommand } = lib;
  const example = await lib.loadPolicies(EXAMPLE_POLICIES);
  const large = largePolicySet(1000, lib.compilePolicies);
  const policies: { name: string; set: PolicySet }[] = [
    { name: `example (${example.rules.length} rules)`, set: example },
    { name: `generated (${large.rules.length.toLocaleString('en-US')} rules)`, set: large },
  ];
  const agreement: WorkerResults['agreement'] = [];
  const decisions: Record<string, string> = {};
  for (const { name, set } of policies) {
    const cedarSet = toCedarPolicySet(set);
    for (const group of REQUEST_GROUPS) {
      const groupName = `safeclaw|${name}|${group.name}`;
      groups.push(new TimedGroup(groupName, group.actions, (action) => evaluate(set, action as Action).decision === 'allow'));
      labels.set(groupName, group.actions.map(describeAction));
      const counts: Record<string, number> = {};
      for (const action of group.actions) {
        const d = evaluate(set, action).decision;
        counts[d] = (counts[d] ?? 0) + 1;
      }
      decisions[groupName] = Object.entries(counts).map(([d, n]) => `${n} ${d}`).join(', ');
      const calls = group.actions.map((action) => toCedarRequest(action, cedarSet.id));
      groups.push(new TimedGroup(`cedar|${name}|${group.name}`, calls, (call) => cedarDecide(call as ReturnType<typeof toCedarRequest>).allowed));
    }
    agreement.push({ policy: name, ...agreeing(set, cedarSet), unmapped: cedarSet.unmapped.length });
  }
  const commandsOf = (actions: Action[]) => actions.map((a) => (a.type === 'shell.execute' ? a.command : ''));
  const simple = commandsOf(SIMPLE_COMMANDS);
  const compound = commandsOf(COMPOUND_COMMANDS);
  const script = tenKilobyteScript();
  groups.push(new TimedGroup('shell|simple', simple, (c) => analyzeShellCommand(c as string).commands.length));
  groups.push(new TimedGroup('shell|compound', compound, (c) => analyzeShellCommand(c as string).commands.length));
  labels.set('shell|simple', simple);
  labels.set('shell|compound', compound);
  groups.push(new TimedGroup('shell|script', [script], (c) => analyzeShellCommand(c as string).commands.length));
  const analysis = analyzeShellCommand(script);
  results = {
    node: process.version,
    execPath: process.execPath,
    cedarVersion: CEDAR_VERSION,
    agreement,
    script: { bytes: script.length, commands: analysis.commands.length, implied: analysis.implied.length },
    decisions,
  };

  overhead = timerOverheadNs();
  // Warm-up: every group in turn, slices of 50 ms, until at least 3 s in all (0.5 s quick).
  const total = quick ? 0.5 : Math.max(3, 0.25 * groups.length);
  const started = process.hrtime.bigint();
  while (Number(process.hrtime.bigint() - started) / 1e9 < total) for (const group of groups) group.warm(quick ? 0.01 : 0.05);
  warmupSeconds = Number(process.hrtime.bigint() - started) / 1e9;
}

/** Allow vs not allowed on every distinct request, and why they differ (CEDAR.md's reasons). */
function agreeing(set: PolicySet, cedarSet: ReturnType<typeof toCedarPolicySet>): { same: number; distinct: number; disagreements: string[] } {
  const distinct = [...new Set(REQUEST_GROUPS.flatMap((g) => g.actions))];
  let same = 0;
  const disagreements: string[] = [];
  for (const action of distinct) {
    const ours = lib.evaluate(set, action);
    const theirs = cedarDecide(toCedarRequest(action, cedarSet.id));
    if ((ours.decision === 'allow') === theirs.allowed && theirs.errors.length === 0) {
      same++;
      continue;
    }
    disagreements.push(
      `\`${describeAction(action).replace(/\n/g, '\\n')}\`: SafeClaw ${ours.decision}${ours.rule ? ` (${ours.rule})` : ''}, Cedar ${theirs.allowed ? 'allow' : 'deny'}` +
        `${theirs.policies.length ? ` (${theirs.policies.join(', ')})` : ''}: ${whyTheyDiffer(action, ours, set)}`,
    );
  }
  return { same, distinct: distinct.length, disagreements };
}

function whyTheyDiffer(action: Action, decision: ReturnType<SafeClawLibrary['evaluate']>, set: PolicySet): string {
  switch (action.type) {
    case 'shell.execute':
      if (decision.parts.length > 1) return 'shell analysis: SafeClaw judges each simple command and implied file/network action; Cedar sees one string';
      if (decision.normalized !== action.command) return `canonical command form: SafeClaw matched \`${decision.normalized}\``;
      return 'opaque command or glob semantics';
    case 'file.read':
    case 'file.write':
      if (lib.normalizePath(action.path, set.root) !== action.path) return `path normalisation: SafeClaw matched \`${decision.normalized}\``;
      return "path globs: Cedar's `*` crosses folders, SafeClaw's `*` stays in one";
    case 'network.request':
      return `destination normalisation: SafeClaw matched \`${decision.normalized}\``;
    default:
      return 'attributes';
  }
}

/** CPU time this process got while timing, and the wall time it took: on a shared machine the share falls below 1. */
const timing = { cpuUs: 0, wallUs: 0 };

function round(index: number): void {
  const seconds = quick ? 0.02 : 0.12;
  const cpu = process.cpuUsage();
  const wall = process.hrtime.bigint();
  // A different starting group each round, so no group always runs first or last.
  for (let k = 0; k < groups.length; k++) groups[(index + k) % groups.length].round(seconds, overhead);
  const used = process.cpuUsage(cpu);
  timing.cpuUs += used.user + used.system;
  timing.wallUs += Number(process.hrtime.bigint() - wall) / 1000;
  roundsDone++;
}

/** One run of each: compile the YAML text into a policy set, and a bare YAML parse of the same text, alternating. */
function measurePolicyLoad(rules: number): PolicyLoadFigure {
  let figure = policyLoad.get(rules);
  const text = generatedPolicyYaml(rules);
  if (!figure) {
    figure = { rules, bytes: text.length, compileMs: [], yamlMs: [] };
    policyLoad.set(rules, figure);
    // Warm both once (JIT), not counted.
    lib.compilePolicies([{ file: 'generated.yaml', text }], EXAMPLE_POLICIES);
    parseYaml(text);
  }
  let t = process.hrtime.bigint();
  const set = lib.compilePolicies([{ file: 'generated.yaml', text }], EXAMPLE_POLICIES);
  figure.compileMs.push(Number(process.hrtime.bigint() - t) / 1e6);
  if (set.rules.length !== rules) throw new Error(`policy load compiled ${set.rules.length} of ${rules} rules`);
  t = process.hrtime.bigint();
  parseYaml(text);
  figure.yamlMs.push(Number(process.hrtime.bigint() - t) / 1e6);
  return figure;
}

function finish(): WorkerResults {
  const out: GroupResult[] = groups.map((group) => {
    const names = labels.get(group.name);
    return {
      name: group.name,
      summary: group.summary(),
      rate: group.rate(),
      ...(names ? { perInput: names.map((label, i) => ({ label, summary: group.summaryOf(i) })) } : {}),
    };
  });
  let sink = 0;
  for (const group of groups) sink += group.sink;
  if (sink < 0) console.log(sink);
  return { ...results, warmupSeconds, rounds: roundsDone, cpuShare: timing.cpuUs / timing.wallUs, groups: out, policyLoad: [...policyLoad.values()] };
}

process.on('message', (message: Message) => {
  void (async () => {
    try {
      if (message.type === 'init') {
        await init(message.lib, message.quick);
        send({ type: 'ready' });
      } else if (message.type === 'round') {
        round(message.index);
        send({ type: 'round-done' });
      } else if (message.type === 'policy-load') {
        send({ type: 'policy-load-done', figure: measurePolicyLoad(message.rules) });
      } else if (message.type === 'finish') {
        send({ type: 'results', results: finish() });
        process.disconnect?.();
      }
    } catch (err) {
      send({ type: 'error', message: (err as Error).stack ?? String(err) });
    }
  })();
});

