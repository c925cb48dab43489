// Where commands run: cd, pushd/popd and the per-command folder options move the
// base of later relative paths. Checked against the real bash on generated
// scripts (bash is the oracle: `realpath -m` prints where a relative path lands).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { analyzeShellCommand, prepareShellAnalysis } from '../../src/shell/analyze.js';
import { normalizePath } from '../../src/engine/normalize.js';
import { resolveIn, type WorkingDirectory } from '../../src/shell/working-directory.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { policyFrom, rule, rules } from '../helpers/policy.js';

before(() => prepareShellAnalysis());

/** The paths a command line reads, as the engine sees them (root /repo). */
function reads(command: string, root = '/repo'): { paths: string[]; opaque: boolean[] } {
  const analysis = analyzeShellCommand(command);
  const files = analysis.implied.filter((i) => i.action.type === 'file.read');
  return {
    paths: files.map((i) => normalizePath((i.action as { path: string }).path, root)),
    opaque: files.map((i) => i.opaque !== undefined),
  };
}

function cwdOf(command: string, program: string): WorkingDirectory[] | undefined {
  return analyzeShellCommand(command).commands.find((c) => c.text.startsWith(program))?.cwd;
}

describe('the folder a command runs in', () => {
  test('cd DIR && cmd takes cmd\'s relative paths from DIR', () => {
    assert.deepEqual(reads('cd infra && cat main.tf').paths, ['infra/main.tf']);
  });

  test('cd /etc && cat passwd reads /etc/passwd, not the repository file passwd', () => {
    assert.deepEqual(reads('cd /etc && cat passwd').paths, ['/etc/passwd']);
  });

  test('cd takes the words a parser hangs on its redirections (`cd > out /etc`, `cd <<EOF /etc`), as bash does', () => {
    assert.deepEqual(reads('cd > /dev/null /etc && cat passwd').paths, ['/etc/passwd']);
    assert.deepEqual(reads('cd <<EOF /etc\nEOF\ncat passwd').paths.sort(), ['/etc/passwd', 'passwd']);
  });

  test('cd .. out of the repository makes later relative paths outside it', () => {
    assert.deepEqual(reads('cd .. && cat x').paths, ['/x']);
    assert.deepEqual(reads('cd infra/../.. && cat .env').paths, ['/.env']);
  });

  test('after `cd DIR;` (cd may fail and bash goes on) both folders are judged', () => {
    assert.deepEqual(reads('cd /etc; cat passwd').paths.sort(), ['/etc/passwd', 'passwd']);
  });

  test('`cd DIR || exit` leaves only DIR for what follows', () => {
    assert.deepEqual(reads('cd /etc || exit 1; cat passwd').paths, ['/etc/passwd']);
  });

  test('a subshell, a pipeline part and a command substitution keep their cd to themselves', () => {
    assert.deepEqual(reads('(cd /etc && cat a); cat b').paths, ['/etc/a', 'b']);
    assert.deepEqual(reads('cd /etc | cat b').paths, ['b']);
    assert.deepEqual(reads('x=$(cd /etc && cat a); cat b').paths, ['/etc/a', 'b']);
  });

  test('a pipeline\'s last part may run in the shell itself (shopt -s lastpipe): its cd counts afterwards', () => {
    assert.deepEqual(reads('echo | cd /etc; cat b').paths.sort(), ['/etc/b', 'b']);
  });

  test('cd alone and cd "$HOME" go to the home folder, written ~', () => {
    assert.deepEqual(reads('cd && cat .bashrc').paths, ['~/.bashrc']);
    assert.deepEqual(reads('cd "$HOME/.ssh" && cat id_rsa').paths, ['~/.ssh/id_rsa']);
    assert.deepEqual(reads('cd ~root && cat .bash_history').paths, ['~root/.bash_history']);
  });

  test('cd - goes back to $OLDPWD: the folder before, or unknown when inherited', () => {
    assert.deepEqual(reads('cd infra && cd /etc && cd - && cat main.tf').paths, ['infra/main.tf']);
    const inherited = reads('cd - && cat x');
    assert.deepEqual(inherited.opaque, [true]);
  });

  test('pushd and popd move through the folder stack', () => {
    assert.deepEqual(reads('pushd /etc && cat passwd').paths, ['/etc/passwd']);
    assert.deepEqual(reads('pushd /etc && popd && cat main.tf').paths, ['main.tf']);
    assert.deepEqual(reads('pushd infra && pushd /etc && pushd && cat main.tf').paths, ['infra/main.tf']);
  });

  test('a folder known only at run time makes later relative paths opaque and outside the repository', () => {
    const analysis = analyzeShellCommand('cd "$DIR" && cat README.md');
    const read = analysis.implied.find((i) => i.action.type === 'file.read')!;
    assert.ok(read.opaque && read.outside, JSON.stringify(read));
  });

  test('a CDPATH set earlier makes `cd NAME` unknown, but not `cd ./NAME` or `cd /abs`', () => {
    assert.deepEqual(reads('CDPATH=/etc; cd ssh && cat x').opaque, [true]);
    assert.deepEqual(reads('CDPATH=/etc; cd ./infra && cat x').paths, ['infra/x']);
    assert.deepEqual(reads('CDPATH=/etc cd ssh && cat x').opaque, [true]);
  });

  test('shopt -s cdable_vars makes `cd NAME` unknown (it may go to $NAME)', () => {
    assert.deepEqual(reads('shopt -s cdable_vars; x=/etc; cd x && cat passwd').opaque, [true]);
  });

  test('after an alias any command may be a cd: later relative paths are unknown', () => {
    assert.ok(reads("shopt -s expand_aliases; alias go='cd /etc'; go; cat passwd").opaque.includes(true));
  });

  test('a loop whose body moves makes its later paths unknown as well as the ones it could keep', () => {
    const r = reads('for d in a b; do cd "$d"; done; cat x');
    assert.ok(r.opaque.includes(true));
    assert.ok(r.paths.includes('x'));
  });

  test('a function whose body moves makes every later relative path unknown too', () => {
    const r = reads('f() { cd /etc; }; f; cat passwd');
    assert.ok(r.opaque.includes(true), JSON.stringify(r));
  });

  test('eval and source may move the shell: later relative paths are unknown', () => {
    assert.ok(reads('eval "cd /etc"; cat passwd').opaque.includes(true));
    assert.ok(reads('source ./env.sh; cat passwd').opaque.includes(true));
  });

  test('cd spelled with quotes, escapes or expansions moves the shell all the same', () => {
    for (const spelled of ['c""d', '"cd"', "'c'd", 'c\\d', "$'\\x63d'", "$'\\143d'", 'command cd', 'builtin cd', '\\cd', 'p""ushd']) {
      assert.deepEqual(reads(`${spelled} /etc && cat passwd`).paths, ['/etc/passwd'], spelled);
    }
    assert.ok(reads('if true; then $CMD /etc; fi; cat passwd').opaque.includes(true));
    assert.ok(reads('builtin $C /etc; cat passwd').opaque.includes(true));
    assert.ok(reads('c${X}d /etc; cat passwd').opaque.includes(true));
  });

  test('a command the walk thinks unreachable (`true || cmd`) is still judged', () => {
    assert.deepEqual(reads('true || cat .env').paths, ['.env']);
  });

  test('if/then/else: the then branch runs after a successful cd, the else branch without it', () => {
    assert.deepEqual(reads('if cd /etc; then cat a; else cat b; fi').paths, ['/etc/a', 'b']);
  });

  test('a redirection after cd is opened in the new folder; one on the cd itself in the old', () => {
    const writes = (c: string) => analyzeShellCommand(c).implied.filter((i) => i.action.type === 'file.write').map((i) => (i.action as { path: string }).path);
    assert.deepEqual(writes('cd infra; echo x > out.txt').sort(), ['infra/out.txt', 'out.txt']);
    // tree-sitter-bash hangs this redirection on the whole list; bash opens it for echo, after cd.
    assert.ok(writes('cd infra && echo x > out.txt').includes('infra/out.txt'));
    assert.deepEqual(writes('cd infra > log.txt'), ['log.txt']);
  });

  test('bash -c starts where the outer command runs, and its cd does not come back', () => {
    assert.deepEqual(reads('cd infra && bash -c "cd /etc && cat passwd"; cat x').paths.sort(), ['/etc/passwd', 'infra/x', 'x']);
  });
});

