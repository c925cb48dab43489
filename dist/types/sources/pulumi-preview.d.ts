import { type PlanEntryResult, type PlanPlace } from './plan-attributes.js';
/** The engine's sentinel for a value not known until the update runs. */
export declare const PULUMI_UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
export interface PulumiStepState {
    /** URNs already given an action for a replacement (its create-replacement/replace/delete-replaced steps). */
    replaced: Set<string>;
}
export declare function pulumiStepAction(step: unknown, place: PlanPlace, state: PulumiStepState): PlanEntryResult;
/** True for ops that change real infrastructure (the ones that become actions). */
export declare function isChangingOp(op: string): boolean;
export declare function parseUrn(urn: string): {
    type: string;
    parents: string[];
    name: string;
} | undefined;
/** Inputs → attributes, with the preview's unknowns and secrets marked. */
export declare function pulumiAttributes(inputs: unknown): import("../types.js").InfraAttribute[];
