// A generator of large Terraform plan JSON files with the shapes `terraform
// show -json` (format 1.2) writes for AWS resources: security groups open to
// 0.0.0.0/0 and ::/0, database instances with `publicly_accessible` and a
// sensitive password, IAM policies whose JSON document allows `"Action": "*"`.
// Used by the tests and by the benchmark (20,000 resources). Resources cycle
// through the three kinds and through create/update/replace/delete/no-op, so
// the expected counts are computable (see `expectedPlanCounts`).
import { closeSync, openSync, writeSync } from 'node:fs';

const AWS = 'registry.terraform.io/hashicorp/aws';
const KINDS = ['aws_security_group', 'aws_db_instance', 'aws_iam_policy'] as const;
const CHANGES = [['create'], ['update'], ['delete', 'create'], ['delete'], ['no-op']] as const;

export interface MadePlanCounts {
  resources: number;
  /** Entries that are not no-op: the infra.change actions a reader must return. */
  changes: number;
  byChange: Record<'create' | 'update' | 'replace' | 'delete', number>;
}

interface Entry {
  changeEntry: Record<string, unknown>;
  planned?: Record<string, unknown>;
}

function kindOf(i: number) {
  return KINDS[i % KINDS.length];
}

function changeOf(i: number) {
  // Offset by the kind so every kind meets every change.
  return CHANGES[Math.floor(i / KINDS.length) % CHANGES.length];
}

function resourceEntry(i: number): Entry {
  const type = kindOf(i);
  const actions = [...changeOf(i)];
  const moduleAddress = i % 2 === 0 ? `module.env${i % 7}` : undefined;
  const name = `r${i}`;
  const address = `${moduleAddress ? `${moduleAddress}.` : ''}${type}.${name}`;
  let after: Record<string, unknown>;
  let afterUnknown: Record<string, unknown>;
  let afterSensitive: Record<string, unknown>;
  if (type === 'aws_security_group') {
    const rule = (port: number) => ({
      cidr_blocks: ['0.0.0.0/0'],
      description: `port ${port}`,
      from_port: port,
      ipv6_cidr_blocks: ['::/0'],
      prefix_list_ids: [],
      protocol: 'tcp',
      security_groups: [],
      self: false,
      to_port: port,
    });
    after = { description: 'Managed by Terraform', egress: [rule(0)], ingress: [rule(443), rule(22)], name: `sg-${i}`, revoke_rules_on_delete: false, tags: { Team: 'platform' }, timeouts: null };
    afterUnknown = { arn: true, id: true, owner_id: true, vpc_id: true, tags_all: true, ingress: [{ cidr_blocks: [false], ipv6_cidr_blocks: [false], prefix_list_ids: [], security_groups: [] }, {}], egress: [{}] };
    afterSensitive = { egress: [{ cidr_blocks: [false], ipv6_cidr_blocks: [false], prefix_list_ids: [], security_groups: [] }], ingress: [{}, {}], tags: {}, tags_all: {} };
  } else if (type === 'aws_db_instance') {
    after = { allocated_storage: 20, engine: 'postgres', engine_version: '16.3', identifier: `db-${i}`, instance_class: 'db.t3.micro', password: `pw-${i}`, publicly_accessible: true, skip_final_snapshot: true, username: 'app', tags: null };
    afterUnknown = { address: true, arn: true, endpoint: true, id: true, port: true };
    afterSensitive = { password: true };
  } else {
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });
    after = { description: 'agent admin', name: `admin-${i}`, path: '/', policy, tags: null };
    afterUnknown = { arn: true, id: true, policy_id: true, tags_all: true };
    afterSensitive = { tags_all: {} };
  }
  const deleting = actions.length === 1 && actions[0] === 'delete';
  const creating = actions[0] === 'create';
  const changeEntry = {
    address,
    ...(moduleAddress ? { module_address: moduleAddress } : {}),
    mode: 'managed',
    type,
    name,
    provider_name: AWS,
    change: {
      actions,
      before: creating ? null : { ...after, id: `id-${i}` },
      after: deleting ? null : after,
      after_unknown: deleting ? {} : afterUnknown,
      before_sensitive: creating ? false : afterSensitive,
      after_sensitive: deleting ? false : afterSensitive,
    },
  };
  const planned = deleting ? undefined : { address, mode: 'managed', type, name, provider_name: AWS, schema_version: 0, values: after, sensitive_values: afterSensitive };
  return { changeEntry, planned };
}

