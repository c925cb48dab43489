// Kubernetes manifests in a PR become infra.change actions, and kubectl -f/-k
// commands are judged with the namespaces their manifests name. Real git
// repositories in temp folders; `kubectl kustomize` (offline) is the oracle
// for what namespace a kustomization gives its objects.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { parseAllDocuments } from 'yaml';
import { collectActions } from '../../src/sources/collect.js';
import { UNREAD_NAMESPACE } from '../../src/sources/kubectl-manifests.js';
import { SourceError } from '../../src/sources/errors.js';
import { manifestObjects } from '../../src/sources/kubernetes-manifests.js';
import type { Action, InfraAction } from '../../src/types.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from './helpers.js';

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } });

function write(dir: string, files: Record<string, string | null>) {
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name);
    if (text === null) rmSync(file);
    else {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  }
}

/** A repo whose `main` has `base` and whose HEAD (branch agent) has `head` applied on top. */
function repo(t: { after: (fn: () => void) => void }, base: Record<string, string>, head: Record<string, string | null>): string {
  const dir = tempDir(t);
  git(dir, 'init', '-q', '-b', 'main');
  write(dir, base);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  git(dir, 'checkout', '-q', '-b', 'agent');
  write(dir, head);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'agent');
  return dir;
}

const deployment = (name: string, namespace: string | undefined, extra = '') =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n${namespace ? `  namespace: ${namespace}\n` : ''}spec:\n  selector:\n    matchLabels: {app: ${name}}\n  template:\n    metadata:\n      labels: {app: ${name}}\n    spec:\n      containers:\n      - name: ${name}\n        image: nginx:1.27\n${extra}`;
const privileged = '        securityContext:\n          privileged: true\n      hostNetwork: true\n';
const adminBinding = 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: agent-admin\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: cluster-admin\nsubjects:\n- kind: ServiceAccount\n  name: agent\n  namespace: ci\n';

const infra = (actions: Action[]) => actions.filter((a): a is InfraAction => a.type === 'infra.change');
const show = (a: InfraAction) => `${a.change} ${a.address} ${a.origin?.file}:${a.origin?.line}`;
const attr = (a: InfraAction, p: string) => a.after?.find((x) => x.path === p)?.value;

describe('Kubernetes manifests in the diff', () => {
  test('added, changed and deleted objects of multi-document files become create, update and delete, at their lines', async (t) => {
    const dir = repo(
      t,
      { 'k8s/api.yaml': deployment('api', 'prod'), 'k8s/old.yaml': deployment('old', 'dev'), 'k8s/pair.yaml': `${deployment('a', 'dev')}---\n${deployment('b', 'dev')}` },
      { 'k8s/api.yaml': deployment('api', 'prod', privileged), 'k8s/old.yaml': null, 'k8s/web.yaml': `${deployment('web', 'prod')}---\n${adminBinding}`, 'k8s/pair.yaml': `${deployment('a', 'dev')}---\n${deployment('b', 'dev', privileged)}` },
    );
    const actions = infra(await collectActions({ repoDir: dir, cwd: dir, diff: 'main...HEAD' }));
    assert.deepEqual(actions.map(show).sort(), [
      'create /ClusterRoleBinding/agent-admin k8s/web.yaml:17',
      'create prod/Deployment/web k8s/web.yaml:1',
      'delete dev/Deployment/old k8s/old.yaml:1',
      'update dev/Deployment/b k8s/pair.yaml:17',
      'update prod/Deployment/api k8s/api.yaml:1',
    ]);
    const api = actions.find((a) => a.address === 'prod/Deployment/api')!;
    assert.equal(api.provider, 'kubernetes');
    assert.equal(api.resourceType, 'Deployment');
    assert.equal(attr(api, 'spec.template.spec.containers.0.securityContext.privileged'), 'true');
    assert.equal(attr(api, 'spec.template.spec.hostNetwork'), 'true');
    assert.equal(attr(actions.find((a) => a.resourceType === 'ClusterRoleBinding')!, 'roleRef.name'), 'cluster-admin');
  });

  test("a Secret's data is marked sensitive and never copied", async (t) => {
    const dir = repo(t, { 'README.md': 'x' }, { 'k8s/secret.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n  namespace: prod\nstringData:\n  password: hunter2-very-secret\n' });
    const [secret] = infra(await collectActions({ repoDir: dir, cwd: dir, diff: 'main...HEAD' }));
    assert.deepEqual(secret.after?.find((a) => a.path === 'stringData.password'), { path: 'stringData.password', value: '', sensitive: true });
    assert.doesNotMatch(JSON.stringify(secret), /hunter2/);
  });

  test('workflows, Helm templates and kustomization files are not objects', async (t) => {
    const dir = repo(t, { 'README.md': 'x' }, {
      '.github/workflows/ci.yml': 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n',
      'chart/templates/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n',
      'overlays/prod/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: prod\nresources: [../../base]\n',
    });
    assert.deepEqual(infra(await collectActions({ repoDir: dir, cwd: dir, diff: 'main...HEAD' })), []);
  });

  test('a manifest that does not parse is an error at its line', () => {
    assert.throws(() => manifestObjects('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n data: [\n', 'k8s/cm.yaml'), (err: unknown) => err instanceof SourceError && err.file === 'k8s/cm.yaml' && typeof err.line === 'number' && /does not parse/.test(err.message));
  });

  test('objects are read as the yaml library reads each document (the same count and kinds)', () => {
    const text = `${deployment('a', 'dev')}---\n${adminBinding}---\napiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: c, namespace: dev}\n`;
    const kinds = manifestObjects(text, 'x.yaml')!.map((o) => o.kind);
    assert.deepEqual(kinds, ['Deployment', 'ClusterRoleBinding', 'ConfigMap']);
    assert.equal(parseAllDocuments(text).length, 3);
  });
});

const POLICY = `rules:
  - id: allow-k8s-apply
    action: shell.execute
    effect: allow
    conditions: { command: { pattern: "kubectl apply --filename=k8s/*" } }
    reason: "manifests under k8s/ may be applied"
  - id: block-prod-deploy
    action: shell.execute
    effect: deny
    conditions: { command: { pattern: "kubectl apply*--namespace=prod*" } }
    reason: "no deploys to prod"
  - id: allow-manifest-reads
    action: file.read
    effect: allow
    conditions: { path: { pattern: "k8s/**" } }
    reason: "kubectl reads the manifests it applies"
