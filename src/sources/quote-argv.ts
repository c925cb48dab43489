// An argv array (Codex `local_shell_call`, `{"command": ["ls", "-la"]}`) back
// into one shell command string that a POSIX shell would split into exactly
// that argv, so the shell analysis judges what actually ran. Words made only
// of characters no shell treats specially stay bare; everything else is
// single-quoted (a `'` inside becomes `'\''`), which disables every expansion.

const BARE = /^[A-Za-z0-9_\-+=.,/:@%^]+$/;

export function quoteArg(arg: string): string {
  if (BARE.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

export function quoteArgv(argv: readonly string[]): string {
  return argv.map(quoteArg).join(' ');
}
