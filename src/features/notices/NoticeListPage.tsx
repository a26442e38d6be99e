import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../a11y/usePageTitle';
import { entityKeyOf, usePendingEntityKeys } from '../../data';
import { formatDateTime } from '../../ui/format-time';
import { useDivisionName } from '../village/useDivisionName';
import './notices.css';
import { useVillageNotices } from './useVillageNotices';

/** The village's notices on this device, each with its review and sync state in words. */
export function NoticeListPage() {
  const { t } = useTranslation();
  const villageCode = useParams().villageCode ?? '';
  const name = useDivisionName(villageCode);
  const title = t('notices.list.title', { name });
  usePageTitle(title);
  const notices = useVillageNotices(villageCode);
  const pending = usePendingEntityKeys();
  const headingId = useId();

  return (
    <>
      <h1>{title}</h1>
      <p>
        <Link className="button" to={`/village/${villageCode}/notices/new`}>
          {t('notices.list.new')}
        </Link>
      </p>
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t('notices.list.heading')}</h2>
        {(notices === undefined || pending === undefined) && <p>{t('notices.list.loading')}</p>}
        {notices?.length === 0 && <p>{t('notices.list.empty')}</p>}
        {notices && pending && notices.length > 0 && (
          <ul className="batch-list" aria-labelledby={headingId}>
            {notices.map((notice) => (
              <li key={notice.id} className="batch-list__item">
                <p className="batch-list__title">
                  <Link to={`/village/${villageCode}/notices/${notice.id}`}>{notice.title}</Link>
                </p>
                <dl className="batch-list__states">
                  <div>
                    <dt>{t('notices.editor.type')}</dt>
                    <dd>{t(`notices.type.${notice.type}`, { defaultValue: notice.type })}</dd>
                  </div>
                  <div>
                    <dt>{t('notices.list.state')}</dt>
                    <dd>
                      {t(`reviewState.${notice.state}`)}
                      {notice.state === 'draft' && notice.returnedReason
                        ? ` · ${t('notices.list.returned')}`
                        : ''}
                    </dd>
                  </div>
                  <div>
                    <dt>{t('notices.list.sync')}</dt>
                    <dd>
                      {pending.has(entityKeyOf('notices', notice.id))
                        ? t('notices.list.pending')
                        : t('notices.list.synced')}
                    </dd>
                  </div>
                  <div>
                    <dt>{t('notices.list.updatedAt')}</dt>
                    <dd>{formatDateTime(notice.updatedAt)}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
