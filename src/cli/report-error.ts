// How the `safeclaw` command reports an error that ends a subcommand: exit code 2,
// and a message on stderr, never a stack trace unless asked for.
import { redactMessage } from '../redaction/redact.js';
import type { CliIO } from './io.js';

export function reportError(err: unknown, io: CliIO): number {
  // Error messages may quote the input (a JSON parse error shows the line): redacted like every output.
  io.stderr.write(redactMessage(describeError(err, io.env.SAFECLAW_DEBUG === '1')));
  return 2;
}

/** Errors users cause carry their own message (position and fix); anything else is a bug in SafeClaw. */
function describeError(err: unknown, debug: boolean): string {
  if (err instanceof Error) {
    const expected = ['UsageError', 'PolicyError', 'SourceError', 'AuditError'].includes(err.name);
    if (expected) return `safeclaw: ${err.message}\n`;
    const stack = debug && err.stack ? `\n${err.stack}` : '\n  (set SAFECLAW_DEBUG=1 for details)';
    return `safeclaw: internal error: ${err.message}${stack}\n`;
  }
  return `safeclaw: internal error: ${String(err)}\n`;
}
