import type { FileAction, NetworkAction } from '../types.js';
import { type OptionSpec } from './options.js';
import type { Word } from './words.js';
export interface ImpliedTarget {
    action: FileAction | NetworkAction;
    /** Set when the path or destination is only known at run time: why. */
    opaque?: string;
    /** The tool reads the file as its own input: only deny and approval rules judge it (see ImpliedAction). */
    ownInput?: string;
}
export declare function fileRead(word: Word): ImpliedTarget[];
export declare function fileWrite(word: Word): ImpliedTarget[];
export declare function networkTo(word: Word, destination?: string): ImpliedTarget;
export declare const SSH: OptionSpec;
/** Implied actions of `name args…` (name already reduced to the program's base name). */
export declare function impliedActions(name: string, args: Word[]): ImpliedTarget[];
