import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  parseCommandArgs
} from "./chunk-OPLRS47Z.js";
import {
  UsageError
} from "./chunk-P2I2JZ74.js";
import {
  require_promises
} from "./chunk-G7CLGG5Z.js";
import {
  require_path
} from "./chunk-6XR2NURA.js";
import {
  __toESM
} from "./chunk-JSTIMTER.js";

// src/cli/commands/init.ts
var import_promises2 = __toESM(require_promises(), 1);
var import_node_path2 = __toESM(require_path(), 1);

// src/cli/gitignore.ts
var import_promises = __toESM(require_promises(), 1);
var import_node_path = __toESM(require_path(), 1);
var AUDIT_IGNORE_LINE = ".safeclaw/audit/";
var ALREADY_IGNORED = /^\/?\.safeclaw\/audit(?:\/(?:\*\*?)?)?\s*$/;
async function ignoreAuditFolder(base) {
  const file = (0, import_node_path.join)(base, ".gitignore");
  try {
    return await addLine(file);
  } catch (err) {
    const { code, message } = err;
    throw new UsageError(`init: cannot update ${file}: ${code ?? message}
  fix: add the line ${AUDIT_IGNORE_LINE} to it yourself, so the audit log is not committed`);
  }
}
async function addLine(file) {
  let text;
  try {
    text = await (0, import_promises.readFile)(file, "utf8");
  } catch (err) {
    if (err.code !== "ENOENT") throw err;
    await (0, import_promises.writeFile)(file, `# SafeClaw's audit log: local decision history, not source
${AUDIT_IGNORE_LINE}
`);
    return "created";
  }
  const lines = text.split(/\r?\n/);
  if (lines.some((line) => ALREADY_IGNORED.test(line))) return "present";
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  const separator = text === "" || text.endsWith("\n") ? "" : newline;
  await (0, import_promises.writeFile)(file, `${text}${separator}${AUDIT_IGNORE_LINE}${newline}`);
  return "added";
}

