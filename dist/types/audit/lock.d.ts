export interface LockOptions {
    /** Give up after this long (default 60 s). */
    timeoutMs?: number;
    /** A lock whose holder cannot be checked is stale when untouched for this long (default 30 s). */
    staleMs?: number;
}
export interface HeldLock {
    path: string;
    /** False when the lock is no longer this holder's (it was judged stale): the holder must not write. */
    stillHeld(): boolean;
    release(): void;
}
/** Who holds a lock. `start` and `boot` are null where the system does not tell. */
export interface LockOwner {
    pid: number;
    host: string;
    nonce: string;
    start: string | null;
    boot: string | null;
}
interface LockFile {
    ino: number;
    mtimeMs: number;
    /** Null when the content is not an owner (written by something else). */
    owner: LockOwner | null;
}
export declare function acquireLock(path: string, options?: LockOptions): Promise<HeldLock>;
export declare function isStale(lock: LockFile, staleMs: number): boolean;
/**
 * Field 22 of /proc/PID/stat: the process start time in clock ticks since boot.
 * The command name (field 2) is in parentheses and may hold spaces or ')', so
 * fields are counted from the last ')'.
 */
export declare function processStart(pid: number): string | null;
export {};
