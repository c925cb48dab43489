// Approvals in the audit chain (issue 13): a counted approval is recorded on
// the require_approval decision it covers, inside the hashed record, so the
// chain still verifies, an edit to an approval breaks it, a malformed approval
// is refused by the verifier, and `audit show` lists them.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, test } from 'node:test';
import { appendAuditRecords, type AuditEntry } from '../../src/audit/append.js';
import { canonicalJson } from '../../src/audit/canonical-json.js';
import { recordShapeProblem, sealRecord, type AuditApproval, type AuditRecord } from '../../src/audit/record.js';
import { verifyAuditFile } from '../../src/audit/verify.js';
import { auditCommand } from '../../src/cli/commands/audit.js';
import type { CliIO } from '../../src/cli/io.js';
import { DIGEST, entry, withTempDir } from './fixtures.js';

const APPROVAL: AuditApproval = {
  approver: 'hubot',
  permission: 'write',
  commit: 'c'.repeat(40),
  actions: 'a'.repeat(64),
  via: 'comment',
  url: 'https://github.com/acme/infra/pull/17#issuecomment-1',
  at: '2026-01-01T00:00:05Z',
  rules: ['approve-ci'],
};

/** Entries 0..5 of the fixtures; the require_approval ones (2 and 5) carry approvals. */
function approvedEntries(): AuditEntry[] {
  return Array.from({ length: 6 }, (_, i) => {
    const e = entry(i);
    if (e.decision.decision !== 'require_approval') return e;
    return { ...e, approvals: [APPROVAL, { ...APPROVAL, approver: 'octocat', permission: 'admin', via: 'review', url: 'https://github.com/acme/infra/pull/17#pullrequestreview-2' }] };
  });
}

async function runAudit(argv: string[], cwd: string): Promise<{ code: number; stdout: string }> {
  const stdout = new PassThrough();
  const out: string[] = [];
  stdout.on('data', (chunk) => out.push(String(chunk)));
  const io: CliIO = { stdout, stderr: new PassThrough(), stdin: new PassThrough(), cwd, env: {}, isTTY: false };
  const code = await auditCommand(argv, io);
  return { code, stdout: out.join('') };
}