// src/cli/init-templates.ts
var DEFAULT_POLICY = `# SafeClaw policy: deny by default.
#
# Nothing is allowed unless a rule allows it, and no rule here allows anything:
# every action is denied. The rules below name what must never be allowed, so
# that it stays denied (with its reason) whatever allow rules are added later.
# An explicit deny always wins, then require_approval, then allow; rule order
# and file order never matter.
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
rules:
  - id: never-destroy-infrastructure
    action: shell.execute
    effect: deny
    conditions:
      command:
        pattern: ["terraform destroy*", "tofu destroy*"]
    reason: "Destroying infrastructure is never done by an AI agent"

  - id: never-read-env-files
    action: file.read
    effect: deny
    conditions:
      path:
        pattern: "{**/.env,**/.env.*}"
    reason: "Environment files hold credentials"

  - id: never-reach-cloud-metadata
    action: network.request
    effect: deny
    conditions:
      destination:
        pattern: "169.254.169.254*"
    reason: "The cloud metadata service hands out credentials"
`;
var DEVOPS_EXAMPLE_POLICY = `# Example policy for an AI DevOps agent: the rules of SafeClaw's guide to securing
# AI DevOps agents, with their intended globs, then starter rules for everyday
# read-only commands and a human review of changes to the gate itself.
# Deny always wins over allow, so "terraform apply --dry-run" stays denied even
# though dry runs are allowed.
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
    reason: "Production deployments are made by a human, never by an AI agent"

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
    reason: "Security group changes are made by a network engineer, never by an AI agent"

  - id: block-firewall-changes
    action: shell.execute
    effect: deny
    conditions:
      command:
        pattern: "{iptables*,ufw*,firewall-cmd*}"
    reason: "Firewall changes are always blocked"

  # Everyday read-only commands (starter rules). What a command reads is judged
  # as a file.read of its own, so "cat infra/.env" is denied by the credential
  # rules above even though "cat" is allowed here.
  - id: allow-shell-basics
    action: shell.execute
    effect: allow
    conditions:
      command:
        pattern:
          # set -e, -u, -x, -v, -C and -o pipefail only: "set -k" would make every later
          # NAME=value argument an environment variable (cat LD_PRELOAD=./x.so \u2026).
          - "set [-+]+([euxvC])"
          - "set [-+]+([euxvC])o pipefail"
          - "set [-+]o pipefail"
          - "{pwd,true}"
          - "echo *"
          - "{ls,ls *}"
          - "cat *"
          - "head *"
          - "tail *"
          - "wc *"
    reason: "Shell options and read-only commands; the files they read are judged on their own"

  # "wc --files0-from=FILE" (or any prefix of it, "--f=FILE") reads the names to
  # count from FILE and prints each one it cannot open: FILE's content, unjudged.
  - id: block-wc-name-lists
    action: shell.execute
    effect: deny
    conditions:
      command:
        pattern: "wc *--f*"
    reason: "wc --files0-from prints the content of the file it reads names from"

  # SafeClaw follows "cd": after "cd ~/.kube", "cat config" is a read of
  # ~/.kube/config, which block-reads-outside-repository denies. Only a step down
  # into a folder of the repository is allowed all the same: a tool run from
  # outside reads its configuration there (git runs what that .git/config names,
  # make runs that Makefile, terraform reads those .tf files), which no rule saw.
  - id: allow-cd-into-repository-folders
    action: shell.execute
    effect: allow
    conditions:
      command:
        pattern: "cd [a-zA-Z0-9_]*"
    reason: "Changing into a folder of the repository"

  - id: block-cd-and-ls-outside-repository
    action: shell.execute
    effect: deny
    conditions:
      command:
        pattern: ["{cd,ls} ..", "{cd,ls} ../*", "{cd,ls} *[ /]..", "{cd,ls} *[ /]../*", "{cd,ls} {/,~}*", "ls * {/,~}*", "{cd,ls} *[$]*"]
    reason: "Outside the repository, tools run after cd read configuration the rules never saw (git, make, terraform), and ls would list files there"

  - id: block-printing-variables
    action: shell.execute
    effect: deny
    conditions:
      command:
        pattern: "echo *[$]*"
    reason: "Variables may hold secrets (tokens in the environment): printing one shows it to the agent"

  # Only exact forms: "git diff A B" also reads files outside the repository,
  # and "git log --output=FILE" writes one.
  - id: allow-git-inspection
    action: shell.execute
    effect: allow
    conditions:
      command:
        pattern:
          - "git status*"
          - "{git diff,git diff --stat,git diff --cached,git diff --staged,git diff --name-only}"
          - "{git log --oneline,git log --oneline -[1-9],git log --oneline -[1-9][0-9]}"
    reason: "Looking at the work tree and history is read-only"

  - id: allow-terraform-checks
    action: shell.execute
    effect: allow
    conditions:
      command:
        pattern: ["terraform validate*", "terraform version*"]
    reason: "Validating the configuration is read-only"

  # Reads: source files of the repository by kind (not .tfvars, which hold
  # passwords, though "terraform plan -var-file" may read them), never Terraform
  # state, tool credential stores, or anything outside the repository.
  - id: allow-source-file-reads
    action: file.read
    effect: allow
    conditions:
      path:
        pattern: "{**/*.tf,**/*.hcl,**/*.md,**/*.yaml,**/*.yml,**/*.sh,**/Makefile,**/Dockerfile,**/package.json}"
    reason: "Source files of the repository are readable"

  - id: block-state-and-credential-store-reads
    action: file.read
    effect: deny
    conditions:
      path:
        pattern: "{**/.env.*,**/*.tfstate,**/*.tfstate.*,**/.git/config,**/.git-credentials,**/.netrc,**/.npmrc,**/.docker/config.json}"
    reason: "Terraform state and credential stores hold secrets in plain text"

  - id: block-reads-outside-repository
    action: file.read
    effect: deny
    conditions:
      path:
        pattern: "{/**,~,~*/**}"
    reason: "Files outside the repository (absolute paths, home folders) are never readable by AI agents"

  # Infrastructure plans (Terraform, Pulumi previews, CloudFormation change sets)
  # and the Kubernetes manifests a PR changes. One after-path serves all three
  # plan formats (SafeClaw also gives Pulumi and CloudFormation attributes under
  # Terraform's path); the types are listed per format.
  - id: block-open-ingress
    action: infra.change
    effect: deny
    conditions:
      after:
        path: "{ingress,egress}.*.{cidr_blocks,ipv6_cidr_blocks}.*"
        pattern: ["0.0.0.0/0", "::/0"]
    reason: "Security group rules open to the whole internet are never applied by an agent"

  - id: block-database-replace
    action: infra.change
    effect: deny
    conditions:
      type:
        pattern: ["aws_db_instance", "aws_rds_cluster", "aws:rds/instance:Instance", "aws:rds/cluster:Cluster", "AWS::RDS::DBInstance", "AWS::RDS::DBCluster"]
      change:
        pattern: "{delete,replace}"
    reason: "Deleting or replacing a database loses its data: a human does it"

  - id: block-privileged-pods
    action: infra.change
    effect: deny
    conditions:
      provider:
        pattern: kubernetes
      after:
        path: ["spec.template.spec.containers.*.securityContext.privileged", "spec.containers.*.securityContext.privileged", "spec.template.spec.hostNetwork", "spec.hostNetwork"]
        pattern: "true"
    reason: "Privileged containers and host networking can take over the node"

  # Changes to the gate itself. A PR (or an agent with a hook) that could edit
  # the workflow running SafeClaw, SafeClaw's policies or the hook settings
  # would choose its own rules: a human approves such a change.
  - id: review-gate-changes
    action: file.write
    effect: require_approval
    conditions:
      path:
        pattern: "{.github/workflows/**,.github/actions/**,**/.safeclaw/**,**/.claude/settings*.json}"
    reason: "Changes to CI workflows, SafeClaw policies or agent hook settings change the gate itself: a human approves them"
`;
var SAMPLE_TESTS = `# Policy tests: run them with "safeclaw test".
# Each case is one action (command, read, write or request) and the decision
# expected; "rule" (optional) is the id of the rule expected to decide.
tests:
  - name: applying terraform is denied by default
    command: terraform apply -auto-approve
    expect: deny
  - name: destroying infrastructure is never allowed
    command: terraform destroy -auto-approve
    expect: deny
  - name: reading a .env file is never allowed
    read: .env
    expect: deny
  - name: the cloud metadata service is unreachable
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
  return writeSafeclawFolder((0, import_node_path2.resolve)(io.cwd, positionals[0] ?? "."), { force: values.force === true }, io);
};
async function writeSafeclawFolder(base, options, io) {
  const dir = (0, import_node_path2.join)(base, ".safeclaw");
  const files = [
    [(0, import_node_path2.join)(dir, "policies", "default.yaml"), DEFAULT_POLICY],
    [(0, import_node_path2.join)(dir, "examples", "devops-agent.yaml"), DEVOPS_EXAMPLE_POLICY],
    [(0, import_node_path2.join)(dir, "tests", "examples.yaml"), SAMPLE_TESTS]
  ];
  const show = (path) => (0, import_node_path2.relative)(io.cwd, path) || path;
  const existing = [];
  for (const [path] of files) {
    if (await exists(path)) existing.push(path);
  }
  if (existing.length > 0 && !options.force) {
    io.stderr.write(
      `safeclaw init: not overwriting existing files:
