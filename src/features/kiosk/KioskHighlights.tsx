import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PublicItem } from '../public/archive-filter';
import { periodStatusText } from '../public/period-text';

/** Long enough to read a title twice at an elderly reading pace. */
const ROTATE_MS = 10_000;

interface KioskHighlightsProps {
  items: PublicItem[];
  onOpen: (item: PublicItem) => void;
}

function titleOf(t: TFunction, item: PublicItem): string {
  return item.kind === 'notice'
    ? item.notice.title
    : t('publicView.batch.title', { year: item.batch.year, item: item.batch.item });
}

/**
 * What is in its notice period now, one at a time. It moves on by itself, so a visible
 * button pauses it (WCAG 2.2.2); it is only on the start screen, so it never moves while
 * a detail is open. Screen readers hear a change only once it is paused.
 */
export function KioskHighlights({ items, onOpen }: KioskHighlightsProps) {
  const { t } = useTranslation();
  const [index, setIndex] = useState(0);
  const [isPaused, setPaused] = useState(false);
  const count = items.length;

  useEffect(() => {
    if (isPaused || count < 2) return;
    const timer = window.setInterval(() => setIndex((i) => (i + 1) % count), ROTATE_MS);
    return () => window.clearInterval(timer);
  }, [isPaused, count]);

  if (count === 0) return <p>{t('kioskView.highlights.none')}</p>;
  const item = items[index % count] ?? items[0];
  if (!item) return null;
  const period = item.kind === 'notice' ? item.notice.period : item.batch.period;
  return (
    <div className="kiosk-highlights">
      <div aria-live={isPaused ? 'polite' : 'off'} className="kiosk-highlights__card public-item">
        <p className="kiosk-highlights__position">
          {t('kioskView.highlights.position', { index: (index % count) + 1, count })}
        </p>
        <p className="kiosk-highlights__title">{titleOf(t, item)}</p>
        <p>{periodStatusText(t, period)}</p>
        <button type="button" className="button" onClick={() => onOpen(item)}>
          {t('kioskView.open', { title: titleOf(t, item) })}
        </button>
      </div>
      {count > 1 && (
        <div className="kiosk-highlights__controls">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setIndex((i) => (i - 1 + count) % count)}
          >
            {t('kioskView.highlights.previous')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setPaused((p) => !p)}
          >
            {t(isPaused ? 'kioskView.highlights.play' : 'kioskView.highlights.pause')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setIndex((i) => (i + 1) % count)}
          >
            {t('kioskView.highlights.next')}
          </button>
        </div>
      )}
    </div>
  );
}