describe('approvals in the audit chain', () => {
  test('records with approvals verify, and the approvals are inside the hash', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'audit.jsonl');
      await appendAuditRecords(file, approvedEntries(), { policyDigest: DIGEST });
      const verified = await verifyAuditFile(file);
      assert.equal(verified.ok, true, JSON.stringify(verified.failure));
      assert.equal(verified.records, 6);
      const lines = (await readFile(file, 'utf8')).trim().split('\n');
      const records = lines.map((l) => JSON.parse(l) as AuditRecord);
      assert.deepEqual(records.map((r) => (r.approvals ?? []).length), [0, 0, 2, 0, 0, 2]);
      // Tampering: another approver, same everything else.
      lines[2] = lines[2].replace('"approver":"hubot"', '"approver":"mallory"');
      await writeFile(file, lines.join('\n') + '\n');
      const tampered = await verifyAuditFile(file);
      assert.equal(tampered.ok, false);
      assert.equal(tampered.failure?.line, 3);
      assert.equal(tampered.failure?.kind, 'hash');
    });
  });

  test('removing an approval from a record breaks the chain', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'audit.jsonl');
      await appendAuditRecords(file, approvedEntries(), { policyDigest: DIGEST });
      const lines = (await readFile(file, 'utf8')).trim().split('\n');
      const record = JSON.parse(lines[5]) as Record<string, unknown>;
      delete record.approvals;
      lines[5] = canonicalJson(record);
      await writeFile(file, lines.join('\n') + '\n');
      assert.equal((await verifyAuditFile(file)).failure?.kind, 'hash');
    });
  });

  const base = () => {
    const { hash: _hash, ...rest } = sealRecord({
      version: 1,
      seq: 0,
      time: '2026-01-01T00:00:00.000Z',
      action: { type: 'file.write', raw: 'x', normalized: 'x' },
      origin: null,
      decision: 'require_approval',
      rule: 'approve-ci',
      reason: 'r',
      policyDigest: DIGEST,
      context: { repository: null, commit: null, pr: null, runId: null, actor: null },
      redacted: false,
      prev: '0'.repeat(64),
    });
    return rest;
  };
  const shapes: [string, unknown, RegExp][] = [
    ['an empty list', { approvals: [] }, /field approvals: expected a non-empty list/],
    ['approvals on an allow decision', { decision: 'allow', approvals: [APPROVAL] }, /only a require_approval decision is approved, this one is "allow"/],
    ['approvals on a deny decision', { decision: 'deny', approvals: [APPROVAL] }, /this one is "deny"/],
    ['a reader as approver', { approvals: [{ ...APPROVAL, permission: 'read' }] }, /approvals\[0\]\.permission: expected write, maintain or admin/],
    ['a short commit', { approvals: [{ ...APPROVAL, commit: 'abc1234' }] }, /approvals\[0\]\.commit: expected a lowercase hex commit SHA/],
    ['a short action digest', { approvals: [{ ...APPROVAL, actions: 'abc' }] }, /approvals\[0\]\.actions: expected 64 lowercase hex digits/],
    ['an unknown way', { approvals: [{ ...APPROVAL, via: 'email' }] }, /approvals\[0\]\.via: expected comment or review/],
    ['no rules', { approvals: [{ ...APPROVAL, rules: [] }] }, /approvals\[0\]\.rules: expected a non-empty list of rule ids/],
    ['an extra field', { approvals: [{ ...APPROVAL, note: 'x' }] }, /field approvals\[0\]: unexpected field "note"/],
    ['a missing field', { approvals: [{ ...APPROVAL, url: undefined }] }, /approvals\[0\]\.url is missing/],
    ['an empty approver', { approvals: [{ ...APPROVAL, approver: '' }] }, /approvals\[0\]\.approver: expected a non-empty string/],
  ];
  for (const [name, change, why] of shapes) {
    test(`the verifier refuses ${name}`, () => {
      const value = JSON.parse(JSON.stringify({ ...base(), ...(change as object), hash: 'f'.repeat(64) }));
      assert.match(recordShapeProblem(value) ?? 'accepted', why);
    });
  }
  test('the verifier accepts a well-formed approval', () => assert.equal(recordShapeProblem({ ...base(), approvals: [APPROVAL], hash: 'f'.repeat(64) }), null));

  test('audit show lists each approval under the decision it covers', async () => {
    await withTempDir(async (dir) => {
      await appendAuditRecords(join(dir, 'audit.jsonl'), approvedEntries(), { policyDigest: DIGEST });
      const { code, stdout } = await runAudit(['show', 'audit.jsonl'], dir);
      assert.equal(code, 0);
      const lines = stdout.split('\n');
      const at = lines.findIndex((l) => l.startsWith('#2 '));
      assert.match(lines[at], /REQUIRE_APPROVAL/);
      assert.equal(
        lines[at + 1],
        `    approved by hubot (write) for commit cccccccccccc, actions aaaaaaaaaaaaaaaa, rule approve-ci, comment https://github.com/acme/infra/pull/17#issuecomment-1 at 2026-01-01T00:00:05Z`,
      );
      assert.match(lines[at + 2], /^    approved by octocat \(admin\) .* review https:\/\/github\.com\/acme\/infra\/pull\/17#pullrequestreview-2/);
      assert.match(lines[at + 3], /^#3 /);
      const json = await runAudit(['show', 'audit.jsonl', '--decision', 'require_approval', '--format', 'json'], dir);
      assert.deepEqual(json.stdout.trim().split('\n').map((l) => (JSON.parse(l) as AuditRecord).approvals?.map((a) => a.approver)), [['hubot', 'octocat'], ['hubot', 'octocat']]);
    });
  });
});

describe('approvals in exports', () => {
  test('OCSF keeps them under unmapped.safeclaw.approvals, CEF as flexString1 approvedBy', async () => {
    const { exportLine } = await import('../../src/audit/export.js');
    await withTempDir(async (dir) => {
      const file = join(dir, 'audit.jsonl');
      await appendAuditRecords(file, approvedEntries(), { policyDigest: DIGEST });
      const lines = (await readFile(file, 'utf8')).trim().split('\n');
      const record = JSON.parse(lines[2]) as AuditRecord;
      const ocsf = JSON.parse(exportLine(record, 'ocsf', lines[2])) as { unmapped: { safeclaw: { approvals: AuditApproval[] } } };
      assert.deepEqual(ocsf.unmapped.safeclaw.approvals, record.approvals);
      assert.match(exportLine(record, 'cef', lines[2]), / flexString1Label\=approvedBy flexString1\=hubot\(write\) comment https:\/\/github\.com\/acme\/infra\/pull\/17#issuecomment-1; octocat\(admin\) review /);
      const plain = JSON.parse(lines[0]) as AuditRecord;
      assert.doesNotMatch(exportLine(plain, 'cef', lines[0]), /flexString1/);
      assert.equal('approvals' in (JSON.parse(exportLine(plain, 'ocsf', lines[0])) as { unmapped: { safeclaw: object } }).unmapped.safeclaw, false);
    });
  });
});
