// Policy texts written other ways YAML allows (and some it does not), for the
// loader comparison: whatever reads a policy must read each exactly as the `yaml`
// package does, or refuse it with the same problems. Also the probe strings a
// compiled pattern is tried on.
import { parse, stringify } from 'yaml';
import { rng } from './generate.mjs';

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];

/** Textual tricks on a policy text: each keeps or changes its meaning only as YAML says. */
const TEXT_TRICKS = [
  (t) => t.replace(/\n/g, '\r\n'),
  (t) => '\ufeff' + t,
  (t) => `---\n${t}`,
  (t) => `%YAML 1.2\n---\n${t}`,
  (t) => `%YAML 1.1\n---\n${t}`,
  (t) => `${t}\n...\n`,
  (t) => `${t}\n---\nrules: []\n`,
  (t) => t.replace(/(effect: \w+)/, '$1 # trailing comment'),
  (t) => t.replace(/(effect: \w+)/, '$1#not a comment'),
  (t) => t.replace(/ +$/gm, '').replace(/\n/g, '  \n'),
  (t) => t.replace(/\n/g, '\n\n'),
  (t) => t.replace(/^( *)id:/m, '$1"id":'),
  (t) => t.replace(/^( *)action:/m, "$1'action':"),
  (t) => t.replace(/pattern: "([^"]*)\*([^"]*)"/, 'pattern: "$1\\x2a$2"'),
  (t) => t.replace(/pattern: "([^"]*)\*([^"]*)"/, 'pattern: "$1\\u002A$2"'),
  (t) => t.replace(/pattern: "([^"]*)"/, "pattern: '$1'"),
  (t) => t.replace(/pattern: "([^"]*)"/, 'pattern: $1'),
  (t) => t.replace(/pattern: "([^"]*)"/, 'pattern: !!str "$1"'),
  (t) => t.replace(/pattern: "([^"]*)"/, 'pattern: ["$1"]'),
  (t) => t.replace(/pattern: "([^"]*)"/, 'pattern:\n          - "$1"\n          - "$1 "'),
  (t) => t.replace(/pattern: "([^"]*)"/, 'pattern: |\n          $1'),
  (t) => t.replace(/pattern: "([^"]*)"/, 'pattern: >-\n          $1'),
  (t) => t.replace(/pattern: "([^"]*)"/, 'pattern: "$1\\\n  "'),
  (t) => t.replace(/pattern: "([^"]*)"/, 'pattern: "$1\n          continued"'),
  (t) => t.replace(/reason: "([^"]*)"/, 'reason: &why "$1"').replace(/(reason: "[^"]*")([\s\S]*?)reason: "[^"]*"/, '$1$2reason: *why'),
  (t) => t.replace(/reason: "([^"]*)"/, 'reason: >\n      $1\n      more'),
  (t) => t.replace(/reason: "([^"]*)"/, 'reason: ~'),
  (t) => t.replace(/reason: "([^"]*)"/, 'reason:'),
  (t) => t.replace(/reason: "([^"]*)"/, "reason: 'it''s $1'"),
  (t) => t.replace(/reason: "([^"]*)"/, 'reason: "$1 \\"quoted\\" \\t \\u00e9"'),
  (t) => t.replace(/effect: deny/, 'effect: "deny"'),
  (t) => t.replace(/effect: deny/, 'effect: Deny'),
  (t) => t.replace(/effect: deny/, 'effect: !!str deny'),
  (t) => t.replace(/effect: deny/, 'effect: deny\n    effect: allow'),
  (t) => t.replace(/effect: allow/, 'effect: yes'),
  (t) => t.replace(/id: ([\w.-]+)/, 'id: 0x1F'),
  (t) => t.replace(/id: ([\w.-]+)/, 'id: 1e3'),
  (t) => t.replace(/id: ([\w.-]+)/, 'id: true'),
  (t) => t.replace(/id: ([\w.-]+)/, 'id: $1 '),
  (t) => t.replace(/id: ([\w.-]+)/, 'id: "$1"'),
  (t) => t.replace(/id: ([\w.-]+)/, 'id: [$1]'),
  (t) => t.replace(/action: ([\w.]+)/, 'action: $1\t'),
  (t) => t.replace(/\n  /, '\n\t'),
  (t) => t.replace(/  - id:/g, '- id:').replace(/\n    /g, '\n  '),
  (t) => t.replace(/  - id:/, '  -   id:'),
  (t) => t.replace(/  - id:/, '  -\n    id:'),
  (t) => t.replace(/  - id: ([\w.-]+)/, '  - ? id\n    : $1'),
  (t) => t.replace(/conditions:\n(\s+)command:/, 'conditions: &c\n$1command:'),
  (t) => t.replace(/rules:/, 'rules: # the rules'),
  (t) => t.replace(/rules:/, '"rules":'),
  (t) => t.replace(/rules:/, 'rules :'),
  (t) => t.replace(/rules:/, 'Rules:'),
  (t) => t.replace(/rules:/, 'rules: !!seq'),
  (t) => t.replace(/rules:\n/, 'extra: 1\nrules:\n'),
  (t) => t.replace(/rules:\n/, 'rules:\n# a comment\n'),
  (t) => t.replace(/^#.*\n/gm, ''),
  (t) => t.replace(/\n/g, ' \n'),
  (t) => t.replace(/"/g, "'"),
  (t) => t + '\n  - id: x-extra\n    action: shell.execute\n    effect: deny\n    conditions: {command: {pattern: "a*"}}\n    reason: r\n',
  (t) => t + '\n  - {id: flow-rule, action: file.read, effect: deny, conditions: {path: {pattern: "**/.env"}}, reason: "flow"}\n',
  (t) => t + '\n  - id: merged\n    <<: {action: shell.execute, effect: deny}\n    conditions: {command: {pattern: "x*"}}\n    reason: r\n',
  (t) => t.replace(/pattern: "([^"]*)"/, 'pattern: "$1" # "x"'),
  (t) => t.replace(/pattern: "([^"]*)"/, 'pattern: "$1\\0"'),
  (t) => t.replace(/pattern: "([^"]*)"/, 'pattern: "$1\\N"'),
  (t) => t.replace(/pattern: "([^"]*)"/, 'pattern: "$1\\L\\P\\_"'),
  (t) => t.replace(/pattern: "([^"]*)"/, 'pattern: "\u00a0$1"'),
  (t) => t.slice(0, Math.floor(t.length / 2)),
  // An empty brace alternative (red-team R1): `{a,}` means `a` or nothing.
  (t) => t.replace(/pattern: "([^"]*)"/, 'pattern: "{$1,}"'),
  (t) => t.replace(/pattern: "([^"]*)"/, 'pattern: "{,$1}"'),
  (t) => t.replace(/: /, ':  '),
  (t) => t.replace(/: "/g, ':"'),
];

