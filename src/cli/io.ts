// What a CLI command may touch. Commands get this instead of `process` so tests
// can run them in-process as well as through the real binary.
import type { Readable, Writable } from 'node:stream';

export interface CliIO {
  stdout: Writable;
  stderr: Writable;
  stdin: Readable;
  /** Set when `stdin` is the process's own standard input: its descriptor, read without a stream where that is faster. */
  stdinFd?: number;
  /** Set when `stdout` is the process's own standard output: its descriptor, for writeStandardOutput. */
  stdoutFd?: number;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Colour and table layout only when a person is watching. */
  isTTY: boolean;
}

/** A subcommand: its own arguments in, an exit code out (0 ok, 1 verdict/failure, 2 usage/bad input). */
export type CliCommand = (argv: string[], io: CliIO) => Promise<number>;

/** An error a user caused: printed as its message alone (no stack), with exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
