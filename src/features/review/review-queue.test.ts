// The review queue's filters, as the reviewer sets them in the address bar.
import { describe, expect, it } from 'vitest';
import type { ReviewListItem, VillageItems } from './review-queries';
import { filterQueue, filtersFromParams, filtersToParams } from './review-queue';

const DAY = 24 * 60 * 60 * 1000;
const NOW = 100 * DAY;

const item = (over: Partial<ReviewListItem> & { id: string }): ReviewListItem =>
  ({
    kind: 'notice',
    villageCode: '360735101200',
    state: 'checked',
    updatedAt: 0,
    submittedAt: NOW - 3 * DAY,
    title: 't',
    type: 'finance-statement',
    ...over,
  }) as ReviewListItem;

const groups: VillageItems[] = [
  {
    villageCode: '360735101200',
    items: [
      item({ id: 'a' }),
      item({ id: 'b', state: 'draft', submittedAt: null }),
      item({ id: 'c', type: 'party-dues', submittedAt: NOW - 10 * DAY }),
    ],
  },
  { villageCode: '360735101201', items: [item({ id: 'd', villageCode: '360735101201' })] },
];

const ids = (filtered: VillageItems[]) => filtered.flatMap((g) => g.items.map((i) => i.id));

describe('filterQueue', () => {
  it.each([
    ['everything', '', ['a', 'b', 'c', 'd']],
    ['one type', 'type=party-dues', ['c']],
    ['one village', 'village=360735101201', ['d']],
    ['waiting only', 'state=waiting', ['a', 'c', 'd']],
    ['drafts', 'state=draft', ['b']],
    ['waiting a week or more', 'days=7', ['c']],
    ['combined', 'state=checked&village=360735101200&days=2', ['a', 'c']],
  ])('%s', (_name, query, expected) => {
    expect(ids(filterQueue(groups, filtersFromParams(new URLSearchParams(query)), NOW))).toEqual(
      expected,
    );
  });

  it('round-trips filters through the address and ignores nonsense', () => {
    const filters = filtersFromParams(new URLSearchParams('state=bogus&days=-3&type=batch'));
    expect(filters).toEqual({ type: 'batch', village: '', state: 'all', minWaitingDays: 0 });
    expect(filtersToParams(filters).toString()).toBe('type=batch');
  });
});
