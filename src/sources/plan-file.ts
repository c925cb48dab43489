// An infrastructure plan file → `infra.change` actions: a Terraform/OpenTofu
// plan (`terraform show -json`), a Pulumi preview (`pulumi preview --json`) or
// a CloudFormation change set (`aws cloudformation describe-change-set`).
//
// The file is scanned once, in chunks (json-scanner.ts): each format's list
// of changes (`resource_changes`, `steps`, `Changes`) is read one entry at a
// time and everything else is checked and dropped, so files of hundreds of MB
// are fine. The format is told by the top-level keys only one of them writes;
// a document with the keys of two is refused as ambiguous, and one with none
// is not a plan. `format` forces one reading (`--plan-format`).
//
// Each format refuses a document that failed or is incomplete, at its line:
// Terraform `"errored": true`; a Pulumi preview with error diagnostics; a
// change set that is not CREATE_COMPLETE or has more pages (`NextToken`).
import type { InfraAction } from '../types.js';
import { CHANGE_SET_HINT, changeSetEntryAction } from './cloudformation-change-set.js';
import { SourceError } from './errors.js';
import { JsonSyntaxError, scanTopLevelFile, type TopLevelUse } from './json-scanner.js';
import { resourceChangeAction, type PlanEntryResult, type PlanPlace } from './plan-attributes.js';
import { isChangingOp, pulumiStepAction, type PulumiStepState } from './pulumi-preview.js';

export const PLAN_FORMATS = ['auto', 'terraform', 'pulumi', 'cloudformation'] as const;
export type PlanFormat = (typeof PLAN_FORMATS)[number];
type KnownFormat = Exclude<PlanFormat, 'auto'>;

const TERRAFORM_HINT = 'produce it with `terraform show -json plan.out > plan.json` (or `tofu show -json`)';
const PULUMI_HINT = 'produce it with `pulumi preview --json > preview.json` (a preview that succeeded)';

export const FORMAT_LABELS: Record<KnownFormat, string> = {
  terraform: 'a Terraform/OpenTofu plan',
  pulumi: 'a Pulumi preview',
  cloudformation: 'a CloudFormation change set',
};

export interface PlanFileOptions {
  format?: PlanFormat;
  /** Bytes read at a time (tests use tiny chunks so entries cross chunk boundaries). */
  chunkBytes?: number;
}

/** How one format reads the document: the keys it takes, and its checks. */
interface FormatReader {
  hint: string;
  /** Top-level keys whose presence says the document is this format. */
  marks: readonly string[];
  use(key: string): TopLevelUse;
  /** A `whole` value, or one element of an `elements` key (`element` true). */
  value(key: string, value: unknown, place: PlanPlace, element: boolean): PlanEntryResult | undefined;
  /** After the scan, with every top-level key seen. */
  finish(keys: Set<string>, label: string): void;
}

function terraformReader(): FormatReader {
  let formatVersion: unknown;
  return {
    hint: TERRAFORM_HINT,
    marks: ['format_version', 'resource_changes', 'planned_values'],
    use: (key) => (key === 'format_version' || key === 'errored' ? 'whole' : key === 'resource_changes' ? 'elements' : 'skip'),
    value(key, value, place, element) {
      if (key === 'errored') {
        // Terraform writes `errored: true` when planning failed part-way: the
        // changes listed are the ones found before the failure, not all of them.
        if (value === false) return undefined;
        return {
          error:
            value === true ? 'the plan failed ("errored": true): its resource changes are incomplete, so it cannot be judged' : `"errored" is ${JSON.stringify(value)}, not true or false`,
          hint: 'fix the error terraform reported, plan again and gate the new plan',
        };
      }
      if (key === 'format_version') {
        // Checked as soon as it is read: entries of another format are not ours to judge.
        formatVersion = value;
        if (typeof value !== 'string' || !/^1\.\d+/.test(value)) return { error: `unsupported plan format_version ${JSON.stringify(value)} (SafeClaw reads 1.x)` };
        return undefined;
      }
      if (!element) return value === null ? undefined : { error: `"resource_changes" is not a list (it is ${describeJson(value)})` };
      return resourceChangeAction(value, place);
    },
    finish(keys, label) {
      if (formatVersion === undefined) throw new SourceError({ file: label }, 'not a Terraform/OpenTofu plan: no "format_version"', TERRAFORM_HINT);
      if (!keys.has('planned_values') && !keys.has('resource_changes')) {
        throw new SourceError({ file: label }, 'not a Terraform/OpenTofu plan: it has no "planned_values" or "resource_changes" (a state file?)', TERRAFORM_HINT);
      }
    },
  };
}

