// Pulumi previews and CloudFormation change sets → infra.change, with the
// documents typed by the published SDK types (@pulumi/pulumi's engine step
// types, @aws-sdk/client-cloudformation's DescribeChangeSet output), so a
// field renamed upstream fails the type-check; and a real Terraform plan from
// the terraform binary where the machine has one.
import type { DescribeChangeSetOutput, Change } from '@aws-sdk/client-cloudformation';
import type { OpType } from '@pulumi/pulumi/automation/stack.js';
import type { StepEventStateMetadata } from '@pulumi/pulumi/automation/events.js';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { loadPolicies } from '../../src/policy/load.js';
import { evaluateAll } from '../../src/engine/gate.js';
import { SourceError } from '../../src/sources/errors.js';
import { readPlanFileActions, type PlanFormat } from '../../src/sources/plan-file.js';
import { PULUMI_UNKNOWN } from '../../src/sources/pulumi-preview.js';
import type { InfraAction } from '../../src/types.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { tempDir } from './helpers.js';

/** One step as `pulumi preview --json` writes it (the engine's states, under newState/oldState). */
interface PreviewStep {
  op: OpType;
  urn: string;
  provider?: string;
  oldState?: Partial<StepEventStateMetadata>;
  newState?: Partial<StepEventStateMetadata>;
  diffReasons?: string[];
}

const STACK = 'urn:pulumi:prod::platform::';
const state = (type: string, name: string, inputs: Record<string, unknown>, parent = ''): Partial<StepEventStateMetadata> => ({
  type,
  urn: `${STACK}${parent ? `${parent}$` : ''}${type}::${name}`,
  custom: true,
  id: '',
  parent: '',
  inputs,
  outputs: {},
  provider: `${STACK}pulumi:providers:aws::default_6_0_0::04da6b54-80e4-46f7-96ec-b56ff0331ba9`,
});
const step = (op: OpType, type: string, name: string, inputs: Record<string, unknown> = {}, parent = ''): PreviewStep => ({
  op,
  urn: `${STACK}${parent ? `${parent}$` : ''}${type}::${name}`,
  ...(op === 'delete' ? { oldState: state(type, name, inputs, parent) } : { newState: state(type, name, inputs, parent) }),
});

function preview(steps: PreviewStep[], extra: Record<string, unknown> = {}) {
  const summary: Partial<Record<OpType, number>> = {};
  for (const s of steps) summary[s.op] = (summary[s.op] ?? 0) + 1;
  return { config: { 'aws:region': 'eu-west-1' }, steps, duration: 2_100_000_000, changeSummary: summary, ...extra };
}

function changeSet(changes: Change[], extra: Partial<DescribeChangeSetOutput> = {}): DescribeChangeSetOutput {
  return {
    ChangeSetName: 'agent-1',
    ChangeSetId: 'arn:aws:cloudformation:eu-west-1:123456789012:changeSet/agent-1/0f1e',
    StackId: 'arn:aws:cloudformation:eu-west-1:123456789012:stack/platform/9a8b',
    StackName: 'platform',
    ExecutionStatus: 'AVAILABLE',
    Status: 'CREATE_COMPLETE',
    Changes: changes,
    IncludeNestedStacks: false,
    ...extra,
  };
}

const resourceChange = (action: 'Add' | 'Modify' | 'Remove' | 'Import' | 'Dynamic', id: string, type: string, properties?: Record<string, unknown>, more: Record<string, unknown> = {}): Change => ({
  Type: 'Resource',
  ResourceChange: {
    Action: action,
    LogicalResourceId: id,
    ResourceType: type,
    ...(action === 'Modify' ? { Replacement: 'False', Scope: ['Properties'] } : {}),
    ...(properties ? { AfterContext: JSON.stringify({ Properties: properties }) } : {}),
    ...more,
  },
});

async function read(t: { after: (fn: () => void) => void }, doc: unknown, format?: PlanFormat): Promise<InfraAction[]> {
  const file = path.join(tempDir(t), 'plan.json');
  writeFileSync(file, JSON.stringify(doc, null, 2));
  return readPlanFileActions(file, 'plan.json', { format });
}
const summary = (a: InfraAction) => `${a.change} ${a.address} ${a.resourceType} ${a.provider}${a.module ? ` module=${a.module}` : ''}`;
const attr = (a: InfraAction, p: string) => a.after?.find((x) => x.path === p);

