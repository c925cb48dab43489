// Words the parser leaves out of the tree must not vanish from the analysis:
// bash passes them, so a rule written for the words that remain would judge a
// different command. Real bash is the oracle for what is passed.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { before, test } from 'node:test';
import { analyzeShellCommand, prepareShellAnalysis } from '../../src/shell/analyze.js';
import { useTypeScriptParser } from '../../src/shell/parser.js';

before(() => prepareShellAnalysis());

/** The argv bash gives the first command of a line (its program replaced by a printer). */
function bashArgv(line: string): string[] {
  const out = execFileSync('bash', ['-c', `p() { printf '%s\\0' "$@"; }; ${line.replace(/^\w+/, 'p')}`], { encoding: 'utf8' });
  return out.split('\0').slice(0, -1);
}

// tree-sitter-bash drops a `-` word right before a here-doc, or lexes it into the
// `<<` token. The TypeScript parser (first on every line) keeps `- <<EOF` as bash
// does; tree-sitter alone, and `-<<EOF` (which both leave to tree-sitter), must
// then come out opaque rather than judged without the word.
const HERE_DOC_DASH = [
  'kubectl apply -f - <<EOF\nkind: Namespace\nEOF',
  'echo a - <<EOF\nx\nEOF',
  'terraform apply - <<EOF\nyes\nEOF',
  "kubectl apply -f - <<'EOF'\nkind: Namespace\nEOF",
];

for (const line of HERE_DOC_DASH) {
  test(`${JSON.stringify(line)}: bash passes "-", and so does the analysis; tree-sitter alone makes it opaque`, () => {
    const argv = bashArgv(line);
    assert.equal(argv[argv.length - 1], '-', `bash passes "-": ${JSON.stringify(argv)}`);
    const analysis = analyzeShellCommand(line);
    assert.equal(analysis.commands.length, 1);
    assert.equal(analysis.commands[0].opaque, undefined, `opaque: ${analysis.commands[0].opaque}`);
    assert.equal(analysis.commands[0].argv?.at(-1), '-', JSON.stringify(analysis.commands[0].argv));
    useTypeScriptParser(false);
    try {
      const alone = analyzeShellCommand(line).commands;
      assert.equal(alone.length, 1);
      assert.match(alone[0].opaque ?? '', /parser left text out/, `tree-sitter alone: ${alone[0].text}`);
    } finally {
      useTypeScriptParser(true);
    }
  });
}

const DROPPED_WORD = [
  // Lexed into the `<<` token: the token check of the same walk names it.
  { line: 'echo x -<<EOF\nx\nEOF', word: '-', reason: /tree-sitter read "-<<" as the token "<<"/ },
  // `\ ` at the start of a word: bash passes the word " ", the parser sees a gap.
  { line: "printf '%s' \\ a", word: ' a', reason: /parser left text out/ },
];

for (const { line, word, reason } of DROPPED_WORD) {
  test(`${JSON.stringify(line)}: bash passes ${JSON.stringify(word)}, so the command is opaque, not judged without it`, () => {
    assert.ok(bashArgv(line).includes(word), `bash passes ${JSON.stringify(word)}: ${JSON.stringify(bashArgv(line))}`);
    const analysis = analyzeShellCommand(line);
    assert.equal(analysis.commands.length, 1);
    assert.ok(analysis.commands[0].opaque, `judged as ${JSON.stringify(analysis.commands[0].text)}`);
    assert.match(analysis.commands[0].opaque!, reason);
  });
}

const KEPT = [
  'cat <<EOF | kubectl apply -f -\nkind: Namespace\nEOF',
  'kubectl apply -f - < ns.yaml',
  'cat <<-EOF\n\tx\n\tEOF',
  'cat <<A <<B\na\nA\nb\nB',
  'if true; then cat <<EOF\nx\nEOF\nfi',
  'ls # a comment',
  'a=1 b=2 env',
];

for (const line of KEPT) {
  test(`${JSON.stringify(line)}: every word is in the tree, nothing is opaque for it`, () => {
    for (const command of analyzeShellCommand(line).commands) assert.ok(!command.opaque?.match(/parser left text out|as the token/), `${command.text}: ${command.opaque}`);
  });
}
