// Shared test material: temp folders, entries of every action type, and chains built through the real API.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Action, Decision, Verdict } from '../../src/types.js';
import { appendAuditRecords, type AuditEntry } from '../../src/audit/append.js';

export const DIGEST = 'd'.repeat(64);
export const OTHER_DIGEST = 'e'.repeat(64);

export async function withTempDir<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'safeclaw-audit-'));
  try {
    return await run(dir);
  } finally {
    // Retried: on a loaded machine the last lock-file rename of a finished writer can
    // still be settling when the listing is taken (ENOTEMPTY).
    await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  }
}

function decision(verdict: Verdict, normalized: string, rule: string | null): Decision {
  return { decision: verdict, rule, reason: rule ? `rule ${rule} decided` : 'no rule allows this (default deny)', normalized, matchedRules: rule ? [rule] : [], parts: [] };
}

/** The i-th entry of a varied stream: all five action types, all three verdicts, unicode and escapes. */
export function entry(i: number): AuditEntry {
  const verdicts: Verdict[] = ['allow', 'deny', 'require_approval'];
  const verdict = verdicts[i % 3];
  const rule = i % 5 === 0 ? null : `rule-${i % 7}`;
  const actions: Action[] = [
    { type: 'shell.execute', command: `kubectl apply -f app-${i}.yaml --namespace=dev && echo "done\t${i}" # é ✓`, origin: { source: 'commands', file: 'cmds.txt', line: i + 1 } },
    { type: 'file.read', path: `./config/../.env.${i}`, origin: { source: 'hook', detail: 'Read' } },
    { type: 'file.write', path: `.github/workflows/ci-${i}.yml`, change: 'modified', origin: { source: 'diff', file: 'pr.diff', line: 3 } },
    { type: 'network.request', destination: `https://169.254.169.254/latest/${i}` },
    { type: 'infra.change', address: `module.net.aws_security_group.web[${i}]`, resourceType: 'aws_security_group', provider: 'registry.terraform.io/hashicorp/aws', change: 'update', module: 'module.net' },
  ];
  const action = actions[i % actions.length];
  const normalized = action.type === 'shell.execute' ? action.command.replace(/\s+/g, ' ') : JSON.stringify(action).slice(0, 60);
  return { action, decision: decision(verdict, normalized, rule) };
}

export function entries(count: number, from = 0): AuditEntry[] {
  return Array.from({ length: count }, (_, i) => entry(from + i));
}

export async function writeChain(file: string, count: number): Promise<string> {
  const result = await appendAuditRecords(file, entries(count), {
    policyDigest: DIGEST,
    context: { repository: 'acme/infra', commit: 'a'.repeat(40), pr: 17, runId: '991', actor: 'octocat' },
  });
  return result.head;
}
