// The corrections (更正) a notice is linked to, live: undefined while loading.
import { useDbQuery } from '../../data';
import type { Notice } from '../../domain/notice';
import { getNoticeCorrectionLinks, type NoticeCorrectionLinks } from './notice-queries';

export function useNoticeCorrectionLinks(notice: Notice | null): NoticeCorrectionLinks | undefined {
  const loaded = useDbQuery(
    async (db) => ({
      id: notice?.id,
      links: notice ? await getNoticeCorrectionLinks(db, notice) : null,
    }),
    [notice],
  );
  // A live query keeps its last answer while the next one loads: after moving from a
  // notice to its correction, that answer belongs to the other notice and would say
  // "the replaced version is not on this device" for a moment.
  return loaded && loaded.id === notice?.id ? (loaded.links ?? undefined) : undefined;
}
