// The files `safeclaw init` writes. The DevOps example must stay identical to
// examples/devops/.safeclaw/policies/devops-agent.yaml (a test checks it).

export const DEFAULT_POLICY = `# SafeClaw policy: deny by default.
#
# Nothing is allowed unless a rule here allows it. An explicit deny always wins,
# then require_approval, then allow; rule order and file order never matter.
#
# To start from the example rules for a DevOps agent, copy them in:
#   cp .safeclaw/examples/devops-agent.yaml .safeclaw/policies/
# then run "safeclaw policy lint" and "safeclaw test".
#
# Rule format:
#   - id: block-terraform-apply
#     action: shell.execute          # shell.execute | file.read | file.write | network.request | infra.change
#     effect: deny                   # allow | deny | require_approval
#     conditions:
#       command:
#         pattern: "terraform apply*"   # a glob, or a list of globs
#     reason: "Apply requires human review of the plan"
rules: []
`;

export const DEVOPS_EXAMPLE_POLICY = `# Example policy for an AI DevOps agent: the rules of SafeClaw's guide to securing
# AI DevOps agents, with their intended globs. Deny always wins over allow, so
# "terraform apply --dry-run" stays denied even though dry runs are allowed.
rules:
  # Deployment gating
  - id: allow-dev-deploy
    action: shell.execute
    effect: allow
    conditions:
      command:
        pattern: "kubectl apply*--namespace=dev*"
    reason: "Allow deployments to dev namespace"

  - id: block-prod-deploy
    action: shell.execute
    effect: deny
    conditions:
      command:
        pattern: "kubectl apply*--namespace=prod*"
    reason: "Production deployments require human approval"

  - id: block-helm-install-prod
    action: shell.execute
    effect: deny
    conditions:
      command:
        pattern: "helm {install,upgrade}*--namespace prod*"
    reason: "Helm installs to production are blocked"

  - id: allow-dry-run
    action: shell.execute
    effect: allow
    conditions:
      command:
        pattern: "*--dry-run*"
    reason: "Dry-run operations are always safe"

  # Infrastructure as code
  - id: allow-terraform-plan
    action: shell.execute
    effect: allow
    conditions:
      command:
        pattern: "terraform plan*"
    reason: "Planning is read-only and safe"

  - id: block-terraform-apply
    action: shell.execute
    effect: deny
    conditions:
      command:
        pattern: "terraform apply*"
    reason: "Apply requires human review of the plan"

  - id: block-terraform-destroy
    action: shell.execute
    effect: deny
    conditions:
      command:
        pattern: "terraform destroy*"
    reason: "Destroy is always blocked for AI agents"

  - id: allow-iac-file-writes
    action: file.write
    effect: allow
    conditions:
      path:
        pattern: "infra/**/*.tf"
    reason: "Agent can write Terraform files for review"

  # Credential protection
  - id: block-secret-file-reads
    action: file.read
    effect: deny
    conditions:
      path:
        pattern: "{**/.env,**/*secret*,**/*credential*,**/*.pem,**/*.key,**/kubeconfig}"
    reason: "Credential files are never readable by AI agents"

  - id: block-cloud-metadata
    action: network.request
    effect: deny
    conditions:
      destination:
        pattern: "169.254.169.254*"
    reason: "Block SSRF attempts against cloud metadata service"

  - id: block-vault-reads
    action: shell.execute
    effect: deny
    conditions:
      command:
        pattern: "vault read*"
    reason: "Agent cannot read secrets from Vault"

  # Network and firewall
  - id: block-security-group-changes
    action: shell.execute
    effect: deny
    conditions:
      command:
        pattern: "aws ec2 {authorize,revoke}-security-group*"
    reason: "Security group modifications require human approval"

  - id: block-firewall-changes
    action: shell.execute
    effect: deny
    conditions:
      command:
        pattern: "{iptables*,ufw*,firewall-cmd*}"
    reason: "Firewall changes are always blocked"
`;

export const SAMPLE_TESTS = `# Policy tests: run them with "safeclaw test".
# Each case is one action (command, read, write or request) and the decision
# expected; "rule" (optional) is the id of the rule expected to decide.
tests:
  - name: applying terraform is denied by default
    command: terraform apply -auto-approve
    expect: deny
  - name: reading a .env file is denied by default
    read: .env
    expect: deny
  - name: the cloud metadata service is unreachable by default
    request: http://169.254.169.254/latest/meta-data/
    expect: deny
`;
