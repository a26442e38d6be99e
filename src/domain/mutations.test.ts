import { describe, expect, it } from 'vitest';
import { ERROR_CODES, MUTATION_NAMES, isMutationName, mutationArgsSchemas } from './mutations';

const ID = '01890a5d-ac96-774b-bcce-b302099a8057';

describe('mutations', () => {
  it('recognises only the declared names', () => {
    for (const name of MUTATION_NAMES) expect(isMutationName(name)).toBe(true);
    expect(isMutationName('batch.drop')).toBe(false);
    expect(isMutationName('toString')).toBe(false);
    expect(isMutationName('__proto__')).toBe(false);
  });

  it('leaves version and timestamps to the server', () => {
    const args = { id: ID, batchId: ID, villageCode: '360735101201', version: 9 };
    const shape = mutationArgsSchemas['line.put'].shape;
    expect('version' in shape || 'createdAt' in shape || 'updatedAt' in shape).toBe(false);
    expect(mutationArgsSchemas['line.delete'].parse(args)).toEqual({ id: ID, batchId: ID });
  });

  it.each([
    [{ stepId: ID, itemKind: 'batch', itemId: ID, action: 'approve', privacyChecked: true }, true],
    [{ stepId: ID, itemKind: 'notice', itemId: ID, action: 'return', reason: '缺少附件' }, true],
    [{ stepId: ID, itemKind: 'payout', itemId: ID, action: 'approve' }, false],
    [{ stepId: ID, itemKind: 'batch', itemId: ID, action: 'publish' }, false],
    [{ stepId: 'x', itemKind: 'batch', itemId: ID, action: 'submit' }, false],
  ])('review.transition %j → %s', (args, ok) => {
    expect(mutationArgsSchemas['review.transition'].safeParse(args).success).toBe(ok);
  });

  it('never takes publication fields from a device', () => {
    const forged = {
      publishedSha256: 'f'.repeat(64),
      publishedAt: 1,
      supersededById: ID,
      proofs: [],
    };
    for (const name of ['batch.put', 'notice.put'] as const) {
      const shape = mutationArgsSchemas[name].shape;
      for (const key of Object.keys(forged)) expect(key in shape).toBe(false);
    }
  });

  it.each([
    [{}, true],
    [{ takenAt: 1_763_600_000_000 }, true],
    [
      { photo: { sha256: 'a'.repeat(64), name: 'x.pdf', mime: 'application/pdf', size: 10 } },
      false,
    ],
    [
      { photo: { sha256: 'a'.repeat(64), name: 'x.jpg', mime: 'image/jpeg', size: 400_000 } },
      false,
    ],
    [{ itemKind: 'payout' }, false],
  ])('proof.add %j → %s', (change, ok) => {
    const args = {
      id: ID,
      itemKind: 'notice',
      itemId: ID,
      photo: { sha256: 'a'.repeat(64), name: 'board.jpg', mime: 'image/jpeg', size: 120_000 },
      ...change,
    };
    expect(mutationArgsSchemas['proof.add'].safeParse(args).success).toBe(ok);
  });

  it('has unique error codes', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
  });
});
