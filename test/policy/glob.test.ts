import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import picomatch from 'picomatch';
import { compilePathGlob, compileTextGlob, expandBraces, NOT_OPTION_DASH, notOption } from '../../src/policy/glob.js';

describe('text globs (command, destination): * matches anything, / and spaces included', () => {
  const cases: Array<[string, string, boolean]> = [
    ['terraform apply*', 'terraform apply', true],
    ['terraform apply*', 'terraform apply -chdir=infra/prod -auto-approve', true],
    ['terraform apply*', 'terraform plan', false],
    ['terraform apply*', 'xterraform apply', false],
    ['kubectl apply*--namespace=prod*', 'kubectl apply --filename=k8s/app.yaml --namespace=prod', true],
    ['kubectl apply*--namespace=prod*', 'kubectl apply --filename=k8s/app.yaml --namespace=production', true],
    ['kubectl apply*--namespace=prod*', 'kubectl apply --namespace=dev', false],
    ['helm {install,upgrade}*--namespace prod*', 'helm install web ./chart --namespace prod', true],
    ['helm {install,upgrade}*--namespace prod*', 'helm upgrade web ./chart --namespace prod', true],
    ['helm {install,upgrade}*--namespace prod*', 'helm uninstall web --namespace prod', false],
    ['*--dry-run*', 'kubectl apply -f a/b.yaml --dry-run=client', true],
    ['{iptables*,ufw*,firewall-cmd*}', 'ufw allow 22', true],
    ['{iptables*,ufw*,firewall-cmd*}', 'firewall-cmd --add-port=80/tcp', true],
    ['{iptables*,ufw*,firewall-cmd*}', 'sudo-ufw', false],
    ['169.254.169.254*', '169.254.169.254/latest/meta-data/iam', true],
    ['169.254.169.254*', '169.254.169.25', false],
    ['cat ?', 'cat /', true],
    ['echo *', 'echo ../../etc', true],
    ['rm -rf *', 'rm -rf a/../b', true],
    ['literal\\*star', 'literal*star', true],
    ['literal\\*star', 'literalXstar', false],
    ['node{1..3}', 'node2', true],
    // Ranges mean what they say (picomatch alone made {1..1000} the one-character class [1-1000]).
    ['node{1..1000}*', 'node5 up', true],
    ['node{1..1000}*', 'node999', true],
    ['node{1..1000}*', 'node1001', true], // node100 + "1": * follows
    ['node{1..1000}', 'node1001', false],
    ['node{1..1000}', 'node0', false],
    ['--replicas={10..99}', '--replicas=42', true],
    ['--replicas={10..99}', '--replicas=9', false],
    ['v{01..10}', 'v07', true],
    ['v{01..10}', 'v7', false],
    ['v{10..1}', 'v5', true],
    ['v{1..9..2}', 'v3', true],
    ['v{1..9..2}', 'v4', false],
    ['v{-2..2}', 'v-1', true],
    ['zone-{a..c}', 'zone-b', true],
    ['zone-{a..c}', 'zone-d', false],
    // A | outside an extglob group is a character (picomatch made `*| grep *` match every text).
    ['*| grep *', 'rm -rf /', false],
    ['*| grep *', 'ps aux | grep node', true],
  ];
  for (const [pattern, text, expected] of cases) {
    test(`"${pattern}" ${expected ? 'matches' : 'does not match'} "${text}"`, () => {
      assert.equal(compileTextGlob(pattern).test(text), expected);
    });
  }

  test('a range of more than 1024 values, or one mixing letter cases, is refused', () => {
    assert.throws(() => compileTextGlob('x{1..100000000}'), /has the range \{1\.\.100000000\}, more than 1024 alternatives/);
    assert.throws(() => compileTextGlob('x{a..Z}'), /mixes upper and lower case/);
  });

  test('the private-use stand-in for "/" in the text cannot pose as a slash', () => {
    assert.equal(compileTextGlob('curl https://ok.example/*').test('curl https:\uE000\uE000ok.example\uE000x'), false);
  });
});

