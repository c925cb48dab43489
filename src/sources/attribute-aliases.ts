// So one `after` condition means the same thing on a Terraform plan, a Pulumi
// preview and a CloudFormation change set, attributes of the other two are
// also given under the Terraform path of the same setting. The original path
// is kept too: a rule may use either. Data, not code: a row per setting.
//
// Pulumi's AWS, GCP and Azure providers are bridged from Terraform's, so their
// camelCase input names are Terraform's snake_case names (`cidrBlocks` →
// `cidr_blocks`): converted mechanically. Only segments that start lower-case
// are converted, so keys of embedded JSON documents (`Statement`, `Action`)
// stay as they are on all three. CloudFormation's property model differs from
// Terraform's, so its rows are listed one by one (README: "Same policy text").
import type { InfraAttribute } from '../types.js';

export interface AliasRow {
  /** Resource types the row applies to (exact CloudFormation type names). */
  types: readonly string[];
  /** Path prefix in the source format; `*` stands for one list index. */
  from: string;
  /** The Terraform path it is also given as; `*` takes the index matched in `from`. */
  to: string;
}

export const CLOUDFORMATION_ALIASES: readonly AliasRow[] = [
  // Security groups: one CIDR per rule in CloudFormation, a list in Terraform.
  { types: ['AWS::EC2::SecurityGroup'], from: 'SecurityGroupIngress.*.CidrIp', to: 'ingress.*.cidr_blocks.0' },
  { types: ['AWS::EC2::SecurityGroup'], from: 'SecurityGroupIngress.*.CidrIpv6', to: 'ingress.*.ipv6_cidr_blocks.0' },
  { types: ['AWS::EC2::SecurityGroup'], from: 'SecurityGroupIngress.*.FromPort', to: 'ingress.*.from_port' },
  { types: ['AWS::EC2::SecurityGroup'], from: 'SecurityGroupIngress.*.ToPort', to: 'ingress.*.to_port' },
  { types: ['AWS::EC2::SecurityGroup'], from: 'SecurityGroupEgress.*.CidrIp', to: 'egress.*.cidr_blocks.0' },
  { types: ['AWS::EC2::SecurityGroup'], from: 'SecurityGroupEgress.*.CidrIpv6', to: 'egress.*.ipv6_cidr_blocks.0' },
  { types: ['AWS::EC2::SecurityGroupIngress', 'AWS::EC2::SecurityGroupEgress'], from: 'CidrIp', to: 'cidr_blocks.0' },
  { types: ['AWS::EC2::SecurityGroupIngress', 'AWS::EC2::SecurityGroupEgress'], from: 'CidrIpv6', to: 'ipv6_cidr_blocks.0' },
  // Public databases and buckets.
  { types: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'], from: 'PubliclyAccessible', to: 'publicly_accessible' },
  { types: ['AWS::S3::Bucket'], from: 'PublicAccessBlockConfiguration.BlockPublicAcls', to: 'block_public_acls' },
  { types: ['AWS::S3::Bucket'], from: 'PublicAccessBlockConfiguration.BlockPublicPolicy', to: 'block_public_policy' },
  { types: ['AWS::S3::Bucket'], from: 'PublicAccessBlockConfiguration.IgnorePublicAcls', to: 'ignore_public_acls' },
  { types: ['AWS::S3::Bucket'], from: 'PublicAccessBlockConfiguration.RestrictPublicBuckets', to: 'restrict_public_buckets' },
  { types: ['AWS::S3::Bucket'], from: 'AccessControl', to: 'acl' },
  // IAM documents: Terraform holds them as a JSON string under `policy`, read as `policy.Statement…`.
  { types: ['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::S3::BucketPolicy', 'AWS::SQS::QueuePolicy', 'AWS::SNS::TopicPolicy'], from: 'PolicyDocument', to: 'policy' },
  { types: ['AWS::IAM::Role'], from: 'AssumeRolePolicyDocument', to: 'assume_role_policy' },
  { types: ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'], from: 'Policies.*.PolicyDocument', to: 'inline_policy.*.policy' },
  { types: ['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'], from: 'ManagedPolicyArns', to: 'managed_policy_arns' },
];

/** The rows that apply to one resource type, compiled once per type. */
const rowsByType = new Map<string, { from: string[]; to: string[] }[]>();

function rowsFor(type: string): { from: string[]; to: string[] }[] {
  let rows = rowsByType.get(type);
  if (!rows) {
    rows = CLOUDFORMATION_ALIASES.filter((r) => r.types.includes(type)).map((r) => ({ from: r.from.split('.'), to: r.to.split('.') }));
    rowsByType.set(type, rows);
  }
  return rows;
}

/** Adds the Terraform path of each CloudFormation attribute a row names. */
export function withCloudFormationAliases(type: string, attributes: InfraAttribute[]): InfraAttribute[] {
  const rows = rowsFor(type);
  if (rows.length === 0) return attributes;
  const out = attributes.slice();
  for (const attribute of attributes) {
    const segments = attribute.path.split('.');
    for (const row of rows) {
      const alias = rewrite(segments, row.from, row.to);
      if (alias !== undefined) out.push({ ...attribute, path: alias });
    }
  }
  return out;
}

function rewrite(segments: string[], from: string[], to: string[]): string | undefined {
  if (segments.length < from.length) return undefined;
  const indexes: string[] = [];
  for (let i = 0; i < from.length; i++) {
    if (from[i] === '*') {
      if (!/^\d+$/.test(segments[i])) return undefined;
      indexes.push(segments[i]);
    } else if (from[i] !== segments[i]) return undefined;
  }
  let next = 0;
  const head = to.map((s) => (s === '*' ? indexes[next++] : s));
  return [...head, ...segments.slice(from.length)].join('.');
}

/** Adds the snake_case path of each Pulumi attribute whose path has camelCase names. */
export function withSnakeCaseAliases(attributes: InfraAttribute[]): InfraAttribute[] {
  const out = attributes.slice();
  for (const attribute of attributes) {
    const snake = snakeCasePath(attribute.path);
    if (snake !== attribute.path) out.push({ ...attribute, path: snake });
  }
  return out;
}

export function snakeCasePath(path: string): string {
  return path
    .split('.')
    .map((s) => (/^[a-z][a-z0-9]*[A-Z]/.test(s) ? s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase() : s))
    .join('.');
}