describe('per-command folder options', () => {
  test('env -C DIR and env --chdir=DIR run the command in DIR', () => {
    assert.deepEqual(reads('env -C /etc cat shadow').paths, ['/etc/shadow']);
    assert.deepEqual(reads('env --chdir=/root cat .ssh/id_rsa').paths, ['/root/.ssh/id_rsa']);
  });

  test('sudo -D DIR runs the command in DIR', () => {
    assert.deepEqual(reads('sudo -D /etc cat shadow').paths, ['/etc/shadow']);
  });

  test('git -C takes each relative -C from the one before, and its --output from there', () => {
    const a = analyzeShellCommand('git -C a -C b diff --output=o.txt');
    assert.deepEqual(a.implied.map((i) => (i.action as { path: string }).path), ['a/b/o.txt']);
    assert.deepEqual(cwdOf('git -C a -C b diff --output=o.txt', 'git'), [{ path: 'a/b' }]);
  });

  test('terraform -chdir=DIR reads its -var-file from DIR', () => {
    assert.deepEqual(reads('terraform -chdir=infra plan -var-file=dev.tfvars').paths, ['infra/dev.tfvars']);
  });

  test('make -C DIR and make --directory=DIR run in DIR', () => {
    assert.deepEqual(cwdOf('make -C sub test', 'make'), [{ path: 'sub' }]);
    assert.deepEqual(cwdOf('make --directory=sub test', 'make'), [{ path: 'sub' }]);
    assert.deepEqual(cwdOf('make -sC sub test', 'make'), [{ path: 'sub' }]);
  });

  test('a folder option computed at run time makes the command\'s folder unknown', () => {
    const cwd = cwdOf('git -C "$D" diff --output=o.txt', 'git');
    assert.ok(cwd && 'unknown' in cwd[0]);
  });

  test('tar -C DIR takes the operands after it from DIR, and the archive from the shell\'s folder', () => {
    const a = analyzeShellCommand('tar -czf out.tgz -C / etc/shadow');
    assert.deepEqual(a.implied.map((i) => `${i.action.type} ${(i.action as { path: string }).path}`), ['file.read /etc/shadow', 'file.write out.tgz']);
  });
});

