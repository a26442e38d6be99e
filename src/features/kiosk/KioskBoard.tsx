import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskVillageResponse } from '../../domain/public-view';
import { applyWaitingUpdateWhenIdle } from '../../pwa/idle-update';
import { formatClockTime } from '../../ui/format-time';
import { isOpen, itemsOf, type PublicItem } from '../public/archive-filter';
import { BatchFacts } from '../public/BatchFacts';
import { LinesTable } from '../public/LinesTable';
import { NoticeArticle } from '../public/NoticeArticle';
import { IdleWarning } from './IdleWarning';
import { KIOSK_WARNING_MS, kioskQuietMs } from './kiosk-device';
import { KIOSK_HOME, type KioskView } from './kiosk-view';
import { KioskHome } from './KioskHome';
import { KioskItemList } from './KioskItemList';
import { KioskLookup } from './KioskLookup';
import type { KioskLink } from './useKioskData';
import { useIdleReset } from './useIdleReset';

interface KioskBoardProps {
  view: KioskVillageResponse;
  checkedAt: number;
  link: KioskLink;
}

/** The kiosk once it has a copy of its board: tiles, lists, details, lookup, idle reset. */
export function KioskBoard({ view: board, checkedAt, link }: KioskBoardProps) {
  const { t } = useTranslation();
  const [view, setView] = useState<KioskView>(KIOSK_HOME);
  const [query, setQuery] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const quietMs = useMemo(() => kioskQuietMs(), []);

  const reset = useCallback(() => {
    setView(KIOSK_HOME);
    setQuery('');
    // Nobody is using the screen: the moment to take a waiting app update.
    applyWaitingUpdateWhenIdle();
  }, []);
  const idle = useIdleReset(quietMs, KIOSK_WARNING_MS, reset);

  const items = useMemo(() => itemsOf(board.notices, board.batches), [board]);
  const open = (item: PublicItem) =>
    setView(
      item.kind === 'notice'
        ? { kind: 'notice', id: item.notice.id, from: view }
        : { kind: 'batch', id: item.batch.id, from: view },
    );

  // A new screen: move focus to its heading so a screen reader says where we are.
  useEffect(() => {
    if (view.kind !== 'home') headingRef.current?.focus();
  }, [view]);

  let heading = '';
  let content: ReactNode = null;
  if (view.kind === 'home') {
    content = <KioskHome highlights={items.filter(isOpen)} onGo={setView} onOpen={open} />;
  } else if (view.kind === 'list') {
    heading = t(`kioskView.tiles.${view.topic}`);
    const listed = items.filter((item) =>
      item.kind === 'notice' ? item.notice.category === view.topic : view.topic === 'village',
    );
    content = <KioskItemList heading={heading} items={listed} onOpen={open} />;
  } else if (view.kind === 'notice') {
    const notice = board.notices.find((n) => n.id === view.id);
    heading = t('kioskView.detail');
    content = notice && <NoticeArticle notice={notice} headingLevel={3} />;
  } else if (view.kind === 'batch') {
    const batch = board.batches.find((b) => b.id === view.id);
    heading = t('kioskView.detail');
    const lines = board.lines.filter((l) => l.batchId === view.id);
    content = batch && (
      <>
        <BatchFacts batch={batch} headingLevel={3} />
        {lines.length > 0 ? (
          <LinesTable
            lines={lines}
            caption={t('publicView.batch.title', { year: batch.year, item: batch.item })}
          />
        ) : (
          <p>{t('publicView.lines.aggregateOnly')}</p>
        )}
      </>
    );
  } else {
    heading = t('kioskView.lookup.heading');
    content = (
      <KioskLookup
        lines={board.lines}
        batches={board.batches}
        query={query}
        onQueryChange={setQuery}
      />
    );
  }

  return (
    <div className="kiosk-board">
      <p className="kiosk-board__village">{board.village.name}</p>
      {view.kind !== 'home' && (
        <div className="kiosk-board__nav">
          <button type="button" className="button kiosk-nav-button" onClick={reset}>
            {t('kioskView.home')}
          </button>
          {(view.kind === 'notice' || view.kind === 'batch') && (
            <button
              type="button"
              className="button button--secondary kiosk-nav-button"
              onClick={() => setView(view.from)}
            >
              {t('kioskView.back')}
            </button>
          )}
        </div>
      )}
      {heading && (
        <h2 ref={headingRef} tabIndex={-1}>
          {heading}
        </h2>
      )}
      {content}
      <p className="kiosk-board__updated" role="status">
        {t('kioskView.lastUpdated', { time: formatClockTime(checkedAt) })}
        {link === 'offline' && ` · ${t('kioskView.offline')}`}
      </p>
      {idle.isWarning && (
        <IdleWarning secondsLeft={idle.secondsLeft} onKeepBrowsing={idle.keepBrowsing} />
      )}
    </div>
  );
}
