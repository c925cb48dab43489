// Errors a user's input can cause while reading a source (a diff, a plan, an
// agent log, a PR body). The CLI prints `message` alone and exits 2: it always
// says where (file:line) and what to do, so a bad input is never a silent pass.

export interface SourcePlace {
  file?: string;
  line?: number;
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
  const where = place.file ? `${place.file}${place.line ? `:${place.line}` : ''}: ` : '';
  return `${where}${problem}${hint ? `\n  fix: ${hint}` : ''}`;
}
