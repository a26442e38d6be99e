import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { divisionName } from '../../domain/divisions';
import { formatDateTime } from '../../ui/format-time';
import type { ReviewListItem, VillageItems } from './review-queries';
import { waitingDays } from './review-queue';

function ItemRow({ item, now }: { item: ReviewListItem; now: number }) {
  const { t } = useTranslation();
  const title =
    item.kind === 'batch' ? t('batch.title', { year: item.year, item: item.item }) : item.title;
  const days = waitingDays(item, now);
  return (
    <li className="batch-list__item">
      <p className="batch-list__title">
        <Link
          to={item.kind === 'notice' ? `/review/notices/${item.id}` : `/review/batches/${item.id}`}
        >
          {title}
        </Link>
      </p>
      <dl className="batch-list__states">
        <div>
          <dt>{t('review.kindLabel')}</dt>
          <dd>
            {t(`review.kind.${item.kind}`)}
            {item.kind === 'notice' &&
              ` · ${t(`notices.type.${item.type}`, { defaultValue: item.type })}`}
          </dd>
        </div>
        <div>
          <dt>{t('review.state')}</dt>
          <dd>{t(`reviewState.${item.state}`)}</dd>
        </div>
        {days !== null && (
          <div>
            <dt>{t('reviewer.queue.waiting')}</dt>
            <dd>{t('reviewer.queue.waitingDays', { count: days })}</dd>
          </div>
        )}
        <div>
          <dt>{t('review.updatedAt')}</dt>
          <dd>{formatDateTime(item.updatedAt)}</dd>
        </div>
      </dl>
    </li>
  );
}

function VillageSection({ group, now }: { group: VillageItems; now: number }) {
  const { t } = useTranslation();
  const headingId = useId();
  const name =
    divisionName(group.villageCode) ?? t('division.unknown', { code: group.villageCode });
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{name}</h2>
      <p>{t('review.itemCount', { count: group.items.length })}</p>
      <ul className="batch-list" aria-labelledby={headingId}>
        {group.items.map((item) => (
          <ItemRow key={`${item.kind}:${item.id}`} item={item} now={now} />
        ))}
      </ul>
    </section>
  );
}

/** The region's items on this device, one section per village, each state in words. */
export function ReviewList({
  groups,
  now,
  isFiltered = false,
}: {
  groups: VillageItems[] | undefined;
  /** the clock reading waiting days are counted to */
  now: number;
  isFiltered?: boolean;
}) {
  const { t } = useTranslation();
  if (groups === undefined) return <p>{t('review.loading')}</p>;
  if (groups.length === 0)
    return <p>{isFiltered ? t('reviewer.queue.noMatch') : t('review.empty')}</p>;
  return (
    <>
      {groups.map((group) => (
        <VillageSection key={group.villageCode} group={group} now={now} />
      ))}
    </>
  );
}
