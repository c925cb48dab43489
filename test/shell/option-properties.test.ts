// Properties of option resolution and option-literal matching, on generated
// commands, with the real kubectl and git as oracles where they are installed:
// - last wins: for any sequence of repeated options in any spelling (`-n x`,
//   `-nx`, `--namespace x`, `--namespace=x`), the judged value is the last one;
// - negations: for any sequence of `--dry-run`/`--no-dry-run`/`-n`, the dry run
//   counts iff the program itself does a dry run;
// - option literals: `*--zap*` matches a generated command iff one of its words
//   before `--` is the option `--zap` (or `--zap=…`), whatever else holds the text.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, test } from 'node:test';
import fc from 'fast-check';
import { evaluate } from '../../src/engine/evaluate.js';
import { canonicalise } from '../../src/shell/canonical.js';
import { dryRunOf } from '../../src/shell/allow-text.js';
import { policyFrom, rule, rules, shellReady } from '../helpers/policy.js';

before(() => shellReady);

const RUNS = Number(process.env.SAFECLAW_PROPERTY_RUNS ?? 200);

function installed(program: string): boolean {
  return spawnSync(program, ['--version'], { stdio: 'ignore' }).status === 0 || spawnSync(program, ['version', '--client'], { stdio: 'ignore' }).status === 0;
}

const namespace = fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/);
/** One `--namespace` setting in one of kubectl's four spellings. */
const spelling = fc.tuple(fc.constantFrom('-n ', '-n', '--namespace ', '--namespace='), namespace).map(([how, ns]) => ({ words: `${how}${ns}`.split(' '), ns }));
/** Other words that may sit between them. */
const filler = fc.constantFrom<string[]>([], ['-o', 'json'], ['--dry-run=client'], ['--append-hash=false'], ['--output=yaml']);
const settings = fc.array(fc.tuple(spelling, filler), { minLength: 1, maxLength: 5 });

function kubectlArgs(sequence: [{ words: string[]; ns: string }, string[]][]): { args: string[]; last: string } {
  const args = ['create', 'configmap', 'x', '--from-literal=a=b'];
  for (const [setting, extra] of sequence) args.push(...setting.words, ...extra);
  return { args, last: sequence[sequence.length - 1][0].ns };
}

test('last wins: the canonical form holds exactly the last --namespace, in any spelling and order', () => {
  fc.assert(
    fc.property(settings, (sequence) => {
      const { args, last } = kubectlArgs(sequence);
      const { words } = canonicalise('kubectl', args);
      const namespaces = words.filter((w) => w.startsWith('--namespace='));
      assert.deepEqual(namespaces, [`--namespace=${last}`], `kubectl ${args.join(' ')} → ${words.join(' ')}`);
    }),
    { numRuns: RUNS },
  );
});

test('last wins, checked against the real kubectl (create --dry-run=client -o yaml prints the namespace)', (t) => {
  if (!installed('kubectl')) {
    assert.fail('kubectl is not installed: this oracle test needs the real kubectl (apt or the kubectl release binary)');
  }
  fc.assert(
    fc.property(settings, (sequence) => {
      const { args, last } = kubectlArgs(sequence);
      const printed = execFileSync('kubectl', [...args, '--dry-run=client', '-o', 'yaml'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 });
      // YAML quotes names it would read otherwise (`y`, `no`, `on`: booleans in YAML 1.1).
      const real = /^\s+namespace: "?([^"\s]+)"?$/m.exec(printed)?.[1];
      assert.equal(real, last, `kubectl ${args.join(' ')} printed namespace ${real}`);
      const { words } = canonicalise('kubectl', args);
      assert.ok(words.includes(`--namespace=${real}`), `canonical ${words.join(' ')} is not in namespace ${real}`);
    }),
    { numRuns: Math.min(RUNS, 25) },
  );
  t.diagnostic('compared with the real kubectl on 25 generated commands');
});

const dryWord = fc.constantFrom('-n', '--dry-run', '--no-dry-run', '--no-dry', '-f', '-x', '-d');

