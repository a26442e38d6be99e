import { describe, expect, it } from 'vitest';
import { idSchema } from './common';
import { uuidv7 } from './uuid';

const FIXED_RANDOM = new Uint8Array([0xff, 0xee, 0xdd, 0xcc, 0xbb, 0xaa, 0x99, 0x88, 0x77, 0x66]);

describe('uuidv7', () => {
  it('has the 8-4-4-4-12 form accepted by idSchema', () => {
    const id = uuidv7();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(idSchema.safeParse(id).success).toBe(true);
  });

  it('sets version 7 and the RFC 9562 variant whatever the random bytes', () => {
    for (const fill of [0x00, 0xff, 0x5a]) {
      const id = uuidv7(1_700_000_000_000, new Uint8Array(10).fill(fill));
      expect(id[14]).toBe('7');
      expect(['8', '9', 'a', 'b']).toContain(id[19]);
      expect(idSchema.safeParse(id).success).toBe(true);
    }
  });

  it('puts the millisecond timestamp in the first 48 bits', () => {
    const now = Date.UTC(2025, 9, 1, 8, 30);
    const id = uuidv7(now, FIXED_RANDOM);
    expect(parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBe(now);
    expect(id).toBe(
      `${now.toString(16).padStart(12, '0').slice(0, 8)}-${now.toString(16).padStart(12, '0').slice(8)}-7fee-9dcc-bbaa99887766`,
    );
  });

  it('sorts by creation time, so records made offline keep their order', () => {
    const times = [
      0,
      1,
      255,
      256,
      65_535,
      1_700_000_000_000,
      1_700_000_000_001,
      Date.UTC(2100, 0, 1),
    ];
    const ids = times.map((t) => uuidv7(t, FIXED_RANDOM));
    expect([...ids].sort()).toEqual(ids);
    // later time beats larger random bytes
    expect(uuidv7(1001, new Uint8Array(10)) > uuidv7(1000, new Uint8Array(10).fill(0xff))).toBe(
      true,
    );
  });

  it('differs between two calls in the same millisecond', () => {
    const now = Date.now();
    const ids = new Set(Array.from({ length: 100 }, () => uuidv7(now)));
    expect(ids.size).toBe(100);
  });
});
