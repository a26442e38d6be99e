import { useTranslation } from 'react-i18next';
import type { ExportState } from './useExportRunner';

/** The outcome of an export in words, announced politely. */
export function ExportStatus({ state }: { state: ExportState }) {
  const { t } = useTranslation();
  return (
    <p className="export-status" aria-live="polite">
      {state.kind === 'running' && t('print.export.exporting')}
      {state.kind === 'done' && t('print.export.done', { fileName: state.fileName })}
      {state.kind === 'failed' && <span className="text-error">{t('print.export.failed')}</span>}
    </p>
  );
}
