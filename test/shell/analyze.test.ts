// Unit specification of shell analysis: which simple commands a line yields, in
// which canonical form, what is opaque and why, and the implied actions.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { UNPARSABLE, analyzeShellCommand, prepareShellAnalysis } from '../../src/shell/analyze.js';
import { canonicalise } from '../../src/shell/canonical.js';
import { decodeAnsiC } from '../../src/shell/words.js';

before(async () => {
  await prepareShellAnalysis();
});

const texts = (command: string) => analyzeShellCommand(command).commands.map((c) => c.text);

describe('every simple command that could run is found', () => {
  const cases: Array<[string, string[]]> = [
    ['a && b || c; d & e | f', ['a', 'b', 'c', 'd', 'e', 'f']],
    ['(a); { b; }', ['a', 'b']],
    ['if a; then b; elif c; then d; else e; fi', ['a', 'b', 'c', 'd', 'e']],
    ['for i in 1 2; do a $i; done', ['a $i']],
    ['while a; do b; done', ['a', 'b']],
    ['case $x in y) a;; esac', ['a']],
    ['f() { a; }', ['a']],
    ['echo $(a) `b` <(c)', ['echo $(a) `b` <(c)', 'a', 'b', 'c']],
    ['x=$(a)', ['a']],
    ['cat <<EOF\n$(a)\nEOF', ['cat', 'a']],
    ['echo hi # ; a', ['echo hi']],
    ['echo > out hi', ['echo hi']],
  ];
  for (const [command, expected] of cases) {
    test(`${JSON.stringify(command)} yields ${JSON.stringify(expected)}`, () => {
      assert.deepEqual(texts(command), expected);
    });
  }
});

describe('words are normalised', () => {
  const cases: Array<[string, string]> = [
    ['ter""raform apply', 'terraform apply'],
    ['t\\erraform apply', 'terraform apply'],
    ["'terraform' apply", 'terraform apply'],
    ["$'\\x74erraform' apply", 'terraform apply'],
    ['/usr/local/bin/terraform apply', 'terraform apply'],
    ['/bin//terraform   apply', 'terraform apply'],
    ['echo "a\\"b"', 'echo a"b'],
  ];
  for (const [command, expected] of cases) {
    test(`${JSON.stringify(command)} reads as ${JSON.stringify(expected)}`, () => {
      assert.deepEqual(texts(command), [expected]);
    });
  }
  test('ANSI-C strings decode octal, hex, unicode and control escapes', () => {
    assert.equal(decodeAnsiC('\\164\\x65\\u0072\\ca\\n'), 'ter\x01\n');
  });
});

describe('wrappers are looked through to the command they run', () => {
  const cases: Array<[string, string, string[]]> = [
    ['sudo -E -u x -- terraform apply', 'terraform apply', ['sudo']],
    ['env -i A=1 nice -n 5 timeout 10 terraform apply', 'terraform apply', ['env', 'nice', 'timeout']],
    ['command -p terraform apply', 'terraform apply', ['command']],
    ['exec -a name terraform apply', 'terraform apply', ['exec']],
    ['xargs -0 -n 1 terraform apply', 'terraform apply', ['xargs']],
    ['stdbuf -oL ionice -c3 flock /tmp/l strace -f terraform apply', 'terraform apply', ['stdbuf', 'ionice', 'flock', 'strace']],
  ];
  for (const [command, text, wrappers] of cases) {
    test(`${JSON.stringify(command)} runs ${JSON.stringify(text)}`, () => {
      const [only] = analyzeShellCommand(command).commands;
      assert.equal(only.text, text);
      assert.deepEqual(only.wrappers, wrappers);
    });
  }
});

describe('scripts given to shells and remote runners are analysed again', () => {
  const cases: Array<[string, string[]]> = [
    ["bash -c 'a && b'", ['a', 'b']],
    ["sh -ec 'sh -c \"a\"'", ['a']],
    ["eval 'a; b'", ['a', 'b']],
    ["su - deploy -c 'a'", ['a']],
    ['bash <<EOF\na\nEOF', ['a']],
    ["sh <<< 'a'", ['a']],
    ["env -S 'a b'", ['a b']],
    ["watch -n 2 'a | b'", ['a', 'b']],
    ["ssh -p 22 host 'a; b'", ['ssh -p 22 host a; b', 'a', 'b']],
    ['docker exec -it c a b', ['docker exec -it c a b', 'a b']],
    ['kubectl exec pod -n dev -- a b', ['kubectl exec pod --namespace=dev -- a b', 'a b']],
    ["find . -exec a {} \\;", ['find . -exec a {} ;', 'a {}']],
  ];
  for (const [command, expected] of cases) {
    test(`${JSON.stringify(command)} yields ${JSON.stringify(expected)}`, () => {
      assert.deepEqual(texts(command), expected);
    });
  }
});

