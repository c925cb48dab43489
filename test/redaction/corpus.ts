// The redaction corpus: secret forms an agent's actions carry, each with the
// secret text that must appear in no output, and near-misses that must come
// out exactly as written (so the redactor is not "redact everything").
//
// Token-shaped values are assembled at run time (`fake('gh' + 'p_', …)`) so
// this file holds no string a secret scanner would take for a live token.
// Every value is unique to its case, so a leak names the form that leaked.
import type { Action } from '../../src/types.js';

export interface SecretCase {
  /** The form, as the test names it. */
  form: string;
  action: Action;
  /** Texts that must appear in no output (the secret, as written and as a program would receive it). */
  secrets: string[];
  /** The kind `redactSecrets` reports for it. */
  kind: string;
}

/** `length` characters from a fixed alphabet walk starting at `seed`: deterministic, token-shaped, unique per seed. */
export function fake(prefix: string, length: number, seed: number, alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[(seed * 7 + i * 13 + ((i * i) % 5)) % alphabet.length];
  return prefix + out;
}

const HEX = '0123456789abcdef';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

const shell = (command: string): Action => ({ type: 'shell.execute', command });
const request = (destination: string): Action => ({ type: 'network.request', destination });

// Secrets assembled once so a case can name them in its command and its list.
const ghp = fake('gh' + 'p_', 36, 1);
const ghs = fake('gh' + 's_', 36, 2);
const githubPat = fake('github' + '_pat_', 60, 3);
const glpat = fake('gl' + 'pat-', 20, 4);
const dckr = fake('dckr' + '_pat_', 27, 5);
const npm = fake('np' + 'm_', 36, 6);
const hvs = fake('hv' + 's.', 90, 7);
const akia = fake('AK' + 'IA', 16, 8, UPPER);
const awsSecret = fake('', 40, 9);
const sessionToken = fake('IQoJb3JpZ2lu', 120, 10);
const slackPath = `T${fake('', 8, 11, UPPER)}/B${fake('', 8, 12, UPPER)}/${fake('', 24, 13)}`;
const discordPath = `${fake('', 18, 14, '0123456789')}/${fake('', 68, 15)}`;
const xoxb = fake('xo' + 'xb-', 48, 16);
const jwt = `ey${'J'}${fake('', 20, 17)}.ey${'J'}${fake('', 40, 18)}.${fake('', 43, 19)}`;
const skProj = fake('sk' + '-proj-', 48, 20);
const skAnt = fake('sk' + '-ant-api03-', 40, 21);
const skLive = fake('sk' + '_live_', 24, 22);
const aiza = fake('AI' + 'za', 35, 23);
const hf = fake('h' + 'f_', 34, 24);
const amzSig = fake('', 64, 25, HEX);
const keyBody = fake('', 64, 26) + '\n' + fake('', 64, 27);
const pem = (label: string) => `-----BEGIN ${label}PRIVATE KEY-----\n${keyBody}\n-----END ${label}PRIVATE KEY-----`;

