import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoaderData, useParams, useRevalidator } from 'react-router';
import { usePageTitle } from '../../a11y/usePageTitle';
import type { PublicObjectionReply } from '../../domain/objection';
import { ReadAloudButton } from '../read-aloud/ReadAloudButton';
import { useDivisionName } from '../village/useDivisionName';
import { ArchiveSearch } from './ArchiveSearch';
import { filterArchive, isOpen, itemsOf, type PublicItem } from './archive-filter';
import { NoticeArticle } from './NoticeArticle';
import { ObjectionForm } from './ObjectionForm';
import { ObjectionReplies } from './ObjectionReplies';
import { PublicBatchItem } from './PublicBatchItem';
import { PublicLoadStatus } from './PublicLoadStatus';
import type { PublicVillageLoad } from './public-village-loader';
import { usePublicVillage } from './usePublicVillage';
import './public-view.css';

function ItemList({
  items,
  villageCode,
  replies,
}: {
  items: PublicItem[];
  villageCode: string;
  replies: PublicObjectionReply[];
}) {
  const { t } = useTranslation();
  const repliesTo = (kind: 'notice' | 'batch', id: string) =>
    replies.filter((r) => r.itemKind === kind && r.itemId === id);
  return (
    <ul className="public-list">
      {items.map((item) =>
        item.kind === 'notice' ? (
          <li key={item.notice.id}>
            <NoticeArticle notice={item.notice} headingLevel={3} />
            <ObjectionReplies replies={repliesTo('notice', item.notice.id)} />
            {isOpen(item) && (
              <ObjectionForm
                villageCode={villageCode}
                itemKind="notice"
                itemId={item.notice.id}
                itemTitle={item.notice.title}
              />
            )}
          </li>
        ) : (
          <PublicBatchItem key={item.batch.id} villageCode={villageCode} batch={item.batch}>
            <ObjectionReplies replies={repliesTo('batch', item.batch.id)} />
            {isOpen(item) && (
              <ObjectionForm
                villageCode={villageCode}
                itemKind="batch"
                itemId={item.batch.id}
                itemTitle={t('publicView.batch.title', {
                  year: item.batch.year,
                  item: item.batch.item,
                })}
              />
            )}
          </PublicBatchItem>
        ),
      )}
    </ul>
  );
}

/**
 * The page a resident opens from the QR code on the paper notice: what is in its notice
 * period now, then the archive with a search. No sign-in; names are masked and, once the
 * period and its grace days are over, payout lists show totals only.
 */
export function PublicVillagePage() {
  const { t } = useTranslation();
  const villageCode = useParams().villageCode ?? '';
  const name = useDivisionName(villageCode);
  const title = t('public.title', { name });
  usePageTitle(title);
  // Started by the route's loader, alongside this page's code (public-village-loader.ts).
  const state = usePublicVillage(useLoaderData<PublicVillageLoad>());
  const { revalidate } = useRevalidator();
  const [query, setQuery] = useState('');

  const items = state.status === 'ready' ? itemsOf(state.value.notices, state.value.batches) : [];
  const open = items.filter(isOpen);
  const archive = filterArchive(
    items.filter((item) => !isOpen(item)),
    query,
  );
  const openSummary = t('publicView.open.summary', { count: open.length });
  const replies = state.status === 'ready' ? (state.value.objectionReplies ?? []) : [];

  return (
    // While the notices load, the page keeps the room they will take, so the footer does
    // not jump down under the resident's eyes when they arrive.
    <div
      className={state.status === 'loading' ? 'public-page public-page--loading' : 'public-page'}
    >
      <h1>{title}</h1>
      {state.status !== 'ready' && (
        <PublicLoadStatus status={state} onRetry={() => void revalidate()} />
      )}
      {state.status === 'ready' && (
        <>
          <section aria-labelledby="public-open">
            <h2 id="public-open">{t('publicView.open.heading')}</h2>
            <p>{openSummary}</p>
            <ReadAloudButton
              label={t('publicView.open.heading')}
              parts={() => [
                openSummary,
                ...open.map((item) =>
                  item.kind === 'notice'
                    ? item.notice.title
                    : t('publicView.batch.title', { year: item.batch.year, item: item.batch.item }),
                ),
              ]}
            />
            <ItemList items={open} villageCode={villageCode} replies={replies} />
          </section>
          <section aria-labelledby="public-archive">
            <h2 id="public-archive">{t('publicView.archive.heading')}</h2>
            <ArchiveSearch query={query} onChange={setQuery} resultCount={archive.length} />
            <ItemList items={archive} villageCode={villageCode} replies={replies} />
          </section>
          <p className="public-page__today">{t('publicView.today', { date: state.value.today })}</p>
        </>
      )}
    </div>
  );
}
