import { useTranslation } from 'react-i18next';
import type { Notice } from '../../domain/notice';
import { MarkupView } from './MarkupView';
import { StatementView } from './StatementView';

/**
 * A notice as it will be posted, read-only: type, period, body, statement and the names
 * of its attachments. Shown to the cadre once it left the draft state, and to reviewers.
 */
export function NoticeDetails({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  return (
    <article className="notice-details" aria-labelledby={`notice-${notice.id}`}>
      <h2 id={`notice-${notice.id}`}>{notice.title}</h2>
      <dl className="batch-list__states">
        <div>
          <dt>{t('notices.editor.category')}</dt>
          <dd>{t(`notices.category.${notice.category}`)}</dd>
        </div>
        <div>
          <dt>{t('notices.editor.type')}</dt>
          <dd>{t(`notices.type.${notice.type}`, { defaultValue: notice.type })}</dd>
        </div>
        <div>
          <dt>{t('notices.period.legend')}</dt>
          <dd>
            {notice.periodStart && notice.periodEnd
              ? t('notices.period.range', { start: notice.periodStart, end: notice.periodEnd })
              : t('notices.period.notSet')}
          </dd>
        </div>
      </dl>
      <MarkupView source={notice.body} />
      {notice.statement && <StatementView statement={notice.statement} />}
      {notice.attachments.length > 0 && (
        <>
          <h3>{t('notices.attachments.legend')}</h3>
          <ul>
            {notice.attachments.map((a) => (
              <li key={a.sha256}>
                {t('notices.attachments.item', {
                  name: a.name,
                  size: String(Math.max(1, Math.round(a.size / 1024))),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
