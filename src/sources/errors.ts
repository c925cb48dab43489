// Errors a user's input can cause while reading a source (a diff, a plan, an
// agent log, a PR body). The CLI prints `message` alone and exits 2: it always
// says where (file:line) and what to do, so a bad input is never a silent pass.

export interface SourcePlace {
  file?: string;
  line?: number;
  /** The problem text names the file itself: do not prefix it with `file:`. */
  named?: boolean;
}

export class SourceError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly hint?: string;

  constructor(place: SourcePlace, problem: string, hint?: string) {
    super(formatSourceMessage(place, problem, hint));
    this.name = 'SourceError';
    this.file = place.file;
    this.line = place.line;
    this.hint = hint;
  }
}

function formatSourceMessage(place: SourcePlace, problem: string, hint?: string): string {
  const where = place.file && !place.named ? `${place.file}${place.line ? `:${place.line}` : ''}: ` : '';
  return `${where}${problem}${hint ? `\n  fix: ${hint}` : ''}`;
}

/**
 * An input that was given but holds nothing to judge. A gate that passes on it
 * would pass on a log read in the wrong format, an empty file or a plan
 * section it did not recognise, so this is an error (exit 2), never "allow".
 */
export function noActionsError(file: string, readAs: string, what = 'use --commands-format to read it as another format (or leave the file out if the agent really did nothing)'): SourceError {
  return new SourceError({ file, named: true }, `no actions found in ${file} read as ${readAs}; ${what}`);
}
