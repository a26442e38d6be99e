import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadFeatureStrings } from '../../i18n/feature-strings';
import { ExportStatus } from './ExportStatus';
import { useExportRunner } from './useExportRunner';
import { useTownshipExportYears } from './useTownshipExportYears';

/**
 * "导出乡镇汇总表" for the township reviewer: items × villages (households, amounts) of
 * one year, from the batches synced to this device. Brings its own strings (print
 * feature), so any screen can mount it.
 */
export function TownshipSummaryExportButton({ townshipCode }: { townshipCode: string }) {
  const { t } = useTranslation();
  const selectId = useId();
  const [hasStrings, setHasStrings] = useState(false);
  const years = useTownshipExportYears(townshipCode);
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  const { state, run } = useExportRunner();

  useEffect(() => {
    let isCurrent = true;
    void loadFeatureStrings(['print']).then(() => {
      if (isCurrent) setHasStrings(true);
    });
    return () => {
      isCurrent = false;
    };
  }, []);

  if (!hasStrings || years === undefined) return null;
  if (years.length === 0) return <p>{t('print.export.summaryNoYears')}</p>;
  const year = chosenYear !== null && years.includes(chosenYear) ? chosenYear : (years[0] ?? 0);
  const isRunning = state.kind === 'running';

  return (
    <div className="export-action export-action--summary">
      <div className="field">
        <label className="field__label" htmlFor={selectId}>
          {t('print.export.summaryYear')}
        </label>
        <select
          id={selectId}
          className="setting__select"
          value={year}
          onChange={(event) => setChosenYear(Number(event.target.value))}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={isRunning || undefined}
        onClick={() =>
          void run(async () =>
            (await import('./xlsx-export')).exportTownshipSummaryXlsx(townshipCode, year),
          )
        }
      >
        {t('print.export.summaryButton')}
      </button>
      <ExportStatus state={state} />
    </div>
  );
}
