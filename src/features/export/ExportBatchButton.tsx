import { useTranslation } from 'react-i18next';
import { ExportStatus } from './ExportStatus';
import { useExportRunner } from './useExportRunner';

/** "导出 Excel" on the print screen: the batch with every line, for the cadre's records. */
export function ExportBatchButton({ batchId }: { batchId: string }) {
  const { t } = useTranslation();
  const { state, run } = useExportRunner();
  const isRunning = state.kind === 'running';
  return (
    <div className="export-action">
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={isRunning || undefined}
        onClick={() =>
          void run(async () => (await import('./xlsx-export')).exportBatchXlsx(batchId))
        }
      >
        {t('print.export.batchButton')}
      </button>
      <ExportStatus state={state} />
    </div>
  );
}
