import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { divisionName } from '../../domain/divisions';
import { formatDateTime } from '../../ui/format-time';
import type { ReviewListItem, VillageItems } from './review-queries';

function ItemRow({ item }: { item: ReviewListItem }) {
  const { t } = useTranslation();
  const title =
    item.kind === 'batch' ? t('batch.title', { year: item.year, item: item.item }) : item.title;
  return (
    <li className="batch-list__item">
      <p className="batch-list__title">{title}</p>
      <dl className="batch-list__states">
        <div>
          <dt>{t('review.kindLabel')}</dt>
          <dd>{t(`review.kind.${item.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('review.state')}</dt>
          <dd>{t(`reviewState.${item.state}`)}</dd>
        </div>
        <div>
          <dt>{t('review.updatedAt')}</dt>
          <dd>{formatDateTime(item.updatedAt)}</dd>
        </div>
      </dl>
    </li>
  );
}

function VillageSection({ group }: { group: VillageItems }) {
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
          <ItemRow key={`${item.kind}:${item.id}`} item={item} />
        ))}
      </ul>
    </section>
  );
}

/** The region's items on this device, one section per village, each state in words. */
export function ReviewList({ groups }: { groups: VillageItems[] | undefined }) {
  const { t } = useTranslation();
  if (groups === undefined) return <p>{t('review.loading')}</p>;
  if (groups.length === 0) return <p>{t('review.empty')}</p>;
  return (
    <>
      {groups.map((group) => (
        <VillageSection key={group.villageCode} group={group} />
      ))}
    </>
  );
}
