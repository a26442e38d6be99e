import { useTranslation } from 'react-i18next';
import type { FieldFinding, ScannedField } from './notice-scan';

/** Characters shown either side of a finding, enough to recognise the place. */
const CONTEXT = 12;

function FieldName({ field }: { field: ScannedField }) {
  const { t } = useTranslation();
  switch (field.kind) {
    case 'title':
      return <>{t('notices.findings.field.title')}</>;
    case 'body':
      return <>{t('notices.findings.field.body')}</>;
    case 'statement':
      return <>{t(`notices.findings.field.${field.side}`, { number: field.index + 1 })}</>;
    case 'attachment':
      return <>{t('notices.findings.field.attachment', { number: field.index + 1 })}</>;
  }
}

/**
 * Every place the privacy check found personal data, with its field, its kind in words
 * and the text around it marked, and for the title and body a button that selects the
 * exact characters in the field so the cadre can delete them.
 */
export function PrivacyFindingList({
  findings,
  onLocate,
}: {
  findings: FieldFinding[];
  /** selects the finding in its field; without it the list is read-only (reviewers) */
  onLocate?: (found: FieldFinding) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="findings" role="alert">
      <p>{t('notices.findings.intro', { count: findings.length })}</p>
      <ol>
        {findings.map((found, i) => {
          const { start, end } = found.finding;
          const before = found.text.slice(Math.max(0, start - CONTEXT), start);
          const after = found.text.slice(end, end + CONTEXT);
          const isLocatable =
            onLocate !== undefined && (found.field.kind === 'title' || found.field.kind === 'body');
          return (
            <li key={i}>
              <p>
                <strong>
                  <FieldName field={found.field} />
                </strong>
                {' · '}
                {t(`notices.findings.kind.${found.finding.kind}`)}
              </p>
              <p className="findings__excerpt">
                {start > CONTEXT && '…'}
                {before}
                <mark>{found.finding.match}</mark>
                {after}
                {end + CONTEXT < found.text.length && '…'}
              </p>
              {isLocatable && (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => onLocate?.(found)}
                >
                  {t('notices.findings.locate')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
