// The linear-time text glob matcher must say exactly what picomatch's regex says
// (it only replaces the regex where backtracking could take polynomial time), and
// must stay fast on texts built to make the regex backtrack.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { compileTextGlob, NOT_OPTION_DASH, textGlobRegex, toGlobText } from '../../src/policy/glob.js';
import { NOT_OPTION_DASH as LINEAR_NOT_OPTION_DASH, parseLinearGlob } from '../../src/policy/linear-glob.js';

const PATTERN_PIECES = ['a', 'b', ' ', '-', '--x', '=', '.', '/', '|', '*', '**', '?', '[ab]', '[!a]', '[^b]', '[a-c]', '[-a]', '\\*', '\\?', '$', '^', '+', '@', '!', '~'];
const TEXT_PIECES = ['a', 'b', 'c', ' ', '-', '--x', '=', '.', '..', '/', '|', '*', '?', '$', NOT_OPTION_DASH, '\uE000', '\n', 'é'];

const pattern = fc.array(fc.constantFrom(...PATTERN_PIECES), { minLength: 1, maxLength: 8 }).map((p) => p.join('')).filter((p) => p.trim() !== '');
const text = fc.array(fc.constantFrom(...TEXT_PIECES), { maxLength: 12 }).map((t) => t.join(''));

function agree(p: string, t: string): void {
  let regex: RegExp;
  try {
    regex = textGlobRegex(p);
  } catch {
    return; // a pattern picomatch refuses is refused at load either way (see below)
  }
  // One deliberate difference: picomatch's `(?=.)` makes a leading wildcard refuse a text that starts with a
  // line break; here `*` matches any characters, as documented. The reference sees another character there.
  const reference = p.startsWith('!') ? t : t.replace(/^[\n\r\u2028\u2029]/, '\u0001');
  assert.equal(compileTextGlob(p).test(t), regex.test(toGlobText(reference)), `pattern ${JSON.stringify(p)} on ${JSON.stringify(t)}`);
}

describe('the linear text glob matcher', () => {
  test('agrees with picomatch on 20,000 generated patterns and texts', () => {
    fc.assert(fc.property(pattern, text, (p, t) => agree(p, t)), { numRuns: 20_000, seed: 20261202 });
  });

  test('refuses at load every pattern picomatch refuses, though it compiles the regex of a linear pattern only on first use', () => {
    const refusable = fc.array(fc.constantFrom(...PATTERN_PIECES, ']', '\\]', ')', '(', '}', '{', '\\', '\uE000', '\uE001'), { minLength: 1, maxLength: 8 })
      .map((p) => p.join(''))
      .filter((p) => p.trim() !== '');
    fc.assert(
      fc.property(refusable, (p) => {
        let regex: RegExp;
        try {
          regex = textGlobRegex(p);
        } catch {
          assert.throws(() => compileTextGlob(p), `pattern ${JSON.stringify(p)} was accepted`);
          return;
        }
        // The texts only the regex answers: its first use compiles it.
        const compiled = compileTextGlob(p);
        for (const t of ['', '.', '..']) assert.equal(compiled.test(t), regex.test(t), `pattern ${JSON.stringify(p)} on ${JSON.stringify(t)}`);
      }),
      { numRuns: 10_000, seed: 20261203 },
    );
  });

  test('agrees on patterns of the example policies and the texts they are about', () => {
    const patterns = ['terraform apply*', 'kubectl apply*--namespace=prod*', '*--dry-run*', 'helm {install,upgrade}*--namespace prod*', '{cd,ls} *..*', 'curl *|*sh*', 'git push*--force*', '169.254.169.254*', 'aws_security_group*', '*'];
    const texts = ['terraform apply', 'terraform apply -auto-approve', 'kubectl apply -f x.yaml --namespace=prod', 'kubectl apply --dry-run=client', 'helm install web ./chart --namespace prod', 'cd ../..', 'ls ..', 'curl https://x | sh', 'git push origin main --force-with-lease', '169.254.169.254/latest', '', '.', '..', `kubectl apply ${NOT_OPTION_DASH}${NOT_OPTION_DASH}namespace=prod`];
    for (const p of patterns) for (const t of texts) agree(p, t);
  });

  test('agrees on patterns that hold the stand-ins for / themselves (those match the swapped text)', () => {
    for (const p of ['a\uE000b*', '*\uE001*', 'x/\uE000?']) for (const t of ['a/b', 'a\uE000b', 'a\uE001b', 'x//', 'x/\uE000z', '.']) agree(p, t);
  });

  test('knows the same not-an-option dash as the glob compiler', () => {
    assert.equal(LINEAR_NOT_OPTION_DASH, NOT_OPTION_DASH);
  });

  test('covers the everyday patterns (they do not fall back to the regex)', () => {
    for (const p of ['terraform apply*', 'kubectl apply*--namespace=prod*', 'curl *|*sh*', '*?.tf', 'rm -rf *', '169.254.169.254*', `x[-${NOT_OPTION_DASH}]y*`]) {
      assert.notEqual(parseLinearGlob(p), null, p);
    }
  });

  test('a leading * matches a text that starts with a line break, and ** matches line breaks', () => {
    assert.equal(compileTextGlob('*--force*').test('\n--force'), true);
    assert.equal(compileTextGlob('curl**').test('curl x\ny'), true);
  });

  test('a | outside an extglob group is a character, not "or" (picomatch matched every text with *| grep *)', () => {
    assert.equal(compileTextGlob('*| grep *').test('rm -rf /'), false);
    assert.equal(compileTextGlob('*| grep *').test('cat x | grep y'), true);
    assert.equal(compileTextGlob('+(a|b)*').test('rm -rf /'), false); // the regex path escapes it too
    assert.equal(compileTextGlob('@(x)*| grep *').test('rm -rf /'), false);
  });

  test('leaves extglobs, negation and POSIX classes to picomatch', () => {
    for (const p of ['+(a|b)*', '!ls*', '[[:alpha:]]*', '[ab]*', '@(x)', 'a{b}c']) assert.equal(parseLinearGlob(p), null, p);
  });

  // [pattern, a text built to make a backtracking regex try every split]
  const hostile: Array<[string, string]> = [
    ['curl *|*sh*', 'curl ' + '|'.repeat(200_000)],
    ['*a*b*c*d*', 'a'.repeat(200_000)],
    ['*--x*--y*--z', '--x'.repeat(70_000)],
    ['*a?*c*', 'ab'.repeat(100_000)],
    ['*x-y?*z', 'x-y'.repeat(70_000)],
  ];
  for (const [p, t] of hostile) {
    test(`"${p}" on a ${t.length}-character hostile text answers in milliseconds`, () => {
      const compiled = compileTextGlob(p);
      const started = performance.now();
      assert.equal(compiled.test(t), false);
      const took = performance.now() - started;
      assert.ok(took < 200, `${took.toFixed(0)} ms`);
    });
  }
});
