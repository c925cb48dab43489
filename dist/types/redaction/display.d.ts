import type { Action, Decision, GateItem } from '../types.js';
/** The action and decision as outputs show them; the same objects when nothing needed redacting. */
export declare function displayItem(action: Action, decision: Decision): GateItem;
