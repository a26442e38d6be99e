import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskVillageResponse } from '../../domain/public-view';
import { applyWaitingUpdateWhenIdle } from '../../pwa/idle-update';
import { isOpen, itemsOf, type PublicItem } from '../public/archive-filter';
import { BatchFacts } from '../public/BatchFacts';
import { LinesTable } from '../public/LinesTable';
import { NoticeArticle } from '../public/NoticeArticle';
import { IdleWarning } from './IdleWarning';
import { KIOSK_WARNING_MS, kioskQuietMs } from './kiosk-device';
import { objectionAboutOf } from './kiosk-objection';
import { KIOSK_HOME, type KioskObjectionTarget, type KioskView } from './kiosk-view';
import { KioskHome } from './KioskHome';
import { KioskItemList } from './KioskItemList';
import { KioskLookup } from './KioskLookup';
import { KioskObjection } from './KioskObjection';
import { useIdleReset } from './useIdleReset';

interface KioskBoardProps {
  view: KioskVillageResponse;
}

/**
 * The kiosk once it has a copy of its board: tiles, lists, details, lookup, idle reset.
 * The village name and 最后更新 are in the kiosk's top bar (KioskFrame).
 */
export function KioskBoard({ view: board }: KioskBoardProps) {
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

  const object = (target: KioskObjectionTarget) =>
    setView({ kind: 'objection', target, from: view });
  /** 提出异议 under an item in its notice period: big, at the end of what was read. */
  const objectButton = (about: string, target: KioskObjectionTarget) => (
    <button
      type="button"
      className="button kiosk-objection__open"
      aria-label={t('kioskView.objection.openLabel', { about })}
      onClick={() => object(target)}
    >
      {t('kioskView.objection.open')}
    </button>
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
    content = notice && (
      <>
        <NoticeArticle notice={notice} headingLevel={3} />
        {notice.period.status === 'open' &&
          objectButton(notice.title, { itemKind: 'notice', itemId: notice.id })}
      </>
    );
  } else if (view.kind === 'batch') {
    const batch = board.batches.find((b) => b.id === view.id);
    heading = t('kioskView.detail');
    const lines = board.lines.filter((l) => l.batchId === view.id);
    const title = batch ? t('publicView.batch.title', { year: batch.year, item: batch.item }) : '';
    content = batch && (
      <>
        <BatchFacts batch={batch} headingLevel={3} />
        {batch.period.status === 'open' &&
          objectButton(title, { itemKind: 'batch', itemId: batch.id })}
        {lines.length > 0 ? (
          <LinesTable lines={lines} caption={title} />
        ) : (
          <p>{t('publicView.lines.aggregateOnly')}</p>
        )}
      </>
    );
  } else if (view.kind === 'objection') {
    heading = t('kioskView.objection.heading');
    const about = objectionAboutOf(t, board, view.target);
    content = (
      <KioskObjection
        key={`${view.target.itemId}/${view.target.lineId ?? ''}`}
        villageCode={board.village.code}
        target={view.target}
        aboutText={about.text}
        hotline={about.hotline}
      />
    );
  } else {
    heading = t('kioskView.lookup.heading');
    content = (
      <KioskLookup
        lines={board.lines}
        batches={board.batches}
        query={query}
        onQueryChange={setQuery}
        onObject={(line) => object({ itemKind: 'batch', itemId: line.batchId, lineId: line.id })}
      />
    );
  }

  return (
    <div className="kiosk-board">
      {view.kind !== 'home' && (
        <div className="kiosk-board__nav">
          <button type="button" className="button kiosk-nav-button" onClick={reset}>
            {t('kioskView.home')}
          </button>
          {(view.kind === 'notice' || view.kind === 'batch' || view.kind === 'objection') && (
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
      {idle.isWarning && (
        <IdleWarning secondsLeft={idle.secondsLeft} onKeepBrowsing={idle.keepBrowsing} />
      )}
    </div>
  );
}
