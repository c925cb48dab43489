import type { InfraAction } from '../types.js';
export interface ManifestObject {
    kind: string;
    apiVersion: string;
    name: string;
    namespace: string;
    line: number;
    value: Record<string, unknown>;
}
export declare function isManifestPath(path: string): boolean;
/** The objects of one manifest file; `undefined` when the file is not a manifest. */
export declare function manifestObjects(text: string, file: string): ManifestObject[] | undefined;
/** The objects' changes between the file at the base (if any) and at HEAD (if any). */
export declare function manifestChangeActions(file: string, before: ManifestObject[] | undefined, after: ManifestObject[] | undefined): InfraAction[];
