// The linear filter before a path alternative's picomatch regex (linear-glob.ts's
// parsePathFilter) may let through paths the regex refuses, never refuse one it
// matches; and compilePathGlob, which uses it, must say what the joined regexes say.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import picomatch from 'picomatch';
import { compilePathGlob, expandBraces } from '../../src/policy/glob.js';
import { parsePathFilter, pathFilterPasses } from '../../src/policy/linear-glob.js';

const OPTIONS = { dot: true, strictBrackets: true, posix: true } as const;
const PATTERN_PIECES = ['a', 'b', '.', '..', '/', '*', '**', '?', '-', '~', ' ', '.env', 'x.pem', '%', ',', ':', '='];
const PATH_PIECES = ['a', 'b', 'ab', '.', '..', '/', '//', '-', '~', ' ', '.env', 'x.pem', '.pem', '%', '\\', 'é', '\n'];

const alternative = fc.array(fc.constantFrom(...PATTERN_PIECES), { minLength: 1, maxLength: 7 }).map((p) => p.join(''));
const path = fc.array(fc.constantFrom(...PATH_PIECES), { maxLength: 9 }).map((p) => p.join(''));

function regexOf(alt: string): RegExp | null {
  try {
    return picomatch.makeRe(alt, OPTIONS);
  } catch {
    return null;
  }
}

function neverRefusesAMatch(alt: string, p: string): void {
  const filter = parsePathFilter(alt);
  const regex = regexOf(alt);
  if (filter === null || regex === null) return;
  if (regex.test(p)) assert.ok(pathFilterPasses(filter, p), `alternative ${JSON.stringify(alt)} matches ${JSON.stringify(p)}, its filter refused it`);
}

/** What compilePathGlob said before the filter: every alternative's regex, joined, base-name alternatives on the base name. */
function joinedRegexes(pattern: string, p: string): boolean {
  const alternatives = expandBraces(pattern);
  const full = alternatives.filter((alt) => alt.includes('/')).map((alt) => picomatch.makeRe(alt, OPTIONS));
  const base = alternatives.filter((alt) => !alt.includes('/')).map((alt) => picomatch.makeRe(alt, OPTIONS));
  if (full.some((re) => re.test(p))) return true;
  if (p === '.') return alternatives.some((alt) => alt === '**' || alt === './**');
  const name = p.slice(p.lastIndexOf('/') + 1);
  return base.some((re) => re.test(name));
}

describe('the path glob filter', () => {
  test('never refuses a path the alternative matches, on 30,000 generated alternatives and paths', () => {
    fc.assert(fc.property(alternative, path, (alt, p) => neverRefusesAMatch(alt, p)), { numRuns: 30_000, seed: 20261203 });
  });

  test('never refuses a path an alternative of the example policies matches', () => {
    const alternatives = ['**/.env', '**/*secret*', '**/*credential*', '**/*.pem', '**/*.key', '**/kubeconfig', 'infra/**/*.tf', '/**', '~', '~*/**', '.github/workflows/**', '**/.safeclaw/**', '**/.claude/settings*.json', '**/.git/config', '**/*.tfstate.*', 'services/svc-4/**', '*.pem', '**', '**/*', 'a/*', '*/b', 'a/**/b', '/etc/*'];
    const paths = ['.env', 'a/.env', '/.env', '//.env', 'a//.env', 'x.pem/', 'a/x.pem/', 'infra/main.tf', 'infra/a/b/main.tf', 'infra', 'infra/', '/etc/passwd', '/', '~', '~/x', '~deploy/.ssh/id_rsa', '.github/workflows', '.github/workflows/', 'a/.safeclaw', 'a/.safeclaw/x', '.claude/settings.local.json', 'a', 'a/', 'a/b', 'a/./b', 'a/../b', './a', '../a', '.', '..', '', 'services/svc-4', 'services/svc-4/x/y', 'x.tfstate.backup', 'src/index.ts'];
    for (const alt of alternatives) {
      assert.notEqual(parsePathFilter(alt), null, `${alt} has a filter`);
      for (const p of paths) neverRefusesAMatch(alt, p);
    }
  });

  test('leaves to the regex the alternatives picomatch rewrites', () => {
    for (const alt of ['./a', 'a/./b', 'a/../b', 'a//b', 'a/', '.', '..', '[ab]/x', 'a/@(x|y)', '\\*', '!a', '', 'a**', '**b/c', '***..**']) assert.equal(parsePathFilter(alt), null, alt);
  });

  test('compilePathGlob says what the joined regexes say, on 20,000 generated patterns and paths', () => {
    const pattern = fc.array(alternative, { minLength: 1, maxLength: 3 }).map((alts) => (alts.length === 1 ? alts[0] : `{${alts.join(',')}}`)).filter((pat) => pat.trim() !== '');
    fc.assert(
      fc.property(pattern, path, (pat, p) => {
        let expected: boolean;
        try {
          expected = joinedRegexes(pat, p);
        } catch {
          return;
        }
        assert.equal(compilePathGlob(pat).test(p), expected, `pattern ${JSON.stringify(pat)} on ${JSON.stringify(p)}`);
      }),
      { numRuns: 20_000, seed: 20261204 },
    );
  });
});
