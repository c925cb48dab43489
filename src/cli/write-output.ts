import { writeSync } from 'node:fs';
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
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  while (written < bytes.length) {
    try {
      written += writeSync(io.stdoutFd, bytes, written, bytes.length - written);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
      io.stdout.write(bytes.subarray(written));
      return;
    }
  }
}
