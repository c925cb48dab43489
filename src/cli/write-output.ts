import { writeSync } from 'node:fs';
import { writeDescriptor } from './descriptor-io.js';
import type { CliIO } from './io.js';

/**
 * Writes `text` to standard output. The process's own (`io.stdoutFd`) is written
 * with writeSync: a hook call writes one short answer, and making process.stdout's
 * stream for it costs ~3-4 ms on a pipe. Where the descriptor is non-blocking and
 * full (EAGAIN), the stream writes the rest, after the bytes already written.
 */
export function writeStandardOutput(io: CliIO, text: string): void {
  if (io.stdoutFd === undefined) {
    io.stdout.write(text);
    return;
  }
  writeDescriptor(writeSync, io.stdoutFd, text, () => io.stdout);
}
