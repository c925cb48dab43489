import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  parseCommandArgs
} from "./chunk-C7CIWFFA.js";
import {
  UsageError
} from "./chunk-P2I2JZ74.js";
import "./chunk-JSTIMTER.js";

// src/cli/commands/init.ts
import { mkdir, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";

// src/cli/init-templates.ts
var DEFAULT_POLICY = `# SafeClaw policy: deny by default.
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
var DEVOPS_EXAMPLE_POLICY = `# Example policy for an AI DevOps agent: the rules of SafeClaw's guide to securing
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
var SAMPLE_TESTS = `# Policy tests: run them with "safeclaw test".
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

// src/cli/commands/init.ts
var INIT_HELP = `Usage: safeclaw init [--force] [DIR]

Creates DIR/.safeclaw/ (default: the current folder):
  policies/default.yaml        deny-all active policy (rules: [])
  examples/devops-agent.yaml   example rules for a DevOps agent, not active until copied into policies/
  tests/examples.yaml          sample policy tests for \`safeclaw test\`
Existing files are never overwritten unless --force is given.
`;
var OPTIONS = { force: { type: "boolean" }, help: { type: "boolean", short: "h" } };
var initCommand = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, "init");
  if (values.help) {
    io.stdout.write(INIT_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError("init: give at most one folder");
  const base = resolve(io.cwd, positionals[0] ?? ".");
  const dir = join(base, ".safeclaw");
  const files = [
    [join(dir, "policies", "default.yaml"), DEFAULT_POLICY],
    [join(dir, "examples", "devops-agent.yaml"), DEVOPS_EXAMPLE_POLICY],
    [join(dir, "tests", "examples.yaml"), SAMPLE_TESTS]
  ];
  const show = (path) => relative(io.cwd, path) || path;
  const existing = [];
  for (const [path] of files) {
    if (await exists(path)) existing.push(path);
  }
  if (existing.length > 0 && !values.force) {
    io.stderr.write(
      `safeclaw init: not overwriting existing files:
${existing.map((p) => `  ${show(p)}
`).join("")}  fix: keep them, or run \`safeclaw init --force\` to replace them
`
    );
    return 2;
  }
  for (const [path, text] of files) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
    io.stdout.write(`wrote ${show(path)}
`);
  }
  io.stdout.write(
    `
SafeClaw denies everything until a rule allows it. To start from the DevOps examples:
  cp ${show(join(dir, "examples", "devops-agent.yaml"))} ${show(join(dir, "policies"))}/
`
  );
  return 0;
};
async function exists(path) {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
export {
  INIT_HELP,
  initCommand
};
