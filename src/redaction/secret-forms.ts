// Where secrets sit in what agents do, as data. redact.ts applies these
// tables; adding a form is adding a row here (and a case to the corpus in
// test/redaction/corpus.ts, which checks it on every output channel).
//
// Two kinds of table:
// - TEXT_FORMS: shapes recognisable in any text (a command, a URL, a path, a
//   reason): known token prefixes, key blocks, headers, URL passwords,
//   `NAME=value` for secret-looking names. Each is a regular expression whose
//   group `s` is the secret; the rest is kept so the output still says what
//   the command did (`Authorization: Bearer [REDACTED:authorization]`).
// - PROGRAM_FORMS: secrets a program takes in a place only it gives meaning
//   to: `docker login -p X` (but `docker run -p 8080:80` is a port),
//   `mysql -pX` (but `mysql -p db` prompts), `vault login TOKEN`,
//   `aws configure set aws_secret_access_key K`, `htpasswd -b FILE USER PASS`,
//   and programs whose standard input is a secret (`… | docker login
//   --password-stdin`, `chpasswd <<< 'user:pass'`).

/** How a secret sits inside an option's value. */
export type ValueShape =
  /** The whole value is the secret. */
  | 'whole'
  /** `user:PASS` (curl -u): the user is kept; no `:` means no password (it is prompted for). */
  | 'after-colon'
  /** `user%PASS` (smbclient -U). */
  | 'after-percent'
  /** `KEY=VALUE` (kubectl --from-literal): the key is kept. */
  | 'after-equals'
  /** `pass:SECRET` (openssl -passin); `env:VAR` and `file:PATH` name no secret. */
  | 'after-pass-prefix'
  /** A cookie string `name=value; …` (curl -b); a value without `=` is a cookie file. */
  | 'cookie';

export interface OptionForm {
  /** `-p`, `--password`: a long option takes `--password=X` or `--password X`, a short one `-p X` or `-pX`. */
  names: string[];
  /** Only `-pX` counts (mysql: `-p X` prompts for the password and takes X as the database). */
  gluedOnly?: boolean;
  shape?: ValueShape;
}

export interface PositionalForm {
  /** 0-based index among the words that follow the command words and are not options. */
  index: number;
  /** Only when the positional at `keyIndex` (default: the one before) matches: `aws configure set KEY VALUE`. */
  keyMatches?: RegExp;
  keyIndex?: number;
  /** The positional is `KEY=VALUE` and only VALUE is secret (`npm config set //r/:_authToken=X`). */
  keyValue?: boolean;
  /** Only when an option cluster holds every one of these letters (`htpasswd -b`, `-nb`). */
  whenFlags?: string;
  /** …and none of these. */
  unlessFlags?: string;
}

export interface ProgramForm {
  kind: string;
  /** Executable names (the basename: `/usr/bin/docker` is `docker`). */
  programs: string[];
  /** Words that must follow the program (among its first non-option words), e.g. `login`, `configure set`. */
  command?: string[];
  options?: OptionForm[];
  positionals?: PositionalForm[];
  /** Options of this program that take a separate value, so their value is not counted as a positional. */
  valueOptions?: string[];
  /**
   * Standard input is a secret: always (`chpasswd`) or when one of these options is
   * given (`--password-stdin`). Then what is fed to it is redacted: its here-string
   * or heredoc, or the arguments of an `echo`/`printf` piped into it.
   */
  stdin?: true | string[];
}

