// The fast path for plain commands (`program arg arg`, no shell syntax) must give
// exactly what the parser gives. Compared on the bypass corpus, on every
// reserved word, builtin and wrapper the analysis knows, and on random plain lines.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { parse } from 'yaml';
import { analyzeShellCommand, analyzeShellCommandParsed, plainWords, prepareShellAnalysis } from '../../src/shell/analyze.js';
import { useTypeScriptParser } from '../../src/shell/parser.js';

before(() => prepareShellAnalysis());
after(() => useTypeScriptParser(true));

const FIRST_WORDS = [
  // reserved words and declaration builtins
  'if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'case', 'esac', 'while', 'until', 'for', 'in', 'function', 'select',
  'time', 'coproc', 'declare', 'typeset', 'export', 'readonly', 'local', 'unset', 'unsetenv', 'let', 'test',
  // builtins and wrappers the analysis looks through
  'eval', 'exec', 'command', 'builtin', 'source', '.', 'alias', 'unalias', 'trap', 'su', 'runuser', 'sudo', 'doas', 'env',
  'xargs', 'nice', 'nohup', 'timeout', 'stdbuf', 'chroot', 'watch', 'strace', 'ionice', 'setsid', 'flock', 'parallel',
  'bash', 'sh', 'zsh', 'dash', 'ksh', 'fish', 'awk', 'gawk', 'find', 'git', 'ssh', 'kubectl', 'docker', 'podman',
  'python', 'python3', 'node', 'perl', 'ruby', 'php', 'terraform', 'helm', 'aws', 'gcloud', 'az', 'curl', 'wget',
  'cat', 'cp', 'mv', 'rm', 'tee', 'dd', 'tar', 'scp', 'rsync', 'make', 'npm', 'npx', 'yarn', 'pnpm', 'echo', 'printf',
  'cd', 'pushd', 'read', 'set', 'shopt', 'ulimit', 'umask', 'wait', 'kill', 'exit', 'return', 'break', 'continue',
  'true', 'false', ':', 'hash', 'type', 'enable', 'mapfile', 'readarray', 'getopts', 'shift', 'fc', 'history', 'jobs',
  '2', '-', '--', '-x', '.', '..', '/bin/sh', './run.sh', 'a=b', '=x', '%1', '@x', '+x',
  // tree-sitter-bash reads these as syntax errors, bash as program names (a fast-check counterexample)
  '-A-A%', '-a-b@', '-A-1%',
];

const ARG = fc.stringMatching(/^[A-Za-z0-9_\-.,:=/%+@]{1,12}$/);
const SPACES = fc.stringMatching(/^ {1,3}$/);

/** The fast path equals the parsers: the TypeScript one (the default) and tree-sitter alone. */
function sameBothWays(command: string): void {
  const fast = analyzeShellCommand(command);
  assert.deepEqual(fast, analyzeShellCommandParsed(command), command);
  useTypeScriptParser(false);
  try {
    assert.deepEqual(fast, analyzeShellCommandParsed(command), `${command} (tree-sitter)`);
  } finally {
    useTypeScriptParser(true);
  }
}

describe('plain command fast path', () => {
  test('every plain command of the bypass corpus is analysed as the parser analyses it', () => {
    const corpus = parse(readFileSync(new URL('./corpus.yaml', import.meta.url), 'utf8')) as Record<string, { command: string }[]>;
    const commands = Object.values(corpus).flat().map((c) => c.command);
    const plain = commands.filter((c) => plainWords(c) !== null);
    assert.ok(plain.length > 50, `only ${plain.length} plain commands in the corpus`);
    for (const command of plain) sameBothWays(command);
  });

  test('each known first word, alone and with arguments, is analysed as the parser analyses it', () => {
    for (const first of FIRST_WORDS) {
      for (const rest of ['', ' -c ls', ' x', ' -- a b', ' --flag=v arg', ' apply -f x.yaml --namespace=dev', ' -n dev exec pod -- sh -c id']) {
        sameBothWays(first + rest);
        sameBothWays('  ' + first + rest + '  ');
      }
    }
  });

  test('random plain lines are analysed as the parser analyses them', () => {
    const line = fc
      .tuple(fc.oneof(fc.constantFrom(...FIRST_WORDS), ARG), fc.array(fc.tuple(SPACES, ARG), { maxLength: 6 }), SPACES, SPACES)
      .map(([first, rest, lead, trail]) => lead + first + rest.map(([s, a]) => s + a).join('') + trail);
    fc.assert(fc.property(line, (command) => sameBothWays(command)), { numRuns: 5000 });
  });

  test('long plain lines (more words than the bounds first hold) and lines declined after many words', () => {
    const many = Array.from({ length: 150 }, (_, i) => `arg-${i}`).join(' ');
    for (const command of [`kubectl get ${many}`, `  cat ${many}  `, `ls ${many} | rm -rf x`, `ls ${many}; rm x`, `git ${many} 'quoted'`, `ls ${many} $X`]) {
      sameBothWays(command);
    }
    assert.equal(plainWords(`ls ${many}`)?.words.length, 151);
    assert.equal(plainWords(`ls ${many} | cat`), null);
    // After a long line, a short one still gets only its own words.
    assert.deepEqual(plainWords('git status')?.words.map((w) => w.text), ['git', 'status']);
  });

  test('lines with shell syntax take the parser', () => {
    for (const command of ["ls 'a b'", 'ls $HOME', 'ls *', 'ls ~', 'ls a#b', 'a=b ls', 'ls; rm x', 'ls\tx', 'ls\nrm x', 'echo {a,b}', 'if', 'export A=1', '']) {
      assert.equal(plainWords(command), null, command);
    }
  });
});