function pulumiReader(): FormatReader {
  const state: PulumiStepState = { replaced: new Set() };
  let changes = 0;
  let summarised = 0;
  return {
    hint: PULUMI_HINT,
    marks: ['steps', 'changeSummary'],
    use: (key) => (key === 'steps' ? 'elements' : key === 'diagnostics' || key === 'changeSummary' ? 'whole' : 'skip'),
    value(key, value, place, element) {
      if (key === 'diagnostics') {
        const errors = Array.isArray(value) ? value.filter((d) => isRecord(d) && d.severity === 'error') : [];
        if (errors.length === 0) return undefined;
        const first = String((errors[0] as Record<string, unknown>).message ?? '').trim().split('\n')[0].slice(0, 200);
        return { error: `the preview failed (${errors.length} error diagnostic${errors.length === 1 ? '' : 's'}: ${first}): its steps are incomplete, so it cannot be judged`, hint: 'fix the error pulumi reported, run `pulumi preview --json` again and gate the new preview' };
      }
      if (key === 'changeSummary') {
        if (!isRecord(value)) return { error: '"changeSummary" is not an object' };
        summarised = Object.entries(value).reduce((n, [op, count]) => (isChangingOp(op) && typeof count === 'number' ? n + count : n), 0);
        return undefined;
      }
      if (!element) return value === null ? undefined : { error: `"steps" is not a list (it is ${describeJson(value)})` };
      const result = pulumiStepAction(value, place, state);
      if ('action' in result) changes++;
      return result;
    },
    finish(keys, label) {
      if (!keys.has('steps') && !keys.has('changeSummary')) throw new SourceError({ file: label }, 'not a Pulumi preview: no "steps" or "changeSummary"', PULUMI_HINT);
      if (summarised > 0 && changes === 0) {
        throw new SourceError({ file: label }, `the preview's changeSummary counts ${summarised} change(s) but no step lists one`, PULUMI_HINT);
      }
    },
  };
}

