import { useTranslation } from 'react-i18next';
import { maskAccount, maskIdNumber } from '../../domain/masking';
import { formatFen } from '../../domain/money';
import {
  diffBatches,
  hasBatchChanges,
  type DiffableBatch,
  type DiffableLine,
  type LINE_DIFF_FIELDS,
} from '../../domain/review-diff';

type LineDiffField = (typeof LINE_DIFF_FIELDS)[number];

interface BatchVersion {
  batch: DiffableBatch;
  lines: readonly DiffableLine[];
}

/**
 * What a correction (更正) changed against the published batch it corrects: header fields,
 * households added, removed or changed, and the total before and after. Said in words
 * (新增 / 删除), never by colour alone. Values are shown as a reviewer may see them
 * (DOMAIN.md §5): ID as first 6 + last 4, account as its last 4.
 */
export function BatchDiffView({ before, after }: { before: BatchVersion; after: BatchVersion }) {
  const { t } = useTranslation();
  const diff = diffBatches(before, after);
  if (!hasBatchChanges(diff)) return <p>{t('reviewer.diff.none')}</p>;

  const show = (field: LineDiffField | 'header', value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—';
    switch (field) {
      case 'idNumber':
        return maskIdNumber(String(value), 'staff') ?? '—';
      case 'account':
        return maskAccount(String(value), 'staff') ?? '—';
      case 'amountFen':
      case 'rateFen':
        return formatFen(Number(value));
      case 'quantityCenti':
        return (Number(value) / 100).toFixed(2);
      case 'adjusted':
        return value ? t('reviewer.batchDiff.yes') : t('reviewer.batchDiff.no');
      default:
        return String(value);
    }
  };
  const describe = (line: DiffableLine) =>
    t('reviewer.batchDiff.line', {
      group: line.group || '—',
      name: line.name,
      id: show('idNumber', line.idNumber),
      amount: formatFen(line.amountFen),
    });

  return (
    <div className="review-diff">
      <p>
        {t('reviewer.batchDiff.total', {
          before: formatFen(diff.totalBeforeFen),
          after: formatFen(diff.totalAfterFen),
        })}
      </p>
      {diff.header.length > 0 && (
        <dl>
          {diff.header.map((change) => (
            <div key={change.field}>
              <dt>{t(`lines.header.fields.${change.field}`)}</dt>
              <dd>
                {t('reviewer.diff.fromTo', {
                  before: show('header', change.before),
                  after: show('header', change.after),
                })}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {(diff.added.length > 0 || diff.removed.length > 0) && (
        <ul className="review-diff__lines">
          {diff.removed.map((line) => (
            <li key={`removed:${line.id}`}>
              <del>{t('reviewer.diff.removed', { text: describe(line) })}</del>
            </li>
          ))}
          {diff.added.map((line) => (
            <li key={`added:${line.id}`}>
              <ins>{t('reviewer.diff.added', { text: describe(line) })}</ins>
            </li>
          ))}
        </ul>
      )}
      {diff.changed.length > 0 && (
        <>
          <h3>{t('reviewer.batchDiff.changedHeading', { count: diff.changed.length })}</h3>
          <ul>
            {diff.changed.map((change) => (
              <li key={change.after.id}>
                {describe(change.after)}
                <ul>
                  {change.fields.map((f) => (
                    <li key={f.field}>
                      {t('reviewer.batchDiff.fieldChange', {
                        field: t(`reviewer.batchDiff.field.${f.field}`),
                        change: t('reviewer.diff.fromTo', {
                          before: show(f.field, f.before),
                          after: show(f.field, f.after),
                        }),
                      })}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