export const SECRET_CASES: SecretCase[] = [
  // AWS
  { form: 'aws configure set aws_secret_access_key', action: shell(`aws configure set aws_secret_access_key ${awsSecret}`), secrets: [awsSecret], kind: 'aws-secret-key' },
  { form: 'aws configure set with --profile before the key', action: shell(`aws configure set --profile prod aws_session_token ${sessionToken}`), secrets: [sessionToken], kind: 'aws-secret-key' },
  { form: 'AWS_SECRET_ACCESS_KEY=… before a command', action: shell(`AWS_SECRET_ACCESS_KEY=${awsSecret}x aws s3 ls`), secrets: [`${awsSecret}x`], kind: 'secret' },
  { form: 'an AWS access key id', action: shell(`aws configure set aws_access_key_id ${akia}`), secrets: [akia], kind: 'aws-access-key-id' },
  // Registry logins
  { form: 'docker login -p dckr_pat_…', action: shell(`docker login -u bob -p ${dckr} registry.example.com`), secrets: [dckr], kind: 'docker-token' },
  { form: "docker login -p '…' (quoted)", action: shell(`docker login -u bob -p 'D0cker pass!' ghcr.io`), secrets: ['D0cker pass!'], kind: 'password' },
  { form: 'docker login --password=…', action: shell('docker login --password=Dk-Eq-Pass-31 ghcr.io'), secrets: ['Dk-Eq-Pass-31'], kind: 'secret' },
  { form: 'echo PASS | docker login --password-stdin', action: shell(`echo 'Piped-Pass-41' | docker login -u bob --password-stdin ghcr.io`), secrets: ['Piped-Pass-41'], kind: 'password' },
  { form: "printf '%s' PASS | podman login --password-stdin", action: shell(`printf '%s' Podman-Pass-42 | podman login -u bob --password-stdin quay.io`), secrets: ['Podman-Pass-42'], kind: 'password' },
  { form: 'docker login --password-stdin <<< PASS', action: shell('docker login -u bob --password-stdin ghcr.io <<< HereStr-Pass-43'), secrets: ['HereStr-Pass-43'], kind: 'password' },
  { form: 'cat <<< PASS | docker login --password-stdin', action: shell('cat <<< Cat-Pass-44 | docker login --password-stdin ghcr.io'), secrets: ['Cat-Pass-44'], kind: 'password' },
  { form: '--password-stdin inside a command substitution', action: shell('OUT=$(echo Subst-Pass-45 | docker login --password-stdin r.example) && echo ok'), secrets: ['Subst-Pass-45'], kind: 'password' },
  { form: 'sudo -u … docker login -p', action: shell('sudo -u deploy docker login -p Sudo-Pass-46 r.example'), secrets: ['Sudo-Pass-46'], kind: 'password' },
  { form: 'helm registry login -p', action: shell('helm registry login r.example -u bob -p Helm-Pass-47'), secrets: ['Helm-Pass-47'], kind: 'password' },
  // Vault
  { form: 'vault login hvs.…', action: shell(`vault login ${hvs}`), secrets: [hvs], kind: 'vault-token' },
  { form: 'vault login with a token of no known prefix', action: shell('vault login Legacy-Vault-Token-51'), secrets: ['Legacy-Vault-Token-51'], kind: 'vault-token' },
  { form: 'VAULT_TOKEN=… before vault', action: shell(`VAULT_TOKEN=Vt-Env-52 vault kv get secret/app`), secrets: ['Vt-Env-52'], kind: 'secret' },
  { form: 'vault kv put key=value', action: shell('vault kv put secret/app db_url=Kv-Put-Value-53'), secrets: ['Kv-Put-Value-53'], kind: 'secret' },
  // npm
  { form: 'npm config set …:_authToken npm_…', action: shell(`npm config set //registry.npmjs.org/:_authToken ${npm}`), secrets: [npm], kind: 'npm-token' },
  { form: 'npm config set …:_authToken=… (plain)', action: shell('npm config set //npm.example.com/:_authToken=Npm-Plain-Token-61'), secrets: ['Npm-Plain-Token-61'], kind: 'secret' },
  { form: 'npm config set _password', action: shell('npm config set //npm.example.com/:_password Npm-Pw-62'), secrets: ['Npm-Pw-62'], kind: 'npm-token' },
  // Azure
  { form: "az login -p '…'", action: shell(`az login -u ops@example.com -p 'Az Pass~63'`), secrets: ['Az Pass~63'], kind: 'password' },
  { form: 'az login --service-principal --password=…', action: shell('az login --service-principal -u app-id --password=Az-Sp-Secret-64 --tenant t1'), secrets: ['Az-Sp-Secret-64'], kind: 'secret' },
  {
    form: 'an Azure storage connection string',
    action: shell('az storage blob upload --connection-string "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=Az+Acct/Key65==;EndpointSuffix=core.windows.net" -f a -c c'),
    secrets: ['Az+Acct/Key65=='],
    kind: 'secret',
  },
  // curl and other HTTP clients
  { form: 'curl -b "session=<JWT>"', action: shell(`curl -b "session=${jwt}" https://app.example.com/api`), secrets: [jwt], kind: 'jwt' },
  { form: 'curl -b name=value (no JWT)', action: shell('curl -b sid=Cookie-Value-71 https://app.example.com'), secrets: ['Cookie-Value-71'], kind: 'password' },
  { form: 'curl -H "Authorization: Bearer …"', action: shell('curl -H "Authorization: Bearer Bearer-Value-72xyz" https://api.example.com'), secrets: ['Bearer-Value-72xyz'], kind: 'authorization' },
  { form: "curl -H 'Cookie: …'", action: shell("curl -H 'Cookie: sid=Hdr-Cookie-73; theme=dark' https://app.example.com"), secrets: ['Hdr-Cookie-73'], kind: 'cookie' },
  { form: "curl -H 'X-Api-Key: …'", action: shell("curl -H 'X-Api-Key: Api-Key-Hdr-74' https://api.example.com"), secrets: ['Api-Key-Hdr-74'], kind: 'api-key' },
  { form: 'GitLab PRIVATE-TOKEN header with glpat-…', action: shell(`curl --header "PRIVATE-TOKEN: ${glpat}" https://gitlab.example.com/api/v4/projects`), secrets: [glpat], kind: 'gitlab-token' },
  { form: 'curl -u user:password', action: shell('curl -u alice:Curl-User-Pass-76 https://x.example.com'), secrets: ['Curl-User-Pass-76'], kind: 'password' },
  { form: 'curl --oauth2-bearer', action: shell('curl --oauth2-bearer OAuth-Bearer-77 https://x.example.com'), secrets: ['OAuth-Bearer-77'], kind: 'password' },
  { form: 'wget --password=…', action: shell('wget --user=bob --password=Wget-Pass-78 https://x.example.com/f'), secrets: ['Wget-Pass-78'], kind: 'secret' },
  { form: 'httpie -a user:password', action: shell('http -a bob:Httpie-Pass-79 GET https://x.example.com'), secrets: ['Httpie-Pass-79'], kind: 'password' },
  { form: 'a JSON body with a password', action: shell(`curl -d '{"user":"bob","password":"Json-Pass-80"}' https://x.example.com/login`), secrets: ['Json-Pass-80'], kind: 'secret' },
  // Webhooks
  { form: 'a Slack webhook URL', action: shell(`curl -X POST -d '{"text":"deployed"}' https://hooks.slack.com/services/${slackPath}`), secrets: [slackPath, slackPath.split('/')[2]], kind: 'slack-webhook' },
  { form: 'a Slack webhook as a network request', action: request(`https://hooks.slack.com/services/${slackPath}`), secrets: [slackPath.split('/')[2]], kind: 'slack-webhook' },
  { form: 'a Discord webhook URL', action: shell(`curl -d 'content=hi' https://discord.com/api/webhooks/${discordPath}`), secrets: [discordPath.split('/')[1]], kind: 'webhook' },
  { form: 'a Slack bot token', action: shell(`curl -H "Authorization: Bearer ${xoxb}" https://slack.com/api/chat.postMessage`), secrets: [xoxb], kind: 'slack-token' },
  // Local accounts
  { form: 'htpasswd -b FILE USER PASS', action: shell('htpasswd -b /etc/nginx/.htpasswd alice Htpasswd-Pass-91'), secrets: ['Htpasswd-Pass-91'], kind: 'password' },
  { form: 'htpasswd -nbB USER PASS', action: shell('htpasswd -nbB alice Htpasswd-Pass-92'), secrets: ['Htpasswd-Pass-92'], kind: 'password' },
  { form: "chpasswd <<< 'user:pass'", action: shell("chpasswd <<< 'root:Chpasswd-Pass-93'"), secrets: ['Chpasswd-Pass-93'], kind: 'password' },
  { form: "echo 'user:pass' | chpasswd", action: shell("echo 'deploy:Chpasswd-Pass-94' | sudo chpasswd"), secrets: ['Chpasswd-Pass-94'], kind: 'password' },
  { form: 'chpasswd with a heredoc', action: shell('chpasswd <<EOF\nroot:Chpasswd-Pass-95\nbob:Chpasswd-Pass-96\nEOF'), secrets: ['Chpasswd-Pass-95', 'Chpasswd-Pass-96'], kind: 'password' },
  { form: 'echo PASS | passwd --stdin', action: shell('echo Passwd-Stdin-97 | passwd --stdin bob'), secrets: ['Passwd-Stdin-97'], kind: 'password' },
  // Databases
  { form: 'mysql -pPASS', action: shell('mysql -u root -pMysql-Glued-101 prod'), secrets: ['Mysql-Glued-101'], kind: 'password' },
  { form: "mysqldump -p'PASS' (quoted, glued)", action: shell("mysqldump -u root -p'Mysql Quoted 102' prod > dump.sql"), secrets: ['Mysql Quoted 102'], kind: 'password' },
  { form: 'mysql --password=PASS', action: shell('mysql --user=root --password=Mysql-Long-103 prod'), secrets: ['Mysql-Long-103'], kind: 'secret' },
  { form: 'PGPASSWORD=… psql', action: shell('PGPASSWORD=Pg-Env-104 psql -h db -U app'), secrets: ['Pg-Env-104'], kind: 'secret' },
  { form: 'a postgres:// URL with a password', action: shell('psql "postgres://app:Pg-Url-105@db.internal:5432/app"'), secrets: ['Pg-Url-105'], kind: 'url-password' },
  { form: 'a mongodb+srv:// URL with a password', action: shell("mongosh 'mongodb+srv://app:Mongo-Url-106@cluster0.example.net/db'"), secrets: ['Mongo-Url-106'], kind: 'url-password' },
  { form: 'redis-cli -a PASS', action: shell('redis-cli -h cache -a Redis-Pass-107 FLUSHALL'), secrets: ['Redis-Pass-107'], kind: 'password' },
  { form: 'a SQL Server connection string', action: shell('dotnet run -- --conn "Server=db;User Id=sa;Password=Sql-Conn-108;"'), secrets: ['Sql-Conn-108'], kind: 'secret' },
  { form: 'sqlcmd -P', action: shell('sqlcmd -S db -U sa -P Sqlcmd-Pass-109 -Q "select 1"'), secrets: ['Sqlcmd-Pass-109'], kind: 'password' },
  // SSH, archives, keys
  { form: 'sshpass -p', action: shell("sshpass -p 'Sshpass Pass 111' ssh ops@host"), secrets: ['Sshpass Pass 111'], kind: 'password' },
  { form: 'ssh-keygen -N passphrase', action: shell('ssh-keygen -t ed25519 -N Keygen-Pass-112 -f id'), secrets: ['Keygen-Pass-112'], kind: 'password' },
  { form: 'zip -P', action: shell('zip -P Zip-Pass-113 backup.zip db.sql'), secrets: ['Zip-Pass-113'], kind: 'password' },
  { form: 'openssl -pass pass:…', action: shell('openssl enc -aes-256-cbc -pass pass:Openssl-Pass-114 -in a -out b'), secrets: ['Openssl-Pass-114'], kind: 'password' },
  { form: 'keytool -storepass', action: shell('keytool -list -keystore ks.jks -storepass Keytool-Pass-115'), secrets: ['Keytool-Pass-115'], kind: 'password' },
  { form: 'gpg --passphrase', action: shell('gpg --batch --passphrase Gpg-Pass-116 -d secrets.gpg'), secrets: ['Gpg-Pass-116'], kind: 'password' },
  { form: 'smbclient -U user%pass', action: shell('smbclient //srv/share -U alice%Smb-Pass-117'), secrets: ['Smb-Pass-117'], kind: 'password' },
  { form: 'ldapsearch -w', action: shell('ldapsearch -x -D cn=admin -w Ldap-Pass-118 -b dc=example'), secrets: ['Ldap-Pass-118'], kind: 'password' },
  { form: 'rabbitmqctl add_user USER PASS', action: shell('rabbitmqctl add_user app Rabbit-Pass-119'), secrets: ['Rabbit-Pass-119'], kind: 'password' },
  { form: 'a private key block in a printf', action: shell(`printf '%s' "${pem('OPENSSH ')}" > ~/.ssh/id_ed25519`), secrets: keyBody.split('\n'), kind: 'private-key' },
  { form: 'a private key block cut off in a heredoc', action: shell(`cat > key.pem <<EOF\n-----BEGIN RSA PRIVATE KEY-----\n${keyBody}`), secrets: keyBody.split('\n'), kind: 'private-key' },
  // GitHub and GitLab
  { form: 'a URL with x-access-token:ghs_…@', action: shell(`git clone https://x-access-token:${ghs}@github.com/o/r`), secrets: [ghs], kind: 'github-token' },
  { form: 'a URL with a token as the user', action: shell(`git push https://${ghp}@github.com/o/r main`), secrets: [ghp], kind: 'github-token' },
  { form: 'echo ghp_… | gh auth login --with-token', action: shell(`echo ${ghp} | gh auth login --with-token`), secrets: [ghp], kind: 'github-token' },
  { form: 'gh secret set --body', action: shell('gh secret set DEPLOY_KEY --body Gh-Body-124'), secrets: ['Gh-Body-124'], kind: 'secret' },
  { form: 'echo VALUE | gh secret set', action: shell('echo -n Gh-Stdin-125 | gh secret set DEPLOY_KEY'), secrets: ['Gh-Stdin-125'], kind: 'secret' },
  { form: 'export GITHUB_TOKEN=github_pat_…', action: shell(`export GITHUB_TOKEN=${githubPat}`), secrets: [githubPat], kind: 'github-token' },
  // Kubernetes, Helm, Terraform, containers
  { form: 'kubectl create secret --from-literal', action: shell('kubectl create secret generic db --from-literal=password=Kube-Literal-131'), secrets: ['Kube-Literal-131'], kind: 'secret' },
  { form: 'kubectl config set-credentials --token=', action: shell('kubectl config set-credentials ci --token=Kube-Token-132'), secrets: ['Kube-Token-132'], kind: 'secret' },
  { form: 'helm --set db.password=', action: shell('helm upgrade app ./chart --set db.password=Helm-Set-133'), secrets: ['Helm-Set-133'], kind: 'secret' },
  { form: "terraform -var 'db_password=…'", action: shell("terraform apply -var 'db_password=Tf-Var-134' -auto-approve"), secrets: ['Tf-Var-134'], kind: 'secret' },
  { form: 'docker run -e DB_PASSWORD=', action: shell('docker run -e DB_PASSWORD=Docker-Env-135 postgres:16'), secrets: ['Docker-Env-135'], kind: 'secret' },
  { form: 'fly secrets set KEY=VALUE', action: shell('fly secrets set DATABASE_URL=Fly-Secret-136'), secrets: ['Fly-Secret-136'], kind: 'secret' },
  { form: 'a YAML password in a heredoc', action: shell('cat > values.yaml <<EOF\ndb:\n  password: Yaml-Heredoc-137\nEOF'), secrets: ['Yaml-Heredoc-137'], kind: 'secret' },
  { form: 'echo PASS | sudo -S', action: shell('echo Sudo-Stdin-155 | sudo -S apt-get install -y jq'), secrets: ['Sudo-Stdin-155'], kind: 'password' },
  { form: 'a .netrc entry', action: shell('echo "machine github.com login bob password Netrc-Pass-156" >> ~/.netrc'), secrets: ['Netrc-Pass-156'], kind: 'password' },
  { form: 'libpq key=value connection string', action: shell('psql "host=db user=app password=Pg-Kv-Pass-157 dbname=app"'), secrets: ['Pg-Kv-Pass-157'], kind: 'secret' },
  { form: 'kubectl create secret docker-registry --docker-password', action: shell('kubectl create secret docker-registry regcred --docker-username=bob --docker-password=Kube-Reg-158'), secrets: ['Kube-Reg-158'], kind: 'secret' },
  // Commands inside quotes: run by a shell, over ssh, in a pod
  { form: 'bash -c "docker login -p …"', action: shell('bash -c "docker login -u bob -p Bash-C-Pass-151 r.example"'), secrets: ['Bash-C-Pass-151'], kind: 'password' },
  { form: "ssh host 'mysql -pPASS'", action: shell("ssh ops@db1 'mysql -u root -pSsh-Mysql-152 prod'"), secrets: ['Ssh-Mysql-152'], kind: 'password' },
  { form: 'kubectl exec … sh -c "redis-cli -a …"', action: shell('kubectl exec redis-0 -- sh -c "redis-cli -a Kexec-Pass-153 ping"'), secrets: ['Kexec-Pass-153'], kind: 'password' },
  { form: 'a login two quote levels deep', action: shell(`sh -c 'bash -c "echo Deep-Pass-154 | docker login --password-stdin"'`), secrets: ['Deep-Pass-154'], kind: 'password' },
  // API keys by prefix
  { form: 'an OpenAI project key', action: shell(`llm keys set openai --value ${skProj}`), secrets: [skProj], kind: 'api-key' },
  { form: 'an Anthropic key in an env assignment', action: shell(`ANTHROPIC_API_KEY=${skAnt} claude -p hi`), secrets: [skAnt], kind: 'api-key' },
  { form: 'a Stripe live key as a curl user', action: shell(`curl https://api.stripe.com/v1/charges -u ${skLive}:`), secrets: [skLive], kind: 'api-key' },
  { form: 'a Google API key in a query', action: request(`https://maps.googleapis.com/maps/api/geocode/json?address=x&key=${aiza}`), secrets: [aiza], kind: 'api-key' },
  { form: 'a Hugging Face token', action: shell(`huggingface-cli login --token ${hf}`), secrets: [hf], kind: 'api-key' },
  { form: 'a JWT on its own', action: shell(`echo ${jwt} | cut -d. -f2 | base64 -d`), secrets: [jwt], kind: 'jwt' },
  { form: 'a presigned S3 URL', action: request(`https://bucket.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=${amzSig}`), secrets: [amzSig], kind: 'url-secret' },
  { form: 'a network request with a URL password', action: request('https://admin:Url-Request-141@internal.example.com/metrics'), secrets: ['Url-Request-141'], kind: 'url-password' },
  { form: 'an access_token in a query', action: request('https://api.example.com/v1/me?access_token=Query-Token-142&fields=id'), secrets: ['Query-Token-142'], kind: 'url-secret' },
];