test('negations: the dry run of git clean counts iff git itself does a dry run (real git)', () => {
  if (!installed('git')) assert.fail('git is not installed: this oracle test needs the real git');
  const dir = mkdtempSync(join(tmpdir(), 'safeclaw-clean-'));
  execFileSync('git', ['init', '-q'], { cwd: dir });
  fc.assert(
    fc.property(fc.array(dryWord, { minLength: 1, maxLength: 5 }), (words) => {
      writeFileSync(join(dir, 'victim'), 'x');
      const args = ['clean', '-f', ...words];
      spawnSync('git', args, { cwd: dir, stdio: 'ignore' });
      const gitDidDryRun = readdirSync(dir).includes('victim');
      assert.equal(dryRunOf('git', ['git', ...args]).on, gitDidDryRun, `git ${args.join(' ')}: git ${gitDidDryRun ? 'did a dry run' : 'removed the file'}`);
    }),
    { numRuns: Math.min(RUNS, 60) },
  );
});

test('negations: aws --dry-run counts iff the last of --dry-run / --no-dry-run is --dry-run', () => {
  const policy = policyFrom(rules(rule('allow-dry-run', 'shell.execute', 'allow', { command: '*--dry-run*' })));
  fc.assert(
    fc.property(fc.array(fc.constantFrom('--dry-run', '--no-dry-run', '--dry-run=false', '--dry-run=true'), { minLength: 1, maxLength: 5 }), (words) => {
      const last = words[words.length - 1];
      const dry = last === '--dry-run' || last === '--dry-run=true';
      const d = evaluate(policy, { type: 'shell.execute', command: `aws ec2 run-instances --image-id ami-1 ${words.join(' ')}` });
      assert.equal(d.decision, dry ? 'allow' : 'deny', `${words.join(' ')} → ${d.normalized}`);
    }),
    { numRuns: RUNS },
  );
});

/** Words for a program with no option table, as the shell source and as argv. */
interface Piece {
  source: string;
  argv: string[];
}
const real = fc.constantFrom<Piece>({ source: '--zap', argv: ['--zap'] }, { source: '--zap=1', argv: ['--zap=1'] }, { source: "'--zap'", argv: ['--zap'] });
const decoy = fc.constantFrom<Piece>(
  { source: '--cache-dir=/tmp/--zap', argv: ['--cache-dir=/tmp/--zap'] },
  { source: "'DROP TABLE x; -- --zap'", argv: ['DROP TABLE x; -- --zap'] },
  { source: 'https://example.com/--zap', argv: ['https://example.com/--zap'] },
  { source: './--zap', argv: ['./--zap'] },
  { source: '-e--zap', argv: ['-e--zap'] },
  { source: "'--x --zap'", argv: ['--x --zap'] },
  { source: '--a--zap', argv: ['--a--zap'] },
  { source: 'x--zap', argv: ['x--zap'] },
  { source: '-v', argv: ['-v'] },
  { source: 'file.txt', argv: ['file.txt'] },
  { source: '--zip=--zap', argv: ['--zip=--zap'] },
);

test('option literals: *--zap* matches iff a word before -- is the option --zap, for a program with no table', () => {
  const policy = policyFrom(rules(rule('allow-zap', 'shell.execute', 'allow', { command: '*--zap*' })));
  const piece = fc.oneof({ arbitrary: decoy, weight: 4 }, { arbitrary: real, weight: 1 });
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 6 }), fc.array(fc.oneof(decoy, real), { maxLength: 3 }), fc.boolean(), (before, after, dashes) => {
      const pieces = dashes ? [...before, { source: '--', argv: ['--'] }, ...after] : before;
      const command = ['frob', ...pieces.map((p) => p.source)].join(' ');
      const options = (dashes ? before : pieces).flatMap((p) => p.argv);
      const expected = options.some((w) => w === '--zap' || w.startsWith('--zap='));
      const d = evaluate(policy, { type: 'shell.execute', command });
      assert.equal(d.decision, expected ? 'allow' : 'deny', `${command}: ${d.reason}`);
    }),
    { numRuns: RUNS },
  );
});

test('option literals: the argv the property assumes is the one bash passes (real bash)', () => {
  const samples: Piece[] = [
    { source: "'DROP TABLE x; -- --zap'", argv: ['DROP TABLE x; -- --zap'] },
    { source: "'--x --zap'", argv: ['--x --zap'] },
    { source: "'--zap'", argv: ['--zap'] },
    { source: '-e--zap', argv: ['-e--zap'] },
  ];
  for (const sample of samples) {
    const printed = execFileSync('bash', ['-c', `printf '%s\\0' ${sample.source}`], { encoding: 'utf8' });
    assert.deepEqual(printed.split('\0').slice(0, -1), sample.argv, sample.source);
  }
});
