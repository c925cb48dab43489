// A Terraform/OpenTofu plan JSON (`terraform show -json plan.out`) → one
// `infra.change` action per resource that changes. The reading itself is in
// plan-file.ts, which reads the three plan formats in one streamed scan; this
// entry forces the Terraform reading (the library's and the tests' API).
//
// The file must be a plan: `format_version` 1.x and a `planned_values` or
// `resource_changes` key at the top level. A state file (`terraform show
// -json` without a plan) or any other JSON is refused, never read as "no
// changes". A plan that failed (`"errored": true`) is refused: its list of
// changes stops where planning stopped.
import type { InfraAction } from '../types.js';
import { readPlanFileActions } from './plan-file.js';

export interface PlanReadOptions {
  /** Bytes read at a time (tests use tiny chunks so entries cross chunk boundaries). */
  chunkBytes?: number;
}

export async function readPlanActions(file: string, label = file, options: PlanReadOptions = {}): Promise<InfraAction[]> {
  return readPlanFileActions(file, label, { ...options, format: 'terraform' });
}