${existing.map((p) => `  ${show(p)}
`).join("")}  fix: keep them, or run \`safeclaw init --force\` to replace them
`
    );
    return 2;
  }
  io.stdout.write(`Creating SafeClaw's policy folder ${dir}
`);
  for (const [path, text] of files) {
    try {
      await (0, import_promises2.mkdir)((0, import_node_path2.dirname)(path), { recursive: true });
      await (0, import_promises2.writeFile)(path, text);
    } catch (err) {
      const { code, message } = err;
      throw new UsageError(`init: cannot write ${show(path)}: ${code ?? message}
  fix: make ${show(base)} writable (and ${show(dir)} a folder), or give another DIR`);
    }
    io.stdout.write(`wrote ${show(path)}
`);
  }
  const ignored = await ignoreAuditFolder(base);
  if (ignored !== "present") io.stdout.write(`${ignored === "created" ? "wrote" : "added .safeclaw/audit/ to"} ${show((0, import_node_path2.join)(base, ".gitignore"))}
`);
  io.stdout.write(
    `
SafeClaw denies everything until a rule allows it. To start from the DevOps examples:
  cp ${show((0, import_node_path2.join)(dir, "examples", "devops-agent.yaml"))} ${show((0, import_node_path2.join)(dir, "policies"))}/
then check them with \`safeclaw policy lint\` and \`safeclaw test\`.
`
  );
  return 0;
}
async function exists(path) {
  try {
    await (0, import_promises2.stat)(path);
    return true;
  } catch {
    return false;
  }
}

export {
  INIT_HELP,
  initCommand,
  writeSafeclawFolder
};
