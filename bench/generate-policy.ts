// A generated 1,000-rule policy: the example DevOps policy plus rules for many
// teams, services and environments, the way a large organisation's policy grows.
// Rules cycle through every action type and effect with realistic globs
// (braces, `**`, wildcards in the middle); no `?` or `[…]`, so every rule also
// has a Cedar equivalent (see CEDAR.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compilePolicies } from '../src/policy/load.js';
import type { Effect, PolicySet } from '../src/types.js';

interface Template {
  action: string;
  effect: Effect;
  key: string;
  pattern: (n: number) => string;
}

const TEMPLATES: Template[] = [
  { action: 'shell.execute', effect: 'deny', key: 'command', pattern: (n) => `kubectl {apply,delete,scale}*--namespace=team-${n}-prod*` },
  { action: 'shell.execute', effect: 'allow', key: 'command', pattern: (n) => `kubectl {get,describe,logs}*--namespace=team-${n}*` },
  { action: 'shell.execute', effect: 'require_approval', key: 'command', pattern: (n) => `helm {install,upgrade} svc-${n}*--namespace prod*` },
  { action: 'shell.execute', effect: 'deny', key: 'command', pattern: (n) => `terraform -chdir=envs/env-${n} {apply,destroy}*` },
  { action: 'shell.execute', effect: 'allow', key: 'command', pattern: (n) => `terraform -chdir=envs/env-${n} plan*` },
  { action: 'shell.execute', effect: 'deny', key: 'command', pattern: (n) => `aws s3 {rm,rb} s3://bucket-${n}*` },
  { action: 'shell.execute', effect: 'allow', key: 'command', pattern: (n) => `make -C services/svc-${n} {test,lint,build}*` },
  { action: 'shell.execute', effect: 'deny', key: 'command', pattern: (n) => `docker push registry.example.com/team-${n}/*` },
  { action: 'shell.execute', effect: 'allow', key: 'command', pattern: (n) => `npm --workspace=pkg-${n} {test,run lint}*` },
  { action: 'shell.execute', effect: 'deny', key: 'command', pattern: (n) => `gcloud *--project=proj-${n}*delete*` },
  { action: 'file.read', effect: 'deny', key: 'path', pattern: (n) => `services/svc-${n}/**/*.{key,pem,p12}` },
  { action: 'file.read', effect: 'allow', key: 'path', pattern: (n) => `services/svc-${n}/**` },
  { action: 'file.read', effect: 'deny', key: 'path', pattern: (n) => `{**/.env.svc${n},**/svc-${n}-credentials.json}` },
  { action: 'file.write', effect: 'allow', key: 'path', pattern: (n) => `services/svc-${n}/src/**/*.{ts,tsx,js}` },
  { action: 'file.write', effect: 'deny', key: 'path', pattern: (n) => `services/svc-${n}/{Dockerfile,.github/**}` },
  { action: 'file.write', effect: 'require_approval', key: 'path', pattern: (n) => `infra/env-${n}/**/*.tf` },
  { action: 'network.request', effect: 'allow', key: 'destination', pattern: (n) => `api-${n}.internal.example.com/*` },
  { action: 'network.request', effect: 'deny', key: 'destination', pattern: (n) => `*.svc-${n}.corp.example.com*` },
  { action: 'infra.change', effect: 'deny', key: 'address', pattern: (n) => `module.env-${n}.aws_{iam,kms}_*` },
  { action: 'infra.change', effect: 'require_approval', key: 'address', pattern: (n) => `module.env-${n}.aws_{db_instance,rds_cluster}.*` },
];

export const EXAMPLE_POLICIES = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', 'examples', 'devops', '.safeclaw');
const EXAMPLE_FILE = join(EXAMPLE_POLICIES, 'policies', 'devops-agent.yaml');

/** YAML text of `count - exampleRules` generated rules (the example's rules come from its own file). */
export function generatedPolicyYaml(count: number): string {
  const lines = ['rules:'];
  for (let i = 0; i < count; i++) {
    const template = TEMPLATES[i % TEMPLATES.length];
    const n = Math.floor(i / TEMPLATES.length);
    lines.push(
      `  - id: gen-${String(i).padStart(4, '0')}`,
      `    action: ${template.action}`,
      `    effect: ${template.effect}`,
      `    conditions:`,
      `      ${template.key}:`,
      `        pattern: ${JSON.stringify(template.pattern(n))}`,
      `    reason: "generated rule ${i} (${template.action} ${template.effect})"`,
    );
  }
  return lines.join('\n') + '\n';
}

/** The example policy plus generated rules, `total` rules in all, compiled as `loadPolicies` would (by `compile`: the sources' or the bundle's). */
export function largePolicySet(total: number, compile: typeof compilePolicies = compilePolicies): PolicySet {
  const example = readFileSync(EXAMPLE_FILE, 'utf8');
  const exampleSet = compile([{ file: 'devops-agent.yaml', text: example }], EXAMPLE_POLICIES);
  const generated = generatedPolicyYaml(total - exampleSet.rules.length);
  return compile(
    [
      { file: 'devops-agent.yaml', text: example },
      { file: 'generated.yaml', text: generated },
    ],
    EXAMPLE_POLICIES,
  );
}
