// Programs that read or write files their operands and options name, beyond
// the plain readers: compressors, install, split, uniq, openssl, awk, editors
// and interpreters running a script file (red-team F10). Under a deny-list
// policy (every command allowed, every file allowed but secrets and workflows),
// each must be stopped by the file rule, and the harmless variant must stay
// allowed, so the test can fail. Where the machine has the program, a run in a
// scratch folder shows the table says what the program does.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { evaluate } from '../../src/engine/evaluate.js';
import { analyzeShellCommand } from '../../src/shell/analyze.js';
import { policyFrom, rule, rules, shellReady } from '../helpers/policy.js';

before(() => shellReady);

const denyList = policyFrom(
  rules(
    rule('allow-commands', 'shell.execute', 'allow'),
    rule('allow-reads', 'file.read', 'allow', { path: '**' }),
    rule('allow-writes', 'file.write', 'allow', { path: '**' }),
    rule('allow-network', 'network.request', 'allow'),
    rule('no-env', 'file.read', 'deny', { path: '**/.env' }),
    rule('no-keys', 'file.read', 'deny', { path: '**/*.pem' }),
    rule('no-workflows', 'file.write', 'deny', { path: '.github/workflows/**' }),
    rule('no-yaml-writes', 'file.write', 'deny', { path: '*.yml' }),
  ),
);

const decide = (command: string) => evaluate(denyList, { type: 'shell.execute', command });

/** [line the file rule stops, the rule, a harmless line that stays allowed]. */
const CASES: [string, string, string][] = [
  ['gzip -c .env', 'no-env', 'gzip -c notes.txt'],
  ['gzip .env', 'no-env', 'gzip notes.txt'],
  ['gzip -k .env', 'no-env', 'gzip -k notes.txt'],
  ['gzip -r config', 'no-env', 'gzip -c config/app.json'],
  ['gunzip ci.yml.gz', 'no-yaml-writes', 'gunzip notes.gz'],
  ['gzip -d ci.yml.gz', 'no-yaml-writes', 'gzip -d notes.txt.gz'],
  ['gzip -d .github/workflows/ci.yml.gz', 'no-workflows', 'gzip -d docs/ci.txt.gz'],
  ['bzip2 -k .env', 'no-env', 'bzip2 -k notes.txt'],
  ['bzip2 -dc key.pem.bz2 key.pem', 'no-keys', 'bzip2 -dc notes.bz2'],
  ['xz -c .env', 'no-env', 'xz -c notes.txt'],
  ['xz -d -k ci.yml.xz', 'no-yaml-writes', 'xz -d -k notes.xz'],
  ['zstd .env', 'no-env', 'zstd notes.txt'],
  ['zstd -d x.zst -o ci.yml', 'no-yaml-writes', 'zstd -d x.zst -o notes.txt'],
  ['lz4 .env out.lz4', 'no-env', 'lz4 notes.txt out.lz4'],
  ['install .env out/x', 'no-env', 'install notes.txt out/x'],
  ['install -m 644 ci.txt .github/workflows/ci.yml', 'no-workflows', 'install -m 644 ci.txt docs/ci.txt'],
  // The pieces' names are only known to start with the prefix: a `*.yml` rule stops `split notes.txt` too, unless a suffix is added.
  ['split .env', 'no-env', 'split --additional-suffix=.txt notes.txt'],
  ['split notes.txt', 'no-yaml-writes', 'split --additional-suffix=.txt notes.txt'],
  ['split -b 1k notes.txt .github/workflows/x', 'no-workflows', 'split -b 1k --additional-suffix=.txt notes.txt parts/x'],
  ['split -d --additional-suffix=.yml notes.txt part-', 'no-yaml-writes', 'split -d --additional-suffix=.txt notes.txt part-'],
  ['uniq .env out', 'no-env', 'uniq notes.txt out'],
  ['uniq notes.txt ci.yml', 'no-yaml-writes', 'uniq notes.txt out.txt'],
  ['openssl rsa -in key.pem -pubout', 'no-keys', 'openssl rsa -in key.der -pubout'],
  ['openssl dgst -sha256 -sign key.pem notes.txt', 'no-keys', 'openssl dgst -sha256 notes.txt'],
  ['openssl sha256 .env', 'no-env', 'openssl sha256 notes.txt'],
  ['openssl enc -aes-256-cbc -pass file:.env -in notes.txt', 'no-env', 'openssl enc -aes-256-cbc -pass env:PW -in notes.txt'],
  ['openssl s_client -connect example.com:443 -CAfile ca.pem', 'no-keys', 'openssl s_client -connect example.com:443 -CAfile ca.crt'],
  ['openssl x509 -in cert.crt -inkey key.pem', 'no-keys', 'openssl x509 -in cert.crt'],
  ['openssl req -new -key k.key -out ci.yml', 'no-yaml-writes', 'openssl req -new -key k.key -out req.csr'],
  ["awk '{print}' .env", 'no-env', "awk '{print}' notes.txt"],
  ["awk -F = -v x=1 '{print $2}' .env", 'no-env', "awk -F = -v x=1 '{print $2}' notes.txt"],
  ["sed '1r .env' notes.txt", 'no-env', "sed '1r notes2.txt' notes.txt"],
  ["sed -n 'w ci.yml' notes.txt", 'no-yaml-writes', "sed -n 'w out.txt' notes.txt"],
  ["sed -e 's/a/b/w .github/workflows/x' notes.txt", 'no-workflows', "sed -e 's/a/b/w out.txt' notes.txt"],
  ['vim .env', 'no-env', 'vim notes.txt'],
  ['vi +10 .github/workflows/ci.yml', 'no-workflows', 'vi +10 notes.txt'],
  ['nano .env', 'no-env', 'nano notes.txt'],
  ['emacs key.pem', 'no-keys', 'emacs notes.txt'],
  ['python3 .env', 'no-env', 'python3 tool.py'],
  ['python3.11 -u .env', 'no-env', 'python3.11 -u tool.py'],
  ['node --env-file=.env app.js', 'no-env', 'node app.js'],
  ['node -r ./.env app.js', 'no-env', 'node -r dotenv/config app.js'],
  ['perl -n count.pl .env', 'no-env', 'perl count.pl .env'],
  ['ruby -C config .env', 'no-env', 'ruby -C config tool.rb'],
  ['php -f .env', 'no-env', 'php -f tool.php'],
];

