import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { appendAuditRecords } from '../../src/audit/append.js';
import { redactSecrets } from '../../src/audit/redact.js';
import type { AuditRecord } from '../../src/audit/record.js';
import { DIGEST, withTempDir } from './fixtures.js';

// The audit log uses the redactor every output uses (src/redaction/, whose corpus
// in test/redaction/ covers the forms); these cases pin what the log keeps.
// [command, the secret that must disappear, what must remain, kind reported]
const secrets: Array<[string, string, string, string]> = [
  ['AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY aws s3 ls', 'wJalrXUtnFEMI', 'AWS_SECRET_ACCESS_KEY=[REDACTED:secret] aws s3 ls', 'secret'],
  ['export GITHUB_TOKEN=abc123def', 'abc123def', 'export GITHUB_TOKEN=[REDACTED:secret]', 'secret'],
  ['DB_PASSWORD="p a s s" ./migrate', 'p a s s', 'DB_PASSWORD="[REDACTED:secret]" ./migrate', 'secret'],
  ['curl -H "Authorization: Bearer eyJhbGciOi.abc.def" https://api.example.com', 'eyJhbGciOi', 'Authorization: Bearer [REDACTED:authorization]', 'authorization'],
  ['curl -H "X-Token: 1" --oauth2-bearer x -H "Bearer abcdefgh12345"', 'abcdefgh12345', 'Bearer [REDACTED:bearer-token]', 'bearer-token'],
  ['echo ghp_abcdefghijklmnopqrstuvwxyz0123456789 | gh auth login --with-token', 'ghp_abcdef', 'echo [REDACTED:github-token] |', 'github-token'],
  ['git push https://gho_abcdefghijklmnopqrstuvwxyz012345@github.com/o/r', 'gho_abcdef', 'https://[REDACTED:github-token]@github.com', 'github-token'],
  ['gh api -H "x" --input f github_pat_11ABCDEFG0123456789_abcdefghijklmnop', 'github_pat_11ABC', '--input f [REDACTED:github-token]', 'github-token'],
  ['aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE', 'AKIAIOSFODNN7EXAMPLE', 'aws_access_key_id [REDACTED:aws-access-key-id]', 'aws-access-key-id'],
  ['deploy --db-password hunter2 --verbose', 'hunter2', '--db-password [REDACTED:password] --verbose', 'password'],
  ['vault login --token=s.abcdef', 's.abcdef', '--token=[REDACTED:', 'secret'],
  ['mysql -u root -pS3cret! prod', 'S3cret!', 'mysql -u root -p[REDACTED:password] prod', 'password'],
  ['sshpass -p hunter2 ssh host', 'hunter2', 'sshpass -p [REDACTED:password] ssh', 'password'],
  ['curl -u alice:wonderland https://x', 'wonderland', '-u alice:[REDACTED:password]', 'password'],
  ['psql postgres://admin:hunter2@db:5432/app', 'hunter2', 'postgres://admin:[REDACTED:url-password]@db', 'url-password'],
  ['git clone https://x-access-token:ghs_0123456789abcdefghijABCDEFGHIJ@github.com/o/r', 'ghs_0123', 'x-access-token:[REDACTED:github-token]@github.com', 'github-token'],
  [`curl -d '{"password": "x1y2"}' https://x`, 'x1y2', '"password": "[REDACTED:secret]"', 'secret'],
  [
    'printf "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk\n-----END OPENSSH PRIVATE KEY-----" > id',
    'b3BlbnNzaC1rZXk',
    'printf "-----BEGIN OPENSSH PRIVATE KEY-----[REDACTED:private-key]-----END OPENSSH PRIVATE KEY-----" > id',
    'private-key',
  ],
  ['cat <<EOF\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA', 'MIIEowIBAAKCAQEA', 'cat <<EOF\n-----BEGIN RSA PRIVATE KEY-----[REDACTED:private-key]', 'private-key'],
];

for (const [command, secret, kept, kind] of secrets) {
  test(`redacts ${kind} in: ${command.split('\n')[0].slice(0, 60)}`, () => {
    const result = redactSecrets(command);
    assert.ok(!result.text.includes(secret), result.text);
    assert.ok(result.text.includes(kept), result.text);
    assert.ok(result.kinds.includes(kind), result.kinds.join());
  });
}

const harmless = [
  'kubectl apply -f deploy.yaml --namespace=dev',
  'docker run -p 8080:80 nginx',
  'mysql -u root -p prod',
  'ssh -p 2222 host',
  'echo $GITHUB_TOKEN',
  'kubectl get secret my-secret -o yaml',
  'git log --author="A" && GIT_AUTHOR_NAME=x git commit',
  'kubectl apply -f deploy.yaml --token-file t',
  'curl https://example.com/path?q=1',
];

for (const command of harmless) {
  test(`leaves a command without secrets unchanged: ${command}`, () => {
    assert.deepEqual(redactSecrets(command), { text: command, kinds: [], secrets: [] });
  });
}

test('a recorded command is redacted, flagged, and keeps the decision made on the unredacted text', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const command = 'curl -H "Authorization: Bearer sekrit-value-123" https://api.example.com';
    await appendAuditRecords(
      file,
      [
        {
          action: { type: 'shell.execute', command },
          decision: { decision: 'deny', rule: 'no-curl', reason: 'curl is denied', normalized: command, matchedRules: ['no-curl'], parts: [] },
        },
        {
          action: { type: 'shell.execute', command: 'ls' },
          decision: { decision: 'allow', rule: 'ls', reason: 'listing', normalized: 'ls', matchedRules: ['ls'], parts: [] },
        },
      ],
      { policyDigest: DIGEST },
    );
    const text = await readFile(file, 'utf8');
    assert.ok(!text.includes('sekrit-value-123'));
    const [first, second] = text.trim().split('\n').map((l) => JSON.parse(l) as AuditRecord);
    assert.deepEqual([first.redacted, first.decision, first.rule], [true, 'deny', 'no-curl']);
    assert.ok(first.action.raw.includes('[REDACTED:authorization]'));
    assert.ok(first.action.normalized.includes('[REDACTED:authorization]'));
    assert.equal(second.redacted, false);
  });
});

test('a record of an item the gate already redacted is still flagged redacted, and its text is unchanged', async () => {
  await withTempDir(async (dir) => {
    const file = join(dir, 'audit.jsonl');
    const shown = 'docker login -u bob -p [REDACTED:password] ghcr.io';
    await appendAuditRecords(
      file,
      [{ action: { type: 'shell.execute', command: shown }, decision: { decision: 'deny', rule: null, reason: 'no rule allows this', normalized: shown, matchedRules: [], parts: [] } }],
      { policyDigest: DIGEST },
    );
    const [record] = (await readFile(file, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as AuditRecord);
    assert.equal(record.redacted, true);
    assert.equal(record.action.raw, shown);
  });
});