// Name fragments that make an environment variable, a key or a setting a secret.
const SECRET_WORDS = String.raw`(?:SECRET|TOKEN|PASSWORD|PASSWD|PASSPHRASE|PASSCODE|API_?KEY|ACCESS_?KEY|ACCOUNT_?KEY|PRIVATE_?KEY|SECRET_?KEY|CLIENT_?SECRET|AUTH_?KEY|SIGNING_?KEY|ENCRYPTION_?KEY|SHARED_?ACCESS_?(?:KEY|SIGNATURE)|CREDENTIALS?|_AUTH|AUTHTOKEN|SESSION_?KEY|COOKIE)`;
// A name ending like this names a place or a property of the secret, not the secret (`GITHUB_TOKEN_FILE=/run/x`).
const NOT_THE_SECRET = String.raw`(?:_?(?:FILE|PATH|DIR|NAME|ID|TYPE|URL|URI|ENV|LENGTH|TTL|EXPIRY|EXPIRES|EXPIRATION|HEADER|ENDPOINT|ARN|REF|VERSION|REGION|COUNT|MODE|FORMAT|PREFIX))`;
export const SECRET_NAME = String.raw`[A-Za-z0-9_.-]*${SECRET_WORDS}(?:[A-Za-z0-9_]*[A-Za-z0-9])?`;
const SECRET_NAME_NOT_PLACE = String.raw`(?![A-Za-z0-9_.-]*${NOT_THE_SECRET}\b)${SECRET_NAME}`;

// A value as a shell word: quoted, or up to the next blank or operator; a URL-ish value stops at `&`.
const VALUE = String.raw`(?:"(?:[^"\\]|\\.)*"|'[^']*'|(?:\\.|[^\s;&|'"<>()\x60\\])+)+`;

export interface TextForm {
  kind: string;
  /** Global regular expression; the named group `s` is the secret. */
  pattern: RegExp;
  /**
   * A cheap regular expression (source, case-insensitive) that every match
   * satisfies. The hints of all forms make one quick test, so the common text
   * with no secret (`terraform plan`, a path) is answered without running
   * every pattern. A hint that misses a match would be a leak: the corpus
   * test runs every form through the quick test too.
   */
  hint: string;
  /**
   * Three characters, one of which every match of `hint` holds in a row (in
   * lower case; `?` stands for any ASCII character): a text holding none of
   * any form's anchors is answered without running the hints' RegExp, which
   * tries its ~40 alternatives at every character. An anchor a match can lack
   * would be a leak: the corpus and property tests check each form's.
   */
  anchors: string[];
}