describe('tools that read the folder they run in', () => {
  const folderReads = (command: string) =>
    analyzeShellCommand(command)
      .implied.filter((i) => i.recursive && i.action.type === 'file.read')
      .map((i) => `${(i.action as { path: string }).path}${i.opaque ? ' (opaque)' : ''}`);

  test('terraform -chdir outside the repository reads everything there', () => {
    assert.deepEqual(folderReads('terraform -chdir=/etc plan'), ['/etc']);
    assert.deepEqual(folderReads('terraform -chdir=.. init'), ['..']);
  });

  test('git run from a folder outside the repository reads that folder (its .git/config can run programs)', () => {
    assert.deepEqual(folderReads('cd /tmp/evil && git status'), ['/tmp/evil']);
    assert.deepEqual(folderReads('git -C /tmp/evil log'), ['/tmp/evil']);
  });

  test('a folder known only at run time is an opaque read', () => {
    assert.deepEqual(folderReads('cd "$D" && make'), ['. (opaque)']);
  });

  test('inside the repository the folder is the repository\'s own configuration: no extra read', () => {
    assert.deepEqual(folderReads('terraform -chdir=infra plan'), []);
    assert.deepEqual(folderReads('cd infra && terraform plan'), []);
    assert.deepEqual(folderReads('git status'), []);
  });
});

describe('find -execdir', () => {
  test('runs its command in the folder of each file found: the command\'s own relative paths are unknown', () => {
    const read = analyzeShellCommand('find /etc -name passwd -execdir cat shadow \\;').implied.find((i) => (i.action as { path: string }).path === 'shadow');
    assert.ok(read?.opaque && read.outside, JSON.stringify(read));
  });
});

