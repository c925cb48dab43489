// A path glob skips its regex for a path that lacks the text each alternative must hold
// (glob.ts, requiredTexts). That shortcut must never change an answer: a path it
// refuses that picomatch would match is a bypass of a deny rule. Compared here with
// picomatch itself on generated patterns and paths (dot files, `.` and `..` segments,
// empty segments, trailing slashes, `~`, non-ASCII).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import picomatch from 'picomatch';
import { compilePathGlob, expandBraces } from '../../src/policy/glob.js';

const OPTIONS = { dot: true, strictBrackets: true, posix: true } as const;

const PATTERN_PIECES = [
  'a', 'b', 'ab', '.', '..', '/', './', '../', '*', '**', '**/', '/**', '?', '~', '.env', '.env.', 'x.tf', '*.tf', 'secret', '-', ' ', ',',
  '=', '%', ':', '{a,b}', '{.env,*.pem}', '[ab]', '\\*', 'é', '+(a)',
];
const PATH_PIECES = ['a', 'b', 'ab', '.', '..', '/', '//', '.env', '.env.x', 'x.tf', '.tf', 'tf', 'secret', 'my-secret', '~', '~u', '-', ' ', ',', 'é', '.pem', 'x.pem/'];

const pattern = fc.array(fc.constantFrom(...PATTERN_PIECES), { minLength: 1, maxLength: 6 }).map((p) => p.join(''));
const path = fc.array(fc.constantFrom(...PATH_PIECES), { maxLength: 7 }).map((p) => p.join(''));

/** What compilePathGlob means, from picomatch alone: full-path alternatives, then base-name ones, `.` covered by `**`. */
function reference(source: string, text: string): boolean {
  const alternatives = expandBraces(source);
  const full = alternatives.filter((alt) => alt.includes('/')).map((alt) => picomatch.makeRe(alt, OPTIONS));
  const base = alternatives.filter((alt) => !alt.includes('/')).map((alt) => picomatch.makeRe(alt, OPTIONS));
  if (full.some((re) => re.test(text))) return true;
  if (text === '.') return alternatives.some((alt) => alt === '**' || alt === './**');
  const name = text.slice(text.lastIndexOf('/') + 1);
  return base.some((re) => re.test(name));
}

function agree(source: string, text: string): void {
  let compiled;
  try {
    compiled = compilePathGlob(source);
    reference(source, text);
  } catch {
    return; // refused patterns are refused at load (glob.test.ts)
  }
  assert.equal(compiled.test(text), reference(source, text), `pattern ${JSON.stringify(source)} on ${JSON.stringify(text)}`);
}

describe('the path glob prefilter', () => {
  test('agrees with picomatch on 30,000 generated patterns and paths', () => {
    fc.assert(fc.property(pattern, fc.array(path, { minLength: 1, maxLength: 8 }), (p, texts) => texts.forEach((t) => agree(p, t))), {
      numRuns: 30_000,
      seed: 15,
    });
  });

  test('agrees on the example policy patterns and the paths the bench reads', () => {
    const patterns = [
      '{**/.env,**/*secret*,**/*credential*,**/*.pem,**/*.key,**/kubeconfig}',
      '{**/*.tf,**/*.hcl,**/*.md,**/*.yaml,**/*.yml,**/*.sh,**/Makefile,**/Dockerfile,**/package.json}',
      '{**/.env.*,**/*.tfstate,**/*.tfstate.*,**/.git/config,**/.git-credentials,**/.netrc,**/.npmrc,**/.docker/config.json}',
      '{/**,~,~*/**}', 'infra/**/*.tf', '{.github/workflows/**,.github/actions/**,**/.safeclaw/**,**/.claude/settings*.json}',
      './Makefile', './**', 'src/./a', '**', '.env', '*.tf', 'Makefile',
    ];
    const paths = [
      '.env', 'a/.env', '../.env', './.env', '/.env', '.env/', 'services/svc-3/secrets/README.md', 'infra/modules/vpc/main.tf', 'main.tf/',
      'src/index.ts', '.', '..', '/etc/passwd', '~', '~/x', '~u/.ssh/id', 'Makefile', 'a//Makefile', '.git/config', 'x/.git/config',
      '.github/workflows/deploy.yml', 'k/.claude/settings.local.json', 'deploy/secrets.yaml', 'src/a', 'terraform.tfstate.backup', '',
    ];
    for (const p of patterns) for (const t of paths) agree(p, t);
  });
});
