// The inputs the decision-diff harness judges: every string the repository's tests,
// corpora, fixtures and bench hold (each one is tried as a shell line, and the
// path- or host-like ones as file and network actions too), and the policy texts.
// Strings are taken from the sources by TypeScript's own parser (string and
// template literals, a template's `${…}` read as `x`), from YAML by the `yaml`
// package and from JSON by JSON.parse, so nothing depends on a hand-made scanner.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { parseAllDocuments } from 'yaml';

const MAX_TEXT = 12_000;

function walk(dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(dir, name);
    const info = statSync(path);
    if (info.isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

function literalsOfTypeScript(text, file) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found = [];
  const visit = (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
    else if (ts.isTemplateExpression(node)) {
      found.push(node.head.text + node.templateSpans.map((span) => 'x' + span.literal.text).join(''));
      // Each piece alone too: `${prefix} terraform apply` style tables.
      for (const span of node.templateSpans) if (span.literal.text.trim()) found.push(span.literal.text.trim());
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function stringsOfValue(value, out) {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOfValue(v, out);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) { out.push(k); stringsOfValue(v, out); }
  return out;
}

function stringsOfYaml(text) {
  const out = [];
  try {
    for (const doc of parseAllDocuments(text)) if (!doc.errors?.length) stringsOfValue(doc.toJS({ maxAliasCount: 100 }), out);
  } catch { /* not YAML we can read: skipped */ }
  return out;
}

function stringsOfJson(text) {
  const out = [];
  try {
    stringsOfValue(JSON.parse(text), out);
  } catch {
    for (const line of text.split('\n')) {
      try { stringsOfValue(JSON.parse(line), out); } catch { /* not JSON */ }
    }
  }
  return out;
}

/** Every text found, by where it came from: { texts: Map<text, firstFile>, policyTexts: [{file, text}], files: n }. */
export function collectInputs(root, shared = join(root, '..', 'shared')) {
  const texts = new Map();
  const add = (text, file) => {
    if (typeof text !== 'string' || text.length === 0 || text.length > MAX_TEXT) return;
    if (!texts.has(text)) texts.set(text, file);
  };
  const policyTexts = [];
  const files = [
    ...walk(join(root, 'test')),
    ...walk(join(root, 'bench')),
    ...walk(join(root, 'examples')),
    ...(existsSync(join(shared, 'fixtures', 'agents')) ? walk(join(shared, 'fixtures', 'agents')) : []),
    join(root, 'src', 'cli', 'init-templates.ts'),
  ];
  let read = 0;
  for (const path of files) {
    const file = relative(root, path);
    let text;
    try { text = readFileSync(path, 'utf8'); } catch { continue; }
    if (text.includes('\u0000')) continue;
    let strings;
    if (/\.(ts|mts|mjs|js)$/.test(path)) strings = literalsOfTypeScript(text, path);
    else if (/\.ya?ml$/.test(path)) {
      strings = stringsOfYaml(text);
      if (/(^|\n)rules:/.test(text)) policyTexts.push({ file, text });
    } else if (/\.(json|jsonl)$/.test(path)) strings = stringsOfJson(text);
    else if (/\.(sh|txt|md|tf|patch|diff)$/.test(path) || !/\.[a-z0-9]+$/i.test(path)) strings = text.split('\n');
    else continue;
    read++;
    for (const s of strings) {
      add(s, file);
      // Multi-line strings: each line alone as well (scripts in tests, here-docs).
      if (s.includes('\n') && s.length < MAX_TEXT) for (const line of s.split('\n')) add(line.trim(), file);
      // Policy texts embedded in tests.
      if (/(^|\n)\s*rules:/.test(s) && s.length < 200_000) policyTexts.push({ file, text: s });
    }
  }
  return { texts, policyTexts, files: read };
}
