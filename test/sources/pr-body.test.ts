import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SourceError } from '../../src/sources/errors.js';
import { prBodyActions } from '../../src/sources/pr-body.js';

const lines = (...l: string[]) => l.join('\n');
const show = (body: string) => prBodyActions(body).map((a) => `${a.origin?.line} ${a.command}`);

describe('commands in the PR description', () => {
  test('sh, bash and shell blocks under "## Agent plan" are commands, with their lines in the body', () => {
    const body = lines(
      'Upgrade the node group.', // 1
      '', // 2
      '## Agent plan', // 3
      '```bash', // 4
      '$ terraform plan -out=tfplan', // 5
      'terraform apply tfplan', // 6
      '```', // 7
      '```sh', // 8
      'kubectl -n prod rollout restart deploy/api', // 9
      '```', // 10
    );
    assert.deepEqual(show(body), ['5 terraform plan -out=tfplan', '6 terraform apply tfplan', '9 kubectl -n prod rollout restart deploy/api']);
    assert.deepEqual(prBodyActions(body)[0].origin, { source: 'pr-body', file: 'PR body', line: 5, detail: 'bash block' });
  });

  test('in console blocks only $ lines (and their continuations) are commands', () => {
    const body = lines('## Agent plan', '```console', '$ terraform apply \\', '>   -auto-approve', 'Apply complete!', '$ ls', 'main.tf', '```');
    assert.deepEqual(show(body), ['3 terraform apply \\\n  -auto-approve', '6 ls']);
  });

  test('blocks outside the plan section, and other languages inside it, are not commands', () => {
    const body = lines('```sh', 'rm -rf /', '```', '## Agent plan', '```hcl', 'resource "a" "b" {}', '```', '```bash', 'make plan', '```', '## Notes', '```sh', 'terraform destroy', '```');
    assert.deepEqual(show(body), ['9 make plan']);
  });

  test('a deeper heading stays inside the plan section, a same-level one ends it', () => {
    const body = lines('## Agent plan', '### Step 1', '```sh', 'a', '```', '## Other', '```sh', 'b', '```');
    assert.deepEqual(show(body), ['4 a']);
  });

  test('the safeclaw:commands marker opens a section until its closing marker', () => {
    const body = lines('Text', '<!-- safeclaw:commands -->', '~~~shell', 'helm upgrade api ./chart', '~~~', '<!-- /safeclaw:commands -->', '```sh', 'not this', '```');
    assert.deepEqual(show(body), ['4 helm upgrade api ./chart']);
  });

  test('the heading is matched without regard to case, and indented fences in lists count', () => {
    const body = lines('# AGENT PLAN', '- step:', '  ```sh', '  make deploy', '  ```');
    assert.deepEqual(show(body), ['4 make deploy']);
  });

  test('an unclosed fence is an error at its line', () => {
    assert.throws(() => prBodyActions(lines('## Agent plan', '```sh', 'ls'), 'body.md'), (err: unknown) => err instanceof SourceError && err.line === 2 && /body\.md:2: code block is not closed/.test(err.message));
  });

  test('an unterminated quote in a plan block is an error at its body line', () => {
    assert.throws(() => prBodyActions(lines('## Agent plan', '```sh', 'ls', "echo 'x", '```')), /PR body:4: unterminated ' quote/);
  });
});