describe('a file rule holds for the files these programs read and write', () => {
  for (const [line, ruleId, harmless] of CASES) {
    test(`${JSON.stringify(line)} is stopped by ${ruleId}; ${JSON.stringify(harmless)} is allowed`, () => {
      const decision = decide(line);
      assert.equal(decision.decision, 'deny', decision.reason);
      assert.equal(decision.rule, ruleId, `${line}: ${decision.reason}`);
      const allowed = decide(harmless);
      assert.equal(allowed.decision, 'allow', `${harmless}: ${allowed.reason}`);
    });
  }
});

/** Options and programs that run code the analysis does not follow: opaque, so not allowed by `allow-commands` (no conditions). */
const RUNS: string[] = [
  'awk -f prog.awk notes.txt',
  "awk -F , 'BEGIN { system(\"id\") }'",
  "awk 'BEGIN { while ((getline line < \".env\") > 0) print line }'",
  "awk '{ print > \"/tmp/out\" }' notes.txt",
  "sed -n '1e id' notes.txt",
  "sed 's/x/id/e' notes.txt",
  'sed -f script.sed notes.txt',
  "vim -c '!id' notes.txt",
  // Red-team R3: vim reads any `+…` but `+NUM` as ex commands, under all its names; nano -s is --speller; mawk -W exec; gawk @f().
  "vim '+1|!terraform apply' notes.txt",
  "vim '+/x/|!terraform apply' notes.txt",
  "ex -c '!terraform apply' notes.txt",
  "vimdiff '+!terraform apply' a b",
  "gvim '+!terraform apply' notes.txt",
  "nano -s 'terraform apply' notes.txt",
  'mawk -W exec prog.awk',
  'awk \'BEGIN { f = "system"; @f("terraform apply") }\'',
  "vim +'!id' notes.txt",
  'vim -S session.vim',
  "emacs --eval '(shell-command \"id\")'",
  'nano --speller=./x notes.txt',
  'split --filter=./x notes.txt',
  'install -s --strip-program=./x a /tmp/b',
  'openssl req -engine ./evil.so -new',
  'openssl x509 -provider ./evil -in c.crt',
];