const openIngress = [{ protocol: 'tcp', fromPort: 22, toPort: 22, cidrBlocks: ['0.0.0.0/0'] }];
const wildcardPolicy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });

describe('Pulumi previews', () => {
  test('each changing step becomes an action: type token, URN name, package, component parents as the module', async (t) => {
    const doc = preview([
      step('same', 'aws:s3/bucket:Bucket', 'logs'),
      step('create', 'aws:ec2/securityGroup:SecurityGroup', 'web-sg', { ingress: openIngress }),
      step('update', 'aws:rds/instance:Instance', 'main', { publiclyAccessible: true }, 'platform:index:Database'),
      step('delete', 'aws:iam/role:Role', 'old'),
      step('read', 'aws:ec2/getVpc:getVpc', 'vpc'),
      step('import', 'aws:s3/bucket:Bucket', 'legacy'),
      step('refresh', 'aws:s3/bucket:Bucket', 'x'),
    ]);
    assert.deepEqual((await read(t, doc)).map(summary), [
      'create web-sg aws:ec2/securityGroup:SecurityGroup aws',
      'update main aws:rds/instance:Instance aws module=platform:index:Database',
      'delete old aws:iam/role:Role aws',
      'import legacy aws:s3/bucket:Bucket aws',
    ]);
  });

  test('a replacement listed as create-replacement, replace and delete-replaced steps is one replace action', async (t) => {
    const doc = preview([step('create-replacement', 'aws:rds/instance:Instance', 'main'), step('replace', 'aws:rds/instance:Instance', 'main'), step('delete-replaced', 'aws:rds/instance:Instance', 'main')]);
    assert.deepEqual((await read(t, doc)).map(summary), ['replace main aws:rds/instance:Instance aws']);
  });

  test('every engine op (OpType) is read, none is an error', async (t) => {
    const ops: Record<OpType, string> = {
      same: 'skip', create: 'create', update: 'update', delete: 'delete', replace: 'replace', 'create-replacement': 'replace', 'delete-replaced': 'replace',
      read: 'skip', 'read-replacement': 'skip', refresh: 'skip', discard: 'skip', 'discard-replaced': 'skip', 'remove-pending-replace': 'delete', import: 'import', 'import-replacement': 'import',
    };
    for (const [op, expected] of Object.entries(ops) as [OpType, string][]) {
      const actions = await read(t, preview([step(op, 'aws:s3/bucket:Bucket', `b-${op}`)]));
      assert.deepEqual(actions.map((a) => a.change), expected === 'skip' ? [] : [expected], op);
    }
  });

  test('inputs become attributes, also under their Terraform snake_case paths; embedded IAM JSON is flattened', async (t) => {
    const [sg, db, policy] = await read(t, preview([
      step('create', 'aws:ec2/securityGroup:SecurityGroup', 'web-sg', { ingress: openIngress }),
      step('create', 'aws:rds/instance:Instance', 'main', { publiclyAccessible: true }),
      step('create', 'aws:iam/policy:Policy', 'admin', { policy: wildcardPolicy }),
    ]));
    assert.equal(attr(sg, 'ingress.0.cidrBlocks.0')?.value, '0.0.0.0/0');
    assert.equal(attr(sg, 'ingress.0.cidr_blocks.0')?.value, '0.0.0.0/0');
    assert.equal(attr(db, 'publicly_accessible')?.value, 'true');
    assert.equal(attr(policy, 'policy.Statement.0.Action')?.value, '*');
  });

  test('unknown values (the engine sentinel) and secrets are marked, and a secret is never copied', async (t) => {
    const [db] = await read(t, preview([
      step('create', 'aws:rds/instance:Instance', 'main', {
        endpoint: PULUMI_UNKNOWN,
        password: { '4dabf18193072939515e22adb298388d': '1b47061264138c4ac30d75fd1eb44270', value: 'hunter2-secret' },
        username: '[secret]',
      }),
    ]));
    assert.deepEqual(attr(db, 'endpoint'), { path: 'endpoint', value: '', unknown: true });
    assert.deepEqual(attr(db, 'password'), { path: 'password', value: '', sensitive: true });
    assert.deepEqual(attr(db, 'username'), { path: 'username', value: '', sensitive: true });
    assert.doesNotMatch(JSON.stringify(db), /hunter2/);
  });

  const refused: { name: string; doc: unknown; message: RegExp }[] = [
    { name: 'a preview with an error diagnostic', doc: preview([], { diagnostics: [{ message: 'error: aws:rds: InvalidParameterCombination\nmore', severity: 'error' }] }), message: /the preview failed \(1 error diagnostic: error: aws:rds: InvalidParameterCombination\)/ },
    { name: 'a step with an unknown op', doc: { steps: [{ op: 'explode', urn: `${STACK}aws:s3/bucket:Bucket::b` }] }, message: /unknown step op "explode"/ },
    { name: 'a step without a URN', doc: { steps: [{ op: 'create' }] }, message: /step "create" has no Pulumi "urn"/ },
    { name: 'a changeSummary counting changes with no step listing them', doc: { changeSummary: { create: 2, same: 1 } }, message: /counts 2 change\(s\) but no step lists one/ },
  ];
  for (const c of refused) {
    test(`${c.name} is refused`, async (t) => {
      await assert.rejects(read(t, c.doc), (err: unknown) => err instanceof SourceError && c.message.test(err.message) && /pulumi preview/.test(err.message));
    });
  }
});

