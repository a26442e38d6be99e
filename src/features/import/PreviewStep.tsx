// The preview before anything is saved: how many rows are fine, what the valid rows add up
// to, every problem by row and column in plain words, and the cadre's choice between
// fixing the file and importing only the valid rows.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFen, sumFen } from '../../domain/money';
import { rowsWithProblems } from '../../domain/import/sheet-validation';
import type { PreparedPreview } from './import-analysis';
import { ProblemList } from './ProblemList';

export function PreviewStep({
  preview,
  isSaving,
  isDecided,
  onSave,
  onFixFile,
}: {
  preview: PreparedPreview;
  isSaving: boolean;
  /** the cadre chose to fix the file: the choice buttons go away */
  isDecided: boolean;
  onSave: () => void;
  onFixFile: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const valid = preview.lines.length;
  const invalid = rowsWithProblems(preview.problems).length;
  const hasProblems = preview.problems.length > 0;

  return (
    <section className="import-preview" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('import.preview.heading')}</h3>
      <p>{t('import.preview.summary', { rows: preview.dataRowCount, valid, invalid })}</p>
      {valid > 0 && (
        <p>
          {t('import.preview.validTotal', {
            valid,
            amount: formatFen(sumFen(preview.lines.map((line) => line.amountFen))),
          })}
        </p>
      )}
      {preview.totalRows.length > 0 && <p>{t('import.preview.totalRows')}</p>}
      {hasProblems ? (
        <ProblemList problems={preview.problems} headers={preview.headers} />
      ) : (
        <p>{t('import.preview.noProblems')}</p>
      )}
      {valid === 0 && <p>{t('import.preview.noneValid')}</p>}
      {!isDecided && (
        <div className="import-preview__actions">
          {hasProblems && (
            <button
              type="button"
              className="button button--secondary"
              onClick={onFixFile}
              disabled={isSaving}
            >
              {t('import.actions.fixFile')}
            </button>
          )}
          {valid > 0 && (
            <button
              type="button"
              className="button"
              onClick={onSave}
              disabled={isSaving}
              aria-busy={isSaving}
            >
              {hasProblems
                ? t('import.actions.importValid', { count: valid })
                : t('import.actions.importAll', { count: valid })}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
