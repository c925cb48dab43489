// Summarises a .cpuprofile (from scripts/ab.mjs --cpu-prof or node --cpu-prof):
// self and total time per function, top N, with file:line. For developers.
//
//   node scripts/profile-top.mjs FILE [N]
import { readFileSync } from 'node:fs';

const [file, count = '40'] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const selfTicks = new Map();
for (const id of profile.samples) selfTicks.set(id, (selfTicks.get(id) ?? 0) + 1);
const total = profile.samples.length;
const key = (n) => {
  const f = n.callFrame;
  const url = f.url.replace(/^.*\/(src|node_modules|dist)\//, '$1/');
  return `${f.functionName || '(anonymous)'} ${url}:${f.lineNumber + 1}`;
};
const self = new Map();
const inclusive = new Map();
for (const [id, ticks] of selfTicks) {
  const k = key(byId.get(id));
  self.set(k, (self.get(k) ?? 0) + ticks);
  // Inclusive: count each function once per sample stack.
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const ck = key(byId.get(cur));
    if (seen.has(ck)) continue;
    seen.add(ck);
    inclusive.set(ck, (inclusive.get(ck) ?? 0) + ticks);
  }
}
const pct = (t) => ((100 * t) / total).toFixed(1).padStart(5);
console.log(`samples ${total}\n-- self --`);
for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(count))) console.log(`${pct(t)}%  ${k}`);
console.log('-- total --');
for (const [k, t] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, Number(count))) console.log(`${pct(t)}%  ${k}`);
