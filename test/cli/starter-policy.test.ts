// The example DevOps policy (examples/devops/, also written by `safeclaw init`):
// its starter rules allow everyday read-only commands and nothing they do not
// mean, changes to the gate itself need a human, and the README's table shows
// every rule as it is. Judged by the real CLI, one child process for the table.
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

const EXAMPLE = join(ROOT, 'examples/devops/.safeclaw');
const POLICY_FILE = join(EXAMPLE, 'policies/devops-agent.yaml');

type Input = { command: string } | { read: string } | { write: string };
interface Case {
  input: Input;
  decision: 'allow' | 'deny' | 'require_approval';
  /** The rule expected to decide; null for the default deny; omitted when several parts decide. */
  rule?: string | null;
  why: string;
}

const allow = (command: string, rule: string | undefined, why: string): Case => ({ input: { command }, decision: 'allow', rule, why });
const deny = (input: Input | string, rule: string | null | undefined, why: string): Case => ({
  input: typeof input === 'string' ? { command: input } : input,
  decision: 'deny',
  rule,
  why,
});
const approve = (write: string, why: string): Case => ({ input: { write }, decision: 'require_approval', rule: 'review-gate-changes', why });

const CASES: Case[] = [
  // What the example PR's own scripts do, and what a DevOps agent does all day.
  allow('set -eu', 'allow-shell-basics', 'the example rollout script starts with it'),
  allow('set -euo pipefail', 'allow-shell-basics', 'shell options only'),
  allow('set +x', 'allow-shell-basics', 'shell options only'),
  allow('set -o pipefail', 'allow-shell-basics', 'shell options only'),
  allow('cd infra', 'allow-cd-into-repository-folders', 'a step into a folder of the repository'),
  allow('cd infra/modules && terraform plan', undefined, 'both parts are allowed'),
  allow('pwd', 'allow-shell-basics', 'prints a path'),
  allow('ls -la', 'allow-shell-basics', 'lists the repository'),
  allow('ls infra/modules', 'allow-shell-basics', 'lists a folder of the repository'),
  allow('ls docs/v1..v2', 'allow-shell-basics', 'two dots inside a name are not a parent folder'),
  allow('cd release..next', 'allow-cd-into-repository-folders', 'two dots inside a folder name stay in the repository'),
  deny('ls infra/..', 'block-cd-and-ls-outside-repository', 'a .. segment at the end'),
  deny('ls -la ../secrets', 'block-cd-and-ls-outside-repository', 'a .. segment at the start'),
  allow('echo rollout done', 'allow-shell-basics', 'prints its arguments'),
  allow('cat README.md', 'allow-shell-basics', 'a source file; the read is judged and allowed'),
  allow('head -n 20 infra/main.tf', 'allow-shell-basics', 'a source file'),
  allow('cat infra/main.tf | wc -l', undefined, 'two read-only commands on a source file'),
  allow('git status --porcelain', 'allow-git-inspection', 'read-only'),
  allow('git diff --stat', 'allow-git-inspection', 'read-only, no paths'),
  allow('git log --oneline -20', 'allow-git-inspection', 'read-only'),
  allow('terraform -chdir=infra validate', 'allow-terraform-checks', 'validates the configuration'),
  { input: { read: 'k8s/api.yaml' }, decision: 'allow', rule: 'allow-source-file-reads', why: 'a manifest of the repository' },

  // Reads that "cat *" and friends must not grant.
  deny('cat .env', 'block-secret-file-reads', 'credentials'),
  deny('tail -n +1 services/api/.env', 'block-secret-file-reads', 'credentials in any folder'),
  deny('cat infra/.env.production', 'block-state-and-credential-store-reads', 'a variant of .env'),
  deny('cat infra/terraform.tfstate', 'block-state-and-credential-store-reads', 'state holds every secret in plain text'),
  deny('head infra/prod.tfvars', null, 'variable files hold passwords: not a source file kind (terraform plan -var-file may read them)'),
  deny('cat .git/config', 'block-state-and-credential-store-reads', 'actions/checkout keeps the job token there'),
  deny('cat .npmrc', 'block-state-and-credential-store-reads', 'registry tokens'),
  deny('cat /etc/passwd', 'block-reads-outside-repository', 'outside the repository'),
  deny('cat ~/.ssh/id_rsa', 'block-reads-outside-repository', 'a home folder'),
  deny('cat ../other-repo/README.md', 'block-reads-outside-repository', 'escapes the repository'),
  deny('cat /proc/self/environ', 'block-reads-outside-repository', 'the environment, with its tokens'),
  deny('cat app.log', null, 'not a source file kind: nothing allows it'),
  deny('cat .ENV', 'block-secret-file-reads', 'another spelling of .env on case-insensitive disks'),
  deny('echo "$AWS_SECRET_ACCESS_KEY"', 'block-printing-variables', 'would show a token to the agent'),
  deny('echo "token: ${GITHUB_TOKEN}"', 'block-printing-variables', 'would show a token to the agent'),
  deny('ls "$HOME"', 'block-cd-and-ls-outside-repository', 'a folder known only at run time'),
  deny('cd infra/"$X"', undefined, 'a folder known only at run time'),
  deny('cat $(ls)', null, 'arguments computed at run time'),
  deny({ read: '.safeclaw/audit/2026.jsonl' }, null, 'not a source file kind'),

  // cd is not followed by the analysis: leaving the repository is denied.
  deny('cd ~/.kube && cat config', 'block-cd-and-ls-outside-repository', 'later relative paths would be outside'),
  deny('cd ..', 'block-cd-and-ls-outside-repository', 'leaves the repository'),
  deny('cd infra/../..', 'block-cd-and-ls-outside-repository', 'leaves the repository'),
  deny('cd /etc', 'block-cd-and-ls-outside-repository', 'an absolute folder'),
  deny('cd .github/workflows', null, 'not a plain folder name: the gate lives in dot-folders'),
  deny('cd "$DIR"', 'block-cd-and-ls-outside-repository', 'a folder known only at run time'),
  deny('cd -', null, 'the previous folder, unknown'),
  deny('ls ~/.ssh', 'block-cd-and-ls-outside-repository', 'lists a home folder'),
  deny('ls -la /etc', 'block-cd-and-ls-outside-repository', 'lists outside the repository'),

  // Forms of read-only tools that read or write more than they seem to.
  deny('git diff /etc/shadow /dev/null', 'block-reads-outside-repository', 'a path outside the work tree makes git diff read any file'),
  deny('git diff --output=.github/workflows/ci.yml', null, 'writes a file'),
  deny('git log --oneline --output=notes.md', null, 'writes a file'),
  deny('git log -p', null, 'not one of the exact forms'),
  deny('set -k; cat LD_PRELOAD=./infra/lib.tf README.md', undefined, 'set -k makes LD_PRELOAD=… an environment variable of cat (checked with bash)'),
  deny('set -o keyword', null, 'the long name of set -k'),
  deny('set -ek', null, 'set -k inside a group of options'),
  deny('set +B', null, 'changes how later words expand'),
  deny('wc --files0-from=.env', 'block-wc-name-lists', 'wc prints each line of .env as a file it cannot open (checked with GNU wc)'),
  deny('wc -l --f=infra/.env', 'block-wc-name-lists', 'GNU getopt takes any unique prefix of --files0-from'),
  deny('grep -r password infra', 'block-secret-file-reads', 'reads every file under a folder, .env included'),
  deny('terraform fmt', null, 'rewrites files'),
  deny('terraform validate && terraform apply', 'block-terraform-apply', 'the apply part'),
  deny('set -e; curl http://169.254.169.254/latest/meta-data/', undefined, 'the metadata request'),
  deny('cat README.md > .github/workflows/ci.yml', undefined, 'the write to the workflow needs approval'),

  // Changes to the gate itself need a human, even where another rule would allow them.
  approve('.github/workflows/ci.yml', 'the workflow that runs SafeClaw'),
  approve('.github/actions/setup/action.yml', 'a composite action the workflows run'),
  approve('.safeclaw/policies/allow-all.yaml', "SafeClaw's own policies"),
  approve('services/api/.safeclaw/policies/allow-all.yaml', 'a nested policy folder would govern commands run below it'),
  approve('.claude/settings.json', 'the hook settings: the agent could switch its hook off'),
  approve('.claude/settings.local.json', 'the local hook settings'),
];

