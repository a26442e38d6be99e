import { describe, expect, it } from 'vitest';
import { canonicalJson, freezeRecord, sealSnapshot, sha256Hex, SNAPSHOT_FORMAT } from './snapshot';

describe('canonicalJson', () => {
  it('sorts keys at every level and leaves undefined members out', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: null }], c: undefined } })).toBe(
      '{"a":{"d":[3,{"y":null,"z":1}]},"b":1}',
    );
  });

  it('gives the same text, and so the same hash, for the same content in any key order', () => {
    const one = { title: '财务公开', amounts: [1250000, 983050], village: '360735101200' };
    const two = { village: '360735101200', amounts: [1250000, 983050], title: '财务公开' };
    expect(canonicalJson(one)).toBe(canonicalJson(two));
    expect(sha256Hex(canonicalJson(one))).toBe(sha256Hex(canonicalJson(two)));
  });

  it('hashes with SHA-256 as printed in hex (FIPS 180-2 test vector)', () => {
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describe('sealSnapshot', () => {
  const base = {
    format: SNAPSHOT_FORMAT,
    itemKind: 'notice' as const,
    itemId: 'n1',
    villageCode: '360735101200',
    seq: 2,
    publishedAt: 1_763_604_000_000,
    prevSha256: 'a'.repeat(64),
    record: { title: '财务公开' },
  };

  it('chains: the same content after another predecessor has another fingerprint', () => {
    const first = sealSnapshot(base);
    const other = sealSnapshot({ ...base, prevSha256: 'b'.repeat(64) });
    expect(first.sha256).toBe(sha256Hex(first.canonicalJson));
    expect(other.sha256).not.toBe(first.sha256);
  });

  it('freezes the content without sync bookkeeping or later publication fields', () => {
    const frozen = freezeRecord({
      id: 'n1',
      version: 9,
      updatedAt: 5,
      createdAt: 1,
      title: '财务公开',
      publishedSha256: 'c'.repeat(64),
      supersededById: 'n2',
      proofs: [],
    } as never);
    expect(frozen).toEqual({ id: 'n1', createdAt: 1, title: '财务公开' });
  });
});
