// `npm run bench`: decision latency (with Cedar side by side), compound lines one
// by one, shell analysis, policy load, the Claude Code hook call, the whole gate
// (the Action and `safeclaw check`) and the audit trail, on this machine, on
// Node 20 and Node 24 in one run. Prints markdown tables, each issue-15 target
// with its figure and PASS/MISS, and writes them to bench/RESULTS.md (full runs
// only). A script, not a test: nothing here fails on a slow figure.
//
//   npm run bench [-- --quick] [-- --only inprocess,hook,gate,audit] [-- --node PATH ...] [-- --no-write]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { benchAudit } from './audit.js';
import { buildDist } from './build.js';
import { benchGate } from './gate.js';
import { benchHook } from './hook.js';
import { benchInProcess } from './inprocess.js';
import { describeMachine } from './machine.js';
import { benchNodes } from './nodes.js';
import { renderSection, renderTargets, table, type Section, type TargetCheck } from './report.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const SECTIONS = ['inprocess', 'hook', 'gate', 'audit'] as const;

const { values } = parseArgs({
  options: {
    node: { type: 'string', multiple: true },
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
  },
});

const only = new Set(values.only ? values.only.split(',') : SECTIONS);
for (const name of only) {
  if (!(SECTIONS as readonly string[]).includes(name)) {
    console.error(`bench: unknown section "${name}" (use ${SECTIONS.join(', ')})`);
    process.exit(2);
  }
}
const quick = values.quick;
const nodes = benchNodes(values.node ?? []);
const machine = describeMachine();
const started = Date.now();
const header = [
  `## Benchmark results${quick ? ' (quick run: smaller inputs, shorter warm-up, fewer runs; not for the README)' : ''}`,
  '',
  table(['Machine', ''], [
    ['CPU', machine.cpu],
    ['Cores', String(machine.cores)],
    ['Memory', `${machine.memoryGiB} GiB`],
    ['Nodes', nodes.map((n) => `${n.label} (${n.path})`).join('; ')],
    ['Platform', machine.platform],
    ['Date', new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC'],
    // The machine may be shared: a load above the core count means other work competed.
    ['Load average at start (1 min)', loadavg()[0].toFixed(2)],
  ]),
  '',
].join('\n');
console.log(header);

const sections: Section[] = [];
const targets: TargetCheck[] = [];
const show = (figures: { sections: Section[]; targets?: TargetCheck[] }) => {
  for (const section of figures.sections) {
    sections.push(section);
    console.log(renderSection(section));
  }
  targets.push(...(figures.targets ?? []));
};

// Everything but the audit runs the bundle users get (see build.ts).
const dist = only.has('inprocess') || only.has('hook') || only.has('gate') ? await buildDist() : null;
try {
  if (dist && only.has('inprocess')) show(await benchInProcess(nodes, join(dist.dir, 'lib.js'), quick));
  if (dist && only.has('hook')) show(benchHook(nodes, dist.cli, quick));
  if (dist && only.has('gate')) show(await benchGate(nodes, dist.dir, quick));
  if (only.has('audit')) show(await auditSection());
} finally {
  dist?.remove();
}

const targetText = renderTargets(targets);
console.log(targetText);
const seconds = Math.round((Date.now() - started) / 1000);
const ending = `Whole benchmark: ${seconds} s (\`npm run bench${quick ? ' -- --quick' : ''}\`); load average at the end (1 min): ${loadavg()[0].toFixed(2)}.`;
console.log(ending);

if (!values['no-write'] && !quick && only.size === SECTIONS.length) {
  // What limits each missed target, with the profile: written by hand after a run (bench/LIMITS.md), kept beside the figures.
  const limits = existsSync(join(HERE, 'LIMITS.md')) ? ['', readFileSync(join(HERE, 'LIMITS.md'), 'utf8').trim(), ''] : [];
  const text = [header, targetText, ...sections.map(renderSection), ending, ...limits, ''].join('\n');
  writeFileSync(join(HERE, 'RESULTS.md'), text);
  console.log('Written to bench/RESULTS.md.');
}

async function auditSection(): Promise<{ sections: Section[]; targets: TargetCheck[] }> {
  const records = quick ? 100_000 : 1_000_000;
  const figures = await benchAudit({ records, appends: quick ? 50 : 200, verifyRuns: quick ? 1 : 3 });
  const format = (value: number, unit: string) =>
    `${unit === '%' || unit === 'MiB' ? value.toFixed(1) : Math.round(value).toLocaleString('en-US')} ${unit}`;
  const auditTargets: TargetCheck[] = [];
  // Raw SHA-256 throughput is taken as hashing the file's bytes in one stream (the stricter
  // reading); hashing each record line alone, as any per-record chain must, is shown beside it.
  const streamed = figures.find((f) => f.name === 'audit verify vs raw streamed SHA-256');
  const perRecord = figures.find((f) => f.name === 'audit verify vs raw per-record SHA-256');
  if (streamed) {
    auditTargets.push({
      target: `audit verify ≥ 40% of raw SHA-256 throughput (${records.toLocaleString('en-US')} records)`,
      measured: `${streamed.value.toFixed(0)}% of streamed SHA-256${perRecord ? ` (${perRecord.value.toFixed(0)}% of per-record SHA-256)` : ''}`,
      met: streamed.value >= 40,
    });
  }
  // Figures named by bench/audit.ts: the append-latency ratio and the contention run.
  const ratio = figures.find((f) => f.name.startsWith('audit append latency, large log vs'));
  if (ratio) auditTargets.push({ target: `audit append O(1): latency at ${records.toLocaleString('en-US')} records ≤ 1.5× at 1,000`, measured: `${(ratio.value / 100).toFixed(2)}×`, met: ratio.value <= 150 });
  const failures = figures.find((f) => f.name.startsWith('audit contention:') && f.name.endsWith('failures'));
  const chain = figures.find((f) => f.name.startsWith('audit contention: records in the log'));
  if (failures && chain) {
    const expected = Number(/of (\d+)/.exec(chain.name)?.[1]);
    const met = failures.value === 0 && chain.value === expected && chain.name.endsWith('yes');
    auditTargets.push({ target: '200 concurrent writer processes: 0 failures, 0 lost, one chain', measured: `${failures.value} failed, ${chain.value} of ${expected} records`, met });
  }
  return {
    sections: [{ title: `Audit trail (${process.version})`, header: ['Figure', 'Value'], rows: figures.map((f) => [f.name, format(f.value, f.unit)]) }],
    targets: auditTargets,
  };
}
