// Keeping the audit log out of git: `safeclaw init` adds `.safeclaw/audit/`
// to the project's .gitignore. The log records every command an agent ran
// (redacted, but still the history of a machine); committed by a routine
// `git add -A`, it would be published with the next push.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from './io.js';

export const AUDIT_IGNORE_LINE = '.safeclaw/audit/';

// Lines that already ignore the folder (anchored or not, with or without the trailing slash or a glob).
const ALREADY_IGNORED = /^\/?\.safeclaw\/audit(?:\/(?:\*\*?)?)?\s*$/;

/** Creates `base/.gitignore` or appends the line once; says which it did. */
export async function ignoreAuditFolder(base: string): Promise<'created' | 'added' | 'present'> {
  const file = join(base, '.gitignore');
  try {
    return await addLine(file);
  } catch (err) {
    const { code, message } = err as NodeJS.ErrnoException;
    throw new UsageError(`init: cannot update ${file}: ${code ?? message}\n  fix: add the line ${AUDIT_IGNORE_LINE} to it yourself, so the audit log is not committed`);
  }
}

async function addLine(file: string): Promise<'created' | 'added' | 'present'> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    await writeFile(file, `# SafeClaw's audit log: local decision history, not source\n${AUDIT_IGNORE_LINE}\n`);
    return 'created';
  }
  const lines = text.split(/\r?\n/);
  if (lines.some((line) => ALREADY_IGNORED.test(line))) return 'present';
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const separator = text === '' || text.endsWith('\n') ? '' : newline;
  await writeFile(file, `${text}${separator}${AUDIT_IGNORE_LINE}${newline}`);
  return 'added';
}
