// Run-time words are decided harmless when an allow pattern ending in `*` covers
// the command's known start (src/engine/evaluate.ts, coversOpenEnd). A pattern
// written with brace alternatives covers it through an alternative that ends in
// `*`, and only through one: an exact alternative covers no further word.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { evaluate } from '../../src/engine/evaluate.js';
import { policyFrom, rule, rules, shellReady } from '../helpers/policy.js';

before(() => shellReady);

const judge = (patterns: string[], command: string) =>
  evaluate(policyFrom(rules(rule('allow-ls', 'shell.execute', 'allow', { command: patterns }))), { type: 'shell.execute', command }).decision;

test('{ls,ls *} covers a run-time glob as ls* and ["ls", "ls *"] do', () => {
  for (const patterns of [['{ls,ls *}'], ['ls', 'ls *'], ['ls*']]) {
    assert.equal(judge(patterns, 'ls infra/*.tf'), 'allow', patterns.join(' '));
  }
});

test('an exact alternative covers no run-time word, whatever other alternative ends in *', () => {
  assert.equal(judge(['{ls infra/,cat *}'], 'ls infra/*.tf'), 'deny');
  assert.equal(judge(['{ls infra,ls docs*}'], 'ls infra/*.tf'), 'deny');
  assert.equal(judge(['{ls,ls -la}'], 'ls infra/*.tf'), 'deny');
  assert.equal(judge(['{ls \\*,x}'], 'ls infra/*.tf'), 'deny', 'an escaped star is a literal star');
});

test('nested alternatives are expanded: {cat x,l{s,a} *} covers ls through l{s,a} *', () => {
  assert.equal(judge(['{cat x,l{s,a} *}'], 'ls infra/*.tf'), 'allow');
  assert.equal(judge(['{cat x,l{s,a} *}'], 'lx infra/*.tf'), 'deny');
});
