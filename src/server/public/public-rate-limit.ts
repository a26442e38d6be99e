// A per-IP request budget for the public endpoints, which anyone on the internet can call
// without signing in: one phone reloading a page is far below it, a script scraping a
// county's villages is not. Kept in memory per server process (fixed one-minute windows):
// public answers are cheap and cacheable, so an exact shared count is not worth a write
// per request. Login throttling, which must be shared, lives in the database instead.
export interface RateLimiter {
  /** true when this request may go ahead */
  take(ip: string, now: number): boolean;
  /** addresses currently tracked (memory use is proportional) */
  size(): number;
}

export interface RateLimiterOptions {
  /** hard ceiling on tracked addresses; defaults to MAX_TRACKED */
  maxTracked?: number;
}

export const PUBLIC_REQUESTS_PER_MINUTE = 240;
const WINDOW_MS = 60_000;
/** Past this many tracked addresses, stale windows are dropped so memory stays bounded. */
const SWEEP_AT = 10_000;
/**
 * A sweep walks every entry, so it runs at most once a second: a flood from more fresh
 * addresses than SWEEP_AT would otherwise make every request pay a full walk.
 */
const SWEEP_EVERY_MS = 1_000;
/**
 * Even inside one window, no more than this many addresses are kept: the oldest go first.
 * An evicted address starts a fresh budget, which a flood this wide gets anyway.
 */
export const MAX_TRACKED = 50_000;

export function createRateLimiter(
  limit = PUBLIC_REQUESTS_PER_MINUTE,
  options: RateLimiterOptions = {},
): RateLimiter {
  const maxTracked = options.maxTracked ?? MAX_TRACKED;
  const windows = new Map<string, { start: number; count: number }>();
  let sweptAt = Number.NEGATIVE_INFINITY;
  return {
    take(ip, now) {
      if (windows.size > SWEEP_AT && now - sweptAt >= SWEEP_EVERY_MS) {
        sweptAt = now;
        for (const [key, w] of windows) if (now - w.start >= WINDOW_MS) windows.delete(key);
      }
      const current = windows.get(ip);
      if (!current || now - current.start >= WINDOW_MS) {
        if (current) windows.delete(ip); // re-inserted last, so eviction order stays oldest first
        windows.set(ip, { start: now, count: 1 });
        if (windows.size > maxTracked) {
          const oldest = windows.keys().next();
          if (!oldest.done) windows.delete(oldest.value);
        }
        return true;
      }
      current.count += 1;
      return current.count <= limit;
    },
    size() {
      return windows.size;
    },
  };
}
