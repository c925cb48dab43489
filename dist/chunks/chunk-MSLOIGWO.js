import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);

// src/redaction/shell-words.ts
var BLANK = /* @__PURE__ */ new Set([" ", "	", "\r"]);
var WORD_END = /* @__PURE__ */ new Set([" ", "	", "\r", "\n", ";", "&", "|", "(", ")", "<", ">", "`"]);
function shellSegments(text) {
  const segments = [];
  let current = newSegment(false);
  let pendingHeredocs = [];
  let i = 0;
  const finish = (piped) => {
    if (current.words.length > 0 || current.hereStrings.length > 0 || current.heredocs.length > 0) segments.push(current);
    current = newSegment(piped);
  };
  while (i < text.length) {
    const c = text[i];
    if (BLANK.has(c)) {
      i++;
      continue;
    }
    if (c === "\\" && text[i + 1] === "\n") {
      i += 2;
      continue;
    }
    if (c === "\n") {
      i++;
      for (const pending of pendingHeredocs) i = readHeredocBody(text, i, pending);
      pendingHeredocs = [];
      finish(false);
      continue;
    }
    if (c === "#") {
      while (i < text.length && text[i] !== "\n") i++;
      continue;
    }
    if (c === "|") {
      const twice = text[i + 1] === "|";
      i += twice ? 2 : text[i + 1] === "&" ? 2 : 1;
      finish(!twice);
      continue;
    }
    if (c === ";" || c === "&" || c === "(" || c === ")" || c === "`" || c === "{" && isLoneBrace(text, i) || c === "}" && isLoneBrace(text, i)) {
      i++;
      if (c === "&" && text[i] === ">") {
        i = skipRedirectionTarget(text, i + (text[i + 1] === ">" ? 2 : 1));
        continue;
      }
      if (c === "&" && text[i] === "&") i++;
      finish(false);
      continue;
    }
    if (c === "$" && text[i + 1] === "(") {
      i += 2;
      finish(false);
      continue;
    }
    if (c === "<" || c === ">") {
      if (text.startsWith("<<<", i)) {
        i = skipBlanks(text, i + 3);
        const word2 = readWord(text, i);
        if (word2) current.hereStrings.push(word2);
        i = word2 ? word2.end : i;
        continue;
      }
      if (text.startsWith("<<", i) && text[i + 2] !== "<") {
        const stripTabs = text[i + 2] === "-";
        i = skipBlanks(text, i + (stripTabs ? 3 : 2));
        const word2 = readWord(text, i);
        if (word2) {
          pendingHeredocs.push({ delimiter: word2.value, stripTabs, segment: current });
          i = word2.end;
        }
        continue;
      }
      i++;
      while (text[i] === ">" || text[i] === "&" || text[i] === "|" || text[i] === "<" && c === "<") i++;
      i = skipRedirectionTarget(text, i);
      continue;
    }
    const word = readWord(text, i);
    if (!word) {
      i++;
      continue;
    }
    if (/^\d+$/.test(text.slice(word.start, word.end)) && (text[word.end] === ">" || text[word.end] === "<")) {
      i = word.end;
      continue;
    }
    current.words.push(word);
    i = word.end;
  }
  finish(false);
  return segments;
}
function newSegment(piped) {
  return { words: [], hereStrings: [], heredocs: [], piped };
}
function isLoneBrace(text, i) {
  const before = i === 0 ? " " : text[i - 1];
  const after = i + 1 >= text.length ? " " : text[i + 1];
  return (BLANK.has(before) || before === "\n" || before === ";") && (BLANK.has(after) || after === "\n" || after === ";");
}
function skipBlanks(text, i) {
  while (i < text.length && BLANK.has(text[i])) i++;
  return i;
}
function skipRedirectionTarget(text, i) {
  i = skipBlanks(text, i);
  const word = readWord(text, i);
  return word ? word.end : i;
}
function readWord(text, i) {
  const start = i;
  let value = "";
  while (i < text.length) {
    const c = text[i];
    if (c === "'") {
      const close = text.indexOf("'", i + 1);
      const end2 = close === -1 ? text.length : close;
      value += text.slice(i + 1, end2);
      i = end2 + 1;
    } else if (c === "$" && text[i + 1] === "'") {
      i += 2;
      while (i < text.length && text[i] !== "'") {
        if (text[i] === "\\" && i + 1 < text.length) {
          value += ansiEscape(text[i + 1]);
          i += 2;
        } else value += text[i++];
      }
      i++;
    } else if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === "\\" && '"\\$`\n'.includes(text[i + 1] ?? "")) {
          if (text[i + 1] !== "\n") value += text[i + 1];
          i += 2;
        } else value += text[i++];
      }
      i++;
    } else if (c === "\\") {
      if (i + 1 < text.length && text[i + 1] !== "\n") value += text[i + 1];
      i += 2;
    } else if (WORD_END.has(c) || c === "$" && text[i + 1] === "(") {
      break;
    } else {
      value += c;
      i++;
    }
  }
  const end = Math.min(i, text.length);
  return end > start ? { start, end, value } : void 0;
}
function ansiEscape(c) {
  switch (c) {
    case "n":
      return "\n";
    case "t":
      return "	";
    case "r":
      return "\r";
    default:
      return c;
  }
}
function readHeredocBody(text, i, pending) {
  const bodyStart = i;
  let lineStart = i;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let line = text.slice(lineStart, lineEnd);
    if (pending.stripTabs) line = line.replace(/^\t+/, "");
    if (line === pending.delimiter) {
      if (lineStart > bodyStart) pending.segment.heredocs.push({ start: bodyStart, end: lineStart - 1 });
      return Math.min(lineEnd + 1, text.length);
    }
    lineStart = lineEnd + 1;
  }
  if (text.length > bodyStart) pending.segment.heredocs.push({ start: bodyStart, end: text.length });
  return text.length;
}

