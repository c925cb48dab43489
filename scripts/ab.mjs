// A/B timing of decisions between two source trees, for developers measuring
// a change (not part of `npm run bench`, which measures only the built dist).
// Both trees' src/lib.ts are loaded in this one process (through tsx), the
// example policy is loaded by each, and rounds alternate A, B, A, B… so load
// drift on a shared machine reaches both alike. Prints per group: mean and
// median µs per decision for A and B, and B/A.
//
//   node --import tsx scripts/ab.mjs --base /path/to/baseline-worktree [--seconds 6] [--group mix,simple,compound,file,script]
//   node --import tsx scripts/ab.mjs --base DIR --cpu-prof      (profile B only, no A/B)
//   node --import tsx scripts/ab.mjs --base DIR --cpu           (rounds timed by this process's CPU time, not the
//                                                                wall clock: steadier while other work shares the cores)
//
// The baseline is a git worktree of the revision to compare with:
//   git worktree add --detach /tmp/ab-base <rev> && ln -s "$PWD/node_modules" /tmp/ab-base/node_modules
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    head: { type: 'string', default: resolve(import.meta.dirname, '..') },
    seconds: { type: 'string', default: '6' },
    group: { type: 'string', default: 'mix,simple,compound,file,script' },
    'cpu-prof': { type: 'boolean', default: false },
    cpu: { type: 'boolean', default: false },
  },
});
const head = resolve(values.head);
const requests = await import(pathToFileURL(join(head, 'bench', 'requests.ts')).href);
const { tenKilobyteScript } = await import(pathToFileURL(join(head, 'bench', 'shell.ts')).href);
const policyDir = join(head, 'examples', 'devops', '.safeclaw');

async function side(root) {
  const lib = await import(pathToFileURL(join(root, 'src', 'lib.ts')).href);
  const policy = await lib.loadPolicies(policyDir);
  const script = tenKilobyteScript();
  return {
    root,
    decide: (action) => lib.evaluate(policy, action),
    analyze: () => lib.analyzeShellCommand(script),
  };
}

const groups = {
  mix: requests.realisticMix(),
  simple: requests.SIMPLE_COMMANDS,
  compound: requests.COMPOUND_COMMANDS,
  file: requests.FILE_AND_NETWORK,
  script: null,
};
const chosen = values.group.split(',');
for (const name of chosen) if (!(name in groups)) throw new Error(`unknown group ${name}`);

let sink = 0;
function round(s, name, ms) {
  const actions = groups[name];
  const deadline = performance.now() + ms;
  let n = 0;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  while (performance.now() < deadline) {
    if (actions === null) {
      sink += s.analyze().commands?.length ?? 1;
      n++;
    } else {
      for (const a of actions) sink += s.decide(a).decision.length;
      n += actions.length;
    }
  }
  if (values.cpu) {
    const used = process.cpuUsage(cpuStart);
    return (used.user + used.system) / n;
  }
  return ((performance.now() - start) * 1000) / n;
}

const B = await side(head);
if (values['cpu-prof']) {
  for (const name of chosen) round(B, name, 2000);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 50 });
  await session.post('Profiler.start');
  for (const name of chosen) round(B, name, Number(values.seconds) * 1000);
  const { profile } = await session.post('Profiler.stop');
  const out = `/tmp/ab-${chosen.join('-')}.cpuprofile`;
  writeFileSync(out, JSON.stringify(profile));
  console.log(`profile: ${out} (summarise with node scripts/profile-top.mjs ${out})`);
  process.exit(0);
}
if (!values.base) throw new Error('--base DIR is required (a worktree of the baseline revision)');
const A = await side(resolve(values.base));
const totalMs = Number(values.seconds) * 1000;
for (const name of chosen) {
  // Warm both for 2 s, then alternate 200 ms rounds.
  for (let i = 0; i < 5; i++) { round(A, name, 200); round(B, name, 200); }
  const a = [];
  const b = [];
  for (let spent = 0; spent < totalMs; spent += 400) {
    a.push(round(A, name, 200));
    b.push(round(B, name, 200));
  }
  const med = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
  const avg = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const unit = `${name === 'script' ? 'µs/script' : 'µs/decision'}${values.cpu ? ' (CPU)' : ''}`;
  console.log(
    `${name.padEnd(9)} A mean ${avg(a).toFixed(2)} med ${med(a).toFixed(2)} | B mean ${avg(b).toFixed(2)} med ${med(b).toFixed(2)} ${unit} | B/A ${(med(b) / med(a)).toFixed(3)}`,
  );
}
if (sink === -1) console.log(sink);
