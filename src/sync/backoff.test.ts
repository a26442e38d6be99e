import { describe, expect, it } from 'vitest';
import { BACKOFF_MAX_MS, backoffCeilingMs, backoffDelayMs } from './backoff';

describe('backoffCeilingMs', () => {
  it.each([
    [0, 0],
    [1, 1_000],
    [2, 2_000],
    [3, 4_000],
    [6, 32_000],
    [9, 256_000],
    [10, BACKOFF_MAX_MS],
    [50, BACKOFF_MAX_MS],
    [5_000, BACKOFF_MAX_MS],
  ])('after %i failures waits at most %i ms', (failures, expected) => {
    expect(backoffCeilingMs(failures)).toBe(expected);
  });

  it('honours a custom base and cap', () => {
    expect(backoffCeilingMs(3, { baseMs: 10, maxMs: 25 })).toBe(25);
    expect(backoffCeilingMs(2, { baseMs: 10, maxMs: 25 })).toBe(20);
  });
});

describe('backoffDelayMs (full jitter)', () => {
  it.each([
    [0, 0],
    [0.5, 2_000],
    [0.999_999, 4_000],
  ])('with random %f after 3 failures waits %i ms', (r, expected) => {
    expect(backoffDelayMs(3, () => r)).toBe(expected);
  });

  it('never waits longer than five minutes however long the outage', () => {
    for (let failures = 1; failures < 200; failures++) {
      const delay = backoffDelayMs(failures, () => 0.999_999_9);
      expect(delay).toBeLessThanOrEqual(BACKOFF_MAX_MS);
      expect(delay).toBeGreaterThanOrEqual(0);
    }
  });

  it('spreads phones that failed together over the whole window', () => {
    const delays = [0.1, 0.4, 0.7, 0.95].map((r) => backoffDelayMs(8, () => r));
    expect(new Set(delays).size).toBe(4);
    expect(Math.max(...delays) - Math.min(...delays)).toBeGreaterThan(100_000);
  });

  it('clamps a random source that strays outside [0, 1)', () => {
    expect(backoffDelayMs(1, () => 7)).toBe(1_000);
    expect(backoffDelayMs(1, () => -3)).toBe(0);
  });
});
