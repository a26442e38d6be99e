import { describe, expect, it } from 'vitest';
import {
  isSuperseded,
  latestProofAt,
  publishedFingerprint,
  shortFingerprint,
} from './review-publication';

const SHA = '3f9a0c12' + 'b'.repeat(56);
const ID = '01890a5d-ac96-774b-bcce-b302099a8057';

describe('publication fields', () => {
  it('gives the fingerprint of a published item and its 8 printed characters', () => {
    expect(publishedFingerprint({ publishedSha256: SHA })).toBe(SHA);
    expect(shortFingerprint(SHA)).toBe('3f9a0c12');
  });

  it('has no fingerprint, supersession or proof before publishing', () => {
    expect(publishedFingerprint({})).toBeNull();
    expect(publishedFingerprint({ publishedSha256: null })).toBeNull();
    expect(isSuperseded({})).toBe(false);
    expect(latestProofAt({})).toBeNull();
  });

  it('knows a superseded item and the latest proof by server time', () => {
    expect(isSuperseded({ supersededById: ID })).toBe(true);
    const proofs = [
      { id: ID, sha256: SHA, postedAt: 2_000 },
      { id: ID, sha256: SHA, postedAt: 5_000 },
    ];
    expect(latestProofAt({ proofs })).toBe(5_000);
  });
});