describe('options that run code make the command opaque', () => {
  for (const line of RUNS) {
    test(JSON.stringify(line), () => {
      assert.ok(analyzeShellCommand(line).commands.some((c) => c.opaque), JSON.stringify(analyzeShellCommand(line).commands));
      assert.notEqual(decide(line).decision, 'allow');
    });
  }
  test('openssl -provider legacy (one of its own), vim +LINE, sed --sandbox and a plain sed script run nothing more', () => {
    for (const line of ['openssl x509 -provider legacy -in c.crt', 'vim +10 notes.txt', 'sed --sandbox -f script.sed notes.txt', "sed 's/e/x/;/^#/d;1,5p' notes.txt"]) {
      assert.equal(decide(line).decision, 'allow', line);
    }
  });
});

const has = (program: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** Runs `line` in a scratch folder holding `files`; the files there afterwards. */
function run(line: string, files: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'safeclaw-tool-files-'));
  try {
    for (const file of files) writeFileSync(join(dir, file), 'a\nb\nb\n'.repeat(300));
    execFileSync('sh', ['-c', line], { cwd: dir, stdio: 'ignore' });
    return readdirSync(dir).sort();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The files the analysis says the line writes (plain paths). */
const writes = (line: string) =>
  analyzeShellCommand(line)
    .implied.filter((i) => i.action.type === 'file.write')
    .map((i) => (i.action.type === 'file.write' ? i.action.path : ''));

describe('the real programs write what the tables say', () => {
  const RUNS_REAL: { program: string; line: string; files: string[]; after: string[] }[] = [
    { program: 'gzip', line: 'gzip f', files: ['f'], after: ['f.gz'] },
    { program: 'gzip', line: 'gzip -k f', files: ['f'], after: ['f', 'f.gz'] },
    { program: 'bzip2', line: 'bzip2 f', files: ['f'], after: ['f.bz2'] },
    { program: 'xz', line: 'xz -k f', files: ['f'], after: ['f', 'f.xz'] },
    { program: 'zstd', line: 'zstd -q f', files: ['f'], after: ['f', 'f.zst'] },
    { program: 'zstd', line: 'zstd -q --rm f', files: ['f'], after: ['f.zst'] },
    { program: 'uniq', line: 'uniq f g', files: ['f'], after: ['f', 'g'] },
    { program: 'install', line: 'install -m 644 f g', files: ['f'], after: ['f', 'g'] },
    { program: 'sed', line: "sed -n 'w g' f", files: ['f'], after: ['f', 'g'] },
    { program: 'split', line: 'split -l 100 f p-', files: ['f'], after: ['f', 'p-aa', 'p-ab', 'p-ac', 'p-ad', 'p-ae', 'p-af', 'p-ag', 'p-ah', 'p-ai'] },
  ];
  for (const { program, line, files, after } of RUNS_REAL) {
    test(`${line}: ${after.join(' ')}`, { skip: !has(program) && `${program} is not installed` }, () => {
      assert.deepEqual(run(line, files), after);
      const said = writes(line);
      // Every file created or removed is one the analysis names as written (split: the folder its pieces land in).
      const changed = [...after.filter((f) => !files.includes(f)), ...files.filter((f) => !after.includes(f))];
      for (const file of changed) assert.ok(said.includes(file) || (line.startsWith('split') && said.includes('.')), `${line}: ${file} not in ${said.join(', ')}`);
    });
  }
  test('gzip -dN restores the name stored in the archive: any file in that folder', { skip: !has('gzip') && 'gzip is not installed' }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'safeclaw-tool-files-'));
    try {
      writeFileSync(join(dir, 'ci.yml'), 'on: push\n');
      execFileSync('sh', ['-c', 'gzip -N ci.yml && mv ci.yml.gz notes.gz && gzip -dN notes.gz'], { cwd: dir, stdio: 'ignore' });
      assert.ok(existsSync(join(dir, 'ci.yml')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    assert.equal(decide('gzip -dN notes.gz').decision, 'deny');
    assert.equal(decide('gzip -d notes.gz').decision, 'allow');
  });
});