describe('what cannot be known before run time is opaque, with a reason', () => {
  const cases: Array<[string, RegExp]> = [
    ['$TF apply', /program name is computed at run time/],
    ['$(echo terraform) apply', /program name is computed at run time/],
    ['$HOME/bin/terraform apply', /program name is computed at run time/],
    ['/usr/bin/terr* apply', /glob expansion/],
    ['eval "$X"', /script computed at run time/],
    ['bash -c "$X"', /script computed at run time/],
    ['curl -s x | sh', /script read from standard input/],
    ['base64 -d x | bash', /script read from standard input/],
    ['bash deploy.sh', /script file deploy.sh/],
    ['source ./env.sh', /runs the commands of \.\/env\.sh/],
    ['alias k=kubectl', /alias/],
    ['echo "unterminated', /cannot parse/],
    ['PATH=/tmp terraform plan', /sets PATH/],
    ['export PATH=/tmp', /sets PATH/],
    ['git -c core.sshCommand=x fetch', /core\.sshCommand/],
    ['python3 -c "print(1)"', /inline code/],
    ['sudo --unknown terraform apply', /unknown option/],
    ['kubectl --mystery prod apply', /cannot tell the subcommand/],
    ['ls | xargs rm', /standard input/],
    ['rm $FILES', /may become several words/],
    ["ssh -o ProxyCommand='nc x 22' host", /ProxyCommand/],
  ];
  for (const [command, reason] of cases) {
    test(`${JSON.stringify(command)} is opaque (${reason.source})`, () => {
      const opaque = analyzeShellCommand(command).commands.filter((c) => c.opaque);
      assert.ok(opaque.some((c) => reason.test(c.opaque!)), JSON.stringify(analyzeShellCommand(command).commands));
    });
  }
  test('a program run from a path outside the system folders is that file, judged as the tool only by deny rules', () => {
    for (const command of ['./terraform apply', '"$HOME/bin/terraform" apply', 'bin/terraform apply', '/tmp/terraform apply']) {
      const [only] = analyzeShellCommand(command).commands;
      assert.match(only.opaque ?? '', /not the system terraform/, command);
      assert.equal(only.judgedAs, 'terraform apply', command);
    }
  });
  test('an unparsable command is marked so that no allow rule for its first words matches it', () => {
    const [only] = analyzeShellCommand('ls && { rm -rf / # }').commands;
    assert.ok(only.text.startsWith(UNPARSABLE));
  });
  test('scripts nested beyond the depth bound are opaque', () => {
    let command = 'a';
    for (let i = 0; i < 12; i++) command = `sh -c ${JSON.stringify(command)}`.replace(/\$/g, '');
    const analysis = analyzeShellCommand(command);
    assert.ok(analysis.commands.some((c) => /nested more than/.test(c.opaque ?? '')));
  });
});

describe('infrastructure CLIs have one canonical form', () => {
  const cases: Array<[string[], string]> = [
    [['kubectl', '-n', 'prod', 'apply', '-f', 'x.yaml'], 'kubectl apply --filename=x.yaml --namespace=prod'],
    [['kubectl', 'apply', '-f', 'x.yaml', '--namespace', 'prod'], 'kubectl apply --filename=x.yaml --namespace=prod'],
    [['kubectl', 'get', 'pods', '-it'], 'kubectl get pods --stdin --tty'],
    [['kubectl', 'delete', 'ns', 'x', '--dry-run=none'], 'kubectl delete ns x'],
    [['terraform', '-chdir=infra', 'apply', '--auto-approve'], 'terraform apply -auto-approve -chdir=infra'],
    [['tofu', 'plan', '-out', 'p'], 'tofu plan -out=p'],
    [['helm', '-n', 'prod', 'upgrade', '-i', 'web', './c'], 'helm upgrade web ./c --install --namespace=prod'],
    [['aws', '--region', 'x', 'ec2', 'describe-instances'], 'aws ec2 describe-instances --region=x'],
    [['gcloud', '--project', 'p', 'compute', 'instances', 'delete', 'vm'], 'gcloud compute instances delete vm --project=p'],
    [['az', 'vm', 'delete', '-g', 'rg', '-n', 'vm', '-y'], 'az vm delete --resource-group=rg --name=vm --yes'],
    [['vault', '-ns=admin', 'kv', 'get', 'secret/x'], 'vault kv get secret/x -namespace=admin'],
    [['pulumi', '-C', 'infra', 'up', '-y', '-s', 'prod'], 'pulumi up --yes --stack=prod --cwd=infra'],
  ];
  for (const [argv, expected] of cases) {
    test(`${argv.join(' ')} → ${expected}`, () => {
      const result = canonicalise(argv[0], argv.slice(1));
      assert.ok(!('opaque' in result));
      assert.equal(result.words.join(' '), expected);
    });
  }
});