function cloudFormationReader(): FormatReader {
  let statusSeen: { value: unknown; place: PlanPlace } | undefined;
  let reason = '';
  return {
    hint: CHANGE_SET_HINT,
    marks: ['Changes', 'ChangeSetId', 'ChangeSetName'],
    use: (key) => (key === 'Changes' ? 'elements' : key === 'Status' || key === 'StatusReason' || key === 'NextToken' || key === 'ExecutionStatus' ? 'whole' : 'skip'),
    value(key, value, place, element) {
      if (key === 'Changes') {
        if (!element) return value === null ? undefined : { error: `"Changes" is not a list (it is ${describeJson(value)})` };
        return changeSetEntryAction(value, place);
      }
      if (key === 'NextToken' && value !== null && value !== '') {
        return { error: 'the change set has more pages ("NextToken"): these changes are only part of it', hint: 'describe it without --max-items (the AWS CLI then reads every page) and gate the whole output' };
      }
      if (key === 'Status') statusSeen = { value, place };
      if (key === 'StatusReason') reason = typeof value === 'string' ? value : '';
      return undefined;
    },
    finish(keys, label) {
      if (!keys.has('Changes') && !keys.has('ChangeSetId')) throw new SourceError({ file: label }, 'not a CloudFormation change set: no "Changes" or "ChangeSetId"', CHANGE_SET_HINT);
      if (!statusSeen) throw new SourceError({ file: label }, 'the change set has no "Status"', CHANGE_SET_HINT);
      const { value, place } = statusSeen;
      if (value === 'CREATE_COMPLETE') return;
      // CloudFormation fails a change set that changes nothing, with this reason.
      if (value === 'FAILED' && /didn't contain changes|No updates are to be performed/i.test(reason)) return;
      throw new SourceError(
        { file: label, line: place.line },
        `the change set is ${JSON.stringify(value)}${reason ? ` (${reason.slice(0, 200)})` : ''}, not CREATE_COMPLETE: its changes are incomplete or unknown, so it cannot be judged`,
        CHANGE_SET_HINT,
      );
    },
  };
}

const READERS: Record<KnownFormat, () => FormatReader> = {
  terraform: terraformReader,
  pulumi: pulumiReader,
  cloudformation: cloudFormationReader,
};

export async function readPlanFileActions(file: string, label = file, options: PlanFileOptions = {}): Promise<InfraAction[]> {
  const format = options.format ?? 'auto';
  const active = (format === 'auto' ? (Object.keys(READERS) as KnownFormat[]) : [format]).map((name) => ({ name, reader: READERS[name](), actions: [] as InfraAction[] }));
  const keys = new Set<string>();
  // The top-level key being read, and which readers take it.
  let takers: typeof active = [];
  // For an error before the end: the hint of the format the keys seen so far point to, else all three.
  const hintFor = (readers: typeof active) => {
    const seen = readers.filter((r) => r.reader.marks.some((k) => keys.has(k)));
    const pick = readers.length === 1 ? readers : seen.length === 1 ? seen : readers;
    return pick.map((r) => r.reader.hint).join('; or ');
  };

  const handlers = {
    key(name: string) {
      keys.add(name);
      takers = active.filter((a) => a.reader.use(name) !== 'skip');
      if (takers.length === 0) return 'skip' as const;
      // No key is read whole by one format and element by element by another.
      return takers[0].reader.use(name);
    },
    value(name: string, value: unknown, line: number, element: boolean) {
      for (const taker of takers) {
        const result = taker.reader.value(name, value, { file: label, line }, element);
        if (!result || 'skip' in result) continue;
        if ('error' in result) throw new SourceError({ file: label, line }, result.error, result.hint ?? taker.reader.hint);
        taker.actions.push(result.action);
      }
    },
  };

  try {
    await scanTopLevelFile(file, handlers, options.chunkBytes);
  } catch (err) {
    if (err instanceof SourceError) throw err;
    if (err instanceof JsonSyntaxError) {
      if (err.truncated) throw new SourceError({ file: label, line: err.line }, 'plan JSON ends early (the file is truncated)', hintFor(active));
      throw new SourceError({ file: label, line: err.line }, `not valid plan JSON: ${err.message}`, hintFor(active));
    }
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') throw new SourceError({ file: label }, `cannot read plan file (${code})`, hintFor(active));
    throw err;
  }

  const chosen = format === 'auto' ? active.filter((a) => a.reader.marks.some((k) => keys.has(k))) : active;
  if (chosen.length === 0) {
    throw new SourceError({ file: label }, `not a plan: it is not ${Object.values(FORMAT_LABELS).join(', ')} (none of their top-level keys is there)`, hintFor(active));
  }
  if (chosen.length > 1) {
    throw new SourceError(
      { file: label },
      `ambiguous plan: it has the top-level keys of ${chosen.map((c) => `${FORMAT_LABELS[c.name]} (${c.reader.marks.filter((k) => keys.has(k)).join(', ')})`).join(' and of ')}`,
      `pass --plan-format (${PLAN_FORMATS.slice(1).join(', ')}) to say what the file is`,
    );
  }
  chosen[0].reader.finish(keys, label);
  return chosen[0].actions;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describeJson(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  return value === null ? 'null' : `${typeof value === 'object' ? 'an object' : `a ${typeof value}`}`;
}
