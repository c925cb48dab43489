// What an `npm install @authensor/safeclaw` user gets: the MIT LICENSE, no runtime
// dependencies (dist/ is self-contained), and a CLI that runs from a folder with
// no node_modules anywhere above it — policies, the shell parser's wasm and git diffs included.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('the published package', () => {
  test('has an MIT LICENSE matching package.json', () => {
    assert.equal(pkg.license, 'MIT');
    const text = readFileSync(join(ROOT, 'LICENSE'), 'utf8');
    assert.match(text, /^MIT License\n\nCopyright \(c\) 2026 SafeClaw authors\n/);
    assert.match(text, /THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND/);
  });

  test('declares no runtime dependencies: the bundle carries what it needs', () => {
    assert.deepEqual(pkg.dependencies ?? {}, {});
  });

  test('the bundled CLI runs from a folder with no node_modules above it', async (t) => {
    const dir = tempDir(t);
    for (let at = dir; dirname(at) !== at; at = dirname(at)) assert.ok(!existsSync(join(at, 'node_modules')), `${at} has node_modules`);
    const install = join(dir, 'node_modules-free/safeclaw');
    cpSync(join(ROOT, 'dist'), join(install, 'dist'), { recursive: true });
    writeFileSync(join(install, 'package.json'), JSON.stringify({ name: pkg.name, version: pkg.version, type: pkg.type, bin: pkg.bin }));
    const bin = join(install, 'dist/cli.js');

    const version = await runCli(['--version'], { cwd: dir, bin });
    assert.equal(version.stdout.trim(), pkg.version, version.stderr);

    // A real repository with a change: git diff (bundled simple-git), the policy loader (bundled yaml,
    // picomatch) and the shell parser (wasm next to the bundle) all run.
    const repo = join(dir, 'repo');
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: repo });
    execFileSync('git', ['init', '-q', '-b', 'main', repo]);
    cpSync(join(ROOT, 'examples/devops/.safeclaw'), join(repo, '.safeclaw'), { recursive: true });
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    git('checkout', '-q', '-b', 'agent');
    writeFileSync(join(repo, 'deploy.sh'), 'set -eu\nterraform apply -auto-approve\n');
    git('add', '-A');
    git('commit', '-q', '-m', 'agent');
    const check = await runCli(['check', '--format', 'json', '--diff', 'main...HEAD', '--command', 'cat README.md'], { cwd: repo, bin });
    assert.equal(check.code, 1, check.stderr);
    const results = JSON.parse(check.stdout).results as Array<{ decision: string; rule: string | null }>;
    assert.ok(results.some((r) => r.rule === 'block-terraform-apply'), check.stdout);
    assert.ok(results.some((r) => r.decision === 'allow' && r.rule === 'allow-shell-basics'), check.stdout);
  });
});