describe('cwd on each simple command (for resolving manifests and the like)', () => {
  test('cd k8s && kubectl apply -f web.yaml runs kubectl in k8s and reads k8s/web.yaml', () => {
    assert.deepEqual(cwdOf('cd k8s && kubectl apply -f web.yaml', 'kubectl'), [{ path: 'k8s' }]);
    assert.ok(reads('cd k8s && kubectl apply -f web.yaml').paths.includes('k8s/web.yaml'));
  });

  test('a command surely at the repository root has no cwd', () => {
    assert.equal(cwdOf('kubectl apply -f web.yaml', 'kubectl'), undefined);
  });

  test('resolveIn takes a relative path from a folder, keeps absolute and ~ paths, and stays unknown from an unknown folder', () => {
    assert.deepEqual(resolveIn({ path: 'k8s' }, 'web.yaml'), { path: 'k8s/web.yaml' });
    assert.deepEqual(resolveIn({ path: 'k8s' }, '../x'), { path: 'x' });
    assert.deepEqual(resolveIn({ path: '.' }, '../x'), { path: '../x' });
    assert.deepEqual(resolveIn({ path: '/etc' }, 'ssh/../passwd'), { path: '/etc/passwd' });
    assert.deepEqual(resolveIn({ path: '~/a' }, '../.ssh'), { path: '~/.ssh' });
    assert.deepEqual(resolveIn({ path: 'k8s' }, '/abs'), { path: '/abs' });
    assert.deepEqual(resolveIn({ unknown: 'why' }, 'x'), { unknown: 'why' });
  });

  test('resolveIn gives what posix.normalize gives for every relative path from a relative folder (the plain-name shortcut too)', () => {
    // Pieces that must leave the shortcut (`.`, `..`, empty names, slashes first or last) mixed with plain names.
    const pieces = ['a', 'infra', '.', '..', '', '...', '.a', 'a.', '..b', 'b..', '~x', 'x~', ' ', 'a b'];
    let checked = 0;
    for (const d of pieces) for (const e of pieces) for (const f of pieces) for (const g of ['', '/']) {
      const dirs = ['.', d, `${d}/${e}`, `${e}/${f}${g}`].filter((x) => x !== '' && !x.startsWith('/') && !x.startsWith('~'));
      const paths = [d, `${d}/${e}`, `${d}/${e}/${f}${g}`, `${d}//${e}`, `/${d}`].filter((x) => x !== '' && x !== '.' && !x.startsWith('/') && !x.startsWith('~'));
      for (const dirPath of dirs) {
        const dir = posix.normalize(dirPath).replace(/(.)\/$/, '$1');
        if (dir.startsWith('~')) continue; // a home folder: normalizeHomePath's own rules
        for (const path of paths) {
          const expected = posix.normalize(posix.join(dir, path)).replace(/(.)\/$/, '$1');
          assert.deepEqual(resolveIn({ path: dir }, path), { path: expected }, `${dir} + ${path}`);
          checked++;
        }
      }
    }
    assert.ok(checked > 10000, `${checked} pairs`);
  });
});

describe('decisions (a policy that allows cd and reads inside the repository)', () => {
  const policy = () =>
    policyFrom(
      rules(
        rule('allow-tools', 'shell.execute', 'allow', { command: ['cd *', 'cat *', 'pushd *', 'popd'] }),
        rule('allow-repo-reads', 'file.read', 'allow', { path: '**' }),
        rule('no-env', 'file.read', 'deny', { path: '**/.env' }),
      ),
    );
  const decide = (command: string) => evaluate(policy(), { type: 'shell.execute', command }).decision;

  test('cd infra && cat main.tf is allowed: infra/main.tf is a repository file', () => assert.equal(decide('cd infra && cat main.tf'), 'allow'));
  test('cd /etc && cat passwd is denied: /etc/passwd is outside the repository', () => assert.equal(decide('cd /etc && cat passwd'), 'deny'));
  test('cd ~/.kube && cat config is denied', () => assert.equal(decide('cd ~/.kube && cat config'), 'deny'));
  test('cd .. && cat README.md is denied', () => assert.equal(decide('cd .. && cat README.md'), 'deny'));
  test('cd "$X" && cat README.md is denied even though cd * is allowed', () => assert.equal(decide('cd "$X" && cat README.md'), 'deny'));
  test('(cd /etc) && cat README.md is allowed: the subshell\'s cd does not last', () => assert.equal(decide('(cd /etc) && cat README.md'), 'allow'));
  test('pushd /etc && popd && cat README.md is allowed: popd comes back', () => assert.equal(decide('pushd /etc && popd && cat README.md'), 'allow'));
  test('cd config && cat .env is denied by the .env rule', () => {
    const d = evaluate(policy(), { type: 'shell.execute', command: 'cd config && cat .env' });
    assert.deepEqual([d.decision, d.rule], ['deny', 'no-env']);
  });
});

// --- bash as the oracle -----------------------------------------------------------------

/** Scripts of cd steps joined by && (each must succeed), then `realpath -m FILE`. */
const STEPS = ['cd infra', 'cd k8s', 'cd ..', 'cd ../infra', 'cd ./infra/k8s', 'cd /', 'cd ~', 'cd', 'cd "$HOME"/work', 'cd ~/work',
  'cd - >/dev/null', 'pushd infra >/dev/null', 'pushd ~ >/dev/null', 'popd >/dev/null', 'cd infra/k8s/../..', 'cd //', 'cd "$HOME/work/.."'];

