import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { appendAuditRecords } from '../../src/audit/append.js';
import { auditCommand } from '../../src/cli/commands/audit.js';
import { UsageError, type CliIO } from '../../src/cli/io.js';
import { loadPolicies } from '../../src/policy/load.js';
import { entries, withTempDir, writeChain } from './fixtures.js';

const run = promisify(execFile);
const CHILD = fileURLToPath(new URL('./audit-cli-child.ts', import.meta.url));
const EXAMPLE_POLICIES = fileURLToPath(new URL('../../examples/devops/.safeclaw', import.meta.url));

async function runAudit(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (chunk) => out.push(String(chunk)));
  stderr.on('data', (chunk) => err.push(String(chunk)));
  const io: CliIO = { stdout, stderr, stdin: new PassThrough(), cwd, env: {}, isTTY: false };
  const code = await auditCommand(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

async function tamper(file: string, line: number): Promise<void> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  lines[line - 1] = lines[line - 1].replace('"reason":"', '"reason":"forged ');
  await writeFile(file, lines.join('\n'));
}

test('verify of a valid file exits 0 and prints the records checked and the head', async () => {
  await withTempDir(async (dir) => {
    const head = await writeChain(join(dir, 'audit.jsonl'), 7);
    const { code, stdout } = await runAudit(['verify', 'audit.jsonl', '--head', head], dir);
    assert.equal(code, 0);
    assert.match(stdout, /records checked: 7/);
    assert.ok(stdout.includes(`head: ${head}`));
  });
});

test('verify of a tampered file exits 1 and names the first bad line', async () => {
  await withTempDir(async (dir) => {
    await writeChain(join(dir, 'audit.jsonl'), 7);
    await tamper(join(dir, 'audit.jsonl'), 5);
    const { code, stdout } = await runAudit(['verify', 'audit.jsonl'], dir);
    assert.equal(code, 1);
    assert.match(stdout, /records checked: 4/);
    assert.match(stdout, /audit\.jsonl:5: invalid \(hash\)/);
  });
});

test('verify against a head the file no longer reaches exits 1', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const head = await writeChain(file, 5);
    await writeFile(file, (await readFile(file, 'utf8')).split('\n').slice(0, 3).join('\n') + '\n');
    const { code, stdout } = await runAudit(['verify', file, '--head', head, '--format', 'json'], dir);
    assert.equal(code, 1);
    const result = JSON.parse(stdout);
    assert.deepEqual([result.records, result.failure.kind, result.failure.line], [3, 'head', 4]);
  });
});

test('verify --policies compares each record with the policy set digest', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const policySet = await loadPolicies(EXAMPLE_POLICIES);
    await appendAuditRecords(file, entries(3), { policyDigest: policySet.digest });
    assert.equal((await runAudit(['verify', file, '--policies', EXAMPLE_POLICIES], dir)).code, 0);
    await writeChain(join(dir, 'other.jsonl'), 3);
    const other = await runAudit(['verify', 'other.jsonl', '--policies', EXAMPLE_POLICIES], dir);
    assert.equal(other.code, 1);
    assert.match(other.stdout, /other\.jsonl:1: invalid \(policy\)/);
  });
});

const usageErrors: Array<[string, string[]]> = [
  ['no subcommand', []],
  ['an unknown subcommand', ['fix', 'audit.jsonl']],
  ['verify without a file', ['verify']],
  ['verify with two files', ['verify', 'a.jsonl', 'b.jsonl']],
  ['a head that is not a hash', ['verify', 'audit.jsonl', '--head', 'abc']],
  ['an unknown option', ['verify', 'audit.jsonl', '--hed', 'x']],
  ['a missing file', ['verify', 'missing.jsonl']],
  ['show with an unknown decision', ['show', 'audit.jsonl', '--decision', 'maybe']],
  ['show with a time that is not a time', ['show', 'audit.jsonl', '--since', 'yesterday-ish']],
  ['show of a missing file', ['show', 'missing.jsonl']],
];

for (const [what, argv] of usageErrors) {
  test(`${what} is a usage error`, async () => {
    await withTempDir(async (dir) => {
      await writeChain(join(dir, 'audit.jsonl'), 1);
      await assert.rejects(runAudit(argv, dir), UsageError);
    });
  });
}

test('show lists records and filters them by decision and time', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await appendAuditRecords(file, entries(6), { policyDigest: 'd'.repeat(64), now: () => new Date('2024-01-01T00:00:00Z') });
    await appendAuditRecords(file, entries(6, 6), { policyDigest: 'd'.repeat(64), now: () => new Date('2024-06-01T00:00:00Z') });
    const all = await runAudit(['show', 'audit.jsonl'], dir);
    assert.equal(all.code, 0);
    assert.match(all.stdout, /12 of 12 records shown/);
    const denied = await runAudit(['show', 'audit.jsonl', '--decision', 'deny'], dir);
    const deniedLines = denied.stdout.trim().split('\n').slice(0, -1);
    assert.equal(deniedLines.length, 4); // entries 1, 4, 7, 10
    assert.ok(deniedLines.every((line) => line.includes(' DENY ')));
    const recent = await runAudit(['show', 'audit.jsonl', '--since', '2024-03-01', '--format', 'json'], dir);
    const seqs = recent.stdout.trim().split('\n').map((line) => JSON.parse(line).seq);
    assert.deepEqual(seqs, [6, 7, 8, 9, 10, 11]);
  });
});

test('show reports lines that are not records and exits 1', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 2);
    await writeFile(file, (await readFile(file, 'utf8')) + 'garbage\n');
    const { code, stderr } = await runAudit(['show', 'audit.jsonl'], dir);
    assert.equal(code, 1);
    assert.match(stderr, /audit\.jsonl:3: not an audit record/);
  });
});

test('as a real process, verify exits 0, 1 and 2 for valid, tampered and usage errors', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    await writeChain(file, 4);
    const exitCode = async (args: string[]) => {
      try {
        await run(process.execPath, ['--import', 'tsx', CHILD, ...args], { cwd: process.cwd() });
        return 0;
      } catch (err) {
        return (err as { code: number }).code;
      }
    };
    assert.equal(await exitCode(['verify', file]), 0);
    await tamper(file, 2);
    assert.equal(await exitCode(['verify', file]), 1);
    assert.equal(await exitCode(['verify']), 2);
  });
});
