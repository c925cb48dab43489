// Retrying GitHub API calls that failed for reasons that pass: server errors
// (5xx), dropped connections and rate limits. A 403 is a rate limit only when
// GitHub says so (`x-ratelimit-remaining: 0` or a `retry-after` header);
// otherwise it is a missing permission and retrying cannot help.
// Waits are bounded: a rate limit that resets in an hour is reported, not waited out.

export interface RetryOptions {
  /** Retries after the first try. */
  retries: number;
  /** First wait in ms; each later one doubles. */
  baseDelayMs: number;
  /** Longest single wait in ms; a server asking for longer is not retried. */
  maxWaitMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { retries: 3, baseDelayMs: 1000, maxWaitMs: 60_000 };

/** Reads SAFECLAW_API_RETRIES, SAFECLAW_API_RETRY_DELAY_MS, SAFECLAW_API_RETRY_MAX_WAIT_MS (tests set them small). */
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
  };
}

export interface FailedCall {
  /** HTTP status; undefined when no response arrived (connection refused or reset). */
  status?: number;
  headers?: Record<string, string | number | undefined>;
}

export type RetryVerdict = { retry: true; waitMs: number } | { retry: false; why: string };

/** Whether to try again after `attempt` failed tries (1 = the first failed), and after how long. */
export function retryDecision(failure: FailedCall, attempt: number, options: RetryOptions, nowMs: number = Date.now()): RetryVerdict {
  const header = (name: string) => {
    const value = failure.headers?.[name];
    return value === undefined ? undefined : String(value);
  };
  const status = failure.status;
  const retryAfter = header('retry-after');
  const limitSpent = header('x-ratelimit-remaining') === '0';
  const rateLimited = (status === 403 || status === 429) && (limitSpent || retryAfter !== undefined || status === 429);
  const transient = status === undefined || status >= 500;
  if (!rateLimited && !transient) return { retry: false, why: `HTTP ${status}` };
  if (attempt > options.retries) return { retry: false, why: `still failing after ${attempt} tries` };

  const backoff = options.baseDelayMs * 2 ** (attempt - 1);
  let waitMs = backoff;
  if (rateLimited) {
    if (retryAfter !== undefined && Number.isFinite(Number(retryAfter))) waitMs = Math.max(Number(retryAfter) * 1000, 0);
    else if (limitSpent && header('x-ratelimit-reset') !== undefined) waitMs = Math.max(Number(header('x-ratelimit-reset')) * 1000 - nowMs, 0);
    if (waitMs > options.maxWaitMs) {
      return { retry: false, why: `rate limited for another ${Math.ceil(waitMs / 1000)} s (longer than the ${Math.ceil(options.maxWaitMs / 1000)} s this action waits)` };
    }
  }
  return { retry: true, waitMs: Math.min(waitMs, options.maxWaitMs) };
}
