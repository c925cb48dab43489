// displayItem tests each distinct text of an item once while no secret is known
// (a decision repeats its own texts: its reason and normalized form are its
// part's, a path is its own normal form). The display copy must be exactly what
// testing every text on its own gives: checked here against a reference that
// does that, on the corpus (secrets and near misses) and on decisions built so
// that a repeated text comes before, after and between texts holding secrets.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { evaluate } from '../../src/engine/evaluate.js';
import { loadPolicies } from '../../src/policy/load.js';
import { displayItem } from '../../src/redaction/display.js';
import { derivedRedactor, mayHoldSecret, redactSecrets } from '../../src/redaction/redact.js';
import { prepareShellAnalysis } from '../../src/shell/analyze.js';
import type { Action, Decision, GateItem, PartDecision, PolicySet } from '../../src/types.js';
import { fake, NEAR_MISSES, SECRET_CASES } from './corpus.js';
import { corpusProject } from './fixture.js';

/** The display copy as it was made before: every text tested on its own. */
function referenceItem(action: Action, decision: Decision): GateItem {
  const kinds: string[] = [];
  const secrets: string[] = [];
  const note = (r: { text: string; kinds: readonly string[]; secrets: readonly string[] }) => {
    for (const kind of r.kinds) if (!kinds.includes(kind)) kinds.push(kind);
    for (const secret of r.secrets) secrets.push(secret);
    return r.text;
  };
  const own = (text: string) => note(redactSecrets(text));
  const origin = action.origin && {
    ...action.origin,
    ...(action.origin.file !== undefined ? { file: own(action.origin.file) } : {}),
    ...(action.origin.detail !== undefined ? { detail: own(action.origin.detail) } : {}),
  };
  let shownAction: Action;
  if (action.type === 'shell.execute') shownAction = { ...action, command: own(action.command) };
  else if (action.type === 'file.write') shownAction = { ...action, path: own(action.path) };
  else if (action.type === 'network.request') shownAction = { ...action, destination: own(action.destination) };
  else throw new Error('reference: not this type');
  if (origin) shownAction.origin = origin;
  const derived = derivedRedactor(secrets);
  const other = (text: string) => (secrets.length === 0 && !mayHoldSecret(text) ? text : note(derived(text)));
  const reason = other(decision.reason);
  const normalized = other(decision.normalized);
  const parts = decision.parts.map((part): PartDecision => {
    const text = other(part.text);
    const raw = part.raw === undefined ? undefined : other(part.raw);
    const partReason = other(part.reason);
    const trace = part.trace?.map((step) => ({ ...step, why: other(step.why) }));
    return { ...part, text, reason: partReason, ...(raw !== undefined ? { raw } : {}), ...(trace ? { trace } : {}) };
  });
  return { action: shownAction, decision: { ...decision, reason, normalized, parts }, ...(kinds.length > 0 ? { redacted: kinds } : {}) };
}

/** Both as JSON: displayItem keeps unchanged objects, the reference copies them; the values must match. */
function assertSameDisplay(action: Action, decision: Decision, label: string): void {
  assert.deepEqual(JSON.parse(JSON.stringify(displayItem(action, decision))), JSON.parse(JSON.stringify(referenceItem(action, decision))), label);
}

let policySet: PolicySet;

before(async () => {
  await prepareShellAnalysis();
  policySet = await loadPolicies(join(corpusProject(mkdtempSync(join(tmpdir(), 'safeclaw-display-repeats-'))), '.safeclaw'));
});

test('corpus items: the display copy is what testing each text alone gives', () => {
  const actions: Action[] = [
    ...SECRET_CASES.map((c) => c.action),
    ...NEAR_MISSES.map((command): Action => ({ type: 'shell.execute', command })),
    ...NEAR_MISSES.map((path): Action => ({ type: 'file.write', path, origin: { source: 'diff', file: path, detail: 'added' } })),
  ];
  for (const action of actions) {
    if (action.type !== 'shell.execute' && action.type !== 'file.write' && action.type !== 'network.request') continue;
    assertSameDisplay(action, evaluate(policySet, action), JSON.stringify(action));
  }
});

test('repeated texts before, between and after texts that hold secrets', () => {
  const token = fake('gh' + 'p_', 36, 91);
  const clean = 'terraform plan -out=tfplan';
  const hinted = 'curl -fsS https://example.com/'; // a program hint, no secret
  const secret = `echo ${token}`;
  const texts = [clean, hinted, secret, `mysql -u root -pRepeat-Pass-93 prod`, 'No secret here', `AWS_SECRET_ACCESS_KEY=Repeat-Aws-94 aws s3 ls`];
  const part = (text: string, reason: string, raw?: string): PartDecision => ({
    kind: 'command',
    type: 'shell.execute',
    text,
    decision: 'deny',
    rule: null,
    reason,
    matchedRules: [],
    ...(raw !== undefined ? { raw } : {}),
    trace: [
      { rule: 'r', effect: 'deny', matched: true, why: reason },
      { rule: 'r', effect: 'deny', matched: false, why: text },
    ],
  });
  let cases = 0;
  for (const command of texts) {
    for (const first of texts) {
      for (const second of texts) {
        const decision: Decision = {
          decision: 'deny',
          rule: null,
          reason: first,
          normalized: command,
          matchedRules: [],
          parts: [part(command, first, command), part(second, second), part(first, command), part(clean, clean)],
        };
        const action: Action = { type: 'shell.execute', command, origin: { source: 'commands', file: first, detail: second } };
        assertSameDisplay(action, decision, `${command} / ${first} / ${second}`);
        cases++;
      }
    }
  }
  assert.equal(cases, texts.length ** 3);
});

test('a secret held by a derived text only is still found after the texts repeated before it', () => {
  const action: Action = { type: 'shell.execute', command: 'terraform plan' };
  const decision: Decision = {
    decision: 'deny',
    rule: null,
    reason: 'terraform plan',
    normalized: 'terraform plan',
    matchedRules: [],
    parts: [{ kind: 'command', type: 'shell.execute', text: 'terraform plan', decision: 'deny', rule: null, reason: 'password=Derived-Only-95', matchedRules: [] }],
  };
  const shown = displayItem(action, decision);
  assert.ok(!JSON.stringify(shown).includes('Derived-Only-95'));
  assert.deepEqual(shown.redacted, referenceItem(action, decision).redacted);
});
