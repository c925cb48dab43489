// A Terraform/OpenTofu plan JSON (`terraform show -json plan.out`) → one
// `infra.change` action per resource that changes. Plans reach hundreds of MB
// (prior state, configuration, planned values), so the file is scanned in
// chunks (json-scanner.ts): only `format_version` and one `resource_changes`
// entry at a time are parsed; everything else is checked and dropped.
//
// The file must be a plan: `format_version` 1.x and a `planned_values` or
// `resource_changes` key at the top level. A state file (`terraform show
// -json` without a plan) or any other JSON is refused, never read as "no
// changes". A plan that failed (`"errored": true`) is refused: its list of
// changes stops where planning stopped.
import type { InfraAction } from '../types.js';
import { SourceError } from './errors.js';
import { JsonSyntaxError, scanTopLevelFile } from './json-scanner.js';
import { resourceChangeAction } from './plan-attributes.js';

const MAKE_PLAN = 'produce it with `terraform show -json plan.out > plan.json` (or `tofu show -json`)';

export interface PlanReadOptions {
  /** Bytes read at a time (tests use tiny chunks so entries cross chunk boundaries). */
  chunkBytes?: number;
}

export async function readPlanActions(file: string, label = file, options: PlanReadOptions = {}): Promise<InfraAction[]> {
  const actions: InfraAction[] = [];
  let formatVersion: unknown;
  const topKeys = new Set<string>();

  const handlers = {
    key(name: string) {
      topKeys.add(name);
      if (name === 'format_version' || name === 'errored') return 'whole' as const;
      if (name === 'resource_changes') return 'elements' as const;
      return 'skip' as const;
    },
    value(name: string, value: unknown, line: number, element: boolean) {
      if (name === 'errored') {
        // Terraform writes `errored: true` when planning failed part-way: the
        // changes listed are the ones found before the failure, not all of them.
        if (value === false) return;
        throw new SourceError(
          { file: label, line },
          value === true ? 'the plan failed ("errored": true): its resource changes are incomplete, so it cannot be judged' : `"errored" is ${JSON.stringify(value)}, not true or false`,
          'fix the error terraform reported, plan again and gate the new plan',
        );
      }
      if (name === 'format_version') {
        // Checked as soon as it is read: entries of another format are not ours to judge.
        formatVersion = value;
        checkFormatVersion(value, { file: label, line });
        return;
      }
      if (!element) {
        if (value === null) return;
        throw new SourceError({ file: label, line }, `"resource_changes" is not a list (it is ${describeJson(value)})`, MAKE_PLAN);
      }
      const result = resourceChangeAction(value, { file: label, line });
      if ('error' in result) throw new SourceError({ file: label, line }, result.error, MAKE_PLAN);
      if ('action' in result) actions.push(result.action);
    },
  };

  try {
    await scanTopLevelFile(file, handlers, options.chunkBytes);
  } catch (err) {
    if (err instanceof SourceError) throw err;
    if (err instanceof JsonSyntaxError) {
      if (err.truncated) throw new SourceError({ file: label, line: err.line }, 'plan JSON ends early (the file is truncated)', MAKE_PLAN);
      throw new SourceError({ file: label, line: err.line }, `not valid plan JSON: ${err.message}`, MAKE_PLAN);
    }
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      throw new SourceError({ file: label }, `cannot read plan file (${code})`, MAKE_PLAN);
    }
    throw err;
  }
  if (formatVersion === undefined) {
    throw new SourceError({ file: label }, 'not a Terraform/OpenTofu plan: no "format_version"', MAKE_PLAN);
  }
  if (!topKeys.has('planned_values') && !topKeys.has('resource_changes')) {
    throw new SourceError({ file: label }, 'not a Terraform/OpenTofu plan: it has no "planned_values" or "resource_changes" (a state file?)', MAKE_PLAN);
  }
  return actions;
}

function checkFormatVersion(version: unknown, place: { file: string; line: number }): void {
  if (typeof version !== 'string' || !/^1\.\d+/.test(version)) {
    throw new SourceError(place, `unsupported plan format_version ${JSON.stringify(version)} (SafeClaw reads 1.x)`, MAKE_PLAN);
  }
}

function describeJson(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  return value === null ? 'null' : `${typeof value === 'object' ? 'an object' : `a ${typeof value}`}`;
}
