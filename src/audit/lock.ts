// A cross-process lock for appending to an audit file, with no dependency
// (Node has no flock).
//
// Taking it is one atomic step: the holder writes its identity into a file of
// its own, then link()s that file to the lock's name. link fails if the name
// exists, and the lock appears with its content already in place, so there is
// never an empty or half-written lock to misjudge.
//
// The holder is identified by more than its PID: host, boot id and the process
// start time from /proc (Linux), so a PID reused by an unrelated process after
// a crash (or a reboot) is not taken for the holder. A lock is stale only when
// its holder is known dead; a live holder on this host is never stale however
// slow. Where the start time cannot be read (macOS, Windows) or the holder is on
// another host (a shared filesystem), age decides: holders refresh the lock's
// mtime while they hold it, and a lock untouched for `staleMs` is stale.
//
// Breaking a stale lock is serialised by a second lock (`LOCK.break`, taken the
// same way): under it, the breaker re-reads the lock and removes it only if it
// is still the very file (inode and nonce) it judged stale. Nothing but a breaker
// can remove a lock that exists, so that check cannot be raced. What remains is
// a breaker killed while it holds `LOCK.break` for those few milliseconds; that
// lock is broken by the same identity rules. Against the two cases no lock file
// can rule out (a holder on another host judged stale by age; two breakers after
// a dead breaker), a holder re-checks that the lock is still its own right
// before writing (`stillHeld`), and the appender also refuses to write when the
// file grew since it verified it.
//
// Every file call is synchronous: each is a few microseconds of system call, where
// a promise-based one is a round trip through libuv's thread pool (an uncontended
// append, lock to release, took ~25 of them). Only the wait for a lock another
// process holds is asynchronous (a timer between tries), so waiters block nothing.
import { randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, linkSync, openSync, readFileSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { AuditError } from './errors.js';

/** Far above the owner JSON a lock holds; a bigger file in its place is not read. */
const MAX_LOCK_BYTES = 64 << 10;

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

export async function acquireLock(path: string, options: LockOptions = {}): Promise<HeldLock> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const staleMs = options.staleMs ?? 30_000;
  const started = Date.now();
  const owner = ownIdentity();
  const mine = `${path}.${owner.nonce}`;
  try {
    writeFileSync(mine, JSON.stringify(owner), { flag: 'wx' });
  } catch (err) {
    throw new AuditError('io', `cannot create the lock ${path}: ${(err as Error).message}`, 'check that the audit folder is writable');
  }
  try {
    let wait = 2;
    let judgedAt = 0;
    for (;;) {
      const ino = tryLink(mine, path, owner);
      if (ino !== null) return holding(path, owner, ino, staleMs);
      // Judging costs a read of the lock and of /proc: at once, then a few times a second
      // (hundreds of waiters judging on every retry would starve the holder of the CPU).
      if (Date.now() - judgedAt >= JUDGE_EVERY_MS) {
        judgedAt = Date.now();
        breakIfStale(path, staleMs, owner);
      }
      if (Date.now() - started > timeoutMs) {
        const holder = readLock(path);
        throw new AuditError(
          'lock',
          `timed out after ${timeoutMs} ms waiting for the lock ${path}${holder?.owner ? ` (held by pid ${holder.owner.pid} on ${holder.owner.host}, alive)` : ''}`,
          'another safeclaw process is appending; if none is, delete the lock file',
        );
      }
      // Jittered backoff: writers retrying in lockstep would starve each other.
      await new Promise((done) => setTimeout(done, wait + Math.random() * wait));
      wait = Math.min(wait * 2, 64);
    }
  } finally {
    removeQuietly(mine);
  }
}

const JUDGE_EVERY_MS = 200;

/** unlink, where a name already gone is no error (released or broken meanwhile). */
function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Gone already, or not ours to remove: the lock protocol rechecks what matters.
  }
}

