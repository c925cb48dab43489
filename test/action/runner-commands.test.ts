// src/action/runner-commands.ts stands in for the @actions/core and @actions/github functions
// the Action used: each must write exactly what the package writes (workflow commands on
// stdout with their escapes, GITHUB_OUTPUT's key<<delimiter blocks, the job summary, the
// exit code) and read inputs and the event as it does. The packages are the reference here.
import * as actionsCore from '@actions/core';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, test } from 'node:test';
import * as ours from '../../src/action/runner-commands.js';
import { ROOT } from './runner.js';

/** @actions/github's Context class (its package exports only the instance made at load). */
type Context = { eventName: string; payload: Record<string, unknown> };
const { Context } = (await import(pathToFileURL(join(ROOT, 'node_modules/@actions/github/lib/context.js')).href)) as { Context: new () => Context };

const dir = mkdtempSync(join(tmpdir(), 'safeclaw-runner-commands-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** What `f` writes to stdout (and the exit code it sets), stdout left as it was. */
function captured(f: () => void): { stdout: string; exitCode: typeof process.exitCode } {
  const write = process.stdout.write;
  const exitCode = process.exitCode;
  let stdout = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  try {
    f();
    return { stdout, exitCode: process.exitCode };
  } finally {
    process.stdout.write = write;
    process.exitCode = exitCode;
  }
}

function withEnv<T>(env: Record<string, string | undefined>, f: () => T): T {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  try {
    return f();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

const MESSAGES = [
  '',
  'plain',
  'Verdict: deny (3 denied, 1 needs approval, 0 allowed)',
  'line one\nline two\r\nthree',
  '100% sure: a,b::c',
  '%25 already escaped %0A',
  'unicode ✅ → ünïcødé',
  '::error::injected',
];

const PROPERTIES: actionsCore.AnnotationProperties[] = [
  {},
  { title: 'SafeClaw: denied' },
  { title: 'a: b, c', file: 'deploy.sh', startLine: 2 },
  { file: '.github/workflows/x,y:z.yml', startLine: 1, endLine: 4, startColumn: 3, endColumn: 9 },
  { title: '100%\nnew line\r', file: 'dir/file name.ts' },
  { title: undefined },
  { title: '', file: '', startLine: 0 },
];

describe('runner commands (the @actions/core formats)', () => {
  test('info, debug, notice, warning and error write what @actions/core writes', () => {
    for (const message of MESSAGES) {
      assert.equal(captured(() => ours.info(message)).stdout, captured(() => actionsCore.info(message)).stdout);
      assert.equal(captured(() => ours.debug(message)).stdout, captured(() => actionsCore.debug(message)).stdout);
      for (const properties of PROPERTIES) {
        for (const kind of ['notice', 'warning', 'error'] as const) {
          const mine = captured(() => ours[kind](message, properties)).stdout;
          assert.equal(mine, captured(() => actionsCore[kind](message, properties)).stdout, `${kind} ${JSON.stringify(message)} ${JSON.stringify(properties)}`);
        }
      }
      assert.equal(captured(() => ours.warning(message)).stdout, captured(() => actionsCore.warning(message)).stdout);
    }
    // The runner reads `::warning file=…,title=…::message` lines: never a raw line break or `::` in a property.
    assert.equal(captured(() => ours.warning('x\ny', { title: 'a::b', file: 'c,d' })).stdout, '::warning title=a%3A%3Ab,file=c%2Cd::x%0Ay\n');
  });

  test('setFailed sets exit code 1 and writes the error', () => {
    for (const message of MESSAGES) {
      const mine = captured(() => ours.setFailed(message));
      const theirs = captured(() => actionsCore.setFailed(message));
      assert.deepEqual(mine, theirs);
      assert.equal(mine.exitCode, 1);
    }
  });

  test('setOutput appends the same key<<delimiter block to GITHUB_OUTPUT (and the old command without it)', () => {
    const file = join(dir, 'output');
    const values: unknown[] = ['deny', '', 'two\nlines', 3, 0, true, null, undefined, { a: 1 }, 'ghadelimiter_ looks like one'];
    const outputs = (set: (name: string, value: unknown) => void) =>
      withEnv({ GITHUB_OUTPUT: file }, () => {
        writeFileSync(file, '');
        for (const [i, value] of values.entries()) set(`name-${i}`, value);
        return readFileSync(file, 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_UUID');
      });
    const mine = outputs((n, v) => ours.setOutput(n, v));
    assert.equal(mine, outputs((n, v) => actionsCore.setOutput(n, v)));
    assert.match(mine, /^name-0<<ghadelimiter_UUID\ndeny\nghadelimiter_UUID\n/);
    // Without GITHUB_OUTPUT: the deprecated set-output workflow command, as @actions/core falls back to.
    withEnv({ GITHUB_OUTPUT: undefined }, () => {
      for (const value of values) assert.equal(captured(() => ours.setOutput('verdict', value)).stdout, captured(() => actionsCore.setOutput('verdict', value)).stdout);
    });
    // A fresh delimiter for every value.
    const delimiters = withEnv({ GITHUB_OUTPUT: file }, () => {
      writeFileSync(file, '');
      ours.setOutput('a', 'x');
      ours.setOutput('b', 'y');
      return [...readFileSync(file, 'utf8').matchAll(/<<(ghadelimiter_[0-9a-f-]{36})\n/g)].map((m) => m[1]);
    });
    assert.equal(new Set(delimiters).size, 2);
    assert.throws(() => ours.keyValueMessage('k', 'a ghadelimiter_x b', 'ghadelimiter_x'), /should not contain the delimiter/);
  });

  test('a missing GITHUB_OUTPUT file is an error, as with @actions/core', () => {
    const missing = join(dir, 'no-such-output');
    const message = (f: () => void) => {
      try {
        f();
        return 'no error';
      } catch (err) {
        return (err as Error).message;
      }
    };
    withEnv({ GITHUB_OUTPUT: missing }, () => assert.equal(message(() => ours.setOutput('a', 'b')), message(() => actionsCore.setOutput('a', 'b'))));
  });

  test('the job summary is appended as core.summary.addRaw(text, true).write() appends it', async () => {
    const file = join(dir, 'summary.md');
    const texts = ['## SafeClaw\n\n| a | b |\n', '', 'no newline', '✅ done\n'];
    const written = async (append: (text: string) => Promise<unknown>) => {
      writeFileSync(file, 'before\n');
      process.env.GITHUB_STEP_SUMMARY = file;
      try {
        for (const text of texts) await append(text);
      } finally {
        delete process.env.GITHUB_STEP_SUMMARY;
      }
      return readFileSync(file, 'utf8');
    };
    assert.equal(await written((t) => ours.appendSummary(t)), await written((t) => actionsCore.summary.addRaw(t, true).write()));
    await assert.rejects(ours.appendSummary('x'), /Unable to find environment variable for \$GITHUB_STEP_SUMMARY/);
    process.env.GITHUB_STEP_SUMMARY = join(dir, 'missing', 'summary.md');
    try {
      await assert.rejects(ours.appendSummary('x'), /Unable to access summary file: '.*missing\/summary\.md'/);
    } finally {
      delete process.env.GITHUB_STEP_SUMMARY;
    }
  });

  test('inputs are read as core.getInput reads them', () => {
    const env = { INPUT_PLAN: '  plan.json\n', INPUT_FAIL_ON: 'deny', 'INPUT_WITH_BLANKS': ' x ', INPUT_EMPTY: '' };
    withEnv(env, () => {
      for (const name of ['plan', 'fail-on', 'FAIL_ON', 'fail_on', 'with blanks', 'empty', 'unset-input']) {
        assert.equal(ours.getInput(name), actionsCore.getInput(name), name);
      }
    });
    // The Action's input names use dashes: fail-on is INPUT_FAIL-ON to the runner.
    withEnv({ 'INPUT_FAIL-ON': ' never ' }, () => assert.equal(ours.getInput('fail-on'), actionsCore.getInput('fail-on')));
  });

  test('the event context is read as @actions/github reads it', () => {
    const event = join(dir, 'event.json');
    writeFileSync(event, JSON.stringify({ action: 'opened', pull_request: { number: 2, body: 'x' } }));
    withEnv({ GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'pull_request' }, () => {
      const theirs = new Context();
      const mine = ours.readEventContext();
      assert.deepEqual(mine, { eventName: theirs.eventName, payload: theirs.payload });
    });
    const missing = join(dir, 'missing-event.json');
    withEnv({ GITHUB_EVENT_PATH: missing, GITHUB_EVENT_NAME: 'push' }, () => {
      let mine: ours.EventContext | undefined;
      let theirs: Context | undefined;
      const a = captured(() => (mine = ours.readEventContext())).stdout;
      const b = captured(() => (theirs = new Context())).stdout;
      assert.equal(a, b);
      assert.match(a, /does not exist/);
      assert.deepEqual(mine, { eventName: theirs!.eventName, payload: theirs!.payload });
    });
    withEnv({ GITHUB_EVENT_PATH: undefined, GITHUB_EVENT_NAME: undefined }, () => {
      const theirs = new Context();
      assert.deepEqual(ours.readEventContext(), { eventName: theirs.eventName, payload: theirs.payload });
    });
  });
});
