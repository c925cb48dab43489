import { type PlanEntryResult, type PlanPlace } from './plan-attributes.js';
export declare const CHANGE_SET_HINT = "produce it with `aws cloudformation describe-change-set --change-set-name NAME --stack-name STACK --include-property-values --output json > changeset.json` once the change set is CREATE_COMPLETE";
export declare function changeSetEntryAction(entry: unknown, place: PlanPlace): PlanEntryResult;
