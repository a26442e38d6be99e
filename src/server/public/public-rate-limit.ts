// A per-IP request budget for the public endpoints, which anyone on the internet can call
// without signing in: one phone reloading a page is far below it, a script scraping a
// county's villages is not. Kept in memory per server process (fixed one-minute windows):
// public answers are cheap and cacheable, so an exact shared count is not worth a write
// per request. Login throttling, which must be shared, lives in the database instead.
export interface RateLimiter {
  /** true when this request may go ahead */
  take(ip: string, now: number): boolean;
}

export const PUBLIC_REQUESTS_PER_MINUTE = 240;
const WINDOW_MS = 60_000;
/** Past this many tracked addresses, stale windows are dropped so memory stays bounded. */
const SWEEP_AT = 10_000;

export function createRateLimiter(limit = PUBLIC_REQUESTS_PER_MINUTE): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    take(ip, now) {
      if (windows.size > SWEEP_AT) {
        for (const [key, w] of windows) if (now - w.start >= WINDOW_MS) windows.delete(key);
      }
      const current = windows.get(ip);
      if (!current || now - current.start >= WINDOW_MS) {
        windows.set(ip, { start: now, count: 1 });
        return true;
      }
      current.count += 1;
      return current.count <= limit;
    },
  };
}
