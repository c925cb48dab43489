// Programs that print or compare what their file operands hold imply a read of
// each operand (src/shell/implied.ts, READERS), so a file rule judges `rev .env`
// as it judges `cat .env`; an option's value is not taken for a file.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { impliedActions } from '../../src/shell/implied.js';

const reads = (line: string) => {
  const [program, ...args] = line.split(' ').map((text) => ({ text }));
  return impliedActions(program.text, args).map((t) => (t.action.type === 'file.read' ? t.action.path : `${t.action.type}`));
};

describe('a filter or checksum reads its file operands', () => {
  const cases: [string, string[]][] = [
    ['rev .env', ['.env']],
    ['paste -d , .env b', ['.env', 'b']],
    ['cmp -n 10 .env x', ['.env', 'x']],
    ['comm -12 .env x', ['.env', 'x']],
    ['fold -w 20 .env', ['.env']],
    ['fmt -w 60 .env', ['.env']],
    ['expand -t 4 .env', ['.env']],
    ['unexpand --tabs 4 .env', ['.env']],
    ['column -t -s , .env', ['.env']],
    ['cksum -a sha256 .env', ['.env']],
    ['sum .env', ['.env']],
    ['b2sum -l 256 .env', ['.env']],
    ['sha512sum .env', ['.env']],
    ['shasum -a 256 .env', ['.env']],
    ['zcat secrets.gz', ['secrets.gz']],
    ['bzcat secrets.bz2', ['secrets.bz2']],
    ['xzcat secrets.xz', ['secrets.xz']],
  ];
  for (const [line, expected] of cases) test(JSON.stringify(line), () => assert.deepEqual(reads(line), expected));
});
