// A cross-process lock for appending to an audit file, with no dependency.
//
// Why a lock file made with exclusive create (O_CREAT|O_EXCL, 'wx'): it is atomic
// on every local filesystem Node runs on, needs no native addon (Node has no
// flock), and works the same on Linux, macOS and Windows. The holder writes its
// pid, host and a random nonce into it.
//
// A holder that died leaves the file behind, so a lock is stale when its owner
// is a dead process on this host, or, for an owner on another host (a shared
// filesystem) or an unreadable lock, when it has not been touched for `staleMs`
// (holders refresh its mtime while they work, so a slow verify of a big log is
// not mistaken for a crash). A stale lock is taken over by renaming it to a unique name
// (atomic: of several waiters only one can move it) and checking that what was
// moved is the lock that was judged stale; if a live lock was moved instead, it
// is put back with link() (which fails rather than overwrite a newer lock).
import { randomBytes } from 'node:crypto';
import { link, open, readFile, rename, stat, unlink, utimes } from 'node:fs/promises';
import { hostname } from 'node:os';
import { AuditError } from './errors.js';

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

interface LockOwner {
  pid: number;
  host: string;
  nonce: string;
}

export async function acquireLock(path: string, options: LockOptions = {}): Promise<HeldLock> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const staleMs = options.staleMs ?? 30_000;
  const owner: LockOwner = { pid: process.pid, host: hostname(), nonce: randomBytes(12).toString('hex') };
  const started = Date.now();
  let wait = 2;
  for (;;) {
    try {
      const handle = await open(path, 'wx');
      try {
        await handle.writeFile(JSON.stringify(owner));
      } finally {
        await handle.close();
      }
      return holding(path, owner, staleMs);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new AuditError('io', `cannot create the lock ${path}: ${(err as Error).message}`, 'check that the audit folder is writable');
      }
    }
    await breakIfStale(path, staleMs);
    if (Date.now() - started > timeoutMs) {
      throw new AuditError(
        'lock',
        `timed out after ${timeoutMs} ms waiting for the lock ${path}`,
        'another safeclaw process is appending; if none is, delete the lock file',
      );
    }
    // Jittered backoff: 50 writers retrying in lockstep would starve each other.
    await new Promise((done) => setTimeout(done, wait + Math.random() * wait));
    wait = Math.min(wait * 2, 50);
  }
}

function holding(path: string, owner: LockOwner, staleMs: number): HeldLock {
  const touch = setInterval(() => {
    const now = new Date();
    utimes(path, now, now).catch(() => undefined);
  }, Math.max(staleMs / 4, 100));
  touch.unref();
  return {
    path,
    async stillHeld() {
      return (await readOwner(path))?.nonce === owner.nonce;
    },
    async release() {
      clearInterval(touch);
      // Only remove the lock if it is still ours (it could have been judged stale and taken over).
      const current = await readOwner(path);
      if (current?.nonce === owner.nonce) await unlink(path).catch(() => undefined);
    },
  };
}

async function breakIfStale(path: string, staleMs: number): Promise<void> {
  const judged = await readOwner(path);
  let mtimeMs: number;
  try {
    mtimeMs = (await stat(path)).mtimeMs;
  } catch {
    return; // released meanwhile
  }
  if (judged !== null && judged.host === hostname()) {
    // A live owner on this host is never stale, however slow (a loaded machine can
    // starve it past staleMs); a dead one is stale at once.
    if (isAlive(judged.pid)) return;
  } else if (Date.now() - mtimeMs < staleMs) {
    // Another host's lock, or an empty one whose creator may still be writing it
    // (or died between create and write): only age tells.
    return;
  }
  const moved = `${path}.stale-${process.pid}-${randomBytes(6).toString('hex')}`;
  try {
    await rename(path, moved);
  } catch {
    return; // someone else took it over first
  }
  const took = await readOwner(moved);
  if (took !== null && took.nonce !== judged?.nonce) {
    // We moved a lock taken after our judgement: put it back unless yet another one exists.
    await link(moved, path).catch(() => undefined);
  }
  await unlink(moved).catch(() => undefined);
}

async function readOwner(path: string): Promise<LockOwner | null> {
  try {
    const owner = JSON.parse(await readFile(path, 'utf8')) as LockOwner;
    return typeof owner.nonce === 'string' && typeof owner.pid === 'number' ? owner : null;
  } catch {
    return null;
  }
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
