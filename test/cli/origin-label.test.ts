// Where an action came from, as the CLI's text output labels it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeOrigin } from '../../src/cli/format.js';
import type { Action } from '../../src/types.js';

const shell = (origin: Action['origin']): Action => ({ type: 'shell.execute', command: 'ls', origin });

test('a PR body read from a file (check --pr-body FILE) is labelled with that file and line', () => {
  assert.equal(describeOrigin(shell({ source: 'pr-body', file: 'docs/pr.md', line: 12, detail: 'sh block' })), 'docs/pr.md:12 (PR body)');
});

test("the Action's PR body, which has no file, is labelled PR body:LINE", () => {
  assert.equal(describeOrigin(shell({ source: 'pr-body', file: 'PR body', line: 3 })), 'PR body:3');
  assert.equal(describeOrigin(shell({ source: 'pr-body' })), 'PR body');
});

test('other origins show file:line, or the source', () => {
  assert.equal(describeOrigin(shell({ source: 'commands', file: 'session.jsonl', line: 4 })), 'session.jsonl:4');
  assert.equal(describeOrigin(shell({ source: 'cli' })), 'cli');
  assert.equal(describeOrigin(shell(undefined)), '');
});
