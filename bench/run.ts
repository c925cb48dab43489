// `npm run bench`: decision latency (with Cedar side by side), shell analysis, the
// whole gate as a process, CLI start-up and the audit trail, on this machine.
// Prints markdown tables and writes them to bench/RESULTS.md. A script, not a test:
// nothing here fails on a slow figure; missed targets are marked in the table.
//
//   npm run bench [-- --quick] [-- --only decisions,shell,gate,audit] [-- --node PATH] [-- --no-write]
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { benchAudit } from './audit.js';
import { buildDist } from './build.js';
import { benchDecisions } from './decisions.js';
import { benchGate } from './gate.js';
import { describeMachine } from './machine.js';
import { renderSection, renderTargets, table, type Section, type TargetCheck } from './report.js';
import { benchShell } from './shell.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const SECTIONS = ['decisions', 'shell', 'gate', 'audit'] as const;

const { values } = parseArgs({
  options: {
    node: { type: 'string' },
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
  },
});

// Run under another Node (`--node /usr/bin/node`): the same script, re-executed by it.
if (values.node && resolve(values.node) !== process.execPath) {
  const rest = process.argv.slice(2).filter((arg, i, all) => arg !== '--node' && all[i - 1] !== '--node' && !arg.startsWith('--node='));
  const child = spawnSync(values.node, ['--import', 'tsx', fileURLToPath(import.meta.url), ...rest], { stdio: 'inherit', cwd: join(HERE, '..') });
  process.exit(child.status ?? 1);
}

const only = new Set(values.only ? values.only.split(',') : SECTIONS);
for (const name of only) {
  if (!(SECTIONS as readonly string[]).includes(name)) {
    console.error(`bench: unknown section "${name}" (use ${SECTIONS.join(', ')})`);
    process.exit(2);
  }
}
const quick = values.quick;
const machine = describeMachine();
const started = Date.now();
const header = [
  `## Benchmark results${quick ? ' (quick run: smaller inputs, fewer runs; not for the README)' : ''}`,
  '',
  table(['Machine', ''], [
    ['CPU', machine.cpu],
    ['Cores', String(machine.cores)],
    ['Memory', `${machine.memoryGiB} GiB`],
    ['Node', `${machine.node} (${machine.nodePath})`],
    ['Platform', machine.platform],
    ['Date', new Date().toISOString().slice(0, 10)],
    // The machine may be shared: a load above the core count means other work competed.
    ['Load average at start (1 min)', loadavg()[0].toFixed(2)],
  ]),
  '',
].join('\n');
console.log(header);

const sections: Section[] = [];
const targets: TargetCheck[] = [];
const show = (section: Section) => {
  sections.push(section);
  console.log(renderSection(section));
};

// Everything but the audit runs the bundle users get (see build.ts).
const dist = only.has('decisions') || only.has('shell') || only.has('gate') ? await buildDist() : null;

if (dist && only.has('decisions')) {
  const figures = await benchDecisions(quick, dist.lib);
  figures.sections.forEach(show);
  targets.push(...figures.targets);
}
if (dist && only.has('shell')) show(await benchShell(quick, dist.lib));
if (dist && only.has('gate')) {
  const figures = await benchGate(quick, dist.cli);
  figures.sections.forEach(show);
  targets.push(...figures.targets);
}
if (only.has('audit')) {
  const records = quick ? 100_000 : 1_000_000;
  const figures = await benchAudit({ records, appends: quick ? 50 : 200 });
  const format = (value: number, unit: string) =>
    `${unit === '%' || unit === 'MiB' ? value.toFixed(1) : Math.round(value).toLocaleString('en-US')} ${unit}`;
  show({ title: 'Audit trail', header: ['Figure', 'Value'], rows: figures.map((f) => [f.name, format(f.value, f.unit)]) });
  // Raw SHA-256 throughput is taken as hashing the file's bytes in one stream (the stricter
  // reading); hashing each record line alone, as any per-record chain must, is shown beside it.
  const streamed = figures.find((f) => f.name === 'audit verify vs raw streamed SHA-256');
  const perRecord = figures.find((f) => f.name === 'audit verify vs raw per-record SHA-256');
  if (streamed) {
    targets.push({
      target: `audit verify ≥ 40% of raw SHA-256 throughput (${records.toLocaleString('en-US')} records)`,
      measured: `${streamed.value.toFixed(0)}% of streamed SHA-256${perRecord ? ` (${perRecord.value.toFixed(0)}% of per-record SHA-256)` : ''}`,
      met: streamed.value >= 40,
    });
  }
  // Figures named by bench/audit.ts: the append-latency ratio and the contention run.
  const ratio = figures.find((f) => f.name.startsWith('audit append latency, large log vs'));
  if (ratio) targets.push({ target: `audit append latency at ${records.toLocaleString('en-US')} records ≤ 1.5× at 1,000`, measured: `${(ratio.value / 100).toFixed(2)}×`, met: ratio.value <= 150 });
  const failures = figures.find((f) => f.name.startsWith('audit contention:') && f.name.endsWith('failures'));
  const chain = figures.find((f) => f.name.startsWith('audit contention: records in the log'));
  if (failures && chain) {
    const expected = Number(/of (\d+)/.exec(chain.name)?.[1]);
    const met = failures.value === 0 && chain.value === expected && chain.name.endsWith('yes');
    targets.push({ target: '200 concurrent writer processes: 0 failures, 0 lost, one chain', measured: `${failures.value} failed, ${chain.value} of ${expected} records`, met });
  }
}

dist?.remove();

const targetText = renderTargets(targets);
console.log(targetText);
const seconds = Math.round((Date.now() - started) / 1000);
const ending = `Whole benchmark: ${seconds} s (\`npm run bench\`); load average at the end (1 min): ${loadavg()[0].toFixed(2)}.`;
console.log(ending);

if (!values['no-write'] && !quick && only.size === SECTIONS.length) {
  const text = [header, targetText, ...sections.map(renderSection), ending, ''].join('\n');
  writeFileSync(join(HERE, 'RESULTS.md'), text);
  console.log('Written to bench/RESULTS.md.');
}
