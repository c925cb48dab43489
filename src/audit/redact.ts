// Secret redaction for the audit trail. An audit log is read by more people
// than the machine that ran the agent (auditors, CI artifacts, PR comments),
// so credentials an agent put in a command must not be copied into it.
//
// Redaction happens after the decision: the engine judges the unredacted
// action, and the record only stores the redacted text plus `redacted: true`.
// Nothing is truncated; only the secret value itself is replaced, so the
// record still shows what the command did (`mysql -p[REDACTED:password] prod`).

export interface Redaction {
  text: string;
  /** Kinds of secret replaced (`github-token`, `password`…), in order of first appearance; empty when none. */
  kinds: string[];
}

interface SecretPattern {
  kind: string;
  /** Global; when `keepPrefix`, group 1 is kept (the flag or variable name) and the rest is the secret. */
  pattern: RegExp;
  keepPrefix: boolean;
}

const MARKER = /^\[REDACTED:[a-z-]+\]/;
const whole = false;
const keepPrefix = true;

// A value as a shell word: quoted, or up to the next blank/operator.
const VALUE = String.raw`(?:"[^"]*"|'[^']*'|[^\s;&|'"<>]+)`;
// Name fragments that make an environment variable or key a secret.
const SECRET_NAME = String.raw`[A-Za-z0-9_]*(?:SECRET|TOKEN|PASSWORD|PASSWD|PASSPHRASE|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?)[A-Za-z0-9_]*`;

// Order matters: whole-block and structured forms first, so a token inside a
// key block or a URL is reported once with the most specific kind.
const PATTERNS: SecretPattern[] = [
  {
    kind: 'private-key',
    // Unterminated blocks (a truncated paste) are redacted to the end of the text.
    pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY( BLOCK)?-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY( BLOCK)?-----|$)/g,
    keepPrefix: whole,
  },
  {
    kind: 'authorization',
    pattern: /\b((?:Proxy-)?Authorization\s*:\s*(?:Bearer|Basic|Token|Digest)?\s*)[^\s'"]+/gi,
    keepPrefix: keepPrefix,
  },
  { kind: 'bearer-token', pattern: /\b(Bearer\s+)[A-Za-z0-9\-._~+/]{8,}=*/g, keepPrefix: keepPrefix },
  {
    kind: 'url-password',
    // scheme://user:password@host: keep the user, drop the password.
    pattern: /\b([a-z][a-z0-9+.-]*:\/\/[^\s/:@'"]*:)[^\s/@'"]+(?=@)/gi,
    keepPrefix: keepPrefix,
  },
  { kind: 'github-token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g, keepPrefix: whole },
  { kind: 'aws-access-key-id', pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, keepPrefix: whole },
  { kind: 'slack-token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g, keepPrefix: whole },
  { kind: 'api-key', pattern: /\b(?:sk-(?:proj-)?[A-Za-z0-9_-]{20,}|sk_live_[A-Za-z0-9]{16,}|AIza[0-9A-Za-z_-]{35})/g, keepPrefix: whole },
  {
    kind: 'secret',
    // NAME=value for secret-looking names: AWS_SECRET_ACCESS_KEY=…, DB_PASSWORD=…, export GITHUB_TOKEN=…
    pattern: new RegExp(String.raw`\b(${SECRET_NAME}=)${VALUE}`, 'gi'),
    keepPrefix: keepPrefix,
  },
  {
    kind: 'secret',
    // "password": "…" / api_key: … in JSON or YAML carried by a command (curl -d, echo).
    pattern: new RegExp(String.raw`((?:"|\b)${SECRET_NAME}"?\s*:\s*)(?:"[^"]*"|'[^']*'|[^\s,}'"]+)`, 'gi'),
    keepPrefix: keepPrefix,
  },
  {
    kind: 'password',
    // --password=…, --db-password …, --token …, --client-secret=…, --api-key …
    pattern: /(\s--?(?:[a-z0-9]+-)*(?:password|passwd|passphrase|token|secret|api-?key|access-?key|private-?key|credentials?)(?:=|\s+))(?:"[^"]*"|'[^']*'|[^\s;&|'"<>-][^\s;&|'"<>]*)/gi,
    keepPrefix: keepPrefix,
  },
  {
    kind: 'password',
    // mysql/mariadb take the password glued to -p; -p alone prompts, and elsewhere -p is a port or path.
    pattern: /(\b(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)\b[^;&|\n]*?\s-p)(?!\s)(?:"[^"]*"|'[^']*'|[^\s;&|'"<>]+)/g,
    keepPrefix: keepPrefix,
  },
  { kind: 'password', pattern: /(\bsshpass\s+-p\s*)(?:"[^"]*"|'[^']*'|[^\s;&|'"<>]+)/g, keepPrefix: keepPrefix },
  { kind: 'password', pattern: /(\bredis-cli\b[^;&|\n]*?\s-a\s+)(?:"[^"]*"|'[^']*'|[^\s;&|'"<>]+)/g, keepPrefix: keepPrefix },
  {
    kind: 'password',
    // curl -u user:password / --user user:password: keep the user.
    pattern: /(\s(?:-u\s*|--user(?:=|\s+))["']?[^\s:'"]+:)[^\s'"]+/g,
    keepPrefix: keepPrefix,
  },
];

/** Replaces every secret in `text` by `[REDACTED:kind]`. */
export function redactSecrets(text: string): Redaction {
  const kinds: string[] = [];
  let result = text;
  for (const { kind, pattern, keepPrefix } of PATTERNS) {
    pattern.lastIndex = 0;
    if (!pattern.test(result)) continue;
    result = result.replace(pattern, (match: string, first: unknown) => {
      const prefix = keepPrefix && typeof first === 'string' ? first : '';
      // An earlier, more specific pattern already replaced this value.
      if (MARKER.test(match.slice(prefix.length))) return match;
      if (!kinds.includes(kind)) kinds.push(kind);
      return `${prefix}[REDACTED:${kind}]`;
    });
  }
  return { text: result, kinds };
}
