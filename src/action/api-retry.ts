// What went wrong with a GitHub API call, and whether to try again. Pure: an
// Octokit error (or a timeout) in, a named failure and a retry verdict out.
//
// Names matter because the advice differs: a refused connection is not
// "GitHub answered 500" (Octokit reports every network error as status 500
// without a response), and a secondary rate limit is a 403 without headers
// whose only tell is its message, not a missing permission.
//
// Retrying:
// - server errors (5xx), timeouts, dropped and refused connections, and rate
//   limits pass with time; a plain 403/404/422 does not.
// - A request that creates something (a comment) is retried here only when
//   GitHub certainly did not act on it (a refused connection, a rate limit).
//   After a 5xx or a timeout it may have been created; the caller looks before
//   creating again (github-api.ts).
// - Waits are bounded by the longest single wait and by the run's API budget:
//   a rate limit that resets in an hour is reported, not waited out.

export interface RetryOptions {
  /** Retries after the first try. */
  retries: number;
  /** First wait in ms; each later one doubles. */
  baseDelayMs: number;
  /** Longest single wait in ms; a server asking for longer is not retried. */
  maxWaitMs: number;
  /** Wait after a secondary rate limit without retry-after (GitHub: "wait at least one minute"). */
  secondaryWaitMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { retries: 3, baseDelayMs: 1000, maxWaitMs: 60_000, secondaryWaitMs: 60_000 };

/** Time limits of the run's GitHub API calls (inputs api-timeout and api-budget). */
export interface ApiLimits {
  /** Longest wait for one answer, in ms. */
  timeoutMs: number;
  /** Longest total time spent on GitHub calls (answers, retries and waits), in ms. */
  budgetMs: number;
}

export const DEFAULT_LIMITS: ApiLimits = { timeoutMs: 30_000, budgetMs: 180_000 };

/**
 * Reads SAFECLAW_API_RETRIES, SAFECLAW_API_RETRY_DELAY_MS, SAFECLAW_API_RETRY_MAX_WAIT_MS and
 * SAFECLAW_API_SECONDARY_WAIT_MS (tests set them small); missing or invalid values take the defaults.
 */
export function retryOptionsFromEnv(env: NodeJS.ProcessEnv): RetryOptions {
  const read = (name: string, fallback: number) => {
    const value = env[name];
    if (value === undefined || value.trim() === '') return fallback;
    const n = Number(value);
    return Number.isFinite(n) && n >= 0 ? n : fallback;
  };
  return {
    retries: Math.floor(read('SAFECLAW_API_RETRIES', DEFAULT_RETRY.retries)),
    baseDelayMs: read('SAFECLAW_API_RETRY_DELAY_MS', DEFAULT_RETRY.baseDelayMs),
    maxWaitMs: read('SAFECLAW_API_RETRY_MAX_WAIT_MS', DEFAULT_RETRY.maxWaitMs),
    secondaryWaitMs: read('SAFECLAW_API_SECONDARY_WAIT_MS', DEFAULT_RETRY.secondaryWaitMs),
  };
}

export type FailureKind =
  /** No connection was made: the request never reached GitHub. */
  | 'refused'
  /** No answer within the call timeout: GitHub may have acted on it. */
  | 'timeout'
  /** The connection broke after the request was sent: GitHub may have acted on it. */
  | 'dropped'
  | 'server-error'
  | 'rate-limit'
  | 'secondary-rate-limit'
  /** Any other HTTP error (403 without a rate limit, 404, 422…). */
  | 'http';

export interface FailedCall {
  /** HTTP status; undefined when no response arrived. */
  status?: number;
  headers?: Record<string, string | number | undefined>;
  /** GitHub's message, or the network error's. */
  message?: string;
  /** The network error code (ECONNREFUSED, ECONNRESET…) when no response arrived. */
  code?: string;
  /** Set when the call was cut by the timeout after this many ms. */
  timedOutMs?: number;
}

// Network errors that happen before a byte of the request can have reached GitHub.
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT', 'ERR_INVALID_URL']);

// GitHub's secondary-rate-limit answers are a 403 (sometimes 429) whose message says so; the
// retry-after header is optional ("If the retry-after response header is not present… wait at
// least one minute").
const SECONDARY = /\bsecondary rate limit\b/i;

export function failureKind(failure: FailedCall): FailureKind {
  if (failure.timedOutMs !== undefined) return 'timeout';
  const status = failure.status;
  if (status === undefined) return failure.code !== undefined && NOT_SENT.has(failure.code) ? 'refused' : 'dropped';
  if ((status === 403 || status === 429) && SECONDARY.test(failure.message ?? '')) return 'secondary-rate-limit';
  const header = (name: string) => failure.headers?.[name];
  if (status === 429 || (status === 403 && (String(header('x-ratelimit-remaining')) === '0' || header('retry-after') !== undefined))) return 'rate-limit';
  if (status >= 500) return 'server-error';
  return 'http';
}

/** Whether GitHub may have acted on a request that failed this way (so a create must look before retrying). */
export function mayHaveActed(failure: FailedCall): boolean {
  const kind = failureKind(failure);
  return kind === 'timeout' || kind === 'dropped' || kind === 'server-error';
}

/**
 * Reads an error thrown by Octokit (a RequestError, or the AbortError of a timeout) as a FailedCall.
 * Octokit gives network errors status 500 and no response; the response is what tells them apart.
 */
export function failedCall(err: unknown, timedOutMs?: number): FailedCall {
  const e = err as { status?: number; message?: string; response?: { status?: number; headers?: Record<string, string | number | undefined>; data?: unknown }; cause?: unknown };
  if (timedOutMs !== undefined) return { timedOutMs, message: `no answer within ${seconds(timedOutMs)}` };
  if (e?.response && typeof e.response.status === 'number') {
    const data = e.response.data as { message?: unknown } | undefined;
    const message = typeof data?.message === 'string' ? data.message : (e.message ?? '');
    return { status: e.response.status, headers: e.response.headers ?? {}, message: firstLine(message) };
  }
  const cause = networkCause(e);
  return { ...(cause.code ? { code: cause.code } : {}), message: firstLine(cause.message ?? e?.message ?? String(err)) };
}

// fetch wraps the socket error: RequestError.cause is a TypeError("fetch failed") whose cause has the code.
function networkCause(err: unknown): { code?: string; message?: string } {
  let node = err as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown[] } | undefined;
  for (let depth = 0; node && depth < 5; depth++) {
    if (typeof node.code === 'string' && /^[A-Z_]+$/.test(node.code)) return { code: node.code, message: typeof node.message === 'string' && node.message ? node.message : node.code };
    // happy-eyeballs connects report an AggregateError of one error per address.
    if (Array.isArray(node.errors) && node.errors.length > 0) node = node.errors[0] as typeof node;
    else node = node.cause as typeof node;
  }
  return {};
}

