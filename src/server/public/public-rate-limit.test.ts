// The per-address budget kept in memory must not grow without end: a flood from many
// addresses leaves entries that expire after their window, and even within one window
// no more than the ceiling is kept, oldest first out.
import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './public-rate-limit';

const MINUTE_MS = 60_000;

describe('createRateLimiter', () => {
  it('answers false past the limit and true again in the next window', () => {
    const limiter = createRateLimiter(2);
    expect([1, 2, 3].map(() => limiter.take('a', 0))).toEqual([true, true, false]);
    expect(limiter.take('b', 0)).toBe(true);
    expect(limiter.take('a', MINUTE_MS)).toBe(true);
  });

  it('drops expired addresses once many are tracked', () => {
    const limiter = createRateLimiter(5);
    for (let i = 0; i < 12_000; i++) limiter.take(`10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`, 0);
    expect(limiter.size()).toBe(12_000);
    limiter.take('192.0.2.1', MINUTE_MS);
    expect(limiter.size()).toBe(1);
  });

  it('keeps at most the ceiling within one window, forgetting the oldest first', () => {
    const limiter = createRateLimiter(1, { maxTracked: 100 });
    expect(limiter.take('first', 0)).toBe(true);
    expect(limiter.take('first', 0)).toBe(false);
    for (let i = 0; i < 1_000; i++) limiter.take(`addr-${i}`, 1);
    expect(limiter.size()).toBe(100);
    // The newest address is still counted; the first one was forgotten.
    expect(limiter.take('addr-999', 2)).toBe(false);
    expect(limiter.take('first', 2)).toBe(true);
  });
});
