import { describe, expect, it } from 'vitest';
import { draftBatch } from '../../../test/fixtures/payout-fixtures';
import type { BatchListItem } from '../subsidies/batch-queries';
import { justSavedOf, withJustSaved } from './just-saved';

function listed(id: string, year: number): BatchListItem {
  return { id, year, item: `补贴${id}`, state: 'draft', syncState: 'synced' };
}

describe('justSavedOf', () => {
  it('lists a new draft as a draft that only this device has', () => {
    const batch = draftBatch({ year: 2025, item: '耕地地力保护补贴' });
    expect(justSavedOf(batch)).toEqual({
      villageCode: batch.villageCode,
      item: {
        id: batch.id,
        year: 2025,
        item: '耕地地力保护补贴',
        state: 'draft',
        syncState: 'local-only',
      },
    });
  });
});

describe('withJustSaved', () => {
  const saved = listed('new', 2025);
  it.each([
    { case: 'empty list', items: [], expected: ['new'] },
    {
      case: 'newest first within its year',
      items: [listed('a', 2025), listed('b', 2024)],
      expected: ['new', 'a', 'b'],
    },
    {
      case: 'after newer years',
      items: [listed('a', 2026), listed('b', 2024)],
      expected: ['a', 'new', 'b'],
    },
    {
      case: 'last when every year is newer',
      items: [listed('a', 2027), listed('b', 2026)],
      expected: ['a', 'b', 'new'],
    },
  ])('puts the saved batch where the read would ($case)', ({ items, expected }) => {
    expect(withJustSaved(items, saved).map((item) => item.id)).toEqual(expected);
  });

  it('shows the read as it is once it has the batch, so later changes are not hidden', () => {
    const read = [listed('a', 2026), { ...saved, syncState: 'pending' as const }];
    expect(withJustSaved(read, saved)).toBe(read);
  });

  it('leaves the read alone when nothing was just saved', () => {
    const read = [listed('a', 2026)];
    expect(withJustSaved(read, null)).toBe(read);
  });
});
