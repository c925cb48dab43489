import type { InfraAttribute } from '../types.js';
export interface AliasRow {
    /** Resource types the row applies to (exact CloudFormation type names). */
    types: readonly string[];
    /** Path prefix in the source format; `*` stands for one list index. */
    from: string;
    /** The Terraform path it is also given as; `*` takes the index matched in `from`. */
    to: string;
}
export declare const CLOUDFORMATION_ALIASES: readonly AliasRow[];
/** Adds the Terraform path of each CloudFormation attribute a row names. */
export declare function withCloudFormationAliases(type: string, attributes: InfraAttribute[]): InfraAttribute[];
/** Adds the snake_case path of each Pulumi attribute whose path has camelCase names. */
export declare function withSnakeCaseAliases(attributes: InfraAttribute[]): InfraAttribute[];
export declare function snakeCasePath(path: string): string;
