import { type Action } from '../types.js';
export declare const COMMANDS_FORMATS: readonly ["auto", "safeclaw", "text", "claude", "openai"];
export type CommandsFormat = (typeof COMMANDS_FORMATS)[number];
export declare function commandActions(text: string, file: string, format?: CommandsFormat): Action[];
/**
 * The actions of one commands file and the format it was read as. A file that
 * yields none is an error (see noActionsError): an empty file, a log read in
 * the wrong format, or a session with no tool call is not a pass.
 */
export declare function readCommandsFile(text: string, file: string, format?: CommandsFormat): Action[];
type DetectedFormat = Exclude<CommandsFormat, 'auto' | 'text'>;
/** What each format is called in messages. */
export declare const FORMAT_NAMES: Record<Exclude<CommandsFormat, 'auto'>, string>;
/** The formats whose markers one record carries (empty: a neutral record). */
export declare function formatsOfRecord(record: unknown): Set<DetectedFormat>;
export declare function detectCommandsFormat(text: string, file: string): Exclude<CommandsFormat, 'auto'>;
export {};
