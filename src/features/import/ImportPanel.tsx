// The import panel of a batch: file choice, the mapping question when columns are not
// recognised, the preview with every problem by row and column, the cadre's choice, and
// the result. Every change of step is announced in words in a status region.
import { useId, useRef, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PayoutBatch } from '../../domain/payout';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import './import-panel.css';
import { useImportFlow, type ImportStep, type WorkerClientFactory } from './useImportFlow';

export interface ImportPanelProps {
  batch: PayoutBatch;
  onClose: () => void;
  /** tests run the worker's functions in-process (jsdom has no Worker) */
  createClient?: WorkerClientFactory;
}

const ACCEPT =
  '.xlsx,.xls,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,text/csv';

function StatusText({ state }: { state: ImportStep }) {
  const { t } = useTranslation();
  switch (state.step) {
    case 'reading':
      return state.fileName === ''
        ? t('import.status.checking')
        : t('import.status.reading', { fileName: state.fileName });
    case 'saving':
      return t('import.status.saving', { count: state.preview.lines.length });
    case 'saved':
      return t('import.done', { count: state.count });
    default:
      return null;
  }
}

export function ImportPanel({ batch, onClose, createClient }: ImportPanelProps) {
  const { t } = useTranslation();
  const flow = useImportFlow(batch, createClient);
  const { state } = flow;
  const headingId = useId();
  const inputId = useId();
  const hintId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const isBusy = state.step === 'reading' || state.step === 'saving';

  function onFileChosen(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared so choosing the same file again, after fixing it, is a new choice.
    event.target.value = '';
    if (file) void flow.chooseFile(file);
  }

  return (
    <section className="import-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('import.title')}</h2>
      <p>{t('import.intro')}</p>
      <div className="field">
        <label htmlFor={inputId} className="field__label">
          {t('import.choose.label')}
        </label>
        <p id={hintId} className="field__hint">
          {t('import.choose.hint')}
        </p>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          className="field__input"
          accept={ACCEPT}
          aria-describedby={hintId}
          disabled={isBusy}
          onChange={onFileChosen}
        />
      </div>

      <p role="status" className="import-panel__status">
        <StatusText state={state} />
      </p>

      {state.step === 'file-error' && (
        <div role="alert" className="import-panel__error text-error">
          <p>{t(`import.fileErrors.${state.code}`, state.params ?? {})}</p>
          <p>{t('import.nothingSaved')}</p>
        </div>
      )}
      {state.step === 'mapping' && (
        <MappingStep question={state.question} onConfirm={(m) => void flow.confirmMapping(m)} />
      )}
      {(state.step === 'preview' ||
        state.step === 'saving' ||
        state.step === 'save-error' ||
        state.step === 'fix-file') && (
        <PreviewStep
          preview={state.preview}
          isSaving={state.step === 'saving'}
          isDecided={state.step === 'fix-file'}
          onSave={() => void flow.saveValidRows()}
          onFixFile={() => {
            flow.fixFile();
            inputRef.current?.focus();
          }}
        />
      )}
      {state.step === 'save-error' && (
        <div role="alert" className="import-panel__error text-error">
          <p>{t(state.errorKey)}</p>
        </div>
      )}
      {state.step === 'fix-file' && (
        <p role="status">
          {t('import.nothingSaved')} {t('import.fixHint')}
        </p>
      )}

      <button
        type="button"
        className="button button--secondary"
        onClick={onClose}
        disabled={isBusy}
      >
        {t('import.close')}
      </button>
    </section>
  );
}