/** Takes a lock in one step: links the holder's own file to the lock's name. Its inode, or null when held. */
function tryLink(mine: string, path: string, owner: LockOwner): number | null {
  try {
    linkSync(mine, path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return null;
    throw new AuditError(
      'io',
      `cannot take the lock ${path}: ${(err as Error).message}`,
      code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS'
        ? 'the audit folder is on a filesystem without hard links; put the audit file on a local disk'
        : 'check that the audit folder is writable',
    );
  }
  const taken = readLock(path);
  if (taken?.owner?.nonce !== owner.nonce) {
    throw new AuditError('lock', `the lock ${path} changed hands while it was being taken`, 'retry; check for another program removing lock files');
  }
  return taken.ino;
}

/** The breaker lock, taken once (no waiting: a busy breaker means someone else is breaking). */
function tryTake(path: string, owner: LockOwner): number | null {
  const mine = `${path}.${owner.nonce}`;
  try {
    writeFileSync(mine, JSON.stringify(owner), { flag: 'wx' });
    return tryLink(mine, path, owner);
  } catch (err) {
    if (err instanceof AuditError && err.kind === 'lock') return null;
    throw err;
  } finally {
    removeQuietly(mine);
  }
}

function holding(path: string, owner: LockOwner, ino: number, staleMs: number): HeldLock {
  // The append holds the lock through synchronous calls, so this fires only where it awaits (a full
  // verify of a large log): a holder on this host is judged by its PID and start time, not this age.
  const touch = setInterval(() => {
    const now = new Date();
    try {
      utimesSync(path, now, now);
    } catch {
      // Released or taken over meanwhile: stillHeld says so before any write.
    }
  }, Math.max(staleMs / 4, 100));
  touch.unref();
  const mine = () => {
    const current = readLock(path);
    return current !== null && current.ino === ino && current.owner?.nonce === owner.nonce;
  };
  return {
    path,
    stillHeld: mine,
    release() {
      clearInterval(touch);
      // Only remove the lock if it is still ours (it could have been judged stale and taken over).
      if (mine()) removeQuietly(path);
    },
  };
}

function breakIfStale(path: string, staleMs: number, self: LockOwner): void {
  const judged = readLock(path);
  if (judged === null || !isStale(judged, staleMs)) return;
  const breaker = `${path}.break`;
  let breakerIno = tryTake(breaker, self);
  if (breakerIno === null) {
    // Another waiter is breaking it now (it takes milliseconds), unless that waiter died doing so.
    const other = readLock(breaker);
    if (other === null || !isStale(other, staleMs)) return;
    if (sameFile(breaker, other)) removeQuietly(breaker);
    breakerIno = tryTake(breaker, self);
    if (breakerIno === null) return;
  }
  try {
    // Under the breaker lock only a dead holder could change the lock, and it cannot: what we judged is what we remove.
    const now = readLock(path);
    if (now !== null && now.ino === judged.ino && now.owner?.nonce === judged.owner?.nonce && isStale(now, staleMs)) removeQuietly(path);
  } finally {
    const current = readLock(breaker);
    if (current?.ino === breakerIno && current.owner?.nonce === self.nonce) removeQuietly(breaker);
  }
}

function sameFile(path: string, judged: LockFile): boolean {
  const now = readLock(path);
  return now !== null && now.ino === judged.ino && now.owner?.nonce === judged.owner?.nonce;
}

/**
 * The lock's inode, age and owner, read through one descriptor (so they describe the same file).
 * O_NONBLOCK, and only a small regular file read: a FIFO or a device put in the lock's place must
 * not block the append's synchronous calls for good. Such a lock has no owner, so it counts as stale.
 */
function readLock(path: string): LockFile | null {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return null; // released meanwhile
  }
  try {
    const info = fstatSync(fd);
    const readable = info.isFile() && info.size <= MAX_LOCK_BYTES;
    return { ino: info.ino, mtimeMs: info.mtimeMs, owner: readable ? parseOwner(readFileSync(fd, 'utf8')) : null };
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

function parseOwner(text: string): LockOwner | null {
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    if (typeof value.pid !== 'number' || typeof value.host !== 'string' || typeof value.nonce !== 'string') return null;
    return { pid: value.pid, host: value.host, nonce: value.nonce, start: value.start ?? null, boot: value.boot ?? null };
  } catch {
    return null;
  }
}

export function isStale(lock: LockFile, staleMs: number): boolean {
  const owner = lock.owner;
  // Our own protocol never leaves an unreadable lock: it was written by something else, or is the remains of a crash.
  if (owner === null) return true;
  if (owner.host === hostname()) {
    const boot = bootId();
    if (owner.boot !== null && boot !== null && owner.boot !== boot) return true; // the machine restarted since
    if (!isAlive(owner.pid)) return true;
    const start = owner.start === null ? null : processStart(owner.pid);
    if (start !== null) return start !== owner.start; // a different start time: the PID now belongs to another process
    // Alive, and this system cannot tell a reused PID apart: only age can (a live holder keeps the lock fresh).
    return Date.now() - lock.mtimeMs > staleMs;
  }
  return Date.now() - lock.mtimeMs > staleMs;
}

function ownIdentity(): LockOwner {
  return { pid: process.pid, host: hostname(), nonce: randomBytes(12).toString('hex'), start: ownStart(), boot: bootId() };
}

// This process's start time does not change while it runs: read once (a long-lived judge appends on every call).
let cachedStart: { pid: number; start: string | null } | undefined;
function ownStart(): string | null {
  if (cachedStart?.pid !== process.pid) cachedStart = { pid: process.pid, start: processStart(process.pid) };
  return cachedStart.start;
}

/**
 * Field 22 of /proc/PID/stat: the process start time in clock ticks since boot.
 * The command name (field 2) is in parentheses and may hold spaces or ')', so
 * fields are counted from the last ')'.
 */
export function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null; // field 3 is fields[0]
  } catch {
    return null;
  }
}

let cachedBoot: string | null | undefined;
function bootId(): string | null {
  if (cachedBoot === undefined) {
    try {
      cachedBoot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || null;
    } catch {
      cachedBoot = null;
    }
  }
  return cachedBoot;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
