import { useTranslation } from 'react-i18next';
import type { PublicItem } from '../public/archive-filter';
import { periodStatusText } from '../public/period-text';
import { ReadAloudButton } from '../read-aloud/ReadAloudButton';

interface KioskItemListProps {
  heading: string;
  items: PublicItem[];
  onOpen: (item: PublicItem) => void;
}

/** One kind of item (党务, 村务, 财务) as big buttons, newest first, with its state in words. */
export function KioskItemList({ heading, items, onOpen }: KioskItemListProps) {
  const { t } = useTranslation();
  const titleOf = (item: PublicItem) =>
    item.kind === 'notice'
      ? item.notice.title
      : t('publicView.batch.title', { year: item.batch.year, item: item.batch.item });
  const statusOf = (item: PublicItem) =>
    periodStatusText(t, item.kind === 'notice' ? item.notice.period : item.batch.period);
  const summary = t('kioskView.list.summary', { count: items.length });
  return (
    <>
      <p>{summary}</p>
      <ReadAloudButton
        label={heading}
        parts={() => [summary, ...items.map((item) => `${titleOf(item)}，${statusOf(item)}`)]}
      />
      <ul className="kiosk-list">
        {items.map((item) => (
          <li key={item.kind === 'notice' ? item.notice.id : item.batch.id}>
            <button type="button" className="kiosk-list__item" onClick={() => onOpen(item)}>
              <span className="kiosk-list__title">{titleOf(item)}</span>
              <span>{statusOf(item)}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
