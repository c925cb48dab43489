// The policies every input is judged under, as texts (each side compiles them
// with its own loader), and the policy folders loaded from disk.
import { join } from 'node:path';

/** Allows everything, denies what an agent must never do: any analysis that loses a part shows as an allow. */
export const ALLOW_ALL_DENY_LIST = `rules:
  - id: allow-any-command
    action: shell.execute
    effect: allow
    conditions:
      command:
        pattern: "*"
    reason: "anything else may run"
  - id: allow-any-read
    action: file.read
    effect: allow
    conditions:
      path:
        pattern: "**"
    reason: "anything else may be read"
  - id: allow-any-write
    action: file.write
    effect: allow
    conditions:
      path:
        pattern: "**"
    reason: "anything else may be written"
  - id: allow-any-destination
    action: network.request
    effect: allow
    conditions:
      destination:
        pattern: "*"
    reason: "anything else may be reached"
  - id: deny-terraform-changes
    action: shell.execute
    effect: deny
    conditions:
      command:
        pattern: ["terraform apply*", "terraform destroy*", "terraform state rm*", "terraform import*", "tofu apply*"]
    reason: "terraform changes are made by people"
  - id: deny-prod-kubectl
    action: shell.execute
    effect: deny
    conditions:
      command:
        pattern: ["kubectl *--namespace=prod*", "kubectl {apply,delete,scale,exec,edit,patch}*", "helm {install,upgrade,uninstall}*"]
    reason: "cluster changes are made by people"
  - id: deny-destructive
    action: shell.execute
    effect: deny
    conditions:
      command:
        pattern: ["rm -rf*", "rm -r*", "rm *-f*", "git push*", "git reset --hard*", "aws s3 rm*", "aws iam*", "aws ec2 authorize-*", "iptables*", "chmod 777*", "docker run*--privileged*", "vault*"]
    reason: "destructive or secret-touching"
  - id: deny-exfiltration
    action: shell.execute
    effect: deny
    conditions:
      command:
        pattern: ["curl*", "wget*", "nc *", "ssh *", "scp *"]
    reason: "no uncontrolled network tools"
  - id: deny-secret-reads
    action: file.read
    effect: deny
    conditions:
      path:
        pattern: "{**/.env,**/.env.*,**/*.pem,**/*.key,**/id_rsa*,**/.ssh/**,/etc/shadow,**/credentials*,**/.git/config}"
    reason: "credentials"
  - id: deny-gate-writes
    action: file.write
    effect: deny
    conditions:
      path:
        pattern: "{.github/**,.safeclaw/**,**/.bashrc,/etc/**}"
    reason: "the gate and the shell's start-up files"
  - id: deny-metadata
    action: network.request
    effect: deny
    conditions:
      destination:
        pattern: ["169.254.169.254*", "*metadata.google.internal*", "*.corp.example.com*"]
    reason: "the metadata service"
`;

/** Allows every command, denies reading secrets: only the reads a command implies can deny it. */
export const SECRET_READS_DENY_LIST = `rules:
  - id: allow-any-command
    action: shell.execute
    effect: allow
    conditions:
      command:
        pattern: "*"
    reason: "commands are allowed; their reads are judged"
  - id: allow-any-write
    action: file.write
    effect: allow
    conditions:
      path:
        pattern: "**"
    reason: "writes are allowed"
  - id: allow-any-destination
    action: network.request
    effect: allow
    conditions:
      destination:
        pattern: "*"
    reason: "network is allowed"
  - id: allow-repo-reads
    action: file.read
    effect: allow
    conditions:
      path:
        pattern: "**"
    reason: "reads are allowed"
  - id: deny-secret-reads
    action: file.read
    effect: deny
    conditions:
      path:
        pattern: ["**/.env", "**/.env.*", "**/*.pem", "**/*.key", "**/*secret*", "**/*credential*", "~/.ssh/**", "**/.ssh/**", "/etc/shadow", "/etc/passwd", "**/id_rsa*", "**/.git/config", "**/kubeconfig", "~/.kube/**", "~/.aws/**", "/proc/**"]
    reason: "secrets are never read"
`;

export function policyDirs(head) {
  return {
    devops: join(head, 'examples', 'devops', '.safeclaw'),
    issue11: join(head, 'test', 'shell', 'issue11', '.safeclaw'),
    readonly: join(head, 'test', 'shell', 'readonly', '.safeclaw'),
  };
}
