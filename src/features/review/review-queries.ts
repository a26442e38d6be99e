// Reads for the township review screen: every payout batch and notice of the villages in
// the reviewer's region that sync has brought to this device, grouped by village. Only
// what the list shows is kept (no lines, no personal data).
import type { AppDatabase } from '../../data';
import type { ReviewState } from '../../domain/review';

interface ReviewListItemBase {
  id: string;
  villageCode: string;
  state: ReviewState;
  updatedAt: number;
  /** when the current submission was made; null while a draft */
  submittedAt: number | null;
}

export type ReviewListItem =
  | (ReviewListItemBase & { kind: 'batch'; year: number; item: string })
  | (ReviewListItemBase & { kind: 'notice'; title: string; type: string });

export interface VillageItems {
  villageCode: string;
  /** most recently changed first */
  items: ReviewListItem[];
}

/**
 * The items of every village whose code starts with `regionCode` (a township's 9 digits,
 * a village's 12), villages in code order, the latest change first within a village.
 */
export async function listRegionItems(
  db: AppDatabase,
  regionCode: string,
): Promise<VillageItems[]> {
  const [batches, notices] = await Promise.all([
    db.batches.where('villageCode').startsWith(regionCode).toArray(),
    db.notices.where('villageCode').startsWith(regionCode).toArray(),
  ]);
  const items: ReviewListItem[] = [
    ...batches.map((b): ReviewListItem => ({
      kind: 'batch',
      id: b.id,
      villageCode: b.villageCode,
      state: b.state,
      updatedAt: b.updatedAt,
      submittedAt: b.submittedAt,
      year: b.year,
      item: b.item,
    })),
    ...notices.map((n): ReviewListItem => ({
      kind: 'notice',
      id: n.id,
      villageCode: n.villageCode,
      state: n.state,
      updatedAt: n.updatedAt,
      submittedAt: n.submittedAt,
      title: n.title,
      type: n.type,
    })),
  ];
  items.sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));

  const byVillage = new Map<string, ReviewListItem[]>();
  for (const item of items) {
    const list = byVillage.get(item.villageCode);
    if (list) list.push(item);
    else byVillage.set(item.villageCode, [item]);
  }
  return [...byVillage.keys()]
    .sort()
    .map((villageCode) => ({ villageCode, items: byVillage.get(villageCode) ?? [] }));
}