const STRINGIFY_OPTIONS = [
  {},
  { defaultStringType: 'QUOTE_DOUBLE' },
  { defaultStringType: 'QUOTE_SINGLE' },
  { defaultStringType: 'BLOCK_LITERAL' },
  { defaultStringType: 'BLOCK_FOLDED', lineWidth: 20 },
  { collectionStyle: 'flow' },
  { indent: 4, indentSeq: false },
  { defaultKeyType: 'QUOTE_DOUBLE' },
  { lineWidth: 10, minContentWidth: 0 },
];

export function policyVariants(seed, texts) {
  const r = rng(seed);
  const out = new Set();
  const usable = texts.filter((t) => t.length < 50_000);
  for (const text of usable) {
    let value;
    try { value = parse(text); } catch { continue; }
    if (!value || typeof value !== 'object') continue;
    for (const options of STRINGIFY_OPTIONS) {
      try { out.add(stringify(value, options)); } catch { /* options the value cannot take */ }
    }
    out.add(JSON.stringify(value, null, 2));
    out.add(JSON.stringify(value));
  }
  const shortTexts = usable.filter((t) => t.length < 20_000);
  for (let i = 0; i < 500 && shortTexts.length; i++) {
    let t = pick(r, shortTexts);
    for (let k = 0; k < 1 + Math.floor(r() * 3); k++) t = pick(r, TEXT_TRICKS)(t);
    out.add(t);
  }
  // Each trick once on each of the first policies, so every trick is tried.
  for (const text of shortTexts.slice(0, 6)) for (const trick of TEXT_TRICKS) out.add(trick(text));
  return [...out];
}

/** Strings a pattern should and should not match: its own text, each brace alternative, wildcards filled in several ways, near misses. */
export function patternProbes(source) {
  const probes = new Set([source, source.toUpperCase(), `${source} `, ` ${source}`, `x${source}`, source.slice(0, -1), source.slice(1)]);
  const expand = (s) => {
    const m = /\{([^{}]*)\}/.exec(s);
    if (!m) return [s];
    return m[1].split(',').flatMap((alt) => expand(s.slice(0, m.index) + alt + s.slice(m.index + m[0].length)));
  };
  for (const alt of expand(source).slice(0, 12)) {
    for (const fill of ['', 'x', 'a/b', ' ', ' --namespace=prod ', '.', '/', '-', 'é', '\n']) {
      probes.add(alt.replace(/\*\*/g, fill === '' ? '' : `${fill}/${fill}`).replace(/\*/g, fill).replace(/\?/g, fill.slice(0, 1) || 'x').replace(/\[!?([^\]]*)\]/g, (_, c) => c.slice(0, 1) || 'x'));
    }
    probes.add(alt.replace(/\*/g, ''));
    probes.add(alt.replace(/\*/g, 'a'.repeat(50)));
  }
  return [...probes];
}
