// Normal forms of paths and network destinations, so a rule cannot be dodged by
// spelling the same file or host another way. Pure functions, no I/O.
import { posix } from 'node:path';
import { isPlainRelative, normalizeHomePath } from '../shell/working-directory.js';

/**
 * Repository-relative POSIX path: `./a//b/../c` → `a/c`; an absolute path inside
 * `root` becomes relative to it; a path that escapes `root` keeps its absolute
 * form (so rules on `/etc/*` still apply). Relative paths are taken relative to
 * `root`, where agents and CI run.
 */
export function normalizePath(path: string, root: string): string {
  // `~/x` and `~user/x` are home folders, never repository paths: normalised within the home folder
  // (`~/a/../.ssh/id_rsa` → `~/.ssh/id_rsa`); a `..` above it stays (`~/../x`, outside either way).
  if (path.startsWith('~')) return normalizeHomePath(path);
  // Already in normal form (the common case): answered without path.join.
  if (isPlainRelative(path)) return path;
  let absolute = posix.normalize(posix.isAbsolute(path) ? path : posix.join(root, path));
  if (absolute.length > 1 && absolute.endsWith('/')) absolute = absolute.slice(0, -1);
  const rootWithSlash = root.endsWith('/') ? root : root + '/';
  if (absolute === root || absolute + '/' === rootWithSlash) return '.';
  return absolute.startsWith(rootWithSlash) ? absolute.slice(rootWithSlash.length) : absolute;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * Every way a client may read the destination. URL parsers disagree on `\`:
 * RFC 3986 clients (curl, urllib3) read it as an ordinary character, WHATWG
 * clients (browsers, Node's fetch) as `/`. `http://a.example\@169.254.169.254/`
 * is the metadata service to the first and a.example to the second, so both
 * readings are judged and the strictest decides.
 */
export function destinationReadings(destination: string): string[] {
  const rfc = destinationForms(destination);
  // WHATWG clients read a special scheme with any run of `/` and `\` (or none) before the host: `http:/h`, `http:h`, `http:\\h`.
  const special = SPECIAL_SCHEME.exec(destination.trim());
  if (!destination.includes('\\') && !special) return rfc;
  let whatwgText = destination.trim().replaceAll('\\', '/');
  if (special) whatwgText = '//' + whatwgText.slice(special[0].length).replace(/^\/+/, '');
  return [...new Set([...rfc, ...destinationForms(whatwgText)])];
}

/** Schemes WHATWG URL parsing treats as special, written without the usual `//`. */
const SPECIAL_SCHEME = /^(?:https?|wss?|ftp):(?!\/\/[^/\\])/i;

/**
 * `host[:port][/path]` (RFC 3986 reading) with the scheme, userinfo, query and fragment dropped, the
 * host lower-cased, and every IPv4 spelling (`2852039166`, `0xa9fea9fe`,
 * `0251.0376.0251.0376`, `169.254.43518`, `::ffff:a9fe:a9fe`) turned into a
 * dotted quad, so `169.254.169.254*` matches them all.
 */
export function normalizeDestination(destination: string): string {
  return destinationForms(destination)[0];
}

/**
 * The normal form, and one more per further address the host's name embeds
 * (a DNS-rebinding name answers either of two addresses: each is judged).
 */
function destinationForms(destination: string): string[] {
  let rest = destination.trim().replace(SCHEME, '');
  if (rest.startsWith('//')) rest = rest.slice(2);
  const authorityEnd = rest.search(/[/?#]/);
  let authority = authorityEnd === -1 ? rest : rest.slice(0, authorityEnd);
  let path = authorityEnd === -1 ? '' : rest.slice(authorityEnd);
  const at = authority.lastIndexOf('@');
  if (at !== -1) authority = authority.slice(at + 1);

  let host: string;
  let port = '';
  if (authority.startsWith('[')) {
    const close = authority.indexOf(']');
    host = close === -1 ? authority : authority.slice(0, close + 1);
    const after = close === -1 ? '' : authority.slice(close + 1);
    if (after.startsWith(':')) port = after.slice(1);
  } else {
    const colon = authority.indexOf(':');
    host = colon === -1 ? authority : authority.slice(0, colon);
    if (colon !== -1) port = authority.slice(colon + 1);
  }
  if (port !== '' && !/^\d+$/.test(port)) {
    // scp-like `host:path` (git@github.com:org/repo.git): the part after `:` is a path.
    path = '/' + port + path;
    port = '';
  }
  path = path.replace(/[?#].*$/s, '');

  const portText = port === '' ? '' : ':' + String(Number(port));
  return canonicalHosts(host).map((h) => h + portText + path);
}

/** Every label starts with a letter: no IPv4 spelling, no IPv6, nothing to decode (the common case, answered without URL). */
const PLAIN_HOST = /^[a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)*$/;

/**
 * Names that reach a known address: wildcard DNS services that embed the address
 * in the name (`169.254.169.254.nip.io`, `169-254-169-254.sslip.io`,
 * `a9fea9fe.nip.io`) and the cloud metadata service's own names.
 */
const WILDCARD_DNS = /^(?:.*?[.-])?((?:\d{1,3}[.-]){3}\d{1,3}|[0-9a-f]{8})\.(?:nip\.io|sslip\.io|xip\.io|nip\.direct|localtest\.me)$/;
/** sslip.io and nip.io write IPv6 with dashes (`fd00-ec2--254.sslip.io`: `--` is `::`). */
const WILDCARD_DNS_V6 = /^(?:.*?\.)?([0-9a-f]{0,4}(?:-[0-9a-f]{0,4}){2,7})\.(?:nip\.io|sslip\.io)$/;
/** DNS-rebinding services that answer one of several embedded addresses: `<hex>.<hex>.rbndr.us`, `make-<ip>-rebind-<ip>-rr.1u.ms`. */
const REBINDING_HEX = /^(?:.*\.)?([0-9a-f]{8})\.([0-9a-f]{8})\.rbndr\.us$/;
const REBINDING_ANY = /\.(?:1u\.ms|rebind\.network|lock\.cmpxchg8b\.com)$/;
const METADATA_NAMES = new Set(['metadata.google.internal', 'metadata', 'metadata.goog', 'instance-data', 'instance-data.ec2.internal', '[fd00:ec2::254]']);

function embeddedAddress(host: string): string | null {
  if (METADATA_NAMES.has(host)) return '169.254.169.254';
  const m = WILDCARD_DNS.exec(host);
  if (!m) return null;
  const embedded = m[1];
  if (/^[0-9a-f]{8}$/.test(embedded)) {
    const n = parseInt(embedded, 16);
    return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
  }
  return embedded.replaceAll('-', '.');
}

function hexAddress(hex: string): string {
  const n = parseInt(hex, 16);
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

/** The addresses a host name reaches (more than one for rebinding names); the name itself when it embeds none. */
function canonicalHosts(host: string): string[] {
  const named = canonicalHostName(host);
  const rebinding = REBINDING_HEX.exec(named);
  if (rebinding) return [...new Set([hexAddress(rebinding[1]), hexAddress(rebinding[2])])];
  if (REBINDING_ANY.test(named)) {
    const embedded = [...named.matchAll(/(?<![\d])(\d{1,3}(?:[.-]\d{1,3}){3})(?![\d])/g)].map((m) => m[1].replaceAll('-', '.'));
    if (embedded.length) return [...new Set(embedded)];
  }
  const v6 = WILDCARD_DNS_V6.exec(named);
  if (v6 && (v6[1].includes('--') || /[a-f]/.test(v6[1]) || v6[1].split('-').length > 4)) {
    const address = canonicalHostName(`[${v6[1].replaceAll('-', ':')}]`);
    return [embeddedAddress(address) ?? address];
  }
  return [embeddedAddress(named) ?? named];
}

function canonicalHostName(host: string): string {
  let canonical = host.toLowerCase();
  if (PLAIN_HOST.test(canonical)) return canonical;
  try {
    // The WHATWG URL parser implements the inet_aton-style IPv4 forms, IPv6
    // compression, percent-decoding and IDNA for us.
    canonical = new URL('http://' + host + '/').hostname;
  } catch {
    // Not a valid host for URL: keep the lower-cased text; rules still see it.
  }
  canonical = canonical.replace(/\.+$/, '');
  if (canonical.startsWith('[')) return ipv6ToCanonical(canonical);
  return canonical;
}

/** IPv4-mapped (`::ffff:0:0/96`), IPv4-compatible (`::/96`) and NAT64 (`64:ff9b::/96`) addresses are the IPv4 host they carry. */
function ipv6ToCanonical(bracketed: string): string {
  const groups = expandIpv6(bracketed.slice(1, -1));
  if (groups === null) return bracketed;
  const low = ((groups[6] << 16) | groups[7]) >>> 0;
  const zeros = (from: number, to: number) => groups.slice(from, to).every((g) => g === 0);
  const mapped = zeros(0, 5) && groups[5] === 0xffff;
  const compatible = zeros(0, 6) && low > 1;
  const nat64 = groups[0] === 0x64 && groups[1] === 0xff9b && zeros(2, 6);
  if (mapped || compatible || nat64) {
    return [low >>> 24, (low >>> 16) & 255, (low >>> 8) & 255, low & 255].join('.');
  }
  return bracketed;
}

function expandIpv6(text: string): number[] | null {
  const [head, tail, extra] = text.split('::');
  if (extra !== undefined) return null;
  const parse = (part: string | undefined) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return null;
  const groups = [...left, ...new Array<number>(missing).fill(0), ...right];
  return groups.some((g) => Number.isNaN(g)) ? null : groups;
}
