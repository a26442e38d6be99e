import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useConflicts } from '../../data/conflict-queries';
import { formatDateTime } from '../../ui/format-time';
import { conflictSubject, namedMutation } from './conflict-view';

/**
 * Changes the township server refused, for their author: what it was, why (in plain
 * words from `errors.<reason>`) and when. The server keeps each refused change with its
 * payload; the device has gone back to the server's copy, so the person needs to know
 * what to enter again. Shows nothing when nothing was refused.
 * `villageCode` limits the list to one village (a refusal with no village is shown too).
 */
export function ConflictList({ villageCode }: { villageCode?: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const conflicts = useConflicts();
  const shown = (conflicts ?? []).filter(
    (c) => villageCode === undefined || c.villageCode === null || c.villageCode === villageCode,
  );
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('conflicts.heading')}</h2>
      <p>{t('conflicts.intro')}</p>
      <ul className="batch-list" aria-labelledby={headingId}>
        {shown.map((conflict) => {
          const mutation = namedMutation(conflict.name);
          const what = mutation
            ? t(`mutations.${mutation}`)
            : t('mutations.unknown', { name: conflict.name });
          const subject = conflictSubject(conflict);
          const subjectText =
            subject?.kind === 'batch'
              ? t('batch.title', { year: subject.year, item: subject.item })
              : subject?.title;
          return (
            <li key={conflict.id} className="batch-list__item">
              <p className="batch-list__title">{subjectText ?? what}</p>
              <dl className="batch-list__states">
                <div>
                  <dt>{t('conflicts.what')}</dt>
                  <dd>{what}</dd>
                </div>
                <div>
                  <dt>{t('conflicts.reason')}</dt>
                  <dd>{t(`errors.${conflict.reason}`, { defaultValue: t('errors.unknown') })}</dd>
                </div>
                <div>
                  <dt>{t('conflicts.when')}</dt>
                  <dd>{formatDateTime(conflict.createdAt)}</dd>
                </div>
              </dl>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
