import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Log, Result } from 'sarif';
import { DEFAULT_DENY_RULE_ID } from '../../src/report/action-text.js';
import { renderSarif } from '../../src/report/sarif.js';
import { sarifSchemaPath, sarifValidator } from './sarif-schema.js';
import { HOSTILE_TEXTS, gateResult, hostilePullRequest, item, manyActions, samplePullRequest } from './sample-result.js';

const schemaPath = sarifSchemaPath(new URL('../..', import.meta.url).pathname);

function results(log: Log): Result[] {
  return log.runs[0].results ?? [];
}

describe('SARIF log', () => {
  test('validates against the SARIF 2.1.0 JSON schema', () => {
    const validate = sarifValidator(schemaPath);
    for (const log of [renderSarif(samplePullRequest()), renderSarif(hostilePullRequest()), renderSarif(gateResult([])), renderSarif(manyActions(200))]) {
      const ok = validate(JSON.parse(JSON.stringify(log)));
      assert.ok(ok, JSON.stringify(validate.errors, null, 2));
    }
  });

  test('the schema validator rejects a log that breaks the schema', () => {
    const validate = sarifValidator(schemaPath);
    const log = JSON.parse(JSON.stringify(renderSarif(samplePullRequest())));
    log.runs[0].results[0].level = 'fatal';
    assert.equal(validate(log), false);
  });

  // Without the schema, the parts GitHub code scanning relies on, checked one by one.
  test('has the version, a tool driver, and every result refers to a rule of that driver', () => {
    const log = renderSarif(samplePullRequest());
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema ?? '', /sarif-schema-2\.1\.0\.json$/);
    assert.equal(log.runs.length, 1);
    const driver = log.runs[0].tool.driver;
    assert.equal(driver.name, 'SafeClaw');
    for (const result of results(log)) {
      assert.equal(typeof result.ruleIndex, 'number');
      assert.equal(driver.rules?.[result.ruleIndex!].id, result.ruleId);
      assert.ok(result.message.text && result.message.text.length > 0);
    }
  });

  test('has one result per denied or approval-needed action and none for allowed ones', () => {
    const gate = samplePullRequest();
    const log = renderSarif(gate);
    assert.equal(results(log).length, gate.counts.deny + gate.counts.require_approval);
    assert.deepEqual(
      results(log).map((r) => r.ruleId),
      ['deny-terraform-apply-prod', 'deny-dotenv', DEFAULT_DENY_RULE_ID, 'approve-security-groups'],
    );
  });

  test('levels are error for deny and warning for approval', () => {
    const levels = results(renderSarif(samplePullRequest())).map((r) => r.level);
    assert.deepEqual(levels, ['error', 'error', 'error', 'warning']);
  });

  test('the driver lists each referenced rule once, default deny included', () => {
    const gate = samplePullRequest();
    gate.items.push(gate.items[1]);
    const rules = renderSarif(gate).runs[0].tool.driver.rules ?? [];
    assert.deepEqual(
      rules.map((r) => r.id),
      ['deny-terraform-apply-prod', 'deny-dotenv', DEFAULT_DENY_RULE_ID, 'approve-security-groups'],
    );
    assert.equal(rules.find((r) => r.id === 'approve-security-groups')?.defaultConfiguration?.level, 'warning');
  });

  test('policy rules given in options describe the reported rules and where they are written', () => {
    const log = renderSarif(samplePullRequest(), {
      rules: [{ id: 'deny-dotenv', effect: 'deny', reason: 'Secrets stay secret', position: { file: '.safeclaw/policies/p.yaml', line: 7, column: 5 } }],
    });
    const rule = log.runs[0].tool.driver.rules?.find((r) => r.id === 'deny-dotenv');
    assert.equal(rule?.shortDescription?.text, 'Secrets stay secret');
    assert.match(rule?.help?.text ?? '', /\.safeclaw\/policies\/p\.yaml:7:5/);
  });

  test('the message gives the reason, the action text and the deciding part', () => {
    const [apply] = results(renderSarif(samplePullRequest()));
    assert.equal(
      apply.message.text,
      'Denied by deny-terraform-apply-prod: terraform apply against production needs the release pipeline. ' +
        'Action (shell): cd infra/prod && terraform apply -auto-approve. Deciding part (shell.execute): terraform apply -auto-approve',
    );
  });

  test('a result is located at the origin file and line', () => {
    const [apply] = results(renderSarif(samplePullRequest()));
    assert.deepEqual(apply.locations, [
      { physicalLocation: { artifactLocation: { uri: 'agent/commands.sh', uriBaseId: '%SRCROOT%' }, region: { startLine: 12 } } },
    ]);
  });

  test('an origin file without a line is located at the file alone', () => {
    const plan = results(renderSarif(samplePullRequest()))[3];
    assert.deepEqual(plan.locations?.[0].physicalLocation?.artifactLocation?.uri, 'plans/prod.json');
    assert.equal(plan.locations?.[0].physicalLocation?.region, undefined);
  });

  test('an action from the PR body has no location and says where it was found', () => {
    const metadata = results(renderSarif(samplePullRequest()))[2];
    assert.equal(metadata.locations, undefined);
    assert.match(metadata.message.text ?? '', /Found in: PR body$/);
  });

  test('file names are written as URI references', () => {
    const gate = gateResult([
      item({ type: 'file.write', path: 'docs/my notes#1.md', origin: { source: 'diff', file: './docs/my notes#1.md', line: 2 } }, { decision: 'deny', rule: 'r', reason: 'no' }),
    ]);
    const uri = results(renderSarif(gate))[0].locations?.[0].physicalLocation?.artifactLocation?.uri;
    assert.equal(uri, 'docs/my%20notes%231.md');
  });

  test('the same action and rule get the same fingerprint on every run, a different action another', () => {
    const a = results(renderSarif(samplePullRequest()));
    const b = results(renderSarif(samplePullRequest()));
    assert.deepEqual(a.map((r) => r.partialFingerprints), b.map((r) => r.partialFingerprints));
    assert.equal(new Set(a.map((r) => r.partialFingerprints?.['safeclawAction/v1'])).size, a.length);
  });

  test('hostile action text is carried as it is, it is plain text in SARIF', () => {
    const texts = results(renderSarif(hostilePullRequest())).map((r) => r.message.text ?? '');
    const denied = HOSTILE_TEXTS.filter((_, i) => i % 3 !== 2);
    assert.equal(texts.length, denied.length);
    denied.forEach(({ text }, i) => assert.ok(texts[i].includes(text), `message ${i} holds its action text`));
  });

  test('the run records the verdict, policy digest and audit head', () => {
    const gate = samplePullRequest();
    const props = renderSarif(gate).runs[0].properties;
    assert.deepEqual(props, { verdict: 'deny', policyDigest: gate.policyDigest, auditHead: gate.audit!.head, auditRecords: gate.audit!.records });
  });
});
