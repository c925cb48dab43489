import { readSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { readDescriptor, readStreamBytes } from './descriptor-io.js';
import type { CliIO } from './io.js';

/** All of a stream as UTF-8 text (standard input for `-`). */
export async function readStream(stream: Readable): Promise<string> {
  return (await readStreamBytes(stream)).toString('utf8');
}

/**
 * All of standard input as UTF-8 text. The process's own (`io.stdinFd`) is read
 * with readSync: setting up `process.stdin`'s stream costs ~4 ms, a tenth of a hook
 * call's whole budget beyond Node's own start. Where the descriptor is non-blocking
 * and has nothing yet (EAGAIN), the stream reads the rest, after the bytes already read.
 */
export async function readStandardInput(io: CliIO): Promise<string> {
  if (io.stdinFd === undefined) return readStream(io.stdin);
  return (await readDescriptor(readSync, io.stdinFd, () => io.stdin)).toString('utf8');
}
