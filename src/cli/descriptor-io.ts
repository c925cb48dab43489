// Reading all of a descriptor and writing all of a text to one, with the stream taking
// over where the descriptor is non-blocking and not ready (EAGAIN). Shared by the CLI's
// io (./read-stream.ts, ./write-output.ts) and the judge's client (./judge-client.ts),
// which is in dist/cli.js itself and gets node:fs by process.getBuiltinModule, since a
// static import of a built-in costs a Node 24 start ~4 ms: so the fs functions are given.
import type { Readable } from 'node:stream';

/** All bytes of descriptor `fd`; after EAGAIN, the rest from the stream `rest()` makes. */
export async function readDescriptor(readSync: (fd: number, buffer: Buffer, offset: number, length: number, position: null) => number, fd: number, rest: () => Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for (;;) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    let length;
    try {
      length = readSync(fd, chunk, 0, chunk.length, null);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        chunks.push(await readStreamBytes(rest()));
        break;
      }
      // Windows reports the end of a pipe as an error.
      if (code === 'EOF') break;
      throw err;
    }
    if (length === 0) break;
    chunks.push(chunk.subarray(0, length));
  }
  return Buffer.concat(chunks);
}

/** All of `text` to descriptor `fd`; after EAGAIN, the rest through the stream `rest()` gives. */
export function writeDescriptor(writeSync: (fd: number, buffer: Buffer, offset: number, length: number) => number, fd: number, text: string, rest: () => { write(chunk: Uint8Array): unknown }): void {
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  while (written < bytes.length) {
    try {
      written += writeSync(fd, bytes, written, bytes.length - written);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
      rest().write(bytes.subarray(written));
      return;
    }
  }
}

export async function readStreamBytes(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
