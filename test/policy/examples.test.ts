// The seed's intended example rules, loaded as a policy, give the decisions
// their reason texts describe — case by case.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import { DEVOPS_EXAMPLE_POLICY } from '../../src/cli/init-templates.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { loadPolicies } from '../../src/policy/load.js';
import type { Action, PolicySet, Verdict } from '../../src/types.js';

const EXAMPLE_DIR = new URL('../../examples/devops/.safeclaw', import.meta.url).pathname;
let policy: PolicySet;
before(async () => {
  policy = await loadPolicies(EXAMPLE_DIR);
});

const cmd = (command: string): Action => ({ type: 'shell.execute', command });
const cases: Array<[string, Action, Verdict, string | null]> = [
  ['"Allow deployments to dev namespace"', cmd('kubectl apply -f deploy.yaml --namespace=dev'), 'allow', 'allow-dev-deploy'],
  ['"Production deployments are made by a human, never by an AI agent"', cmd('kubectl apply -f deploy.yaml --namespace=prod'), 'deny', 'block-prod-deploy'],
  ['"Helm installs to production are blocked" (install)', cmd('helm install web ./chart --namespace prod'), 'deny', 'block-helm-install-prod'],
  ['"Helm installs to production are blocked" (upgrade)', cmd('helm upgrade web ./chart --namespace prod'), 'deny', 'block-helm-install-prod'],
  ['"Dry-run operations are always safe"', cmd('kubectl delete deployment web --dry-run=client'), 'allow', 'allow-dry-run'],
  ['a dry run of a denied command stays denied (deny wins)', cmd('kubectl apply -f d.yaml --namespace=prod --dry-run=server'), 'deny', 'block-prod-deploy'],
  ['"Planning is read-only and safe"', cmd('terraform plan -out=tfplan'), 'allow', 'allow-terraform-plan'],
  ['"Apply requires human review of the plan"', cmd('terraform apply -auto-approve'), 'deny', 'block-terraform-apply'],
  ['"Destroy is always blocked for AI agents"', cmd('terraform destroy -auto-approve'), 'deny', 'block-terraform-destroy'],
  ['"Agent can write Terraform files for review"', { type: 'file.write', path: 'infra/modules/vpc/main.tf' }, 'allow', 'allow-iac-file-writes'],
  ['Terraform files outside infra/ are not covered', { type: 'file.write', path: 'main.tf' }, 'deny', null],
  ['"Credential files are never readable" (.env)', { type: 'file.read', path: 'services/api/.env' }, 'deny', 'block-secret-file-reads'],
  ['"Credential files are never readable" (secret)', { type: 'file.read', path: 'k8s/db-secret.yaml' }, 'deny', 'block-secret-file-reads'],
  ['"Credential files are never readable" (credentials)', { type: 'file.read', path: '.aws/credentials' }, 'deny', 'block-secret-file-reads'],
  ['"Credential files are never readable" (.pem)', { type: 'file.read', path: 'certs/tls.pem' }, 'deny', 'block-secret-file-reads'],
  ['"Credential files are never readable" (.key)', { type: 'file.read', path: 'certs/tls.key' }, 'deny', 'block-secret-file-reads'],
  ['"Credential files are never readable" (kubeconfig)', { type: 'file.read', path: 'ops/kubeconfig' }, 'deny', 'block-secret-file-reads'],
  ['"Block SSRF attempts against cloud metadata service"', { type: 'network.request', destination: 'http://169.254.169.254/latest/meta-data/iam/' }, 'deny', 'block-cloud-metadata'],
  ['the metadata service in decimal notation', { type: 'network.request', destination: 'http://2852039166/' }, 'deny', 'block-cloud-metadata'],
  ['"Agent cannot read secrets from Vault"', cmd('vault read secret/data/prod/db'), 'deny', 'block-vault-reads'],
  ['"Security group changes are made by a network engineer" (authorize)', cmd('aws ec2 authorize-security-group-ingress --group-id sg-1 --cidr 0.0.0.0/0'), 'deny', 'block-security-group-changes'],
  ['"Security group changes are made by a network engineer" (revoke)', cmd('aws ec2 revoke-security-group-egress --group-id sg-1'), 'deny', 'block-security-group-changes'],
  ['"Firewall changes are always blocked" (iptables)', cmd('iptables -F'), 'deny', 'block-firewall-changes'],
  ['"Firewall changes are always blocked" (ufw)', cmd('ufw disable'), 'deny', 'block-firewall-changes'],
  ['"Firewall changes are always blocked" (firewall-cmd)', cmd('firewall-cmd --add-port=22/tcp'), 'deny', 'block-firewall-changes'],
  ['anything else is denied by default', cmd('rm -rf /tmp/build'), 'deny', null],
];

describe('the intended example policies decide as their reasons say', () => {
  for (const [name, action, decision, ruleId] of cases) {
    test(name, () => {
      const d = evaluate(policy, action);
      assert.deepEqual([d.decision, d.rule], [decision, ruleId], d.reason);
    });
  }

  test('safeclaw init ships exactly the example policy', () => {
    assert.equal(DEVOPS_EXAMPLE_POLICY, readFileSync(`${EXAMPLE_DIR}/policies/devops-agent.yaml`, 'utf8'));
  });
});