// Order is priority: when two forms find overlapping secrets, the first named
// here names the kind (a token inside a URL password is a github-token).
export const TEXT_FORMS: TextForm[] = [
  {
    kind: 'private-key',
    hint: String.raw`PRIVATE KEY`, anchors: ['e k'],
    // An unterminated block (a truncated paste) is redacted to the end of the text.
    pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----(?<s>[\s\S]*?)(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|$)/g,
  },
  // Tokens whose prefix says what they are (issuers made them recognisable for secret scanning).
  { kind: 'github-token', hint: String.raw`gh[pousr]_|github_pat_`, anchors: ['hp_', 'ho_', 'hu_', 'hs_', 'hr_', 'b_p'], pattern: /(?<s>\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}))/g },
  { kind: 'gitlab-token', hint: String.raw`gl[a-z]{2,5}-`, anchors: ['gl?'], pattern: /(?<s>\b(?:glpat|gldt|glrt|glptt|glsoat|glcbt|gloas)-[A-Za-z0-9_-]{20,})/g },
  { kind: 'slack-webhook', hint: String.raw`hooks\.slack\.com`, anchors: ['.sl'], pattern: /\bhooks\.slack\.com\/(?:services|workflows|triggers)\/(?<s>[A-Za-z0-9_/-]{8,})/g },
  { kind: 'webhook', hint: String.raw`discord|webhook\.office`, anchors: ['isc', 'k.o'], pattern: /\b(?:discord(?:app)?\.com\/api\/webhooks|webhook\.office\.com\/webhookb2)\/(?<s>[A-Za-z0-9_@/-]{8,})/g },
  { kind: 'slack-token', hint: String.raw`xox|xapp-`, anchors: ['xox', 'xap'], pattern: /(?<s>\bxox[abposre]-[A-Za-z0-9-]{10,}|\bxapp-\d-[A-Za-z0-9-]{10,})/g },
  { kind: 'vault-token', hint: String.raw`hv[sbr]\.`, anchors: ['vs.', 'vb.', 'vr.'], pattern: /(?<s>\bhv[sbr]\.[A-Za-z0-9_-]{20,})/g },
  { kind: 'npm-token', hint: String.raw`npm_`, anchors: ['pm_'], pattern: /(?<s>\bnpm_[A-Za-z0-9]{30,})/g },
  { kind: 'docker-token', hint: String.raw`dckr_`, anchors: ['dck'], pattern: /(?<s>\bdckr_(?:pat|oat)_[A-Za-z0-9_-]{16,})/g },
  { kind: 'pypi-token', hint: String.raw`pypi-`, anchors: ['ypi'], pattern: /(?<s>\bpypi-AgE[A-Za-z0-9_-]{30,})/g },
  { kind: 'aws-access-key-id', hint: String.raw`AKIA|ASIA|ABIA|ACCA`, anchors: ['kia', 'sia', 'bia', 'cca'], pattern: /(?<s>\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})\b/g },
  {
    kind: 'api-key',
    hint: String.raw`sk-|sk_|rk_|AIza|ya29\.|hf_|SG\.|shp|dop_v1_|dp\.|lin_api_|NRAK-|dapi|glc_`, anchors: ['sk-', 'sk_', 'rk_', 'iza', 'a29', 'hf_', 'sg.', 'shp', 'p_v', 'dp.', 'n_a', 'ak-', 'dap', 'lc_'],
    pattern:
      /(?<s>\b(?:sk-(?:ant-|proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}|(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}|AIza[0-9A-Za-z_-]{35}|ya29\.[0-9A-Za-z_-]{20,}|hf_[A-Za-z0-9]{30,}|SG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}|shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}|dop_v1_[a-f0-9]{64}|dp\.(?:pt|st|ct|sa|scim)\.[A-Za-z0-9]{40,}|lin_api_[A-Za-z0-9]{40}|NRAK-[A-Z0-9]{27}|dapi[a-f0-9]{32}|glc_[A-Za-z0-9+/=]{32,}))/g,
  },
  { kind: 'jwt', hint: String.raw`eyJ`, anchors: ['eyj'], pattern: /(?<s>\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*)/g },
  {
    kind: 'authorization',
    hint: String.raw`authorization`, anchors: ['uth'],
    pattern: /\b(?:Proxy-)?Authorization\s*:\s*(?:(?:Bearer|Basic|Token|Digest|Negotiate|AWS4-HMAC-SHA256|token|bearer|basic)\s+)?(?<s>[^\s'"\\]+(?:[ \t]+[^\s'"\\]+)*?)(?=\s*(?:['"\\]|$|\n))/gim,
  },
  { kind: 'cookie', hint: String.raw`cookie`, anchors: ['kie'], pattern: /\b(?:Set-)?Cookie\s*:\s*(?<s>[^'"\n\\]+)/gi },
  {
    kind: 'api-key',
    hint: String.raw`(?:token|key|secret|auth|password)[A-Za-z-]*\s*:`, anchors: ['tok', 'key', 'ecr', 'uth', 'ssw'],
    // Headers that carry a key: X-Api-Key, Private-Token (GitLab), X-Vault-Token, X-Auth-Token…
    // A header starts a word (`-H 'X-Api-Key: …'`); `https://x-access-token:…@` is a URL's user.
    pattern: /(?:^|[\s'"])(?:X-[A-Za-z-]*(?:Token|Key|Secret|Auth|Password)[A-Za-z-]*|Api-?Key|Private-Token|Access-Token|Auth-Token)\s*:\s*(?<s>[^\s'"\\]+)/gi,
  },
  { kind: 'bearer-token', hint: String.raw`bearer`, anchors: ['bea'], pattern: /\bBearer\s+(?<s>[A-Za-z0-9\-._~+/]{8,}=*)/g },
  {
    kind: 'url-password',
    hint: String.raw`://[^\s/]*@`, anchors: ['??@'],
    // scheme://user:password@host: the user is kept.
    pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@'"]*:(?<s>[^\s/@'"]+)(?=@)/gi,
  },
  {
    kind: 'url-secret',
    hint: String.raw`(?:token|key|secret|passw|pwd|sig|signature|credential|auth|code)=`, anchors: ['tok', 'key', 'ecr', 'ssw', 'pwd', 'ig=', 're=', 'tia', 'uth', 'de='],
    // ?access_token=…&sig=… in a URL: presigned S3 links, Azure SAS, API keys in queries.
    pattern: /[?&](?:access_?token|refresh_?token|id_?token|token|api_?key|apikey|key|secret|client_?secret|password|passwd|pwd|sig|signature|x-amz-signature|x-amz-security-token|x-amz-credential|x-goog-signature|x-goog-credential|private_token|auth|code)=(?<s>[^\s&#'"]+)/gi,
  },
  {
    kind: 'password',
    hint: String.raw`machine\s`, anchors: ['mac'],
    // A .netrc entry written by a command: `machine host login bob password PASS`.
    pattern: /\bmachine\s+\S+\s+(?:login\s+\S+\s+)?password\s+(?<s>[^\s'"]+)/g,
  },
  {
    kind: 'secret',
    hint: String.raw`(?:password|pwd|accountkey|sharedaccess[a-z]*)\s*=`, anchors: ['ssw', 'pwd', 'key', 'dac'],
    // Connection strings: Server=…;User Id=sa;Password=…; and Pwd=…
    pattern: /(?:^|[;'"\s])(?:Password|Pwd|AccountKey|SharedAccessKey|SharedAccessSignature)\s*=\s*(?<s>[^;'"\s][^;'"\n]*)/gi,
  },
  {
    kind: 'secret',
    hint: String.raw`(?:secret|token|passw|passphrase|passcode|key|credential|auth|cookie)[A-Za-z0-9_]*=`, anchors: ['ecr', 'tok', 'ssw', 'ssp', 'ssc', 'key', 'tia', 'uth', 'kie'],
    // NAME=value for secret-looking names: AWS_SECRET_ACCESS_KEY=…, export GITHUB_TOKEN=…, --set db.password=…
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9_])${SECRET_NAME_NOT_PLACE}=(?<s>${VALUE})`, 'gi'),
  },
  {
    kind: 'secret',
    hint: String.raw`(?:secret|token|passw|passphrase|passcode|key|credential|auth|cookie)[A-Za-z0-9_]*"?[ \t]*:`, anchors: ['ecr', 'tok', 'ssw', 'ssp', 'ssc', 'key', 'tia', 'uth', 'kie'],
    // "password": "…" / api_key: … in JSON or YAML carried by a command (curl -d, echo, a heredoc).
    // JSON needs the quoted key; YAML a blank after the colon (`x-access-token:ghs_…@host` is a URL, not a key).
    pattern: new RegExp(String.raw`(?:"${SECRET_NAME_NOT_PLACE}"\s*:\s*|\b${SECRET_NAME_NOT_PLACE}:[ \t]+)(?<s>"(?:[^"\\]|\\.)*"|'[^']*'|[^\s,}'"\]]+)`, 'gi'),
  },
  {
    kind: 'password',
    hint: String.raw`-[A-Za-z0-9_-]*(?:passw|passphrase|token|secret|key|credential|storepass|keypass)`, anchors: ['ssw', 'ssp', 'tok', 'ecr', 'key', 'tia', 'epa'],
    // --password=…, --db-password …, --token …, --client-secret=…, --api-key …, -passphrase …
    pattern: new RegExp(
      String.raw`(?:^|\s)--?(?:[A-Za-z0-9]+[-_])*(?:password|passwd|passphrase|token|secret|api-?key|access-?key|secret-?key|private-?key|auth-?token|credentials?|client-?secret|storepass|keypass|srcstorepass|deststorepass)(?:=|\s+)(?<s>"(?:[^"\\]|\\.)*"|'[^']*'|[^\s;&|'"<>-](?:\\.|[^\s;&|'"<>])*)`,
      'gi',
    ),
  },
];

// Login commands whose -p/--password is a password, and whose --password-stdin reads one.
const REGISTRY_LOGINS = ['docker', 'podman', 'nerdctl', 'buildah', 'skopeo', 'oras', 'finch', 'regctl'];

export const PROGRAM_FORMS: ProgramForm[] = [
  {
    kind: 'password',
    programs: REGISTRY_LOGINS,
    command: ['login'],
    options: [{ names: ['-p', '--password'] }],
    valueOptions: ['-u', '--username', '--authfile', '--config'],
    stdin: ['--password-stdin'],
  },
  { kind: 'password', programs: ['helm'], command: ['registry', 'login'], options: [{ names: ['-p', '--password'] }], stdin: ['--password-stdin'] },
  { kind: 'password', programs: ['crane'], command: ['auth', 'login'], options: [{ names: ['-p', '--password'] }], stdin: ['--password-stdin'] },
  { kind: 'password', programs: ['az'], command: ['login'], options: [{ names: ['-p', '--password'] }] },
  { kind: 'password', programs: ['cf'], command: ['login'], options: [{ names: ['-p'] }] },
  { kind: 'password', programs: ['oc'], command: ['login'], options: [{ names: ['-p', '--password', '--token'] }] },
  {
    kind: 'password',
    programs: ['mysql', 'mysqldump', 'mysqladmin', 'mysqlimport', 'mysqlshow', 'mysqlcheck', 'mariadb', 'mariadb-dump', 'mariadb-admin'],
    options: [{ names: ['-p'], gluedOnly: true }],
  },
  { kind: 'password', programs: ['mongosh', 'mongo', 'mongodump', 'mongorestore', 'mongoexport', 'mongoimport'], options: [{ names: ['-p'] }] },
  { kind: 'password', programs: ['sshpass'], options: [{ names: ['-p'] }] },
  { kind: 'password', programs: ['redis-cli', 'valkey-cli', 'keydb-cli'], options: [{ names: ['-a', '--pass', '--askpass'] }] },
  { kind: 'password', programs: ['sqlcmd', 'bcp'], options: [{ names: ['-P'] }] },
  { kind: 'password', programs: ['ldapsearch', 'ldapadd', 'ldapmodify', 'ldapdelete', 'ldappasswd', 'ldapwhoami'], options: [{ names: ['-w', '-s'] }] },
  { kind: 'password', programs: ['smbclient', 'rpcclient', 'smbmap'], options: [{ names: ['-U', '--user'], shape: 'after-percent' }] },
  { kind: 'password', programs: ['zip', 'unzip', 'zipcloak'], options: [{ names: ['-P', '--password'] }] },
  { kind: 'password', programs: ['7z', '7za', '7zr'], options: [{ names: ['-p'], gluedOnly: true }] },
  { kind: 'password', programs: ['ssh-keygen'], options: [{ names: ['-N', '-P'] }] },
  { kind: 'password', programs: ['gpg', 'gpg2'], options: [{ names: ['--passphrase'] }] },
  {
    kind: 'password',
    programs: ['openssl'],
    options: [{ names: ['-pass', '-passin', '-passout', '-password'], shape: 'after-pass-prefix' }, { names: ['-k'] }],
  },
  { kind: 'password', programs: ['keytool'], options: [{ names: ['-storepass', '-keypass', '-srcstorepass', '-deststorepass', '-srckeypass', '-destkeypass'] }] },
  {
    kind: 'password',
    programs: ['curl'],
    options: [
      { names: ['-u', '--user', '-U', '--proxy-user'], shape: 'after-colon' },
      { names: ['--oauth2-bearer'] },
      { names: ['-b', '--cookie'], shape: 'cookie' },
    ],
  },
  { kind: 'password', programs: ['wget'], options: [{ names: ['--password', '--http-password', '--ftp-password', '--proxy-password'] }] },
  { kind: 'password', programs: ['http', 'https', 'xh'], options: [{ names: ['-a', '--auth'], shape: 'after-colon' }] },
  { kind: 'secret', programs: ['gh'], command: ['secret', 'set'], options: [{ names: ['-b', '--body'] }], stdin: true },
  { kind: 'github-token', programs: ['gh'], command: ['auth', 'login'], stdin: ['--with-token'] },
  {
    kind: 'secret',
    programs: ['kubectl', 'oc'],
    command: ['create', 'secret'],
    options: [{ names: ['--from-literal'], shape: 'after-equals' }],
  },
  { kind: 'vault-token', programs: ['vault', 'bao'], command: ['login'], positionals: [{ index: 0 }], stdin: ['-'] },
  {
    kind: 'secret',
    // Every value given to `vault kv put`/`write` may be a secret: that is what the store is for.
    programs: ['vault', 'bao'],
    command: ['kv', 'put'],
    positionals: [{ index: 1, keyValue: true }, { index: 2, keyValue: true }, { index: 3, keyValue: true }, { index: 4, keyValue: true }],
    valueOptions: ['-mount', '--mount'],
  },
  {
    kind: 'aws-secret-key',
    programs: ['aws'],
    command: ['configure', 'set'],
    positionals: [{ index: 1, keyMatches: /secret|token|password/i }],
    valueOptions: ['--profile', '--region'],
  },
  {
    kind: 'npm-token',
    programs: ['npm', 'pnpm', 'yarn', 'bun'],
    command: ['config', 'set'],
    positionals: [
      { index: 1, keyMatches: /_auth|authtoken|_password|token|npmAuthIdent/i },
      { index: 0, keyValue: true, keyMatches: /_auth|authtoken|_password|token|npmAuthIdent/i, keyIndex: 0 },
    ],
    valueOptions: ['--location', '-L', '--userconfig', '--registry'],
  },
  { kind: 'npm-token', programs: ['npm'], command: ['set'], positionals: [{ index: 1, keyMatches: /_auth|authtoken|_password|token/i }] },
  {
    kind: 'password',
    programs: ['htpasswd'],
    positionals: [{ index: 1, whenFlags: 'bn' }, { index: 2, whenFlags: 'b', unlessFlags: 'n' }],
  },
  { kind: 'password', programs: ['rabbitmqctl'], command: ['add_user'], positionals: [{ index: 1 }] },
  { kind: 'password', programs: ['rabbitmqctl'], command: ['change_password'], positionals: [{ index: 1 }] },
  {
    kind: 'secret',
    // `fly secrets set K=V`, `heroku config:set K=V`: whatever is set there is a secret.
    programs: ['fly', 'flyctl'],
    command: ['secrets', 'set'],
    positionals: [0, 1, 2, 3, 4, 5].map((index) => ({ index, keyValue: true })),
  },
  { kind: 'password', programs: ['chpasswd', 'chgpasswd'], stdin: true },
  // `sudo -S` reads the user's password from standard input.
  { kind: 'password', programs: ['sudo'], stdin: ['-S', '--stdin'] },
  { kind: 'password', programs: ['passwd'], stdin: ['--stdin'] },
  { kind: 'secret', programs: ['docker', 'podman'], command: ['secret', 'create'], stdin: ['-'] },
];

/** Programs that only print their arguments: piped into a stdin-secret program, their arguments are the secret. */
export const FEEDERS = ['echo', 'printf', 'print'];

/** Wrappers skipped to find the program they run: their options that take a value, and positionals before the program (`timeout 30 cmd`). */
export const WRAPPERS: Record<string, { valueOptions: string[]; leadingPositionals?: number }> = {
  sudo: { valueOptions: ['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U'] },
  doas: { valueOptions: ['-u', '-C'] },
  env: { valueOptions: ['-u', '--unset', '-C', '--chdir', '-S', '--split-string'] },
  command: { valueOptions: [] },
  exec: { valueOptions: ['-a'] },
  nohup: { valueOptions: [] },
  time: { valueOptions: ['-f', '-o'] },
  nice: { valueOptions: ['-n'] },
  ionice: { valueOptions: ['-c', '-n'] },
  timeout: { valueOptions: ['-s', '-k', '--signal', '--kill-after'], leadingPositionals: 1 },
  xargs: { valueOptions: ['-I', '-n', '-P', '-d', '-E', '-L', '-s'] },
  stdbuf: { valueOptions: ['-i', '-o', '-e'] },
  npx: { valueOptions: ['-p', '--package'] },
  bunx: { valueOptions: [] },
};
