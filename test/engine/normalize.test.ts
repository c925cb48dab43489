import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { destinationReadings, normalizeDestination, normalizePath } from '../../src/engine/normalize.js';

describe('paths are normalised before matching', () => {
  const cases: Array<[string, string]> = [
    ['.env', '.env'],
    ['./.env', '.env'],
    ['a//b///c.txt', 'a/b/c.txt'],
    ['a/./b/../c.txt', 'a/c.txt'],
    ['config/../.env', '.env'],
    ['/repo/infra/main.tf', 'infra/main.tf'],
    ['/repo//infra/./main.tf', 'infra/main.tf'],
    ['/repo', '.'],
    ['/repo/', '.'],
    ['../outside/.env', '/outside/.env'],
    ['../../etc/passwd', '/etc/passwd'],
    ['/etc/passwd', '/etc/passwd'],
    ['/repository-lookalike/x', '/repository-lookalike/x'],
    ['/repo/../repo/x', 'x'],
    ['infra/', 'infra'],
  ];
  for (const [input, expected] of cases) {
    test(`"${input}" → "${expected}"`, () => assert.equal(normalizePath(input, '/repo'), expected));
  }
});

describe('the metadata address cannot be dodged by another spelling', () => {
  const spellings = [
    '169.254.169.254',
    'http://169.254.169.254/latest/meta-data/',
    'HTTP://169.254.169.254:80/latest',
    'https://user:pass@169.254.169.254/',
    'http://2852039166/',
    '2852039166',
    'http://0xa9fea9fe/',
    'http://0xA9FEA9FE/',
    'http://0xa9.0xfe.0xa9.0xfe/',
    'http://0251.0376.0251.0376/',
    'http://0251.254.169.254/',
    'http://169.254.43518/',
    'http://169.16689662/',
    'http://[::ffff:169.254.169.254]/',
    'http://[::ffff:a9fe:a9fe]/',
    'http://[0:0:0:0:0:ffff:a9fe:a9fe]/',
    'http://[::a9fe:a9fe]/',
    'http://[64:ff9b::a9fe:a9fe]/',
    'http://169.254.169.254./',
    'http://%31%36%39.254.169.254/',
    '//169.254.169.254/x',
    'ftp://169.254.169.254/',
    'gopher://169.254.169.254:70/',
  ];
  for (const spelling of spellings) {
    test(`"${spelling}" starts with 169.254.169.254`, () => {
      assert.ok(normalizeDestination(spelling).startsWith('169.254.169.254'), normalizeDestination(spelling));
    });
  }
});

describe('a backslash in the authority is read both ways (RFC 3986 and WHATWG clients disagree)', () => {
  for (const spelling of ['http://evil.example\\@169.254.169.254/', 'http://169.254.169.254\\@evil.example/']) {
    test(`"${spelling}" has a reading that is the metadata service`, () => {
      const readings = destinationReadings(spelling);
      assert.equal(readings.length, 2);
      assert.ok(readings.some((r) => r.startsWith('169.254.169.254')), readings.join(' | '));
    });
  }
});

describe('destinations keep host[:port][/path]', () => {
  const cases: Array<[string, string]> = [
    ['https://Registry.NPMJS.org/yaml?x=1#f', 'registry.npmjs.org/yaml'],
    ['https://api.github.com:443/repos', 'api.github.com:443/repos'],
    ['example.com', 'example.com'],
    ['git@github.com:org/repo.git', 'github.com/org/repo.git'],
    ['ssh://deploy@bastion.internal:2222', 'bastion.internal:2222'],
    ['http://[2001:db8::1]:8080/x', '[2001:db8::1]:8080/x'],
    ['http://[::1]/', '[::1]/'],
    ['metadata.google.internal.', '169.254.169.254'],
    ['169.254.169.254.nip.io', '169.254.169.254'],
    ['x.169-254-169-254.sslip.io', '169.254.169.254'],
    ['a9fea9fe.nip.io', '169.254.169.254'],
    ['[fd00:ec2::254]', '169.254.169.254'],
  ];
  for (const [input, expected] of cases) {
    test(`"${input}" → "${expected}"`, () => assert.equal(normalizeDestination(input), expected));
  }
});

describe('paths already in normal form are kept as they are', () => {
  const kept = ['a', 'a/b/c.txt', '.env', 'a/.env', '..a/b', 'a/..b', 'a/b..', '...', 'x/.../y'];
  for (const path of kept) test(`"${path}"`, () => assert.equal(normalizePath(path, '/repo'), path));
  const changed: Array<[string, string]> = [['a/./b', 'a/b'], ['a/../b', 'b'], ['a//b', 'a/b'], ['a/', 'a'], ['.', '.'], ['..', '/'], ['a/..', '.'], ['./a', 'a']];
  for (const [path, expected] of changed) test(`"${path}" → "${expected}"`, () => assert.equal(normalizePath(path, '/repo'), expected));
});

describe('plain host names are lower-cased without a URL parse; anything else still goes through it', () => {
  const cases: Array<[string, string]> = [['API.GitHub.com/x', 'api.github.com/x'], ['a1.b2', 'a1.b2'], ['1a.example', '1a.example'], ['0x7f.1', '127.0.0.1'], ['xn--bcher-kva.example', 'xn--bcher-kva.example'], ['bücher.example', 'xn--bcher-kva.example']];
  for (const [input, expected] of cases) test(`"${input}" → "${expected}"`, () => assert.equal(normalizeDestination(input), expected));
});
