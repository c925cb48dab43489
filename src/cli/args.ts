// Argument parsing shared by the subcommands: node's parseArgs, with its
// errors turned into usage errors (exit 2) instead of stack traces.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io.js';

export type Options = NonNullable<ParseArgsConfig['options']>;
type ParsedArgs<T extends Options> = ReturnType<typeof parseArgs<{ options: T; allowPositionals: true; strict: true; tokens: true }>>;

export function parseCommandArgs<T extends Options>(argv: string[], options: T, command: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true, tokens: true }) as ParsedArgs<T>;
  } catch (err) {
    throw new UsageError(`${command}: ${(err as Error).message}\n  fix: see \`safeclaw ${command} --help\``);
  }
}

export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}
