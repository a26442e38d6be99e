// Retry delays after a failed sync: exponential backoff with full jitter (AWS's
// "Exponential Backoff and Jitter"). Jitter matters here: after a township outage every
// phone of the county comes back at once, and without it they would all retry in step.
// Pure math; the scheduler owns the timers.
export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_MAX_MS = 5 * 60 * 1_000;

export interface BackoffOptions {
  baseMs?: number;
  maxMs?: number;
}

/** Upper bound of the wait after `failures` consecutive failures (1 → base, doubling, capped). */
export function backoffCeilingMs(failures: number, options: BackoffOptions = {}): number {
  const baseMs = options.baseMs ?? BACKOFF_BASE_MS;
  const maxMs = options.maxMs ?? BACKOFF_MAX_MS;
  if (failures <= 0) return 0;
  // 2 ** 1000 is Infinity, which Math.min caps: no overflow after a long time offline.
  return Math.min(maxMs, baseMs * 2 ** (failures - 1));
}

/** The wait itself: uniform in [0, ceiling]. `random` returns [0, 1) like Math.random. */
export function backoffDelayMs(
  failures: number,
  random: () => number = Math.random,
  options: BackoffOptions = {},
): number {
  const ceiling = backoffCeilingMs(failures, options);
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(r * ceiling);
}
