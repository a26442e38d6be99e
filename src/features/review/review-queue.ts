// The township reviewer's queue filters (type, village, state, waiting days) as a pure
// function over the region's items, so the screen and its tests share one rule. The
// filters live in the address (?type=…&village=…), so a filtered queue can be reloaded
// or bookmarked on the office PC.
import type { ReviewState } from '../../domain/review';
import type { ReviewListItem, VillageItems } from './review-queries';

const DAY_MS = 24 * 60 * 60 * 1000;

/** 'waiting' = submitted or checked: what still needs someone's review. */
export type StateFilter = ReviewState | 'waiting' | 'all';

export interface QueueFilters {
  /** a notice type key, 'batch', or '' for every type */
  type: string;
  /** a village code, or '' for every village */
  village: string;
  state: StateFilter;
  /** only items waiting at least this many days; 0 for all */
  minWaitingDays: number;
}

export const DEFAULT_FILTERS: QueueFilters = {
  type: '',
  village: '',
  state: 'all',
  minWaitingDays: 0,
};

const STATE_FILTERS: readonly StateFilter[] = [
  'all',
  'waiting',
  'draft',
  'submitted',
  'checked',
  'published',
];

export function filtersFromParams(params: URLSearchParams): QueueFilters {
  const state = params.get('state') ?? '';
  const days = Number(params.get('days') ?? '0');
  return {
    type: params.get('type') ?? '',
    village: params.get('village') ?? '',
    state: STATE_FILTERS.find((s) => s === state) ?? DEFAULT_FILTERS.state,
    minWaitingDays: Number.isInteger(days) && days > 0 ? days : 0,
  };
}

export function filtersToParams(filters: QueueFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.type) params.set('type', filters.type);
  if (filters.village) params.set('village', filters.village);
  if (filters.state !== DEFAULT_FILTERS.state) params.set('state', filters.state);
  if (filters.minWaitingDays > 0) params.set('days', String(filters.minWaitingDays));
  return params;
}

/** Whole days since the item was submitted, for items waiting for a reviewer; else null. */
export function waitingDays(item: ReviewListItem, now: number): number | null {
  if (item.state !== 'submitted' && item.state !== 'checked') return null;
  if (item.submittedAt === null) return null;
  return Math.max(0, Math.floor((now - item.submittedAt) / DAY_MS));
}

export function typeOf(item: ReviewListItem): string {
  return item.kind === 'batch' ? 'batch' : item.type;
}

function matches(item: ReviewListItem, filters: QueueFilters, now: number): boolean {
  if (filters.type && typeOf(item) !== filters.type) return false;
  if (filters.state === 'waiting' && item.state !== 'submitted' && item.state !== 'checked')
    return false;
  if (filters.state !== 'waiting' && filters.state !== 'all' && item.state !== filters.state)
    return false;
  if (filters.minWaitingDays > 0 && (waitingDays(item, now) ?? -1) < filters.minWaitingDays)
    return false;
  return true;
}

/** The groups with only matching items; villages left empty are dropped. */
export function filterQueue(
  groups: VillageItems[],
  filters: QueueFilters,
  now: number,
): VillageItems[] {
  return groups
    .filter((group) => !filters.village || group.villageCode === filters.village)
    .map((group) => ({ ...group, items: group.items.filter((i) => matches(i, filters, now)) }))
    .filter((group) => group.items.length > 0);
}
