/**
 * The whole file, read to its end (it may have grown since a listing saw it).
 * Throws ELOOP for a symbolic link, ENOTREG for anything but a regular file, and
 * EFBIG once it holds more than `maxBytes`.
 */
export declare function readSmallRegularFile(path: string, maxBytes: number): Buffer;