function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('cd against the real bash', () => {
  let scratch = '';
  let repo = '';
  let home = '';
  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'safeclaw-cd-'));
    home = join(scratch, 'home');
    repo = join(scratch, 'repo');
    for (const dir of [join(repo, 'infra', 'k8s'), join(home, 'work', 'infra', 'k8s')]) mkdirSync(dir, { recursive: true });
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  test('for 300 generated cd scripts, the folder bash ends in is the one the analysis names (and the only one)', () => {
    let bash: string;
    try {
      bash = execFileSync('bash', ['-c', 'command -v bash'], { encoding: 'utf8' }).trim();
    } catch {
      assert.fail('bash is needed for this test (the oracle) and is not on this machine');
    }
    const random = lcg(11);
    let compared = 0;
    for (let n = 0; n < 300; n++) {
      const length = 1 + Math.floor(random() * 4);
      const steps = Array.from({ length }, () => STEPS[Math.floor(random() * STEPS.length)]);
      const script = `${steps.join(' && ')} && cat x`;
      let landed: string;
      try {
        // OLDPWD is unset as in a fresh shell, so `cd -` first fails in bash too.
        landed = execFileSync(bash, ['-c', `${steps.join(' && ')} && realpath -m x`], {
          cwd: repo,
          encoding: 'utf8',
          env: { HOME: home, PATH: process.env.PATH ?? '/usr/bin:/bin' },
          stdio: ['ignore', 'pipe', 'ignore'],
        }).trim();
      } catch {
        continue; // a step failed in bash (a folder that does not exist there, cd - with no OLDPWD): nothing runs after it
      }
      const got = reads(script, repo);
      // Everything as an absolute path: the repository is `repo`, `~` is `home`.
      const absolute = (p: string) => (p.startsWith('~') ? posix.normalize(home + p.slice(1)) : p.startsWith('/') ? p : posix.join(repo, p));
      const known = got.paths.filter((_, i) => !got.opaque[i]).map(absolute);
      if (got.opaque.some(Boolean)) {
        // The analysis may say "unknown" (cd - with an inherited OLDPWD); never a wrong known folder.
        assert.ok(known.length === 0 || known.includes(landed), `${script}: bash ${landed}, analysis ${JSON.stringify(got)}`);
        continue;
      }
      assert.deepEqual(known, [landed], `${script}: bash lands in ${landed}`);
      compared++;
    }
    assert.ok(compared >= 100, `only ${compared} scripts ran in bash to the end`);
  });

  test('for 400 generated scripts with ;, ||, subshells, groups, if and failing cds, where bash reads is among the folders the analysis judges', () => {
    const random = lcg(29);
    const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
    const step = (): string => {
      const r = random();
      if (r < 0.15) return `( ${step()} )`;
      if (r < 0.25) return `{ ${step()}; }`;
      if (r < 0.35) return `if ${pick(STEPS)}; then ${pick(STEPS)}; else ${pick(STEPS)}; fi`;
      if (r < 0.45) return pick(['cd missing', 'cd /missing', 'pushd missing >/dev/null', 'popd >/dev/null']);
      return pick(STEPS);
    };
    let checked = 0;
    for (let n = 0; n < 400; n++) {
      const parts = Array.from({ length: 1 + Math.floor(random() * 4) }, step);
      const script = parts.reduce((acc, part) => `${acc} ${pick(['&&', ';', '||', ';'])} ${part}`);
      let landed: string;
      try {
        landed = execFileSync('bash', ['-c', `${script}; realpath -m x`], {
          cwd: repo,
          encoding: 'utf8',
          env: { HOME: home, PATH: process.env.PATH ?? '/usr/bin:/bin' },
          stdio: ['ignore', 'pipe', 'ignore'],
        }).trim().split('\n').pop()!;
      } catch {
        continue;
      }
      const got = reads(`${script}; cat x`, repo);
      const absolute = (p: string) => (p.startsWith('~') ? posix.normalize(home + p.slice(1)) : p.startsWith('/') ? p : posix.join(repo, p));
      // The read of x is the last one: earlier steps read nothing.
      const known = got.paths.filter((_, i) => !got.opaque[i]).map(absolute);
      assert.ok(got.opaque.some(Boolean) || known.includes(landed), `${script}: bash reads ${landed}, the analysis judges ${JSON.stringify(known)}`);
      checked++;
    }
    assert.ok(checked >= 200, `only ${checked} scripts ran`);
  });
});
