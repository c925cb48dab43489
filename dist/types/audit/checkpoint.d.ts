import type { ChainPosition } from './verify.js';
export declare function checkpointPath(file: string): string;
/** The checkpoint's position when it matches the file open as `fd`, else null. */
export declare function trustedCheckpoint(file: string, fd: number): ChainPosition | null;
/**
 * Rewrites the checkpoint in place: one write at offset 0 under the append's lock
 * (appends are its only readers and writers), padded to CHECKPOINT_BYTES so the
 * file keeps its size and blocks: no truncation, whose journal work a file system
 * such as ext4 makes wait behind the log's fsync. A crash or a failure part-way
 * leaves text that does not parse or does not match, which costs the next append
 * a full verify like any other failure.
 *
 * Written in place only when the open file is the checkpoint's own: a regular
 * file with no other name. O_NOFOLLOW refuses a symbolic link, O_NONBLOCK a FIFO's
 * wait; a hard link (the log itself, `.claude/settings.json`, anything the agent
 * could link there) would be overwritten through the other name, so its name is
 * removed instead (the file it shares keeps every byte) and a new checkpoint made
 * with O_EXCL.
 */
export declare function saveCheckpoint(file: string, fd: number, position: ChainPosition): void;
