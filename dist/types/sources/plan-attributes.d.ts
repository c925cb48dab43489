import type { InfraAction, InfraAttribute, InfraChangeKind } from '../types.js';
export interface PlanPlace {
    file: string;
    line?: number;
}
export type PlanEntryResult = {
    action: InfraAction;
} | {
    skip: true;
} | {
    error: string;
    hint?: string;
};
export declare function resourceChangeAction(entry: unknown, place: PlanPlace): PlanEntryResult;
/**
 * `no-op` and `read` change nothing. `forget` (Terraform 1.7 `removed` blocks)
 * drops a resource from state without destroying it; it is gated as a delete,
 * the stricter reading, because the resource leaves Terraform's control.
 */
export declare function changeKind(actions: string[]): InfraChangeKind | 'skip' | undefined;
export declare function flattenAfter(after: unknown, unknown: unknown, sensitive: unknown): InfraAttribute[];
