import type { FileHandle } from 'node:fs/promises';
import type { ChainPosition } from './verify.js';
export declare function checkpointPath(file: string): string;
/** The checkpoint's position when it matches the file open in `handle`, else null. */
export declare function trustedCheckpoint(file: string, handle: FileHandle): Promise<ChainPosition | null>;
/** Replaces the checkpoint atomically (rename); a failure only costs the next append a full verify. */
export declare function saveCheckpoint(file: string, handle: FileHandle, position: ChainPosition): Promise<void>;