`;

const UNREAD = UNREAD_NAMESPACE;

describe('kubectl -f / -k is judged with the namespaces the manifests name', () => {
  function checkout(t: { after: (fn: () => void) => void }, files: Record<string, string>): string {
    const dir = tempDir(t);
    write(dir, { ...files, '.safeclaw/policies/k8s.yaml': POLICY });
    return dir;
  }

  test('`kubectl apply -f k8s/web.yaml` with `namespace: prod` in the file is denied by the prod rule (the allow rule alone allowed it)', async (t) => {
    const dir = checkout(t, { 'k8s/web.yaml': deployment('web', 'prod'), 'cmds.txt': 'kubectl apply -f k8s/web.yaml\n' });
    const run = await runCli(['check', '--format', 'json', '--commands', 'cmds.txt'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    const out = JSON.parse(run.stdout) as { results: { input: { command: string }; rule: string; origin: { line: number; detail: string } }[] };
    assert.deepEqual(out.results.map((r) => [r.input.command, r.rule]), [
      ['kubectl apply -f k8s/web.yaml', 'allow-k8s-apply'],
      ['kubectl apply --filename=k8s/web.yaml --namespace=prod', 'block-prod-deploy'],
    ]);
    assert.match(out.results[1].origin.detail, /namespace prod \(k8s\/web\.yaml:1\)/);
    assert.equal(out.results[1].origin.line, 1);
  });

  const cases: { name: string; command: string; files: Record<string, string>; expected: string[] }[] = [
    { name: 'a directory', command: 'kubectl apply -f k8s/', files: { 'k8s/a.yaml': deployment('a', 'dev'), 'k8s/b.yaml': deployment('b', 'prod') }, expected: ['dev', 'prod'] },
    { name: 'a directory without -R leaves subfolders out', command: 'kubectl apply -f k8s', files: { 'k8s/a.yaml': deployment('a', 'dev'), 'k8s/deep/b.yaml': deployment('b', 'prod') }, expected: ['dev'] },
    { name: 'a directory with -R', command: 'kubectl apply -R -f k8s', files: { 'k8s/a.yaml': deployment('a', 'dev'), 'k8s/deep/b.yaml': deployment('b', 'prod') }, expected: ['dev', 'prod'] },
    { name: 'comma-separated files and -n before the subcommand written nowhere', command: 'kubectl delete -f k8s/a.yaml,k8s/b.yaml', files: { 'k8s/a.yaml': deployment('a', 'dev'), 'k8s/b.yaml': deployment('b', 'prod') }, expected: ['dev', 'prod'] },
    { name: 'an explicit --namespace (kubectl refuses a different one in the file)', command: 'kubectl apply -n dev -f k8s/b.yaml', files: { 'k8s/b.yaml': deployment('b', 'prod') }, expected: [] },
    { name: 'an empty --namespace (kubectl reads it as none: the manifest decides)', command: 'kubectl apply -n "" -f k8s/b.yaml', files: { 'k8s/b.yaml': deployment('b', 'prod') }, expected: ['prod'] },
    { name: 'options before the subcommand, -f=, --filename FILE, env -C and sudo -D folders', command: 'kubectl --filename=k8s/b.yaml apply; kubectl apply -f=k8s/b.yaml; env -C k8s kubectl create -f b.yaml; sudo -D k8s kubectl replace --force --filename b.yaml', files: { 'k8s/b.yaml': deployment('b', 'prod') }, expected: ['prod', 'prod', 'prod', 'prod'] },
    { name: 'a manifest without a namespace', command: 'kubectl apply -f k8s/a.yaml', files: { 'k8s/a.yaml': deployment('a', undefined) }, expected: [] },
    { name: 'a URL (not in the checkout)', command: 'kubectl apply -f https://example.com/x.yaml', files: {}, expected: [UNREAD] },
    { name: 'standard input', command: 'kubectl apply -f -', files: {}, expected: [UNREAD] },
    { name: 'a path outside the checkout', command: 'kubectl apply -f ../../etc/x.yaml', files: {}, expected: [UNREAD] },
    { name: 'a file that does not exist (yet)', command: 'kubectl apply -f k8s/later.yaml', files: {}, expected: [UNREAD] },
    { name: 'a file the same command line writes first', command: "printf 'x' > k8s/b.yaml && kubectl apply -f k8s/b.yaml", files: { 'k8s/b.yaml': deployment('b', 'dev') }, expected: [UNREAD] },
    { name: 'a folder the same command line writes into first', command: 'cp /tmp/x.yaml k8s/x.yaml; kubectl apply -f k8s', files: { 'k8s/b.yaml': deployment('b', 'dev') }, expected: [UNREAD] },
    { name: 'a file that does not parse', command: 'kubectl apply -f k8s/bad.yaml', files: { 'k8s/bad.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: [\n' }, expected: [UNREAD] },
    { name: 'a templated file', command: 'kubectl apply -f k8s/t.yaml', files: { 'k8s/t.yaml': deployment('t', 'prod', '# image tag: {{ .Values.tag }}\n') }, expected: [UNREAD] },
    { name: 'a -k folder without kustomization', command: 'kubectl apply -k k8s', files: { 'k8s/b.yaml': deployment('b', 'prod') }, expected: [UNREAD] },
    { name: 'a kustomization with a remote resource', command: 'kubectl apply -k k8s', files: { 'k8s/kustomization.yaml': 'resources:\n- https://github.com/acme/x//base\n' }, expected: [UNREAD] },
    { name: 'a name with blanks', command: 'kubectl apply -f "k8s/my web.yaml"', files: { 'k8s/my web.yaml': deployment('w', 'prod') }, expected: [UNREAD] },
    // The shell analysis says where each command runs (its cwd): the files are read from there.
    { name: 'after a cd', command: 'cd k8s && sudo kubectl replace -f b.yaml', files: { 'k8s/b.yaml': deployment('b', 'prod') }, expected: ['prod'] },
    { name: 'after cd . and a pushd', command: 'cd . && pushd k8s/deep && kubectl apply -f ../b.yaml', files: { 'k8s/b.yaml': deployment('b', 'prod'), 'k8s/deep/x': '' }, expected: ['prod'] },
    { name: 'after a cd that may fail (both folders count)', command: 'cd k8s; kubectl apply -f b.yaml', files: { 'k8s/b.yaml': deployment('b', 'prod'), 'b.yaml': deployment('b', 'dev') }, expected: ['prod', 'dev'] },
    { name: 'after a cd to a folder known only at run time', command: 'cd "$D" && kubectl apply -f b.yaml', files: { 'k8s/b.yaml': deployment('b', 'prod') }, expected: [UNREAD] },
    { name: 'after a cd out of the checkout', command: 'cd /tmp && kubectl apply -f b.yaml', files: {}, expected: [UNREAD] },
    { name: 'after a cd home', command: 'cd ~/k8s && kubectl apply -f b.yaml', files: {}, expected: [UNREAD] },
    { name: 'kubectl with its own folder in a subshell', command: '(cd k8s && kubectl apply -f b.yaml) && kubectl apply -f k8s/a.yaml', files: { 'k8s/b.yaml': deployment('b', 'prod'), 'k8s/a.yaml': deployment('a', 'dev') }, expected: ['prod', 'dev'] },
    { name: 'inside a compound command line', command: 'true && sudo kubectl replace -f k8s/b.yaml', files: { 'k8s/b.yaml': deployment('b', 'prod') }, expected: ['prod'] },
    // bash removes quotes and backslashes from the program's name: it still runs kubectl.
    { name: 'kubectl spelled with quotes', command: 'kube""ctl apply -f k8s/b.yaml', files: { 'k8s/b.yaml': deployment('b', 'prod') }, expected: ['prod'] },
    { name: 'kubectl spelled with a backslash', command: 'k\\ubectl apply -f k8s/b.yaml', files: { 'k8s/b.yaml': deployment('b', 'prod') }, expected: ['prod'] },
    { name: 'kubectl spelled across a line continuation', command: 'kube\\\nctl apply -f k8s/b.yaml', files: { 'k8s/b.yaml': deployment('b', 'prod') }, expected: ['prod'] },
    { name: 'a namespace that is no plain word stays one word', command: 'kubectl apply -f k8s/b.yaml', files: { 'k8s/b.yaml': deployment('b', 'x; touch PWNED') }, expected: ["'--namespace=x; touch PWNED'"] },
  ];
  for (const c of cases) {
    test(`${c.name}: ${c.command} → ${c.expected.join(', ') || 'nothing added'}`, async (t) => {
      const dir = checkout(t, c.files);
      const actions = await collectActions({ repoDir: dir, cwd: dir, prBody: `## Agent plan\n\`\`\`sh\n${c.command}\n\`\`\`\n` });
      const added = actions.slice(1).map((a) => (a.type === 'shell.execute' ? /(?:'--namespace=.*'|"--namespace=.*"|--namespace=\S+)$/.exec(a.command)?.[0].replace(/^--namespace=/, '').replace(/^"--namespace=(.*)"$/, '$1') : a.type));
      assert.deepEqual(added, c.expected);
    });
  }

  test('a symbolic link out of the checkout, or to a device, is not read: the command is judged with an unknown namespace', async (t) => {
    const outside = tempDir(t);
    writeFileSync(path.join(outside, 'prod.yaml'), deployment('x', 'prod'));
    const dir = checkout(t, {});
    mkdirSync(path.join(dir, 'k8s'));
    symlinkSync(path.join(outside, 'prod.yaml'), path.join(dir, 'k8s/out.yaml'));
    symlinkSync('/dev/zero', path.join(dir, 'k8s/zero.yaml'));
    for (const file of ['k8s/out.yaml', 'k8s/zero.yaml', 'k8s']) {
      const actions = await collectActions({ repoDir: dir, cwd: dir, prBody: `## Agent plan\n\`\`\`sh\nkubectl apply -f ${file}\n\`\`\`\n` });
      assert.equal(actions.length, 2, file);
      assert.match((actions[1] as { command: string }).command, /--namespace=\$NAMESPACE_SAFECLAW_COULD_NOT_READ"$/, file);
      assert.match(actions[1].origin?.detail ?? '', /could not read: .*(outside the checkout|no regular file)/, file);
    }
  });

  test('a checkout reached through a symbolic link: a file the command writes first is still seen as written first', async (t) => {
    const real = checkout(t, { 'k8s/b.yaml': deployment('b', 'dev') });
    const link = path.join(tempDir(t), 'link');
    symlinkSync(real, link);
    const actions = await collectActions({ repoDir: link, cwd: link, prBody: "## Agent plan\n```sh\nprintf x > k8s/b.yaml && kubectl apply -f k8s/b.yaml\n```\n" });
    assert.deepEqual(actions.slice(1).map((a) => a.origin?.detail), ['kubectl apply deploys to namespaces SafeClaw could not read: the same command line writes k8s/b.yaml first; give --namespace=NS to have it judged as written']);
  });

  test('the unread form is denied by default under an allow rule for the command, and its reason says what to do', async (t) => {
    const dir = checkout(t, { 'cmds.txt': 'kubectl apply -f k8s/web.yaml\nkubectl apply -f k8s/web.yaml --namespace=dev\n' });
    const run = await runCli(['check', '--format', 'json', '--commands', 'cmds.txt'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    const out = JSON.parse(run.stdout) as { results: { input: { command: string }; decision: string; rule: string | null; origin: { detail: string } }[] };
    assert.deepEqual(out.results.map((r) => [r.input.command, r.decision, r.rule]), [
      ['kubectl apply -f k8s/web.yaml', 'allow', 'allow-k8s-apply'],
      [`kubectl apply --filename=k8s/web.yaml "--namespace=${UNREAD}"`, 'deny', null],
      ['kubectl apply -f k8s/web.yaml --namespace=dev', 'allow', 'allow-k8s-apply'],
    ]);
    assert.match(out.results[1].origin.detail, /k8s\/web\.yaml does not exist \(yet\); give --namespace=NS to have it judged as written/);
  });

  test('-k DIR: the kustomization namespace decides, as `kubectl kustomize` renders it', async (t) => {
    const dir = checkout(t, {
      'base/deploy.yaml': deployment('api', 'dev'),
      'base/kustomization.yaml': 'resources:\n- deploy.yaml\n',
      'overlays/prod/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: prod\nresources:\n- ../../base\n',
    });
    const actions = await collectActions({ repoDir: dir, cwd: dir, prBody: '## Agent plan\n```sh\nkubectl apply -k overlays/prod\nkubectl apply -k base\n```\n' });
    const ours = actions.filter((a) => a.type === 'shell.execute' && a.command.includes('--namespace=')).map((a) => (a as { command: string }).command);
    assert.deepEqual(ours, ['kubectl apply --kustomize=overlays/prod --namespace=prod', 'kubectl apply --kustomize=base --namespace=dev']);
    const kubectl = spawnSync('kubectl', ['kustomize', 'overlays/prod'], { cwd: dir, encoding: 'utf8' });
    if (kubectl.error || kubectl.status !== 0) {
      console.error(`SKIPPED ORACLE: kubectl kustomize is not available (${kubectl.error?.message ?? kubectl.stderr}); the namespaces above were not checked against kubectl`);
      return;
    }
    assert.match(kubectl.stdout, /namespace: prod/, 'kubectl renders the overlay into prod');
    const base = spawnSync('kubectl', ['kustomize', 'base'], { cwd: dir, encoding: 'utf8' });
    assert.match(base.stdout, /namespace: dev/);
  });
});
