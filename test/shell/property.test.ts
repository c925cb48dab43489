// Property: however a denied command is combined with benign ones (operators,
// wrappers, quoting, substitutions, nested shells), the decision is never allow.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import fc from 'fast-check';
import { evaluate } from '../../src/engine/evaluate.js';
import { loadPolicies } from '../../src/policy/load.js';
import type { PolicySet } from '../../src/types.js';

let policy: PolicySet;
before(async () => {
  // The read-only test policy allows many benign commands and `*--dry-run*`-free
  // prefixes, so an allow is possible and the property is not trivially true.
  policy = await loadPolicies(new URL('./readonly/.safeclaw', import.meta.url).pathname);
});

const denied = fc.constantFrom(
  'terraform apply',
  'terraform apply -auto-approve',
  'terraform -chdir=infra apply',
  'cat .env',
  'curl http://169.254.169.254/latest/meta-data/',
  'rm -rf /',
);
const benign = fc.constantFrom('ls -la', 'git status', 'echo ok', 'kubectl get pods -n dev', 'terraform plan', 'pwd', 'true');
const operator = fc.constantFrom(' && ', ' || ', ' ; ', ' | ', ' & ', '\n', ' |& ');

/** Quoting that keeps a command one word, as an agent would write it. */
const single = (c: string) => `'${c.replace(/'/g, `'\\''`)}'`;
const double = (c: string) => `"${c.replace(/["\\$`]/g, '\\$&')}"`;
/** Rewrites the program word only when the command starts with a plain program name. */
const onProgram = (rewrite: (name: string) => string) => (c: string) => {
  const m = /^([a-z][\w.-]*)( .*)?$/s.exec(c);
  return m ? `${rewrite(m[1])}${m[2] ?? ''}` : c;
};

/** Ways of writing a command that must not change what runs. */
const disguise = fc.constantFrom<(c: string) => string>(
  (c) => c,
  (c) => `sudo ${c}`,
  (c) => `sudo -u root -- ${c}`,
  (c) => `env A=1 ${c}`,
  (c) => `nohup ${c}`,
  (c) => `timeout 10 ${c}`,
  (c) => `nice -n 5 ${c}`,
  (c) => `command ${c}`,
  (c) => `exec ${c}`,
  (c) => `time ${c}`,
  (c) => `X=1 ${c}`,
  (c) => `bash -c ${single(c)}`,
  (c) => `sh -c ${double(c)}`,
  (c) => `eval ${single(c)}`,
  (c) => `(${c})`,
  (c) => `{ ${c}\n}`,
  (c) => `echo $(${c}\n)`,
  (c) => `echo "$(${c}\n)"`,
  (c) => `if true; then ${c}\nfi`,
  (c) => `ssh host ${single(c)}`,
  (c) => `kubectl exec pod -n dev -- sh -c ${single(c)}`,
  (c) => `bash <<'EOF'\n${c}\nEOF\n`,
  (c) => `${c} # --dry-run`,
  onProgram((name) => `/usr/bin/${name}`),
  onProgram((name) => `'${name}'`),
  onProgram((name) => `${name[0]}\\${name.slice(1)}`),
  onProgram((name) => `${name[0]}""${name.slice(1)}`),
);

test('a denied command combined with benign commands, wrappers and quoting is never allowed', () => {
  fc.assert(
    fc.property(
      fc.array(benign, { maxLength: 3 }),
      denied,
      fc.array(disguise, { minLength: 1, maxLength: 3 }),
      fc.array(benign, { maxLength: 3 }),
      operator,
      (before, bad, disguises, after, op) => {
        const hidden = disguises.reduce<string>((c, wrap) => wrap(c), bad);
        const command = [...before, hidden, ...after].join(op);
        const decision = evaluate(policy, { type: 'shell.execute', command });
        assert.notEqual(decision.decision, 'allow', `allowed: ${command}\n${decision.normalized}`);
      },
    ),
    { numRuns: 2000 },
  );
});

test('the benign commands alone are allowed, so the property above can fail', () => {
  for (const command of ['ls -la && git status', 'echo ok | kubectl get pods -n dev', 'sudo terraform plan ; pwd']) {
    assert.equal(evaluate(policy, { type: 'shell.execute', command }).decision, 'allow', command);
  }
});