describe('path globs: * within a segment, ** across, dotfiles, base names anywhere', () => {
  const cases: Array<[string, string, boolean]> = [
    ['infra/**/*.tf', 'infra/main.tf', true],
    ['infra/**/*.tf', 'infra/modules/vpc/main.tf', true],
    ['infra/**/*.tf', 'app/main.tf', false],
    ['infra/*.tf', 'infra/modules/main.tf', false],
    ['*.pem', 'certs/deep/tls.pem', true],
    ['.env', 'services/api/.env', true],
    ['kubeconfig', 'home/user/.kube/kubeconfig', true],
    ['*secret*', 'config/db-secret.yaml', true],
    ['{**/.env,**/*secret*,**/*credential*,**/*.pem,**/*.key,**/kubeconfig}', '.env', true],
    ['{**/.env,**/*secret*,**/*credential*,**/*.pem,**/*.key,**/kubeconfig}', 'a/b/.env', true],
    ['{**/.env,**/*secret*,**/*credential*,**/*.pem,**/*.key,**/kubeconfig}', '.aws/credentials', true],
    ['{**/.env,**/*secret*,**/*credential*,**/*.pem,**/*.key,**/kubeconfig}', 'ssh/id.key', true],
    ['{**/.env,**/*secret*,**/*credential*,**/*.pem,**/*.key,**/kubeconfig}', 'README.md', false],
    ['{**/.env,**/*secret*,**/*credential*,**/*.pem,**/*.key,**/kubeconfig}', '.environment', false],
    ['/etc/**', '/etc/passwd', true],
    ['/etc/**', 'etc/passwd', false],
    ['**/*.tf', '/outside/repo/x.tf', true],
    ['.github/workflows/*', '.github/workflows/ci.yml', true],
  ];
  for (const [pattern, path, expected] of cases) {
    test(`"${pattern}" ${expected ? 'matches' : 'does not match'} "${path}"`, () => {
      assert.equal(compilePathGlob(pattern).test(path), expected);
    });
  }
});

describe('brace expansion', () => {
  test('expands nested groups and ranges, and leaves escaped braces alone', () => {
    assert.deepEqual(expandBraces('a{b,c{d,e}}f'), ['abf', 'acdf', 'acef']);
    assert.deepEqual(expandBraces('x{1..3}'), ['x1', 'x2', 'x3']);
    assert.deepEqual(expandBraces('x{08..10}'), ['x08', 'x09', 'x10']);
    assert.deepEqual(expandBraces('x{y}'), ['x{y}']);
    assert.deepEqual(expandBraces('\\{a,b\\}'), ['\\{a,b\\}']);
  });

  test('an unclosed brace is an error', () => {
    assert.throws(() => expandBraces('a{b,c'), /no closing/);
  });

  test('an explosion of alternatives is refused', () => {
    assert.throws(() => expandBraces('{a,b}'.repeat(11)), /more than 1024/);
  });
});

describe('patterns picomatch rejects', () => {
  for (const bad of ['', '   ', 'a[', 'x*(', '[z-a]', 'a]', 'a+++']) {
    test(`"${bad}" is an error`, () => {
      assert.throws(() => compileTextGlob(bad));
      assert.throws(() => compilePathGlob(bad));
    });
  }

  test('a path pattern is refused at load exactly when picomatch refuses one of its alternatives (their regexes may be compiled on first use)', () => {
    const pieces = ['a', '.', '/', '**', '*', '?', '~', '-', ' ', '=', '+', '@', '!', ']', '[', '(', ')', '}', '\\', '|', '$', '^', '[ab]', '\\*'];
    const pattern = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 8 }).map((p) => p.join('')).filter((p) => p.trim() !== '');
    fc.assert(
      fc.property(pattern, (p) => {
        let alternatives: string[];
        try {
          alternatives = expandBraces(p);
        } catch {
          assert.throws(() => compilePathGlob(p));
          return;
        }
        const picomatchRefuses = alternatives.some((alt) => {
          try {
            return picomatch.makeRe(alt.replaceAll('|', '\\|'), { dot: true, strictBrackets: true, posix: true }).source === '$^';
          } catch {
            return true;
          }
        });
        if (picomatchRefuses) assert.throws(() => compilePathGlob(p), `pattern ${JSON.stringify(p)} was accepted`);
        else compilePathGlob(p).test('a/b');
      }),
      { numRuns: 10_000, seed: 20261203 },
    );
  });
});

describe('the text allow patterns see', () => {
  test('notOption turns every - of a word into the not-an-option dash, and nothing else', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('-', '--', 'a', '=', ' ', NOT_OPTION_DASH, 'é'), { maxLength: 10 }), (pieces) => {
        const word = pieces.join('');
        assert.equal(notOption(word), word.replaceAll('-', NOT_OPTION_DASH));
      }),
      { numRuns: 5_000, seed: 20261203 },
    );
  });
});
