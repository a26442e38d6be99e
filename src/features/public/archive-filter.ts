// Which items of a village page are 公示中 and which are in the archive, and the archive
// search: every word typed must appear in the title, item, category or year.
import type { PublicBatch, PublicNotice } from '../../domain/public-view';

export type PublicItem =
  { kind: 'notice'; notice: PublicNotice } | { kind: 'batch'; batch: PublicBatch };

export function itemsOf(notices: PublicNotice[], batches: PublicBatch[]): PublicItem[] {
  const items: PublicItem[] = [
    ...notices.map((notice): PublicItem => ({ kind: 'notice', notice })),
    ...batches.map((batch): PublicItem => ({ kind: 'batch', batch })),
  ];
  return items.sort((a, b) => (startOf(b) ?? '').localeCompare(startOf(a) ?? ''));
}

function startOf(item: PublicItem): string | null {
  return item.kind === 'notice' ? item.notice.period.start : item.batch.period.start;
}

export function isOpen(item: PublicItem): boolean {
  return (item.kind === 'notice' ? item.notice.period : item.batch.period).status === 'open';
}

function searchText(item: PublicItem): string {
  if (item.kind === 'notice') return `${item.notice.title} ${item.notice.body}`;
  const b = item.batch;
  return `${b.year} ${b.item} ${b.basis} ${b.department}`;
}

export function filterArchive(items: PublicItem[], query: string): PublicItem[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return items;
  return items.filter((item) => {
    const text = searchText(item);
    return words.every((w) => text.includes(w));
  });
}