/** The type and change kind of each generated resource that changes, in plan order. */
export function* plannedChanges(resources: number): Generator<{ type: string; change: 'create' | 'update' | 'replace' | 'delete' }> {
  for (let i = 0; i < resources; i++) {
    const key = changeOf(i).join(',');
    if (key === 'no-op') continue;
    yield { type: kindOf(i), change: key === 'delete,create' ? 'replace' : (key as 'create' | 'update' | 'delete') };
  }
}

export function expectedPlanCounts(resources: number): MadePlanCounts {
  const byChange = { create: 0, update: 0, replace: 0, delete: 0 };
  for (let i = 0; i < resources; i++) {
    const key = changeOf(i).join(',');
    if (key === 'create') byChange.create++;
    else if (key === 'update') byChange.update++;
    else if (key === 'delete,create') byChange.replace++;
    else if (key === 'delete') byChange.delete++;
  }
  return { resources, changes: byChange.create + byChange.update + byChange.replace + byChange.delete, byChange };
}

/**
 * Writes a plan of `resources` resources to `file` one entry at a time (the
 * file can be far larger than what is held in memory). `pretty` indents it
 * like the fixtures; terraform itself writes one line. `plannedValues: false`
 * leaves `planned_values` empty (half the size: the reader skips it anyway).
 */
export function writeLargePlan(file: string, resources: number, options: { pretty?: boolean; plannedValues?: boolean } = {}): MadePlanCounts {
  const fd = openSync(file, 'w');
  const json = (v: unknown) => (options.pretty ? JSON.stringify(v, null, 2).replace(/\n/g, '\n    ') : JSON.stringify(v));
  const nl = options.pretty ? '\n' : '';
  try {
    writeSync(fd, `{${nl}"format_version":"1.2",${nl}"terraform_version":"1.7.5",${nl}"planned_values":{"root_module":{"resources":[${nl}`);
    let first = true;
    for (let i = 0; i < resources && options.plannedValues !== false; i++) {
      const { planned } = resourceEntry(i);
      if (!planned) continue;
      writeSync(fd, `${first ? '' : `,${nl}`}    ${json(planned)}`);
      first = false;
    }
    writeSync(fd, `${nl}]}},${nl}"resource_changes":[${nl}`);
    for (let i = 0; i < resources; i++) writeSync(fd, `${i ? `,${nl}` : ''}    ${json(resourceEntry(i).changeEntry)}`);
    writeSync(fd, `${nl}],${nl}"configuration":{"provider_config":{"aws":{"name":"aws","full_name":"${AWS}"}},"root_module":{}},${nl}"timestamp":"2026-11-20T09:00:00Z",${nl}"errored":false${nl}}${nl}`);
  } finally {
    closeSync(fd);
  }
  return expectedPlanCounts(resources);
}

/** The same plan as an object, for tests that want to alter it before writing. */
export function makePlan(resources: number): Record<string, unknown> {
  const entries = Array.from({ length: resources }, (_, i) => resourceEntry(i));
  return {
    format_version: '1.2',
    terraform_version: '1.7.5',
    planned_values: { root_module: { resources: entries.flatMap((e) => (e.planned ? [e.planned] : [])) } },
    resource_changes: entries.map((e) => e.changeEntry),
    configuration: { provider_config: { aws: { name: 'aws', full_name: AWS } }, root_module: {} },
    timestamp: '2026-11-20T09:00:00Z',
    errored: false,
  };
}
