import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ShellSplitError, splitShellCommands } from '../../src/sources/shell-lines.js';

describe('splitShellCommands', () => {
  const cases: { name: string; text: string; expected: [string, number][] }[] = [
    { name: 'one command per line', text: 'terraform init\nterraform plan\n', expected: [['terraform init', 1], ['terraform plan', 2]] },
    { name: 'blank lines and comments are not commands', text: '#!/bin/sh\n\n# apply\nmake plan # trailing\n', expected: [['make plan # trailing', 4]] },
    { name: 'a backslash continuation joins lines', text: 'terraform apply \\\n  -auto-approve\nls', expected: [['terraform apply \\\n  -auto-approve', 1], ['ls', 3]] },
    { name: 'a trailing pipe or && continues the command', text: 'cat x |\n  grep y &&\n  rm z\necho done', expected: [['cat x |\n  grep y &&\n  rm z', 1], ['echo done', 4]] },
    { name: 'a here-doc body stays with its command', text: "cat <<EOF > main.tf\nterraform apply\nEOF\nls", expected: [["cat <<EOF > main.tf\nterraform apply\nEOF", 1], ['ls', 4]] },
    { name: 'a <<- here-doc ends at a tab-indented terminator', text: "cat <<-'END'\n\tx\n\tEND\nls", expected: [["cat <<-'END'\n\tx\n\tEND", 1], ['ls', 4]] },
    { name: 'a here-string is not a here-doc', text: 'grep x <<< "$v"\nls', expected: [['grep x <<< "$v"', 1], ['ls', 2]] },
    { name: 'a quote spanning lines keeps one command', text: "echo 'a\nb'\nls", expected: [["echo 'a\nb'", 1], ['ls', 3]] },
    { name: 'if … fi is one command', text: 'if [ -f x ]; then\n  terraform apply\nfi\nls', expected: [['if [ -f x ]; then\n  terraform apply\nfi', 1], ['ls', 4]] },
    { name: 'for … done and nested blocks are one command', text: 'for d in a b; do\n  while true; do\n    x\n  done\ndone', expected: [['for d in a b; do\n  while true; do\n    x\n  done\ndone', 1]] },
    { name: 'case patterns do not close anything', text: 'case $1 in\n  a) x;;\n  (b) y;;\nesac\nls', expected: [['case $1 in\n  a) x;;\n  (b) y;;\nesac', 1], ['ls', 5]] },
    { name: 'a function body in braces is one command', text: 'f() {\n  rm -rf /\n}\nf', expected: [['f() {\n  rm -rf /\n}', 1], ['f', 4]] },
    { name: 'a subshell spanning lines is one command', text: '(\n  cd infra\n  terraform apply\n)', expected: [['(\n  cd infra\n  terraform apply\n)', 1]] },
    { name: 'keywords inside words or quotes are not keywords', text: 'echo if done "fi"\nls', expected: [['echo if done "fi"', 1], ['ls', 2]] },
    { name: '# inside a word is not a comment', text: 'echo a#b\n', expected: [['echo a#b', 1]] },
    { name: 'CRLF line ends are read as LF', text: 'a\r\nb\r\n', expected: [['a', 1], ['b', 2]] },
  ];
  for (const c of cases) {
    test(c.name, () => {
      assert.deepEqual(splitShellCommands(c.text).map((l) => [l.command, l.line]), c.expected);
    });
  }

  test('lines count from the given first line', () => {
    assert.deepEqual(splitShellCommands('a\nb', 10).map((l) => l.line), [10, 11]);
  });

  const errors: { name: string; text: string; line: number; message: RegExp }[] = [
    { name: 'an unterminated quote', text: "ls\necho 'oops\n", line: 2, message: /unterminated ' quote/ },
    { name: 'a here-doc without terminator', text: 'ls\ncat <<EOF\nterraform apply\n', line: 2, message: /here-doc EOF/ },
    { name: 'an if without fi', text: 'if true; then\n  x\n', line: 1, message: /expected `fi`/ },
    { name: 'an unclosed parenthesis', text: 'ls\n(cd x\n', line: 2, message: /unclosed/ },
    { name: 'a dangling pipe', text: 'ls |\n', line: 1, message: /nothing follows/ },
  ];
  for (const c of errors) {
    test(`${c.name} is an error at the line it starts`, () => {
      assert.throws(() => splitShellCommands(c.text), (err: unknown) => err instanceof ShellSplitError && err.line === c.line && c.message.test(err.message));
    });
  }
});