/** Commands with no secret, each close to a form above: redaction must leave them as written. */
export const NEAR_MISSES: string[] = [
  'docker run -p 8080:80 nginx',
  'docker login registry.example.com',
  'docker login -u bob ghcr.io',
  'mysql -u root -p prod',
  'ssh -p 2222 ops@host',
  'echo $GITHUB_TOKEN',
  'echo hello | grep h',
  'kubectl get secret my-secret -o yaml',
  'kubectl create secret generic db --from-file=./creds',
  'kubectl apply -f deploy.yaml --token-file t',
  'TOKEN_FILE=/run/secrets/gh ./deploy',
  'GITHUB_TOKEN_PATH=/run/gh ./deploy',
  'curl -b cookies.txt https://x.example.com',
  'curl -u alice https://x.example.com',
  'curl https://example.com/path?q=1&page=2',
  'curl https://api.github.com/repos/o/r',
  'openssl enc -aes-256-cbc -pass env:MY_PASS -in a -out b',
  'npm config set registry https://registry.npmjs.org/',
  'aws configure set region eu-west-1',
  'aws s3 ls s3://bucket',
  'htpasswd -D .htpasswd alice',
  'vault status',
  'vault login -method=oidc',
  'az login',
  'terraform plan -var region=eu-west-1',
  'helm upgrade app ./chart --set image.tag=1.2.3',
  'git log --author="A" && GIT_AUTHOR_NAME=x git commit -m "fix"',
  'git push origin main',
  'grep -rn password src/',
  'cat ~/.ssh/id_ed25519.pub',
  'ssh-keygen -t ed25519 -f key',
  'printf "%s\\n" hello',
  'export PAGER=less',
  'psql postgres://db.internal:5432/app',
  'chmod 600 ~/.docker/config.json',
  'sudo -u deploy ls /srv',
  'sudo apt-get install -y jq',
  'echo "machine github.com login bob" >> ~/.netrc',
];
