// The steps of one import as the cadre goes through them: choose a file → (say what
// unknown columns are) → read the problems → fix the file, or save the valid rows in one
// transaction → done. Talks to the worker and the database; the components only render
// the current step and call these actions.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getDatabase } from '../../data/database';
import { MAX_IMPORT_BYTES } from '../../domain/import/file-checks';
import type { ColumnMapping, FileErrorCode, ImportContext } from '../../domain/import/import-types';
import { parseBatchRate } from '../../domain/import/sheet-validation';
import type { PayoutBatch } from '../../domain/payout';
import type { AnalysisResult, MappingQuestion, PreparedPreview } from './import-analysis';
import { importLines, rememberMapping } from './import-commands';
import { loadDuplicateContext, loadRememberedMappings } from './import-queries';
import { createImportWorkerClient, type ImportWorkerClient } from './import-worker-client';
import { readFileBytes } from './read-file-bytes';
import { saveErrorKeyOf, type ImportSaveErrorKey } from './save-error-key';

export type FileErrorParams = Record<string, string | number>;

export type ImportStep =
  | { step: 'choose' }
  | { step: 'reading'; fileName: string }
  | { step: 'file-error'; code: FileErrorCode | 'worker-failed'; params?: FileErrorParams }
  | { step: 'mapping'; question: MappingQuestion }
  | { step: 'preview'; preview: PreparedPreview }
  | { step: 'fix-file'; preview: PreparedPreview }
  | { step: 'saving'; preview: PreparedPreview }
  | { step: 'save-error'; preview: PreparedPreview; errorKey: ImportSaveErrorKey }
  | { step: 'saved'; count: number };

export interface ImportFlow {
  state: ImportStep;
  chooseFile(file: File): Promise<void>;
  confirmMapping(mapping: ColumnMapping): Promise<void>;
  saveValidRows(): Promise<void>;
  fixFile(): void;
}

export type WorkerClientFactory = () => ImportWorkerClient;

type BatchForImport = Pick<
  PayoutBatch,
  'id' | 'villageCode' | 'year' | 'item' | 'rateText' | 'state'
>;

export function useImportFlow(
  batch: BatchForImport,
  createClient: WorkerClientFactory = createImportWorkerClient,
): ImportFlow {
  const { t } = useTranslation();
  const [state, setState] = useState<ImportStep>({ step: 'choose' });
  const clientRef = useRef<ImportWorkerClient | null>(null);
  const contextRef = useRef<ImportContext | null>(null);
  const signatureRef = useRef('');

  useEffect(
    () => () => {
      clientRef.current?.close();
      clientRef.current = null;
    },
    [],
  );

  const show = useCallback((result: AnalysisResult) => {
    if (result.kind === 'file-error') {
      setState(
        result.params
          ? { step: 'file-error', code: result.code, params: result.params }
          : { step: 'file-error', code: result.code },
      );
    } else if (result.kind === 'needs-mapping') {
      signatureRef.current = result.question.signature;
      setState({ step: 'mapping', question: result.question });
    } else {
      setState({ step: 'preview', preview: result.preview });
    }
  }, []);

  const chooseFile = useCallback(
    async (file: File) => {
      // Refused before a byte is read: a 50 MB file must not be loaded into a phone's memory.
      if (file.size === 0) return setState({ step: 'file-error', code: 'empty-file' });
      if (file.size > MAX_IMPORT_BYTES) {
        return setState({
          step: 'file-error',
          code: 'too-large',
          params: { limitMb: MAX_IMPORT_BYTES / 1024 / 1024 },
        });
      }
      setState({ step: 'reading', fileName: file.name });
      try {
        const db = getDatabase();
        const [bytes, duplicates, remembered] = await Promise.all([
          readFileBytes(file),
          loadDuplicateContext(db, batch, (other) =>
            t('import.otherBatch', {
              title: t('batch.title', { year: other.year, item: other.item }),
              state: t(`reviewState.${other.state}`),
            }),
          ),
          loadRememberedMappings(db),
        ]);
        const context: ImportContext = { batchRateFen: parseBatchRate(batch.rateText), duplicates };
        contextRef.current = context;
        clientRef.current?.close();
        clientRef.current = createClient();
        show(await clientRef.current.analyse(file.name, bytes, remembered, context));
      } catch {
        setState({ step: 'file-error', code: 'worker-failed' });
      }
    },
    [batch, createClient, show, t],
  );

  const confirmMapping = useCallback(
    async (mapping: ColumnMapping) => {
      const client = clientRef.current;
      const context = contextRef.current;
      if (!client || !context) return;
      setState({ step: 'reading', fileName: '' });
      try {
        await rememberMapping(getDatabase(), signatureRef.current, mapping);
        show(await client.map(mapping, context));
      } catch {
        setState({ step: 'file-error', code: 'worker-failed' });
      }
    },
    [show],
  );

  const saveValidRows = useCallback(async () => {
    if (state.step !== 'preview' && state.step !== 'save-error') return;
    const { preview } = state;
    setState({ step: 'saving', preview });
    try {
      const count = await importLines(getDatabase(), batch.id, preview.lines);
      setState({ step: 'saved', count });
    } catch (error) {
      setState({ step: 'save-error', preview, errorKey: saveErrorKeyOf(error) });
    }
  }, [batch.id, state]);

  const fixFile = useCallback(() => {
    if (state.step === 'preview' || state.step === 'save-error') {
      setState({ step: 'fix-file', preview: state.preview });
    }
  }, [state]);

  return { state, chooseFile, confirmMapping, saveValidRows, fixFile };
}
