// The hook reads its standard input with readSync (no stream to set up) when it is
// the process's own; what it reads must be all of it, whatever the size, as the stream gives it.
import assert from 'node:assert/strict';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { test } from 'node:test';
import { readStandardInput } from '../../src/cli/read-stream.js';
import { tempDir } from '../helpers/cli.js';

const io = (stdin: Readable, stdinFd?: number) => ({ stdout: new PassThrough(), stderr: new PassThrough(), stdin, stdinFd, cwd: '.', env: {}, isTTY: false });

test('a descriptor is read to its end, multi-byte characters across the read size included', async (t) => {
  const text = JSON.stringify({ tool_input: { content: 'é€😀'.repeat(50_000) } });
  const file = join(tempDir(t), 'input.json');
  writeFileSync(file, text);
  const fd = openSync(file, 'r');
  t.after(() => closeSync(fd));
  assert.equal(await readStandardInput(io(Readable.from([]), fd)), text);
});

test('without a descriptor the stream is read', async () => {
  assert.equal(await readStandardInput(io(Readable.from([Buffer.from('{"a":'), Buffer.from('1}')]))), '{"a":1}');
});
