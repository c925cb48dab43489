import type { InfraAction } from '../types.js';
export declare const PLAN_FORMATS: readonly ["auto", "terraform", "pulumi", "cloudformation"];
export type PlanFormat = (typeof PLAN_FORMATS)[number];
type KnownFormat = Exclude<PlanFormat, 'auto'>;
export declare const FORMAT_LABELS: Record<KnownFormat, string>;
export interface PlanFileOptions {
    format?: PlanFormat;
    /** Bytes read at a time (tests use tiny chunks so entries cross chunk boundaries). */
    chunkBytes?: number;
}
export declare function readPlanFileActions(file: string, label?: string, options?: PlanFileOptions): Promise<InfraAction[]>;
export {};
