import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getDatabase } from '../data/database';
import { downloadTextFile } from '../ui/download-file';

type ExportResult = { kind: 'done'; count: number; fileName: string } | { kind: 'failed' } | null;

/**
 * "导出未同步数据", offered at all times: when a phone cannot sync (no signal for weeks,
 * about to be reset), the cadre can still hand the records over as a file.
 */
export function ExportUnsyncedButton() {
  const { t } = useTranslation();
  const [result, setResult] = useState<ExportResult>(null);
  const [isExporting, setExporting] = useState(false);
  // A second tap while the first export runs would download the file twice.
  const isRunning = useRef(false);

  async function handleExport() {
    if (isRunning.current) return;
    isRunning.current = true;
    setExporting(true);
    try {
      // Loaded on first use: it brings the sync protocol's schemas, which the first
      // screen does not need (first-screen budget); the chunk is precached for offline.
      const { buildUnsyncedExport } = await import('../data/export-unsynced');
      const { fileName, json, count } = await buildUnsyncedExport(getDatabase());
      downloadTextFile(fileName, json, 'application/json');
      setResult({ kind: 'done', count, fileName });
    } catch {
      setResult({ kind: 'failed' });
    } finally {
      isRunning.current = false;
      setExporting(false);
    }
  }

  return (
    <div className="export-unsynced">
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={isExporting || undefined}
        onClick={() => void handleExport()}
      >
        {t('data.exportUnsynced')}
      </button>
      <p className="export-unsynced__result" aria-live="polite">
        {isExporting && t('data.exporting')}
        {!isExporting &&
          result?.kind === 'done' &&
          t('data.exported', { count: result.count, fileName: result.fileName })}
        {!isExporting && result?.kind === 'failed' && (
          <span className="text-error">{t('data.exportFailed')}</span>
        )}
      </p>
    </div>
  );
}
