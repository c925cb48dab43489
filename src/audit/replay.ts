// Replaying a log: every record decided by the given policy set (same digest)
// is decided again from what the record holds, and a record whose recorded
// decision differs is reported. A rewrite of deny → allow with every hash
// recomputed keeps the chain valid, but not the decision: replay catches it
// without an anchor.
//
// What a record holds limits what can be replayed. `infra.change` records keep
// the change and the address, not the resource type, provider or attributes the
// rules match on, and `tool.call` records the tool's name, not its server or
// input: both are counted as not replayable, never guessed. File
// writes are replayed without the diff's change kind (not recorded). Text that
// was redacted is replayed as recorded, so a rule matching the secret itself
// may decide differently: such a record is reported with that said.
import { evaluate } from '../engine/evaluate.js';
import type { Action, PolicySet, Verdict } from '../types.js';
import { readRecords } from './read.js';
import type { AuditRecord } from './record.js';

export interface ReplayMismatch {
  file: string;
  line: number;
  seq: number;
  recorded: { decision: Verdict; rule: string | null };
  replayed: { decision: Verdict; rule: string | null };
  /** Set when the record's text was redacted (the decision was made on the unredacted text). */
  redacted: boolean;
}

export interface ReplayReport {
  replayed: number;
  /** Records decided by another policy set (another digest): not re-decided. */
  otherPolicies: number;
  /** Records that do not hold enough to be decided again (infra.change, tool.call). */
  notReplayable: number;
  mismatches: ReplayMismatch[];
  /** Mismatches beyond those listed (the list is bounded). */
  moreMismatches: number;
}

const LISTED = 100;

export async function replayAuditFile(file: string, policySet: PolicySet): Promise<ReplayReport> {
  const report: ReplayReport = { replayed: 0, otherPolicies: 0, notReplayable: 0, mismatches: [], moreMismatches: 0 };
  for await (const { record, file: path, line } of readRecords(file)) {
    if (record.policyDigest !== policySet.digest) {
      report.otherPolicies++;
      continue;
    }
    const action = recordedAction(record);
    if (action === null) {
      report.notReplayable++;
      continue;
    }
    report.replayed++;
    const decision = evaluate(policySet, action);
    if (decision.decision === record.decision && decision.rule === record.rule) continue;
    if (report.mismatches.length >= LISTED) {
      report.moreMismatches++;
      continue;
    }
    report.mismatches.push({
      file: path,
      line,
      seq: record.seq,
      recorded: { decision: record.decision, rule: record.rule },
      replayed: { decision: decision.decision, rule: decision.rule },
      redacted: record.redacted,
    });
  }
  return report;
}

/** The action a record describes, as far as the record holds it; null when it cannot be rebuilt. */
export function recordedAction(record: AuditRecord): Action | null {
  const raw = record.action.raw;
  switch (record.action.type) {
    case 'shell.execute':
      return { type: 'shell.execute', command: raw };
    case 'file.read':
      return { type: 'file.read', path: raw };
    case 'file.write':
      return { type: 'file.write', path: raw };
    case 'network.request':
      return { type: 'network.request', destination: raw };
    default:
      return null;
  }
}
