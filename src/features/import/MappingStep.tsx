// The mapping question: for each column of the header row, what it holds. Prefilled with
// what was recognised; the answer is remembered for the next sheet with the same header.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isMappingComplete, missingRequiredFields } from '../../domain/import/header-detection';
import { IMPORT_FIELDS, type ColumnUse } from '../../domain/import/import-fields';
import type { MappingQuestion } from './import-analysis';
import { columnLetter } from './column-letter';

const USES: ColumnUse[] = [...IMPORT_FIELDS, 'ignore'];

export function MappingStep({
  question,
  onConfirm,
}: {
  question: MappingQuestion;
  onConfirm: (mapping: ColumnUse[]) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const idPrefix = useId();
  const [uses, setUses] = useState<(ColumnUse | null)[]>(question.suggested);
  const [error, setError] = useState<string | null>(null);

  function setUse(column: number, use: ColumnUse | null) {
    setUses((current) => current.map((u, i) => (i === column ? use : u)));
    setError(null);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const filled = uses.map((use) => use ?? 'ignore');
    const fieldName = (field: string) => t(`import.mapping.uses.${field as ColumnUse}`);
    const used = filled.filter((use) => use !== 'ignore');
    const twice = [...new Set(used.filter((use, i) => used.indexOf(use) !== i))];
    if (twice.length > 0) {
      setError(
        t('import.mapping.twice', {
          fields: twice.map(fieldName).join(t('import.mapping.separator')),
        }),
      );
      return;
    }
    const missing = missingRequiredFields(filled);
    if (missing.length > 0 || !isMappingComplete(filled)) {
      setError(
        t('import.mapping.missing', {
          fields: missing.map(fieldName).join(t('import.mapping.separator')),
        }),
      );
      return;
    }
    onConfirm(filled);
  }

  return (
    <form className="import-mapping" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h3 id={headingId}>{t('import.mapping.heading')}</h3>
      <p>{t('import.mapping.hint', { row: question.headerRow })}</p>
      {question.headers.map((header, column) => {
        if (header === '' && question.suggested[column] === 'ignore') return null;
        const id = `${idPrefix}-${column}`;
        return (
          <div className="field" key={id}>
            <label htmlFor={id} className="field__label">
              {t('import.mapping.column', {
                letter: columnLetter(column),
                header: header === '' ? t('import.mapping.untitled') : header,
              })}
            </label>
            <select
              id={id}
              className="field__input"
              value={uses[column] ?? ''}
              onChange={(e) =>
                setUse(column, e.target.value === '' ? null : (e.target.value as ColumnUse))
              }
            >
              <option value="">{t('import.mapping.choose')}</option>
              {USES.map((use) => (
                <option key={use} value={use}>
                  {t(`import.mapping.uses.${use}`)}
                </option>
              ))}
            </select>
          </div>
        );
      })}
      {error !== null && (
        <p role="alert" className="import-panel__error text-error">
          {error}
        </p>
      )}
      <button type="submit" className="button">
        {t('import.mapping.confirm')}
      </button>
    </form>
  );
}