export type RetryVerdict = { retry: true; waitMs: number } | { retry: false; why: string };

/**
 * Whether to try again after `attempt` failed tries (1 = the first failed), and after how long.
 * `unsafe`: the request creates something, so it is retried only when GitHub certainly did not act.
 */
export function retryDecision(failure: FailedCall, attempt: number, options: RetryOptions, nowMs: number = Date.now(), unsafe = false): RetryVerdict {
  const kind = failureKind(failure);
  if (kind === 'http') return { retry: false, why: `HTTP ${failure.status}` };
  if (unsafe && mayHaveActed(failure)) return { retry: false, why: 'GitHub may have acted on it' };
  if (attempt > options.retries) return { retry: false, why: `still failing after ${attempt} tries` };

  const header = (name: string) => {
    const value = failure.headers?.[name];
    return value === undefined ? undefined : String(value);
  };
  let waitMs = options.baseDelayMs * 2 ** (attempt - 1);
  if (kind === 'rate-limit' || kind === 'secondary-rate-limit') {
    const retryAfter = header('retry-after');
    if (retryAfter !== undefined && Number.isFinite(Number(retryAfter))) waitMs = Math.max(Number(retryAfter) * 1000, 0);
    else if (header('x-ratelimit-remaining') === '0' && header('x-ratelimit-reset') !== undefined) waitMs = Math.max(Number(header('x-ratelimit-reset')) * 1000 - nowMs, 0);
    else if (kind === 'secondary-rate-limit') waitMs = Math.max(options.secondaryWaitMs * 2 ** (attempt - 1), waitMs);
    if (waitMs > options.maxWaitMs) {
      return { retry: false, why: `rate limited for another ${Math.ceil(waitMs / 1000)} s (longer than the ${Math.ceil(options.maxWaitMs / 1000)} s this action waits)` };
    }
  }
  return { retry: true, waitMs: Math.min(waitMs, options.maxWaitMs) };
}

/** One line naming what happened, for logs and warnings: never "GitHub answered 500" for a network error. */
export function describeFailure(failure: FailedCall): string {
  const message = failure.message ? ` (${failure.message})` : '';
  switch (failureKind(failure)) {
    case 'refused':
      return `could not connect to GitHub: ${failure.code ?? 'connection failed'}${failure.message && failure.message !== failure.code ? ` (${failure.message})` : ''}`;
    case 'timeout':
      return `GitHub did not answer within ${seconds(failure.timedOutMs!)} (the api-timeout input)`;
    case 'dropped':
      return `the connection to GitHub broke before an answer${message}`;
    case 'secondary-rate-limit':
      return `GitHub's secondary rate limit (too many requests or comments in a short time; HTTP ${failure.status})${message}`;
    case 'rate-limit':
      return `GitHub's rate limit (HTTP ${failure.status})${message}`;
    default:
      return `GitHub answered ${failure.status}${message}`;
  }
}

function seconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

function firstLine(text: string): string {
  return text.split('\n')[0].trim();
}
