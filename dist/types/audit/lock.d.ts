export interface LockOptions {
    /** Give up after this long (default 60 s). */
    timeoutMs?: number;
    /** A lock untouched for this long is stale (default 30 s). */
    staleMs?: number;
}
export interface HeldLock {
    path: string;
    /** False when the lock was taken over (judged stale): the holder must not write. */
    stillHeld(): Promise<boolean>;
    release(): Promise<void>;
}
export declare function acquireLock(path: string, options?: LockOptions): Promise<HeldLock>;
