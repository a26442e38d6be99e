import { useTranslation } from 'react-i18next';
import type { AttachmentRef } from '../../domain/attachment';
import { formatFen } from '../../domain/money';
import { diffNotices, hasNoticeChanges, type DiffableNotice } from '../../domain/review-diff';
import { diffLines } from './line-diff';

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return (value as AttachmentRef[]).map((a) => a.name).join('、') || '—';
  return String(value);
}

/**
 * What changed since the version the reviewer compares with: each changed field with
 * its old and new value, the body line by line, and statement lines added, removed or
 * changed. Every change is said in words (新增 / 删除), not by colour alone.
 */
export function NoticeDiffView({
  before,
  after,
}: {
  before: DiffableNotice;
  after: DiffableNotice;
}) {
  const { t } = useTranslation();
  const diff = diffNotices(before, after);
  if (!hasNoticeChanges(diff)) return <p>{t('reviewer.diff.none')}</p>;
  return (
    <div className="review-diff">
      <dl>
        {diff.fields
          .filter((change) => change.field !== 'body')
          .map((change) => (
            <div key={change.field}>
              <dt>{t(`reviewer.diff.field.${change.field}`)}</dt>
              <dd>
                {t('reviewer.diff.fromTo', {
                  before: show(change.before),
                  after: show(change.after),
                })}
              </dd>
            </div>
          ))}
      </dl>
      {diff.fields.some((change) => change.field === 'body') && (
        <>
          <h3>{t('reviewer.diff.field.body')}</h3>
          <ol className="review-diff__lines">
            {diffLines(before.body, after.body)
              .filter((line) => line.change !== 'same' && line.text.trim() !== '')
              .map((line, i) => (
                <li key={i}>
                  {line.change === 'added' ? (
                    <ins>{t('reviewer.diff.added', { text: line.text })}</ins>
                  ) : (
                    <del>{t('reviewer.diff.removed', { text: line.text })}</del>
                  )}
                </li>
              ))}
          </ol>
        </>
      )}
      {diff.statement.length > 0 && (
        <>
          <h3>{t('notices.statement.heading')}</h3>
          <ul>
            {diff.statement.map((change) => (
              <li key={`${change.side}:${change.id}`}>
                {t(`reviewer.diff.statement.${change.change}`, {
                  side: t(`notices.statement.${change.side}`),
                  before: change.before
                    ? `${change.before.label} ${formatFen(change.before.amountFen)}`
                    : '',
                  after: change.after
                    ? `${change.after.label} ${formatFen(change.after.amountFen)}`
                    : '',
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
