import { readSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type { CliIO } from './io.js';

/** All of a stream as UTF-8 text (standard input for `-`). */
export async function readStream(stream: Readable): Promise<string> {
  return (await readBytes(stream)).toString('utf8');
}

/**
 * All of standard input as UTF-8 text. The process's own (`io.stdinFd`) is read
 * with readSync: setting up `process.stdin`'s stream costs ~4 ms, a tenth of a hook
 * call's whole budget beyond Node's own start. Where the descriptor is non-blocking
 * and has nothing yet (EAGAIN), the stream reads the rest, after the bytes already read.
 */
export async function readStandardInput(io: CliIO): Promise<string> {
  if (io.stdinFd === undefined) return readStream(io.stdin);
  const chunks: Buffer[] = [];
  for (;;) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    let length;
    try {
      length = readSync(io.stdinFd, chunk, 0, chunk.length, null);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        chunks.push(await readBytes(io.stdin));
        break;
      }
      // Windows reports the end of a pipe as an error.
      if (code === 'EOF') break;
      throw err;
    }
    if (length === 0) break;
    chunks.push(chunk.subarray(0, length));
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readBytes(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
