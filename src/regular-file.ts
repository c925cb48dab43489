// Reading a small file that must be a regular file of its own: a policy file, the
// audit checkpoint. Opened with O_NOFOLLOW (a symbolic link put in its place is not
// followed) and O_NONBLOCK (a FIFO there cannot hang the caller, whose calls are
// synchronous), then checked through the open descriptor, so what is checked is
// what is read.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/**
 * The whole file, read to its end (it may have grown since a listing saw it).
 * Throws ELOOP for a symbolic link, ENOTREG for anything but a regular file, and
 * EFBIG once it holds more than `maxBytes`.
 */
export function readSmallRegularFile(path: string, maxBytes: number): Buffer {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw Object.assign(new Error('is not a regular file'), { code: 'ENOTREG' });
    if (info.size > maxBytes) throw Object.assign(new Error('grew beyond the size limit'), { code: 'EFBIG' });
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.max(info.size - total + 1, 4096));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      total += read;
      if (total > maxBytes) throw Object.assign(new Error('grew beyond the size limit'), { code: 'EFBIG' });
      chunks.push(chunk.subarray(0, read));
      // A regular file gives less than asked only at its end: no second read to learn that.
      if (read < chunk.length) break;
    }
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}