describe('commands imply file and network actions', () => {
  const implied = (command: string) =>
    analyzeShellCommand(command).implied.map((i) => {
      const a = i.action;
      return `${a.type} ${'path' in a ? a.path : a.destination}${i.opaque ? ' (opaque)' : ''}`;
    });
  const cases: Array<[string, string[]]>= [
    ['cat a b', ['file.read a', 'file.read b']],
    ['head -n 5 a', ['file.read a']],
    ['grep -r pat src', ['file.read src']],
    ['grep -e pat -f pats a', ['file.read pats', 'file.read a']],
    ['sort < in > out', ['file.read in', 'file.write out']],
    ['echo x >> log 2>&1', ['file.write log']],
    ['echo x | tee -a a b', ['file.write a', 'file.write b']],
    ['cp a b/', ['file.read a', 'file.write b/a']],
    ['cp a .github/workflows', ['file.read a', 'file.write .github/workflows', 'file.write .github/workflows/a']],
    ['mv a b', ['file.read a', 'file.write a', 'file.write b', 'file.write b/a']],
    ['source ./env.sh', ['file.read ./env.sh']],
    ['curl -o out https://x.io/a', ['network.request https://x.io/a', 'file.write out']],
    ['wget -q https://x.io/a', ['network.request https://x.io/a']],
    ['nc 10.0.0.1 80', ['network.request 10.0.0.1:80']],
    ['ssh -p 2222 me@host', ['network.request host:2222']],
    ['scp a.txt me@host:/tmp/', ['file.read a.txt', 'network.request host']],
    ['rsync -a host:/etc/ ./etc', ['network.request host', 'file.write ./etc', 'file.write ./etc/etc']],
    ['echo > /dev/tcp/10.0.0.1/80', ['network.request 10.0.0.1:80']],
    ['cat "$F"', ['file.read $F (opaque)']],
    ['cat .e*', ['file.read .e* (opaque)']],
    ['ls > /dev/null', []],
  ];
  for (const [command, expected] of cases) {
    test(`${JSON.stringify(command)} implies ${JSON.stringify(expected)}`, () => {
      assert.deepEqual(implied(command), expected);
    });
  }
});

test('analysis never throws, whatever the input', () => {
  for (const input of ['', '\0', ')'.repeat(1000), '$('.repeat(500), '"'.repeat(3), '\\', 'a'.repeat(100_000)]) {
    assert.doesNotThrow(() => analyzeShellCommand(input));
  }
});

test('a short command is analysed in well under a millisecond (median)', () => {
  const times: number[] = [];
  for (let i = 0; i < 300; i++) {
    const start = process.hrtime.bigint();
    analyzeShellCommand('cd infra && sudo -u ops terraform -chdir=x plan -out=p | tee log');
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  assert.ok(times[150] < 1, `median ${times[150]} ms`);
});

describe('names that Object.prototype holds are ordinary program and option names', () => {
  for (const command of ['constructor ls', 'toString -:', 'hasOwnProperty x', '__proto__ -n prod', 'kubectl --constructor=x get pods', 'valueOf terraform apply']) {
    test(`${JSON.stringify(command)} is judged as written`, () => {
      const analysis = analyzeShellCommand(command);
      assert.equal(analysis.commands.length, 1);
      const [only] = analysis.commands;
      assert.ok(!only.wrappers, `taken as a wrapper: ${JSON.stringify(only)}`);
      assert.ok(!/cannot analyse the command/.test(only.opaque ?? ''), `crashed: ${only.opaque}`);
    });
  }
});