describe('CloudFormation change sets', () => {
  test('Add, Modify (Replacement False/True/Conditional), Remove, Import and Dynamic become create, update, replace, delete, import', async (t) => {
    const doc = changeSet([
      resourceChange('Add', 'WebSG', 'AWS::EC2::SecurityGroup', { GroupDescription: 'web' }),
      resourceChange('Modify', 'Queue', 'AWS::SQS::Queue', { DelaySeconds: 5 }),
      resourceChange('Modify', 'Db', 'AWS::RDS::DBInstance', { DBInstanceClass: 'db.r6g.large' }, { Replacement: 'True' }),
      resourceChange('Modify', 'Bucket', 'AWS::S3::Bucket', { BucketName: 'x' }, { Replacement: 'Conditional' }),
      resourceChange('Remove', 'OldRole', 'AWS::IAM::Role', undefined, { PolicyAction: 'Delete' }),
      resourceChange('Import', 'Legacy', 'AWS::S3::Bucket', { BucketName: 'legacy' }),
      resourceChange('Dynamic', 'Nested', 'AWS::CloudFormation::Stack', {}),
    ]);
    assert.deepEqual((await read(t, doc)).map(summary), [
      'create WebSG AWS::EC2::SecurityGroup aws',
      'update Queue AWS::SQS::Queue aws',
      'replace Db AWS::RDS::DBInstance aws',
      'replace Bucket AWS::S3::Bucket aws',
      'delete OldRole AWS::IAM::Role aws',
      'import Legacy AWS::S3::Bucket aws',
      'replace Nested AWS::CloudFormation::Stack aws',
    ]);
  });

  test('AfterContext properties become attributes, also under the Terraform paths of the mapping table', async (t) => {
    const [sg, db, policy] = await read(t, changeSet([
      resourceChange('Add', 'WebSG', 'AWS::EC2::SecurityGroup', { GroupDescription: 'web', SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' }] }),
      resourceChange('Add', 'Db', 'AWS::RDS::DBInstance', { PubliclyAccessible: true }),
      resourceChange('Add', 'Admin', 'AWS::IAM::ManagedPolicy', { PolicyDocument: JSON.parse(wildcardPolicy) }),
    ]));
    assert.equal(attr(sg, 'SecurityGroupIngress.0.CidrIp')?.value, '0.0.0.0/0');
    assert.equal(attr(sg, 'ingress.0.cidr_blocks.0')?.value, '0.0.0.0/0');
    assert.equal(attr(db, 'publicly_accessible')?.value, 'true');
    assert.equal(attr(policy, 'policy.Statement.0.Action')?.value, '*');
  });

  test('values resolved at execution (Evaluation Dynamic, {{resolve:…}}) are unknown, not values', async (t) => {
    const [db] = await read(t, changeSet([
      resourceChange('Modify', 'Db', 'AWS::RDS::DBInstance', { MasterUserPassword: '{{resolve:secretsmanager:db:SecretString:password}}', DBInstanceClass: 'db.t3.micro' }, {
        Details: [{ Target: { Attribute: 'Properties', Name: 'DBInstanceClass', Path: '/Properties/DBInstanceClass', RequiresRecreation: 'Never' }, Evaluation: 'Dynamic', ChangeSource: 'ParameterReference' }],
      }),
    ]));
    assert.deepEqual(attr(db, 'MasterUserPassword'), { path: 'MasterUserPassword', value: '', unknown: true });
    assert.deepEqual(attr(db, 'DBInstanceClass'), { path: 'DBInstanceClass', value: '', unknown: true });
    assert.doesNotMatch(JSON.stringify(db), /secretsmanager/);
  });

  const refused: { name: string; doc: unknown; message: RegExp }[] = [
    { name: 'a failed change set', doc: changeSet([], { Status: 'FAILED', StatusReason: 'Template format error: Unresolved resource dependencies [Vpc]' }), message: /the change set is "FAILED" \(Template format error/ },
    { name: 'a change set still being created', doc: changeSet([], { Status: 'CREATE_IN_PROGRESS' }), message: /"CREATE_IN_PROGRESS", not CREATE_COMPLETE/ },
    { name: 'one page of a paginated change set', doc: changeSet([resourceChange('Remove', 'A', 'AWS::SQS::Queue')], { NextToken: 'eyJ4IjoxfQ==' }), message: /has more pages \("NextToken"\)/ },
    { name: 'an Add without property values', doc: changeSet([resourceChange('Add', 'WebSG', 'AWS::EC2::SecurityGroup')]), message: /WebSG: the change set has no property values \("AfterContext"\)/ },
    { name: 'a Modify with an unknown Replacement', doc: changeSet([resourceChange('Modify', 'Q', 'AWS::SQS::Queue', {}, { Replacement: 'Maybe' })]), message: /unknown "Replacement" "Maybe"/ },
  ];
  for (const c of refused) {
    test(`${c.name} is refused`, async (t) => {
      await assert.rejects(read(t, c.doc), (err: unknown) => err instanceof SourceError && c.message.test(err.message));
    });
  }

  test('a change set that changes nothing (FAILED: "didn\'t contain changes") is read as no changes', async (t) => {
    const doc = changeSet([], { Status: 'FAILED', StatusReason: "The submitted information didn't contain changes. Submit different information to create a change set." });
    assert.deepEqual(await read(t, doc), []);
  });
});

describe('the plan format is told by the content, and can be forced', () => {
  test('a document with the keys of two formats is refused as ambiguous', async (t) => {
    await assert.rejects(read(t, { format_version: '1.2', resource_changes: [], steps: [] }), /ambiguous plan: it has the top-level keys of a Terraform\/OpenTofu plan \(format_version, resource_changes\) and of a Pulumi preview \(steps\)/);
  });

  test('JSON of no format is not a plan', async (t) => {
    await assert.rejects(read(t, { hello: 'world' }), /not a plan: it is not a Terraform\/OpenTofu plan, a Pulumi preview, a CloudFormation change set/);
  });

  test('--plan-format terraform on a Pulumi preview says it is not a Terraform plan', async (t) => {
    await assert.rejects(read(t, preview([step('create', 'aws:s3/bucket:Bucket', 'b')]), 'terraform'), /not a Terraform\/OpenTofu plan: no "format_version"/);
  });

  test('the same deny rule on ingress.*.cidr_blocks.* denies an open security group in all three formats', async (t) => {
    const dir = tempDir(t);
    mkdirSync(path.join(dir, '.safeclaw/policies'), { recursive: true });
    writeFileSync(
      path.join(dir, '.safeclaw/policies/p.yaml'),
      `rules:
  - id: allow-creates
    action: infra.change
    effect: allow
    conditions: { change: { pattern: create } }
    reason: reviewed
  - id: no-open-ingress
    action: infra.change
    effect: deny
    conditions: { after: { path: "ingress.*.cidr_blocks.*", pattern: "0.0.0.0/0" } }
    reason: open to the internet
`,
    );
    const policySet = await loadPolicies(path.join(dir, '.safeclaw'));
    const tf = { format_version: '1.2', resource_changes: [{ address: 'aws_security_group.web', type: 'aws_security_group', provider_name: 'registry.terraform.io/hashicorp/aws', change: { actions: ['create'], after: { ingress: [{ cidr_blocks: ['0.0.0.0/0'] }] } } }] };
    const pulumi = preview([step('create', 'aws:ec2/securityGroup:SecurityGroup', 'web', { ingress: openIngress })]);
    const cfn = changeSet([resourceChange('Add', 'Web', 'AWS::EC2::SecurityGroup', { SecurityGroupIngress: [{ IpProtocol: 'tcp', CidrIp: '0.0.0.0/0' }] })]);
    for (const doc of [tf, pulumi, cfn]) {
      const result = evaluateAll(policySet, await read(t, doc));
      assert.deepEqual(result.items.map((i) => i.decision.rule), ['no-open-ingress']);
    }
    const closed = preview([step('create', 'aws:ec2/securityGroup:SecurityGroup', 'web', { ingress: [{ cidrBlocks: ['10.0.0.0/8'] }] })]);
    assert.deepEqual(evaluateAll(policySet, await read(t, closed)).items.map((i) => i.decision.rule), ['allow-creates']);
  });

  test('the CLI reads a change set with --plan and refuses a bad --plan-format', async (t) => {
    const dir = tempDir(t);
    const text = JSON.stringify(changeSet([resourceChange('Remove', 'Db', 'AWS::RDS::DBInstance')]), null, 2);
    writeFileSync(path.join(dir, 'cs.json'), text);
    // The entry's line: where its object opens, the line before "Type": "Resource".
    const line = text.split('\n').findIndex((l) => l.includes('"Type": "Resource"'));
    const policies = path.join(ROOT, 'examples/devops/.safeclaw');
    const run = await runCli(['check', '--policies', policies, '--format', 'json', '--plan', 'cs.json'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    const out = JSON.parse(run.stdout) as { results: { input: Record<string, unknown>; origin: { file: string; line: number } }[] };
    assert.deepEqual(out.results.map((r) => [r.input.change, r.input.address, r.origin.file, r.origin.line]), [['delete', 'Db', 'cs.json', line]]);
    const bad = await runCli(['check', '--policies', policies, '--plan', 'cs.json', '--plan-format', 'cdk'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--plan-format must be one of auto, terraform, pulumi, cloudformation/);
  });
});

describe('a real plan from the terraform binary', () => {
  const terraform = spawnSync('terraform', ['version'], { encoding: 'utf8' });
  if (terraform.status !== 0) {
    // Said loudly: the test below did not run, it did not pass.
    console.error('SKIPPED: terraform is not installed on this machine; the real-plan test did not run');
  }
  test('terraform plan + show -json of terraform_data resources is read with --plan-format auto', { skip: terraform.status !== 0 ? 'terraform is not installed (the test did not run)' : false }, async (t) => {
    const dir = tempDir(t);
    writeFileSync(path.join(dir, 'main.tf'), 'resource "terraform_data" "web" {\n  input = { cidr = "0.0.0.0/0" }\n}\nresource "terraform_data" "db" {\n  input = "db"\n}\n');
    const env = { ...process.env, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: '/dev/null' };
    execFileSync('terraform', ['init', '-input=false', '-no-color'], { cwd: dir, env, stdio: 'pipe' });
    execFileSync('terraform', ['plan', '-input=false', '-no-color', '-out=tfplan'], { cwd: dir, env, stdio: 'pipe' });
    writeFileSync(path.join(dir, 'plan.json'), execFileSync('terraform', ['show', '-json', 'tfplan'], { cwd: dir, env, maxBuffer: 1 << 26 }));
    const actions = await readPlanFileActions(path.join(dir, 'plan.json'), 'plan.json');
    assert.deepEqual(actions.map(summary).sort(), ['create terraform_data.db terraform_data terraform.io/builtin/terraform', 'create terraform_data.web terraform_data terraform.io/builtin/terraform']);
    assert.equal(attr(actions.find((a) => a.address === 'terraform_data.web')!, 'input.cidr')?.value, '0.0.0.0/0');
  });
});
