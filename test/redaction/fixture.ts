// Shared material for the redaction tests: a policy under which the corpus
// earns all three verdicts (one rule matches only the unredacted text, so a
// gate that judged the redacted copy would decide differently), the corpus
// as the CLI's inputs, and the check that no output holds a secret.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Action } from '../../src/types.js';
import { SECRET_CASES, type SecretCase } from './corpus.js';

export const CORPUS_POLICY = `rules:
  - id: allow-echo
    action: shell.execute
    effect: allow
    conditions:
      command:
        pattern: "echo *"
    reason: printing is harmless
  - id: approve-curl
    action: shell.execute
    effect: require_approval
    conditions:
      command:
        pattern: "curl *"
    reason: a person checks outgoing requests
  - id: deny-inline-tokens
    action: shell.execute
    effect: deny
    conditions:
      command:
        pattern: ["*dckr_pat_*", "*ghp_*", "*glpat-*"]
    reason: tokens do not belong on a command line
  - id: allow-vault
    action: shell.execute
    effect: allow
    conditions:
      command:
        pattern: "vault *"
    reason: vault is the place for secrets
  - id: allow-slack
    action: network.request
    effect: allow
    conditions:
      destination:
        pattern: "hooks.slack.com/**"
    reason: deploy notifications
`;

/** A project folder holding .safeclaw/policies/corpus.yaml. */
export function corpusProject(dir: string): string {
  mkdirSync(join(dir, '.safeclaw/policies'), { recursive: true });
  writeFileSync(join(dir, '.safeclaw/policies/corpus.yaml'), CORPUS_POLICY);
  return dir;
}

/** The action as a line of `safeclaw check` JSONL input. */
export function jsonlLine(action: Action): string {
  switch (action.type) {
    case 'shell.execute':
      return JSON.stringify({ action: action.type, command: action.command });
    case 'network.request':
      return JSON.stringify({ action: action.type, destination: action.destination });
    case 'file.read':
    case 'file.write':
      return JSON.stringify({ action: action.type, path: action.path });
    default:
      throw new Error(`no JSONL form for ${action.type} in the corpus`);
  }
}

/** The corpus actions with the origin `check` gives them when read from `file`. */
export function corpusActions(file = 'corpus.jsonl'): Action[] {
  return SECRET_CASES.map((c, i) => ({ ...c.action, origin: { source: 'input', file, line: i + 1 } }));
}

/** Fails naming every case whose secret appears in `output`. */
export function assertNoSecret(channel: string, output: string, cases: SecretCase[] = SECRET_CASES): void {
  const leaks = cases.flatMap((c) => c.secrets.filter((s) => output.includes(s)).map((s) => `${c.form}: ${s.slice(0, 24)}…`));
  assert.deepEqual(leaks, [], `${channel} shows secrets`);
}
