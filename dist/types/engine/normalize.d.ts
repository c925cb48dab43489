/**
 * Repository-relative POSIX path: `./a//b/../c` → `a/c`; an absolute path inside
 * `root` becomes relative to it; a path that escapes `root` keeps its absolute
 * form (so rules on `/etc/*` still apply). Relative paths are taken relative to
 * `root`, where agents and CI run.
 */
export declare function normalizePath(path: string, root: string): string;
/**
 * Every way a client may read the destination. URL parsers disagree on `\`:
 * RFC 3986 clients (curl, urllib3) read it as an ordinary character, WHATWG
 * clients (browsers, Node's fetch) as `/`. `http://a.example\@169.254.169.254/`
 * is the metadata service to the first and a.example to the second, so both
 * readings are judged and the strictest decides.
 */
export declare function destinationReadings(destination: string): string[];
/**
 * `host[:port][/path]` (RFC 3986 reading) with the scheme, userinfo, query and fragment dropped, the
 * host lower-cased, and every IPv4 spelling (`2852039166`, `0xa9fea9fe`,
 * `0251.0376.0251.0376`, `169.254.43518`, `::ffff:a9fe:a9fe`) turned into a
 * dotted quad, so `169.254.169.254*` matches them all.
 */
export declare function normalizeDestination(destination: string): string;
