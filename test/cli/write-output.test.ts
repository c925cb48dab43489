// writeStandardOutput: the hook's answer through the descriptor (no stream made),
// whole, or through the stream when there is no descriptor.
import assert from 'node:assert/strict';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import type { CliIO } from '../../src/cli/io.js';
import { writeStandardOutput } from '../../src/cli/write-output.js';
import { tempDir } from '../helpers/cli.js';

const io = (stdoutFd: number | undefined, stdout = new PassThrough()): CliIO => ({ stdout, stderr: new PassThrough(), stdin: new PassThrough(), stdoutFd, cwd: '/', env: {}, isTTY: false });

test('writes the whole text to the descriptor, without the stream', (t) => {
  const file = join(tempDir(t), 'out.txt');
  const fd = openSync(file, 'w');
  const stream = new PassThrough();
  const text = `${'{"answer":"ü…"}'.repeat(20_000)}\n`;
  writeStandardOutput(io(fd, stream), text);
  closeSync(fd);
  assert.equal(readFileSync(file, 'utf8'), text);
  assert.equal(stream.read(), null);
});

test('writes to the stream when there is no descriptor', () => {
  const stream = new PassThrough();
  writeStandardOutput(io(undefined, stream), 'answer\n');
  assert.equal(String(stream.read()), 'answer\n');
});

test('a descriptor that cannot be written is an error, not a silent loss', () => {
  assert.throws(() => writeStandardOutput(io(987_654), 'answer\n'), { code: 'EBADF' });
});