// src/redaction/secret-forms.ts
var SECRET_WORDS = String.raw`(?:SECRET|TOKEN|PASSWORD|PASSWD|PASSPHRASE|PASSCODE|API_?KEY|ACCESS_?KEY|ACCOUNT_?KEY|PRIVATE_?KEY|SECRET_?KEY|CLIENT_?SECRET|AUTH_?KEY|SIGNING_?KEY|ENCRYPTION_?KEY|SHARED_?ACCESS_?(?:KEY|SIGNATURE)|CREDENTIALS?|_AUTH|AUTHTOKEN|SESSION_?KEY|COOKIE)`;
var NOT_THE_SECRET = String.raw`(?:_?(?:FILE|PATH|DIR|NAME|ID|TYPE|URL|URI|ENV|LENGTH|TTL|EXPIRY|EXPIRES|EXPIRATION|HEADER|ENDPOINT|ARN|REF|VERSION|REGION|COUNT|MODE|FORMAT|PREFIX))`;
var SECRET_NAME = String.raw`[A-Za-z0-9_.-]*${SECRET_WORDS}(?:[A-Za-z0-9_]*[A-Za-z0-9])?`;
var SECRET_NAME_NOT_PLACE = String.raw`(?![A-Za-z0-9_.-]*${NOT_THE_SECRET}\b)${SECRET_NAME}`;
var VALUE = String.raw`(?:"(?:[^"\\]|\\.)*"|'[^']*'|(?:\\.|[^\s;&|'"<>()\x60\\])+)+`;
var TEXT_FORMS = [
  {
    kind: "private-key",
    hint: String.raw`PRIVATE KEY`,
    anchors: ["e k"],
    // An unterminated block (a truncated paste) is redacted to the end of the text.
    pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----(?<s>[\s\S]*?)(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|$)/g
  },
  // Tokens whose prefix says what they are (issuers made them recognisable for secret scanning).
  { kind: "github-token", hint: String.raw`gh[pousr]_|github_pat_`, anchors: ["hp_", "ho_", "hu_", "hs_", "hr_", "b_p"], pattern: /(?<s>\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}))/g },
  { kind: "gitlab-token", hint: String.raw`gl[a-z]{2,5}-`, anchors: ["gl?"], pattern: /(?<s>\b(?:glpat|gldt|glrt|glptt|glsoat|glcbt|gloas)-[A-Za-z0-9_-]{20,})/g },
  { kind: "slack-webhook", hint: String.raw`hooks\.slack\.com`, anchors: [".sl"], pattern: /\bhooks\.slack\.com\/(?:services|workflows|triggers)\/(?<s>[A-Za-z0-9_/-]{8,})/g },
  { kind: "webhook", hint: String.raw`discord|webhook\.office`, anchors: ["isc", "k.o"], pattern: /\b(?:discord(?:app)?\.com\/api\/webhooks|webhook\.office\.com\/webhookb2)\/(?<s>[A-Za-z0-9_@/-]{8,})/g },
  { kind: "slack-token", hint: String.raw`xox|xapp-`, anchors: ["xox", "xap"], pattern: /(?<s>\bxox[abposre]-[A-Za-z0-9-]{10,}|\bxapp-\d-[A-Za-z0-9-]{10,})/g },
  { kind: "vault-token", hint: String.raw`hv[sbr]\.`, anchors: ["vs.", "vb.", "vr."], pattern: /(?<s>\bhv[sbr]\.[A-Za-z0-9_-]{20,})/g },
  { kind: "npm-token", hint: String.raw`npm_`, anchors: ["pm_"], pattern: /(?<s>\bnpm_[A-Za-z0-9]{30,})/g },
  { kind: "docker-token", hint: String.raw`dckr_`, anchors: ["dck"], pattern: /(?<s>\bdckr_(?:pat|oat)_[A-Za-z0-9_-]{16,})/g },
  { kind: "pypi-token", hint: String.raw`pypi-`, anchors: ["ypi"], pattern: /(?<s>\bpypi-AgE[A-Za-z0-9_-]{30,})/g },
  { kind: "aws-access-key-id", hint: String.raw`AKIA|ASIA|ABIA|ACCA`, anchors: ["kia", "sia", "bia", "cca"], pattern: /(?<s>\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})\b/g },
  {
    kind: "api-key",
    hint: String.raw`sk-|sk_|rk_|AIza|ya29\.|hf_|SG\.|shp|dop_v1_|dp\.|lin_api_|NRAK-|dapi|glc_`,
    anchors: ["sk-", "sk_", "rk_", "iza", "a29", "hf_", "sg.", "shp", "p_v", "dp.", "n_a", "ak-", "dap", "lc_"],
    pattern: /(?<s>\b(?:sk-(?:ant-|proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}|(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}|AIza[0-9A-Za-z_-]{35}|ya29\.[0-9A-Za-z_-]{20,}|hf_[A-Za-z0-9]{30,}|SG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}|shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}|dop_v1_[a-f0-9]{64}|dp\.(?:pt|st|ct|sa|scim)\.[A-Za-z0-9]{40,}|lin_api_[A-Za-z0-9]{40}|NRAK-[A-Z0-9]{27}|dapi[a-f0-9]{32}|glc_[A-Za-z0-9+/=]{32,}))/g
  },
  { kind: "jwt", hint: String.raw`eyJ`, anchors: ["eyj"], pattern: /(?<s>\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*)/g },
  {
    kind: "authorization",
    hint: String.raw`authorization`,
    anchors: ["uth"],
    pattern: /\b(?:Proxy-)?Authorization\s*:\s*(?:(?:Bearer|Basic|Token|Digest|Negotiate|AWS4-HMAC-SHA256|token|bearer|basic)\s+)?(?<s>[^\s'"\\]+(?:[ \t]+[^\s'"\\]+)*?)(?=\s*(?:['"\\]|$|\n))/gim
  },
  { kind: "cookie", hint: String.raw`cookie`, anchors: ["kie"], pattern: /\b(?:Set-)?Cookie\s*:\s*(?<s>[^'"\n\\]+)/gi },
  {
    kind: "api-key",
    hint: String.raw`(?:token|key|secret|auth|password)[A-Za-z-]*\s*:`,
    anchors: ["tok", "key", "ecr", "uth", "ssw"],
    // Headers that carry a key: X-Api-Key, Private-Token (GitLab), X-Vault-Token, X-Auth-Token…
    // A header starts a word (`-H 'X-Api-Key: …'`); `https://x-access-token:…@` is a URL's user.
    pattern: /(?:^|[\s'"])(?:X-[A-Za-z-]*(?:Token|Key|Secret|Auth|Password)[A-Za-z-]*|Api-?Key|Private-Token|Access-Token|Auth-Token)\s*:\s*(?<s>[^\s'"\\]+)/gi
  },
  { kind: "bearer-token", hint: String.raw`bearer`, anchors: ["bea"], pattern: /\bBearer\s+(?<s>[A-Za-z0-9\-._~+/]{8,}=*)/g },
  {
    kind: "url-password",
    hint: String.raw`://[^\s/]*@`,
    anchors: ["??@"],
    // scheme://user:password@host: the user is kept.
    pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@'"]*:(?<s>[^\s/@'"]+)(?=@)/gi
  },
  {
    kind: "url-secret",
    hint: String.raw`(?:token|key|secret|passw|pwd|sig|signature|credential|auth|code)=`,
    anchors: ["tok", "key", "ecr", "ssw", "pwd", "ig=", "re=", "tia", "uth", "de="],
    // ?access_token=…&sig=… in a URL: presigned S3 links, Azure SAS, API keys in queries.
    pattern: /[?&](?:access_?token|refresh_?token|id_?token|token|api_?key|apikey|key|secret|client_?secret|password|passwd|pwd|sig|signature|x-amz-signature|x-amz-security-token|x-amz-credential|x-goog-signature|x-goog-credential|private_token|auth|code)=(?<s>[^\s&#'"]+)/gi
  },
  {
    kind: "password",
    hint: String.raw`machine\s`,
    anchors: ["mac"],
    // A .netrc entry written by a command: `machine host login bob password PASS`.
    pattern: /\bmachine\s+\S+\s+(?:login\s+\S+\s+)?password\s+(?<s>[^\s'"]+)/g
  },
  {
    kind: "secret",
    hint: String.raw`(?:password|pwd|accountkey|sharedaccess[a-z]*)\s*=`,
    anchors: ["ssw", "pwd", "key", "dac"],
    // Connection strings: Server=…;User Id=sa;Password=…; and Pwd=…
    pattern: /(?:^|[;'"\s])(?:Password|Pwd|AccountKey|SharedAccessKey|SharedAccessSignature)\s*=\s*(?<s>[^;'"\s][^;'"\n]*)/gi
  },
  {
    kind: "secret",
    hint: String.raw`(?:secret|token|passw|passphrase|passcode|key|credential|auth|cookie)[A-Za-z0-9_]*=`,
    anchors: ["ecr", "tok", "ssw", "ssp", "ssc", "key", "tia", "uth", "kie"],
    // NAME=value for secret-looking names: AWS_SECRET_ACCESS_KEY=…, export GITHUB_TOKEN=…, --set db.password=…
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9_])${SECRET_NAME_NOT_PLACE}=(?<s>${VALUE})`, "gi")
  },
  {
    kind: "secret",
    hint: String.raw`(?:secret|token|passw|passphrase|passcode|key|credential|auth|cookie)[A-Za-z0-9_]*"?[ \t]*:`,
    anchors: ["ecr", "tok", "ssw", "ssp", "ssc", "key", "tia", "uth", "kie"],
    // "password": "…" / api_key: … in JSON or YAML carried by a command (curl -d, echo, a heredoc).
    // JSON needs the quoted key; YAML a blank after the colon (`x-access-token:ghs_…@host` is a URL, not a key).
    pattern: new RegExp(String.raw`(?:"${SECRET_NAME_NOT_PLACE}"\s*:\s*|\b${SECRET_NAME_NOT_PLACE}:[ \t]+)(?<s>"(?:[^"\\]|\\.)*"|'[^']*'|[^\s,}'"\]]+)`, "gi")
  },
  {
    kind: "password",
    hint: String.raw`-[A-Za-z0-9_-]*(?:passw|passphrase|token|secret|key|credential|storepass|keypass)`,
    anchors: ["ssw", "ssp", "tok", "ecr", "key", "tia", "epa"],
    // --password=…, --db-password …, --token …, --client-secret=…, --api-key …, -passphrase …
    pattern: new RegExp(
      String.raw`(?:^|\s)--?(?:[A-Za-z0-9]+[-_])*(?:password|passwd|passphrase|token|secret|api-?key|access-?key|secret-?key|private-?key|auth-?token|credentials?|client-?secret|storepass|keypass|srcstorepass|deststorepass)(?:=|\s+)(?<s>"(?:[^"\\]|\\.)*"|'[^']*'|[^\s;&|'"<>-](?:\\.|[^\s;&|'"<>])*)`,
      "gi"
    )
  }
];
var REGISTRY_LOGINS = ["docker", "podman", "nerdctl", "buildah", "skopeo", "oras", "finch", "regctl"];
var PROGRAM_FORMS = [
  {
    kind: "password",
    programs: REGISTRY_LOGINS,
    command: ["login"],
    options: [{ names: ["-p", "--password"] }],
    valueOptions: ["-u", "--username", "--authfile", "--config"],
    stdin: ["--password-stdin"]
  },
  { kind: "password", programs: ["helm"], command: ["registry", "login"], options: [{ names: ["-p", "--password"] }], stdin: ["--password-stdin"] },
  { kind: "password", programs: ["crane"], command: ["auth", "login"], options: [{ names: ["-p", "--password"] }], stdin: ["--password-stdin"] },
  { kind: "password", programs: ["az"], command: ["login"], options: [{ names: ["-p", "--password"] }] },
  { kind: "password", programs: ["cf"], command: ["login"], options: [{ names: ["-p"] }] },
  { kind: "password", programs: ["oc"], command: ["login"], options: [{ names: ["-p", "--password", "--token"] }] },
  {
    kind: "password",
    programs: ["mysql", "mysqldump", "mysqladmin", "mysqlimport", "mysqlshow", "mysqlcheck", "mariadb", "mariadb-dump", "mariadb-admin"],
    options: [{ names: ["-p"], gluedOnly: true }]
  },
  { kind: "password", programs: ["mongosh", "mongo", "mongodump", "mongorestore", "mongoexport", "mongoimport"], options: [{ names: ["-p"] }] },
  { kind: "password", programs: ["sshpass"], options: [{ names: ["-p"] }] },
  { kind: "password", programs: ["redis-cli", "valkey-cli", "keydb-cli"], options: [{ names: ["-a", "--pass", "--askpass"] }] },
  { kind: "password", programs: ["sqlcmd", "bcp"], options: [{ names: ["-P"] }] },
  { kind: "password", programs: ["ldapsearch", "ldapadd", "ldapmodify", "ldapdelete", "ldappasswd", "ldapwhoami"], options: [{ names: ["-w", "-s"] }] },
  { kind: "password", programs: ["smbclient", "rpcclient", "smbmap"], options: [{ names: ["-U", "--user"], shape: "after-percent" }] },
  { kind: "password", programs: ["zip", "unzip", "zipcloak"], options: [{ names: ["-P", "--password"] }] },
  { kind: "password", programs: ["7z", "7za", "7zr"], options: [{ names: ["-p"], gluedOnly: true }] },
  { kind: "password", programs: ["ssh-keygen"], options: [{ names: ["-N", "-P"] }] },
  { kind: "password", programs: ["gpg", "gpg2"], options: [{ names: ["--passphrase"] }] },
  {
    kind: "password",
    programs: ["openssl"],
    options: [{ names: ["-pass", "-passin", "-passout", "-password"], shape: "after-pass-prefix" }, { names: ["-k"] }]
  },
  { kind: "password", programs: ["keytool"], options: [{ names: ["-storepass", "-keypass", "-srcstorepass", "-deststorepass", "-srckeypass", "-destkeypass"] }] },
  {
    kind: "password",
    programs: ["curl"],
    options: [
      { names: ["-u", "--user", "-U", "--proxy-user"], shape: "after-colon" },
      { names: ["--oauth2-bearer"] },
      { names: ["-b", "--cookie"], shape: "cookie" }
    ]
  },
  { kind: "password", programs: ["wget"], options: [{ names: ["--password", "--http-password", "--ftp-password", "--proxy-password"] }] },
  { kind: "password", programs: ["http", "https", "xh"], options: [{ names: ["-a", "--auth"], shape: "after-colon" }] },
  { kind: "secret", programs: ["gh"], command: ["secret", "set"], options: [{ names: ["-b", "--body"] }], stdin: true },
  { kind: "github-token", programs: ["gh"], command: ["auth", "login"], stdin: ["--with-token"] },
  {
    kind: "secret",
    programs: ["kubectl", "oc"],
    command: ["create", "secret"],
    options: [{ names: ["--from-literal"], shape: "after-equals" }]
  },
  { kind: "vault-token", programs: ["vault", "bao"], command: ["login"], positionals: [{ index: 0 }], stdin: ["-"] },
  {
    kind: "secret",
    // Every value given to `vault kv put`/`write` may be a secret: that is what the store is for.
    programs: ["vault", "bao"],
    command: ["kv", "put"],
    positionals: [{ index: 1, keyValue: true }, { index: 2, keyValue: true }, { index: 3, keyValue: true }, { index: 4, keyValue: true }],
    valueOptions: ["-mount", "--mount"]
  },
  {
    kind: "aws-secret-key",
    programs: ["aws"],
    command: ["configure", "set"],
    positionals: [{ index: 1, keyMatches: /secret|token|password/i }],
    valueOptions: ["--profile", "--region"]
  },
  {
    kind: "npm-token",
    programs: ["npm", "pnpm", "yarn", "bun"],
    command: ["config", "set"],
    positionals: [
      { index: 1, keyMatches: /_auth|authtoken|_password|token|npmAuthIdent/i },
      { index: 0, keyValue: true, keyMatches: /_auth|authtoken|_password|token|npmAuthIdent/i, keyIndex: 0 }
    ],
    valueOptions: ["--location", "-L", "--userconfig", "--registry"]
  },
  { kind: "npm-token", programs: ["npm"], command: ["set"], positionals: [{ index: 1, keyMatches: /_auth|authtoken|_password|token/i }] },
  {
    kind: "password",
    programs: ["htpasswd"],
    positionals: [{ index: 1, whenFlags: "bn" }, { index: 2, whenFlags: "b", unlessFlags: "n" }]
  },
  { kind: "password", programs: ["rabbitmqctl"], command: ["add_user"], positionals: [{ index: 1 }] },
  { kind: "password", programs: ["rabbitmqctl"], command: ["change_password"], positionals: [{ index: 1 }] },
  {
    kind: "secret",
    // `fly secrets set K=V`, `heroku config:set K=V`: whatever is set there is a secret.
    programs: ["fly", "flyctl"],
    command: ["secrets", "set"],
    positionals: [0, 1, 2, 3, 4, 5].map((index) => ({ index, keyValue: true }))
  },
  { kind: "password", programs: ["chpasswd", "chgpasswd"], stdin: true },
  // `sudo -S` reads the user's password from standard input.
  { kind: "password", programs: ["sudo"], stdin: ["-S", "--stdin"] },
  { kind: "password", programs: ["passwd"], stdin: ["--stdin"] },
  { kind: "secret", programs: ["docker", "podman"], command: ["secret", "create"], stdin: ["-"] }
];
var FEEDERS = ["echo", "printf", "print"];
var WRAPPERS = {
  sudo: { valueOptions: ["-u", "-g", "-C", "-D", "-h", "-p", "-r", "-t", "-U"] },
  doas: { valueOptions: ["-u", "-C"] },
  env: { valueOptions: ["-u", "--unset", "-C", "--chdir", "-S", "--split-string"] },
  command: { valueOptions: [] },
  exec: { valueOptions: ["-a"] },
  nohup: { valueOptions: [] },
  time: { valueOptions: ["-f", "-o"] },
  nice: { valueOptions: ["-n"] },
  ionice: { valueOptions: ["-c", "-n"] },
  timeout: { valueOptions: ["-s", "-k", "--signal", "--kill-after"], leadingPositionals: 1 },
  xargs: { valueOptions: ["-I", "-n", "-P", "-d", "-E", "-L", "-s"] },
  stdbuf: { valueOptions: ["-i", "-o", "-e"] },
  npx: { valueOptions: ["-p", "--package"] },
  bunx: { valueOptions: [] }
};

// src/redaction/redact.ts
var MARKER = /\[REDACTED:[a-z0-9-]+\]/g;
var FORMS_BY_PROGRAM = /* @__PURE__ */ new Map();
for (const form of PROGRAM_FORMS) {
  for (const program of form.programs) FORMS_BY_PROGRAM.set(program, [...FORMS_BY_PROGRAM.get(program) ?? [], form]);
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
var programWord = (programs) => String.raw`(?:^|[\s/;&|(\x60'"])(?:${programs.map(escapeRegExp).join("|")})(?=[\s;&|)<>\x60'"]|$)`;
var PROGRAM_HINT_SOURCE = PROGRAM_FORMS.map((form) => {
  const program = programWord(form.programs);
  const first = form.command?.[0];
  return first ? String.raw`${program}.*?(?:^|[\s'"])${escapeRegExp(first)}(?=[\s;&|)<>\x60'"]|$)` : program;
}).join("|");
var PROGRAM_HINT = new RegExp(PROGRAM_HINT_SOURCE, "s");
var TEXT_HINTS = new RegExp([...TEXT_FORMS.map((form) => form.hint), String.raw`\[REDACTED:`].join("|"), "is");
var ANY_PROGRAM = new RegExp(programWord([...new Set(PROGRAM_FORMS.flatMap((form) => form.programs))]), "is");
var PROGRAM_HINT_ANY_CASE = new RegExp(PROGRAM_HINT_SOURCE, "is");
var TEXT_TRIGRAMS = new Uint32Array(1 << 21 >>> 5);
var TEXT_LAST_CHARACTERS = new Uint8Array(128);
var PROGRAM_STARTS = new Uint8Array(1 << 14);
var PROGRAM_ENDS = new Uint8Array(1 << 14);
var BEFORE_PROGRAM = new Uint8Array(128);
var AFTER_PROGRAM = new Uint8Array(128);
var PROGRAM_NAMES = /* @__PURE__ */ new Set();
var LONGEST_PROGRAM = 16;
var TEXTS_BEFORE_TABLES = 200;
var textsAsked = 0;
var tablesFilled = false;
function fillTables() {
  for (const anchor of [...TEXT_FORMS.flatMap((form) => form.anchors), "[re"]) {
    if (anchor.length !== 3 || anchor !== anchor.toLowerCase() || /[^\x00-\x7f]/.test(anchor)) throw new Error(`secret-forms.ts: anchor ${JSON.stringify(anchor)} is not three lower-case ASCII characters`);
    const [a, b, c] = [...anchor];
    const wild = [a, b, c].filter((x) => x === "?").length;
    if (a === "?" && b === "?" && c !== "?") TEXT_LAST_CHARACTERS[c.charCodeAt(0)] = 1;
    else if (wild > 1) throw new Error(`secret-forms.ts: anchor ${JSON.stringify(anchor)}: one ? at most, or the first two`);
    else {
      for (let code = 0; code < (wild === 1 ? 128 : 1); code++) {
        const at = (x) => x === "?" ? code : x.charCodeAt(0);
        const bit = at(a) << 14 | at(b) << 7 | at(c);
        TEXT_TRIGRAMS[bit >>> 5] |= 1 << (bit & 31);
      }
    }
  }
  for (const c of `	
\v\f\r /;&|(\`'"`) BEFORE_PROGRAM[c.charCodeAt(0)] = 1;
  for (const c of `	
\v\f\r ;&|)<>\`'"`) AFTER_PROGRAM[c.charCodeAt(0)] = 1;
  for (const program of new Set(PROGRAM_FORMS.flatMap((form) => form.programs))) {
    const name = program.toLowerCase();
    if (name.length < 2 || name.length > LONGEST_PROGRAM || /[^\x00-\x7f]/.test(name)) throw new Error(`secret-forms.ts: program ${JSON.stringify(program)} cannot be anchored`);
    PROGRAM_NAMES.add(name);
    PROGRAM_STARTS[name.charCodeAt(0) << 7 | name.charCodeAt(1)] = 1;
    PROGRAM_ENDS[name.charCodeAt(name.length - 2) << 7 | name.charCodeAt(name.length - 1)] = 1;
  }
  tablesFilled = true;
}
var MAY_TEXT_HINT = 1;
var MAY_NAME_PROGRAM = 2;
var MAY_EITHER = MAY_TEXT_HINT | MAY_NAME_PROGRAM;
function quickHints(text) {
  const n = text.length;
  if (n < 3) return MAY_EITHER;
  if (!tablesFilled) {
    if (++textsAsked < TEXTS_BEFORE_TABLES) return MAY_EITHER;
    fillTables();
  }
  let found = 0;
  let a = text.charCodeAt(0);
  let b = text.charCodeAt(1);
  if (a >= 128 || b >= 128) return MAY_EITHER;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  for (let i = 2; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c >= 128) return MAY_EITHER;
    if (c >= 65 && c <= 90) c += 32;
    const bit = a << 14 | b << 7 | c;
    if ((TEXT_TRIGRAMS[bit >>> 5] & 1 << (bit & 31)) !== 0 || TEXT_LAST_CHARACTERS[c] !== 0) found |= MAY_TEXT_HINT;
    if (BEFORE_PROGRAM[a] !== 0 && PROGRAM_STARTS[b << 7 | c] !== 0 || PROGRAM_ENDS[a << 7 | b] !== 0 && AFTER_PROGRAM[c] !== 0) found |= MAY_NAME_PROGRAM;
    a = b;
    b = c;
  }
  if (n <= LONGEST_PROGRAM && PROGRAM_NAMES.has(text.toLowerCase())) found |= MAY_NAME_PROGRAM;
  return found;
}
function mayHoldSecret(text) {
  const may = quickHints(text);
  if (may === 0) return false;
  return (may & MAY_TEXT_HINT) !== 0 && TEXT_HINTS.test(text) || (may & MAY_NAME_PROGRAM) !== 0 && ANY_PROGRAM.test(text) && PROGRAM_HINT_ANY_CASE.test(text);
}
var MEMO_SIZE = 4096;
var MEMO_LENGTH = 512;
var memo = /* @__PURE__ */ new Map();
function redactSecrets(text) {
  const known = sharedRedaction(text);
  return { text: known.text, kinds: [...known.kinds], secrets: [...known.secrets] };
}
function sharedRedaction(text) {
  if (text.length > MEMO_LENGTH) return redactText(text);
  let known = memo.get(text);
  if (known === void 0) {
    known = redactText(text);
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(text, known);
  }
  return known;
}
function redactText(text) {
  if (!mayHoldSecret(text)) return { text, kinds: [], secrets: [] };
  const markers = [...text.matchAll(MARKER)].map((m) => ({ start: m.index, end: m.index + m[0].length, kind: m[0].slice(10, -1) }));
  const found = [...textForms(text), ...PROGRAM_HINT.test(text) ? programForms(text) : []].filter(
    // A value that is already a marker was redacted before; a find starting inside one read the marker as text.
    (f) => f.end > f.start && !markers.some((m) => f.start >= m.start && f.end <= m.end || f.start > m.start && f.start < m.end)
  );
  const merged = mergeFound(found);
  const kinds = [];
  const secrets = /* @__PURE__ */ new Set();
  let out = "";
  let at = 0;
  const events = [
    ...merged.map((f) => ({ start: f.start, kind: f.kind })),
    ...markers.filter((m) => !merged.some((f) => m.start >= f.start && m.end <= f.end))
  ].sort((a, b) => a.start - b.start);
  for (const event of events) if (!kinds.includes(event.kind)) kinds.push(event.kind);
  for (const f of merged) {
    out += text.slice(at, f.start) + `[REDACTED:${f.kind}]`;
    at = f.end;
    addSecret(secrets, text.slice(f.start, f.end));
    for (const value of f.values) addSecret(secrets, value);
  }
  out += text.slice(at);
  return { text: out, kinds, secrets: [...secrets] };
}
function addSecret(secrets, value) {
  if (value === "" || value.includes("[REDACTED:")) return;
  secrets.add(value);
  const unquoted = value.replace(/^(['"])([\s\S]*)\1$/, "$2");
  if (unquoted !== value && unquoted !== "") secrets.add(unquoted);
  if (value.includes("\n")) {
    for (const line of value.split("\n")) if (line.trim().length >= 4) secrets.add(line.trim());
  }
}
var COMPILED_TEXT_FORMS = TEXT_FORMS.map(({ kind, pattern, hint }) => ({
  kind,
  hint: new RegExp(hint, "i"),
  pattern: new RegExp(pattern.source, pattern.flags.includes("d") ? pattern.flags : pattern.flags + "d")
}));
function* textForms(text) {
  for (let rank = 0; rank < COMPILED_TEXT_FORMS.length; rank++) {
    const { kind, hint, pattern } = COMPILED_TEXT_FORMS[rank];
    if (!hint.test(text)) continue;
    for (const match of text.matchAll(pattern)) {
      const span = match.indices?.groups?.s;
      if (!span) continue;
      let [start, end] = span;
      const quote = text[start];
      if ((quote === '"' || quote === "'") && end - start >= 2 && text[end - 1] === quote) {
        start += 1;
        end -= 1;
      }
      yield { start, end, kind, rank };
    }
  }
}
var PROGRAM_RANK = TEXT_FORMS.length;
var ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
var MAX_QUOTE_DEPTH = 3;
function* programForms(text, depth = 0) {
  const segments = shellSegments(text);
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index];
    if (depth < MAX_QUOTE_DEPTH) {
      for (const word of segment.words) {
        const open = text[word.start];
        if (open !== '"' && open !== "'" || text[word.end - 1] !== open || !/\s/.test(word.value)) continue;
        const inner = text.slice(word.start + 1, word.end - 1);
        for (const found of programForms(inner, depth + 1)) yield { ...found, start: found.start + word.start + 1, end: found.end + word.start + 1 };
      }
    }
    const start = programIndex(segment.words);
    if (start === -1) continue;
    const first = segment.words.findIndex((word) => !ASSIGNMENT.test(word.value));
    const starts = first !== -1 && first !== start ? [first, start] : [start];
    for (const at of starts) {
      const forms = FORMS_BY_PROGRAM.get(basename(segment.words[at].value));
      if (!forms) continue;
      const args = segment.words.slice(at + 1, at === first && first !== start ? start : void 0);
      for (const form of forms) yield* applyForm(text, form, args, segment, segments[index - 1]);
    }
  }
}
function programIndex(words) {
  let i = 0;
  while (i < words.length) {
    const value = words[i].value;
    if (ASSIGNMENT.test(value)) {
      i++;
      continue;
    }
    const wrapper = WRAPPERS[basename(value)];
    if (!wrapper) return i;
    i++;
    let positionals = wrapper.leadingPositionals ?? 0;
    while (i < words.length) {
      const word = words[i].value;
      if (word.startsWith("-") && word.length > 1) {
        i += wrapper.valueOptions.includes(word) ? 2 : 1;
      } else if (ASSIGNMENT.test(word)) {
        i++;
      } else if (positionals > 0) {
        positionals--;
        i++;
      } else break;
    }
  }
  return -1;
}
function basename(value) {
  const slash = value.lastIndexOf("/");
  return slash === -1 ? value : value.slice(slash + 1);
}
function* applyForm(text, form, args, segment, previous) {
  const rank = PROGRAM_RANK;
  const kind = form.kind;
  const optionNames = new Set((form.options ?? []).flatMap((o) => o.names));
  const valueOptions = new Set(form.valueOptions ?? []);
  const positionals = [];
  const flagLetters = /* @__PURE__ */ new Set();
  let endOfOptions = false;
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    const value = word.value;
    if (endOfOptions || !value.startsWith("-") || value === "-") {
      positionals.push(word);
      continue;
    }
    if (value === "--") {
      endOfOptions = true;
      continue;
    }
    if (/^-[A-Za-z]+$/.test(value)) for (const letter of value.slice(1)) flagLetters.add(letter);
    if (optionNames.has(value) || valueOptions.has(value)) i++;
  }
  const commandEnd = matchCommand(form.command ?? [], positionals);
  if (commandEnd === -1) return;
  for (const option of form.options ?? []) yield* optionValues(text, option, args, kind, rank);
  const rest = positionals.slice(commandEnd);
  for (const spec of form.positionals ?? []) {
    if (spec.whenFlags && ![...spec.whenFlags].every((l) => flagLetters.has(l))) continue;
    if (spec.unlessFlags && [...spec.unlessFlags].some((l) => flagLetters.has(l))) continue;
    const word = rest[spec.index];
    if (!word) continue;
    if (spec.keyValue) {
      const eq = word.value.indexOf("=");
      if (eq === -1) continue;
      if (spec.keyMatches && !spec.keyMatches.test(word.value.slice(0, eq))) continue;
      yield* within(text, word, eq + 1, kind, rank);
      continue;
    }
    if (spec.keyMatches) {
      const key = rest[spec.keyIndex ?? spec.index - 1];
      if (!key || !spec.keyMatches.test(key.value)) continue;
    }
    if (word.value === "-") continue;
    yield* within(text, word, 0, kind, rank);
  }
  if (form.stdin && (form.stdin === true || form.stdin.some((flag) => args.some((a) => a.value === flag)))) {
    yield* fedSecrets(text, segment, previous, kind, rank);
  }
}
function matchCommand(command, positionals) {
  let at = 0;
  for (let k = 0; k < command.length; k++) {
    let found = -1;
    const limit = k === 0 ? Math.min(positionals.length, 3) : positionals.length;
    for (let i = at; i < limit; i++) {
      if (positionals[i].value === command[k]) {
        found = i;
        break;
      }
    }
    if (found === -1) return -1;
    at = found + 1;
  }
  return at;
}
function* optionValues(text, option, args, kind, rank) {
  for (let i = 0; i < args.length; i++) {
    const value = args[i].value;
    for (const name of option.names) {
      const long = name.length > 2;
      if (value === name) {
        if (option.gluedOnly) continue;
        const next = args[i + 1];
        if (next && next.value !== "-") yield* shaped(text, next, 0, option.shape, kind, rank);
      } else if (long && value.startsWith(name + "=")) {
        yield* shaped(text, args[i], name.length + 1, option.shape, kind, rank);
      } else if (!long && value.startsWith(name) && value.length > name.length && !value.startsWith("--")) {
        yield* shaped(text, args[i], name.length, option.shape, kind, rank);
      }
    }
  }
}
function* shaped(text, word, offset, shape = "whole", kind, rank) {
  const value = word.value.slice(offset).replace(MARKER, (marker) => "#".repeat(marker.length));
  let from;
  switch (shape) {
    case "whole":
      from = 0;
      break;
    case "after-colon":
      from = value.indexOf(":") + 1;
      break;
    case "after-percent":
      from = value.indexOf("%") + 1;
      break;
    case "after-equals":
      from = value.indexOf("=") + 1;
      break;
    case "after-pass-prefix":
      from = value.startsWith("pass:") ? 5 : 0;
      if (from === 0) return;
      break;
    case "cookie":
      from = value.includes("=") ? 0 : -1;
      if (from === -1) return;
      break;
  }
  if (from === 0 && shape !== "whole" && shape !== "cookie") return;
  if (from >= value.length && shape !== "whole") return;
  yield* within(text, word, offset + from, kind, rank);
}
function* within(text, word, from, kind, rank) {
  const value = word.value.slice(from);
  if (value === "") return;
  const { offset, quote } = rawOffset(text, word, from);
  let end = word.end;
  if (quote && text[end - 1] === quote && end - 1 > offset) end -= 1;
  let start = offset;
  if (from === 0 && (text[start] === "'" || text[start] === '"') && text[end - 1] === text[start] && end - start >= 2) {
    start += 1;
    end -= 1;
  }
  yield { start, end, kind, rank, value };
}
function rawOffset(text, word, index) {
  let count = 0;
  let i = word.start;
  let quote;
  while (i < word.end) {
    const c = text[i];
    if (quote === void 0 && (c === "'" || c === '"')) {
      quote = c;
      i++;
      continue;
    }
    if (quote !== void 0 && c === quote) {
      quote = void 0;
      i++;
      continue;
    }
    if (count === index) return { offset: i, quote };
    if (c === "\\" && quote !== "'") i += 2;
    else i++;
    count++;
  }
  return { offset: Math.min(i, word.end), quote };
}
function* fedSecrets(text, segment, previous, kind, rank) {
  yield* inputOf(text, segment, kind, rank);
  if (!segment.piped || !previous) return;
  const start = programIndex(previous.words);
  if (start === -1) {
    yield* inputOf(text, previous, kind, rank);
    return;
  }
  const program = basename(previous.words[start].value);
  if (FEEDERS.includes(program)) {
    let options = true;
    for (const word of previous.words.slice(start + 1)) {
      if (options && /^-[neEs]+$/.test(word.value)) continue;
      options = false;
      yield* within(text, word, 0, kind, rank);
    }
  } else if (program === "cat") {
    yield* inputOf(text, previous, kind, rank);
  }
}
function* inputOf(text, segment, kind, rank) {
  for (const word of segment.hereStrings) yield* within(text, word, 0, kind, rank);
  for (const body of segment.heredocs) {
    yield { start: body.start, end: body.end, kind, rank, value: text.slice(body.start, body.end) };
  }
}
function mergeFound(found) {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged = [];
  for (const f of sorted) {
    const last = merged[merged.length - 1];
    if (last && f.start < last.end) {
      last.end = Math.max(last.end, f.end);
      if (f.rank < last.rank) {
        last.rank = f.rank;
        last.kind = f.kind;
      }
      if (f.value !== void 0) last.values.push(f.value);
      continue;
    }
    merged.push({ start: f.start, end: f.end, kind: f.kind, rank: f.rank, values: f.value !== void 0 ? [f.value] : [] });
  }
  return merged;
}
function derivedRedactor(secrets) {
  const literal = secrets.filter((s) => s.length >= 3).sort((a, b) => b.length - a.length);
  return (text) => {
    const first = sharedRedaction(text);
    let out = first.text;
    const kinds = [...first.kinds];
    for (const secret of literal) {
      if (!out.includes(secret)) continue;
      out = out.split(secret).join("[REDACTED:secret]");
      if (!kinds.includes("secret")) kinds.push("secret");
    }
    return out === text ? { text, kinds: [], secrets: [] } : { text: out, kinds, secrets: [...first.secrets] };
  };
}
var JSON_EXCERPT = /, "(?:[^"\\]|\\.)*"(?:\.\.\.)? is not valid JSON/g;
function redactMessage(message) {
  return redactSecrets(message.replace(JSON_EXCERPT, " (the text is not valid JSON)")).text;
}

export {
  mayHoldSecret,
  redactSecrets,
  sharedRedaction,
  derivedRedactor,
  redactMessage
};