function toJsonl(input: Input): string {
  if ('command' in input) return JSON.stringify({ action: 'shell.execute', command: input.command });
  if ('read' in input) return JSON.stringify({ action: 'file.read', path: input.read });
  return JSON.stringify({ action: 'file.write', path: input.write });
}

describe('the example policy', () => {
  test('decides every starter case as a careful reviewer would', async (t) => {
    const dir = tempDir(t);
    cpSync(EXAMPLE, join(dir, '.safeclaw'), { recursive: true });
    writeFileSync(join(dir, 'cases.jsonl'), CASES.map((c) => toJsonl(c.input)).join('\n') + '\n');
    const run = await runCli(['check', '--format', 'json', 'cases.jsonl'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    const results = JSON.parse(run.stdout).results as Array<{ decision: string; rule: string | null; reason: string }>;
    assert.equal(results.length, CASES.length);
    const wrong = CASES.flatMap((c, i) => {
      const got = results[i];
      // "deny" here means "not allowed": an approval-needed part is as good as a denial for these cases.
      const decisionOk = c.decision === 'deny' ? got.decision !== 'allow' : got.decision === c.decision;
      const ruleOk = c.rule === undefined || got.rule === c.rule;
      return decisionOk && ruleOk ? [] : [`${JSON.stringify(c.input)} (${c.why}): expected ${c.decision} by ${c.rule}, got ${got.decision} by ${got.rule}: ${got.reason}`];
    });
    assert.deepEqual(wrong, []);
  });

  test('no deny rule gives "require approval" as its reason', () => {
    const rules = (parse(readFileSync(POLICY_FILE, 'utf8')) as { rules: Array<{ id: string; effect: string; reason: string }> }).rules;
    const misleading = rules.filter((r) => r.effect === 'deny' && /approv/i.test(r.reason)).map((r) => r.id);
    assert.deepEqual(misleading, []);
  });

  test("is shown rule by rule in the README's example table", () => {
    type Condition = { pattern: string | string[]; path?: string | string[] };
    const rules = (parse(readFileSync(POLICY_FILE, 'utf8')) as { rules: Array<{ id: string; action: string; effect: string; conditions: Record<string, Condition> }> }).rules;
    const code = (values: string | string[]) => [values].flat().map((p) => '`' + p + '`').join(', ');
    const expected = rules.map((r) => {
      // One condition key per action type is shown bare; infra.change rules name each key.
      const conditions = Object.entries(r.conditions).map(([key, c]) =>
        r.action !== 'infra.change' ? code(c.pattern) : key === 'after' ? `after ${code(c.path ?? [])} = ${code(c.pattern)}` : `${key} ${code(c.pattern)}`,
      );
      const action = r.action === 'shell.execute' ? '' : `${r.action} `;
      return `| ${r.id} | ${r.effect} | ${action}${conditions.join('; ')} |`;
    });
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf('## Example policy for a DevOps agent');
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
    const table = section.split('\n').filter((line) => /^\| [a-z]/.test(line) && !line.startsWith('| rule |'));
    assert.deepEqual(table, expected);
  });

  test('is what `safeclaw init` writes to .safeclaw/examples/', async (t) => {
    const dir = tempDir(t);
    const run = await runCli(['init'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(readFileSync(join(dir, '.safeclaw/examples/devops-agent.yaml'), 'utf8'), readFileSync(POLICY_FILE, 'utf8'));
  });
});
